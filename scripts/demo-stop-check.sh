#!/usr/bin/env bash
# Proves that the demo stops whole, however Maven is stopped: for each signal, starts `./mvnw -Pdemo`, waits until
# the service answers, sends the signal to the Maven process alone (CTRL-C: SIGINT to its whole process group, as a
# terminal sends it), and checks that nothing of the demo is left: no launcher JVM, no service JVM, no PostgreSQL,
# the port free.
#
#   scripts/demo-stop-check.sh [SIGNAL ...]        default: TERM INT HUP KILL CTRL-C
#
# The first round builds the service (`./mvnw -Pdemo`), the others only run it (`./mvnw -Pdemo exec:exec`).
# It uses the demo database in .demo-data/ of this working copy. Environment: DEMO_PORT (8091), READY_WAIT (900 s).
set -uo pipefail
# Job control: each background command gets a process group of its own, and keeps the default reaction to
# SIGINT instead of ignoring it.
set -m

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly PORT="${DEMO_PORT:-8091}"
readonly READY_WAIT="${READY_WAIT:-900}"
readonly STOP_WAIT=90
readonly LOG="$ROOT/target/demo-stop-check.log"
SIGNALS=("$@")
[ ${#SIGNALS[@]} -eq 0 ] && SIGNALS=(TERM INT HUP KILL CTRL-C)

cd "$ROOT"
mkdir -p target
failures=0
goals=()

descendants() {
    local child
    for child in $(pgrep -P "$1"); do
        echo "$child"
        descendants "$child"
    done
}

alive() {
    local pid
    for pid in "$@"; do
        kill -0 "$pid" 2>/dev/null && echo "$pid"
    done
}

for signal in "${SIGNALS[@]}"; do
    ./mvnw -B -ntp -Pdemo -Ddemo.port="$PORT" "${goals[@]}" >"$LOG" 2>&1 &
    maven=$!
    goals=(exec:exec)
    waited=0
    until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do
        if ! kill -0 "$maven" 2>/dev/null || [ "$waited" -ge "$READY_WAIT" ]; then
            echo "$signal: the demo did not start (see $LOG)"
            exit 2
        fi
        sleep 2
        waited=$((waited + 2))
    done
    processes=($(descendants "$maven"))
    postmaster=$(head -1 .demo-data/postgres/postmaster.pid)
    echo "$signal: Maven $maven, launcher and service ${processes[*]}, PostgreSQL $postmaster; ready after ${waited} s"

    if [ "$signal" = CTRL-C ]; then
        kill -INT -- -"$maven"
    else
        kill -"$signal" "$maven"
    fi
    left=()
    for ((second = 0; second < STOP_WAIT; second++)); do
        left=($(alive "$maven" "${processes[@]}" "$postmaster"))
        [ ${#left[@]} -eq 0 ] && ! curl -s "http://localhost:$PORT/q/health/live" >/dev/null && break
        sleep 1
    done
    if [ ${#left[@]} -eq 0 ]; then
        echo "$signal: everything stopped within ${second} s"
    else
        echo "$signal: FAILED, still running after ${STOP_WAIT} s: ${left[*]}"
        failures=$((failures + 1))
        kill -KILL "${left[@]}" 2>/dev/null
    fi
done
exit $((failures > 0))
