#!/usr/bin/env sh
# Runs one JMH benchmark class of src/test/java/org/fazhi/registry/bench.
# Usage: bench/run-jmh.sh BENCHMARK [JMH options]   (default options: -f 1 -wi 3 -i 5)
set -eu
benchmark=$1
shift
[ "$#" -gt 0 ] || set -- -f 1 -wi 3 -i 5
exec "$(dirname "$0")/run-java.sh" org.openjdk.jmh.Main "$benchmark" "$@"
