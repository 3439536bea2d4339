package cn.zhicheng.app.batch;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.policy.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A batch record that names its own field and level: {@code {"field": "AI", "level": "INTERMEDIATE", "applicant":
 * {...}}}, the applicant in the schema of an applicant file. A field or level left out is the run's.
 */
public record BatchEntry(Optional<@Size(max = 40, message = "{cn.zhicheng.text.tooLong}") String> field,
                         Optional<Level> level,
                         @NotNull @Valid ApplicantFile applicant) {

    public BatchEntry {
        field = field == null ? Optional.empty() : field;
        level = level == null ? Optional.empty() : level;
    }
}
