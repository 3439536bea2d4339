package cn.zhicheng.app.service;

/** Free text an act records (grounds, reasons, references): stated, trimmed, and bounded. */
final class Texts {

    private Texts() {
    }

    static String stated(String what, String text, int longest) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must be stated");
        }
        String t = text.strip();
        if (t.length() > longest) {
            throw new IllegalArgumentException(what + " has more than " + longest + " characters");
        }
        return t;
    }
}
