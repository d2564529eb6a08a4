package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab03.pki.CertificateAuthority;
import dev.chatlab.lab03.pki.CertificateFingerprint;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab03.pki.CertificateProfile;
import dev.chatlab.lab03.pki.Credential;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certs}: writes a new CA, a server certificate it signed for {@code localhost}, {@code 127.0.0.1} and
 * the names given, and a client certificate per {@code --client}, as PEM files in one folder; prints what it
 * wrote and the CA's SHA-256 fingerprint on stdout. Existing files are left alone unless {@code --force}.
 */
@Command(name = "certs",
        description = "Writes a CA, a server certificate and client certificates (PEM) for TLS and mutual TLS.")
public final class CertsCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the files to.")
    Path out;

    @Option(names = "--host", paramLabel = "NAME", converter = NameConverters.HostName.class,
            description = "Another DNS name of the server (localhost is always in).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--ip", paramLabel = "ADDR", converter = NameConverters.IpAddress.class,
            description = "Another IP address of the server (127.0.0.1 is always in).")
    List<InetAddress> addresses = new ArrayList<>();

    @Option(names = "--client", paramLabel = "NAME", converter = NameConverters.Nick.class,
            description = "Also write client-NAME.pem and client-NAME-key.pem, for mutual TLS.")
    List<String> clients = new ArrayList<>();

    @Option(names = "--force", description = "Replace files that exist already.")
    boolean force;

    @ParentCommand
    LabCommand lab;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws GeneralSecurityException {
        Set<String> seen = new HashSet<>();
        for (String client : clients) {
            if (!seen.add(client.toLowerCase(Locale.ROOT))) {
                throw new ParameterException(spec.commandLine(), "--client given twice (ignoring case): " + client);
            }
        }
        CertificateAuthority ca = CertificateAuthority.create(Clock.systemUTC());
        Credential server = ca.issue(new CertificateProfile.Server(hosts, addresses));
        Map<String, Credential> clientCredentials = new LinkedHashMap<>();
        for (String client : clients) {
            clientCredentials.put(client, ca.issue(new CertificateProfile.Client(client)));
        }
        List<Path> written;
        try {
            written = new CertificateFolder(out).write(ca, server, clientCredentials, force);
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailedException("refusing to overwrite " + e.getFile() + " (use --force to replace it)", e);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write the certificates to " + out + ": " + e.getMessage(), e);
        }
        PrintStream stdout = lab.terminal().stdout();
        for (Path file : written) {
            stdout.println("wrote " + file + (file.getFileName().toString().endsWith("-key.pem") ? " (private key, owner-only)" : ""));
        }
        List<String> names = new ArrayList<>(List.of("DNS:localhost", "IP:127.0.0.1"));
        hosts.forEach(host -> names.add("DNS:" + host));
        addresses.forEach(address -> names.add("IP:" + address.getHostAddress()));
        stdout.println("server names: " + String.join(", ", names.stream().distinct().toList()));
        stdout.println("CA SHA-256 fingerprint: " + CertificateFingerprint.sha256(ca.certificate()));
        return 0;
    }
}
