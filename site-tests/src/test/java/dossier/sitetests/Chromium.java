package dossier.sitetests;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser or a driver; the flags keep Chromium off
 * the network (no component updates, no sync, no background requests).
 */
final class Chromium {

    static final String INSTALL = "sudo apt-get update && sudo apt-get install -y chromium chromium-driver";
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Fails with the command that installs them where the browser or its driver is missing. */
    static void requireInstalled() {
        for (Path program : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException("The browser tests (-Pbrowser) need Debian's Chromium and its driver;"
                        + " " + program + " is missing. Install them with:\n    " + INSTALL + "\n"
                        + "(or run 'mvn verify' without -Pbrowser, which needs only Java).");
            }
        }
    }

    /** A fresh headless Chromium with its own profile; scripts on or off. */
    static ChromeDriver start(boolean javaScript) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--mute-audio", "--hide-scrollbars", "--force-color-profile=srgb", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "chromedriver-site-tests.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
