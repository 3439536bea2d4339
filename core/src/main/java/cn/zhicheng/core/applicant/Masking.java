package cn.zhicheng.core.applicant;

/** Masks personal data (ID numbers, phones) for anything the public sees. */
public final class Masking {

    private Masking() {
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters and stars the rest. */
    public static String middle(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        char[] masked = value.toCharArray();
        java.util.Arrays.fill(masked, head, masked.length - tail, '*');
        return new String(masked);
    }
}
