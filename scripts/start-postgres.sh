#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the sync relay's tests, on 127.0.0.1 only, and prints
#   DATABASE_URL=postgres://pendamping@127.0.0.1:<port>/pendamping_test
# as its last line. Installs Debian's postgresql package first if it is missing (needs root).
# Trust authentication on loopback: it is a disposable cluster in a temp directory, never a real one.
#
#   eval "$(scripts/start-postgres.sh | tail -1 | sed 's/^/export /')"
#   scripts/start-postgres.sh --stop
#
# Environment: PENDAMPING_PG_PORT (default 55432), PENDAMPING_PG_DIR (default /tmp/pendamping-pg-<port>).
set -euo pipefail

PORT="${PENDAMPING_PG_PORT:-55432}"
DIR="${PENDAMPING_PG_DIR:-/tmp/pendamping-pg-$PORT}"
DB=pendamping_test
USER_NAME=pendamping

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

BIN="$(find_bin || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed and this script is not root: apt-get install postgresql" >&2
    exit 1
  fi
  echo "installing postgresql…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  BIN="$(find_bin)"
fi

# initdb and postgres refuse to run as root: run them as the postgres user when we are root.
RUN=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$DIR" postgres
  RUN=(runuser -u postgres --)
fi

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DIR/postmaster.pid" ]; then "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2; fi
  rm -rf "$DIR"
  exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  chmod 700 "$DIR"
  "${RUN[@]}" "$BIN/initdb" -D "$DIR" -A trust -U "$USER_NAME" -E UTF8 >/dev/null
fi

if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=300" start >&2
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -Atc \
  "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB"
fi

echo "DATABASE_URL=postgres://$USER_NAME@127.0.0.1:$PORT/$DB"
