package org.fazhi.registry.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests against the packaged application (the native binary where one is built). */
@QuarkusIntegrationTest
class RequestHardeningIT extends RequestHardeningTest {
}
