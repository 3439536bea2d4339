package cn.zhicheng.app.assembly;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * How the program logs, set in code rather than read from an XML file: to standard error (standard output carries
 * the answers), warnings and errors only, and the program's own loggers ({@code cn.zhicheng}) at the level of
 * {@code -Dzhicheng.log} (the launcher's {@code ZHICHENG_LOG}, e.g. INFO to see which annexes were found and loaded).
 * Reading a configuration file costs a one-question command a quarter of its start-up (the XML parser and several
 * hundred classes of logback's configuration model); a file named by {@code -Dlogback.configurationFile} is still read.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("cn.zhicheng").setLevel(programLevel(System.getProperty("zhicheng.log")));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level asked for by name (TRACE, DEBUG, INFO, WARN, ERROR, OFF, any case); WARN when none or unknown. */
    static Level programLevel(String asked) {
        return Level.toLevel(asked, Level.WARN);
    }
}
