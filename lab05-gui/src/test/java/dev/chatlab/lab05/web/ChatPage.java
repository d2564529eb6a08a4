package dev.chatlab.lab05.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One chat page in a tab of a shared browser: every method first brings its tab to the front. Waits are
 * bounded ({@link #WAIT}); nothing sleeps.
 */
final class ChatPage {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String tab;

    private ChatPage(WebDriver driver, String tab) {
        this.driver = driver;
        this.tab = tab;
    }

    /** Opens {@code url} in a new tab, in English. */
    static ChatPage open(WebDriver driver, String url) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.navigate().refresh();
        return new ChatPage(driver, driver.getWindowHandle());
    }

    WebDriver driver() {
        front();
        return driver;
    }

    private void front() {
        if (!tab.equals(driver.getWindowHandle())) {
            driver.switchTo().window(tab);
        }
    }

    /** Joins as {@code nick} and waits to be online. */
    ChatPage join(String nick) {
        front();
        driver.findElement(By.id("nick")).sendKeys(nick);
        driver.findElement(By.id("nick")).sendKeys(Keys.ENTER); // the keyboard alone: Enter submits the form
        waitForState("online");
        return this;
    }

    /** Types {@code line} in the composer and sends it with Enter. */
    void type(String line) {
        front();
        WebElement input = driver.findElement(By.id("message"));
        input.sendKeys(line);
        input.sendKeys(Keys.ENTER);
    }

    void waitForState(String state) {
        front();
        until(By.cssSelector("body[data-state='" + state + "']"));
    }

    /** Waits for a message or whisper bubble with {@code text} whose status is {@code status} ("" for any). */
    WebElement waitForBubble(String text, String status) {
        front();
        String xpath = "//li[contains(@class,'bubble')][p[@class='text' and .='" + text + "']]"
                + (status.isEmpty() ? "" : "[@data-status='" + status + "']");
        return until(By.xpath(xpath));
    }

    /** Waits for a line of the page itself (joined, reconnected...) that contains {@code text}. */
    WebElement waitForSystemLine(String text) {
        front();
        return until(By.xpath("//li[contains(@class,'system') and contains(., '" + text + "')]"));
    }

    WebElement until(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The texts of the delivered bubbles, in the order shown. */
    List<String> shownTexts() {
        front();
        return driver.findElements(By.cssSelector("#messages li.bubble p.text")).stream().map(WebElement::getText).toList();
    }

    /** The ids of the delivered bubbles, in the order shown. */
    List<String> shownIds() {
        front();
        return driver.findElements(By.cssSelector("#messages li.bubble")).stream()
                .map(li -> li.getDomAttribute("data-id")).toList();
    }

    Object script(String script, Object... args) {
        front();
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Closes the tab and goes back to one still open (the browser's first tab is never closed). */
    void close() {
        front();
        driver.close();
        driver.switchTo().window(driver.getWindowHandles().iterator().next());
    }
}
