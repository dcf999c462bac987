package org.fazhi.registry.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Stops start-up when the token verification key or issuer is not configured: the service carries no
 * key of its own, and without one every mutation would fail at run time instead.
 */
@ApplicationScoped
public class VerificationKeyCheck {

    static final String KEY = "mp.jwt.verify.publickey";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";

    void onStart(@Observes StartupEvent event, Config config) {
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Token verification is not configured: " + String.join("; ", problems));
        }
    }

    /** What is missing from the configuration {@code lookup} reads; empty when tokens can be verified. */
    static List<String> problems(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        if (isBlank(lookup.apply(KEY)) && isBlank(lookup.apply(KEY_LOCATION))) {
            problems.add("set " + KEY + " (env MP_JWT_VERIFY_PUBLICKEY) to the public key, or " + KEY_LOCATION
                    + " (env MP_JWT_VERIFY_PUBLICKEY_LOCATION) to where it is");
        }
        if (isBlank(lookup.apply(ISSUER))) {
            problems.add("set " + ISSUER + " (env MP_JWT_VERIFY_ISSUER) to the issuer tokens must name");
        }
        return problems;
    }

    private static boolean isBlank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
