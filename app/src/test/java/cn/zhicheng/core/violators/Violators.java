package cn.zhicheng.core.violators;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Classes that break the architecture rules on purpose, in a core package, so ArchitectureTest can show that each
 * rule reports what its name says. They live in app's test sources and are never imported with the main classes.
 */
public final class Violators {

    private Violators() {
    }

    /** Reads today's date from the system clock. */
    public static final class ReadsToday {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    /** A validator that asks the system for today instead of the clock Jakarta Validation hands it. */
    public static final class ValidatorReadsTheSystemClock
            implements jakarta.validation.ConstraintValidator<jakarta.validation.constraints.PastOrPresent, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, jakarta.validation.ConstraintValidatorContext context) {
            return !value.isAfter(LocalDate.now());
        }
    }

    /** A validator that reads the clock Jakarta Validation hands it: allowed. */
    public static final class ValidatorReadsTheGivenClock
            implements jakarta.validation.ConstraintValidator<jakarta.validation.constraints.PastOrPresent, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, jakarta.validation.ConstraintValidatorContext context) {
            return !value.isAfter(LocalDate.now(context.getClockProvider().getClock()));
        }
    }

    /** Keeps a Clock of its own. */
    public static final class HoldsAClock {
        Clock clock = Clock.systemUTC();
    }

    /** Times itself. */
    public static final class CountsNanoseconds {
        long now() {
            return System.nanoTime();
        }
    }

    /** Rolls its own dice. */
    public static final class RollsDice {
        int roll() {
            return new Random().nextInt(6);
        }
    }

    /** Uses Math.random. */
    public static final class UsesMathRandom {
        double roll() {
            return Math.random();
        }
    }

    /** Seeds a SecureRandom. */
    public static final class UsesSecureRandom {
        byte[] salt() {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            return salt;
        }
    }

    /** Asks the platform for a default generator. */
    public static final class TakesTheDefaultGenerator {
        int roll() {
            return RandomGenerator.getDefault().nextInt(6);
        }
    }

    /** Makes a random id. */
    public static final class MakesRandomIds {
        String id() {
            return UUID.randomUUID().toString();
        }
    }

    /** Allowed: randomness handed in as an argument, the way design.md wants seeded draws to work. */
    public static final class DrawsWithAGivenGenerator {
        int draw(RandomGenerator generator) {
            return generator.nextInt(6);
        }
    }

    /** Reads a file by path. */
    public static final class ReadsAFile {
        byte[] read() throws IOException {
            return Files.readAllBytes(Path.of("criteria.yaml"));
        }
    }

    /** Opens a file stream. */
    public static final class OpensAFileStream {
        InputStream open() throws IOException {
            return new FileInputStream("criteria.yaml");
        }
    }

    /** Reads a class-path resource outside the input package. */
    public static final class ReadsAResource {
        InputStream open() {
            return getClass().getClassLoader().getResourceAsStream("criteria.yaml");
        }
    }

    /** Fetches a URL. */
    public static final class FetchesAUrl {
        InputStream open(URL url) throws IOException {
            return url.openStream();
        }
    }
}
