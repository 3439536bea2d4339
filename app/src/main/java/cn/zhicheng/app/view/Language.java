package cn.zhicheng.app.view;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Text;
import java.util.List;
import java.util.Locale;

/** Which language(s) the command line writes in: Chinese first, English beside it, by default both. */
public enum Language {
    zh(List.of(Messages.ZH)),
    en(List.of(Messages.EN)),
    both(List.of(Messages.ZH, Messages.EN));

    private final List<Locale> locales;

    Language(List<Locale> locales) {
        this.locales = locales;
    }

    public List<Locale> locales() {
        return locales;
    }

    /** A text in this language: "中文 / English" for both. */
    public String of(Text text) {
        return this == both ? text.both() : text.in(locales.get(0));
    }

    /** The rendered message lines, one per language. */
    public List<String> lines(Message message) {
        return locales.stream().map(l -> Messages.render(message, l)).toList();
    }
}
