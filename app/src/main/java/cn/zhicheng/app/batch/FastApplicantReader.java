package cn.zhicheng.app.batch;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.Employment;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.EvidenceId;
import cn.zhicheng.core.applicant.Identity;
import cn.zhicheng.core.applicant.PublicInstitutionArrangement;
import cn.zhicheng.core.applicant.RecognitionLevel;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TalentKind;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.applicant.validation.Provinces;
import cn.zhicheng.core.applicant.validation.ResidentIdNumberValidator;
import cn.zhicheng.core.applicant.validation.UnifiedSocialCreditCodeValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import com.fasterxml.jackson.core.JsonToken;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The quick way through a batch for the common case, a well-formed JSON applicant file on one line: read token by
 * token straight from its bytes ({@link JsonCursor}, plain JSON only) and checked by hand against the constraints of
 * the applicant records, without building a tree, a problem collector or a line index. It vouches for a record only
 * when the strict reading ({@link StrictReader} with Jakarta Validation) would accept it and give an equal
 * {@link ApplicantFile}; on any doubt — a key it does not know or sees twice, an escape in a string, a null, a value
 * of another type or form, a constraint not plainly met, a part it does not model (sales amounts, fan counts, service
 * hours) — it gives nothing, and the record is read strictly, so every refusal keeps its message, line and path.
 * Holds no state between records; safe on any thread.
 */
final class FastApplicantReader {

    /** Every key the applicant records have: the cursor finds them without making a string. */
    private static final JsonCursor.Names KEYS = new JsonCursor.Names(
            "awarded", "certificateNo", "certificates", "computer", "continuingEducationCredits", "creditCode", "date",
            "degree", "education", "employer", "employerCreditCode", "employment", "field", "foreignLanguage",
            "graduated", "hours", "id", "idNumber", "identity", "institution", "issued", "issuer", "kind",
            "labourRelationRegion", "level", "major", "name", "occupation", "organisedByMohrss", "phone",
            "professionalWorkStart", "programme", "publicInstitutionArrangement", "recognised", "recognitions",
            "recommender", "retired", "role", "series", "title", "titles", "training", "works");

