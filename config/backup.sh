#!/usr/bin/env bash
# Backs up the running association site's database, online, into a new timestamped folder in the
# server's backup folder (ASSOCIATION_BACKUP_DIR when the domain was set up), and prints that folder.
# For cron: give the password in a file that only the backup user can read.
#
#   backup.sh [--url http://localhost:8080] [--user admin] [--password-file FILE]
#
# The server does the work, signed in as this ADMIN account (the same role check, lockout and audit
# entry as the dashboard's "Back up now" button): an embedded Derby database can only be copied
# consistently from inside the server's JVM, and this way no other door onto the data is opened. See
# BackupResource for the reasoning. Use it on the server machine, or over HTTPS from elsewhere.
# Needs curl.
set -euo pipefail

url="${ASSOCIATION_URL:-http://localhost:${ASSOCIATION_HTTP_PORT:-8080}}" user="admin" password_file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --url) url="$2"; shift 2 ;;
        --user) user="$2"; shift 2 ;;
        --password-file) password_file="$2"; shift 2 ;;
        *) echo "usage: backup.sh [--url URL] [--user NAME] [--password-file FILE]" >&2; exit 2 ;;
    esac
done
if [ -n "$password_file" ]; then
    password="$(head -n 1 "$password_file")"
else
    read -r -s -p "Password of $user: " password
    echo >&2
fi

# The credentials reach curl on its standard input, never on a command line that others could list.
escaped="$(printf '%s:%s' "$user" "$password" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
answer="$(mktemp)"
trap 'rm -f "$answer"' EXIT
status="$(printf 'user = "%s"\n' "$escaped" | curl --silent --show-error --config - --request POST --max-time 7200 \
    --output "$answer" --write-out '%{http_code}' "${url%/}/api/backups")" || { echo "The server at $url did not answer." >&2; exit 1; }
if [ "$status" != "200" ]; then
    echo "The backup failed (HTTP $status): $(cat "$answer")" >&2
    exit 1
fi
echo "Backup written to $(cat "$answer")"
