package org.fazhi.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationKeyCheckTest {

    private static java.util.List<String> problems(Map<String, String> config) {
        return VerificationKeyCheck.problems(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void shouldAcceptAKeyLocationAndIssuer() {
        assertThat(problems(Map.of("mp.jwt.verify.publickey.location", "/etc/registry/jwt.pem",
                "mp.jwt.verify.issuer", "https://sso.example.gov.cn"))).isEmpty();
    }

    @Test
    void shouldAcceptAnInlineKeyAndIssuer() {
        assertThat(problems(Map.of("mp.jwt.verify.publickey", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
                "mp.jwt.verify.issuer", "https://sso.example.gov.cn"))).isEmpty();
    }

    @Test
    void shouldNameTheMissingKeyAndIssuer() {
        assertThat(problems(Map.of("mp.jwt.verify.publickey.location", " ")))
                .hasSize(2)
                .anyMatch(p -> p.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .anyMatch(p -> p.contains("MP_JWT_VERIFY_ISSUER"));
    }
}
