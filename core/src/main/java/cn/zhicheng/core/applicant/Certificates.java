package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Values;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Foreign-language and computer certificates and continuing-education credits: never required, points only (五(二)4). */
public record Certificates(
        @Size(max = 50, message = "{cn.zhicheng.list.tooLong}")
        List<@NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String> foreignLanguage,
        @Size(max = 50, message = "{cn.zhicheng.list.tooLong}")
        List<@NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String> computer,
        @PositiveOrZero @Max(10_000) int continuingEducationCredits) {

    public static final Certificates NONE = new Certificates(List.of(), List.of(), 0);

    public Certificates {
        foreignLanguage = Values.listOrEmpty(foreignLanguage);
        computer = Values.listOrEmpty(computer);
    }

    /** One certificate as evidence, with an id derived from its kind and name. */
    public record Item(String id, String kind, String name) {
    }

    /** Each certificate, and the credits when there are any, as evidence with ids. */
    public List<Item> evidence() {
        List<Item> items = new ArrayList<>();
        for (String n : foreignLanguage) {
            if (n != null) {
                items.add(new Item(EvidenceId.of(null, "cert", "foreignLanguage", n), "foreignLanguage", n));
            }
        }
        for (String n : computer) {
            if (n != null) {
                items.add(new Item(EvidenceId.of(null, "cert", "computer", n), "computer", n));
            }
        }
        if (continuingEducationCredits > 0) {
            items.add(new Item("credits", "continuingEducationCredits", String.valueOf(continuingEducationCredits)));
        }
        return List.copyOf(items);
    }
}
