package com.tari.tps.server.http;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;

/**
 * What a stopping server does with its connections. Jetty's graceful stop (no new connections, then up to
 * {@link HttpApi#SHUTDOWN_GRACE}) waits until every connection is closed, which is what lets a request in flight
 * finish; but it closes a quiet connection after the shutdown idle timeout: 1 s by default, which cuts a slow client
 * still uploading its body. So that timeout is the whole grace, and instead the connections with no request on them
 * are closed by us, for as long as the stop lasts (a request or stream that ends during the stop leaves one), so
 * they do not hold the stop for the whole grace.
 */
public final class IdleConnections {
    private IdleConnections() {}

    /** Lets a quiet connection with a request in flight live through the grace. Call once the server listens. */
    public static void lastThroughGrace(Server server) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setShutdownIdleTimeout(HttpApi.SHUTDOWN_GRACE.toMillis());
            }
        }
    }

    /** Runs {@code stop} while closing idle connections every 100 ms. */
    public static void closedWhile(Server server, Runnable stop) {
        Thread closer = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                closeIdle(server);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "close-idle-connections");
        closer.setDaemon(true);
        closer.start();
        try {
            stop.run();
        } finally {
            closer.interrupt();
        }
    }

    /**
     * Closes every HTTP/1 connection that is between requests (no request being handled, nothing of the next one
     * read), and every connection the server has finished with (answered with {@code Connection: close}, output shut)
     * whose client has not hung up yet. A client that sends a request on it at this very moment sees the connection close, as with any server
     * closing an idle keep-alive connection, and retries; the server is stopping anyway.
     */
    static void closeIdle(Server server) {
        for (Connector connector : server.getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint.isOutputShutdown() || endPoint.getConnection() instanceof HttpConnection http
                        && http.getHttpChannel().getState().isIdle() && http.getParser().isStart()) {
                    endPoint.close();
                }
            }
        }
    }
}
