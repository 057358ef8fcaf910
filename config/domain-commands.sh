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
#                            association-db-password, never in domain.xml (association_store_passwords)
#   ASSOCIATION_BACKUP_DIR   where backups are written (default: ASSOCIATION_DATA_DIR/backups when a data
#                            folder is given, else the server instance's association-backups folder)
#   ASSOCIATION_HTTP_PORT    HTTP port (default: leave the domain's port as it is)
#   ASSOCIATION_DEMO_DATA    true: load the demo content into an empty database (default true)
#   ASSOCIATION_TIMEZONE     the association's time zone (default Asia/Shanghai)
#   ASSOCIATION_TRUSTED_PROXY       the address(es) of the reverse proxy in front of the site, comma separated
#                            (default none): only from there are X-Forwarded-For/-Proto believed
#   ASSOCIATION_SESSION_MAX_HOURS   a staff session ends this many hours after its login, however active (default 12)
#   ASSOCIATION_DERBY_LOG    where Derby writes its log (default: Derby's own choice)
#   ASSOCIATION_CERTIFICATE_FONT    the TrueType CJK font (.ttf/.ttc) the CME certificates are drawn with
#                            (default: the first of Debian's fonts-wqy-zenhei, -microhei, fonts-arphic-uming, -ukai)
#   ASSOCIATION_MONITORING_PORT     port of /metrics (default 8190)
#   ASSOCIATION_MONITORING_ADDRESS  address it listens on (default 127.0.0.1: this machine only)
#   ASSOCIATION_MAIL_HOST    the SMTP server mail goes through (default none: mail stays in the outbox, not sent)
#   ASSOCIATION_MAIL_PORT    its port (default 587 for starttls, 465 for ssl, 25 for none)
#   ASSOCIATION_MAIL_TLS     none, starttls (default: required) or ssl
#   ASSOCIATION_MAIL_USER    the user to sign in as (default: ASSOCIATION_MAIL_FROM)
#   ASSOCIATION_MAIL_PASSWORD its password (none: no sign-in); kept in the password alias association-mail-password
#   ASSOCIATION_MAIL_FROM    the sender address of every mail (required with ASSOCIATION_MAIL_HOST)
#   ASSOCIATION_MAIL_PER_MINUTE     at most this many mails a minute, all servers together (default 120; 0: no limit)

# asadmin takes ':' as the separator of --property values; a literal one is written '\:'.
asadmin_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'
}

# asadmin multimode reads a backslash as an escape of its own before the command sees its line (a post-boot file does
# not): for multimode, each one is doubled, so that a value escaped with asadmin_escape reaches the command as it is.
#   association_for_multimode < COMMANDS
association_for_multimode() {
    sed 's/\\/\\\\/g'
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
            echo "create-jdbc-connection-pool --datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource" \
                "--restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200" \
                "--property databaseName=$(asadmin_escape "$data_dir/association-db"):createDatabase=create association-pool"
            ;;
        derby-network)
            # A Derby network server elsewhere; the database is created on first use, in the server's own
            # folder. Without a password, Derby's default user APP (the pool cannot name a user without one).
            local credentials=""
            [ -z "$password" ] || credentials=":user=$(asadmin_escape "$user")$password"
            local server="serverName=$(asadmin_escape "$host"):portNumber=${ASSOCIATION_DB_PORT:-1527}"
            echo "create-jdbc-connection-pool --datasourceclassname org.apache.derby.jdbc.ClientDataSource" \
                "--restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200" \
                "--isconnectvalidatereq true --validationmethod auto-commit" \
                "--property $server:databaseName=$(asadmin_escape "$name"):createDatabase=create$credentials association-pool"
            ;;
        postgresql)
            # The database and its owner exist already (README: switch to PostgreSQL); the migrations make the tables.
            local server="serverName=$(asadmin_escape "$host"):portNumber=${ASSOCIATION_DB_PORT:-5432}"
            echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource" \
                "--restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 --statementcachesize 200" \
                "--isconnectvalidatereq true --validationmethod auto-commit" \
                "--property $server:databaseName=$(asadmin_escape "$name"):user=$(asadmin_escape "$user")$password" \
                "association-pool"
            ;;
        *)
            echo "ASSOCIATION_DB must be derby-embedded, derby-network or postgresql, not '$ASSOCIATION_DB'" >&2
            return 1
            ;;
    esac
    echo "create-jdbc-resource --connectionpoolid association-pool --target $target jdbc/association"
}

