package dev.chatlab.lab05;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab03.Lab03;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.connect.ConnectPrefs;
import dev.chatlab.lab05.connect.ConnectRequest;
import dev.chatlab.lab05.gui.ChatApp;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.i18n.Messages;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code client} (also what the jar runs with no command): the desktop client. The connect dialog opens with
 * the options given, else what was used last time, else the defaults (localhost, 7004, the kit CA). Exit 0
 * when the window (or the dialog) is closed; 1 without a display; 2 for bad options.
 */
@Command(name = "client", description = "Opens the desktop chat client: a connect dialog, then the chat window.")
final class ClientCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--host", paramLabel = "H", description = "The server's host (default: the last one, else localhost).")
    String host;

    @Option(names = "--port", paramLabel = "P", description = "The server's port (default: the last one, else 7004).")
    Integer port;

    @Option(names = "--nick", paramLabel = "N", description = "Your nick (default: the last one).")
    String nick;

    @Option(names = "--ca", paramLabel = "FILE", description = "The CA to trust (default: the last one, else the kit CA).")
    Path ca;

    @Option(names = "--lang", paramLabel = "es|en", description = "The language (default: the OS's; English unless Spanish).")
    String lang;

    @Option(names = "--prefs", paramLabel = "NODE", description = "The java.util.prefs node that remembers the dialog"
            + " and the theme (default: " + ConnectPrefs.USER_NODE + ").")
    String prefsNode = ConnectPrefs.USER_NODE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Language language = language();
        if (port != null && (port < 1 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "Port out of range: " + port);
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new CommandFailedException("no display: the desktop client needs one (DISPLAY is unset; run it"
                    + " on a desktop, or under xvfb-run)");
        }
        ConnectPrefs prefs = new ConnectPrefs(Preferences.userRoot().node(prefsNode));
        String kitCa = new CertificateFolder(Lab03.environmentKit().folder()).caCertificate().toString();
        ConnectForm last = prefs.form(new ConnectForm("localhost", Integer.toString(ConnectRequest.DEFAULT_PORT), "", "", kitCa));
        ConnectForm form = new ConnectForm(host != null ? host : last.host(), port != null ? port.toString() : last.port(),
                nick != null ? nick : last.nick(), "", ca != null ? ca.toString() : last.ca());
        ChatApp app = new ChatApp(Messages.of(language), prefs, ClientSettings.contract(new SecureRandom()), form,
                Clock.systemDefaultZone());
        SwingUtilities.invokeLater(app::start);
        app.finished().join();
        return 0;
    }

    private Language language() {
        try {
            return lang == null ? Language.of(Locale.getDefault()) : Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
