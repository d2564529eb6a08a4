package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.CutMode;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in a real browser (the machine's headless Chromium), through the gateway, the kit's relay and a
 * lab04 server, next to a console-style client. One browser for the class; each test opens its own tabs
 * with nicks of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WebPageBrowserTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final Duration WAIT = ChatPage.WAIT;

    private Path home;
    private LocalChatServer server;
    private Relay relay;
    private WebGateway gateway;
    private ChromeDriver browser;
    private String url;

    @BeforeAll
    void start() throws Exception {
        Chromium.assumeInstalled();
        home = Files.createTempDirectory("lab05-web");
        server = new LocalChatServer(home.resolve("chatlab"), LocalChatServer.contract());
        relay = Relay.start(RelayConfig.to(server.port()), QUIET); // between the gateway and the server
        gateway = WebGateway.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                server.gatewaySettings(relay.port(), 20, 1 << 20), List.of(), QUIET);
        url = "http://127.0.0.1:" + gateway.port() + "/";
        browser = Chromium.start(home.resolve("profile"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (server != null) {
            server.close();
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void two_pages_and_a_console_client_chat_in_one_room_and_a_click_on_a_user_whispers() throws Exception {
        ChatPage ana = ChatPage.open(browser, url).join("ana");
        ChatPage bob = ChatPage.open(browser, url).join("bob");
        try (ConsoleUser carla = new ConsoleUser(server.connector(server.port()), "carla")) {
            ana.waitForSystemLine("carla joined");

            ana.type("hello from a browser");
            bob.waitForBubble("hello from a browser", "");
            carla.await(lines -> lines.contains("<ana> hello from a browser"), WAIT);

            carla.say("hola from a console");
            ana.waitForBubble("hola from a console", "");
            bob.waitForBubble("hola from a console", "");

            bob.driver().findElement(By.cssSelector("#users li[data-nick='ana'] button")).click();
            assertThat(bob.driver().findElement(By.id("message")).getDomProperty("value")).isEqualTo("/msg ana ");
            bob.type("psst, only you");
            ana.waitForBubble("psst, only you", "");
            assertThat(ana.driver().findElement(By.cssSelector("li.whisper .nick")).getText()).isEqualTo("bob");
            assertThat(ana.driver().findElement(By.cssSelector("li.whisper .whisper-label")).getText())
                    .isEqualTo("whispers to you");
            bob.waitForBubble("psst, only you", "delivered");
            carla.say("after the whisper");
            carla.await(lines -> lines.contains("<carla> after the whisper"), WAIT);
            assertThat(carla.shown()).noneMatch(line -> line.contains("psst"));
        } finally {
            ana.close();
            bob.close();
        }
    }

    @Test
    void a_line_shows_pending_until_its_ack_and_then_delivered() {
        ChatPage dana = ChatPage.open(browser, url).join("dana");
        try {
            dana.script("""
                    window.statuses = [];
                    new MutationObserver((records) => records.forEach((record) => {
                      const nodes = record.type === 'childList' ? [...record.addedNodes] : [record.target];
                      nodes.filter((n) => n.dataset && n.dataset.status)
                           .forEach((n) => window.statuses.push(n.dataset.status));
                    })).observe(document.getElementById('chat-view'),
                                {subtree: true, childList: true, attributes: true, attributeFilter: ['data-status']});
                    """);
            dana.type("is it there yet?");
            dana.waitForBubble("is it there yet?", "delivered");
            @SuppressWarnings("unchecked")
            List<String> statuses = (List<String>) dana.script("return window.statuses");
            assertThat(statuses).first().isEqualTo("pending");
            assertThat(statuses).last().isEqualTo("delivered");
            assertThat(dana.driver().findElement(By.cssSelector("#messages li.mine .state")).getDomProperty("textContent"))
                    .isEqualTo("\u2713delivered"); // a tick, and the word for screen readers
        } finally {
            dana.close();
        }
    }

    @Test
    void when_the_relay_cuts_the_upstream_the_page_reconnects_resumes_and_loses_nothing() throws Exception {
        ChatPage erin = ChatPage.open(browser, url).join("erin");
        try (ConsoleUser fede = new ConsoleUser(server.connector(server.port()), "fede")) {
            erin.waitForSystemLine("fede joined");
            fede.say("before the cut");
            erin.waitForBubble("before the cut", "");

            relay.faults().refuse(Duration.ofMinutes(1)); // the server looks down to the gateway...
            relay.faults().cutAll(CutMode.RESET);         // ...and the open connection is gone
            erin.waitForState("reconnecting");
            erin.type("typed while offline");
            erin.waitForBubble("typed while offline", "queued");
            fede.say("missed 1");
            fede.say("missed 2");
            fede.say("missed 3");
            fede.await(lines -> lines.contains("<fede> missed 3"), WAIT);

            relay.faults().refuse(Duration.ZERO); // back: the next attempt resumes
            erin.waitForSystemLine("Reconnected (resumed; 3 missed messages)");
            erin.waitForBubble("typed while offline", "delivered");
            fede.say("after the cut");
            erin.waitForBubble("after the cut", "");
            fede.await(lines -> lines.contains("<fede> after the cut"), WAIT);

            assertThat(erin.shownTexts()).containsExactly("before the cut", "missed 1", "missed 2", "missed 3",
                    "typed while offline", "after the cut");
            assertThat(erin.shownIds()).doesNotHaveDuplicates().allMatch(id -> id != null && !id.isEmpty());
            assertThat(fede.shown()).containsOnlyOnce("<erin> typed while offline");
        } finally {
            relay.faults().refuse(Duration.ZERO);
            erin.close();
        }
    }

    @Test
    void the_page_speaks_english_or_spanish_and_a_refused_nick_is_explained_on_the_form() {
        ChatPage page = ChatPage.open(browser, url);
        try {
            assertThat(page.driver().findElement(By.id("join")).getText()).isEqualTo("Join");
            page.driver().findElement(By.id("lang")).click();
            assertThat(page.driver().findElement(By.id("join")).getText()).isEqualTo("Entrar");
            assertThat(page.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            assertThat(page.driver().findElement(By.cssSelector("label[for='nick']")).getText()).isEqualTo("Apodo");

            page.driver().findElement(By.id("nick")).sendKeys("bad nick!");
            page.driver().findElement(By.id("join")).click();
            assertThat(page.until(By.id("join-error")).getText()).isEqualTo("De 1 a 16 letras, dígitos, _ o -");
            page.driver().findElement(By.id("lang")).click();
            assertThat(page.driver().findElement(By.id("join")).getText()).isEqualTo("Join");
        } finally {
            page.close();
        }
    }
}
