package dossier.sitetests;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader in Chromium: clicking from the home page to a quote, searching, and the pages at two widths. */
class BrowserJourneyTest extends ChromiumTest {

    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));


    @Test
    void aReaderGoesFromTheHomePageToARoundAnActorAndAQuoteByClicking() {
        // The baked site tells which links lead somewhere with quotes; the browser then follows them by clicking.
        String[] path = roundActorAndQuote();
        browser.get(server.url("index.html"));
        assertEquals(BakedSite.page("index.html").title(), browser.getTitle());

        click("main table a[href='" + path[0] + "']");
        assertTrue(browser.getCurrentUrl().endsWith("/" + path[0]), browser.getCurrentUrl());
        click("section[aria-labelledby=delegations] a[href='../" + path[1] + "']");
        assertTrue(browser.getCurrentUrl().endsWith("/" + path[1]), browser.getCurrentUrl());
        click("section[aria-labelledby=quotes] a[href='../" + path[2] + "']");
        assertTrue(browser.getCurrentUrl().endsWith("/" + path[2]), browser.getCurrentUrl());
        WebElement quote = browser.findElement(By.cssSelector("blockquote.quote-text"));
        assertTrue(quote.isDisplayed());
        assertEquals(BakedSite.page(path[2]).selectFirst("blockquote.quote-text").text(), quote.getText()
                .replaceAll("^“|”$", ""));
    }

    @Test
    void aReaderSearchesForAWordAndOpensAResult() {
        browser.get(server.url("index.html"));
        List<WebElement> boxes = browser.findElements(By.cssSelector("form[role=search] input[name=q]"));
        assertFalse(boxes.isEmpty(), "the home page has no search box (a form with role=\"search\" holding"
                + " input[name=q])");
        String word = "tariffs";
        boxes.get(0).sendKeys(word);
        boxes.get(0).submit();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.getCurrentUrl().contains("search.html"));
        WebElement result = wait.until(d -> d.findElements(By.cssSelector("#search-results li a[href]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        result.click();
        wait.until(d -> !d.getCurrentUrl().contains("search.html"));
        assertTrue(browser.findElement(By.tagName("main")).getText().toLowerCase(Locale.ROOT).contains(word),
                "the result " + browser.getCurrentUrl() + " does not mention '" + word + "'");
    }

    @Test
    void theHomeARoundAQuoteAndASourceFitPhonesAndDesktopsAndAreKeptAsScreenshots() throws Exception {
        String[] path = roundActorAndQuote();
        // The source whose document has the longest address: an address is one long word on a phone.
        String source = ContentFiles.published("sources").stream().filter(s -> s.text("url") != null)
                .max(java.util.Comparator.comparingInt(s -> s.text("url").length())).orElseThrow().page();
        Map<String, String> pages = Map.of("home", "index.html", "round", path[0], "quote", path[2],
                "source", source);
        Files.createDirectories(SCREENSHOTS);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (int width : new int[] {375, 1280}) {
                Path file = SCREENSHOTS.resolve(page.getKey() + "-" + width + ".png");
                int pageWidth = screenshot(page.getValue(), width, file);
                assertEquals(width, ImageIO.read(file.toFile()).getWidth(), file.toString());
                assertTrue(pageWidth <= width, page.getValue() + " scrolls sideways at " + width
                        + " px: it is " + pageWidth + " px wide (see " + file + ")");
            }
        }
    }

    /**
     * A full-page screenshot at a viewport {@code width} px wide, as a phone or a desktop shows the page;
     * returns the width of the page's content there (wider than the viewport: it scrolls sideways).
     */
    private int screenshot(String page, int width, Path file) throws Exception {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            browser.get(server.url(page));
            Number contentWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            Files.write(file, png);
            return contentWidth.intValue();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void click(String selector) {
        List<WebElement> links = browser.findElements(By.cssSelector(selector));
        assertFalse(links.isEmpty(), "no link " + selector + " on " + browser.getCurrentUrl());
        links.get(0).click();
    }

    /** A round on the home page, an actor of its delegations who has quotes, and the first of them. */
    private static String[] roundActorAndQuote() {
        for (Element round : BakedSite.page("index.html").select("main table a[href^=rounds/]")) {
            String roundPage = round.attr("href");
            for (Element actor : BakedSite.page(roundPage).select("section[aria-labelledby=delegations] a[href]")) {
                String actorPage = actor.attr("href").replaceFirst("^\\.\\./", "");
                Element quote = BakedSite.page(actorPage).selectFirst("section[aria-labelledby=quotes] a[href^=../quotes/]");
                if (quote != null) {
                    return new String[] {roundPage, actorPage, quote.attr("href").replaceFirst("^\\.\\./", "")};
                }
            }
        }
        throw new AssertionError("no round on the home page has a delegate with quotes");
    }
}
