package dev.chatlab.demo.cast;

import dev.chatlab.demo.screen.NameTag;
import java.awt.Rectangle;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A person at lab05's browser page: the machine's Chromium, with a window of its own on the demo's display
 * (an app window, no browser toolbar), driven through Selenium by the page's element ids the way a person
 * would: the join form's {@code nick} and {@code password}, the composer {@code message}, the {@code leave}
 * button; read back from the bubbles of {@code messages}. Nothing is downloaded: the browser and its
 * chromedriver are the machine's own, or the page is left out ({@link #unavailable()}).
 */
public final class BrowserUser implements AutoCloseable {

    /** The browser, {@code -Dchatlab.chromium=PATH} to use another. */
    static final Path BROWSER = Path.of(System.getProperty("chatlab.chromium", "/usr/bin/chromium"));
    /** Its driver, {@code -Dchatlab.chromedriver=PATH} to use another. */
    static final Path DRIVER = Path.of(System.getProperty("chatlab.chromedriver", "/usr/bin/chromedriver"));
    /** The page drawn at 3/4 size, so that a small window still shows a few messages. */
    private static final double SCALE = 0.75;
    private static final String TEXTS = "return Array.from(document.querySelectorAll('#messages li.bubble p.text'),"
            + " p => p.textContent)";

    private final String nick;
    private final ChromeDriver driver;
    private final NameTag tag;

    private BrowserUser(String nick, ChromeDriver driver, NameTag tag) {
        this.nick = nick;
        this.driver = driver;
        this.tag = tag;
    }

    /** Why there can be no browser page, or empty if Chromium and chromedriver are both installed. */
    public static Optional<String> unavailable() {
        if (!Files.isExecutable(BROWSER)) {
            return Optional.of("no Chromium at " + BROWSER + " (install chromium, or set -Dchatlab.chromium=PATH)");
        }
        if (!Files.isExecutable(DRIVER)) {
            return Optional.of("no chromedriver at " + DRIVER + " (install chromium-driver, or set -Dchatlab.chromedriver=PATH)");
        }
        return Optional.empty();
    }

    /**
     * Opens {@code url} in a Chromium app window on X display {@code display}, at {@code slot} under a tag that
     * says {@code who}, with a fresh profile in {@code profile}, in English.
     *
     * @throws StepFailedException if the browser does not start or the page does not show its join form
     */
    public static BrowserUser open(String nick, String url, String display, Path profile, Rectangle slot, String who)
            throws StepFailedException {
        Objects.requireNonNull(display, "display");
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE); // no version warnings between the captions
        Rectangle window = NameTag.below(slot);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile, "--lang=en-US", "--app=" + url,
                "--force-device-scale-factor=" + SCALE, // and so position and size are given in scaled pixels:
                "--window-position=" + scaled(window.x) + "," + scaled(window.y),
                "--window-size=" + scaled(window.width) + "," + scaled(window.height));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation")); // no "controlled by" bar
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(Map.of("DISPLAY", display)) // the driver starts the browser: on the demo's display
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            throw new StepFailedException("cannot start Chromium on display " + display + ": " + firstLine(e), e);
        }
        BrowserUser user = new BrowserUser(nick, driver, NameTag.open(who, slot));
        user.awaitScript("return document.getElementById('nick') !== null", "the page's join form");
        return user;
    }

    /** Types {@code text} into the field with id {@code field}, a character at a time as a person would. */
    public void typeInto(String field, String text, Runnable betweenKeys) {
        WebElement box = driver.findElement(By.id(field));
        for (int i = 0; i < text.length(); i++) {
            box.sendKeys(String.valueOf(text.charAt(i)));
            betweenKeys.run();
        }
    }

    /** Presses Join and waits until the page says it is online. */
    public void join() throws StepFailedException {
        driver.findElement(By.id("join")).click();
        awaitScript("return document.body.dataset.state === 'online'", nick + "'s page to be online");
    }

    /** Types {@code text} into the composer and sends it with Enter. */
    public void send(String text) {
        WebElement input = driver.findElement(By.id("message"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    /** The texts of the bubbles in {@code messages} (lines the server delivered; a pending one is not there yet), in order. */
    @SuppressWarnings("unchecked")
    public List<String> texts() {
        return List.copyOf((List<String>) driver.executeScript(TEXTS));
    }

    /** Waits until a bubble shows exactly {@code text}. */
    public void awaitText(String text) throws StepFailedException {
        Await.until(() -> texts().contains(text), "'" + text + "' on " + nick + "'s page");
    }

    /** How many bubbles show exactly {@code text}. */
    public long count(String text) {
        return texts().stream().filter(text::equals).count();
    }

    /** Presses Leave (the page says bye) and waits until it is offline. */
    public void leave() throws StepFailedException {
        driver.findElement(By.id("leave")).click();
        awaitScript("return document.body.dataset.state === 'closed'", nick + "'s page to leave");
    }

    private void awaitScript(String script, String what) throws StepFailedException {
        Await.until(() -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script)), what);
    }

    private static long scaled(int screenPixels) {
        return Math.round(screenPixels / SCALE);
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /** Quits the browser and removes the tag. */
    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            System.err.println("demo: closing " + nick + "'s browser failed: " + firstLine(e));
        }
        tag.close();
    }
}
