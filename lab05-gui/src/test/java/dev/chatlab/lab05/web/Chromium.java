package dev.chatlab.lab05.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's Chromium, headless, driven by its own chromedriver (nothing is downloaded). A test class
 * that needs it is skipped, with the reason, on a machine that has neither.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("chatlab.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chatlab.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips the calling test class (visibly, with the reason) unless both executables are installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BROWSER), "no Chromium at " + BROWSER + " (set -Dchatlab.chromium=PATH)");
        assumeTrue(Files.isExecutable(DRIVER), "no chromedriver at " + DRIVER + " (set -Dchatlab.chromedriver=PATH)");
    }

    /** A new headless browser with a fresh profile in {@code profile}, in English whatever the machine's locale. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=en-US", "--window-size=1100,720",
                // Several pages share the browser as tabs: none may be slowed down for being in the background.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
