#!/usr/bin/env bash
# The asadmin commands that make a Payara Server 6 domain ready for the association EAR.
# Sourced by prepare-domain.sh (run.sh and the tests) and setup-domain.sh (an operator's domain),
# so every domain is configured by the same lines. Prints one command per line, the format of
# "asadmin multimode --file" and "start-domain --postbootcommandfile".
#
# Settings (environment):
#   ASSOCIATION_DB           which database: derby-embedded (default), derby-network or postgresql
#   ASSOCIATION_DATA_DIR     folder of the embedded Derby database and its search index (required for
#                            derby-embedded, absolute)
#   ASSOCIATION_DB_HOST      derby-network, postgresql: the database server (default localhost)
#   ASSOCIATION_DB_PORT      its port (default 1527 for Derby, 5432 for PostgreSQL)
#   ASSOCIATION_DB_NAME      the database (default association)
#   ASSOCIATION_DB_USER      the user the application connects as (default association; for derby-network
#                            only with a password, else Derby's APP)
#   ASSOCIATION_DB_PASSWORD  its password (none by default); kept in the domain's password alias
#                            association-db-password, never in domain.xml (association_store_db_password)
#   ASSOCIATION_BACKUP_DIR   where backups are written (default: ASSOCIATION_DATA_DIR/backups when a data
#                            folder is given, else the server instance's association-backups folder)
#   ASSOCIATION_HTTP_PORT    HTTP port (default: leave the domain's port as it is)
#   ASSOCIATION_DEMO_DATA    true: load the demo content into an empty database (default true)
#   ASSOCIATION_TIMEZONE     the association's time zone (default Asia/Shanghai)
#   ASSOCIATION_TRUSTED_PROXY       the address(es) of the reverse proxy in front of the site, comma separated
#                            (default none): only from there are X-Forwarded-For/-Proto believed
#   ASSOCIATION_SESSION_MAX_HOURS   a staff session ends this many hours after its login, however active (default 12)
#   ASSOCIATION_DERBY_LOG    where Derby writes its log (default: Derby's own choice)
#   ASSOCIATION_MONITORING_PORT     port of /metrics (default 8190)
#   ASSOCIATION_MONITORING_ADDRESS  address it listens on (default 127.0.0.1: this machine only)

# asadmin takes ':' as the separator of --property values; a literal one is written '\:'.
asadmin_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'
}

