package org.fazhi.registry.idempotency;

/** A kept answer: the request it answered (by operation and input hash) and the answer as JSON. */
record StoredAnswer(String operation, String requestHash, String answer) {

    boolean answers(String operation, String requestHash) {
        return this.operation.equals(operation) && this.requestHash.equals(requestHash);
    }
}
