#!/usr/bin/env bash
# Builds the EAR, prepares a Payara Server 6 domain with embedded Derby, deploys, and serves the site
# in the foreground until Ctrl-C or SIGTERM. Needs only JDK 17 and Maven; Payara comes from Maven Central.
#
#   ASSOCIATION_HTTP_PORT       HTTP port (default 8080)
#   ASSOCIATION_DATA_DIR        where the database lives and survives restarts (default ./data)
#   ASSOCIATION_ADMIN_PASSWORD  password of the first 'admin' account, on the first start only
#                               (default: a random one, written once to the server log)
#   ASSOCIATION_DEMO_DATA       load the demo content into an empty database (default true)
#   ASSOCIATION_PORT_OFFSET     moves the server's other ports (administration 4848, IIOP, JMX...) by
#                               this much, to run beside another domain such as the tests' (default 0)
#   ASSOCIATION_DB              derby-embedded (default), derby-network or postgresql, with ASSOCIATION_DB_HOST,
#                               _PORT, _NAME, _USER, _PASSWORD and ASSOCIATION_BACKUP_DIR: see config/domain-commands.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
root="$(pwd)"
# shellcheck source=config/domain-commands.sh
source config/domain-commands.sh
port_offset="${ASSOCIATION_PORT_OFFSET:-0}"
port="${ASSOCIATION_HTTP_PORT:-$((8080 + port_offset))}"
admin_port=$((4848 + port_offset))
data_dir="${ASSOCIATION_DATA_DIR:-$root/data}"
payara_home="$root/association-ear/target/payara6"
domain=association
asadmin="$payara_home/bin/asadmin"
ear="$root/association-ear/target/association-ear.ear"

echo "Building (tests skipped) ..."
mvn -B -q -DskipTests package

export ASSOCIATION_DEMO_DATA="${ASSOCIATION_DEMO_DATA:-true}"
postboot="$(config/prepare-domain.sh --payara-home "$payara_home" --domain "$domain" --data-dir "$data_dir" \
    --libs "$root/association-ear/target/server-lib" --http-port "$port" --port-offset "$port_offset")"

server_pid=""
stop() {
    local code="${1:-0}"
    trap - INT TERM
    echo
    echo "Stopping the server ..."
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    echo "Stopped."
    exit "$code"
}
trap 'stop 0' INT TERM

# Its own process group, so a Ctrl-C reaches only this script, which then stops the server in order.
setsid "$asadmin" start-domain --verbose --postbootcommandfile "$postboot" "$domain" \
    > "$payara_home/glassfish/domains/$domain/logs/console.log" 2>&1 &
server_pid=$!


server_log="$payara_home/glassfish/domains/$domain/logs/server.log"
echo "Starting Payara Server with the data in $data_dir (log: $server_log) ..."
deadline=$((SECONDS + 600))
# Up, and through its post-boot configuration, once the datasource is there.
until "$asadmin" --port "$admin_port" list-jdbc-resources 2>/dev/null | grep -q '^jdbc/association$'; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "The server stopped while starting; see $server_log" >&2
        exit 1
    fi
    if [ $SECONDS -gt $deadline ]; then
        echo "The server did not come up within 10 minutes; see $server_log" >&2
        stop 1
    fi
    sleep 1
done

if ! association_store_db_password "$asadmin" --port "$admin_port"; then
    echo "The database password could not be stored; see $server_log" >&2
    stop 1
fi
echo "Deploying $ear ..."
# on the site's virtual server only: the monitoring one (config/domain-commands.sh) serves /metrics alone
if ! "$asadmin" --port "$admin_port" deploy --name association --virtualservers server "$ear"; then
    echo "The deployment failed; see $server_log" >&2
    stop 1
fi
url="http://localhost:$port/"
until [ "$(association_site_status "$port" 2>/dev/null)" = "200" ]; do
    sleep 1
done
echo "The association site is running at $url  (Ctrl-C stops it)"
wait "$server_pid" || true
