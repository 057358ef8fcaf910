#!/usr/bin/env bash
# Mixed load on loopback against a server of its own: readers on the public pages (wrk) and staff
# editing members and articles in signed-in sessions (bench/StaffClient.java, as the back office's forms post), for ten
# minutes by default. Prints the figures: requests, 5xx answers (must be 0), errors and stack traces
# in the server log (must be 0), the server's resident memory at start, middle and end (should stay
# flat). Exits non-zero when a 5xx or a logged error occurred.
#
#   ops/load.sh [--duration SECONDS] [--port-offset N] [--readers CONNECTIONS] [--staff SESSIONS] [--no-build]
#
#   --duration     how long the load runs, in seconds (default 600; 60 for a quick try)
#   --port-offset  moves every port of the load's domain (HTTP 8080+N, admin 4848+N...) (default 0)
#   --readers      wrk connections reading public pages (default 8)
#   --staff        signed-in staff sessions saving members and articles (default 4)
#   --no-build     use the EAR already built in association-ear/target
#
# Needs wrk, curl and a JDK. The server is a fresh Payara domain "association-load" with the demo data in
# association-ear/target/load-data; it is stopped at the end, whatever happens.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
# shellcheck source=../config/domain-commands.sh
source config/domain-commands.sh
duration=600 port_offset=0 readers=8 staff=4 build=true
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="$2"; shift 2 ;;
        --port-offset) port_offset="$2"; shift 2 ;;
        --readers) readers="$2"; shift 2 ;;
        --staff) staff="$2"; shift 2 ;;
        --no-build) build=false; shift ;;
        *) echo "load.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
for tool in wrk curl java javac; do
    command -v "$tool" >/dev/null || { echo "load.sh needs $tool (apt-get install $tool)" >&2; exit 2; }
done

payara_home="$root/association-ear/target/payara6"
domain=association-load
asadmin="$payara_home/bin/asadmin"
http_port=$((8080 + port_offset))
admin_port=$((4848 + port_offset))
base="http://127.0.0.1:$http_port"
export ASSOCIATION_SITE_URL="$base"
work="$root/association-ear/target/load"
server_log="$payara_home/glassfish/domains/$domain/logs/server.log"
password="load test passphrase $RANDOM$RANDOM"

if $build; then
    echo "Building (tests skipped) ..."
    mvn -B -q -DskipTests package
fi
rm -rf "$work"
mkdir -p "$work"

export ASSOCIATION_ADMIN_PASSWORD="$password" ASSOCIATION_DEMO_DATA=true
config/prepare-domain.sh --payara-home "$payara_home" --domain "$domain" --data-dir "$root/association-ear/target/load-data" \
    --libs "$root/association-ear/target/server-lib" --port-offset "$port_offset" --fresh-data > /dev/null

pids=()
stop_all() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    association_stop_started "$asadmin" "$domain" > /dev/null
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "Starting domain $domain (HTTP $http_port, admin $admin_port) ..."
association_start_domain "$payara_home" "$domain" "$admin_port" "$http_port" "$root/association-ear/target/association-ear.ear" \
    > "$work/start.log" || { echo "The server did not start; see $work/start.log and $server_log" >&2; exit 1; }
server_pid="$(cat "$payara_home/glassfish/domains/$domain/config/pid")"

# What readers read: the pages of the demo site, every published article, a search, the feeds and the API.
{
    printf '%s\n' / /en/ /activities /en/activities /notices /en/notices /association-news /leadership /en/secretariat \
        /directory /join /feed.atom /en/activities/feed.atom /sitemap.xml /api/articles "/search?q=%E4%BC%9A%E9%95%BF" \
        "/en/search?q=meeting"
    curl -s "$base/api/articles?size=100" | grep -o '"url":"[^"]*"' | sed -e 's/"url":"//' -e 's/"$//' -e "s#^$base##"
} > "$work/paths.txt"

# ---- staff: each session signs in once, then saves a member (its own, or the one all share) and an article in turn,
# through the forms as the back office's pages post them (bench/StaffClient.java), one answer a line in its log
javac -d "$work/staff-client" bench/StaffClient.java
staff_client() {
    java -cp "$work/staff-client" StaffClient "$@"
}
# run in the background: the job is the Java process itself, so that stopping the job stops the session
staff_session() {
    local n="$1"
    exec java -cp "$work/staff-client" StaffClient edits "$base" admin "$password" "$duration" "$n" \
        "$(IFS=,; echo "${members[*]}")" "$(IFS=,; echo "${articles[*]}")" "$work/last-refused.xml" \
        > "$work/staff-$n.log" 2> "$work/staff-$n.err"
}

cookie="$(staff_client login "$base" admin "$password")"
mapfile -t members < <(curl -s -H "Cookie: $cookie" "$base/admin/members/" | grep -o 'edit.xhtml?id=[0-9]*' | sed 's/.*=//' \
    | sort -u | head -"$((staff + 1))")
