package org.fazhi.registry.feed;

import java.time.OffsetDateTime;

/** One change event as the feed reads it, with its position. */
record ChangeRow(FeedCursor position, EntityType entityType, long entityId, ChangeAction action, String actor,
        OffsetDateTime occurredAt) {
}
