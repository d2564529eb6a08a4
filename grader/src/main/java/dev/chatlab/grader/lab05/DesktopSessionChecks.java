package dev.chatlab.grader.lab05;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades the desktop client's session against a lab04 server played by the grader: it connects through its
 * dialog and lists the welcome's users, keeps that list current, and speaks Spanish when asked to.
 */
@GradingSuite
public class DesktopSessionChecks {

    @Check(points = 10, see = DesktopClient.CONNECT_SEE, hint = DesktopClient.CONNECT_HINT, timeoutSeconds = 90)
    @Order(1)
    void connects_through_its_dialog_and_lists_the_users_of_the_welcome(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<String> users = Samples.sortedIgnoringCase(Arrays.asList(nicks));
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer(); Lab04Script script = client.connect(server, nicks[0], users)) {
            client.awaitUsers(users);
            client.awaitStatus("Connected as " + nicks[0]);
        }
    }

    @Check(points = 8, see = "lab05.md#mvc-as-swing-does-it", timeoutSeconds = 90,
            hint = "Keep `users` as chat/1 does: replaced by welcome, resumed and users, a joined nick inserted in"
                    + " order ignoring case, a left nick removed, all on the EDT.")
    @Order(2)
    void keeps_the_user_list_current_as_users_join_and_leave(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 4);
        List<String> users = new ArrayList<>(Samples.sortedIgnoringCase(List.of(nicks[0], nicks[1])));
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer(); Lab04Script script = client.online(server, nicks[0], users)) {
            client.awaitUsers(users);
            script.joined(nicks[2]);
            users.add(nicks[2]);
            client.awaitUsers(Samples.sortedIgnoringCase(users));
            script.joined(Samples.swapCase(nicks[3]));
            users.add(Samples.swapCase(nicks[3]));
            client.awaitUsers(Samples.sortedIgnoringCase(users));
            script.left(nicks[1], "bye");
            users.remove(nicks[1]);
            client.awaitUsers(Samples.sortedIgnoringCase(users));
        }
    }

    @Check(points = 6, see = "lab05.md#internationalisation", timeoutSeconds = 90,
            hint = "Take every text from the resource bundle of the --lang language: with --lang es the dialog's"
                    + " button says \"Conectar\", the send button \"Enviar\", and the status \"Conectado como NICK\".")
    @Order(3)
    void shows_its_texts_in_Spanish_with_lang_es(Harness harness) throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        DesktopClient client = DesktopClient.start(harness, "es");
        GuiSession gui = client.gui();
        gui.await("wait-window", "connect-dialog", DesktopClient.SHOWN, "");
        Expect.equal("the text of the dialog's button `connect`", "Conectar", gui.step("text connect"));
        try (FakeServer server = harness.fakeServer(); Lab04Script script = client.online(server, nick, List.of(nick))) {
            client.awaitStatus("^Conectado como " + nick);
            Expect.equal("the text of the button `send`", "Enviar", gui.step("text send"));
        }
    }
}
