#!/usr/bin/env sh
# Mixed load on the packaged service (reads, searches, parses, submissions) on loopback for a bounded time, with the
# service started at -Xmx384m on an embedded PostgreSQL of its own; prints failures, latencies and the service's
# memory over the run. Needs target/quarkus-app (./mvnw package -DskipTests).
# Usage: bench/run-load.sh [seconds] [clients]   (default: 300 8)
exec "$(dirname "$0")/run-java.sh" org.fazhi.registry.bench.LoadBenchmark "$@"
