package com.tari.tps.server.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's set-up in code, found by Logback through {@code META-INF/services}: one console appender, plain text or
 * one JSON object per line. In code rather than logback.xml because reading the XML (Joran and an XML parser) took a
 * quarter of a second of every start. A {@code -Dlogback.configurationFile} given by the operator still wins.
 *
 * <p>{@code TPG_LOG_FORMAT} (text, the default, or json) and {@code TPG_LOG_LEVEL} (default INFO) are read from system
 * properties first: Main copies them there from the environment or {@code .env} before the first log line.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{24} [%X{request_id:--}] - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // Logback would print its own status lines in its own format, breaking one JSON object per line.
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);

        Encoder<ILoggingEvent> encoder = "json".equals(setting("TPG_LOG_FORMAT")) ? new JsonEncoder() : textEncoder();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setEncoder(encoder);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String level = setting("TPG_LOG_LEVEL");
        root.setLevel(Level.toLevel(level == null ? "INFO" : level, Level.INFO));
        root.addAppender(console);
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        // The pool says "Starting..." and "Start completed" per store; the server logs where its store is itself.
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static PatternLayoutEncoder textEncoder() {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setPattern(TEXT_PATTERN);
        return text;
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
