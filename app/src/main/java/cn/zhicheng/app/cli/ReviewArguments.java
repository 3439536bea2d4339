package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.review.stage.CorrectionDeadline;
import cn.zhicheng.core.review.stage.VerdictSheet;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The words of the review's commands: application and round ids, the verdicts file, the correction period. */
final class ReviewArguments {

    /** Ids of applications and rounds: short and plain, as the store keeps them (at most 64 characters). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ReviewArguments() {
    }

    /** An application or round id as typed for {@code option}, or why it cannot be one. */
    static String id(String option, String value) {
        if (!ID.matcher(value).matches()) {
            throw new UserError(Refusal.of("cli.id.invalid", option, value));
        }
        return value;
    }

    /** A correction period in days, within the range the review allows. */
    static int correctionDays(int days) {
        if (days < CorrectionDeadline.FEWEST_DAYS || days > CorrectionDeadline.MOST_DAYS) {
            throw new UserError(Refusal.of("cli.qualify.days", days, CorrectionDeadline.FEWEST_DAYS,
                    CorrectionDeadline.MOST_DAYS));
        }
        return days;
    }

    /** A verdicts file, read as strictly as an applicant file: bounded, unknown keys refused with their path. */
    static VerdictSheet verdicts(StrictReader reader, Path path) {
        return reader.read(path.toString(), ApplicantFiles.bytes(path), ApplicantFiles.syntax(path),
                VerdictSheet.class);
    }
}
