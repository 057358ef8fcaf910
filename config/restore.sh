#!/usr/bin/env bash
# Restores a backup that the dashboard or backup.sh made, replacing the database: every row, photo and
# file comes back as it was when the backup was taken; what was written later is gone.
# STOP THE SERVER FIRST (asadmin stop-domain, or Ctrl-C for run.sh), then start it again afterwards.
#
#   restore.sh BACKUP_FOLDER [--domain-dir DIR]
#
#   BACKUP_FOLDER     a folder association-YYYYMMDD-HHMMSS from the backup folder
#   --domain-dir DIR  the Payara domain's folder: its search index is removed, to be rebuilt from the
#                     restored database at the next start (else searches could still find newer articles)
# Settings as for the domain (config/domain-commands.sh): ASSOCIATION_DB with ASSOCIATION_DATA_DIR for
# derby-embedded, or ASSOCIATION_DB_HOST, _PORT, _NAME, _USER, _PASSWORD for postgresql. A Derby network
# server's database is restored on that server's machine, as the README says.
set -euo pipefail

backup="" domain_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --domain-dir) domain_dir="$2"; shift 2 ;;
        -*) echo "restore.sh: unknown option $1" >&2; exit 2 ;;
        *) backup="$1"; shift ;;
    esac
done
[ -d "$backup" ] || { echo "usage: restore.sh BACKUP_FOLDER [--domain-dir DIR]" >&2; exit 2; }
backup="$(cd "$backup" && pwd)"
if [ -n "$domain_dir" ] && [ -f "$domain_dir/config/pid" ] && kill -0 "$(cat "$domain_dir/config/pid")" 2>/dev/null; then
    echo "The domain in $domain_dir is running: stop it first." >&2
    exit 1
fi

case "${ASSOCIATION_DB:-derby-embedded}" in
    derby-embedded)
        data_dir="${ASSOCIATION_DATA_DIR:?ASSOCIATION_DATA_DIR must name the data folder}"
        [ -f "$backup/association-db/service.properties" ] \
            || { echo "$backup holds no Derby backup (association-db)" >&2; exit 1; }
        mkdir -p "$data_dir"
        # The database being replaced is kept beside it, never deleted by this script.
        if [ -d "$data_dir/association-db" ]; then
            kept="$data_dir/association-db.replaced-$(date +%Y%m%d-%H%M%S)"
            mv "$data_dir/association-db" "$kept"
            echo "The database that was there is kept in $kept"
        fi
        cp -a "$backup/association-db" "$data_dir/association-db"
        # the search index kept beside it describes the database that was there; rebuilt at the next start
        rm -rf "$data_dir/search-index"
        ;;
    postgresql)
        [ -f "$backup/association.dump" ] || { echo "$backup holds no PostgreSQL backup (association.dump)" >&2; exit 1; }
        # One transaction: the database is either the backup's, whole, or unchanged.
        PGPASSWORD="${ASSOCIATION_DB_PASSWORD:-}" pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error \
            --host="${ASSOCIATION_DB_HOST:-localhost}" --port="${ASSOCIATION_DB_PORT:-5432}" \
            --username="${ASSOCIATION_DB_USER:-association}" --dbname="${ASSOCIATION_DB_NAME:-association}" \
            "$backup/association.dump"
        ;;
    *)
        echo "restore.sh restores derby-embedded and postgresql databases; see the README for a Derby network server" >&2
        exit 2
        ;;
esac

if [ -n "$domain_dir" ]; then
    rm -rf "$domain_dir/association-search"
else
    echo "No --domain-dir given: remove the domain's association-search folder before the next start." >&2
fi
echo "Restored $backup. Start the server again."
