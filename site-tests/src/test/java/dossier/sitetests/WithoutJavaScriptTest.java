package dossier.sitetests;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * With scripts disabled, Chromium shows every page's full content and navigation: every heading and
 * every link of the baked page's header, main and footer is visible, and the site's navigation works.
 */
class WithoutJavaScriptTest extends ChromiumTest {

    @Override
    protected boolean javaScript() {
        return false;
    }

    @Test
    void scriptsAreReallyOff(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("probe.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Probe</title></head>
                <body><p id="probe">scripts are off</p>
                <script>document.getElementById('probe').textContent = 'scripts ran';</script></body></html>""");
        try (SiteServer probe = SiteServer.serving(folder)) {
            browser.get(probe.url("probe.html"));
            assertEquals("scripts are off", browser.findElement(By.id("probe")).getText());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageShowsItsHeadingsAndLinks() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            browser.get(server.url(page.toString()));
            String shown = normalise(browser.findElement(By.tagName("body")).getText());
            Document baked = BakedSite.page(page);
            List<String> missing = new ArrayList<>();
            for (Element element : baked.select("header a, nav a, main h1, main h2, main h3, main a, main p, footer a")) {
                String text = normalise(element.text());
                // An SVG mark's link text is its <title> tooltip; the chart's text equivalent is checked as text.
                boolean inChart = element.closest("svg") != null;
                if (!text.isEmpty() && !inChart && !element.hasClass("skip-link") && !shown.contains(text)) {
                    missing.add("<" + element.normalName() + "> " + text);
                }
            }
            SiteChecks.assertNone("texts not shown without JavaScript", page, missing);
            List<WebElement> navigation = browser.findElements(By.cssSelector("header nav a"));
            assertEquals(baked.select("header nav a").size(), navigation.stream().filter(WebElement::isDisplayed).count(),
                    "visible navigation links on " + page);
        }));
    }

    private static String normalise(String text) {
        // Lower case: the stylesheet capitalises some labels, which the rendered text then shows.
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
