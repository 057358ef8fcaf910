#!/usr/bin/env bash
# The benchmark of the public site and the back office (issue 5). One command, on a fresh clone:
#
#   bench/run.sh
#
# builds the EAR (tests skipped); makes the datasets once (kept in bench/target/datasets, made again only when
# the generator changes): a database started once by the application (migrations, demo
# content), then filled in bulk by bench/DatasetGenerator.java while no server has it open; then for each scale
# (1,000 and 100,000 articles) copies the dataset into bench/target/run, starts the application on it in its own
# Payara domain "association-bench", waits for the search index, warms up and measures every address with wrk on
# loopback, serves the very bytes the application returned from nginx on loopback and measures those too, and at
# 100,000 also the staff pages and a 10,000-row member import. It prints one table and writes it, with the raw
# numbers, to bench/target/results/. Everything it starts is stopped when it ends, however it ends; the
# developer's ./data and domain "association" are never touched.
#
# Settings (environment):
#   BENCH_PORT_OFFSET    ports of the bench domain: HTTP 8080+offset, administration 4848+offset (default 10000)
#   BENCH_STATIC_PORT    nginx's port (default 18180)
#   BENCH_ARTICLES       articles of the large dataset (default 100000); BENCH_MEMBERS members (default 100000)
#   BENCH_SMALL_ARTICLES articles of the small dataset the growth is measured against (default 1000)
#   BENCH_DURATION       seconds of each wrk measurement (default 8); BENCH_CONNECTIONS (default 32)
#   BENCH_WARMUP         seconds of load on each address before measuring (default 10)
#   BENCH_SEARCH_WARMUP  seconds of new questions on two connections before any other warm-up (default 120): a search
#                        runs far more code than a kept page (Lucene's scoring and highlighting, a whole JSF render).
#                        On two cores under 32 connections the JIT's compiler threads share the CPU with every request
#                        thread and do not finish within the warm-up; on two connections they do (bench/RESULTS.md,
#                        "New questions")
#   BENCH_ROUNDS         rounds of load on the application at each scale (default 3): memory over them, and the growth
#                        from each scale's median round, so that one slow minute of a shared machine does not decide it
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
# shellcheck source=../config/domain-commands.sh
source config/domain-commands.sh
bench="$root/bench"
work="$bench/target"
offset="${BENCH_PORT_OFFSET:-10000}"
http_port=$((8080 + offset))
# the bench asks by 127.0.0.1, so that is the address the pages it measures are kept for
export ASSOCIATION_SITE_URL="http://127.0.0.1:$http_port"
admin_port=$((4848 + offset))
static_port="${BENCH_STATIC_PORT:-18180}"
large_articles="${BENCH_ARTICLES:-100000}"
large_members="${BENCH_MEMBERS:-100000}"
small_articles="${BENCH_SMALL_ARTICLES:-1000}"
duration="${BENCH_DURATION:-8}"
warmup="${BENCH_WARMUP:-10}"
search_warmup="${BENCH_SEARCH_WARMUP:-120}"
connections="${BENCH_CONNECTIONS:-32}"
rounds="${BENCH_ROUNDS:-3}"
domain=association-bench
payara_home="$root/association-ear/target/payara6"
asadmin="$payara_home/bin/asadmin"
domain_dir="$payara_home/glassfish/domains/$domain"
server_lib="$root/association-ear/target/server-lib"
ear="$root/association-ear/target/association-ear.ear"
# the bench's own first account; a benchmark database is thrown away and never reachable from outside
export ASSOCIATION_ADMIN_PASSWORD="Bench-Staff-Login-2026"
export ASSOCIATION_DEMO_DATA=true
started_at=$SECONDS

missing=()
for tool in wrk nginx curl java mvn; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench/run.sh needs: ${missing[*]}. On Debian: apt-get install wrk nginx-light curl (and JDK 17 + Maven)." >&2
    exit 1
fi

nginx_pid="" sampler_pid=""
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    stop_server
    if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() {
    printf '[%s +%ds] %s\n' "$(date +%H:%M:%S)" $((SECONDS - started_at)) "$*" >&2
}

