package cn.zhicheng.app.cli;

import cn.zhicheng.app.certificate.KeyRefused;
import cn.zhicheng.core.calendar.DateBeyondCalendar;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.Refusal;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * What the certificate, filing and appeal commands share: a key that cannot be made or read, or a date beyond the
 * holiday data, is the user's to fix (exit 2, both languages); free text is stated and bounded; an output file is
 * written new, never over an existing one.
 */
final class Refusing {

    private Refusing() {
    }

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (KeyRefused e) {
            throw new UserError(Refusal.of(Messages.both(e.reason())));
        } catch (DateBeyondCalendar e) {
            throw new UserError(Refusal.of(Messages.both(e.message())));
        }
    }

    /** Free text from an option: not blank, at most {@code longest} characters. */
    static String text(String option, String value, int longest) {
        if (value == null || value.isBlank()) {
            throw new UserError(Refusal.of("cli.text.blank", option));
        }
        if (value.strip().length() > longest) {
            throw new UserError(Refusal.of("cli.text.tooLong", option, value.strip().length(), longest));
        }
        return value.strip();
    }

    /** Writes a new file; refuses to replace one that exists. */
    static void write(Path out, byte[] content) {
        try {
            Files.write(out, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(Refusal.of("cli.out.exists", out.toString()));
        } catch (IOException e) {
            throw new UserError(Refusal.of("cli.out.unwritable", out.toString(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
    }
}
