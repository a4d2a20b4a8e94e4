#!/usr/bin/env bash
# Measures the response time of the heaviest pages and downloads of the demo municipality with hyperfine
# (Debian package), against a server started here on a throw-away SQLite file, and writes the table to
# docs/PERFORMANCE.md. Usage: scripts/bench-web.sh [path-to-regiekamer-binary]   (default: release build)
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-.build/release/regiekamer}"
port="${REGIEKAMER_BENCH_PORT:-8282}"
if [ ! -x "$binary" ]; then swift build -c release --product regiekamer; fi
if ! command -v hyperfine >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
fi

workdir="$(mktemp -d)"
# The demo with steps 3-5 filled: 3 priorities, 6 other themes, 12 indicators with charts, 60 measures.
SQLITE_PATH="$workdir/regiekamer.sqlite" "$binary" demo --with-plan > /dev/null 2>&1
SQLITE_PATH="$workdir/regiekamer.sqlite" "$binary" serve --demo --port "$port" > "$workdir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$workdir"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do curl -fsS "$base/health" >/dev/null 2>&1 && break; sleep 1; done

jar="$workdir/cookies"
curl -s -c "$jar" -b "$jar" "$base/inloggen" -o "$workdir/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$workdir/login.html" | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=coordinator@voorbeeldstad.example" --data-urlencode "wachtwoord=Voorbeeldstad-demo" "$base/inloggen"
municipality=$(curl -s -b "$jar" "$base/gemeenten" | grep -o '/gemeenten/[A-F0-9-]*' | head -1)
trajectory=$(curl -s -b "$jar" "$base$municipality" | grep -o "$municipality/trajecten/[A-F0-9-]*" | head -1)

hyperfine --warmup 3 --runs 30 --export-markdown "$workdir/results.md" \
  -n "analyserapport.docx (28 cellen)" "curl -fsS -o /dev/null -b $jar $base$trajectory/analyse/analyserapport.docx" \
  -n "analyse-werkruimte" "curl -fsS -o /dev/null -b $jar $base$trajectory/analyse" \
  -n "startnotitie.docx" "curl -fsS -o /dev/null -b $jar $base$trajectory/startnotitie/startnotitie.docx" \
  -n "planningpagina" "curl -fsS -o /dev/null -b $jar $base$trajectory/planning" \
  -n "uitslag.json (prioritering)" "curl -fsS -o /dev/null -b $jar $base$trajectory/prioritering/uitslag.json" \
  -n "raadspakket.zip (IVP + uitvoeringsplan + raadsvoorstel, 60 maatregelen, 12 grafieken)" "curl -fsS -o /dev/null -b $jar '$base$trajectory/ivp/raadspakket.zip?jaar=2027'" \
  -n "ivp.docx" "curl -fsS -o /dev/null -b $jar $base$trajectory/ivp/ivp.docx" \
  -n "ivp-prioriteit (indicatoren met realisme, maatregelen)" "curl -fsS -o /dev/null -b $jar $base$trajectory/ivp/onderwerp/p1" \
  -n "cijferoverzicht (22 thema's, SVG)" "curl -fsS -o /dev/null -b $jar $base$municipality/cijfers" \
  -n "cijfers thema 2.1 met vergelijking" "curl -fsS -o /dev/null -b $jar $base$municipality/cijfers/thema/2.1" \
  -n "themapagina 2.1 met SVG" "curl -fsS -o /dev/null $base/catalogus/thema/2.1" \
  -n "zoeken 'opiumwet'" "curl -fsS -o /dev/null '$base/catalogus/zoeken?q=opiumwet'" \
  -n "methodezoeker" "curl -fsS -o /dev/null '$base/catalogus/methoden?probleem=winkeldiefstal'"

{
  echo "## Pages and documents"
  echo
  echo "Measured with \`scripts/bench-web.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores, binary \`$binary\`, SQLite, demo"
  echo "municipality). Each row is a whole HTTP request by curl on loopback, so process start of curl (~5 ms) is included."
  echo
  cat "$workdir/results.md"
} > "$workdir/section.md"
python3 scripts/replace-section.py docs/PERFORMANCE.md web "$workdir/section.md"
cat docs/PERFORMANCE.md