# ------------------------------------------------------------------------------------------------- server

http_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$http_port$1" 2>/dev/null || true
}

# Starts the application on a data folder, as run.sh does (association_start_domain).
start_server() {
    config/prepare-domain.sh --payara-home "$payara_home" --domain "$domain" --data-dir "$1" --libs "$server_lib" \
        --port-offset "$offset" > /dev/null
    association_start_domain "$payara_home" "$domain" "$admin_port" "$http_port" "$ear" > "$work/start.log" \
        || { log "the server did not start; see $work/start.log and $domain_dir/logs/server.log"; exit 1; }
}

stop_server() {
    if [ -n "$association_server_group" ]; then
        # undeployed first: a domain restarted with an EAR still deployed once failed to load it
        timeout -k 5 300 "$asadmin" --port "$admin_port" undeploy association >/dev/null 2>&1 || true
    fi
    association_stop_started "$asadmin" "$domain" > /dev/null
}

server_rss_mb() {
    local pid
    pid="$(cat "$domain_dir/config/pid" 2>/dev/null || true)"
    [ -n "$pid" ] && ps -o rss= -p "$pid" | awk '{ printf "%d", $1 / 1024 }'
}

# ------------------------------------------------------------------------------------------------ datasets

# Makes (once) the dataset of $1 articles and $2 members; sets dataset_dir to its folder.
dataset() {
    local articles="$1" members="$2"
    local dir="$work/datasets/a$articles-m$members"
    dataset_dir="$dir"
    local fingerprint
    # later migrations apply to a copy at its start, like to any database; a new generator makes new data
    fingerprint="$(sha256sum < "$bench/DatasetGenerator.java" | cut -c1-16)"
    if [ -f "$dir/facts.properties" ] && [ "$(cat "$dir/fingerprint" 2>/dev/null)" = "$fingerprint" ]; then
        return
    fi
    log "making the dataset of $articles articles and $members members in $dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    local t0=$SECONDS
    # the application's first start applies the migrations and loads the demo content
    start_server "$dir/data"
    stop_server
    local t1=$SECONDS
    java -cp "$server_lib/*" "$bench/DatasetGenerator.java" --db "$dir/data/association-db" --articles "$articles" \
        --members "$members" --import-csv "$dir/import.csv" > "$dir/facts.tmp"
    echo "schema_seconds=$((t1 - t0))" >> "$dir/facts.tmp"
    echo "bulk_load_seconds=$((SECONDS - t1))" >> "$dir/facts.tmp"
    # the next start finds the index short of the new articles and rebuilds it; the dataset keeps the result
    log "rebuilding the search index of the dataset"
    start_server "$dir/data"
    echo "search_index=$(await_search_index 3600)" >> "$dir/facts.tmp"
    stop_server
    mv "$dir/facts.tmp" "$dir/facts.properties"
    echo "$fingerprint" > "$dir/fingerprint"
    log "dataset made in $((SECONDS - t0)) s"
}

# Waits (at most $1 seconds) until the search index is current, and prints what the server said about it.
await_search_index() {
    local deadline=$((SECONDS + $1)) said=""
    until said="$(grep -ao 'Search index \(rebuilt\|caught up\): [^]]*' "$domain_dir/logs/server.log" | tail -1)" \
            && [ -n "$said" ]; do
        [ $SECONDS -lt $deadline ] || { log "the search index was not ready within $1 s"; exit 1; }
        kill -0 -- "-$association_server_group" 2>/dev/null \
            || { log "the server stopped before its search index was ready"; exit 1; }
        sleep 2
    done
    echo "$said"
}

fact() {
    grep "^$2=" "$1/facts.properties" | cut -d= -f2-
}

# ------------------------------------------------------------------------------------------------- measuring

# wrk's RESULT line for a URL: requests seconds bytes errors p50 p95 p99 max
# (with $WRK_SCRIPT instead of report.lua when set)
measure() {
    local url="$1" conns="$2"
    shift 2
    wrk -t1 -c"$conns" -d"${duration}s" --timeout 5s -s "${WRK_SCRIPT:-$bench/report.lua}" "$@" "$url" \
        | awk '/^RESULT/ { $1 = ""; print substr($0, 2) }'
}

