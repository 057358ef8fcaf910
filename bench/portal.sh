#!/usr/bin/env bash
# The member portal benchmark (issue 21). One command, on a fresh clone:
#
#   bench/portal.sh
#
# builds the EAR (tests skipped), starts it once on a new embedded Derby with the demo content, and while it is
# stopped adds BENCH_MEMBERS members in bulk (bench/DatasetGenerator.java, no articles) and gives BENCH_SESSIONS
# active physicians, those with the most positions and registrations, a password (bench/PortalBench.java). On the
# server started again it signs each in through the portal's sign-in form and measures their pages, /member/
# (rendered for every request: a member's page is never kept), with wrk after a warm-up, each request in a session
# of its own member in turn. Prints the lines and writes them to bench/target/results/. Everything it starts is
# stopped when it ends.
#
# Settings (environment):
#   BENCH_PORT_OFFSET     ports of the bench domain, HTTP 8080+offset, administration 4848+offset (default 10000)
#   BENCH_MEMBERS         members added to the demo's (default 100000)
#   BENCH_SESSIONS        members signed in, a session each (default 32)
#   BENCH_DURATION        seconds of the wrk measurement (default 20); BENCH_CONNECTIONS (default 32)
#   BENCH_WARMUP          seconds of load on the page before measuring (default 20)
set -euo pipefail

name=portal
# shellcheck source=server.sh
source "$(dirname "${BASH_SOURCE[0]}")/server.sh"
members="${BENCH_MEMBERS:-100000}"
sessions="${BENCH_SESSIONS:-32}"
password="Bench-Member-Passphrase-2026"
base="http://127.0.0.1:$http_port"
export ASSOCIATION_DEMO_DATA=true
unset ASSOCIATION_MAIL_HOST

build
results="$work/results/portal-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"

log "making the database (the application's first start, with the demo content)"
start_server
stop_server
java -cp "$server_lib/*" "$bench/DatasetGenerator.java" --db "$data/association-db" --articles 0 --members "$members" \
    > "$results/dataset.txt"
java -cp "$server_lib/*" "$bench/PortalBench.java" password "$data/association-db" "$password" "$sessions" \
    > "$results/members.txt"
read -r email number < "$results/members.txt"
log "$members members added; $(wc -l < "$results/members.txt") of them have a password, the first $email ($number)"

start_server
while read -r address _; do
    java "$bench/StaffClient.java" member "$base" "$address" "$password"
done < "$results/members.txt" > "$results/cookies.txt"
cookie="$(head -n 1 "$results/cookies.txt")"
curl -s -o "$results/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/member/" | grep -q 200 \
    || { log "the member's page did not answer 200"; exit 1; }
grep -q "$number" "$results/page.html" || { log "the member's page does not show their number"; exit 1; }
bytes="$(stat -c %s "$results/page.html")"
export BENCH_COOKIES="$results/cookies.txt"
measure "$warmup" "$base/member/" > /dev/null
page="$(measure "$duration" "$base/member/")"
echo "$page" > "$results/page.txt"
stop_server

{
    echo "member page at $members members more than the demo's: $(rate "$page"), $bytes bytes"\
        "(wrk -t1 -c$connections -d${duration}s after ${warmup}s, $sessions members in turn, the first $number)"
} | tee "$results/summary.txt"
log "done; results in $results"
