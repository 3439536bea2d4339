package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.StoreRefused;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Text;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Handle;

/**
 * Reads an application's stored dossier back into the applicant's file: its canonical JSON, checked against the
 * SHA-256 the submission's audit entry names (so a dossier changed behind the store's back is never reviewed), and
 * read by the same strict reader as any input.
 */
final class StoredDossiers {

    private final StrictReader reader;
    private final Applications applications = new Applications();

    StoredDossiers(StrictReader reader) {
        this.reader = requireNonNull(reader, "reader is null");
    }

    ApplicantFile read(Handle h, StoredApplication application) {
        String id = application.id();
        return read(application, applications.dossier(h, id).orElseThrow(() -> NotFound.application(id)));
    }

    /** {@link #read(Handle, StoredApplication)} of a dossier already read, with the chunk's other dossiers. */
    ApplicantFile read(ApplicationActs.Chunk chunk, StoredApplication application) {
        String id = application.id();
        return read(application, chunk.dossier(id).orElseThrow(() -> NotFound.application(id)));
    }

    private ApplicantFile read(StoredApplication application, String stored) {
        String id = application.id();
        byte[] json = stored.getBytes(StandardCharsets.UTF_8);
        String sha = CanonicalJson.sha256(json);
        if (!sha.equals(application.dossierSha256())) {
            throw new StoreRefused(new Text("申报" + id + "所存申报材料的摘要 " + sha + " 与记载的 "
                    + application.dossierSha256() + " 不符，材料已被改动，不予审核",
                    "the stored dossier of application " + id + " has SHA-256 " + sha + ", not the recorded "
                            + application.dossierSha256() + ": it was changed, and is not reviewed"));
        }
        try {
            return reader.read("application " + id, json, StrictReader.Syntax.JSON, ApplicantFile.class);
        } catch (InputRejected e) {
            throw new StoreRefused(new Text("申报" + id + "所存申报材料无法读取：" + e.getMessage(),
                    "the stored dossier of application " + id + " cannot be read: " + e.getMessage()));
        }
    }
}