    /** {@link EvidenceId#PATTERN}, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, checked char by char. */
    private static final Predicate<String> EVIDENCE_ID = s -> {
        if (s.isEmpty() || s.length() > 64 || !asciiLetterOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!asciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    };
    /** The phone number's pattern, {@code 1[3-9]\d{9}} ({@code \d} being the ASCII digits), checked char by char. */
    private static final Predicate<String> PHONE = s -> {
        if (s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    };
    /** A field code's pattern, {@code [A-Z][A-Z0-9_]*}, checked char by char. */
    private static final Predicate<String> FIELD_CODE = s -> {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '_') {
                return false;
            }
        }
        return true;
    };
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The youngest age at which education can be completed (the applicant file's plausible dates). */
    private static final int GRADUATION_AGE = 14;

    /** Why this reader gives up on a record; carries nothing, costs nothing to throw. */
    static final class Doubt extends Exception {
        static final Doubt INSTANCE = new Doubt();

        private Doubt() {
            super(null, null, false, false);
        }
    }

    private final Clock clock;

    FastApplicantReader(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The applicant on this line when this reader can vouch for it; empty when it must be read strictly. */
    Optional<ApplicantFile> read(byte[] content) {
        if (content.length > StrictReader.LARGEST_FILE) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        try {
            JsonCursor p = new JsonCursor(content, KEYS);
            expect(p.nextToken(), JsonToken.START_OBJECT);
            ApplicantFile a = applicant(p, today);
            if (p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(a);
        } catch (Doubt | RuntimeException e) {
            return Optional.empty();
        }
    }

    // --- the records, key by key; the parser stands on the object's START_OBJECT -------------------------------

    private ApplicantFile applicant(JsonCursor p, LocalDate today) throws Doubt {
        Identity identity = null;
        Employment employment = null;
        Recommender recommender = null;
        String occupation = null;
        List<Education> education = null;
        List<TitleHeld> titles = null;
        LocalDate workStart = null;
        List<TrainingCertificate> training = null;
        List<TalentRecognition> recognitions = null;
        List<RepresentativeWork> works = null;
        Certificates certificates = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "identity" -> {
                    seen = once(seen, 0);
                    identity = identity(p, today);
                }
                case "employment" -> {
                    seen = once(seen, 1);
                    employment = employment(p);
                }
                case "recommender" -> {
                    seen = once(seen, 2);
                    recommender = recommender(p);
                }
                case "occupation" -> {
                    seen = once(seen, 3);
                    occupation = text(p, 50);
                }
                case "education" -> {
                    seen = once(seen, 4);
                    education = list(p, 20, q -> education(q, today));
                }
                case "titles" -> {
                    seen = once(seen, 5);
                    titles = list(p, 20, q -> title(q, today));
                }
                case "professionalWorkStart" -> {
                    seen = once(seen, 6);
                    workStart = pastOrPresent(p, today);
                }
                case "training" -> {
                    seen = once(seen, 7);
                    training = list(p, 200, q -> training(q, today));
                }
                case "recognitions" -> {
                    seen = once(seen, 8);
                    recognitions = list(p, 50, q -> recognition(q, today));
                }
                case "works" -> {
                    seen = once(seen, 9);
                    works = list(p, 500, q -> work(q, today));
                }
                case "certificates" -> {
                    seen = once(seen, 10);
                    certificates = certificates(p);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (identity == null || employment == null || education == null || education.isEmpty()
                || workStart == null) {
            throw Doubt.INSTANCE;
        }
        ApplicantFile a = new ApplicantFile(identity, employment, Optional.ofNullable(recommender),
                Optional.ofNullable(occupation), education, titles, workStart, training, recognitions, works,
                certificates);
        if (!a.isEvidenceIdUnique() || !plausibleDates(a, today)) {
            throw Doubt.INSTANCE;
        }
        return a;
    }

    private static Identity identity(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        String name = null;
        String idNumber = null;
        String phone = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "name" -> {
                    seen = once(seen, 0);
                    name = notBlank(p, 50);
                }
                case "idNumber" -> {
                    seen = once(seen, 1);
                    idNumber = notBlank(p, Integer.MAX_VALUE);
                    if (ResidentIdNumberValidator.problem(idNumber).isPresent()
                            || ResidentIdNumberValidator.lifeProblem(
                                    ResidentIdNumberValidator.birthDate(idNumber).orElseThrow(), today).isPresent()) {
                        throw Doubt.INSTANCE;
                    }
                }
                case "phone" -> {
                    seen = once(seen, 2);
                    phone = matching(p, PHONE);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (name == null || idNumber == null) {
            throw Doubt.INSTANCE;
        }
        return new Identity(name, idNumber, Optional.ofNullable(phone));
    }

    private static Employment employment(JsonCursor p) throws Doubt {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        EmploymentKind kind = null;
        String employer = null;
        String creditCode = null;
        String region = null;
        PublicInstitutionArrangement arrangement = null;
        Boolean retired = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "kind" -> {
                    seen = once(seen, 0);
                    kind = named(p, EMPLOYMENT_KINDS);
                }
                case "employer" -> {
                    seen = once(seen, 1);
                    employer = text(p, 100);
                }
                case "employerCreditCode" -> {
                    seen = once(seen, 2);
                    creditCode = creditCode(p);
                }
                case "labourRelationRegion" -> {
                    seen = once(seen, 3);
                    region = text(p, Integer.MAX_VALUE);
                    if (!sixDigits(region) || !Provinces.exists(region)) {
                        throw Doubt.INSTANCE;
                    }
                }
                case "publicInstitutionArrangement" -> {
                    seen = once(seen, 4);
                    arrangement = named(p, ARRANGEMENTS);
                }
                case "retired" -> {
                    seen = once(seen, 5);
                    retired = bool(p);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (kind == null || region == null || retired == null) {
            throw Doubt.INSTANCE;
        }
        return new Employment(kind, Optional.ofNullable(employer), Optional.ofNullable(creditCode), region,
                arrangement, retired);
    }

    private static Recommender recommender(JsonCursor p) throws Doubt {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        RecommenderKind kind = null;
        String name = null;
        String creditCode = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "kind" -> {
                    seen = once(seen, 0);
                    kind = named(p, RECOMMENDER_KINDS);
                }
                case "name" -> {
                    seen = once(seen, 1);
                    name = notBlank(p, 100);
                }
                case "creditCode" -> {
                    seen = once(seen, 2);
                    creditCode = creditCode(p);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (kind == null || name == null) {
            throw Doubt.INSTANCE;
        }
        return new Recommender(kind, name, Optional.ofNullable(creditCode));
    }

    private static Education education(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        Degree degree = null;
        String major = null;
        String institution = null;
        LocalDate graduated = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = matching(p, EVIDENCE_ID);
                }
                case "degree" -> {
                    seen = once(seen, 1);
                    degree = named(p, DEGREES);
                }
                case "major" -> {
                    seen = once(seen, 2);
                    major = notBlank(p, 100);
                }
                case "institution" -> {
                    seen = once(seen, 3);
                    institution = text(p, 100);
                }
                case "graduated" -> {
                    seen = once(seen, 4);
                    graduated = pastOrPresent(p, today);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (degree == null || major == null || graduated == null) {
            throw Doubt.INSTANCE;
        }
        return new Education(id, degree, major, Optional.ofNullable(institution), graduated);
    }

    private static TitleHeld title(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        Series series = null;
        Level level = null;
        String name = null;
        String certificateNo = null;
        LocalDate awarded = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = matching(p, EVIDENCE_ID);
                }
                case "series" -> {
                    seen = once(seen, 1);
                    series = named(p, SERIES);
                }
                case "level" -> {
                    seen = once(seen, 2);
                    level = named(p, LEVELS);
                }
                case "name" -> {
                    seen = once(seen, 3);
                    name = text(p, 200);
                }
                case "certificateNo" -> {
                    seen = once(seen, 4);
                    certificateNo = text(p, 64);
                }
                case "awarded" -> {
                    seen = once(seen, 5);
                    awarded = pastOrPresent(p, today);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (series == null || level == null || awarded == null) {
            throw Doubt.INSTANCE;
        }
        return new TitleHeld(id, series, level, Optional.ofNullable(name), Optional.ofNullable(certificateNo),
                awarded);
    }

    private static TrainingCertificate training(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        String programme = null;
        String field = null;
        Boolean mohrss = null;
        int hours = 0;
        LocalDate issued = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = matching(p, EVIDENCE_ID);
                }
                case "programme" -> {
                    seen = once(seen, 1);
                    programme = notBlank(p, 200);
                }
                case "field" -> {
                    seen = once(seen, 2);
                    field = matching(p, FIELD_CODE);
                }
                case "organisedByMohrss" -> {
                    seen = once(seen, 3);
                    mohrss = bool(p);
                }
                case "hours" -> {
                    seen = once(seen, 4);
                    hours = integer(p, 1, 10_000);
                }
                case "issued" -> {
                    seen = once(seen, 5);
                    issued = pastOrPresent(p, today);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (programme == null || field == null || mohrss == null || hours == 0 || issued == null) {
            throw Doubt.INSTANCE;
        }
        return new TrainingCertificate(id, programme, field, mohrss, hours, issued);
    }

    private static TalentRecognition recognition(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        TalentKind kind = null;
        String issuer = null;
        RecognitionLevel level = null;
        LocalDate recognised = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = matching(p, EVIDENCE_ID);
                }
                case "kind" -> {
                    seen = once(seen, 1);
                    kind = named(p, TALENT_KINDS);
                }
                case "issuer" -> {
                    seen = once(seen, 2);
                    issuer = notBlank(p, 200);
                }
                case "level" -> {
                    seen = once(seen, 3);
                    level = named(p, RECOGNITION_LEVELS);
                }
                case "recognised" -> {
                    seen = once(seen, 4);
                    recognised = pastOrPresent(p, today);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (kind == null || issuer == null || level == null || recognised == null) {
            throw Doubt.INSTANCE;
        }
        return new TalentRecognition(id, kind, issuer, level, recognised);
    }

    /** A work without a quantity: sales amounts, fan counts and service records are left to the strict reading. */
    private static RepresentativeWork work(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        WorkKind kind = null;
        String title = null;
        LocalDate date = null;
        WorkRole role = null;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = matching(p, EVIDENCE_ID);
                }
                case "kind" -> {
                    seen = once(seen, 1);
                    kind = named(p, WORK_KINDS);
                }
                case "title" -> {
                    seen = once(seen, 2);
                    title = notBlank(p, 200);
                }
                case "date" -> {
                    seen = once(seen, 3);
                    date = pastOrPresent(p, today);
                }
                case "role" -> {
                    seen = once(seen, 4);
                    role = named(p, WORK_ROLES);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (kind == null || title == null || date == null || kind == WorkKind.SALES_AMOUNT
                || kind == WorkKind.FAN_COUNT || kind == WorkKind.SERVICE_RECORD) {
            throw Doubt.INSTANCE;
        }
        return new RepresentativeWork(id, kind, title, date, role, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Certificates certificates(JsonCursor p) throws Doubt {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        List<String> foreignLanguage = null;
        List<String> computer = null;
        int credits = -1;
        int seen = 0;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "foreignLanguage" -> {
                    seen = once(seen, 0);
                    foreignLanguage = list(p, 50, FastApplicantReader::certificateName);
                }
                case "computer" -> {
                    seen = once(seen, 1);
                    computer = list(p, 50, FastApplicantReader::certificateName);
                }
                case "continuingEducationCredits" -> {
                    seen = once(seen, 2);
                    credits = integer(p, 0, 10_000);
                }
                default -> throw Doubt.INSTANCE;
            }
        }
        if (credits < 0) {
            throw Doubt.INSTANCE;
        }
        return new Certificates(foreignLanguage, computer, credits);
    }

    private static String certificateName(JsonCursor p) throws Doubt {
        expect(p.currentToken(), JsonToken.VALUE_STRING);
        return notBlankText(p.getText(), 100);
    }

    // --- the file as a whole --------------------------------------------------------------------------------------

    /** The applicant file's plausible dates against the ID number's birth date (the ID number is valid here). */
    private static boolean plausibleDates(ApplicantFile a, LocalDate today) {
        LocalDate birth = ResidentIdNumberValidator.birthDate(a.identity().idNumber()).orElseThrow();
        if (a.professionalWorkStart().isBefore(birth.plusYears(ResidentIdNumberValidator.WORKING_AGE))) {
            return false;
        }
        LocalDate graduationAge = birth.plusYears(GRADUATION_AGE);
        for (Education e : a.education()) {
            if (e.graduated().isBefore(graduationAge)) {
                return false;
            }
        }
        return true;
    }

    // --- values ------------------------------------------------------------------------------------------------

    private interface Element<T> {
        T read(JsonCursor p) throws Doubt;
    }

    /** A list of at most {@code most} elements, none null; the element reader starts on the element's token. */
    private static <T> List<T> list(JsonCursor p, int most, Element<T> element) throws Doubt {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<T> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null || out.size() == most) {
                throw Doubt.INSTANCE;
            }
            out.add(element.read(p));
        }
        return out;
    }

    private static int once(int seen, int bit) throws Doubt {
        if ((seen & 1 << bit) != 0) {
            throw Doubt.INSTANCE;
        }
        return seen | 1 << bit;
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws Doubt {
        if (actual != wanted) {
            throw Doubt.INSTANCE;
        }
    }

    /** A string of at most {@code most} UTF-16 units (as {@code @Size} counts). */
    private static String text(JsonCursor p, int most) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        String s = p.getText();
        if (s.length() > most) {
            throw Doubt.INSTANCE;
        }
        return s;
    }

    /** A string that is not blank by either reckoning ({@code @NotBlank} trims; Java's blank is wider). */
    private static String notBlank(JsonCursor p, int most) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        return notBlankText(p.getText(), most);
    }

    private static String notBlankText(String s, int most) throws Doubt {
        if (s.length() > most || s.isBlank() || s.trim().isEmpty()) {
            throw Doubt.INSTANCE;
        }
        return s;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String matching(JsonCursor p, Predicate<String> form) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        String s = p.getText();
        if (!form.test(s)) {
            throw Doubt.INSTANCE;
        }
        return s;
    }

    private static String creditCode(JsonCursor p) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        String s = p.getText();
        if (UnifiedSocialCreditCodeValidator.problem(s).isPresent()) {
            throw Doubt.INSTANCE;
        }
        return s;
    }

    private static boolean sixDigits(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Boolean bool(JsonCursor p) throws Doubt {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw Doubt.INSTANCE;
    }

    /** A plain integer (JSON allows no other form of an integer token) within {@code min..max}. */
    private static int integer(JsonCursor p, int min, int max) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
        int v = p.getIntValue();
        if (v < min || v > max) {
            throw Doubt.INSTANCE;
        }
        return v;
    }

    /** A date written {@code YYYY-MM-DD}, real, from 1900 on and not after today ({@code @PastOrPresent}). */
    private static LocalDate pastOrPresent(JsonCursor p, LocalDate today) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        byte[] b = p.bytes();
        int at = p.textStart();
        if (p.textLength() != 10 || b[at + 4] != '-' || b[at + 7] != '-') {
            throw Doubt.INSTANCE;
        }
        LocalDate d;
        try {
            // YYYY-MM-DD in ASCII digits, a real day: what the strict reading's pattern and ISO parse accept
            d = LocalDate.of(digits(b, at, at + 4), digits(b, at + 5, at + 7), digits(b, at + 8, at + 10));
        } catch (DateTimeException e) {
            throw Doubt.INSTANCE;
        }
        if (d.isBefore(EARLIEST_DATE) || d.isAfter(today)) {
            throw Doubt.INSTANCE;
        }
        return d;
    }

    private static int digits(byte[] b, int from, int to) throws Doubt {
        int v = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                throw Doubt.INSTANCE;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** An enum's constants, found by the bytes of their names. */
    private record Named<E extends Enum<E>>(JsonCursor.Names names, Map<String, E> constants) {

        static <E extends Enum<E>> Named<E> of(Class<E> type) {
            Map<String, E> constants = new HashMap<>();
            for (E e : type.getEnumConstants()) {
                constants.put(e.name(), e);
            }
            return new Named<>(new JsonCursor.Names(constants.keySet().toArray(String[]::new)), Map.copyOf(constants));
        }
    }

    private static <E extends Enum<E>> E named(JsonCursor p, Named<E> named) throws Doubt {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        return named.constants().get(named.names().name(p.bytes(), p.textStart(), p.textLength()));
    }

    private static final Named<EmploymentKind> EMPLOYMENT_KINDS = Named.of(EmploymentKind.class);
    private static final Named<PublicInstitutionArrangement> ARRANGEMENTS =
            Named.of(PublicInstitutionArrangement.class);
    private static final Named<RecommenderKind> RECOMMENDER_KINDS = Named.of(RecommenderKind.class);
    private static final Named<Degree> DEGREES = Named.of(Degree.class);
    private static final Named<Series> SERIES = Named.of(Series.class);
    private static final Named<Level> LEVELS = Named.of(Level.class);
    private static final Named<TalentKind> TALENT_KINDS = Named.of(TalentKind.class);
    private static final Named<RecognitionLevel> RECOGNITION_LEVELS = Named.of(RecognitionLevel.class);
    private static final Named<WorkKind> WORK_KINDS = Named.of(WorkKind.class);
    private static final Named<WorkRole> WORK_ROLES = Named.of(WorkRole.class);
}
