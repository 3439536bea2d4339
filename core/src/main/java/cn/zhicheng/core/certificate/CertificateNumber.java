package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate number, {@code JL-2026-ENG-I-000123}: Jilin, the year of issue, the series (ENG, MKT, SOC), the
 * level (J 初级, I 中级, AS 副高级, S 正高级 — the four levels 二 awards) and a six-digit serial. A number that does
 * not have this form cannot be made, so a malformed number is refused wherever one is read.
 */
public record CertificateNumber(String value) {

    private static final Pattern FORM = Pattern.compile("JL-(\\d{4})-(ENG|MKT|SOC)-(J|I|AS|S)-(\\d{6})");

    public CertificateNumber {
        requireNonNull(value, "value is null");
        Matcher m = FORM.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(4)) == 0) {
            throw new IllegalArgumentException("not a certificate number of the form JL-2026-ENG-I-000123: "
                    + value);
        }
    }

    public static CertificateNumber of(int year, Series series, Level level, int serial) {
        if (year < 1000 || year > 9999 || serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("year " + year + " or serial " + serial + " out of range");
        }
        return new CertificateNumber(String.format("JL-%04d-%s-%s-%06d", year, SeriesCode.of(series).name(),
                LevelCode.of(level).name(), serial));
    }

    public int year() {
        return Integer.parseInt(part(1));
    }

    public Series series() {
        return SeriesCode.valueOf(part(2)).series;
    }

    public Level level() {
        return LevelCode.valueOf(part(3)).level;
    }

    public int serial() {
        return Integer.parseInt(part(4));
    }

    @Override
    public String toString() {
        return value;
    }

    private String part(int group) {
        Matcher m = FORM.matcher(value);
        m.matches();
        return m.group(group);
    }

    private enum SeriesCode {
        ENG(Series.ENGINEERING), MKT(Series.MARKETING), SOC(Series.SOCIAL_SERVICE);

        private final Series series;

        SeriesCode(Series series) {
            this.series = series;
        }

        static SeriesCode of(Series series) {
            return Arrays.stream(values()).filter(c -> c.series == series).findFirst().orElseThrow();
        }
    }

    /** 员级 has no code: 二 awards no such title in this scheme. */
    private enum LevelCode {
        J(Level.JUNIOR), I(Level.INTERMEDIATE), AS(Level.ASSOCIATE_SENIOR), S(Level.SENIOR);

        private final Level level;

        LevelCode(Level level) {
            this.level = level;
        }

        static LevelCode of(Level level) {
            return Arrays.stream(values()).filter(c -> c.level == level).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no certificate at " + level + " (二)"));
        }
    }
}
