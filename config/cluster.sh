#!/usr/bin/env bash
# The association site on a Payara Server deployment group: two instances on this machine (HTTP on
# loopback, 28080 and 28081 by default) in front of one PostgreSQL database, sessions copied between
# them through Payara's data grid. Payara's own clustering, nothing home-made.
#
#   config/cluster.sh start [--no-build] [--fresh-data]   build, set up and start it all; prints the addresses
#   config/cluster.sh add-instance NAME HTTP_PORT          one more instance in the group, started and serving
#   config/cluster.sh stop-instance NAME                   stops one instance (its sessions live on in the others)
#   config/cluster.sh stop                                 stops the instances and the domain
#
#   --fresh-data   drop and re-create the database first (the tests do; never a production database)
#
# Settings (environment); the database ones are those of domain-commands.sh, with other defaults:
#   ASSOCIATION_DB_NAME, _USER     database and its owner (default association_cluster for both)
#   ASSOCIATION_DB_PASSWORD        its password (default: made up and kept in the domain's password alias)
#   ASSOCIATION_DB_HOST, _PORT     the PostgreSQL server (default localhost:5432; a local one is started,
#                                  and the database and its owner made, when they are missing)
#   ASSOCIATION_CLUSTER_PORTS      the instances' HTTP ports (default "28080 28081")
#   ASSOCIATION_CLUSTER_PORT_OFFSET  moves the domain administration server's ports (default 2000:
#                                  administration on 6848), clear of the instances' and of ./run.sh's
#   ASSOCIATION_ADMIN_PASSWORD, ASSOCIATION_DEMO_DATA, ASSOCIATION_TIMEZONE as for run.sh
#   ASSOCIATION_DATAGRID_INTERFACE  the address of this machine that the data grid (Hazelcast: sessions, timers)
#                                  listens on and its members find each other at (default 127.0.0.1); a private
#                                  network's, never a public one (README: firewall it)
#   ASSOCIATION_DATAGRID_CLUSTER_NAME  the data grid's cluster name (default association), so that no other
#                                  Payara domain on that network joins it by chance
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=domain-commands.sh
source "$here/domain-commands.sh"

domain=association-cluster
group=association-group
payara_home="$root/association-ear/target/payara6"
asadmin_path="$payara_home/bin/asadmin"
ear="$root/association-ear/target/association-ear.ear"
port_offset="${ASSOCIATION_CLUSTER_PORT_OFFSET:-2000}"
admin_port=$((4848 + port_offset))
asadmin=("$asadmin_path" --port "$admin_port")
read -r -a http_ports <<< "${ASSOCIATION_CLUSTER_PORTS:-28080 28081}"
# the address a balancer in front of the instances answers at; without one, the first instance's
export ASSOCIATION_SITE_URL="${ASSOCIATION_SITE_URL:-http://127.0.0.1:${http_ports[0]}}"
datagrid_interface="${ASSOCIATION_DATAGRID_INTERFACE:-127.0.0.1}"
# the administration server's data grid port and the first instance's, domain1's 4900 and 5900 moved like the others
datagrid_das_port=$((4900 + port_offset))
datagrid_instance_port=$((5900 + port_offset))
datagrid_cluster_name="${ASSOCIATION_DATAGRID_CLUSTER_NAME:-association}"

export ASSOCIATION_DB=postgresql
export ASSOCIATION_DB_NAME="${ASSOCIATION_DB_NAME:-association_cluster}"
export ASSOCIATION_DB_USER="${ASSOCIATION_DB_USER:-association_cluster}"
export ASSOCIATION_DB_HOST="${ASSOCIATION_DB_HOST:-localhost}"
export ASSOCIATION_DB_PORT="${ASSOCIATION_DB_PORT:-5432}"

# SQL as the local PostgreSQL superuser: as root through runuser, otherwise through sudo.
as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres "$@"
    fi
}

# A local PostgreSQL running, with the database and its owner; the password is (re)set to ours.
prepare_database() {
    local fresh="$1"
    if [ "$ASSOCIATION_DB_HOST" != localhost ] && [ "$ASSOCIATION_DB_HOST" != 127.0.0.1 ]; then
        return 0 # someone else's server: the database is theirs to make
    fi
    command -v pg_lsclusters >/dev/null || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
    pg_lsclusters --no-header | awk '$4 != "online" { print $1, $2 }' | while read -r version name; do
        pg_ctlcluster "$version" "$name" start
    done
    local password
    password="$(printf '%s' "$ASSOCIATION_DB_PASSWORD" | sed "s/'/''/g")"
    if $fresh; then
        as_postgres dropdb --if-exists --force "$ASSOCIATION_DB_NAME"
    fi
    as_postgres psql -q -v ON_ERROR_STOP=1 <<SQL
SELECT 'CREATE ROLE "$ASSOCIATION_DB_USER" LOGIN'
    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ASSOCIATION_DB_USER')\gexec
ALTER ROLE "$ASSOCIATION_DB_USER" PASSWORD '$password';
SELECT 'CREATE DATABASE "$ASSOCIATION_DB_NAME" OWNER "$ASSOCIATION_DB_USER" ENCODING ''UTF8'' TEMPLATE template0'
    WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$ASSOCIATION_DB_NAME')\gexec
SQL
}

