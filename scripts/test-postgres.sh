#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the test suites and prints its URL.
# Installs Debian's postgresql package when it is missing. Usage:
#   url=$(scripts/test-postgres.sh start)   # prints postgres://… on stdout
#   scripts/test-postgres.sh stop
#   scripts/test-postgres.sh restart        # a fast restart, for the fault tests
set -euo pipefail

PORT="${REGIEKAMER_TEST_PG_PORT:-54329}"
STATE_DIR="${REGIEKAMER_TEST_PG_DIR:-/tmp/regiekamer-test-pg}"

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_if_missing() {
  if [ -z "$(pg_bin)" ]; then
    echo "PostgreSQL installeren (Debian-pakket postgresql)…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
}

start() {
  install_if_missing
  local bin; bin="$(pg_bin)"
  stop_quietly
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR"
  chown postgres:postgres "$STATE_DIR"
  runuser -u postgres -- "$bin/initdb" -D "$STATE_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >&2
  runuser -u postgres -- "$bin/pg_ctl" -D "$STATE_DIR/data" -l "$STATE_DIR/server.log" -w \
    -o "-p $PORT -k $STATE_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
  "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE regiekamer_test" >&2
  echo "postgres://postgres:postgres@127.0.0.1:$PORT/regiekamer_test"
}

stop_quietly() {
  local bin; bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -f "$STATE_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$STATE_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

restart() {
  local bin; bin="$(pg_bin)"
  runuser -u postgres -- "$bin/pg_ctl" -D "$STATE_DIR/data" -m fast -w restart -l "$STATE_DIR/server.log" \
    -o "-p $PORT -k $STATE_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop_quietly ;;
  restart) restart ;;
  *) echo "gebruik: $0 start|stop|restart" >&2; exit 2 ;;
esac
