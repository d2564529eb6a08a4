package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of the page with a conversation: {@code web-page.png} (a laptop window) and
 * {@code web-phone.png} (a phone-sized one), in {@code target/screenshots}, and also in the folder that
 * {@code -Dchatlab.screenshots.dir} names (the docs' images:
 * {@code mvn -pl lab05-gui -am verify -Dtest=WebScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dchatlab.screenshots.dir=$PWD/docs/images}).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WebScreenshotTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path home;

    @Test
    void the_page_with_a_conversation_is_captured_at_laptop_and_phone_sizes() throws Exception {
        Chromium.assumeInstalled();
        try (LocalChatServer server = new LocalChatServer(home.resolve("chatlab"), LocalChatServer.contract())) {
            WebGateway gateway = WebGateway.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    server.gatewaySettings(server.port(), 10, 1 << 20), List.of(), QUIET);
            ChromeDriver browser = Chromium.start(home.resolve("profile"));
            try (gateway; ConsoleUser lucia = new ConsoleUser(server.connector(server.port()), "lucia")) {
                String url = "http://127.0.0.1:" + gateway.port() + "/";
                ChatPage maria = ChatPage.open(browser, url).join("maria");
                ChatPage tomas = ChatPage.open(browser, url).join("tomas");
                conversation(maria, tomas, lucia);

                browser.manage().window().setSize(new Dimension(1200, 860));
                maria.driver(); save(browser.getScreenshotAs(OutputType.BYTES), "web-page.png", 1000);
                browser.manage().window().setSize(new Dimension(390, 844));
                maria.script("document.getElementById('scroller').scrollTop = 1e6");
                maria.driver(); save(browser.getScreenshotAs(OutputType.BYTES), "web-phone.png", 300);
            } finally {
                browser.quit();
            }
        }
    }

    private static void conversation(ChatPage maria, ChatPage tomas, ConsoleUser lucia) throws Exception {
        lucia.say("Hi all! Is the lab04 server up for everyone?");
        maria.waitForBubble("Hi all! Is the lab04 server up for everyone?", "");
        tomas.type("Yes, from the browser page.");
        maria.waitForBubble("Yes, from the browser page.", "");
        maria.type("Same here: chat/1 frames over a WebSocket, through the gateway.");
        maria.waitForBubble("Same here: chat/1 frames over a WebSocket, through the gateway.", "delivered");
        lucia.whisper("maria", "Can you share your backoff plot after class?");
        maria.waitForBubble("Can you share your backoff plot after class?", "");
        maria.type("/msg lucia Sure, I will send it tonight");
        maria.waitForBubble("Sure, I will send it tonight", "delivered");
        tomas.driver().findElement(org.openqa.selenium.By.id("message"))
                .sendKeys("Cut the relay and watch:", Keys.chord(Keys.SHIFT, Keys.ENTER), "it resumes, nothing lost");
        tomas.type("");
        maria.waitForBubble("Cut the relay and watch:\nit resumes, nothing lost", "");
        maria.type("Nice! \u00a1Hasta ma\u00f1ana!");
        maria.waitForBubble("Nice! \u00a1Hasta ma\u00f1ana!", "delivered");
    }

    private static void save(byte[] png, String name, int minWidth) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as(name + " width").isGreaterThanOrEqualTo(minWidth);
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), png);
        String docs = System.getProperty("chatlab.screenshots.dir");
        if (docs != null) {
            Files.write(Path.of(docs).resolve(name), png);
        }
    }
}