absolute_path() {
    case "$2" in
        /*) ;;
        *) echo "$1 must be an absolute path, not '$2'" >&2; return 1 ;;
    esac
}

# The pool and the resource jdbc/association (the name the EAR looks up) for the chosen database.
# The drivers are in the domain's lib folder (prepare-domain.sh, setup-domain.sh).
#   association_datasource_commands [TARGET]   the server, instance or deployment group that uses it (default server)
association_datasource_commands() {
    local target="${1:-server}"
    local host="${ASSOCIATION_DB_HOST:-localhost}" name="${ASSOCIATION_DB_NAME:-association}"
    local user="${ASSOCIATION_DB_USER:-association}" password=""
    if [ -n "${ASSOCIATION_DB_PASSWORD:-}" ]; then
        password=":password=\${ALIAS=association-db-password}"
    fi
    case "${ASSOCIATION_DB:-derby-embedded}" in
        derby-embedded)
            local data_dir="${ASSOCIATION_DATA_DIR:?ASSOCIATION_DATA_DIR must name the data folder}"
            absolute_path ASSOCIATION_DATA_DIR "$data_dir" || return 1
            # Derby inside the server's JVM, its files in the data folder. The pool is small because
            # embedded Derby serves one JVM; 32 connections cover 32 concurrent requests that reach it.
            echo "create-jdbc-connection-pool --datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200 --property databaseName=$(asadmin_escape "$data_dir/association-db"):createDatabase=create association-pool"
            ;;
        derby-network)
            # A Derby network server elsewhere; the database is created on first use, in the server's own
            # folder. Without a password, Derby's default user APP (the pool cannot name a user without one).
            local credentials=""
            [ -z "$password" ] || credentials=":user=$(asadmin_escape "$user")$password"
            echo "create-jdbc-connection-pool --datasourceclassname org.apache.derby.jdbc.ClientDataSource --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200 --isconnectvalidatereq true --validationmethod auto-commit --property serverName=$(asadmin_escape "$host"):portNumber=${ASSOCIATION_DB_PORT:-1527}:databaseName=$(asadmin_escape "$name"):createDatabase=create$credentials association-pool"
            ;;
        postgresql)
            # The database and its owner exist already (README: switch to PostgreSQL); the migrations make the tables.
            echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200 --isconnectvalidatereq true --validationmethod auto-commit --property serverName=$(asadmin_escape "$host"):portNumber=${ASSOCIATION_DB_PORT:-5432}:databaseName=$(asadmin_escape "$name"):user=$(asadmin_escape "$user")$password association-pool"
            ;;
        *)
            echo "ASSOCIATION_DB must be derby-embedded, derby-network or postgresql, not '$ASSOCIATION_DB'" >&2
            return 1
            ;;
    esac
    echo "create-jdbc-resource --connectionpoolid association-pool --target $target jdbc/association"
}

# Stores ASSOCIATION_DB_PASSWORD in the running domain's password alias association-db-password, which
# the pool reads (and the application, for pg_dump). asadmin takes a password only from a file, so it
# goes through a temporary one that only this user can read.
#   association_store_db_password ASADMIN [asadmin options...]
# An operator's AS_ADMIN_PASSWORD for the domain comes from the file ASSOCIATION_ASADMIN_PASSWORD_FILE.
association_store_db_password() {
    [ -n "${ASSOCIATION_DB_PASSWORD:-}" ] || return 0
    local file status=0
    file="$(umask 077 && mktemp)"
    {
        [ -z "${ASSOCIATION_ASADMIN_PASSWORD_FILE:-}" ] || grep '^AS_ADMIN_PASSWORD=' "$ASSOCIATION_ASADMIN_PASSWORD_FILE"
        printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$ASSOCIATION_DB_PASSWORD"
    } > "$file"
    "$@" --passwordfile "$file" delete-password-alias association-db-password >/dev/null 2>&1 || true
    "$@" --passwordfile "$file" create-password-alias association-db-password >/dev/null || status=$?
    rm -f "$file"
    return $status
}

# The application's settings and the server settings it needs, in a configuration: server-config (the
# domain's own server, the default) or the one its instances copy (default-config, config/cluster.sh).
#   association_settings_commands [CONFIG]
association_settings_commands() {
    local config="${1:-server-config}"
    local demo="${ASSOCIATION_DEMO_DATA:-true}"
    local zone="${ASSOCIATION_TIMEZONE:-Asia/Shanghai}"

    # Application settings, read through MicroProfile Config.
    local properties="association.demo-data=$demo:association.timezone=$(asadmin_escape "$zone")"
    local backup_dir="${ASSOCIATION_BACKUP_DIR:-${ASSOCIATION_DATA_DIR:+$ASSOCIATION_DATA_DIR/backups}}"
    if [ -n "$backup_dir" ]; then
        absolute_path ASSOCIATION_BACKUP_DIR "$backup_dir" || return 1
        properties="$properties:association.backup-dir=$(asadmin_escape "$backup_dir")"
    fi
    # The search index lives beside the embedded database it is built from, so a domain made afresh (run.sh
    # does it at every start) does not rebuild it; with a database server each server keeps its own.
    if [ "${ASSOCIATION_DB:-derby-embedded}" = derby-embedded ] && [ -n "${ASSOCIATION_DATA_DIR:-}" ]; then
        properties="$properties:association.search.directory=$(asadmin_escape "$ASSOCIATION_DATA_DIR/search-index")"
    fi
    if [ -n "${ASSOCIATION_DERBY_LOG:-}" ]; then
        properties="$properties:derby.stream.error.file=$(asadmin_escape "$ASSOCIATION_DERBY_LOG")"
    fi
    if [ -n "${ASSOCIATION_TRUSTED_PROXY:-}" ]; then
        properties="$properties:association.trusted-proxy=$(asadmin_escape "$ASSOCIATION_TRUSTED_PROXY")"
    fi
    if [ -n "${ASSOCIATION_SESSION_MAX_HOURS:-}" ]; then
        properties="$properties:association.session-max-hours=$(asadmin_escape "$ASSOCIATION_SESSION_MAX_HOURS")"
    fi
    echo "create-system-properties --target $config $properties"

    # Production hygiene: no redeploy by dropping files, no reload on class change.
    echo "set configs.config.$config.admin-service.das-config.autodeploy-enabled=false"
    echo "set configs.config.$config.admin-service.das-config.dynamic-reload-enabled=false"
    # Groups from the application's identity store are its roles (ADMIN, EDITOR, MEMBERSHIP).
    echo "set configs.config.$config.security-service.activate-default-principal-to-role-mapping=true"
}

# Answers of the site's listeners do not announce the server and its version, in a configuration (default
# server-config). Each setting restarts its listener on a running server; prepare-domain.sh therefore writes the
# same into domain.xml before the first start instead (a deployment meeting such a restart left the port closed).
#   association_listener_commands [CONFIG]
association_listener_commands() {
    local config="${1:-server-config}"
    for listener in http-listener-1 http-listener-2; do
        echo "set configs.config.$config.network-config.protocols.protocol.$listener.http.xpowered-by=false"
        echo "set configs.config.$config.network-config.protocols.protocol.$listener.http.server-header=false"
    done
}

# Everything a single server needs: datasource, settings and its HTTP port (ASSOCIATION_HTTP_PORT).
association_domain_commands() {
    association_datasource_commands || return 1
    association_settings_commands || return 1
    if [ -n "${ASSOCIATION_HTTP_PORT:-}" ]; then
        echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port=$ASSOCIATION_HTTP_PORT"
    fi

    # Monitoring. MicroProfile Health stays on the site's port for load balancers (/health/ready,
    # /health/live: UP or DOWN, nothing more). MicroProfile Metrics (/metrics: the JVM, the pools, the
    # application's counters) is for operators only: it is served by a virtual server of its own, on a
    # port of its own that listens on this machine only unless ASSOCIATION_MONITORING_ADDRESS says otherwise.
    # Deploy the EAR with "--virtualservers server", or it is loaded a second time on that virtual server.
    echo "create-virtual-server --hosts localhost monitoring"
    echo "create-http-listener --listeneraddress ${ASSOCIATION_MONITORING_ADDRESS:-127.0.0.1} --listenerport ${ASSOCIATION_MONITORING_PORT:-8190} --defaultvs monitoring monitoring-listener"
    echo "set configs.config.server-config.http-service.virtual-server.monitoring.network-listeners=monitoring-listener"
    echo "set-metrics-configuration --virtualservers monitoring"
}

# The HTTP status of GET /feed.atom on a port of this machine, through bash alone (no curl needed):
# how the scripts know the site is serving. Not GET /: the server's own start page answers it with
# 200 before the application is deployed, and on an instance where it failed to load.
association_site_status() {
    local status=""
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /feed.atom HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    read -r -t 30 _ status _ <&3 || true
    exec 3<&-
    echo "$status"
}
