#!/usr/bin/env bash
# The events benchmark (issue 20). One command, on a fresh clone:
#
#   bench/events.sh
#
# builds the EAR (tests skipped), starts it once on a new embedded Derby (migrations only, no demo data), and while it
# is stopped writes one published event whose one registration type has BENCH_EVENT_CAPACITY places. Then, on the
# server started again (no mail server: the mails wait in the outbox, written in each registration's transaction):
# - the event's page kept: wrk on its address after a warm-up, as bench/run.sh measures kept pages;
# - BENCH_EVENT_BURST readers open the page, then send the registration form all at the same moment: how many were
#   answered, registered, failed, and the form's latencies; once on a server that has not yet answered a form (the
#   first burst goes to a second event, without a limit), then on the warm one to the measured event;
# and on the server started with a page cache too small to keep any page, the event's page not kept: every answer
# rendered. With the server stopped it counts the registrations by status, the places the type's row counts and the
# mails queued: all answered, none lost, capacity exact. Prints the lines and writes them to bench/target/results/.
# Everything it starts is stopped when it ends.
#
# Settings (environment):
#   BENCH_PORT_OFFSET     ports of the bench domain, HTTP 8080+offset, administration 4848+offset (default 10000)
#   BENCH_EVENT_CAPACITY  places of the type (default 150)
#   BENCH_EVENT_BURST     readers registering at once (default 200)
#   BENCH_DURATION        seconds of each wrk measurement (default 20); BENCH_CONNECTIONS (default 32)
#   BENCH_WARMUP          seconds of load on the page before measuring (default 20)
set -euo pipefail

name=events
# shellcheck source=server.sh
source "$(dirname "${BASH_SOURCE[0]}")/server.sh"
capacity="${BENCH_EVENT_CAPACITY:-150}"
burst="${BENCH_EVENT_BURST:-200}"
page="http://127.0.0.1:$http_port/events/bench-conference"
export ASSOCIATION_DEMO_DATA=false
unset ASSOCIATION_MAIL_HOST

build
results="$work/results/events-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"

log "making the database (the application's first start)"
start_server
stop_server
java -cp "$server_lib/*" "$bench/EventBench.java" event "$data/association-db" "$capacity"
log "an event with $capacity places written"

log "the event's page, kept"
start_server
measure "$warmup" "$page" > /dev/null
kept="$(measure "$duration" "$page")"
echo "$kept" > "$results/kept.txt"

log "$burst registrations at once, on a server that has answered no form yet"
java "$bench/EventBench.java" burst "http://127.0.0.1:$http_port" bench-warm-up "$burst" | tee "$results/burst-cold.txt"
read -r _ _ cold_registered cold_failed cold_seconds cold_p50 cold_p99 _ _ < <(grep '^RESULT' "$results/burst-cold.txt")
log "$burst registrations at once, for the last places"
java "$bench/EventBench.java" burst "http://127.0.0.1:$http_port" bench-conference "$burst" | tee "$results/burst.txt"
read -r _ sent registered failed seconds p50 p99 max statuses < <(grep '^RESULT' "$results/burst.txt")
stop_server

log "the event's page, not kept"
start_server uncached
measure "$warmup" "$page" > /dev/null
rendered="$(measure "$duration" "$page")"
echo "$rendered" > "$results/not-kept.txt"
stop_server

java -cp "$server_lib/*" "$bench/EventBench.java" check "$data/association-db" | tee "$results/check.txt"
read -r _ stored confirmed waiting taken places mails < <(grep '^CHECK' "$results/check.txt")
answered=$((sent - failed))
{
    echo "event page kept: $(rate "$kept") (wrk -t1 -c$connections -d${duration}s after ${warmup}s)"
    echo "event page not kept (every answer rendered): $(rate "$rendered")"
    echo "first burst (no form answered before): $cold_registered of $burst registered, $cold_failed failed, in"\
        "$cold_seconds s, p50 $cold_p50 ms, p99 $cold_p99 ms"
    echo "burst of $sent registrations at once: $answered answered ($statuses), $registered registered, $failed failed,"\
        "all answered in $seconds s, p50 $p50 ms, p99 $p99 ms, max $max ms"
    echo "stored $stored registrations: $confirmed confirmed, $waiting waiting; the type counts $taken of $places places;"\
        "$mails mails queued"
} | tee "$results/summary.txt"
[ "$answered" = "$sent" ] && [ "$stored" = "$sent" ] && [ "$confirmed" = "$places" ] && [ "$taken" = "$places" ] \
    && [ "$waiting" = $((sent - places)) ] && [ "$mails" = "$sent" ] \
    || { log "registrations lost or capacity not exact"; exit 1; }
log "done; results in $results"
