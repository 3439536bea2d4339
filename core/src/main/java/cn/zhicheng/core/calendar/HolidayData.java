package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.input.ClassPathResources;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the holiday files core ships ({@code zhicheng/holidays/<year>.json}, holiday-cn's data, MIT) and
 * builds the {@link WorkingDays} they describe. A file is refused, with its name and the reason, when it is not
 * strict JSON of the expected shape, when its {@code year} is not the year in its name, when it lists a date outside
 * its year (only the December before may appear, for a New Year holiday), a date listed twice (in one file or two),
 * or an adjusted working day that is not a Saturday or Sunday. Every problem of every file is reported together.
 */
public final class HolidayData {

    /** Where the files are: one per year, named by the year. */
    public static final String FOLDER = "zhicheng/holidays/";
    /** The first year read: the notice (吉人社规〔2021〕5号) took effect in 2021, so no review predates it. */
    public static final int FIRST_YEAR = 2021;

    /** One year's file as read: its year (from its name), how it is named in messages, and its bytes. */
    public record Source(int year, String name, byte[] content) {

        public Source {
            requireNonNull(name, "name is null");
            requireNonNull(content, "content is null");
        }
    }

    private HolidayData() {
    }

    /**
     * The calendar of the files core ships: {@value #FIRST_YEAR}.json and each following year's file, up to the first
     * year without one. Adding a year is adding its file.
     */
    public static WorkingDays load(StrictReader reader) {
        return load(reader, HolidayData.class.getClassLoader());
    }

    /** The calendar of the holiday files {@code loader} holds, read as {@link #load(StrictReader)} reads core's. */
    public static WorkingDays load(StrictReader reader, ClassLoader loader) {
        List<Source> sources = new ArrayList<>();
        for (int year = FIRST_YEAR; ; year++) {
            String resource = FOLDER + year + ".json";
            Optional<byte[]> bytes = ClassPathResources.read(loader, resource);
            if (bytes.isEmpty()) {
                break;
            }
            sources.add(new Source(year, "core!/" + resource, bytes.get()));
        }
        return read(reader, sources);
    }

    /** The calendar of the given files, which must be of consecutive years; throws {@link InputRejected}. */
    public static WorkingDays read(StrictReader reader, List<Source> sources) {
        List<InputProblem> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(problem(FOLDER, "", Message.of("calendar.data.none", FOLDER)));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        Map<LocalDate, HolidayFile.Day> listed = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        for (Source source : sources) {
            if (!years.isEmpty() && source.year() != years.get(years.size() - 1) + 1) {
                problems.add(problem(source.name(), "", Message.of("calendar.data.gap", source.year(),
                        years.get(years.size() - 1))));
            }
            years.add(source.year());
            HolidayFile file;
            try {
                file = reader.read(source.name(), source.content(), StrictReader.Syntax.JSON, HolidayFile.class);
            } catch (InputRejected e) {
                problems.addAll(e.problems());
                continue;
            }
            if (file.year() != source.year()) {
                problems.add(problem(source.name(), "year", Message.of("calendar.data.year", file.year(),
                        source.year())));
            }
            for (int i = 0; i < file.days().size(); i++) {
                HolidayFile.Day day = file.days().get(i);
                String path = "days[" + i + "].date";
                String where = source.name() + " " + path;
                LocalDate date = day.date();
                if (!withinYear(date, source.year())) {
                    problems.add(problem(source.name(), path, Message.of("calendar.data.outsideYear", date,
                            source.year())));
                } else if (seen.containsKey(date)) {
                    problems.add(problem(source.name(), path, Message.of("calendar.data.twice", date,
                            seen.get(date))));
                } else if (!day.offDay() && !WorkingDays.weekend(date)) {
                    problems.add(problem(source.name(), path, Message.of("calendar.data.weekdayWorked", date)));
                } else {
                    seen.put(date, where);
                    listed.put(date, day);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new WorkingDays(years, listed);
    }

    /** A year's notice lists its own dates and, for a New Year holiday, dates of the December before. */
    private static boolean withinYear(LocalDate date, int year) {
        return date.getYear() == year || date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
    }

    private static InputProblem problem(String source, String path, Message reason) {
        return new InputProblem(source, path, 0, Messages.both(reason));
    }
}
