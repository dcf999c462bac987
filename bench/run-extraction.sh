#!/usr/bin/env sh
# Runs the extraction benchmarks (JMH): the parser over the five sample reports (ExtractionBenchmark) and the
# document readers over the sample report as a web page, a Word file and a two-page PDF (DocumentExtractionBenchmark).
# Usage: bench/run-extraction.sh [JMH options]   (default: -f 1 -wi 3 -i 5)
exec "$(dirname "$0")/run-jmh.sh" ExtractionBenchmark "$@"