# The wrk script of the address called $1: new-query.lua makes every request of a search-new a new address.
script_of() {
    case "$1" in
        search-new*) echo "$bench/new-query.lua" ;;
        *) echo "$bench/report.lua" ;;
    esac
}

connections_of() {
    case "$1" in
        search-new-2) echo 2 ;;
        *) echo "$connections" ;;
    esac
}

# The highest RSS of the server, sampled every second until killed, written to $1.
sample_rss() {
    local out="$1" max=0 rss
    while true; do
        rss="$(server_rss_mb)"
        if [ -n "$rss" ] && [ "$rss" -gt "$max" ]; then
            max=$rss
            echo "$max" > "$out"
        fi
        sleep 1
    done
}

start_nginx() {
    local static="$1" conf="$work/nginx/nginx.conf"
    mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
    {
        echo "worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/logs/error.log;"
        [ "$(id -u)" = 0 ] && echo "user root;"
        echo "events { worker_connections 1024; }"
        echo "http { access_log off; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;"
        echo "  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;"
        echo "  types { } keepalive_requests 1000000;"
        echo "  server { listen 127.0.0.1:$static_port;"
        for name in "${names[@]}"; do
            echo "    location = /$name { default_type \"$(cat "$static/$name.type")\"; alias $static/$name.body; }"
        done
        echo "  }"
        echo "}"
    } > "$conf"
    nginx -p "$work/nginx" -c "$conf" -g 'daemon off;' &
    nginx_pid=$!
    association_await 60 "$nginx_pid" "nginx on port $static_port" nginx_serving "/${names[0]}" > /dev/null \
        || { log "nginx did not serve; see $work/nginx"; exit 1; }
}

nginx_serving() {
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$static_port$1")" = "200" ]
}

stop_nginx() {
    if [ -n "$nginx_pid" ]; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
        nginx_pid=""
    fi
}

results="$work/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
table="$results/table.tsv"
printf 'scale\taddress\tpath\treq/s\tp50 ms\tp99 ms\terrors\tbytes\tfirst ms\tstatic req/s\tstatic p99 ms\tratio\n' > "$table"
summary="$results/summary.txt"
: > "$summary"

note() {
    echo "$*" | tee -a "$summary" >&2
}

