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

    @Test
    void theOpenPageFollowsEachSaveAndShowsABadOneOverTheLastGoodPage() throws Exception {
        Chromium.requireInstalled();
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ChromeDriver browser = Chromium.start(true);
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            browser.get(preview.address().resolve("quotes/bessent-optimistic.html").toString());
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
            wait.until(d -> preview.liveReloadListeners() == 1);

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
        } finally {
            browser.quit();
        }
    }

    @Test
    void savingATariffStepRedrawsTheOpenChart() throws Exception {
        Chromium.requireInstalled();
        ScratchProject project = ScratchProject.copyOfTheDossier(temp.resolve("project"));
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ChromeDriver browser = Chromium.start(true);
        try (PreviewServer preview = PreviewServer.start(project.root, temp.resolve("preview"), 0, out)) {
            browser.get(preview.address().resolve("timeline.html").toString());
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
            wait.until(d -> preview.liveReloadListeners() == 1);
            By point = By.cssSelector("svg.tariff-chart circle[data-side=china][data-date='2025-11-10']");
            assertEquals(0, browser.findElements(point).size(), "no change of China's rate on 10 November 2025 yet");

            // A contributor changes the step's rate and the source's words with it (the bake checks they agree).
            String file = "content/measures/china-counter-tariff-us-goods.md";
            String text = project.read(file);
            int last = text.lastIndexOf("    rate: \"10%\"");
            project.write(file, (text.substring(0, last) + "    rate: \"15%\"" + text.substring(last + "    rate: \"10%\"".length()))
                    .replace("retaining a 10 per cent levy", "retaining a 15 per cent levy"));
            wait.until(d -> d.findElements(point).stream().anyMatch(c -> "15".equals(c.getAttribute("data-rate"))));
        } finally {
            browser.quit();
        }
    }
}
