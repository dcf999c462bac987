package org.fazhi.registry.feed;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same WebSocket test against the packaged application (the native binary where one is built). */
@QuarkusIntegrationTest
class SubscriptionApiIT extends SubscriptionApiTest {
}
