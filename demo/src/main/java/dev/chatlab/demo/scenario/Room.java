package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.ConsoleUser;
import dev.chatlab.demo.cast.Credentials;
import dev.chatlab.demo.cast.DesktopUser;
import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.screen.ScreenLayout;
import java.awt.Rectangle;

/**
 * The room every scenario after the first plays in: ana at a desktop client connected straight to the
 * server, bob at a desktop client and carla at the console client, both through the relay (so that the
 * network between them and the server can fail). It is assembled once, on screen, by the first scenario
 * that needs it.
 */
final class Room {

    private Room() {
    }

    /** The room, assembled now (with captions) if nobody has joined yet. */
    static Stage.Cast assemble(Stage stage, Show show) throws StepFailedException {
        if (stage.cast().isPresent()) {
            return stage.cast().get();
        }
        show.caption("ana opens the desktop client (lab05) and logs in to the lab04 server over TLS 1.3", 1);
        DesktopUser ana = login(stage, show, "ana", stage.serverPort(), ScreenLayout.LEFT,
                "ana — lab05 desktop client, straight to the server");
        show.caption("bob logs in too, through the relay: the network that later scenarios break", 1);
        DesktopUser bob = login(stage, show, "bob", stage.relay().port(), ScreenLayout.MIDDLE,
                "bob — lab05 desktop client, through the relay");
        ana.awaitRow("* bob joined");
        show.caption("carla joins from lab04's console client, also through the relay", 0.5);
        ConsoleUser carla = stage.closeLast(ConsoleUser.start("carla", "through the relay", stage.relay().port(),
                stage.credentials().kit().caCertificate(), stage.credentials().passwordFile("carla"), stage.home(),
                ScreenLayout.RIGHT_TOP));
        carla.awaitLine("* connected as carla (3 users: ana, bob, carla)");
        ana.awaitRow("* carla joined");
        bob.awaitRow("* carla joined");
        Stage.Cast cast = new Stage.Cast(ana, bob, carla);
        stage.cast(cast);
        show.verified("three clients, one room: each one's welcome and joined lines say so");
        return cast;
    }

    /** Opens a desktop client, types the nick and password into its dialog, connects, places the window. */
    static DesktopUser login(Stage stage, Show show, String nick, int port, Rectangle bounds, String who)
            throws StepFailedException {
        DesktopUser user = DesktopUser.open(nick, port, stage.credentials().kit().caCertificate().toString(), stage.prefs(), bounds);
        user.typeInto("nick", nick, show.keystroke());
        user.typeInto("password", Credentials.password(nick), show.keystroke());
        show.hold(0.5);
        user.pressConnect();
        user.awaitOnline(bounds, who);
        user.awaitStatus("Connected as " + nick);
        return user;
    }
}
