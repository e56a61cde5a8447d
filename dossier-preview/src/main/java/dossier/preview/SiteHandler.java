package dossier.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves the files of the last good bake. While the latest bake has failed, every HTML page carries a
 * notice listing the problems, so a contributor looking at the browser knows the page is out of date.
 */
final class SiteHandler implements HttpHandler {

    /** What is served: the last good bake (null before the first), and the problems of the latest bake. */
    record State(Path site, List<LiveReload.ProblemLine> problems) {
    }

    /** Added to every page the preview serves, never to the baked files: the live-reload listener. */
    static final String LIVE_SCRIPT = "<script src=\"" + LiveReload.SCRIPT + "\"></script>";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "png", "image/png",
            "jpg", "image/jpeg",
            "ico", "image/x-icon");

    private final Supplier<State> state;

    SiteHandler(Supplier<State> state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            State current = state.get();
            if (current.site() == null) {
                send(exchange, 503, "text/html; charset=utf-8", page("The dossier has not baked yet",
                        current.problems()));
                return;
            }
            Path file = resolve(current.site(), exchange.getRequestURI().getRawPath());
            if (file == null || !Files.isRegularFile(file)) {
                // A page not baked yet (its new file may be the one that is broken): it shows the problems and
                // appears by itself once it bakes.
                send(exchange, 404, "text/html; charset=utf-8", page("Not baked (yet): "
                        + exchange.getRequestURI().getPath(), current.problems()));
                return;
            }
            String type = typeOf(file);
            byte[] body = Files.readAllBytes(file);
            if (type.startsWith("text/html")) {
                String html = new String(body, StandardCharsets.UTF_8);
                body = live(current.problems().isEmpty() ? html : withNotice(html, current.problems()))
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, body);
        }
    }

    /** The file a request path names inside the site, or null when it leads outside. */
    static Path resolve(Path site, String rawPath) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.endsWith("/")) {
            path += "index.html";
        }
        Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /**
     * The page with the live-reload listener, and a Content-Security-Policy that lets it listen: the baked page
     * allows no connections at all, the preview's copy its own server's.
     */
    static String live(String html) {
        String withConnect = html.replaceFirst("default-src 'none';", "default-src 'none'; connect-src 'self';");
        int end = withConnect.lastIndexOf("</body>");
        return end < 0 ? withConnect + LIVE_SCRIPT : withConnect.substring(0, end) + LIVE_SCRIPT + withConnect.substring(end);
    }

    private static String withNotice(String html, List<LiveReload.ProblemLine> problems) {
        String notice = "<div class=\"preview-notice\" role=\"alert\"><p><strong>Preview: your latest change did not"
                + " bake.</strong> This is the last good bake. Fix these and save again:</p>" + list(problems) + "</div>";
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? notice + html : html.substring(0, end + 1) + notice + html.substring(end + 1);
    }

    private static byte[] page(String title, List<LiveReload.ProblemLine> problems) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + (problems.isEmpty() ? "<p>No such page.</p>"
                : "<p>Fix these and save again:</p>" + list(problems)) + LIVE_SCRIPT + "</body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** Each problem as path:line: message, with the text of its line beneath. */
    private static String list(List<LiveReload.ProblemLine> problems) {
        return "<ul>" + problems.stream().map(p -> "<li><code>" + escape(p.problem()) + "</code>"
                + (p.text().isEmpty() ? "" : "<pre>" + escape(p.text()) + "</pre>") + "</li>").reduce("", String::concat)
                + "</ul>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
