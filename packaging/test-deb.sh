#!/usr/bin/env bash
# Builds the .deb, installs it on this machine (Debian 12, as root) and tries it as IT would:
# `desk --version` and `desk doctor` from the installed files, a demo workspace, the app
# started on a virtual screen until its window shows; bench.package's smoke run on the
# package (its size and the installed files' start against the source tree's, in .venv:
# scripts/setup.sh --test); then `apt-get remove` and `apt-get purge`, after each of which the
# workspace is still there. Leaves desk uninstalled.
#   packaging/test-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build-deb.sh
deb=$(ls -t dist/desk_*_amd64.deb | head -1)
export DEBIAN_FRONTEND=noninteractive
apt="apt-get"; [ "$(id -u)" != 0 ] && apt="sudo -E apt-get"
if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
  $apt update -qq
  $apt install -y -qq --no-install-recommends xvfb xauth x11-utils >/dev/null
fi
trap '$apt purge -y -qq desk >/dev/null 2>&1 || true' EXIT
$apt install -y -qq "./$deb" >/dev/null
fail() { echo "test-deb: $*" >&2; exit 1; }
repo=$PWD
[ -x "$repo/.venv/bin/python" ] || fail "bench.package runs in the checkout's .venv: scripts/setup.sh --test"

home=$(mktemp -d)  # a user of this machine, with nothing of desk yet
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  XDG_STATE_HOME=$home/.local/state PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
cd "$home"
[ "$(readlink -f "$(command -v desk)")" = /opt/desk/desk ] || fail "desk is not /opt/desk's"
desk --version | grep -q "^desk " || fail "desk --version"
grep -q "^\[server\]" /etc/desk/desk.toml || fail "/etc/desk/desk.toml is not the sample"
ws=$home/workspace
desk demo --workspace "$ws" >/dev/null
QT_QPA_PLATFORM=offscreen desk --workspace "$ws" doctor > doctor.txt \
  || { cat doctor.txt; fail "desk doctor"; }
grep -q "Qt platform  ok" doctor.txt || { cat doctor.txt; fail "Qt does not start"; }

# the app on a virtual screen (the xcb platform, with the libraries the package depends on)
xvfb-run -a -s "-screen 0 1366x800x24" sh -c '
  desk --workspace "$0" & app=$!
  for _ in $(seq 1 60); do
    if xwininfo -root -tree | grep -q "\"desk"; then kill $app; wait $app; exit 0; fi
    kill -0 $app 2>/dev/null || exit 1
    sleep 1
  done
  kill $app; exit 1' "$ws" || fail "the window did not show"

# tests/test_benchmarks.py leaves bench.package's smoke run to this script: it needs a .deb
figures=$(cd "$repo" && .venv/bin/python -m bench.package --smoke --json --deb "$repo/$deb" | tail -1)
echo "$figures" | "$repo/.venv/bin/python" -c '
import json, math, sys
f = json.load(sys.stdin)
assert f["peer_source_startup_ms"] > 0 and f["ratio_startup"] > 0 and f["deb_mb"] > 1
assert all(math.isfinite(v) for v in f.values())' || fail "bench.package --smoke: $figures"

$apt remove -y -qq desk >/dev/null
[ ! -e /opt/desk ] && [ -f "$ws/workspace.toml" ] || fail "remove took the workspace"
[ -f /etc/desk/desk.toml ] || fail "remove took the machine file (a conffile stays)"
$apt purge -y -qq desk >/dev/null
[ ! -e /etc/desk ] && [ -f "$ws/workspace.toml" ] || fail "purge took the workspace"
desk_db=$(find "$ws" -name desk.db | head -1)
[ -s "$desk_db" ] || fail "purge took the database"
echo "test-deb: $deb installs, runs, and leaves the data when removed or purged"