# The instance's own ports: the defaults of default-config (28080, 24848, ...) moved by its number.
instance_properties() {
    local number="$1" http="$2" properties="" name port
    for name in HTTP_SSL_LISTENER_PORT:28181 ASADMIN_LISTENER_PORT:24848 IIOP_LISTENER_PORT:23700 \
            IIOP_SSL_LISTENER_PORT:23820 IIOP_SSL_MUTUALAUTH_PORT:23920 JMS_PROVIDER_PORT:27676 \
            JMX_SYSTEM_CONNECTOR_PORT:28686 OSGI_SHELL_TELNET_PORT:26666 JAVA_DEBUGGER_PORT:29009; do
        port="${name#*:}"
        properties="$properties:${name%%:*}=$((port + number))"
    done
    echo "HTTP_LISTENER_PORT=$http$properties:HZ_LISTENER_PORT=$((datagrid_instance_port + number))"
}


# wait_for_site PORT INSTANCE: until the instance's application answers, for at most 5 minutes while the instance runs
wait_for_site() {
    local pid
    pid="$(cat "$payara_home/glassfish/nodes/localhost-domain1/$2/config/pid" 2>/dev/null)" || pid=""
    association_await 300 "$pid" "instance $2 at http://127.0.0.1:$1/" association_site_serving "$1"
}

# The data grid holds the signed-in sessions (user name and roles): its members listen on one interface only
# (Hazelcast otherwise binds every address, whatever interface it announces), find each other at the addresses
# listed here (Payara's "domain" discovery never looks on loopback), join under the association's cluster name,
# and encrypt what they store with the domain's key (datagrid-key, copied to each instance).
datagrid_commands() {
    local config members="$datagrid_interface:$datagrid_das_port" number
    for number in "${!http_ports[@]}"; do
        members="$members,$datagrid_interface:$((datagrid_instance_port + number))"
    done
    for config in server-config default-config; do
        echo "create-system-properties --target $config hazelcast.socket.bind.any=false"
    done
    echo "set-hazelcast-configuration --interfaces $datagrid_interface --clustermode tcpip --tcpipmembers $members" \
        "--clustername $datagrid_cluster_name --autoincrementport=true --encryptdatagrid=true"
}

# The key of the data grid's encryption, made with the master password of a domain made from domain1,
# before the domain first starts: Payara's generate-encryption-key wants it stopped, and
# set-hazelcast-configuration refuses encryption without a key.
generate_datagrid_key() {
    local file status=0
    file="$(umask 077 && mktemp)"
    echo "AS_ADMIN_MASTERPASSWORD=changeit" > "$file"
    "$asadmin_path" --passwordfile "$file" generate-encryption-key "$domain" >/dev/null || status=$?
    rm -f "$file"
    return $status
}

# Runs asadmin commands, one per line, and fails when any of them failed (multimode itself goes on).
run_commands() {
    local file output
    file="$(mktemp)"
    association_for_multimode > "$file"
    output="$("${asadmin[@]}" multimode --file "$file" 2>&1)" || true
    rm -f "$file"
    echo "$output"
    ! grep -q "failed" <<< "$output"
}

