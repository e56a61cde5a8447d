package dossier.preview;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: bakes the project, serves the site on 127.0.0.1, and bakes again whenever a file
 * the bake reads is saved. A bake that fails (bad content, a template error) is reported on the
 * terminal and leaves the last good site served. It never reads standard input, so it runs the same
 * from a terminal, a script or in the background.
 */
public final class PreviewServer implements AutoCloseable {

    private final PreviewBaker baker;
    private final PrintStream out;
    private final HttpServer server;
    // Each open page holds a connection for live reload: a thread per request, not a fixed few.
    private final ExecutorService requests = Executors.newCachedThreadPool(daemon("dossier-preview-http"));
    private final LiveReload liveReload = new LiveReload();
    private final Path project;
    private int generation;
    private final ProjectWatcher watcher;
    private volatile SiteHandler.State state = new SiteHandler.State(null, List.of());

    private PreviewServer(Path project, Path output, int port, PrintStream out) throws IOException {
        this.baker = new PreviewBaker(project, output);
        this.project = project.toAbsolutePath().normalize();
        this.out = out;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.watcher = new ProjectWatcher(project, this::bake);
    }

    /**
     * Bakes once, then serves and watches.
     *
     * @param project the project folder (content/, templates/, assets/, jbake.properties)
     * @param output  a folder of the preview's own, emptied first
     * @param port    the port on 127.0.0.1; 0 for any free port
     * @param out     where what happens is reported
     */
    public static PreviewServer start(Path project, Path output, int port, PrintStream out) throws IOException {
        PreviewServer preview = new PreviewServer(project, output, port, out);
        preview.baker.clearOutput();
        preview.bake();
        preview.server.createContext("/", new SiteHandler(() -> preview.state));
        preview.server.createContext(LiveReload.EVENTS, preview.liveReload);
        preview.server.createContext(LiveReload.SCRIPT, preview.liveReload);
        preview.server.setExecutor(preview.requests);
        preview.server.start();
        preview.watcher.start();
        out.println("Preview on " + preview.address() + " (Ctrl-C to stop); baking again on every save in "
                + String.join("/, ", ProjectWatcher.WATCHED_FOLDERS) + "/ and " + ProjectWatcher.CONFIGURATION);
        out.flush();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Whether the latest bake failed (the last good site is still served). */
    public boolean latestBakeFailed() {
        return !state.problems().isEmpty();
    }

    private synchronized void bake() {
        PreviewBaker.Outcome outcome = baker.bake();
        if (outcome instanceof PreviewBaker.Baked baked) {
            state = new SiteHandler.State(baked.site(), List.of());
            baker.keepOnly(baked.site());
            out.println("Baked in " + baked.millis() + " ms: " + address());
            liveReload.baked(++generation);
        } else if (outcome instanceof PreviewBaker.Failed failed) {
            state = new SiteHandler.State(state.site(), LiveReload.withLineText(project, failed.problems()));
            liveReload.failed(state.problems());
            out.println("Not baked: " + (failed.problems().size() == 1 ? "1 problem" : failed.problems().size()
                    + " problems") + (state.site() == null ? "" : "; still serving the last good bake") + ":");
            failed.problems().forEach(problem -> out.println(problem));
        }
        out.flush();
    }

    /** How many open pages listen for bakes (each reloads after a good one). */
    public int liveReloadListeners() {
        return liveReload.listeners();
    }

    /** Stops serving and watching; waits for a bake under way to finish. */
    @Override
    public void close() throws IOException {
        liveReload.close();
        server.stop(0);
        watcher.close();
        requests.shutdown();
        try {
            requests.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
