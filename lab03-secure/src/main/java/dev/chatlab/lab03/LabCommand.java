package dev.chatlab.lab03;

import dev.chatlab.lab03.pki.KitCertificates;

/**
 * A lab's top command as its subcommands see it: where they read and write, and where the kit CA is. lab03's
 * {@code certs} and {@code users} take their parent through this interface, so that a later lab (lab04) offers
 * the same commands by listing them, not by copying them.
 */
public interface LabCommand {

    /** Where the commands read and write. */
    Terminal terminal();

    /** Where the kit CA is: a server without --cert creates or uses it, a client without --ca trusts it. */
    KitCertificates kit();
}
