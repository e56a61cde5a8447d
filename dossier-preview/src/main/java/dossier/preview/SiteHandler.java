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
    record State(Path site, List<String> problems) {
    }

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
                send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = typeOf(file);
            byte[] body = Files.readAllBytes(file);
            if (type.startsWith("text/html") && !current.problems().isEmpty()) {
                body = withNotice(new String(body, StandardCharsets.UTF_8), current.problems());
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

    private static byte[] withNotice(String html, List<String> problems) {
        String notice = "<div class=\"preview-notice\" role=\"alert\"><p><strong>Preview: your latest change did not"
                + " bake.</strong> This is the last good bake. Fix these and save again:</p><ul>"
                + problems.stream().map(p -> "<li><code>" + escape(p) + "</code></li>").reduce("", String::concat)
                + "</ul></div>";
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        String result = end < 0 ? notice + html : html.substring(0, end + 1) + notice + html.substring(end + 1);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(String title, List<String> problems) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1><p>Fix these and save again:</p><ul>"
                + problems.stream().map(p -> "<li><code>" + escape(p) + "</code></li>").reduce("", String::concat)
                + "</ul></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
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
