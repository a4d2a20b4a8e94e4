#!/usr/bin/env bash
# Measures the documents of the demo (with plan) in DOCX, ODT and PDF/A against a server started here on a
# throw-away SQLite file: DOCX and ODT with hyperfine, the IVP's PDF cold (empty cache, LibreOffice started for
# it) and from the cache, and the pool's throughput (distinct documents converted at once, 2 workers).
# Prints a Markdown section for docs/PERFORMANCE.md. Usage: scripts/bench-documents.sh [path-to-regiekamer-binary]
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-.build/release/regiekamer}"
port="${REGIEKAMER_BENCH_PORT:-8283}"
if ! command -v hyperfine >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
fi
scripts/install-office.sh

workdir="$(mktemp -d)"
SQLITE_PATH="$workdir/regiekamer.sqlite" "$binary" demo --with-plan > /dev/null 2>&1
REGIEKAMER_OFFICE_DIR="$workdir/office" REGIEKAMER_OFFICE_WORKERS=2 SQLITE_PATH="$workdir/regiekamer.sqlite" \
  "$binary" serve --port "$port" > "$workdir/server.log" 2>&1 &
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
get() { curl -fsS -o "${2:-/dev/null}" -b "$jar" "$base$trajectory/$1"; }

hyperfine --warmup 2 --runs 10 --export-markdown "$workdir/results.md" \
  -n "ivp.docx" "curl -fsS -o /dev/null -b $jar $base$trajectory/ivp/ivp.docx" \
  -n "ivp.odt" "curl -fsS -o /dev/null -b $jar $base$trajectory/ivp/ivp.odt" \
  -n "uitvoeringsplan.docx" "curl -fsS -o /dev/null -b $jar '$base$trajectory/uitvoeringsplan/uitvoeringsplan.docx?jaar=2027'" \
  -n "uitvoeringsplan.odt" "curl -fsS -o /dev/null -b $jar '$base$trajectory/uitvoeringsplan/uitvoeringsplan.odt?jaar=2027'" \
  -n "raadsvoorstel.docx" "curl -fsS -o /dev/null -b $jar '$base$trajectory/ivp/raadsvoorstel.docx?jaar=2027'" \
  -n "raadsvoorstel.odt" "curl -fsS -o /dev/null -b $jar '$base$trajectory/ivp/raadsvoorstel.odt?jaar=2027'" \
  -n "raadspakket.zip (drie documenten in DOCX en ODT)" "curl -fsS -o /dev/null -b $jar '$base$trajectory/ivp/raadspakket.zip?jaar=2027'" \
  > /dev/null

cold=$( { /usr/bin/time -f %e curl -fsS -o "$workdir/ivp.pdf" -b "$jar" "$base$trajectory/ivp/ivp.pdf"; } 2>&1 )
cached=$( { /usr/bin/time -f %e curl -fsS -o /dev/null -b "$jar" "$base$trajectory/ivp/ivp.pdf"; } 2>&1 )
pages=$(pdfinfo "$workdir/ivp.pdf" | awk '/^Pages:/ {print $2}')

# Throughput: eight distinct documents (nothing cached) requested at once from the pool of two workers.
documents=("startnotitie/startnotitie.pdf" "analyse/analyserapport.pdf" "uitvoeringsplan/uitvoeringsplan.pdf?jaar=2027"
  "uitvoeringsplan/uitvoeringsplan.pdf?jaar=2028" "ivp/raadsvoorstel.pdf?jaar=2027" "ivp/raadsvoorstel.pdf?jaar=2028"
  "voortgang/rapport.pdf?jaar=2027" "voortgang/bijlage.pdf?jaar=2027")
start=$(date +%s.%N)
for document in "${documents[@]}"; do get "$document" & done
wait
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
perminute=$(echo "scale=1; ${#documents[@]} * 60 / $elapsed" | bc)

echo "## Documents in DOCX, ODT and PDF/A"
echo
echo "Measured with \`scripts/bench-documents.sh $binary\` ($(date -u +%Y-%m-%d), $(nproc) cores shared with other"
echo "builds, SQLite, demo with plan: 3 priorities, 6 other themes, 12 indicators with charts, 60 measures)."
echo
cat "$workdir/results.md"
echo
echo "- PDF/A of the IVP ($pages pages), cold (empty cache, LibreOffice starts for it): ${cold} s; from the cache: ${cached} s."
echo "- Pool of 2 workers: ${#documents[@]} distinct PDFs requested at once in ${elapsed} s, ${perminute} conversions per minute."
