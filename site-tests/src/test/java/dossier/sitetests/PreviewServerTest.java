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
