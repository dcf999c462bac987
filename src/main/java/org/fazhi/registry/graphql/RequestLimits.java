package org.fazhi.registry.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much one GraphQL request may ask of the service, and how many expensive ones run at once. */
@ConfigMapping(prefix = "registry.requests")
public interface RequestLimits {

    /**
     * How long a request may run: no resolver starts later, and a database statement or a transaction still running
     * then is cancelled. Written as seconds with an {@code s} suffix, as PostgreSQL's statement_timeout reads it too.
     */
    @WithDefault("30s")
    Duration timeout();

    /** Report text (parseReport, submitReport) one request may carry across all its fields, in bytes of UTF-8. */
    @WithDefault("1048576")
    int textBudget();

    /** Expensive fields (parsing, submissions, search) one request may hold, aliases counted. */
    @WithDefault("5")
    int expensiveFields();

    /** Expensive operations the service runs at once; more wait, then are refused with SERVICE_BUSY. */
    @WithDefault("4")
    int expensiveConcurrency();

    /** Expensive operations that may wait for a turn; one more is refused with SERVICE_BUSY at once. */
    @WithDefault("32")
    int expensiveQueue();

    /** How long an expensive operation waits for one of the others to end before it is refused. */
    @WithDefault("10s")
    Duration busyWait();

    /**
     * Report data one request may read ({@link ReadBudget}): the stored size of the texts it reads and
     * {@link ReadBudget#ROW_BYTES} for each part of a report (section, item, commitment, problem, metric, citation).
     */
    @WithDefault("8388608")
    int readBudget();

    /** Report data all requests being served may hold at once; more is refused with SERVICE_BUSY. */
    @WithDefault("25165824")
    int readsInFlight();
}
