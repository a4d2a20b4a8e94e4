#!/usr/bin/env bash
# Runs the browser suite (selenium + axe-core in Debian's Chromium) against a freshly started server with the
# demo municipality on a throw-away SQLite file. Installs what it needs: Debian's chromium and chromium-driver,
# LibreOffice Writer (to open generated DOCX files) and poppler-utils, and the Python packages in
# Tests/browser/requirements.txt in a virtual environment.
# Usage: scripts/browser-tests.sh [path-to-regiekamer-binary]
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-.build/debug/regiekamer}"
port="${REGIEKAMER_BROWSER_PORT:-8181}"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Chromium en chromedriver installeren (Debian-pakketten)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
scripts/install-office.sh

venv=".build-browser-venv"
scripts/python-venv.sh "$venv" Tests/browser/requirements.txt

workdir="$(mktemp -d)"
SQLITE_PATH="$workdir/regiekamer.sqlite" "$binary" serve --demo --port "$port" > "$workdir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$workdir"' EXIT

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "server did not start:"; cat "$workdir/server.log"; exit 1; }

# An instance administrator for the set-up of joint trajectories (the demo has none).
SQLITE_PATH="$workdir/regiekamer.sqlite" REGIEKAMER_PASSWORD="Beheer-voor-de-browsertests" \
  "$binary" user create --admin --email beheer@regiekamer.example --name "Instantiebeheer" >/dev/null

export REGIEKAMER_BASE_URL="http://127.0.0.1:$port"
export REGIEKAMER_BINARY="$binary"
export REGIEKAMER_AXE_LOG="${REGIEKAMER_AXE_LOG:-$workdir/axe.log}"
: > "$REGIEKAMER_AXE_LOG"
: > "$REGIEKAMER_AXE_LOG.reflow"
"$venv/bin/pytest" -q Tests/browser
