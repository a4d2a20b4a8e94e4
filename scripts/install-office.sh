#!/usr/bin/env bash
# Installs what the PDF/A conversion and its tests need, when missing: LibreOffice Writer without GUI (soffice)
# and poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm), from Debian's packages. The Swift test suite runs
# LibreOffice (Tests/RegiekamerDocumentsTests/OfficeConverterTests), so run this before `swift test`.
set -euo pipefail
if command -v soffice >/dev/null && command -v pdfinfo >/dev/null && command -v pdffonts >/dev/null; then
  exit 0
fi
echo "LibreOffice Writer en poppler-utils installeren (Debian-pakketten)…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils >/dev/null
