#!/usr/bin/env bash
# Makes a fresh Payara domain for the association: a copy of the distribution's pristine domain1,
# the JDBC driver jars in its lib folder, and a post-boot command file (domain-commands.sh) that
# configures it on its next start. Used by run.sh and by the integration tests. The database password,
# if any, is stored once the domain runs (association_store_passwords), as setup-domain.sh does.
#
#   prepare-domain.sh --payara-home DIR --domain NAME --data-dir DIR --libs DIR
#                     [--http-port N] [--port-offset N] [--heap SIZE] [--configure-now] [--fresh-data] [--bare]
#
# The EAR is deployed with "asadmin deploy" once the domain runs, not from the post-boot file: a
# deploy there waits three minutes on Payara's JMS configuration listener before it goes on.
#
#   --port-offset N     move every port of the domain by N (administration 4848+N, HTTP 8080+N unless
#                       --http-port says otherwise, monitoring 8190+N, IIOP, JMS, JMX, data grid...), so that several
#                       domains (a developer's, the tests', the benchmark's) can run side by side
#   --heap SIZE         the server's heap (-Xmx), default 384m; the tests' domain, which one server keeps for
#                       twenty deployments of the EAR one after another, takes more
#   --configure-now     start the domain once to apply the commands, then stop it: the domain is
#                       then configured for anyone who starts it (the Arquillian tests)
#   --fresh-data        empty the data folder first (the tests' own folder, never the developer's)
#   --bare              only the copy of domain1 at its ports: no drivers, no post-boot file, as an
#                       operator's existing domain is before setup-domain.sh (a test of that script)
# Prints the path of the post-boot command file (nothing with --bare).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=domain-commands.sh
source "$here/domain-commands.sh"

payara_home="" domain="" data_dir="" libs="" http_port="" port_offset=0 heap=384m configure_now=false fresh_data=false bare=false
while [ $# -gt 0 ]; do
    case "$1" in
        --payara-home) payara_home="$2"; shift 2 ;;
        --domain) domain="$2"; shift 2 ;;
        --data-dir) data_dir="$2"; shift 2 ;;
        --libs) libs="$2"; shift 2 ;;
        --http-port) http_port="$2"; shift 2 ;;
        --port-offset) port_offset="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --configure-now) configure_now=true; shift ;;
        --fresh-data) fresh_data=true; shift ;;
        --bare) bare=true; shift ;;
        *) echo "prepare-domain.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$payara_home" ] && [ -n "$domain" ] && [ -n "$data_dir" ] && [ -n "$libs" ] || {
    echo "usage: prepare-domain.sh --payara-home DIR --domain NAME --data-dir DIR --libs DIR [--http-port N]" \
        "[--port-offset N] [--heap SIZE] [--configure-now] [--fresh-data] [--bare]" >&2
    exit 2
}

domains_dir="$payara_home/glassfish/domains"
template="$domains_dir/domain1"
domain_dir="$domains_dir/$domain"
asadmin="$payara_home/bin/asadmin"
[ -f "$template/config/domain.xml" ] || { echo "no pristine domain1 under $domains_dir" >&2; exit 1; }
[ "$domain" != "domain1" ] || { echo "domain1 is the template and stays untouched" >&2; exit 2; }

if $fresh_data; then
    rm -rf "$data_dir"
fi
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
export ASSOCIATION_DATA_DIR="$data_dir"
export ASSOCIATION_DERBY_LOG="$domain_dir/logs/derby.log"

# A domain left running by an interrupted run would hold the ports and the files we replace.
if [ -d "$domain_dir" ]; then
    echo "Stopping the domain $domain if it still runs (at most 90 s) ..." >&2
    timeout -k 5 90 "$asadmin" stop-domain --timeout 60 "$domain" >/dev/null 2>&1 || true
    rm -rf "$domain_dir"
fi
cp -r "$template" "$domain_dir"
$bare || cp "$libs"/*.jar "$domain_dir/lib/"
if [ "$port_offset" -ne 0 ]; then
    # The server's own ports as domain1 writes them, data grid ports (das-port, start-port) included;
    # the instances of a deployment group have ports of their own.
    moved=()
    for port in 4848 8080 8181 3700 3820 3920 8686 4900 5900; do
        moved+=(-e "s/\bport=\"$port\"/port=\"$((port + port_offset))\"/g")
    done
    moved+=(-e "s/name=\"JMS_PROVIDER_PORT\" value=\"7676\"/name=\"JMS_PROVIDER_PORT\" value=\"$((7676 + port_offset))\"/")
    moved+=(-e "s/address=9009/address=$((9009 + port_offset))/" -e "s/telnet.port=6666/telnet.port=$((6666 + port_offset))/")
    sed -i "${moved[@]}" "$domain_dir/config/domain.xml"
fi
# Written into domain.xml like the offset, not set by the post-boot file: a port set there restarts the
# listener while the monitoring listener is being made, and the site's port then stays closed.
unset ASSOCIATION_HTTP_PORT
# Without a public address of its own, the site's links name the port it serves on.
export ASSOCIATION_SITE_URL="${ASSOCIATION_SITE_URL:-http://localhost:${http_port:-$((8080 + port_offset))}}"
# Whatever the order of the element's attributes; only the server's listener has a number (default-config's is a
# ${HTTP_LISTENER_PORT} of its instances).
if [ -n "$http_port" ]; then
    listener='<network-listener [^>]*name="http-listener-1"'
    sed -i "/$listener/ s/\bport=\"[0-9]*\"/port=\"$http_port\"/" "$domain_dir/config/domain.xml"
    grep "$listener" "$domain_dir/config/domain.xml" | grep -q "port=\"$http_port\"" || {
        echo "could not set the HTTP port $http_port in $domain_dir/config/domain.xml" >&2
        exit 1
    }
fi

$bare && exit 0
# What association_listener_commands sets on a running domain, written before the first start: the site's listeners
# (virtual server "server") do not announce the server in their answers.
sed -i 's/<http default-virtual-server="server"/& xpowered-by="false" server-header="false"/' "$domain_dir/config/domain.xml"
# The heap, 384 MB instead of domain1's 512: room for the live data at 100,000 articles and members, while the server,
# with what the JVM holds besides its heap, stays under 1 GiB resident under load (bench/RESULTS.md, "Memory").
sed -i "s/<jvm-options>-Xmx512m<\/jvm-options>/<jvm-options>-Xmx$heap<\/jvm-options>/" "$domain_dir/config/domain.xml"
export ASSOCIATION_MONITORING_PORT="${ASSOCIATION_MONITORING_PORT:-$((8190 + port_offset))}"
postboot="$domain_dir/config/association-postboot.asadmin"
association_domain_commands > "$postboot"

if $configure_now; then
    # asadmin's own deadlines: start-domain 600 s, stop-domain 60 s
    "$asadmin" start-domain --timeout 600 --postbootcommandfile "$postboot" "$domain"
    association_store_passwords timeout -k 5 120 "$asadmin" --port "$((4848 + port_offset))"
    "$asadmin" stop-domain --timeout 60 "$domain"
    grep -q 'jdbc/association' "$domain_dir/config/domain.xml" || {
        echo "the domain did not take its configuration; see $domain_dir/logs/server.log" >&2
        exit 1
    }
fi
echo "$postboot"
