package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Await;
import dev.chatlab.demo.cast.ChatServer;
import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.cast.WirePeer;
import dev.chatlab.demo.screen.ScreenLayout;
import dev.chatlab.demo.screen.TerminalWindow;
import dev.chatlab.lab02.protocol.ClientFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code slow}: sloth joins and then never reads again, while a feed sends it long whispers; the server's
 * queue for sloth fills up and the server drops it as {@code left (slow)}. All the while the room talks on
 * without delay: one client that stops reading never stalls the others.
 */
record SlowScenario() implements Scenario {

    /** 2,000 code points of 3 UTF-8 bytes each: about 6 KB a whisper. */
    private static final String BLOCK = "\u2588".repeat(2000);
    private static final int MAX_WHISPERS = 400;

    @Override
    public String name() {
        return "slow";
    }

    @Override
    public String title() {
        return "A client that stops reading";
    }

    @Override
    public String summary() {
        return "sloth stops reading while a feed floods it; the server drops it as 'left (slow)' and the room never stalls";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        Stage.Cast room = Room.assemble(stage, show);
        Path ca = stage.credentials().kit().caCertificate();
        TerminalWindow screen = TerminalWindow.open("sloth and feed — chat/1 over TLS, no screen", ScreenLayout.RIGHT_BOTTOM);
        AtomicBoolean done = new AtomicBoolean();
        try (WirePeer sloth = WirePeer.join("sloth", stage.serverPort(), ca);
             WirePeer feed = WirePeer.join("feed", stage.serverPort(), ca)) {
            room.ana().awaitRow("* feed joined");
            screen.print(sloth.nick() + ": welcome read. From now on it reads NOTHING.");
            feed.keepReading();
            show.caption("sloth joins and stops reading; feed whispers 6 KB texts to sloth, 10 a second", 1);
            screen.print("feed: whispering " + BLOCK.length() + " characters to sloth, 10 per second");
            screen.print("server: holds at most " + ChatServer.MAX_QUEUE_BYTES / 1024 + " KiB for a client (--max-queue-bytes)");
            Thread.ofPlatform().daemon().name("feed").start(() -> flood(feed, screen, done));
            show.caption("meanwhile ana asks the room something: does anyone wait for sloth?", 0.5);
            String question = "Is the room still quick while sloth sleeps?";
            long asked = System.nanoTime();
            room.ana().send(question);
            room.bob().awaitRow("<ana> " + question);
            room.carla().awaitLine("<ana> " + question);
            long millis = (System.nanoTime() - asked) / 1_000_000;
            show.check(millis < 2_000, "ana's message took " + millis + " ms to reach bob and carla while sloth stalled");
            room.carla().type("Instantly (" + millis + " ms from ana's Send to my screen).");
            room.ana().awaitRow("* sloth left (slow)");
            room.carla().awaitLine("* sloth left (slow)");
            done.set(true);
            screen.print("server: sloth's queue overflowed: dropped as slow");
            show.caption("the server found sloth's queue full and dropped it: everyone sees 'sloth left (slow)'", 1);
            show.verified("sloth dropped as slow; the room's messages arrived in " + millis + " ms meanwhile");
        } finally {
            done.set(true);
            screen.close();
        }
    }

    /** Whispers to sloth at about 10 a second (the server's rate limit) until {@code done} or the cap. */
    private static void flood(WirePeer feed, TerminalWindow screen, AtomicBoolean done) {
        try {
            for (int sent = 1; sent <= MAX_WHISPERS && !done.get(); sent++) {
                feed.send(new ClientFrame.Whisper("sloth", BLOCK));
                if (sent % 10 == 0) {
                    screen.print("feed: " + sent + " whispers sent (" + sent * BLOCK.length() * 3 / 1024 + " KiB)");
                }
                Await.pause(java.time.Duration.ofMillis(100)); // the feed's rate, not a wait for anything
            }
        } catch (IOException | StepFailedException e) {
            screen.print("feed: stopped: " + e.getMessage());
        }
    }
}
