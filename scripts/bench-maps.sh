#!/bin/sh
# Measures the maps (issue 26) in an optimised build: reading and simplifying the real boundary files of
# ../shared/fixtures/real/geo and rendering Amsterdam's district and neighbourhood maps. Compiles the pure
# geometry and the SVG drawing of the app with swiftc -O into one module (no Vapor, so it builds in seconds);
# the sources are copied without their `import RegiekamerDomain`.
set -eu
cd "$(dirname "$0")/.."
work="${TMPDIR:-/tmp}/regiekamer-bench-maps"
rm -rf "$work" && mkdir -p "$work/src"
for file in Sources/RegiekamerDomain/Geography/*.swift Sources/RegiekamerDomain/DutchNumberText.swift \
    Sources/RegiekamerViews/Charts/ChoroplethMapSVG.swift Sources/RegiekamerViews/Charts/ChartSeries.swift \
    Sources/RegiekamerViews/HTML/HTML.swift Sources/RegiekamerViews/Pages/Figures/DutchNumber.swift; do
    grep -v '^import RegiekamerDomain$' "$file" > "$work/src/$(basename "$file")"
done
swiftc -O -package-name Regiekamer -o "$work/bench" scripts/bench-maps/main.swift "$work"/src/*.swift
"$work/bench" "${1:-../shared/fixtures/real/geo}"
