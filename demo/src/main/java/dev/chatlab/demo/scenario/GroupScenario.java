package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.BrowserUser;
import dev.chatlab.demo.cast.Credentials;
import dev.chatlab.demo.cast.PageGateway;
import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.screen.ScreenLayout;
import java.util.List;
import java.util.Optional;

/**
 * {@code group}: three people join one room from two kinds of client, a fourth from a browser page through
 * lab05's gateway, and they talk; everyone sees every line, once. Without Chromium and chromedriver the page
 * is left out, and the caption (and stderr) says so and why.
 */
record GroupScenario() implements Scenario {

    @Override
    public String name() {
        return "group";
    }

    @Override
    public String title() {
        return "Connecting and chatting in a group";
    }

    @Override
    public String summary() {
        return "two desktop windows, a console client and a browser page join over TLS 1.3 and chat; every message reaches everyone, once";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        Stage.Cast room = Room.assemble(stage, show);
        try (PageGateway gateway = openGateway(stage, show);
             BrowserUser erin = gateway == null ? null : joinPage(stage, show, gateway, room)) {
            Optional<BrowserUser> page = Optional.ofNullable(erin);
            show.caption("ana says hello from her window", 0.5);
            String hello = "Hi all! Is everyone here for the lab?";
            room.ana().send(hello);
            expectEverywhere(room, page, "ana", hello);
            show.hold(1.5);
            show.caption("carla answers from the console", 0.5);
            String answer = "Here, from the console client!";
            room.carla().type(answer);
            expectEverywhere(room, page, "carla", answer);
            show.hold(1.5);
            show.caption("bob writes a message of two lines (Shift+Enter in the window)", 0.5);
            String twoLines = "Here too.\nSame server, same room, different clients.";
            room.bob().send(twoLines);
            room.ana().awaitRow("<bob> " + twoLines.replace("\n", "\n  "));
            room.carla().awaitLine("  Same server, same room, different clients.");
            if (erin != null) {
                erin.awaitText(twoLines);
                show.caption("erin says something from the browser page", 0.5);
                String fromPage = "And one from a browser tab, through the gateway.";
                erin.send(fromPage);
                expectEverywhere(room, page, "erin", fromPage);
                show.check(erin.count(fromPage) == 1 && room.ana().count("<erin> " + fromPage) == 1
                        && room.bob().count("<erin> " + fromPage) == 1 && room.carla().count("<erin> " + fromPage) == 1,
                        "erin's message was not shown exactly once by every client");
                show.check(List.of(hello, answer, twoLines).stream().allMatch(text -> erin.count(text) == 1),
                        "erin's page did not show every message exactly once: " + erin.texts());
            }
            show.check(room.ana().count("<ana> " + hello) == 1 && room.bob().count("<ana> " + hello) == 1
                    && room.carla().count("<ana> " + hello) == 1, "ana's hello was not shown exactly once by every client");
            show.verified(erin == null ? "every message reached all three clients, each exactly once"
                    : "every message reached all four clients, the browser page too, each exactly once");
            if (erin != null) {
                erin.leave();
                room.ana().awaitRow("* erin left (bye)");
            }
        }
    }

    /** The gateway for the page, or null (said in the caption and on stderr) when there can be no browser. */
    private static PageGateway openGateway(Stage stage, Show show) throws StepFailedException {
        Optional<String> missing = BrowserUser.unavailable();
        if (missing.isPresent()) {
            show.caption("no browser page this time: " + missing.get(), 2);
            return null;
        }
        return PageGateway.start(stage.serverPort(), stage.credentials().kit().caCertificate(), stage.home());
    }

    /** erin opens the gateway's page in Chromium, fills the join form and waits until everyone sees her join. */
    private static BrowserUser joinPage(Stage stage, Show show, PageGateway gateway, Stage.Cast room)
            throws StepFailedException {
        show.caption("erin opens the browser page: lab05's web gateway speaks chat/1 to the server over TLS for her", 0.5);
        BrowserUser erin = BrowserUser.open("erin", gateway.url(), stage.display(), stage.home().resolve("chromium"),
                ScreenLayout.RIGHT_BOTTOM, "erin — browser page, via lab05's web gateway");
        try {
            erin.typeInto("nick", "erin", show.keystroke());
            erin.typeInto("password", Credentials.password("erin"), show.keystroke());
            show.hold(0.5);
            erin.join();
            room.ana().awaitRow("* erin joined");
            room.bob().awaitRow("* erin joined");
            room.carla().awaitLine("* erin joined");
            return erin;
        } catch (StepFailedException | RuntimeException e) {
            erin.close();
            throw e;
        }
    }

    /** Waits until every client in the room shows {@code text} from {@code from}. */
    static void expectEverywhere(Stage.Cast room, Optional<BrowserUser> page, String from, String text)
            throws StepFailedException {
        room.ana().awaitRow("<" + from + "> " + text);
        room.bob().awaitRow("<" + from + "> " + text);
        room.carla().awaitLine("<" + from + "> " + text);
        if (page.isPresent()) {
            page.get().awaitText(text);
        }
    }
}
