#!/usr/bin/env bash
# Makes a fresh Payara domain for the association: a copy of the distribution's pristine domain1,
# the JDBC driver jars in its lib folder, and a post-boot command file (domain-commands.sh) that
# configures it on its next start. Used by run.sh and by the integration tests.
#
#   prepare-domain.sh --payara-home DIR --domain NAME --data-dir DIR --libs DIR
#                     [--http-port N] [--configure-now] [--fresh-data]
#
# The EAR is deployed with "asadmin deploy" once the domain runs, not from the post-boot file: a
# deploy there waits three minutes on Payara's JMS configuration listener before it goes on.
#
#   --configure-now     start the domain once to apply the commands, then stop it: the domain is
#                       then configured for anyone who starts it (the Arquillian tests)
#   --fresh-data        empty the data folder first (the tests' own folder, never the developer's)
# Prints the path of the post-boot command file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=domain-commands.sh
source "$here/domain-commands.sh"

payara_home="" domain="" data_dir="" libs="" configure_now=false fresh_data=false
while [ $# -gt 0 ]; do
    case "$1" in
        --payara-home) payara_home="$2"; shift 2 ;;
        --domain) domain="$2"; shift 2 ;;
        --data-dir) data_dir="$2"; shift 2 ;;
        --libs) libs="$2"; shift 2 ;;
        --http-port) export ASSOCIATION_HTTP_PORT="$2"; shift 2 ;;
        --configure-now) configure_now=true; shift ;;
        --fresh-data) fresh_data=true; shift ;;
        *) echo "prepare-domain.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$payara_home" ] && [ -n "$domain" ] && [ -n "$data_dir" ] && [ -n "$libs" ] || {
    echo "usage: prepare-domain.sh --payara-home DIR --domain NAME --data-dir DIR --libs DIR [--http-port N] [--configure-now] [--fresh-data]" >&2
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
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    rm -rf "$domain_dir"
fi
cp -r "$template" "$domain_dir"
cp "$libs"/*.jar "$domain_dir/lib/"

postboot="$domain_dir/config/association-postboot.asadmin"
association_domain_commands > "$postboot"

if $configure_now; then
    "$asadmin" start-domain --postbootcommandfile "$postboot" "$domain"
    "$asadmin" stop-domain "$domain"
    grep -q 'jdbc/association' "$domain_dir/config/domain.xml" || {
        echo "the domain did not take its configuration; see $domain_dir/logs/server.log" >&2
        exit 1
    }
fi
echo "$postboot"
