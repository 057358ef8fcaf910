#!/usr/bin/env bash
# The asadmin commands that make a Payara Server 6 domain ready for the association EAR.
# Sourced by prepare-domain.sh (run.sh and the tests) and setup-domain.sh (an operator's domain),
# so every domain is configured by the same lines. Prints one command per line, the format of
# "asadmin multimode --file" and "start-domain --postbootcommandfile".
#
# Settings (environment):
#   ASSOCIATION_DATA_DIR     folder of the embedded Derby database and the search index (required, absolute)
#   ASSOCIATION_HTTP_PORT    HTTP port (default: leave the domain's port as it is)
#   ASSOCIATION_DEMO_DATA    true: load the demo content into an empty database (default true)
#   ASSOCIATION_TIMEZONE     the association's time zone (default Asia/Shanghai)
#   ASSOCIATION_DERBY_LOG    where Derby writes its log (default: Derby's own choice)

# asadmin takes ':' as the separator of --property values; a literal one is written '\:'.
asadmin_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'
}

association_domain_commands() {
    local data_dir="${ASSOCIATION_DATA_DIR:?ASSOCIATION_DATA_DIR must name the data folder}"
    case "$data_dir" in
        /*) ;;
        *) echo "ASSOCIATION_DATA_DIR must be an absolute path, not '$data_dir'" >&2; return 1 ;;
    esac
    local demo="${ASSOCIATION_DEMO_DATA:-true}"
    local zone="${ASSOCIATION_TIMEZONE:-Asia/Shanghai}"

    # The datasource: embedded Derby, its files in the data folder. The pool is small because Derby
    # embedded serves one JVM; 32 connections cover 32 concurrent requests that reach the database.
    echo "create-jdbc-connection-pool --datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200 --property databaseName=$(asadmin_escape "$data_dir/association-db"):createDatabase=create association-pool"
    echo "create-jdbc-resource --connectionpoolid association-pool jdbc/association"

    # Application settings, read through MicroProfile Config. The search index lives beside the database it is
    # built from, so a domain made afresh (run.sh does it at every start) does not rebuild it.
    local properties="association.demo-data=$demo:association.timezone=$(asadmin_escape "$zone")"
    properties="$properties:association.search.directory=$(asadmin_escape "$data_dir/search-index")"
    if [ -n "${ASSOCIATION_DERBY_LOG:-}" ]; then
        properties="$properties:derby.stream.error.file=$(asadmin_escape "$ASSOCIATION_DERBY_LOG")"
    fi
    echo "create-system-properties $properties"

    # Production hygiene: no redeploy by dropping files, no reload on class change.
    echo "set configs.config.server-config.admin-service.das-config.autodeploy-enabled=false"
    echo "set configs.config.server-config.admin-service.das-config.dynamic-reload-enabled=false"
    # Answers do not announce the server and its version.
    for listener in http-listener-1 http-listener-2; do
        echo "set configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false"
        echo "set configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false"
    done
    # Groups from the application's identity store are its roles (ADMIN, EDITOR, MEMBERSHIP).
    echo "set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true"

    if [ -n "${ASSOCIATION_HTTP_PORT:-}" ]; then
        echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port=$ASSOCIATION_HTTP_PORT"
    fi
}
