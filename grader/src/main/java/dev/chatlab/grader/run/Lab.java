package dev.chatlab.grader.run;

import dev.chatlab.grader.lab01.EchoClientChecks;
import dev.chatlab.grader.lab01.EchoProcessChecks;
import dev.chatlab.grader.lab01.EchoServerChecks;
import dev.chatlab.grader.lab02.ChatClientChecks;
import dev.chatlab.grader.lab02.ChatProcessChecks;
import dev.chatlab.grader.lab02.ChatServerChecks;
import dev.chatlab.grader.lab02.ChatServerConcurrencyChecks;
import dev.chatlab.grader.lab02.ChatServerFramingChecks;
import dev.chatlab.grader.lab02.ChatServerValidationChecks;
import dev.chatlab.grader.lab03.AbuseLimitChecks;
import dev.chatlab.grader.lab03.AccountChecks;
import dev.chatlab.grader.lab03.SecureClientChecks;
import dev.chatlab.grader.lab03.SecureProcessChecks;
import dev.chatlab.grader.lab03.SecureTransportChecks;
import dev.chatlab.grader.lab04.AckChecks;
import dev.chatlab.grader.lab04.ChaosChecks;
import dev.chatlab.grader.lab04.ExpiryChecks;
import dev.chatlab.grader.lab04.HeartbeatChecks;
import dev.chatlab.grader.lab04.ReconnectClientChecks;
import dev.chatlab.grader.lab04.ReconnectProcessChecks;
import dev.chatlab.grader.lab04.ResumeChecks;
import dev.chatlab.grader.lab04.SessionChecks;
import dev.chatlab.grader.lab05.DesktopBurstChecks;
import dev.chatlab.grader.lab05.DesktopMessageChecks;
import dev.chatlab.grader.lab05.DesktopReconnectChecks;
import dev.chatlab.grader.lab05.DesktopRefusalChecks;
import dev.chatlab.grader.lab05.DesktopSessionChecks;
import dev.chatlab.grader.lab05.DesktopThreadChecks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The labs the grader knows, each declared in one place: its module, its handout, the transport its processes
 * speak, and the suites that grade it with how they share its 100 points. A later lab reuses an earlier lab's
 * suites by giving them a share: lab03 gives lab02's five suites 40 points together, run unchanged over TLS,
 * its own suites 55 (the abuse limits last, since their deadline checks wait 10 s and 30 s) and the process
 * contract 5.
 *
 * <p>lab04 reuses only the earlier suites whose every check holds for it by the contract. Of lab02's server
 * suites it leaves out {@code ChatServerChecks}, whose dropped-connection check expects left disconnect where
 * lab04 detaches the session and announces nothing, and {@code ChatServerFramingChecks}, whose unknown-type and
 * precedence checks send resume and pong, which lab04 knows. lab03's server suites all hold for it (its jar
 * has lab03's {@code certs} and {@code users} commands too).
 * lab04 grades its client against a lab04 server the grader plays, and the whole program through the kit's relay
 * in the chaos check. lab05, a desktop client only, is graded through a GUI driver in a JVM of its own against
 * the grader's scripted lab04 server.
 */
public enum Lab {

    LAB01(1, "lab01-echo", "lab01 echo", TransportKind.PLAIN,
            PointShare.of(80, EchoServerChecks.class, EchoClientChecks.class),
            PointShare.of(20, EchoProcessChecks.class)),
    LAB02(2, "lab02-multiclient", "lab02 multi-client chat", TransportKind.PLAIN,
            PointShare.of(95, ChatServerChecks.class, ChatServerValidationChecks.class,
                    ChatServerFramingChecks.class, ChatServerConcurrencyChecks.class, ChatClientChecks.class),
            PointShare.of(5, ChatProcessChecks.class)),
    LAB03(3, "lab03-secure", "lab03 secure chat", TransportKind.TLS,
            PointShare.of(40, ChatServerChecks.class, ChatServerValidationChecks.class,
                    ChatServerFramingChecks.class, ChatServerConcurrencyChecks.class, ChatClientChecks.class),
            PointShare.of(55, SecureTransportChecks.class, AccountChecks.class, SecureClientChecks.class,
                    AbuseLimitChecks.class),
            PointShare.of(5, SecureProcessChecks.class)),
    LAB04(4, "lab04-reconnect", "lab04 reconnecting chat", TransportKind.TLS,
            PointShare.of(10, ChatServerValidationChecks.class, ChatServerConcurrencyChecks.class),
            PointShare.of(15, SecureTransportChecks.class, AccountChecks.class, AbuseLimitChecks.class),
            PointShare.of(40, SessionChecks.class, AckChecks.class, ResumeChecks.class, ExpiryChecks.class,
                    HeartbeatChecks.class),
            PointShare.of(15, ReconnectClientChecks.class),
            PointShare.of(15, ChaosChecks.class),
            PointShare.of(5, ReconnectProcessChecks.class)),
    LAB05(5, "lab05-gui", "lab05 desktop client", TransportKind.TLS,
            PointShare.of(100, DesktopSessionChecks.class, DesktopMessageChecks.class, DesktopRefusalChecks.class,
                    DesktopReconnectChecks.class, DesktopThreadChecks.class, DesktopBurstChecks.class));

    private final int number;
    private final String module;
    private final String title;
    private final TransportKind transport;
    private final List<Class<?>> suites;
    private final PointsTable points;

    Lab(int number, String module, String title, TransportKind transport, PointShare... shares) {
        this.number = number;
        this.module = module;
        this.title = title;
        this.transport = transport;
        this.suites = Arrays.stream(shares).flatMap(share -> share.suites().stream()).toList();
        this.points = PointsTable.of(List.of(shares));
    }

    /** 1 to 5. */
    public int number() {
        return number;
    }

    /** The Maven module, which is also the name of its runnable jar: {@code lab01-echo}. */
    public String module() {
        return module;
    }

    /** For reports: "lab01 echo". */
    public String title() {
        return title;
    }

    /** How the grader talks to this lab's processes: plain TCP for lab01 and lab02, TLS for lab03 and lab04. */
    public TransportKind transport() {
        return transport;
    }

    /** The grading suites, run in this order. */
    public List<Class<?>> suites() {
        return suites;
    }

    /** The points of each of its checks, which total 100. */
    public PointsTable points() {
        return points;
    }

    /** The lab with this number, if the grader knows it. */
    public static Optional<Lab> byNumber(int number) {
        return Arrays.stream(values()).filter(lab -> lab.number == number).findFirst();
    }
}
