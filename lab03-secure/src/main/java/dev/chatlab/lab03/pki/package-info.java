/**
 * Certificates with Bouncy Castle: a {@link dev.chatlab.lab03.pki.CertificateAuthority} that signs server and
 * client certificates ({@link dev.chatlab.lab03.pki.CertificateProfile}), PEM files
 * ({@link dev.chatlab.lab03.pki.PemFiles}, {@link dev.chatlab.lab03.pki.CertificateFolder}), and the kit's own
 * CA that a server creates on first use ({@link dev.chatlab.lab03.pki.KitCertificates}). Keys are EC P-256,
 * signatures ECDSA with SHA-256; the JDK's TLS 1.3 uses them as they are.
 */
package dev.chatlab.lab03.pki;
