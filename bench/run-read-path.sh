#!/usr/bin/env bash
# The front-end read path under load: this service against PostGraphile 5 over the same PostgreSQL.
#
# Usage: bench/run-read-path.sh [REPORTS] [SECONDS]            (defaults: 100000 20)
#   CONNECTIONS="8 50 200" ROUNDS=2 to change the load; SKIP_POSTGRAPHILE=1 to drive this service only.
#
# Builds the service, starts PostgreSQL (embedded, data kept in target/bench/pg), loads 2,000 reports
# through submitReport on the first run, multiplies them at SQL level to REPORTS (bench/RESULTS.md also
# uses 1000000), installs Node 22 and PostGraphile 5.1.5 from npm under target/bench (never in CI), and
# drives both servers alternately (A B A B) with wrk: each query at each connection count for SECONDS,
# two rounds. Prints one table: requests/s, p99 latency, errors (non-200 answers or GraphQL errors) and
# the peak resident memory of each server. Everything listens on 127.0.0.1; everything started is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/read-path.lib.sh
. bench/read-path.lib.sh

REPORTS="${1:-100000}"
SECONDS_PER_RUN="${2:-20}"
CONNECTIONS="${CONNECTIONS:-8 50 200}"
ROUNDS="${ROUNDS:-2}"

build
start_database
start_service
load_data "$REPORTS"
[ -z "${SKIP_POSTGRAPHILE:-}" ] && start_postgraphile

REPORT_ID=$(psql_value "select id from report where report_year = 2023 order by id offset 100 limit 1")
GLOBAL_ID=$(printf 'Report:%s' "$REPORT_ID" | base64 | tr '+/' '-_' | tr -d '=')
declare -A BODY
BODY[nested.A]='{"query":"{ reports(first: 20) { nodes { id title organisation { name } sections { kind heading items { title } } commitments { title status } } } }"}'
BODY[nested.B]='{"query":"{ allReports(first: 20, orderBy: PRIMARY_KEY_ASC) { nodes { id title organisationByOrganisationId { name } sectionsByReportId(orderBy: ORDINAL_ASC) { nodes { kind heading itemsBySectionId(condition: {parentId: null}, orderBy: START_OFFSET_ASC) { nodes { title } } } } commitmentsByReportId(orderBy: ORDINAL_ASC) { nodes { title status } } } } }"}'
BODY[year.A]='{"query":"{ reports(first: 20, filter: {year: 2023}, orderBy: {field: PUBLISHED_DATE, direction: DESC}) { nodes { id title reportYear publishedDate } } }"}'
BODY[year.B]='{"query":"{ allReports(first: 20, condition: {reportYear: 2023}, orderBy: [PUBLISHED_DATE_DESC, PRIMARY_KEY_DESC]) { nodes { id title reportYear publishedDate } } }"}'
BODY[single.A]="{\"query\":\"{ report(id: \\\"${GLOBAL_ID}\\\") { title } }\"}"
BODY[single.B]="{\"query\":\"{ reportByRowId(rowId: \\\"${REPORT_ID}\\\") { title } }\"}"
declare -A URL=([A]="http://127.0.0.1:${SERVICE_PORT}/graphql" [B]="http://127.0.0.1:${POSTGRAPHILE_PORT}/graphql")
SERVERS="A"
[ -z "${SKIP_POSTGRAPHILE:-}" ] && SERVERS="A B"

answer() { # QUERY SERVER
    curl -s -H 'Content-Type: application/json' -d "${BODY[$1.$2]}" "${URL[$2]}"
}
for q in nested year single; do
    for s in $SERVERS; do
        wrk_script "$BENCH_DIR/$q.$s.lua" "${BODY[$q.$s]}"
        printf 'check %-6s %s: %s titles, %s errors\n' "$q" "$s" "$(answer "$q" "$s" | grep -o '"title"' | wc -l)" \
            "$(answer "$q" "$s" | grep -c '"errors"' || true)"
    done
done

declare -A PID=([A]="$SERVICE_PID" [B]="${POSTGRAPHILE_PID:-}")
rm -f "$BENCH_DIR"/rss.*
run() { # QUERY SERVER CONNECTIONS SECONDS -> "requests rps p50 p99 errors"; samples the server's memory meanwhile
    (while true; do rss_mb "${PID[$2]}"; echo; sleep 0.5; done >> "$BENCH_DIR/rss.$2") &
    local sampler=$!
    wrk -t2 -c"$3" -d"$4"s --timeout 10s -s "$BENCH_DIR/$1.$2.lua" "${URL[$2]}" | tail -1
    kill "$sampler"
}
peak() { # SERVER: the highest resident memory sampled, in MB
    sort -n "$BENCH_DIR/rss.$1" 2>/dev/null | tail -1
}

# Warm-up, not recorded: the JIT compiler needs a minute of the nested query before the JVM runs at speed.
run nested A 8 60 > /dev/null
for q in nested year single; do
    for s in $SERVERS; do run "$q" "$s" 8 10 > /dev/null; done
done

RESULTS="$BENCH_DIR/read-path-$(date +%Y%m%d-%H%M%S).txt"
{
    echo "$REPORTS reports, ${SECONDS_PER_RUN} s a run, wrk -t2, rounds alternate A (this service) and B (PostGraphile)"
    echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| query | connections | round | A req/s | A p99 ms | A errors | B req/s | B p99 ms | B errors |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for c in $CONNECTIONS; do
        for q in nested year single; do
            for r in $(seq 1 "$ROUNDS"); do
                read -r _ a_rps _ a_p99 a_err <<< "$(run "$q" A "$c" "$SECONDS_PER_RUN")"
                b_rps=- b_p99=- b_err=-
                [ "$SERVERS" = "A B" ] && read -r _ b_rps _ b_p99 b_err <<< "$(run "$q" B "$c" "$SECONDS_PER_RUN")"
                echo "| $q | $c | $r | $a_rps | $a_p99 | $a_err | $b_rps | $b_p99 | $b_err |"
            done
        done
    done
    echo
    echo "peak resident memory: A $(peak A) MB, B $(peak B) MB; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS"
