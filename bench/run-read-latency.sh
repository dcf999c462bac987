#!/usr/bin/env bash
# Latency of single reads at scale: 200 sequential requests of each query, one connection, p50 and p99.
#
# Usage: bench/run-read-latency.sh [REPORTS] [REQUESTS]            (defaults: 100000 200)
#        QUERY_SECONDS: at most this long for each query, warm-up included (default 300): a query taking seconds
#        is measured on the requests that fit, and the table says how many.
#
# Same set-up as bench/run-read-path.sh (database, data set and multiplier, service; no PostGraphile):
# the 20 reports of a year by published date, a cursor page 50 deep by published date, commitments by
# status and target year, search for a two-character and a four-character term (复议 is in no report of the
# data set, 政务公开 in two of five; 法治, in all, and 行政复议, in none, show the other case of each length),
# and the statistics of one year. Prints one table. Everything listens on 127.0.0.1; everything started is
# stopped. A database loaded before is reused as it is (SERVICE_START_SECONDS: how long the service may take to
# start, migrations included).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/read-path.lib.sh
. bench/read-path.lib.sh

REPORTS="${1:-100000}"
REQUESTS="${2:-200}"
QUERY_SECONDS="${QUERY_SECONDS:-300}"

build
start_database
start_service
load_data "$REPORTS"
URL="http://127.0.0.1:${SERVICE_PORT}/graphql"

query() { # GRAPHQL -> the JSON body of a POST
    printf '{"query":"%s"}' "$(printf '%s' "$1" | sed 's/"/\\"/g')"
}
cursor_after_pages() { # PAGES: the end cursor after that many pages of 20 by published date
    local after=null
    for _ in $(seq 1 "$1"); do
        after=$(curl -s -H 'Content-Type: application/json' -d "$(query "{ reports(first: 20, after: $after, orderBy: {field: PUBLISHED_DATE}) { pageInfo { endCursor } } }")" "$URL" \
            | grep -o '"endCursor" *: *"[^"]*"' | sed 's/.*: *//')
    done
    echo "$after"
}

declare -A QUERY
QUERY[year]="{ reports(first: 20, filter: {year: 2023}, orderBy: {field: PUBLISHED_DATE, direction: DESC}) { nodes { id title reportYear publishedDate } } }"
QUERY[page50]="{ reports(first: 20, after: $(cursor_after_pages 49), orderBy: {field: PUBLISHED_DATE}) { nodes { id title publishedDate } } }"
QUERY[commitments]="{ commitments(first: 20, filter: {status: PLANNED, targetYear: 2026}) { nodes { id title status targetYear } } }"
QUERY[search2]="{ search(query: \"复议\", first: 20) { nodes { kind score snippet } } }"
QUERY[search4]="{ search(query: \"政务公开\", first: 20) { nodes { kind score snippet } } }"
QUERY[search2common]="{ search(query: \"法治\", first: 20) { nodes { kind score snippet } } }"
QUERY[search4rare]="{ search(query: \"行政复议\", first: 20) { nodes { kind score snippet } } }"
QUERY[statistics]="{ statistics(filter: {year: 2024}) { reportCount reportsByOrganisationKind { kind count } commitmentsByStatus { status count } commitmentsByTargetYear { year count } repeatedProblems(first: 10) { title count } mostCitedLaws(first: 10) { canonicalTitle reportCount } metricTotals { unit total } findingsByRule { rule count } } }"

RESULTS="$BENCH_DIR/read-latency-$(date +%Y%m%d-%H%M%S).txt"
{
    echo "$REPORTS reports, $REQUESTS sequential requests a query on one connection after 20 unrecorded ones"
    echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| query | requests | p50 ms | p99 ms | errors |"
    echo "|---|---|---|---|---|"
    for q in year page50 commitments search2 search4 search2common search4rare statistics; do
        query "${QUERY[$q]}" > "$BENCH_DIR/latency.$q.json"
        read -r requests p50 p99 errors <<< "$(java -cp "$CLASSPATH_BENCH" org.fazhi.registry.bench.BenchLatency "$URL" \
            "$BENCH_DIR/latency.$q.json" 20 "$REQUESTS" "$QUERY_SECONDS")"
        echo "| $q | $requests | $p50 | $p99 | $errors |"
    done
    echo
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS"
