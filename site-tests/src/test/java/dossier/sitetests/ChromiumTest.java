package dossier.sitetests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test class shares: the baked site served on the loopback address and one headless
 * Chromium, opened before the class's tests and closed after them. Runs only in the "browser" profile.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumTest {

    private SiteInBrowser site;
    protected SiteServer server;
    protected ChromeDriver browser;

    /** Whether the browser runs scripts; a test class that reads pages without them says false. */
    protected boolean javaScript() {
        return true;
    }

    @BeforeAll
    void openTheSiteInChromium() throws Exception {
        site = SiteInBrowser.open(javaScript());
        server = site.server();
        browser = site.browser();
    }

    @AfterAll
    void closeTheBrowserAndTheServer() {
        if (site != null) {
            site.close();
        }
    }
}
