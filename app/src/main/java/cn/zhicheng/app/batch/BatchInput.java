package cn.zhicheng.app.batch;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The records of a batch, one at a time and in order, from JSON Lines files (one applicant per line) and folders of
 * YAML or JSON applicant files (in the order of their names). Only one record is held at a time, so memory does not
 * grow with the input. A line or a file is at most {@link StrictReader#LARGEST_FILE} bytes; a longer one is skipped
 * (read no further than its end) and reported as its own record.
 */
public final class BatchInput implements Iterator<RawRecord>, AutoCloseable {

    /** The largest folder read: its files' names are sorted, so they are held at once. */
    public static final int MOST_FILES_IN_A_FOLDER = 1_000_000;

    private final Iterator<Path> inputs;
    private Iterator<RawRecord> current = List.<RawRecord>of().iterator();
    private InputStream open;
    private RawRecord next;
    private long index;

    private BatchInput(List<Path> inputs) {
        this.inputs = inputs.iterator();
    }

    /** The records of these inputs, in the order given; each is a JSON Lines file or a folder of applicant files. */
    public static BatchInput of(List<Path> inputs) {
        return new BatchInput(List.copyOf(inputs));
    }

    /** Whether a file in a folder is an applicant file: YAML or JSON, by extension. */
    static boolean applicantFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current.hasNext()) {
                next = current.next();
            } else if (inputs.hasNext()) {
                closeOpen();
                current = open(inputs.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord r = next;
        next = null;
        return r;
    }

    private Iterator<RawRecord> open(Path input) {
        if (Files.isDirectory(input)) {
            return folder(input);
        }
        try {
            open = Files.newInputStream(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lines(input.toString(), open);
    }

    private Iterator<RawRecord> folder(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && applicantFile(p)) {
                    if (files.size() == MOST_FILES_IN_A_FOLDER) {
                        throw new TooManyFiles(folder);
                    }
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        Iterator<Path> each = files.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public RawRecord next() {
                return file(each.next());
            }
        };
    }

    private RawRecord file(Path path) {
        StrictReader.Syntax syntax = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? StrictReader.Syntax.JSON : StrictReader.Syntax.YAML;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes(StrictReader.LARGEST_FILE + 1);
            if (content.length > StrictReader.LARGEST_FILE) {
                return unreadable(path.toString(), 0, syntax, Refusal.of("cli.file.tooLarge", StrictReader.LARGEST_FILE));
            }
            return new RawRecord(index++, path.toString(), 0, content, syntax, Optional.empty());
        } catch (IOException e) {
            return unreadable(path.toString(), 0, syntax, Refusal.of("cli.file.unreadable", path.toString(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
    }

    private RawRecord unreadable(String source, long line, StrictReader.Syntax syntax, Refusal why) {
        return new RawRecord(index++, source, line, null, syntax,
                Optional.of(new InputProblem(source, "", (int) Math.min(line, Integer.MAX_VALUE), 0, why)));
    }

    /** The non-blank lines of a JSON Lines file, each with its 1-based line number. */
    private final class Lines implements Iterator<RawRecord> {

        private final String source;
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        private final byte[] buffer = new byte[1 << 16];
        private int at;
        private int filled;
        private long number;
        private RawRecord ahead;
        private boolean ended;

        Lines(String source, InputStream in) {
            this.source = source;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && !ended) {
                ahead = read();
            }
            return ahead != null;
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRecord r = ahead;
            ahead = null;
            return r;
        }

        /** The next line as a record, null for a blank line or the end. */
        private RawRecord read() {
            line.reset();
            byte[] whole = null; // the line when it lies within the buffer: copied once, not gathered first
            boolean tooLong = false;
            boolean newline = false;
            try {
                while (!newline) {
                    if (at == filled) {
                        filled = in.read(buffer);
                        at = 0;
                        if (filled <= 0) {
                            filled = 0;
                            ended = true;
                            break;
                        }
                    }
                    int end = at;
                    while (end < filled && buffer[end] != '\n') {
                        end++;
                    }
                    int keep = Math.min(end - at, StrictReader.LARGEST_FILE - line.size());
                    if (line.size() == 0 && end < filled && keep == end - at) {
                        whole = java.util.Arrays.copyOfRange(buffer, at, end);
                    } else {
                        line.write(buffer, at, keep);
                    }
                    tooLong |= keep < end - at; // read on to the line's end without keeping it
                    newline = end < filled;
                    at = newline ? end + 1 : end;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (ended && whole == null && line.size() == 0 && !tooLong) {
                return null;
            }
            number++;
            if (tooLong) {
                return unreadable(source, number, StrictReader.Syntax.JSON,
                        Refusal.of("batch.lineTooLong", StrictReader.LARGEST_FILE));
            }
            byte[] bytes = whole != null ? whole : line.toByteArray();
            if (blank(bytes)) {
                return null;
            }
            return new RawRecord(index++, source, number, bytes, StrictReader.Syntax.JSON, Optional.empty());
        }
    }

    private static boolean blank(byte[] bytes) {
        for (byte x : bytes) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // nothing was written through it
            }
            open = null;
        }
    }

    @Override
    public void close() {
        closeOpen();
    }

    /** A folder holding more applicant files than a batch reads. */
    public static final class TooManyFiles extends RuntimeException {

        private final transient Path folder;

        TooManyFiles(Path folder) {
            super(folder.toString(), null, false, false);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }
}
