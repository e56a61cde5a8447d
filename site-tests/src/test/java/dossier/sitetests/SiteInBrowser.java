package dossier.sitetests;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;

/** The baked site served on the loopback address and a headless Chromium to read it: opened and closed together. */
record SiteInBrowser(SiteServer server, ChromeDriver browser) implements AutoCloseable {

    /** Fails with the install command where Chromium or its driver is missing. */
    static SiteInBrowser open(boolean javaScript) throws IOException {
        Chromium.requireInstalled();
        SiteServer server = SiteServer.serving(BakedSite.SITE);
        try {
            return new SiteInBrowser(server, Chromium.start(javaScript));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.close();
        }
    }
}
