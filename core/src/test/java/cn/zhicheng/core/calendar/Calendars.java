package cn.zhicheng.core.calendar;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;

/** The calendar core ships, loaded once for the tests, and small helpers. */
final class Calendars {

    static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), Publicity.ZONE)));

    /** Everything core ships: what the app loads. */
    static final WorkingDays SHIPPED = HolidayData.load(READER);

    /**
     * The shipped files of 2021–2026 only, so the tests of the data's edge (December 2026, 2027) keep holding when a
     * later year's file is added.
     */
    static final WorkingDays CALENDAR = HolidayData.read(READER, IntStream.rangeClosed(2021, 2026)
            .mapToObj(Calendars::shipped).toList());

    private Calendars() {
    }

    private static HolidayData.Source shipped(int year) {
        String resource = HolidayData.FOLDER + year + ".json";
        try (InputStream in = Calendars.class.getClassLoader().getResourceAsStream(resource)) {
            return new HolidayData.Source(year, resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A message in Chinese and English, as a user reads it. */
    static String both(Message message) {
        return Messages.both(message).both();
    }
}
