#!/usr/bin/env sh
# Compares pg_trgm and character-bigram tsvector indexes for Chinese substring search on documents
# made from the sample reports, in an embedded PostgreSQL of its own.
# Usage: bench/run-search.sh [documents] [repetitions]   (default: 2000 21)
exec "$(dirname "$0")/run-java.sh" org.fazhi.registry.bench.SearchIndexBenchmark "$@"
