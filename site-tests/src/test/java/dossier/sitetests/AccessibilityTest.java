package dossier.sitetests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every type of page, as Chromium shows it, has no serious or critical axe-core violation of the
 * WCAG 2.2 AA rules, and every page fetched nothing from any host but the site's.
 */
class AccessibilityTest extends ChromiumTest {


    @TestFactory
    Stream<DynamicTest> everyPageTypeHasNoSeriousOrCriticalAccessibilityViolation() {
        return onePageOfEachType().stream().map(page -> dynamicTest(page.toString(), () -> {
            browser.get(server.url(page.toString()));
            SiteChecks.assertNone("serious or critical axe-core violations", page, Axe.seriousViolations(browser));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageFetchesOnlyFromTheSite() {
        return BakedSite.pages().stream().map(page -> dynamicTest(page.toString(), () -> {
            browser.get(server.url(page.toString()));
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            List<String> elsewhere = fetched.stream().filter(url -> !url.startsWith(server.origin() + "/")).toList();
            SiteChecks.assertNone("fetches from another host", page, elsewhere);
        }));
    }

    /**
     * axe-core takes seconds a page on a small machine, so it checks one page of each template: every
     * page at the root and every folder's index (each its own template), and the first page of each folder.
     */
    static List<Path> onePageOfEachType() {
        List<Path> pages = new java.util.ArrayList<>();
        java.util.Set<Path> foldersSeen = new java.util.HashSet<>();
        for (Path page : BakedSite.pages()) {
            Path folder = page.getParent();
            if (folder == null || page.getFileName().toString().equals("index.html") || foldersSeen.add(folder)) {
                pages.add(page);
            }
        }
        return pages;
    }

    @Test
    void anImageWithoutAltTextIsACriticalViolationNamedWithItsPage(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        Files.writeString(site.resolve("geneva.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Geneva</title></head>
                <body><main><h1>Geneva</h1><img src="map.svg"></main></body></html>""");
        try (SiteServer broken = SiteServer.serving(site)) {
            browser.get(broken.url("geneva.html"));
            List<String> violations = Axe.seriousViolations(browser);
            String message = assertThrows(AssertionError.class, () -> SiteChecks.assertNone(
                    "serious or critical axe-core violations", "geneva.html", violations)).getMessage();
            assertTrue(message.contains("in geneva.html") && message.contains("critical image-alt"), message);
            assertEquals(1, violations.stream().filter(v -> v.contains("image-alt")).count(), message);
        }
    }
}