# Stores the secrets of the settings in the running domain's password aliases, never in domain.xml:
# ASSOCIATION_DB_PASSWORD in association-db-password, which the pool reads (and the application, for pg_dump), and
# ASSOCIATION_MAIL_PASSWORD in association-mail-password, which the mail resource reads. asadmin takes a password
# only from a file, so each goes through a temporary one that only this user can read.
#   association_store_passwords ASADMIN [asadmin options...]
# An operator's AS_ADMIN_PASSWORD for the domain comes from the file ASSOCIATION_ASADMIN_PASSWORD_FILE.
association_store_passwords() {
    association_store_password association-db-password "${ASSOCIATION_DB_PASSWORD:-}" "$@" \
        && association_store_password association-mail-password "${ASSOCIATION_MAIL_PASSWORD:-}" "$@"
}

#   association_store_password ALIAS VALUE ASADMIN [asadmin options...]   (nothing when VALUE is empty)
association_store_password() {
    local alias="$1" value="$2" file status=0
    shift 2
    [ -n "$value" ] || return 0
    file="$(umask 077 && mktemp)"
    {
        [ -z "${ASSOCIATION_ASADMIN_PASSWORD_FILE:-}" ] || grep '^AS_ADMIN_PASSWORD=' "$ASSOCIATION_ASADMIN_PASSWORD_FILE"
        printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$value"
    } > "$file"
    "$@" --passwordfile "$file" delete-password-alias "$alias" >/dev/null 2>&1 || true
    "$@" --passwordfile "$file" create-password-alias "$alias" >/dev/null || status=$?
    rm -f "$file"
    return $status
}