# Measures the public pages of one dataset; at the large scale also memory over rounds and the staff pages.
run_scale() {
    local scale="$1" dir="$2" large="$3"
    local run_data="$work/run/data"
    log "[$scale] starting the application on a copy of $dir"
    rm -rf "$work/run"
    mkdir -p "$work/run"
    cp -a "$dir/data" "$run_data"
    local t0=$SECONDS
    start_server "$run_data"
    note "[$scale] start to first page: $((SECONDS - t0)) s (includes domain preparation and deployment)"
    # the dataset brings its index; the start only checks that it is current (searches are measured once it is)
    note "[$scale] $(await_search_index 1800)"
    note "[$scale] when the dataset was made: $(fact "$dir" search_index)"
    sleep 5
    note "[$scale] server RSS idle: $(server_rss_mb) MB"

    local deep_page
    deep_page="$(fact "$dir" deep_page)"
    # search: the same question again and again (kept pages answer); search-new: each request a new address
    # (bench/new-query.lua), so every one is searched and rendered; search-new-2 the same with two connections,
    # one per core here: what a new question takes when it does not queue behind 31 others
    names=(home channel channel-deep article photo feed search search-new search-new-2 api)
    local search_path="/search?q=$(fact "$dir" search_query_encoded)"
    paths=(/ /news "/news?page=$deep_page" "$(fact "$dir" article_path)" "$(fact "$dir" photo_path)" /feed.atom
        "$search_path" "$search_path&n=0" "$search_path&n=2" "/api/articles?page=1")
    local static="$work/static/$scale"
    rm -rf "$static"
    mkdir -p "$static"
    local -A first_ms=()
    for i in "${!names[@]}"; do
        # the first request of each address after the start: nothing cached, the JVM cold
        local out
        out="$(curl -sS -o "$static/${names[$i]}.body" -w '%{http_code} %{time_total} %{content_type}' \
            "http://127.0.0.1:$http_port${paths[$i]}")"
        read -r code seconds type <<< "$out"
        [ "$code" = 200 ] || { log "[$scale] ${paths[$i]} answered $code"; exit 1; }
        echo "$type" > "$static/${names[$i]}.type"
        first_ms[${names[$i]}]="$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"
    done
    log "[$scale] warming up"
    wrk -t1 -c2 -d"${search_warmup}s" -s "$bench/new-query.lua" "http://127.0.0.1:$http_port$search_path&n=w" >/dev/null
    for i in "${!names[@]}"; do
        wrk -t1 -c"$(connections_of "${names[$i]}")" -d"${warmup}s" -s "$(script_of "${names[$i]}")" \
            "http://127.0.0.1:$http_port${paths[$i]}" >/dev/null
    done
    start_nginx "$static"
    for round in $(seq 1 "$rounds"); do
        log "[$scale] measuring, round $round of $rounds"
        echo 0 > "$results/rss-$scale-$round"
        sample_rss "$results/rss-$scale-$round" &
        sampler_pid=$!
        for i in "${!names[@]}"; do
            local name="${names[$i]}" app static_result="" bytes conns
            conns="$(connections_of "$name")"
            app="$(WRK_SCRIPT="$(script_of "$name")" measure "http://127.0.0.1:$http_port${paths[$i]}" "$conns")"
            echo "$scale $round $name app $app" >> "$results/raw.txt"
            if [ "$round" = 1 ]; then
                # the static copy right after, so both see the same machine
                kill -STOP "$sampler_pid"
                static_result="$(measure "http://127.0.0.1:$static_port/$name" "$conns")"
                kill -CONT "$sampler_pid"
                echo "$scale $round $name static $static_result" >> "$results/raw.txt"
                bytes="$(stat -c %s "$static/$name.body")"
                read -r req secs _ errors p50 _ p99 _ <<< "$app"
                read -r sreq ssecs _ serrors _ _ sp99 _ <<< "$static_result"
                awk -v OFS='\t' -v scale="$scale" -v name="$name" -v path="${paths[$i]}" -v req="$req" -v secs="$secs" \
                    -v errors="$errors" -v p50="$p50" -v p99="$p99" -v bytes="$bytes" -v first="${first_ms[$name]}" \
                    -v sreq="$sreq" -v ssecs="$ssecs" -v sp99="$sp99" 'BEGIN {
                        rate = req / secs; srate = sreq / ssecs
                        printf "%s\t%s\t%s\t%.0f\t%.2f\t%.2f\t%d\t%d\t%d\t%.0f\t%.2f\t%.1f%%\n",
                            scale, name, path, rate, p50, p99, errors, bytes, first, srate, sp99,
                            100 * rate / srate }' >> "$table"
            fi
        done
        kill "$sampler_pid" 2>/dev/null || true
        wait "$sampler_pid" 2>/dev/null || true
        sampler_pid=""
        note "[$scale] server RSS under load, round $round: max $(cat "$results/rss-$scale-$round") MB;" \
            "after the round $(server_rss_mb) MB"
    done
    stop_nginx

    if $large; then
        staff "$scale" "$dir"
    fi
    stop_server
}

