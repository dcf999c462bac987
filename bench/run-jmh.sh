#!/usr/bin/env sh
# Runs one JMH benchmark class of src/test/java/org/fazhi/registry/bench.
# Usage: bench/run-jmh.sh BENCHMARK [JMH options]   (default options: -f 1 -wi 3 -i 5)
set -eu
cd "$(dirname "$0")/.."
benchmark=$1
shift
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
[ "$#" -gt 0 ] || set -- -f 1 -wi 3 -i 5
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.openjdk.jmh.Main "$benchmark" "$@"
