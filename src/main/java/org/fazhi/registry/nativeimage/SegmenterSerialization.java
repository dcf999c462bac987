package org.fazhi.registry.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The word segmenter the follow-up matcher uses (Lucene smartcn) reads its two dictionaries, coredict.mem and
 * bigramdict.mem, with Java serialization: arrays of primitives, which a native image deserializes only when
 * registered for serialization here. The dictionaries themselves are included by
 * {@code quarkus.native.resources.includes}.
 */
@RegisterForReflection(serialization = true, targets = {
        short[].class, char[].class, char[][].class, char[][][].class, int[].class, int[][].class, long[].class})
final class SegmenterSerialization {

    private SegmenterSerialization() {
    }
}