# Staff measurements: the member table (first page, a filter, a sort) by address, logged in, one staff member
# at a time; then a 10,000-row import, preview and commit, through the page's own requests.
staff() {
    local scale="$1" dir="$2"
    local base="http://127.0.0.1:$http_port"
    log "[$scale] staff: logging in"
    local cookie
    cookie="$(java "$bench/StaffClient.java" login "$base" admin "$ASSOCIATION_ADMIN_PASSWORD")"
    local staff_names=(members-first members-filter members-sort)
    local staff_paths=(/admin/members/ "/admin/members/?text=%E7%8E%8B&status=ACTIVE" "/admin/members/?sort=name&ascending=false")
    printf 'scale\taddress\tpath\treq/s\tp50 ms\tp95 ms\tp99 ms\terrors\tbytes\n' > "$results/staff.tsv"
    for i in "${!staff_names[@]}"; do
        local url="$base${staff_paths[$i]}" result bytes
        [ "$(curl -s -o "$results/${staff_names[$i]}.html" -w '%{http_code}' -H "Cookie: $cookie" "$url")" = 200 ] \
            || { log "[$scale] $url did not answer 200 when logged in"; exit 1; }
        grep -q 'member-link' "$results/${staff_names[$i]}.html" || { log "[$scale] $url shows no members"; exit 1; }
        bytes="$(stat -c %s "$results/${staff_names[$i]}.html")"
        result="$(measure "$url" 1 -H "Cookie: $cookie")"
        echo "$scale staff ${staff_names[$i]} app $result" >> "$results/raw.txt"
        read -r req secs _ errors p50 p95 p99 _ <<< "$result"
        awk -v OFS='\t' -v scale="$scale" -v name="${staff_names[$i]}" -v path="${staff_paths[$i]}" \
            -v req="$req" -v secs="$secs" -v errors="$errors" -v p50="$p50" -v p95="$p95" -v p99="$p99" -v bytes="$bytes" \
            'BEGIN { printf "%s\t%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\n",
                scale, name, path, req / secs, p50, p95, p99, errors, bytes }' \
            >> "$results/staff.tsv"
    done
    log "[$scale] staff: importing $(($(wc -l < "$dir/import.csv") - 1)) rows"
    # a failed import is reported, and the table still printed
    java "$bench/StaffClient.java" import "$base" admin "$ASSOCIATION_ADMIN_PASSWORD" "$dir/import.csv" 2>&1 \
        | tee -a "$summary" >&2 \
        || note "[$scale] staff: the import FAILED (above)"
}

log "building the EAR (tests skipped)"
mvn -B -q -DskipTests package
dataset "$small_articles" 1000
small_dir="$dataset_dir"
dataset "$large_articles" "$large_members"
large_dir="$dataset_dir"
run_scale "$small_articles" "$small_dir" false
run_scale "$large_articles" "$large_dir" true

# ---------------------------------------------------------------------------------------------------- report
{
    echo
    echo "Association benchmark, $(date '+%Y-%m-%d %H:%M %Z'); $(nproc) cores," \
        "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1);" \
        "wrk -t1 -c$connections -d${duration}s on loopback"
    echo "datasets: large $(fact "$large_dir" articles) articles ($(fact "$large_dir" article_body_megabytes) MB of bodies)," \
        "$large_members members,"
    echo "  database $(du -sm "$large_dir/data" | cut -f1) MB, made in $(fact "$large_dir" bulk_load_seconds) s" \
        "(+$(fact "$large_dir" schema_seconds) s first start);"
    echo "  small $(fact "$small_dir" articles) articles." \
        "first ms = the first request after the start (nothing cached, JVM cold)."
    echo
    column -t -s $'\t' "$table"
    echo
    column -t -s $'\t' "$results/staff.tsv"
    echo
    cat "$summary"
    echo
    echo "growth (time per request at $large_articles articles / at $small_articles, each the median of its $rounds rounds;"
    echo "target at most 1.3):"
    awk -v small="$small_articles" -v large="$large_articles" '
        function median(scale, name,    n, i, j, v, sorted) {
            n = count[scale, name]
            for (i = 1; i <= n; i++) {
                v = rate[scale, name, i]
                for (j = i - 1; j >= 1 && sorted[j] > v; j--) sorted[j + 1] = sorted[j]
                sorted[j + 1] = v
            }
            return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
        }
        $2 ~ /^[0-9]+$/ && $4 == "app" { rate[$1, $3, ++count[$1, $3]] = $5 / $6; names[$3] = 1 }
        END { for (n in names) if (count[small, n] && count[large, n])
            printf "  %-14s %.2f\n", n, median(small, n) / median(large, n) }' "$results/raw.txt" | sort
    echo
    echo "raw wrk numbers: $results/raw.txt; the whole run took $((SECONDS - started_at)) s"
} | tee "$results/report.txt"
