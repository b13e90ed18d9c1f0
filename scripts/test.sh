#!/usr/bin/env bash
# Runs every check and the whole test suite, after doing its own set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
if [ -f tests/fhirserver/package-lock.json ]; then
  tests/fhirserver/install.sh
fi
echo "== ruff"; .venv/bin/ruff check desk tests bench main.py
echo "== import contracts"; .venv/bin/lint-imports --no-cache
echo "== mypy (core)"; .venv/bin/mypy desk --exclude 'desk/ui/'
echo "== tests"
exec env QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
