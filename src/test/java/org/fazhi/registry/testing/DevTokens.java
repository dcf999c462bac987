package org.fazhi.registry.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Development tokens signed with the committed development key pair ({@code src/test/resources/dev-keys/}),
 * for the tests and the demo launcher. Never accepted by a production deployment, which has its own key.
 */
public final class DevTokens {

    /** The issuer the development configuration expects. */
    public static final String ISSUER = "https://dev.fazhi-registry.invalid";
    private static final String PUBLIC_KEY = "/dev-keys/publicKey.pem";
    private static final String PRIVATE_KEY = "/dev-keys/privateKey.pem";

    private DevTokens() {
    }

    /** A token for {@code subject} with the given roles ({@code groups}), valid from now for {@code validity}. */
    public static String issue(String subject, Duration validity, String... groups) {
        return sign(subject, ISSUER, Instant.now(), validity, Set.of(groups), privateKey());
    }

    /** A token whose {@code division} claim limits it to the subtrees of {@code divisions} (a string or an array of codes). */
    public static String issueScoped(String subject, Object divisions, String... groups) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(groups)).claim("division", divisions)
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).jws().sign(privateKey());
    }

    /** A token with every claim chosen by the caller, to build the invalid ones too. */
    public static String sign(String subject, String issuer, Instant issuedAt, Duration validity, Set<String> groups,
            PrivateKey key) {
        return Jwt.issuer(issuer).subject(subject).groups(groups)
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(validity))
                .jws().sign(key);
    }

    public static PrivateKey privateKey() {
        try (InputStream pem = DevTokens.class.getResourceAsStream(PRIVATE_KEY)) {
            return KeyUtils.decodePrivateKey(new String(pem.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the development private key is not a PKCS#8 RSA key", e);
        }
    }

    /** The development public key as a file, so a packaged service outside this class path can read it too. */
    public static Path publicKeyFile() {
        try {
            return Path.of(DevTokens.class.getResource(PUBLIC_KEY).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
