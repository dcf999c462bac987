package org.fazhi.registry.commitment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests against the packaged application, which reads the matcher's term rarities from its jar. */
@QuarkusIntegrationTest
class FollowUpParaphraseApiIT extends FollowUpParaphraseApiTest {
}
