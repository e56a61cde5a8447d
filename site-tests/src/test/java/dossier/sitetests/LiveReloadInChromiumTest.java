package dossier.sitetests;

import dossier.preview.PreviewServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview as a contributor sees it in Chromium: a saved change appears without touching the browser; a bad
 * save lays the problem, with its line's text, over the last good page; the fix takes the overlay away by itself.
 * A saved tariff step redraws the open chart. (How long a save takes to show is measured by bench/run.sh --real.)
 */
@Tag("browser")
class LiveReloadInChromiumTest {

    private static final String QUOTE = "content/quotes/bessent-optimistic.md";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    /** A scratch copy of the dossier in the live preview, and Chromium showing one of its pages, listening. */
    private record Previewed(ScratchProject project, PreviewServer preview, ChromeDriver browser, WebDriverWait waiting)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            try {
                preview.close();
            } finally {
                browser.quit();
            }
        }
    }

    private Previewed open(String page) throws Exception {
        Chromium.requireInstalled();
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ChromeDriver browser = Chromium.start(true);
        PreviewServer preview;
        try {
            preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out);
        } catch (Exception | Error e) {
            browser.quit();
            throw e;
        }
        Previewed previewed = new Previewed(project, preview, browser, new WebDriverWait(browser, PATIENCE));
        browser.get(preview.address().resolve(page).toString());
        previewed.waiting().until(d -> preview.liveReloadListeners() == 1);
        return previewed;
    }

    @Test
    void theOpenPageFollowsEachSaveAndShowsABadOneOverTheLastGoodPage() throws Exception {
        try (Previewed previewed = open("quotes/bessent-optimistic.html")) {
            ScratchProject project = previewed.project();
            PreviewServer preview = previewed.preview();
            ChromeDriver browser = previewed.browser();
            WebDriverWait wait = previewed.waiting();

            String added = "A sentence the browser shows without being reloaded by hand.";
            project.write(QUOTE, project.read(QUOTE) + "\n" + added + "\n");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains(added));

            wait.until(d -> preview.liveReloadListeners() == 1);
            int line = project.replaceLine(QUOTE, "speaker:", "speaker: bessant");
            String overlay = wait.until(d -> d.findElements(By.id("preview-overlay")).stream().findFirst()
                    .map(o -> o.getText()).orElse(null));
            assertTrue(overlay.contains(QUOTE + ":" + line + ": unknown speaker 'bessant'"), overlay);
            assertTrue(overlay.contains("speaker: bessant"), "the line's text: " + overlay);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains(added), "the last good page beneath");

            project.replaceLine(QUOTE, "speaker:", "speaker: bessent");
            wait.until(d -> d.findElements(By.id("preview-overlay")).isEmpty()
                    && d.findElements(By.cssSelector(".preview-notice")).isEmpty());
            assertEquals(0, browser.findElements(By.id("preview-overlay")).size());
        }
    }

    @Test
    void savingATariffStepRedrawsTheOpenChart() throws Exception {
        try (Previewed previewed = open("timeline.html")) {
            ScratchProject project = previewed.project();
            ChromeDriver browser = previewed.browser();
            WebDriverWait wait = previewed.waiting();
            By point = By.cssSelector("svg.tariff-chart circle[data-side=china][data-date='2025-11-10']");
            assertEquals(0, browser.findElements(point).size(), "no change of China's rate on 10 November 2025 yet");

            // A contributor changes the step's rate and the source's words with it (the bake checks they agree).
            String file = "content/measures/china-counter-tariff-us-goods.md";
            String text = project.read(file);
            int last = text.lastIndexOf("    rate: \"10%\"");
            project.write(file, (text.substring(0, last) + "    rate: \"15%\"" + text.substring(last + "    rate: \"10%\"".length()))
                    .replace("retaining a 10 per cent levy", "retaining a 15 per cent levy"));
            wait.until(d -> d.findElements(point).stream().anyMatch(c -> "15".equals(c.getAttribute("data-rate"))));
        }
    }
}