# The Jakarta Mail resource mail/association, when ASSOCIATION_MAIL_HOST names the SMTP server; without it the
# application keeps every mail in its outbox, marked as not sent. The password is read from the alias
# association-mail-password (association_store_passwords).
#   association_mail_commands [TARGET]   the server, instance or deployment group that uses it (default server)
association_mail_commands() {
    local target="${1:-server}"
    [ -n "${ASSOCIATION_MAIL_HOST:-}" ] || return 0
    local tls="${ASSOCIATION_MAIL_TLS:-starttls}" port properties
    case "$tls" in
        none) port="${ASSOCIATION_MAIL_PORT:-25}"; properties="" ;;
        starttls)
            port="${ASSOCIATION_MAIL_PORT:-587}"
            properties=":mail.smtp.starttls.enable=true:mail.smtp.starttls.required=true" ;;
        ssl) port="${ASSOCIATION_MAIL_PORT:-465}"; properties=":mail.smtp.ssl.enable=true" ;;
        *) echo "ASSOCIATION_MAIL_TLS must be none, starttls or ssl, not '$tls'" >&2; return 1 ;;
    esac
    [ -z "${ASSOCIATION_MAIL_PASSWORD:-}" ] \
        || properties="$properties:mail.smtp.auth=true:mail.smtp.password=\${ALIAS=association-mail-password}"
    # a server that does not answer must not hold a sender's lease (MailSender) for long
    local timeouts="mail.smtp.connectiontimeout=30000:mail.smtp.timeout=30000:mail.smtp.writetimeout=30000"
    properties="mail.smtp.port=$port:$timeouts$properties"
    local from="${ASSOCIATION_MAIL_FROM:?ASSOCIATION_MAIL_FROM must name the sender address when ASSOCIATION_MAIL_HOST is set}"
    echo "create-javamail-resource --target $target --mailhost $(asadmin_escape "$ASSOCIATION_MAIL_HOST")" \
        "--mailuser $(asadmin_escape "${ASSOCIATION_MAIL_USER:-$from}") --fromaddress $(asadmin_escape "$from")" \
        "--property $properties mail/association"
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
    # The site's public address, the only source of absolute links (canonical, feeds, sitemap, API).
    if [ -n "${ASSOCIATION_SITE_URL:-}" ]; then
        properties="$properties:association.site-url=$(asadmin_escape "$ASSOCIATION_SITE_URL")"
    fi
    if [ -n "${ASSOCIATION_DERBY_LOG:-}" ]; then
        properties="$properties:derby.stream.error.file=$(asadmin_escape "$ASSOCIATION_DERBY_LOG")"
    fi
    # Online payment of dues: the provider in use. A demo domain gets the FAKE one (no money moves); a production
    # domain has none until a real provider is set up (ASSOCIATION_PAYMENT_PROVIDER).
    local provider="${ASSOCIATION_PAYMENT_PROVIDER:-}"
    if [ -z "$provider" ] && [ "$demo" = true ]; then
        provider=fake
    fi
    if [ -n "$provider" ]; then
        properties="$properties:association.dues.payment-provider=$(asadmin_escape "$provider")"
    fi
    if [ -n "${ASSOCIATION_TRUSTED_PROXY:-}" ]; then
        properties="$properties:association.trusted-proxy=$(asadmin_escape "$ASSOCIATION_TRUSTED_PROXY")"
    fi
    if [ -n "${ASSOCIATION_SESSION_MAX_HOURS:-}" ]; then
        properties="$properties:association.session-max-hours=$(asadmin_escape "$ASSOCIATION_SESSION_MAX_HOURS")"
    fi
    if [ -n "${ASSOCIATION_CERTIFICATE_FONT:-}" ]; then
        properties="$properties:association.certificates.font=$(asadmin_escape "$ASSOCIATION_CERTIFICATE_FONT")"
    fi
    if [ -n "${ASSOCIATION_MAIL_PER_MINUTE:-}" ]; then
        properties="$properties:association.mail.per-minute=$(asadmin_escape "$ASSOCIATION_MAIL_PER_MINUTE")"
    fi
    echo "create-system-properties --target $config $properties"

    # Production hygiene: no redeploy by dropping files, no reload on class change.
    echo "set configs.config.$config.admin-service.das-config.autodeploy-enabled=false"
    echo "set configs.config.$config.admin-service.das-config.dynamic-reload-enabled=false"
    # Groups from the application's identity store are its roles (ADMIN, EDITOR, MEMBERSHIP, EVENTS).
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
    association_mail_commands || return 1
    association_settings_commands || return 1
    if [ -n "${ASSOCIATION_HTTP_PORT:-}" ]; then
        local listeners="configs.config.server-config.network-config.network-listeners"
        echo "set $listeners.network-listener.http-listener-1.port=$ASSOCIATION_HTTP_PORT"
    fi

    # Monitoring. MicroProfile Health stays on the site's port for load balancers (/health/ready,
    # /health/live: UP or DOWN, nothing more). MicroProfile Metrics (/metrics: the JVM, the pools, the
    # application's counters) is for operators only: it is served by a virtual server of its own, on a
    # port of its own that listens on this machine only unless ASSOCIATION_MONITORING_ADDRESS says otherwise.
    # Deploy the EAR with "--virtualservers server", or it is loaded a second time on that virtual server.
    echo "create-virtual-server --hosts localhost monitoring"
    echo "create-http-listener --listeneraddress ${ASSOCIATION_MONITORING_ADDRESS:-127.0.0.1}" \
        "--listenerport ${ASSOCIATION_MONITORING_PORT:-8190} --defaultvs monitoring monitoring-listener"
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

# --- Starting and stopping a domain, for the scripts that run one (run.sh, bench/run.sh, ops/load.sh, config/cluster.sh) ---
# Every wait has a deadline, says what it waits for, and gives up as soon as the server it waits on has stopped.

