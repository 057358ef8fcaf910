#!/usr/bin/env bash
# Makes an existing, running Payara Server 6 domain ready for the association EAR: installs the JDBC
# drivers, stores the database password as a password alias, creates jdbc/association for the chosen
# database and the application's settings (the lines of domain-commands.sh), and restarts the domain
# when it had to add the drivers. Afterwards: asadmin deploy --name association association-ear.ear
#
#   setup-domain.sh [--domain NAME] [--asadmin PATH] [--libs DIR] [asadmin options: --host H --port P --user U ...]
#
#   --domain NAME   the domain, so that it can be restarted when the drivers were added (without it,
#                   the script asks you to restart it; asadmin's restart-domain alone means domain1)
#   --asadmin PATH  the domain's asadmin (default: asadmin on the PATH)
#   --libs DIR      folder of the driver jars (default: association-ear/target/server-lib of this build)
# The settings are the environment variables that domain-commands.sh lists (ASSOCIATION_DB, ...).
# For a domain with an admin password, put AS_ADMIN_PASSWORD=... in a file only you can read and name it
# in ASSOCIATION_ASADMIN_PASSWORD_FILE. Running it again replaces the datasource and the settings.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=domain-commands.sh
source "$here/domain-commands.sh"

asadmin_path="asadmin" libs="$here/../association-ear/target/server-lib" domain="" options=()
while [ $# -gt 0 ]; do
    case "$1" in
        --domain) domain="$2"; shift 2 ;;
        --asadmin) asadmin_path="$2"; shift 2 ;;
        --libs) libs="$2"; shift 2 ;;
        *) options+=("$1"); shift ;;
    esac
done
asadmin=("$asadmin_path" "${options[@]}")
if [ -n "${ASSOCIATION_ASADMIN_PASSWORD_FILE:-}" ]; then
    asadmin+=(--passwordfile "$ASSOCIATION_ASADMIN_PASSWORD_FILE")
fi

commands="$(association_domain_commands && association_listener_commands)"
ls "$libs"/*.jar >/dev/null 2>&1 || { echo "no driver jars in $libs (build with: mvn -B -DskipTests package)" >&2; exit 1; }
"${asadmin[@]}" uptime >/dev/null || { echo "the domain does not answer: start it first (asadmin start-domain)" >&2; exit 1; }

# The drivers go into the domain's lib folder, on the server's class path; the server sees them after a restart.
installed="$("${asadmin[@]}" list-libraries --type common)"
added=false
for jar in "$libs"/*.jar; do
    if ! grep -qx "$(basename "$jar")" <<< "$installed"; then
        "${asadmin[@]}" add-library --type common "$jar"
        added=true
    fi
done

# A datasource and mail resource from an earlier run go first (these fail harmlessly when there is none).
old="$(umask 077 && mktemp)" new="$(umask 077 && mktemp)"
trap 'rm -f "$old" "$new"' EXIT
printf '%s\n' "delete-jdbc-resource jdbc/association" "delete-jdbc-connection-pool association-pool" \
    "delete-javamail-resource mail/association" > "$old"
"${asadmin[@]}" multimode --file "$old" >/dev/null 2>&1 || true

association_store_passwords "${asadmin[@]}"

# multimode goes on after a failed command and still exits 0: its output tells.
printf '%s\n' "$commands" | association_for_multimode > "$new"
output="$("${asadmin[@]}" multimode --file "$new" 2>&1)" || true
echo "$output"
if grep -q "failed" <<< "$output"; then
    echo "Some settings were refused (above); the domain is not ready." >&2
    exit 1
fi

if $added && [ -z "$domain" ]; then
    echo "Restart the domain so that it loads the drivers (asadmin restart-domain NAME), then:"
elif $added; then
    echo "Restarting $domain so that it loads the drivers ..."
    "${asadmin[@]}" restart-domain "$domain"
fi
echo "The domain is ready: asadmin deploy --name association --virtualservers server association-ear.ear"
