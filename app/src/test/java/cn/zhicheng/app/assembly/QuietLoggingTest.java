package cn.zhicheng.app.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuietLoggingTest {

    @Test
    void theProgramLogsThroughItsOwnSettingsFoundAsAService() {
        // logback found QuietLogging through META-INF/services: no XML was read, and its one appender is there
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertTrue(running.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR") != null);
    }

    @Test
    void warningsOnlyUnlessTheProgramsLevelIsAskedFor() {
        LoggerContext quiet = configured(null);
        assertFalse(quiet.getLogger("cn.zhicheng.app.assembly.AnnexDiscovery").isInfoEnabled());
        assertTrue(quiet.getLogger("cn.zhicheng.app.assembly.AnnexDiscovery").isWarnEnabled());

        LoggerContext told = configured("info");
        assertTrue(told.getLogger("cn.zhicheng.app.assembly.AnnexDiscovery").isInfoEnabled());
        // only the program's own loggers: a library stays at warnings
        assertFalse(told.getLogger("org.flywaydb.core.Flyway").isInfoEnabled());
        assertEquals(Level.WARN, QuietLogging.programLevel("loud"));
        assertEquals(Level.OFF, QuietLogging.programLevel("OFF"));
    }

    @Test
    void linesGoToStandardErrorWithTimeLevelAndLogger() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LoggerContext context = configured("INFO");
            context.getLogger("cn.zhicheng.app.Example").info("附件 annex AI loaded");
            context.getLogger("cn.zhicheng.app.Example").debug("not shown");
            context.stop();
        } finally {
            System.setErr(err);
        }
        String line = captured.toString(StandardCharsets.UTF_8);
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  cn\\.zhicheng\\.app\\.Example - 附件 annex AI loaded"
                + System.lineSeparator()), line);
    }

    private static LoggerContext configured(String level) {
        String before = System.getProperty("zhicheng.log");
        try {
            if (level == null) {
                System.clearProperty("zhicheng.log");
            } else {
                System.setProperty("zhicheng.log", level);
            }
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new LogbackMDCAdapter());
            QuietLogging logging = new QuietLogging();
            logging.setContext(context);
            assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));
            return context;
        } finally {
            if (before == null) {
                System.clearProperty("zhicheng.log");
            } else {
                System.setProperty("zhicheng.log", before);
            }
        }
    }
}
