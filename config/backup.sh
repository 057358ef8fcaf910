#!/usr/bin/env bash
# Backs up the running association site's database, online, into a new timestamped folder in the
# server's backup folder (ASSOCIATION_BACKUP_DIR when the domain was set up), and prints that folder.
#
#   backup.sh --token-file FILE [--url http://localhost:8080]
#
# FILE holds a backup token (its first line), which an ADMIN makes under Accounts > Backup tokens; it is
# shown once there. Keep the file readable by the backup user only (chmod 600); revoke the token on that
# page when the file may have leaked. The token is the script's own credential: no person's password
# sits in a file for cron, and guesses at an account's password cannot lock the backups out.
# The server does the work (an embedded Derby database can only be copied consistently from inside the
# server's JVM) and records it in the audit log under the token's label; see BackupResource. Use it on the
# server machine, or over HTTPS from elsewhere. Needs curl.
set -euo pipefail

url="${ASSOCIATION_URL:-http://localhost:${ASSOCIATION_HTTP_PORT:-8080}}" token_file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --url) url="$2"; shift 2 ;;
        --token-file) token_file="$2"; shift 2 ;;
        *) echo "usage: backup.sh --token-file FILE [--url URL]" >&2; exit 2 ;;
    esac
done
if [ -z "$token_file" ]; then
    echo "usage: backup.sh --token-file FILE [--url URL]  (an ADMIN makes a token under Accounts > Backup tokens)" >&2
    exit 2
fi
token="$(head -n 1 "$token_file" | tr -d '[:space:]')"
case "$token" in
    abk_*) ;;
    *) echo "$token_file does not hold a backup token (they begin with abk_)" >&2; exit 2 ;;
esac

# The token reaches curl on its standard input, never on a command line that others could list.
answer="$(mktemp)"
trap 'rm -f "$answer"' EXIT
status="$(printf 'header = "Authorization: Bearer %s"\n' "$token" \
    | curl --silent --show-error --config - --request POST --max-time 7200 \
        --output "$answer" --write-out '%{http_code}' "${url%/}/api/backups")" \
    || { echo "The server at $url did not answer." >&2; exit 1; }
if [ "$status" != "200" ]; then
    echo "The backup failed (HTTP $status): $(cat "$answer")" >&2
    exit 1
fi
echo "Backup written to $(cat "$answer")"
