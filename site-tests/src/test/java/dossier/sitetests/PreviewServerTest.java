package dossier.sitetests;

import dossier.preview.PreviewServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview (mvn -Ppreview package), started in this JVM on a free port against a scratch copy
 * of the dossier: it serves the baked pages, and serves a page again changed once its file is saved.
 */
class PreviewServerTest {

    private static final String QUOTE = "content/quotes/bessent-optimistic.md";
    private static final String PAGE = "quotes/bessent-optimistic.html";
    /** A bake takes seconds, and more on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(terminal, true, StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void servesAPageAndServesItChangedAfterItsFileIsSaved() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            URI page = preview.address().resolve(PAGE);
            HttpResponse<String> before = get(page);
            assertEquals(200, before.statusCode());
            assertTrue(before.body().contains("<h1>"), before.body());
            assertEquals(200, get(preview.address()).statusCode(), "the home page at /");

            String added = "A sentence saved while the preview was running.";
            project.write(QUOTE, project.read(QUOTE) + "\n" + added + "\n");

            awaitUntil(() -> get(page).body().contains(added), "the served page to show the saved change");
            assertFalse(before.body().contains(added));
        }
    }

    @Test
    void aBadSaveIsReportedAndTheLastGoodSiteStaysServed() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            URI page = preview.address().resolve(PAGE);
            String good = get(page).body();

            int line = project.replaceLine(QUOTE, "speaker:", "speaker: bessant");
            String problem = QUOTE + ":" + line + ": unknown speaker 'bessant' (did you mean 'bessent'?)";

            awaitUntil(() -> terminal().contains(problem), "the terminal to show " + problem);
            assertTrue(preview.latestBakeFailed());
            HttpResponse<String> served = get(page);
            assertEquals(200, served.statusCode(), "the server is still up");
            assertTrue(served.body().contains(problem), "the page carries a notice with the problem");
            assertEquals(good, served.body().replaceFirst("<div class=\"preview-notice\".*?</div>", ""),
                    "apart from the notice, the last good page");

            project.replaceLine(QUOTE, "speaker:", "speaker: bessent");
            awaitUntil(() -> !preview.latestBakeFailed(), "the fixed file to bake");
            assertEquals(good, get(page).body(), "the fixed page, without a notice");
        }
    }

    @Test
    void everyPageThePreviewServesListensForBakesButTheBakedFilesDoNot() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            String served = get(preview.address().resolve(PAGE)).body();
            assertTrue(served.contains("<script src=\"/_preview/live.js\"></script>"), "no live-reload listener");
            assertTrue(served.contains("connect-src 'self'"), "the preview's copy may connect to the preview");
            try (java.util.stream.Stream<Path> baked = java.nio.file.Files.walk(temp.resolve("preview"))) {
                Path file = baked.filter(p -> p.endsWith(PAGE)).findFirst().orElseThrow();
                String html = java.nio.file.Files.readString(file);
                assertFalse(html.contains("_preview"), "the baked page must not carry the preview's script");
                assertFalse(html.contains("connect-src"), "the baked page's policy is unchanged");
            }
            HttpResponse<String> script = get(preview.address().resolve("/_preview/live.js"));
            assertEquals(200, script.statusCode());
            assertTrue(script.body().contains("new EventSource('/_preview/events')"));
        }
    }

    @Test
    void eachSaveReachesEveryOpenPageAsAnEventAndABadOneCarriesItsProblemsWithTheirLines() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(preview.address().resolve("/_preview/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(events::add));
            awaitUntil(() -> preview.liveReloadListeners() == 1, "the page to listen");

            project.write(QUOTE, project.read(QUOTE) + "\nA sentence saved while a page listened.\n");
            assertTrue(nextEvent(events, "baked").matches("data: \\d+"), "a good bake: the page reloads");

            int line = project.replaceLine(QUOTE, "speaker:", "speaker: bessant");
            String data = nextEvent(events, "failed");
            String problem = QUOTE + ":" + line + ": unknown speaker 'bessant' (did you mean 'bessent'?)";
            assertTrue(data.contains(problem), data);
            assertTrue(data.contains("\"text\": \"speaker: bessant\""), "the line's text goes with it: " + data);

            HttpResponse<String> notYet = get(preview.address().resolve("quotes/not-baked-yet.html"));
            assertEquals(404, notYet.statusCode());
            assertTrue(notYet.body().contains(problem) && notYet.body().contains("/_preview/live.js"),
                    "a page not baked yet shows the problems and listens: " + notYet.body());
        }
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndItsLine() throws Exception {
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            int line = project.replaceLine("templates/quote.ftl", "  <h1>", "  <h1>${page.noSuchField()}</h1>");
            awaitUntil(preview::latestBakeFailed, "the broken template to fail the bake");
            assertTrue(terminal().contains("templates/quote.ftl:" + line + ": "), terminal());
        }
    }

    /** The data line of the next event of this name (comments and other events skipped). */
    private String nextEvent(java.util.concurrent.BlockingQueue<String> lines, String name) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean named = false;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event: " + name)) {
                named = true;
            } else if (named && line.startsWith("data: ")) {
                return line;
            }
        }
        throw new AssertionError("no '" + name + "' event within " + PATIENCE.toSeconds() + " s; the preview said:\n"
                + terminal());
    }

    private HttpResponse<String> get(URI address) throws Exception {
        return http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void awaitUntil(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the preview said:\n"
                + terminal());
    }
}
