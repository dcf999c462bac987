#!/usr/bin/env sh
# Runs the extraction benchmarks (JMH): the parser over the five sample reports (ExtractionBenchmark) and the
# document readers over the sample report as a web page, a Word file and a two-page PDF (DocumentExtractionBenchmark).
# Usage: bench/run-extraction.sh [JMH options]   (default: -f 1 -wi 3 -i 5)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
[ "$#" -gt 0 ] || set -- -f 1 -wi 3 -i 5
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.openjdk.jmh.Main ExtractionBenchmark "$@"
