# Shared by bench/run-read-path.sh and bench/run-read-latency.sh: builds the service, starts the
# benchmark database, the service and PostGraphile on 127.0.0.1, loads and multiplies the data set,
# and stops everything it started when the calling script exits. Sourced, not run.

BENCH_DIR="$(pwd)/target/bench"
PG_PORT="${PG_PORT:-55432}"
SERVICE_PORT="${SERVICE_PORT:-18080}"
POSTGRAPHILE_PORT="${POSTGRAPHILE_PORT:-15678}"
JDBC_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/registry"
# The JVM arguments of the image (quarkus.jib.jvm-additional-arguments), in a 512 MiB container as in the JVM
# overlay (k8s/overlays/dev): -XX:MaxRAM stands for the container's limit.
IMAGE_JAVA_OPTS="$(sed -n 's/^quarkus.jib.jvm-additional-arguments=//p' src/main/resources/application.properties | tr ',' ' ')"
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--XX:MaxRAM=512m $IMAGE_JAVA_OPTS}"
STARTED=()

stop_started() {
    for pid in "${STARTED[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap stop_started EXIT

wait_for() { # URL SECONDS
    for _ in $(seq 1 "$2"); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 1
    done
    echo "no answer from $1" >&2
    return 1
}

build() {
    mkdir -p "$BENCH_DIR"
    ./mvnw -B -q -ntp package -DskipTests -DskipITs dependency:build-classpath \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
    CLASSPATH_BENCH="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

start_database() {
    rm -f "$BENCH_DIR/pg.ready"
    java -cp "$CLASSPATH_BENCH" org.fazhi.registry.bench.BenchDatabase "$BENCH_DIR/pg" "$PG_PORT" \
        > "$BENCH_DIR/database.log" 2>&1 &
    STARTED+=($!)
    for _ in $(seq 1 120); do
        [ -f "$BENCH_DIR/pg.ready" ] && return 0
        sleep 1
    done
    echo "the database did not start: see $BENCH_DIR/database.log" >&2
    return 1
}

start_service() {
    # shellcheck disable=SC2086 # the options are words
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$SERVICE_PORT" QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="$(pwd)/src/test/resources/dev-keys/publicKey.pem" \
        MP_JWT_VERIFY_ISSUER=https://dev.fazhi-registry.invalid \
        MALLOC_ARENA_MAX=2 java $SERVICE_JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar > "$BENCH_DIR/service.log" 2>&1 &
    SERVICE_PID=$!
    STARTED+=("$SERVICE_PID")
    # A first start on a large database runs new migrations first (an index over a million reports takes an hour).
    wait_for "http://127.0.0.1:${SERVICE_PORT}/q/health/ready" "${SERVICE_START_SECONDS:-120}"
}

load_data() { # REPORTS
    local reports
    reports=$(psql_value "select count(*) from report")
    if [ "$reports" -lt 2000 ]; then
        java -cp "$CLASSPATH_BENCH" org.fazhi.registry.bench.BenchLoader "http://127.0.0.1:${SERVICE_PORT}/graphql"
    fi
    java -cp "$CLASSPATH_BENCH" org.fazhi.registry.bench.BenchMultiplier "$JDBC_URL" "$1"
}

psql_value() { # SQL: runs it and prints the value it answers, through the JDBC driver the build already fetched
    java -cp "$CLASSPATH_BENCH" org.fazhi.registry.bench.BenchSql "$JDBC_URL" "$1"
}

start_postgraphile() {
    local dir="$BENCH_DIR/postgraphile"
    # PostGraphile orders the year list by the bare column (this service coalesces unknown dates): give it the
    # index its own ordering needs, as a front-end team deploying it would. Not part of the service's schema.
    psql_value "create index if not exists bench_postgraphile_year_published_idx on report (report_year, published_date, id)"
    if [ ! -x "$dir/node_modules/.bin/node" ] || [ ! -d "$dir/node_modules/postgraphile" ]; then
        mkdir -p "$dir"
        (cd "$dir" && npm init -y > /dev/null && npm install --no-audit --no-fund node@22 postgraphile@5.1.5 > install.log)
    fi
    # exec: the process started is Node itself, so its id is the one to measure and to stop.
    (cd "$dir" && PATH="$dir/node_modules/.bin:$PATH" GRAPHILE_ENV=production \
        exec node node_modules/postgraphile/dist/cli-run.js -P postgraphile/presets/amber \
        -c "postgres://postgres:postgres@127.0.0.1:${PG_PORT}/registry" -s public -n 127.0.0.1 -p "$POSTGRAPHILE_PORT" \
        > "$BENCH_DIR/postgraphile.log" 2>&1) &
    POSTGRAPHILE_PID=$!
    STARTED+=("$POSTGRAPHILE_PID")
    for _ in $(seq 1 60); do
        kill -0 "$POSTGRAPHILE_PID" 2>/dev/null || break
        curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' \
            "http://127.0.0.1:${POSTGRAPHILE_PORT}/graphql" && return 0
        sleep 1
    done
    echo "PostGraphile did not start: see $BENCH_DIR/postgraphile.log" >&2
    return 1
}

rss_mb() { # PID: resident memory now, in MB
    awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# A wrk script that posts BODY, counts answers that are not HTTP 200 or carry GraphQL errors, and prints
# "requests rps p50_ms p99_ms errors" when done.
wrk_script() { # FILE BODY
    cat > "$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [==[$2]==]
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) errors = 0 end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then errors = errors + 1 end
end
function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, t in ipairs(threads) do failed = failed + t:get("errors") end
  io.write(string.format("%d %.1f %.1f %.1f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
LUA
}
