# The benchmarks' own server, for bench/events.sh, bench/mail.sh and bench/portal.sh (sourced, after each has set
# `name`, the folder of its work under bench/target): the ports, the domain and its start and stop, the log lines,
# and wrk's measurement of one address. Everything a benchmark starts is stopped when it ends; a benchmark that
# starts more sets `bench_pids`, and those are stopped too.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
# shellcheck source=../config/domain-commands.sh
source config/domain-commands.sh
bench="$root/bench"
work="$bench/target"
offset="${BENCH_PORT_OFFSET:-10000}"
http_port=$((8080 + offset))
admin_port=$((4848 + offset))
duration="${BENCH_DURATION:-20}"
connections="${BENCH_CONNECTIONS:-32}"
warmup="${BENCH_WARMUP:-20}"
domain=association-bench
payara_home="$root/association-ear/target/payara6"
asadmin="$payara_home/bin/asadmin"
domain_dir="$payara_home/glassfish/domains/$domain"
server_lib="$root/association-ear/target/server-lib"
ear="$root/association-ear/target/association-ear.ear"
data="$work/$name/data"
export ASSOCIATION_SITE_URL="http://127.0.0.1:$http_port"
export ASSOCIATION_ADMIN_PASSWORD="Bench-Staff-Login-2026"
started_at=$SECONDS
bench_pids=()

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    for pid in "${bench_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    association_stop_started "$asadmin" "$domain" > /dev/null
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() {
    printf '[%s +%ds] %s\n' "$(date +%H:%M:%S)" $((SECONDS - started_at)) "$*" >&2
}

# Starts the server; with "uncached", its page cache holds no page (each is larger than the cache's bytes).
start_server() {
    config/prepare-domain.sh --payara-home "$payara_home" --domain "$domain" --data-dir "$data" --libs "$server_lib" \
        --port-offset "$offset" > /dev/null
    if [ "${1:-}" = uncached ]; then
        echo "create-system-properties association.page-cache.max-bytes=1" >> "$domain_dir/config/association-postboot.asadmin"
    fi
    association_start_domain "$payara_home" "$domain" "$admin_port" "$http_port" "$ear" > "$work/$name/start.log" \
        || { log "the server did not start; see $work/$name/start.log and $domain_dir/logs/server.log"; exit 1; }
}

stop_server() {
    association_stop_started "$asadmin" "$domain" > /dev/null
}

# wrk's RESULT line for the address over $1 seconds (more wrk options after it, say a header):
# requests seconds bytes errors p50 p95 p99 max
measure() {
    local seconds="$1" url="$2"
    shift 2
    wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s -s "$bench/report.lua" "$@" "$url" \
        | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }'
}

# "N req/s, p50 A ms, p95 B ms, p99 C ms, E errors" of a RESULT line
rate() {
    awk '{ printf "%.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d errors", $1 / $2, $5, $6, $7, $4 }' <<< "$1"
}

# Builds the EAR (tests skipped) and starts from an empty work folder.
build() {
    log "building the EAR (tests skipped)"
    mvn -B -q -DskipTests package
    rm -rf "${work:?}/$name"
    mkdir -p "$work/$name"
}
