#!/usr/bin/env bash
# The bank-statement import benchmark (issue 21). One command, on a fresh clone:
#
#   bench/statement.sh
#
# builds the EAR (tests skipped), starts it once on a new embedded Derby with the demo content, and while it
# is stopped adds BENCH_STATEMENT_MEMBERS members in bulk (bench/DatasetGenerator.java, no articles), then gives the first
# BENCH_STATEMENT_LINES active ones an invoice of 300.00 for the year BENCH_STATEMENT_YEAR and writes the bank's statement
# of their transfers, one line each (bench/StatementBench.java: 98 in 100 the whole amount with the reference, one
# half of it, one without the reference). On the server started again a staff member signs in and imports the statement
# through the dues' import page, as the page's own requests do (bench/StaffClient.java): the upload and its preview,
# then the commit, which records and confirms a bank transfer for every matched line in one transaction; both timed.
# With the server stopped it counts the confirmed payments, paid invoices, renewed members and paying lines.
# Prints the lines and writes them to bench/target/results/. Everything it starts is stopped when it ends.
#
# Settings (environment):
#   BENCH_PORT_OFFSET         ports of the bench domain, HTTP 8080+offset, administration 4848+offset (default 10000)
#   BENCH_STATEMENT_LINES     invoices and statement lines (default 10000)
#   BENCH_STATEMENT_MEMBERS   members added, of whom some 84 % active (default 12500)
#   BENCH_STATEMENT_YEAR      the invoices' period (default 2030, past every generated member's paid-up-until)
set -euo pipefail

name=statement
# shellcheck source=server.sh
source "$(dirname "${BASH_SOURCE[0]}")/server.sh"
lines="${BENCH_STATEMENT_LINES:-10000}"
members="${BENCH_STATEMENT_MEMBERS:-12500}"
year="${BENCH_STATEMENT_YEAR:-2030}"
base="http://127.0.0.1:$http_port"
# the member generator places its members beside the demo content (it needs its channels)
export ASSOCIATION_DEMO_DATA=true
unset ASSOCIATION_MAIL_HOST

build
results="$work/results/statement-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
statement="$results/statement.csv"

log "making the database (the application's first start)"
start_server
stop_server
java -cp "$server_lib/*" "$bench/DatasetGenerator.java" --db "$data/association-db" --articles 0 --members "$members" \
    > "$results/dataset.txt"
read -r _ invoices matched partial unmatched < <(java -cp "$server_lib/*" "$bench/StatementBench.java" invoices \
    "$data/association-db" "$lines" "$year" "$statement" | grep '^INVOICES')
log "$invoices invoices; the statement: $matched lines to match, $partial partial, $unmatched unmatched"

start_server
java "$bench/StaffClient.java" statement "$base" admin "$ASSOCIATION_ADMIN_PASSWORD" "$statement" | tee "$results/import.txt"
read -r _ preview commit previewed_matched paid counts < <(grep '^RESULT' "$results/import.txt")
stop_server

java -cp "$server_lib/*" "$bench/StatementBench.java" check "$data/association-db" "$year" | tee "$results/check.txt"
read -r _ confirmed paid_invoices renewed paying < <(grep '^CHECK' "$results/check.txt")
{
    echo "statement of $invoices lines against $invoices invoices: preview $preview s, commit $commit s,"\
        "in all $(awk "BEGIN { print $preview + $commit }") s (target: under 20 s); previewed $counts"
    echo "stored: $confirmed confirmed payments, $paid_invoices invoices paid, $renewed members paid up to $year-12-31,"\
        "$paying paying lines"
} | tee "$results/summary.txt"
[ "$previewed_matched" = "$matched" ] && [ "$paid" = "$matched" ] && [ "$confirmed" = "$matched" ] \
    && [ "$paid_invoices" = "$matched" ] && [ "$paying" = "$matched" ] \
    || { log "the import did not pay exactly the matched lines"; exit 1; }
log "done; results in $results"
