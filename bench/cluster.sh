#!/usr/bin/env bash
# Reads on the deployment group of config/cluster.sh: each public page measured with wrk against one
# instance, then against both instances at once (half the connections on each port, as a round-robin load
# balancer would spread them), and the two printed side by side. It starts the group on a fresh
# PostgreSQL database with the demo data, and stops it all at the end.
#
#   bench/cluster.sh          BENCH_DURATION (seconds per measurement, default 10), BENCH_CONNECTIONS (default 32)
#
# Both instances share this machine's cores: reads scale with instances only as far as there are cores
# (and database) to spare; on a machine with few cores the two-instance figure shows the sharing, not
# the gain.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
duration="${BENCH_DURATION:-10}"
connections="${BENCH_CONNECTIONS:-32}"
read -r -a ports <<< "${ASSOCIATION_CLUSTER_PORTS:-28080 28081}"
export ASSOCIATION_CLUSTER_PORTS="${ports[*]}"
export ASSOCIATION_DB_NAME="${ASSOCIATION_DB_NAME:-association_cluster_bench}"
export ASSOCIATION_DB_USER="${ASSOCIATION_DB_USER:-association_cluster_bench}"
command -v wrk >/dev/null || { echo "bench/cluster.sh needs wrk: apt-get install wrk" >&2; exit 1; }

trap '"$root/config/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
"$root/config/cluster.sh" start --fresh-data

# wrk's RESULT line (bench/report.lua): requests seconds bytes errors p50 p95 p99 max
measure() {
    local conns="$1" url="$2"
    wrk -t1 -c"$conns" -d"${duration}s" --timeout 5s -s "$bench/report.lua" "$url" \
        | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }'
}

article="$(curl -fsS "http://127.0.0.1:${ports[0]}/api/articles?page=1&size=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')"
article="/${article#http*://*/}"
paths=(/ /en/activities "$article" /feed.atom "/api/articles?page=1")

for path in "${paths[@]}"; do
    for port in "${ports[@]}"; do
        wrk -t1 -c"$connections" -d3s "http://127.0.0.1:$port$path" >/dev/null
    done
done

printf '%-40s %14s %10s %14s %10s %8s\n' address "1 inst. req/s" "p99 ms" "2 inst. req/s" "p99 ms" errors
for path in "${paths[@]}"; do
    read -r requests seconds _ errors _ _ p99 _ <<< "$(measure "$connections" "http://127.0.0.1:${ports[0]}$path")"
    one_rate=$(awk -v r="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
    one_p99="$p99"
    both="$(mktemp -d)"
    for port in "${ports[@]:0:2}"; do
        measure $((connections / 2)) "http://127.0.0.1:$port$path" > "$both/$port" &
    done
    wait
    read -r two_rate two_p99 two_errors <<< "$(cat "$both"/* | awk '{ rate += $1 / $2; errors += $4; if ($7 > p99) p99 = $7 }
        END { printf "%.0f %.2f %d", rate, p99, errors }')"
    rm -rf "$both"
    printf '%-40s %14s %10s %14s %10s %8s\n' "$path" "$one_rate" "$one_p99" "$two_rate" "$two_p99" $((errors + two_errors))
done
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
    "wrk -t1 -c$connections -d${duration}s on loopback; demo data"