# Waits until a check succeeds, trying once a second for at most SECONDS while the process (or, given as -PGID,
# the process group) PID lives. The check answers 1 for "not yet"; any other failure ends the wait at once.
#   association_await SECONDS PID WHAT CHECK [ARGS...]
association_await() {
    local seconds="$1" pid="$2" what="$3" deadline status
    shift 3
    deadline=$((SECONDS + seconds))
    echo "Waiting for $what (at most $seconds s) ..."
    while :; do
        "$@" && return 0 || status=$?
        # a check answers 1 for "not yet", anything else for "never"
        [ $status -eq 1 ] || return $status
        if [ -n "$pid" ] && ! kill -0 -- "$pid" 2>/dev/null; then
            echo "The server stopped while we waited for $what" >&2
            return 1
        fi
        if [ $SECONDS -ge $deadline ]; then
            echo "Gave up waiting for $what after $seconds s" >&2
            return 1
        fi
        sleep 1
    done
}

# Whether every command of a post-boot file has succeeded, from the server log; fails the wait on a failed one.
#   association_configured LOG POSTBOOT
association_configured() {
    local log="$1" postboot="$2" done_commands
    if grep -aq 'Boot Command .* returned with result FAILURE' "$log" 2>/dev/null; then
        echo "A post-boot command failed; see $log" >&2
        return 2
    fi
    [ -f "$log" ] || return 1
    done_commands="$(grep -ac 'Boot Command .* returned with result SUCCESS' "$log" 2>/dev/null)" || true
    [ "${done_commands:-0}" -ge "$(grep -c . "$postboot")" ]
}

# Waits until the server started with a post-boot file has run all of it: a deployment while one of its commands
# restarts a listener leaves that listener unbound.
#   association_await_configured SECONDS SERVER_PID LOG POSTBOOT
association_await_configured() {
    local seconds="$1" server="$2" log="$3" postboot="$4" status=0
    association_await "$seconds" "-$server" "the server to start and run $postboot" association_configured "$log" "$postboot" \
        || status=$?
    [ $status -eq 0 ] || echo "See $log" >&2
    return $status
}

association_site_serving() {
    [ "$(association_site_status "$1" 2>/dev/null)" = "200" ]
}

# Waits until the application answers on a port (GET /feed.atom, which only the application serves) while the server
# lives: LIVE is its pid, or -PGID for its process group (empty: not known).
#   association_await_site SECONDS LIVE PORT
association_await_site() {
    association_await "$1" "$2" "the site at http://localhost:$3/" association_site_serving "$3"
}

association_command=""
# Runs a command for at most SECONDS, in the background, and waits for it: a trapped signal interrupts a "wait" at
# once, whereas bash runs a trap only after a foreground command has ended, and association_end_commands can then
# end the command. Prints why when the deadline passed.
#   association_run SECONDS WHAT COMMAND [ARGS...]
association_run() {
    local seconds="$1" what="$2" status=0
    shift 2
    timeout -k 10 "$seconds" "$@" &
    association_command=$!
    wait "$association_command" || status=$?
    association_command=""
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then
        echo "Gave up on $what after $seconds s" >&2
    fi
    return $status
}

# Ends a process, or a whole process group when the process leads one: SIGTERM, and SIGKILL if it is still there
# SECONDS later.
#   association_end PID [SECONDS]
association_end() {
    local target="$1" seconds="${2:-30}" deadline
    if [ "$(ps -o pgid= -p "$1" 2>/dev/null | tr -d ' ')" = "$1" ]; then
        target="-$1"
    fi
    kill -TERM -- "$target" 2>/dev/null || return 0
    deadline=$((SECONDS + seconds))
    while kill -0 -- "$target" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            echo "Process $1 still ran $seconds s after SIGTERM; killing it" >&2
            kill -KILL -- "$target" 2>/dev/null || true
            seconds=$((seconds + 10))
        fi
        sleep 0.2
    done
}

# Ends every command this script still runs in the background (association_run's, and any other) except SERVER_PID.
#   association_end_commands [SERVER_PID]
association_end_commands() {
    local pid
    for pid in $(jobs -p); do
        [ "$pid" = "${1:-}" ] || association_end "$pid"
    done
}

