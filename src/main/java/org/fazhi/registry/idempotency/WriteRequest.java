package org.fazhi.registry.idempotency;

/**
 * One mutation as an integrator sent it.
 *
 * @param operation the mutation's name, e.g. {@code submitReport}
 * @param actor the subject of the caller's token: keys are the caller's own
 * @param key the idempotency key the caller chose; null when none was sent
 * @param input the mutation's input, compared with the first request's by a hash of its JSON form
 */
public record WriteRequest(String operation, String actor, String key, Object input) {
}
