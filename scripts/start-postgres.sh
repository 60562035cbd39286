#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print its URL on stdout:
#   export PARALLAX_TEST_PG_URL="$(scripts/start-postgres.sh)"
# It uses Debian's `postgresql` package (installed when missing and we are root), initdb's a temporary
# folder, listens on 127.0.0.1 on a free port (or $PARALLAX_PG_PORT) and trusts local connections.
# Stop it with the command it prints on stderr (pg_ctl ... stop); the folder is under /tmp.
set -euo pipefail

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pgbin)" ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "start-postgres: PostgreSQL is not installed; run as root or apt-get install postgresql" >&2; exit 1; fi
  echo "start-postgres: installing Debian's postgresql package" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2 || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2; }
fi
BIN="$(pgbin)"

DIR="$(mktemp -d /tmp/parallax-pg.XXXXXX)"
PORT="${PARALLAX_PG_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

# PostgreSQL refuses to run as root: run it as the postgres user the package created.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$DIR"; fi

as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >&2 || { cat "$DIR/server.log" >&2; exit 1; }

echo "start-postgres: running in $DIR; stop with: $( [ "$(id -u)" -eq 0 ] && echo 'runuser -u postgres -- ')$BIN/pg_ctl -D $DIR/data stop" >&2
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
