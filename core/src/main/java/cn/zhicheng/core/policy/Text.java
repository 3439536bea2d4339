package cn.zhicheng.core.policy;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/** A user-facing text in Chinese first and English beside it. */
public record Text(@NotBlank String zh, @NotBlank String en) {

    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }

    /** "中文 / English", for places that show both at once. */
    public String both() {
        return zh + " / " + en;
    }

    @Override
    public String toString() {
        return both();
    }
}
