package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Await;
import dev.chatlab.demo.cast.ConsoleUser;
import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.screen.ScreenLayout;
import dev.chatlab.demo.screen.TerminalWindow;
import dev.chatlab.demo.screen.WireDump;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.link.RelayLink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code eavesdrop}: the relay records every byte of dave's connection, as anyone on the path could; beside
 * the plaintext that dave and ana read, the capture holds TLS records whose payload is ciphertext only.
 */
record EavesdropScenario() implements Scenario {

    @Override
    public String name() {
        return "eavesdrop";
    }

    @Override
    public String title() {
        return "An eavesdropper on the wire";
    }

    @Override
    public String summary() {
        return "the relay captures dave's connection: beside the plaintext chat, the wire holds only TLS ciphertext";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        Stage.Cast room = Room.assemble(stage, show);
        int newest = stage.relay().links().open().stream().mapToInt(RelayLink::id).max().orElse(0);
        show.caption("dave joins from the console through the relay, which records every byte it forwards", 0.5);
        try (ConsoleUser dave = ConsoleUser.start("dave", "through the relay", stage.relay().port(), stage.credentials().kit().caCertificate(),
                stage.credentials().passwordFile("dave"), stage.home(), ScreenLayout.RIGHT_BOTTOM)) {
            dave.awaitPrefix("* connected as dave", Await.STEP);
            String secret = "The exam room code is 4711";
            dave.type(secret);
            room.ana().awaitRow("<dave> " + secret);
            show.caption("dave's text, in plain words on both screens. Now the bytes the relay saw:", 1.5);
            RelayLink link = stage.relay().links().open().stream().filter(l -> l.id() > newest)
                    .max(Comparator.comparingInt(RelayLink::id))
                    .orElseThrow(() -> new StepFailedException("the relay has no link for dave"));
            byte[] up = link.capture(Direction.UP);
            byte[] down = link.capture(Direction.DOWN);
            TerminalWindow wire = TerminalWindow.open("eavesdropper — relay capture of link " + link.id(), ScreenLayout.MIDDLE, 12);
            byte[] plain = "4711".getBytes(StandardCharsets.UTF_8);
            boolean found = WireDump.contains(up, plain) || WireDump.contains(down, plain)
                    || WireDump.contains(up, "exam".getBytes(StandardCharsets.UTF_8));
            wire.show(String.join("\n", view(link.id(), up, down, found)));
            List<WireDump.TlsRecord> records = WireDump.records(up);
            show.check(!records.isEmpty() && records.getFirst().type() == 22,
                    "the capture of dave's connection does not start with a TLS handshake record");
            show.check(records.stream().anyMatch(r -> r.type() == 23), "the capture holds no application data record");
            show.check(!found, "the capture holds dave's words in plain text");
            show.hold(3);
            show.verified("the capture (" + up.length + " + " + down.length + " bytes) never contains 'exam' or '4711': TLS hid it");
            show.hold(2);
            wire.close();
            dave.type("/quit");
            dave.awaitExit();
        }
    }

    /** What the eavesdropper's window shows: the records client to server, then the last one's bytes. */
    private static List<String> view(int link, byte[] up, byte[] down, boolean found) {
        List<String> lines = new ArrayList<>();
        lines.add("link " + link + ": " + up.length + " bytes dave -> server, " + down.length + " bytes server -> dave");
        lines.add("");
        lines.add("TLS records, dave -> server (headers are in the clear):");
        List<WireDump.TlsRecord> records = WireDump.records(up);
        for (WireDump.TlsRecord record : records) {
            lines.add(String.format("  @%05x  %-18s %5d bytes", record.offset(), record.typeName(), record.length()));
        }
        lines.add("");
        WireDump.TlsRecord last = records.isEmpty() ? new WireDump.TlsRecord(0, 0, up.length) : records.getLast();
        lines.add("the last record (dave's line), byte by byte:");
        lines.addAll(WireDump.hex(up, last.offset(), 5 + last.length(), 12));
        lines.add("");
        lines.add("search for \"exam\" and \"4711\" in the capture: " + (found ? "FOUND" : "not found"));
        return lines;
    }
}
