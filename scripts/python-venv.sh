#!/usr/bin/env bash
# Makes (or refreshes) a Python virtual environment with the packages of a requirements file, reinstalling only
# when that file changed. Used by the browser and robustness suites. Usage: scripts/python-venv.sh VENV REQUIREMENTS
set -euo pipefail
venv="$1"
requirements="$2"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi
