package org.fazhi.registry.commitment;

/** Fired inside the transaction that changed a commitment's status, with the commitment as it then stands. */
record CommitmentStatusChanged(CommitmentView commitment) {
}
