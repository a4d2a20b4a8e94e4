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
# The joint coordinator of the demo's joint plan (three municipalities, step 3a decided, four joint measures).
joint="$workdir/joint-cookies"
curl -s -c "$joint" -b "$joint" "$base/inloggen" -o "$workdir/login2.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$workdir/login2.html" | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$joint" -b "$joint" -o /dev/null --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=regie@waalenheide.example" --data-urlencode "wachtwoord=Voorbeeldstad-demo" "$base/inloggen"
group=$(curl -s -b "$joint" "$base/samenwerkingen" | grep -o '/samenwerkingen/[A-F0-9-]*">Samen Veilig' | head -1 | sed 's/">.*//')
strategy=$(curl -s -b "$joint" "$base/samenwerkingen" | grep -o '/samenwerkingen/[A-F0-9-]*">Veiligheidsstrategie' | head -1 | sed 's/">.*//')

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
  -n "methodezoeker" "curl -fsS -o /dev/null '$base/catalogus/methoden?probleem=winkeldiefstal'" \
  -n "stap 3a (3 gemeenten, 16 keuzes, cijfers per gemeente)" "curl -fsS -o /dev/null -b $joint $base$group/stap-3a" \
  -n "gezamenlijk plan (hoofdstukken, lokale paragrafen, budget)" "curl -fsS -o /dev/null -b $joint $base$group/plan" \
  -n "raadsversie.docx (alle lokale paragrafen)" "curl -fsS -o /dev/null -b $joint '$base$group/raadsversie.docx?gemeente=GM9997&versie=alle'" \
  -n "gezamenlijke monitor (vergelijking per thema)" "curl -fsS -o /dev/null -b $joint $base$group/monitor" \
  -n "regionale strategie (6 thema's, tijdlijn)" "curl -fsS -o /dev/null -b $joint $base$strategy/strategie"

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
