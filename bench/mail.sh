#!/usr/bin/env bash
# The mail benchmark (issue 19). One command, on a fresh clone:
#
#   bench/mail.sh
#
# builds the EAR (tests skipped), starts it once on a new embedded Derby (migrations only, no demo data), and while it
# is stopped writes BENCH_MAILS active members with addresses and a notice to the active members whose time has come
# (or, BENCH_MAIL_MODE=queue, fills the outbox with that many mails as a notice's expansion leaves it). It starts the
# server again pointed at a GreenMail on loopback with the throttle off: the server's own turns expand the notice and
# send it. It measures the time from the server's start (deployed and answering) to the last mail GreenMail accepted,
# and from the first to the last, the rates, the mails that came twice to one address, and the server's heap (old
# generation, sampled every second by jstat) and RSS over the run. Prints one line and writes it with the raw samples
# to bench/target/results/.
# Everything it starts is stopped when it ends.
#
# Settings (environment):
#   BENCH_PORT_OFFSET    ports of the bench domain, HTTP 8080+offset, administration 4848+offset, SMTP 3025+offset
#                        (default 10000)
#   BENCH_MAILS          members of the notice, or mails in the outbox (default 10000)
#   BENCH_MAIL_MODE      notice (default) or queue
#   BENCH_MAIL_SECONDS   how long GreenMail waits for the last one (default 900)
set -euo pipefail

name=mail
# shellcheck source=server.sh
source "$(dirname "${BASH_SOURCE[0]}")/server.sh"
smtp_port=$((3025 + offset))
mails="${BENCH_MAILS:-10000}"
mode="${BENCH_MAIL_MODE:-notice}"
wait_seconds="${BENCH_MAIL_SECONDS:-900}"
greenmail_jar="$work/lib/greenmail-standalone.jar"
export ASSOCIATION_DEMO_DATA=false
export ASSOCIATION_MAIL_HOST=127.0.0.1 ASSOCIATION_MAIL_PORT="$smtp_port" ASSOCIATION_MAIL_TLS=none
export ASSOCIATION_MAIL_FROM=bench@association.test ASSOCIATION_MAIL_USER=bench ASSOCIATION_MAIL_PASSWORD=bench-only
export ASSOCIATION_MAIL_PER_MINUTE=0

build
if [ ! -s "$greenmail_jar" ]; then
    version="$(sed -n "s:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p" "$root/pom.xml")"
    mvn -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$version" -DoutputDirectory="$work/lib"
    mv "$work/lib/greenmail-standalone-$version.jar" "$greenmail_jar"
fi

log "making the database (the application's first start)"
start_server
stop_server
java -cp "$server_lib/*:$greenmail_jar" "$bench/MailBench.java" "$mode" "$data/association-db" "$mails"
log "$mode of $mails mails written"

results="$work/results/mail-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
java -cp "$greenmail_jar" "$bench/MailBench.java" sink "$smtp_port" "$ASSOCIATION_MAIL_FROM" "$ASSOCIATION_MAIL_USER" \
    "$ASSOCIATION_MAIL_PASSWORD" "$mails" "$wait_seconds" > "$results/sink.txt" &
sink_pid=$!
bench_pids+=("$sink_pid")
association_await 60 "$sink_pid" "GreenMail on port $smtp_port" grep -q READY "$results/sink.txt" > /dev/null \
    || { log "GreenMail did not start; see $results/sink.txt"; exit 1; }

log "starting the server on the $mode"
start_server
ready_ms="$(date +%s%3N)"
pid="$(cat "$domain_dir/config/pid")"
jstat -gc "$pid" 1000 > "$results/jstat.txt" &
bench_pids+=($!)
max_rss=0
while kill -0 "$sink_pid" 2>/dev/null; do
    rss="$(ps -o rss= -p "$pid" | awk '{ printf "%d", $1 / 1024 }')"
    [ "${rss:-0}" -le "$max_rss" ] || max_rss="$rss"
    sleep 1
done
wait "$sink_pid" || true

read -r _ received distinct first_ms last_ms < <(grep '^RESULT' "$results/sink.txt")
[ "$distinct" = "$mails" ] || { log "only $distinct of $mails mails arrived in $wait_seconds s"; exit 1; }
total_seconds="$(awk -v a="$ready_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
total_rate="$(awk -v n="$mails" -v a="$ready_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", n * 1000 / (b - a) }')"
seconds="$(awk -v a="$first_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
rate="$(awk -v n="$mails" -v a="$first_ms" -v b="$last_ms" 'BEGIN { printf "%.1f", (n - 1) * 1000 / (b - a) }')"
# old generation used (jstat's OU, KB) at the first sample, its highest, and at the last
heap="$(awk 'NR > 1 && $0 !~ /S0C/ {
        for (i = 1; i <= NF; i++) if (h[i] == "OU") ou = $i / 1024;
        if (first == "") first = ou; if (ou > max) max = ou; last = ou }
    NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }
    END { printf "old generation %.0f MB at the start, %.0f MB at the most, %.0f MB at the end", first, max, last }' \
    "$results/jstat.txt")"
line="$mode, $mails mails: server start to last accepted in $total_seconds s, $total_rate mails/s; first to last \
accepted in $seconds s, $rate mails/s; received $received, duplicates $((received - distinct)); $heap; \
RSS at the most $max_rss MB"
echo "$line" | tee "$results/summary.txt"
log "done; results in $results"
