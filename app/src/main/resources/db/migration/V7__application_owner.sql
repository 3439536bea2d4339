-- Schema 7: who an application belongs to (五(三)1 自愿参加, 六(一), 决定 D-10). Plain SQL that runs unchanged on H2 2.x
-- and PostgreSQL.
--
-- applicant_id is the id of the applicant who submitted the application: only they withdraw it, resubmit it, or ask
-- for its re-examination. recommender_name is the recommender the dossier names (六(二), 五(三)1), kept with the
-- application and replaced when a corrected dossier is resubmitted.
--
-- Rows stored before this schema keep NULL in both: the submitter of such an application is the applicant of its
-- accepted submission in the audit chain (the entry application.submit, which names who acted), and its
-- recommender is read from the stored dossier. An application with neither is nobody's to act on.
ALTER TABLE application ADD COLUMN applicant_id VARCHAR(64);
ALTER TABLE application ADD COLUMN recommender_name VARCHAR(100);
