#!/usr/bin/env sh
# Whether a JVM pod of 512 Mi survives a read of 20 reports at the registry's size limits with every list they hold:
# the packaged service started with the image's JVM options as in such a pod, on loopback, on an embedded PostgreSQL
# of its own; prints each read's time and size and the service's memory against the limit.
# Needs target/quarkus-app (./mvnw package -DskipTests).
# Usage: bench/run-large-reads.sh [reads] [clients]   (default: 10 2)
exec "$(dirname "$0")/run-java.sh" org.fazhi.registry.bench.LargeReportsReadBenchmark "$@"
