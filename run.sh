#!/usr/bin/env bash
# Builds the EAR, prepares a Payara Server 6 domain with embedded Derby, deploys, and serves the site
# in the foreground until Ctrl-C or SIGTERM. Needs only JDK 17 and Maven; Payara comes from Maven Central.
#
#   ASSOCIATION_HTTP_PORT       HTTP port (default 8080, moved by ASSOCIATION_PORT_OFFSET)
#   ASSOCIATION_DATA_DIR        where the database lives and survives restarts (default ./data)
#   ASSOCIATION_ADMIN_PASSWORD  password of the first 'admin' account, on the first start only; checked before the
#                               server starts, and refused with the rule (AdminPasswordCheck) when it breaks it
#                               (default: a random one, written once to the server log)
#   ASSOCIATION_DEMO_DATA       load the demo content into an empty database (default true)
#   ASSOCIATION_PORT_OFFSET     moves the server's other ports (administration 4848, IIOP, JMX...) by
#                               this much, to run beside another domain such as the tests' (default 0)
#   ASSOCIATION_BUILD           false: start what the last build made instead of building first (default true)
#   ASSOCIATION_SITE_URL        the site's public address, which its absolute links name (default http://localhost:PORT)
#   ASSOCIATION_DB              derby-embedded (default), derby-network or postgresql, with ASSOCIATION_DB_HOST,
#                               _PORT, _NAME, _USER, _PASSWORD and ASSOCIATION_BACKUP_DIR: see config/domain-commands.sh
#
# A signal at any moment, to this script or to its whole process group, stops whatever runs (the build, the server,
# a deployment) and leaves no process behind.
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
domain_dir="$payara_home/glassfish/domains/$domain"
asadmin="$payara_home/bin/asadmin"
ear="$root/association-ear/target/association-ear.ear"
server_log="$domain_dir/logs/server.log"

# A signal to this script or to its whole group ends it; its EXIT trap then stops whatever runs. The server runs in a
# process group of its own, and run.sh's other commands in the background (association_run), so that a signal is
# acted on at once rather than when they end.
finish() {
    local code=$?
    # a second Ctrl-C must not leave the server half stopped; every step has a deadline
    trap 'echo "Still stopping; every step has a deadline." >&2' INT TERM
    association_end_commands "$association_server_group"
    association_stop_started "$asadmin" "$domain"
    exit "$code"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "${ASSOCIATION_BUILD:-true}" != false ]; then
    echo "Building (tests skipped) ..."
    association_run 1800 "the build" mvn -B -q -DskipTests package
fi
domain_jar=(association-domain/target/association-domain-*.jar)
[ -f "${domain_jar[0]}" ] && [ -f "$ear" ] || {
    echo "Nothing is built yet; run ./run.sh without ASSOCIATION_BUILD=false once." >&2
    exit 1
}
# The server would refuse it only in its log, where a person who set the variable does not look.
association_run 60 "the check of ASSOCIATION_ADMIN_PASSWORD" \
    java -cp "${domain_jar[0]}" org.association.startup.AdminPasswordCheck

# Settings the server reads from its environment.
export ASSOCIATION_DEMO_DATA="${ASSOCIATION_DEMO_DATA:-true}"
# the address the site's absolute links name (canonical, feeds, sitemap, API)
export ASSOCIATION_SITE_URL="${ASSOCIATION_SITE_URL:-http://localhost:$port}"

association_run 300 "the preparation of the domain" config/prepare-domain.sh --payara-home "$payara_home" --domain "$domain" \
    --data-dir "$data_dir" --libs "$root/association-ear/target/server-lib" --http-port "$port" --port-offset "$port_offset" \
    > /dev/null

echo "The data is in $data_dir."
association_start_domain "$payara_home" "$domain" "$admin_port" "$port" "$ear"
echo "The association site is running at http://localhost:$port/  (Ctrl-C stops it)"
while kill -0 -- "-$association_server_group" 2>/dev/null; do
    sleep 1
done
echo "The server stopped by itself; see $server_log" >&2
association_server_group=""
exit 1
