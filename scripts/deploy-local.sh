#!/usr/bin/env bash
# Starts the deployment of docs/DEPLOY.md on loopback: one PostgreSQL, two Regiekamer instances started at the
# same moment (they migrate one after the other and load the demo once), and nginx in front of them.
# Installs Debian's nginx and PostgreSQL when missing. Used by the robustness suite; handy by hand too.
# Usage:
#   scripts/deploy-local.sh start [binary]   # prints the nginx address; state in $REGIEKAMER_DEPLOY_DIR
#   scripts/deploy-local.sh stop
#   scripts/deploy-local.sh kill-instance 1|2   # kill -9 one instance
#   scripts/deploy-local.sh start-instance 1|2 [binary]
#   scripts/deploy-local.sh restart-postgres
# Ports: nginx $REGIEKAMER_DEPLOY_PORT (8300), instances +1 and +2, PostgreSQL $REGIEKAMER_DEPLOY_PG_PORT (54340).
set -euo pipefail
cd "$(dirname "$0")/.."

STATE="${REGIEKAMER_DEPLOY_DIR:-/tmp/regiekamer-deploy}"
PORT="${REGIEKAMER_DEPLOY_PORT:-8300}"
PG_PORT="${REGIEKAMER_DEPLOY_PG_PORT:-54340}"
pg() { REGIEKAMER_TEST_PG_PORT="$PG_PORT" REGIEKAMER_TEST_PG_DIR="$STATE/pg" scripts/test-postgres.sh "$@"; }

install_nginx_if_missing() {
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    echo "nginx installeren (Debian-pakket nginx)…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >&2
  fi
}

wait_for() {
  for _ in $(seq 1 120); do
    if curl -fsS "$1/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "geen antwoord van $1/health" >&2
  return 1
}

start_instance() {
  local n="$1" binary="$2"
  local port=$((PORT + n))
  DATABASE_URL="$(cat "$STATE/database-url")" "$binary" serve --demo --hostname 127.0.0.1 --port "$port" \
    >>"$STATE/app$n.log" 2>&1 &
  echo $! >"$STATE/app$n.pid"
}

start() {
  local binary="${1:-.build/debug/regiekamer}"
  install_nginx_if_missing
  stop_quietly
  rm -rf "$STATE"
  mkdir -p "$STATE"
  pg start >"$STATE/database-url" 2>"$STATE/pg-start.log"
  # Both instances start together on an empty database: the migration lock must let one migrate at a time.
  start_instance 1 "$binary"
  start_instance 2 "$binary"
  wait_for "http://127.0.0.1:$((PORT + 1))"
  wait_for "http://127.0.0.1:$((PORT + 2))"
  sed -e "s#@LISTEN@#127.0.0.1:$PORT#" -e "s#@APP1@#127.0.0.1:$((PORT + 1))#" -e "s#@APP2@#127.0.0.1:$((PORT + 2))#" \
    -e "s#@STATE@#$STATE#g" deploy/nginx-regiekamer.conf >"$STATE/nginx.conf"
  /usr/sbin/nginx -e "$STATE/nginx-error.log" -c "$STATE/nginx.conf"
  wait_for "http://127.0.0.1:$PORT"
  echo "http://127.0.0.1:$PORT"
}

kill_instance() {
  local pid; pid="$(cat "$STATE/app$1.pid" 2>/dev/null || true)"
  if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
}

stop_quietly() {
  if [ -f "$STATE/nginx.pid" ]; then /usr/sbin/nginx -e "$STATE/nginx-error.log" -c "$STATE/nginx.conf" -s stop 2>/dev/null || true; fi
  for n in 1 2; do
    local pid; pid="$(cat "$STATE/app$n.pid" 2>/dev/null || true)"
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  done
  sleep 0.5
  kill_instance 1; kill_instance 2
  if [ -d "$STATE/pg" ]; then pg stop >/dev/null 2>&1 || true; fi
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop_quietly ;;
  kill-instance) kill_instance "$2" ;;
  restart-postgres) pg restart ;;
  start-instance) start_instance "$2" "${3:-.build/debug/regiekamer}"; wait_for "http://127.0.0.1:$((PORT + $2))" ;;
  *) echo "gebruik: $0 start [binary] | stop | kill-instance N | start-instance N [binary]" >&2; exit 2 ;;
esac
