package cn.zhicheng.app.committee;

import cn.zhicheng.core.applicant.validation.ResidentIdNumber;
import cn.zhicheng.core.applicant.validation.UnifiedSocialCreditCode;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Values;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Relation;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A file registering experts in the pool (七(三)), YAML or JSON, read strictly (unknown keys refused with their path):
 * each expert's id, the fields they review, the level of the title they hold, their employer's unified social credit
 * code (none for a freelancer or a retired expert) and the relations they declare (决定 D-9), each by the relative's
 * resident ID number and the kinship.
 */
public record ExpertsFile(
        @NotNull @NotEmpty @Size(max = 5000, message = "{cn.zhicheng.list.tooLong}")
        List<@NotNull @Valid Entry> experts) {

    public ExpertsFile {
        experts = Values.list(experts);
    }

    /** One expert of the file. */
    public record Entry(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "{cn.zhicheng.expert.id}") String id,
            @NotNull @NotEmpty @Size(max = 20, message = "{cn.zhicheng.list.tooLong}")
            List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "{cn.zhicheng.field.code}") String> fields,
            @NotNull Level titleLevel,
            Optional<@UnifiedSocialCreditCode String> employerCreditCode,
            @Size(max = 200, message = "{cn.zhicheng.list.tooLong}") List<@NotNull @Valid Declared> relations) {

        public Entry {
            fields = Values.list(fields);
            employerCreditCode = employerCreditCode == null ? Optional.empty() : employerCreditCode;
            relations = Values.listOrEmpty(relations);
        }

        Expert expert() {
            return new Expert(id, new TreeSet<>(fields), titleLevel, employerCreditCode,
                    relations.stream().map(r -> new Relation(r.idNumber(), r.kinship())).toList());
        }
    }

    /** A relation the expert declares: who (by resident ID number) and what they are to the expert. */
    public record Declared(@NotNull @ResidentIdNumber String idNumber, @NotNull Kinship kinship) {
    }

    /** Each expert once. */
    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.expert.duplicate}")
    public boolean isEachExpertOnce() {
        if (experts == null) {
            return true;
        }
        List<String> ids = experts.stream().filter(Objects::nonNull).map(Entry::id).toList();
        return new HashSet<>(ids).size() == ids.size();
    }

    /** The experts as core knows them. */
    public List<Expert> toExperts() {
        return experts.stream().map(Entry::expert).toList();
    }
}
