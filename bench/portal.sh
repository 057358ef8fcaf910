#!/usr/bin/env bash
# The member portal benchmark (issue 21). One command, on a fresh clone:
#
#   bench/portal.sh
#
# builds the EAR (tests skipped), starts it once on a new embedded Derby with the demo content, and while it is
# stopped adds BENCH_MEMBERS members in bulk (bench/DatasetGenerator.java, no articles) and gives the demo's active
# physician with the most positions and registrations a password (bench/PortalBench.java). On the server started
# again it signs that member in through the portal's sign-in form and measures their page, /member/ (rendered for
# every request: a member's page is never kept), with wrk after a warm-up. Prints the lines and writes them to
# bench/target/results/. Everything it starts is stopped when it ends.
#
# Settings (environment):
#   BENCH_PORT_OFFSET     ports of the bench domain, HTTP 8080+offset, administration 4848+offset (default 10000)
#   BENCH_MEMBERS         members added to the demo's (default 100000)
#   BENCH_DURATION        seconds of the wrk measurement (default 20); BENCH_CONNECTIONS (default 32)
#   BENCH_WARMUP          seconds of load on the page before measuring (default 20)
set -euo pipefail

name=portal
# shellcheck source=server.sh
source "$(dirname "${BASH_SOURCE[0]}")/server.sh"
members="${BENCH_MEMBERS:-100000}"
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
read -r email number < <(java -cp "$server_lib/*" "$bench/PortalBench.java" password "$data/association-db" "$password")
log "$members members added; $email ($number) has a password"

start_server
cookie="$(java "$bench/StaffClient.java" member "$base" "$email" "$password")"
curl -s -o "$results/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/member/" | grep -q 200 \
    || { log "the member's page did not answer 200"; exit 1; }
grep -q "$number" "$results/page.html" || { log "the member's page does not show their number"; exit 1; }
bytes="$(stat -c %s "$results/page.html")"
measure "$warmup" "$base/member/" -H "Cookie: $cookie" > /dev/null
page="$(measure "$duration" "$base/member/" -H "Cookie: $cookie")"
echo "$page" > "$results/page.txt"
stop_server

{
    echo "member page at $members members more than the demo's: $(rate "$page"), $bytes bytes"\
        "(wrk -t1 -c$connections -d${duration}s after ${warmup}s, signed in as $number)"
} | tee "$results/summary.txt"
log "done; results in $results"
