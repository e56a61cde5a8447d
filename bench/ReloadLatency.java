import dossier.preview.PreviewServer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures what a contributor waits for in the live preview: from saving one quote's file to the moment the
 * open page is told to reload (its "baked" event), the preview's watcher and bake included; then the reload
 * itself, timed as a fetch of the changed page. Prints one line per save. Run by bench/run.sh --real with the
 * bake's class path.
 *
 * usage: java -cp ... ReloadLatency.java <project folder> <output folder> <saves>
 */
public class ReloadLatency {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int saves = Integer.parseInt(args[2]);
        Path quote = project.resolve("content/quotes/bessent-optimistic.md");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer preview = PreviewServer.start(project, Path.of(args[1]), 0, quiet)) {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(preview.address().resolve("/_preview/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
            while (preview.liveReloadListeners() < 1) {
                Thread.sleep(20);
            }
            URI page = preview.address().resolve("quotes/bessent-optimistic.html");
            String original = Files.readString(quote);
            for (int i = 1; i <= saves; i++) {
                lines.clear();
                long start = System.nanoTime();
                Files.writeString(quote, original + "\nEdit " + i + ".\n");
                String line;
                do {
                    line = lines.poll(120, TimeUnit.SECONDS);
                    if (line == null) {
                        throw new IllegalStateException("no bake within 120 s");
                    }
                } while (!line.equals("event: baked"));
                long told = (System.nanoTime() - start) / 1_000_000;
                http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                long shown = (System.nanoTime() - start) / 1_000_000;
                System.out.println("RELOAD " + i + " " + told + " " + shown);
                Thread.sleep(500);
            }
            Files.writeString(quote, original);
        }
    }
}