# Stops a server started by "setsid asadmin start-domain --verbose" in order, whatever it is doing (booting,
# deploying, serving): asadmin stop-domain, then SIGTERM to the server's process group, then SIGKILL, each with a
# deadline, until no process of that group is left.
#   association_stop_server ASADMIN DOMAIN SERVER_PID
association_stop_server() {
    local asadmin="$1" domain="$2" group="$3" said=""
    kill -0 -- "-$group" 2>/dev/null || return 0
    echo "Stopping the server ..."
    # Before its administration port is open, a booting server is "not running" to stop-domain.
    said="$(timeout -k 5 90 "$asadmin" stop-domain --timeout 60 "$domain" 2>&1)" || true
    case "$said" in
        *"not running"*) ;;
        *) association_await 30 "" "the server to stop" association_gone "$group" 2>/dev/null || true ;;
    esac
    association_end "$group" 30
    echo "Stopped."
}

association_gone() {
    ! kill -0 -- "-$1" 2>/dev/null
}

association_server_group="" association_server_group_file=""
# The one start of a domain that prepare-domain.sh made, with the EAR (run.sh, bench/run.sh, ops/load.sh): starts it
# in a process group of its own ("setsid asadmin start-domain --verbose", so that a Ctrl-C to the caller's terminal
# reaches only the caller, which then stops it in order), waits until it has run its post-boot file, stores the
# database password, deploys the EAR on the virtual server "server" (the monitoring one serves /metrics alone) and
# waits until the application answers. Every wait has a deadline and ends when the server stops. The server's process
# group is in association_server_group as soon as it is known; the caller's EXIT trap calls association_stop_started.
#   association_start_domain PAYARA_HOME DOMAIN ADMIN_PORT HTTP_PORT EAR
association_start_domain() {
    local payara_home="$1" domain="$2" admin_port="$3" http_port="$4" ear="$5"
    local asadmin="$payara_home/bin/asadmin" domain_dir="$payara_home/glassfish/domains/$domain"
    local postboot="$domain_dir/config/association-postboot.asadmin" log="$domain_dir/logs/server.log"
    # The group is what the started shell says it is: setsid forks first when its caller leads a group already.
    association_server_group_file="$domain_dir/config/association-server-group"
    rm -f "$association_server_group_file"
    echo "Starting Payara Server (domain $domain, log: $log) ..."
    setsid bash -c 'echo $$ > "$0" && exec "$@"' "$association_server_group_file" \
        "$asadmin" start-domain --verbose --postbootcommandfile "$postboot" "$domain" > "$domain_dir/logs/console.log" 2>&1 &
    association_await 30 "" "the server's process to start" test -s "$association_server_group_file" > /dev/null || return 1
    association_server_group="$(cat "$association_server_group_file")"

    association_await_configured 600 "$association_server_group" "$log" "$postboot" || return 1
    if ! association_store_passwords timeout -k 5 120 "$asadmin" --port "$admin_port"; then
        echo "The database password could not be stored; see $log" >&2
        return 1
    fi
    echo "Deploying $ear ..."
    if ! association_run 600 "the deployment" \
            "$asadmin" --port "$admin_port" deploy --name association --virtualservers server "$ear"; then
        echo "The deployment failed; see $log" >&2
        return 1
    fi
    association_await_site 300 "-$association_server_group" "$http_port"
}

# Stops the server association_start_domain started, even one signalled between its start and the moment its group
# was known, after the command of association_run (a deployment) if one runs.
#   association_stop_started ASADMIN DOMAIN
association_stop_started() {
    [ -z "$association_command" ] || association_end "$association_command"
    if [ -z "$association_server_group" ] && [ -n "$association_server_group_file" ]; then
        association_await 10 "" "the server's process group" test -s "$association_server_group_file" > /dev/null || true
        association_server_group="$(cat "$association_server_group_file" 2>/dev/null)" || true
    fi
    if [ -n "$association_server_group" ]; then
        association_stop_server "$1" "$2" "$association_server_group"
    fi
    association_server_group="" association_server_group_file=""
}
