package org.fazhi.registry.graphql;

import io.smallrye.graphql.execution.event.InvokeInfo;
import io.smallrye.graphql.spi.EventingService;

/**
 * No resolver starts once a field of its request was refused for the report data it reads ({@link ReadBudget}): the
 * engine would go on resolving the other fields, and the fields under them, of a request that cannot be answered.
 */
public class ReadRefusal implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeInvoke(InvokeInfo invokeInfo) {
        ServiceErrorCode refused = ReadBudget.refusal();
        if (refused != null) {
            throw new ServiceException(refused, "another field of the request was refused with " + refused
                    + " for the report data it reads; the remaining fields were not resolved");
        }
    }
}
