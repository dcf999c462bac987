#!/usr/bin/env sh
# Runs the extraction benchmark (JMH) over the five sample reports.
# Usage: bench/run-extraction.sh [JMH options]   (default: -f 1 -wi 3 -i 5)
exec "$(dirname "$0")/run-jmh.sh" ExtractionBenchmark "$@"
