#!/usr/bin/env sh
# Compares pg_trgm and character-bigram tsvector indexes for Chinese substring search on documents
# made from the sample reports, in an embedded PostgreSQL of its own.
# Usage: bench/run-search.sh [documents] [repetitions]   (default: 2000 21)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.fazhi.registry.bench.SearchIndexBenchmark "$@"
