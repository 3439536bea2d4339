package cn.zhicheng.core.input;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The line each path of a YAML (or JSON) document starts on, for problems found after reading. */
public final class SourceLines {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final YamlLines lines;

    private SourceLines(YamlLines lines) {
        this.lines = lines;
    }

    public static SourceLines of(byte[] content) {
        return new SourceLines(YamlLines.index(YAML, content));
    }

    /** The 1-based line of a path such as {@code fields[0].levels}, or of its nearest indexed parent; 0 if none. */
    public int lineOf(String path) {
        return lines.lineOf(path);
    }
}
