package dev.chatlab.lab03.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /**
     * Made by a second implementation, the reference argon2 command-line tool (libargon2):
     * {@code printf 'correct horse battery staple' | argon2 chatlab-kat-salt -id -t 2 -k 19456 -p 1 -l 32 -e}.
     */
    private static final String REFERENCE =
            "$argon2id$v=19$m=19456,t=2,p=1$Y2hhdGxhYi1rYXQtc2FsdA$cgZtm2nAYqI6PKQfqenmuxgjFFiMzQb2pUJ5+bELSAU";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_is_an_argon2id_phc_string_with_the_owasp_costs_a_16_byte_salt_and_a_32_byte_hash() {
        String phc = hasher.hash("secret".toCharArray()).toString();

        String[] fields = phc.split("\\$");
        assertThat(fields).hasSize(6);
        assertThat(fields[0]).isEmpty();
        assertThat(fields[1]).isEqualTo("argon2id");
        assertThat(fields[2]).isEqualTo("v=19");
        assertThat(fields[3]).isEqualTo("m=19456,t=2,p=1");
        assertThat(fields[4]).doesNotContain("=").hasSize(22);
        assertThat(Base64.getDecoder().decode(fields[4])).hasSize(16);
        assertThat(fields[5]).doesNotContain("=").hasSize(43);
        assertThat(Base64.getDecoder().decode(fields[5])).hasSize(32);
    }

    @Test
    void the_right_password_verifies_and_a_wrong_one_does_not() {
        PhcString stored = hasher.hash("secret".toCharArray());

        assertThat(hasher.verify("secret".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Secret".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_by_their_salt() {
        PhcString first = hasher.hash("secret".toCharArray());
        PhcString second = hasher.hash("secret".toCharArray());

        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
    }

    @Test
    void the_hash_matches_the_reference_implementation_for_a_fixed_salt() {
        PhcString ours = hasher.hash("correct horse battery staple".toCharArray(),
                "chatlab-kat-salt".getBytes(StandardCharsets.US_ASCII));

        assertThat(ours.toString()).isEqualTo(REFERENCE);
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), PhcString.parse(REFERENCE))).isTrue();
    }

    @Test
    void a_hash_is_checked_with_the_costs_it_names_not_todays() {
        // printf 'pw' | argon2 saltsaltsaltsalt -id -t 1 -k 64 -p 1 -l 32 -e
        PhcString cheap = PhcString.parse("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$7M2vTguNHCwieXVOG1+uykExCai1Y53o0JkCs978saw");

        assertThat(hasher.verify("pw".toCharArray(), cheap)).isTrue();
        assertThat(hasher.verify("pW".toCharArray(), cheap)).isFalse();
    }

    @Test
    void malformed_phc_strings_are_refused_with_the_reason() {
        assertThatThrownBy(() -> PhcString.parse("$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .hasMessageStartingWith("not an Argon2id PHC string");
        assertThatThrownBy(() -> PhcString.parse("$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .hasMessage("unsupported Argon2 version v=16; expected v=19");
        assertThatThrownBy(() -> PhcString.parse("$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .hasMessage("Argon2id costs out of range: m=99999999,t=2,p=1");
        assertThatThrownBy(() -> PhcString.parse("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA"))
                .hasMessageStartingWith("not an Argon2id PHC string");
    }
}
