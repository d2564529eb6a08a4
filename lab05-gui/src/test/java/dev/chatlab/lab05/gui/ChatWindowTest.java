package dev.chatlab.lab05.gui;

import static dev.chatlab.lab05.testing.DesktopClient.await;
import static dev.chatlab.lab05.testing.DesktopClient.awaitRow;
import static dev.chatlab.lab05.testing.DesktopClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.connect.ConnectPrefs;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.testing.ChatServer;
import dev.chatlab.lab05.testing.DesktopClient;
import dev.chatlab.lab05.testing.GuiExtension;
import dev.chatlab.lab05.testing.ScriptedClient;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The main window against a real lab04 server: users, messages, pending and delivered, whispers, keys. */
@ExtendWith(GuiExtension.class)
class ChatWindowTest {

    @TempDir
    Path home;

    private ChatServer server;
    private DesktopClient desktop;

    @BeforeEach
    void start() throws Exception {
        server = new ChatServer(home, Map.of());
        desktop = new DesktopClient(Language.EN, ClientSettings.contract(new SecureRandom()), blank());
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
        server.close();
    }

    static ConnectForm blank() {
        return new ConnectForm("", "", "", "", "");
    }

    @Test
    void connecting_shows_the_users_their_count_the_tls_status_and_remembers_the_dialog() throws Exception {
        try (ScriptedClient bob = new ScriptedClient(server.ca(), server.port(), "bob")) {
            FrameFixture window = desktop.connect(server.port(), "ana", server.ca());

            await("both users listed", () -> List.of(window.list("users").contents()).size() == 2);
            assertThat(window.list("users").contents()).containsExactly("ana  (you)", "bob");
            window.label("userCount").requireText("2 online");
            await("online", () -> window.label("status").text().equals("Connected as ana \u00b7 TLSv1.3"));
            assertThat(GuiActionRunner.execute(() -> window.label("status").target().getToolTipText()))
                    .matches("Server certificate SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}");
            ConnectForm remembered = new ConnectPrefs(desktop.prefs).form(blank());
            assertThat(remembered).isEqualTo(new ConnectForm("localhost", Integer.toString(server.port()), "ana", "",
                    server.ca().toString()));
        }
    }

    @Test
    void messages_of_another_client_and_its_join_and_leave_show_up() throws Exception {
        FrameFixture window = desktop.connect(server.port(), "ana", server.ca());
        try (ScriptedClient bob = new ScriptedClient(server.ca(), server.port(), "bob")) {
            awaitRow(window, "* bob joined");
            bob.say("hi ana\nsecond line");
            awaitRow(window, "<bob> hi ana\n  second line");
            assertThat(window.list("users").contents()).containsExactly("ana  (you)", "bob");
        }
        awaitRow(window, "* bob left (bye)");
        assertThat(window.list("users").contents()).containsExactly("ana  (you)");
        window.label("userCount").requireText("1 online");
    }

    @Test
    void whispers_go_both_ways_and_a_double_click_on_a_user_starts_one() throws Exception {
        try (ScriptedClient bob = new ScriptedClient(server.ca(), server.port(), "bob")) {
            FrameFixture window = desktop.connect(server.port(), "ana", server.ca());
            await("bob listed", () -> window.list("users").contents().length == 2);

            window.list("users").item("bob").doubleClick();
            window.textBox("input").requireText("/msg bob ");
            GuiActionRunner.execute(() -> window.textBox("input").target().setText("/msg bob psst"));
            window.button("send").click();

            awaitRow(window, "-> *bob* psst");
            assertThat(((ServerFrame.Whisper) bob.await(ServerFrame.Whisper.class::isInstance, Duration.ofSeconds(10))).text())
                    .isEqualTo("psst");
            bob.whisper("ana", "back to you");
            awaitRow(window, "*bob* back to you");
            assertThat(rows(window)).doesNotContain("<bob> back to you");
        }
    }

    @Test
    void enter_sends_shift_enter_adds_a_line_and_up_recalls_the_last_message() {
        FrameFixture window = desktop.connect(server.port(), "ana", server.ca());
        window.textBox("input").enterText("one");
        desktop.robot.pressKey(KeyEvent.VK_SHIFT);
        desktop.robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        desktop.robot.releaseKey(KeyEvent.VK_SHIFT);
        window.textBox("input").enterText("two");
        window.textBox("input").requireText("one\ntwo");
        window.textBox("input").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitRow(window, "<ana> one\n  two");
        window.textBox("input").requireText("");
        window.textBox("input").pressAndReleaseKeys(KeyEvent.VK_UP);
        window.textBox("input").requireText("one\ntwo");
    }

    @Test
    void a_msg_without_a_text_shows_the_usage_and_sends_nothing() {
        FrameFixture window = desktop.connect(server.port(), "ana", server.ca());
        GuiActionRunner.execute(() -> window.textBox("input").target().setText("/msg bob"));
        window.button("send").click();
        awaitRow(window, "usage: /msg NICK TEXT");
    }
}
