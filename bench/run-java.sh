#!/usr/bin/env sh
# Runs a main class on the test class path, after compiling the tests: the benchmarks of
# src/test/java/org/fazhi/registry/bench, and JMH.
# Usage: bench/run-java.sh MAIN_CLASS [arguments]
set -eu
cd "$(dirname "$0")/.."
main=$1
shift
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# BENCH_JVM: options for the JVM of a service the benchmark starts (PackagedService), e.g. BENCH_JVM="-XX:+UseSerialGC".
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager ${BENCH_JVM:+"-Dbench.jvm=$BENCH_JVM"} \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$main" "$@"
