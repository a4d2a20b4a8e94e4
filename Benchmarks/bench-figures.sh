#!/usr/bin/env bash
# The figures benchmarks of docs/PERFORMANCE.md:
#  1. importing a 10-million-line national file in the CBS layout until municipality × theme × year figures are
#     queryable, against pandas (read_csv + theme mapping + groupby sum) on the same file: wall time and peak
#     memory (GNU time), median of three runs each;
#  2. the theme overview of one municipality (all themes, five years) with that data loaded, p50/p99 over 500
#     runs, against one raw SQL aggregate as the floor — on SQLite and on PostgreSQL.
# Usage: Benchmarks/bench-figures.sh [path-to-release-binary]   (needs python3; installs pandas in a venv and
# Debian's postgresql through scripts/test-postgres.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-.build/release/regiekamer}"
rows="${REGIEKAMER_BENCH_ROWS:-10000000}"
area="${REGIEKAMER_BENCH_AREA:-GM0008}"
if [ ! -x "$binary" ]; then swift build -c release --product regiekamer; fi
venv=".build-bench-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pandas" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pandas
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"; scripts/test-postgres.sh stop >/dev/null 2>&1 || true' EXIT
file="$work/national.csv"
"$binary" demo-data --scale national --max-rows "$rows" -o "$file" 2>/dev/null
size=$(du -m "$file" | cut -f1)

measure() {  # prints "seconds kilobytes" of a command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err"; exit 1; }
  cat "$work/time"
}
median() { sort -n | sed -n '2p'; }

: > "$work/ours"; : > "$work/pandas"
for run in 1 2 3; do
  rm -f "$work/db.sqlite"*
  SQLITE_PATH="$work/db.sqlite" "$binary" migrate >/dev/null 2>&1
  SQLITE_PATH="$work/db.sqlite" measure "$binary" import cbs "$file" >> "$work/ours"
  measure "$venv/bin/python" Benchmarks/pandas_import.py "$file" Sources/RegiekamerCatalogue/Data/figure-types.json >> "$work/pandas"
done
ours_s=$(cut -d' ' -f1 "$work/ours" | median); ours_kb=$(cut -d' ' -f2 "$work/ours" | median)
pandas_s=$(cut -d' ' -f1 "$work/pandas" | median); pandas_kb=$(cut -d' ' -f2 "$work/pandas" | median)
pandas_version=$("$venv/bin/python" -c "import pandas; print(pandas.__version__)")

sqlite_result=$(SQLITE_PATH="$work/db.sqlite" "$binary" benchmark theme-overview --gemeente "$area" --runs 500 2>/dev/null)

pg_url="$(scripts/test-postgres.sh start)"
DATABASE_URL="$pg_url" measure "$binary" import cbs "$file" > "$work/pg-import"
pg_import_s=$(cut -d' ' -f1 "$work/pg-import")
pg_result=$(DATABASE_URL="$pg_url" "$binary" benchmark theme-overview --gemeente "$area" --runs 500 2>/dev/null)
pg_version=$(psql "$pg_url" -tAc "SHOW server_version" 2>/dev/null || echo "?")

{
  echo "## Figures: import and theme overview"
  echo
  echo "Measured with \`Benchmarks/bench-figures.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores, binary \`$binary\`)."
  echo "File: \`regiekamer demo-data --scale national --max-rows $rows\`, $rows lines in the CBS layout, $size MB."
  echo
  echo "### Import until municipality × theme × year figures are queryable (median of 3 runs)"
  echo
  echo "| | Wall time | Peak memory (RSS) |"
  echo "|:---|---:|---:|"
  echo "| \`regiekamer import cbs\` (SQLite file, one transaction) | ${ours_s} s | $((ours_kb / 1024)) MB |"
  echo "| pandas $pandas_version: \`read_csv\` + mapping + \`groupby\` sum (\`Benchmarks/pandas_import.py\`) | ${pandas_s} s | $((pandas_kb / 1024)) MB |"
  echo "| \`regiekamer import cbs\` into PostgreSQL $pg_version (one run) | ${pg_import_s} s | |"
  echo
  echo "### Theme overview of $area (22 themes, all years; 500 runs after 20 warm-up runs)"
  echo
  echo "\`regiekamer benchmark theme-overview --gemeente $area --runs 500\`: \`ThemeOverviewQuery.load\` is what the overview"
  echo "page runs (one query, aggregation in Swift with the municipality's mapping); the floor is a single SQL"
  echo "aggregate with the mapping as a VALUES list."
  echo
  echo '```'
  echo "$sqlite_result"
  echo
  echo "$pg_result" | sed "s#postgres://[^ ]*#PostgreSQL (loopback)#"
  echo '```'
} > "$work/section.md"
python3 scripts/replace-section.py docs/PERFORMANCE.md figures "$work/section.md"
cat "$work/section.md"
