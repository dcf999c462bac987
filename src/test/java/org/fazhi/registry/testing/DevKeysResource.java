package org.fazhi.registry.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * Configures every test application, in-process or packaged, to verify tokens with the development
 * public key and issuer, as a deployment would with its own key. Applies to all test classes.
 */
@WithTestResource(value = DevKeysResource.class, scope = TestResourceScope.GLOBAL)
public class DevKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", DevTokens.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", DevTokens.ISSUER);
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
