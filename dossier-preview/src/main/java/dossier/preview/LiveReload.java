package dossier.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dossier.base.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The preview's live reload: a stream of Server-Sent Events ({@value #EVENTS}) telling every open page of each
 * bake ("baked" after a good one, "failed" with its problems after a bad one), and the script that listens to it
 * ({@value #SCRIPT}), which {@link SiteHandler} adds to every page it serves. Only the preview serves either: the
 * baked site is unchanged.
 */
final class LiveReload implements HttpHandler {

    static final String EVENTS = "/_preview/events";
    static final String SCRIPT = "/_preview/live.js";
    /** Stops a client's wait so that a closed connection is noticed even when nothing is baked. */
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String CLOSE = "";

    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final byte[] script;

    LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live.js")) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A good bake: every open page reloads. */
    void baked(int generation) {
        broadcast("event: baked\ndata: " + generation + "\n\n");
    }

    /** A failed bake: every open page shows the problems, each with the text of its line where it names one. */
    void failed(List<ProblemLine> problems) {
        String json = Json.write(problems.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("problem", p.problem());
            item.put("text", p.text());
            return item;
        }).toList());
        // An event's data is one line here: the JSON's indentation goes (no string in it holds a line break).
        broadcast("event: failed\ndata: " + String.join("", json.lines().map(String::strip).toList()) + "\n\n");
    }

    /** How many pages are listening. */
    int listeners() {
        return clients.size();
    }

    void close() {
        clients.forEach(queue -> queue.offer(CLOSE));
    }

    private void broadcast(String event) {
        clients.forEach(queue -> queue.offer(event));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals(SCRIPT)) {
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, script.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(script);
                }
                return;
            }
            stream(exchange);
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            // Reconnect quickly after a restart of the preview.
            write(out, "retry: 500\n: listening\n\n");
            while (true) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) {
                    return;
                }
                write(out, event == null ? ": still here\n\n" : event);
            }
        } catch (IOException | InterruptedException e) {
            // The page was closed or reloaded: it stops listening.
        } finally {
            clients.remove(queue);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** A problem as the bake printed it, and the text of the file's line it names ("" where it names none). */
    record ProblemLine(String problem, String text) {
    }

    /** Each problem with the text of the line it names ({@code path:line: ...}, path from the project folder). */
    static List<ProblemLine> withLineText(java.nio.file.Path project, List<String> problems) {
        java.util.regex.Pattern at = java.util.regex.Pattern.compile("^([^:]+):(\\d+): ");
        return problems.stream().map(problem -> {
            java.util.regex.Matcher matcher = at.matcher(problem);
            String text = "";
            if (matcher.find()) {
                try {
                    List<String> lines = java.nio.file.Files.readAllLines(project.resolve(matcher.group(1)),
                            StandardCharsets.UTF_8);
                    int line = Integer.parseInt(matcher.group(2));
                    text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
                } catch (IOException | RuntimeException e) {
                    text = "";  // a file since deleted or moved: the problem alone
                }
            }
            return new ProblemLine(problem, text);
        }).toList();
    }
}