mapfile -t articles < <(curl -s "$base/api/articles?size=100" | grep -o '"id":[0-9]*' | sed 's/.*://' | head -"$((staff * 2))")
[ ${#members[@]} -gt 0 ] && [ ${#articles[@]} -gt 0 ] \
    || { echo "no members or articles to edit; is the demo data there?" >&2; exit 1; }

log_mark=$(stat -c %s "$server_log")
rss() { ps -o rss= -p "$server_pid" | tr -d ' '; }
rss_start=$(rss)
( while kill -0 "$server_pid" 2>/dev/null; do echo "$SECONDS $(rss)"; sleep 10; done ) > "$work/rss.txt" &
pids+=($!)

echo "Load for $duration s: $readers reader connections on $(wc -l < "$work/paths.txt") addresses, $staff staff sessions ..."
started=$SECONDS
for n in $(seq 1 "$staff"); do
    staff_session "$n" &
    pids+=($!)
done
( sleep $((duration / 2)); rss > "$work/rss-middle.txt" ) &
pids+=($!)
wrk -t1 -c"$readers" -d"${duration}s" -s ops/load-readers.lua "$base" -- "$work/paths.txt" > "$work/wrk.txt"
wait "${pids[@]:1}" 2>/dev/null || true
rss_end=$(rss)
elapsed=$((SECONDS - started))

# ---- figures
reader_requests=$(grep -o 'requests=[0-9]*' "$work/wrk.txt" | cut -d= -f2)
reader_5xx=$(grep -o 'status5xx=[0-9]*' "$work/wrk.txt" | cut -d= -f2)
reader_4xx=$(grep -o 'status4xx=[0-9]*' "$work/wrk.txt" | cut -d= -f2)
reader_errors=$(grep -o 'socketErrors=[0-9]*' "$work/wrk.txt" | cut -d= -f2)
cat "$work"/staff-*.log > "$work/staff.txt"
staff_requests=$(( $(wc -l < "$work/staff.txt") ))
staff_5xx=$(awk '$1 >= 500' "$work/staff.txt" | wc -l)
staff_saved=$(grep -c ' saved$' "$work/staff.txt" || true)
staff_conflicts=$(grep -c ' conflict$' "$work/staff.txt" || true)
staff_refused=$(grep -c ' refused$' "$work/staff.txt" || true)
staff_logins=$(grep -c ' login$' "$work/staff.txt" || true)
staff_login_refused=$(grep -c ' login-refused$' "$work/staff.txt" || true)
staff_failed=$(grep -c ' failed$\| redirected$' "$work/staff.txt" || true)
tail -c +"$((log_mark + 1))" "$server_log" > "$work/server-during-load.log"
log_errors=$(grep -c '\[SEVERE\]\|\[ERROR\]' "$work/server-during-load.log" || true)
log_traces=$(grep -c 'Exception\|^\s*at [a-z]' "$work/server-during-load.log" || true)
rss_middle=$(cat "$work/rss-middle.txt" 2>/dev/null || echo "?")
rss_max=$(awk '{ if ($2 > max) max = $2 } END { print max }' "$work/rss.txt")

echo
echo "==== mixed load, $elapsed s ===="
grep -E '^ +(Latency|Req/Sec)|requests in' "$work/wrk.txt" | sed 's/^/wrk: /'
echo "readers:  $reader_requests requests, $(( reader_requests / (elapsed > 0 ? elapsed : 1) ))/s, 5xx $reader_5xx," \
    "4xx $reader_4xx, socket errors $reader_errors"
echo "staff:    $staff_requests requests, sign-ins $staff_logins (refused $staff_login_refused), saves $staff_saved," \
    "conflicts told $staff_conflicts, refused $staff_refused, not taken (4xx, or sent elsewhere) $staff_failed, 5xx $staff_5xx"
echo "log:      $log_errors error records, $log_traces exception or stack-trace lines (server log: $work/server-during-load.log)"
echo "memory:   resident $(( rss_start / 1024 )) MB at start, $(( ${rss_middle:-0} / 1024 )) MB in the middle," \
    "$(( rss_end / 1024 )) MB at the end (max $(( rss_max / 1024 )) MB; samples in $work/rss.txt)"
total_5xx=$((reader_5xx + staff_5xx))
if [ "$staff_failed" -ne 0 ]; then
    # seen: a 403, or the back office's 404 for a refused page, now and then for a signed-in session
    # among concurrent ones: its roles were lost for that request (Payara issue 6145)
    echo "WARNING: $staff_failed staff requests were not taken; the answers are in $work/staff-*.log"
fi
if [ "$total_5xx" -ne 0 ] || [ "$log_errors" -ne 0 ] || [ "$log_traces" -ne 0 ] || [ "$staff_login_refused" -ne 0 ]; then
    echo "FAILED: $total_5xx server errors, $staff_login_refused refused staff sign-ins, $log_errors error records" \
        "and $log_traces exception lines in the log"
    exit 1
fi
echo "OK: no server error, nothing in the log"
