#!/usr/bin/env bash
# Starts desk on the demo workspace (made on first use): synthetic patients, today's schedule.
# Extra arguments go to desk, e.g. scripts/demo.sh --set clinic.name="My clinic".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
workspace="${DESK_DEMO_WORKSPACE:-$HOME/.local/share/desk/demo-workspace}"
if [ ! -f "$workspace/workspace.toml" ]; then
  .venv/bin/desk demo --workspace "$workspace"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  echo "No display found: desk runs on a virtual screen (Xvfb). Stop it with Ctrl+C."
  command -v xvfb-run >/dev/null || { sudo_=""; [ "$(id -u)" != 0 ] && sudo_=sudo;
    $sudo_ apt-get install -y -qq xvfb xauth >/dev/null; }
  exec xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/desk --workspace "$workspace" \
    --set clinic.name="Clinique du Parc (demo)" "$@"
fi
exec .venv/bin/desk --workspace "$workspace" --set clinic.name="Clinique du Parc (demo)" "$@"