start() {
    local build=true fresh=false
    while [ $# -gt 0 ]; do
        case "$1" in
            --no-build) build=false; shift ;;
            --fresh-data) fresh=true; shift ;;
            *) echo "cluster.sh start: unknown argument $1" >&2; exit 2 ;;
        esac
    done
    if $build; then
        echo "Building (tests skipped) ..."
        (cd "$root" && mvn -B -q -DskipTests package)
    fi

    local secret="$root/association-ear/target/$domain.db-password"
    if [ -z "${ASSOCIATION_DB_PASSWORD:-}" ]; then
        [ -s "$secret" ] || (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$secret")
        ASSOCIATION_DB_PASSWORD="$(cat "$secret")"
    fi
    export ASSOCIATION_DB_PASSWORD
    echo "Preparing PostgreSQL database $ASSOCIATION_DB_NAME on $ASSOCIATION_DB_HOST:$ASSOCIATION_DB_PORT ..."
    prepare_database "$fresh"

    stop_leftovers

    # The domain administration server: the datasource and settings of domain-commands.sh, no application.
    local postboot
    postboot="$("$here/prepare-domain.sh" --payara-home "$payara_home" --domain "$domain" \
        --data-dir "$root/association-ear/target/$domain-data" --libs "$root/association-ear/target/server-lib" \
        --port-offset "$port_offset")"
    generate_datagrid_key
    "$asadmin_path" start-domain --postbootcommandfile "$postboot" "$domain"
    association_store_passwords "${asadmin[@]}"
    echo "Binding the data grid to $datagrid_interface, cluster name $datagrid_cluster_name, encrypted ..."
    datagrid_commands | run_commands
    # the administration server's own data grid member takes them at its next start, the instances at their first
    "$asadmin_path" stop-domain "$domain"
    "$asadmin_path" start-domain "$domain"

    echo "Creating the deployment group $group ..."
    {
        # What every instance copies when it is made: the application's settings, HTTP on loopback only,
        # EJB timers in the data grid (the instances have no timer database of their own).
        association_settings_commands default-config
        association_listener_commands default-config
        for listener in http-listener-1 http-listener-2; do
            echo "set configs.config.default-config.network-config.network-listeners.network-listener.$listener.address=127.0.0.1"
        done
        echo "set configs.config.default-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
        echo "create-deployment-group $group"
        echo "create-resource-ref --target $group jdbc/association"
        [ -z "${ASSOCIATION_MAIL_HOST:-}" ] || echo "create-resource-ref --target $group mail/association"
    } | run_commands
    local number=0
    for port in "${http_ports[@]}"; do
        add_instance "instance-$((number + 1))" "$port" "$number" false
        number=$((number + 1))
    done
    "${asadmin[@]}" start-deployment-group "$group"

    echo "Deploying $ear to $group ..."
    local deployed
    if ! deployed="$("${asadmin[@]}" deploy --target "$group" --availabilityenabled=true --name association "$ear" 2>&1)"; then
        echo "$deployed" >&2
        exit 1
    fi
    echo "$deployed"
    # asadmin says "completed with warnings" and exits 0 when an instance failed to load the application
    if grep -q "did not complete successfully on server instance" <<< "$deployed"; then
        echo "The application did not load on every instance; the reason is in that instance's log," \
            "$payara_home/glassfish/nodes/localhost-domain1/INSTANCE/logs/server.log" >&2
        exit 1
    fi
    number=0
    for port in "${http_ports[@]}"; do
        number=$((number + 1))
        wait_for_site "$port" "instance-$number"
        echo "The association site is running at http://127.0.0.1:$port/"
    done
    echo "Stop it all with: config/cluster.sh stop"
}

# add_instance NAME HTTP_PORT [NUMBER START]: made from default-config, its ports moved by NUMBER
# (by default the number of instances already there), joined to the group, and started unless told not.
add_instance() {
    local name="$1" port="$2" number="${3:-}" start_it="${4:-true}"
    if [ -z "$number" ]; then
        number="$("${asadmin[@]}" list-instances --nostatus | grep -c .)"
    fi
    "${asadmin[@]}" create-instance --node localhost-domain1 \
        --systemproperties "$(instance_properties "$number" "$port")" "$name"
    "${asadmin[@]}" add-instance-to-deployment-group --instance "$name" --deploymentgroup "$group"
    if $start_it; then
        # it gets the group's applications and resources when it starts
        "${asadmin[@]}" start-instance "$name"
        wait_for_site "$port" "$name"
        echo "The association site is running at http://127.0.0.1:$port/"
    fi
}

stop() {
    "${asadmin[@]}" stop-deployment-group "$group" || true
    "$asadmin_path" stop-domain "$domain"
}

# Instances of an earlier run live outside the domain's folder: stopped (even without their domain
# administration server) and removed, so a new run starts clean.
stop_leftovers() {
    local node_dir="$payara_home/glassfish/nodes/localhost-domain1" instance
    [ -d "$node_dir" ] || return 0
    for instance in "$node_dir"/*/; do
        [ -f "$instance/config/domain.xml" ] || continue
        "$asadmin_path" stop-local-instance --node localhost-domain1 "$(basename "$instance")" >/dev/null 2>&1 || true
    done
    rm -rf "$node_dir"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    add-instance)
        shift; [ $# -eq 2 ] || { echo "usage: cluster.sh add-instance NAME HTTP_PORT" >&2; exit 2; }
        add_instance "$1" "$2" ;;
    stop-instance)
        shift; [ $# -eq 1 ] || { echo "usage: cluster.sh stop-instance NAME" >&2; exit 2; }
        "${asadmin[@]}" stop-instance "$1" ;;
    stop) stop ;;
    *) echo "usage: cluster.sh start [--no-build] [--fresh-data] | add-instance NAME HTTP_PORT" \
           "| stop-instance NAME | stop" >&2; exit 2 ;;
esac
