#!/usr/bin/env sh
# Whether a JVM pod of 512 Mi survives reads of 20 reports at the registry's size limits with every list they hold, all
# at once and each alone: the packaged service started with the image's JVM options as in such a pod, on loopback, on
# an embedded PostgreSQL of its own; prints how the reads were answered, their times and sizes, and the service's
# memory against the limit.
# Needs target/quarkus-app (./mvnw package -DskipTests).
# Usage: bench/run-large-reads.sh [reads] [clients]   (default: 42 4)
exec "$(dirname "$0")/run-java.sh" org.fazhi.registry.bench.LargeReportsReadBenchmark "$@"
