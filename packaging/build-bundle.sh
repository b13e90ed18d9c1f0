#!/usr/bin/env bash
# Builds desk's PyInstaller bundle from a hash-pinned lock into build/pyinstaller (desk/, and on
# macOS desk.app), the step every package shares (build-deb.sh, macos/build-dmg.sh, and the
# Windows job of .github/workflows/installers.yml, under Git Bash):
#   packaging/build-bundle.sh packaging/requirements.lock
# The build's virtual environment (build/bundle-venv) is made again only when the lock changes.
# PYTHON names the interpreter to make it with (python3; CPython 3.11, as the lock).
set -euo pipefail
cd "$(dirname "$0")/.."
lock=${1:?which lock: packaging/requirements.lock, requirements-windows.lock or requirements-macos.lock}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export PYTHONHASHSEED=0
venv=build/bundle-venv
bin=$venv/bin
wanted=$(sha256sum "$lock" | cut -d' ' -f1)
if [ "$(cat "$venv/.lock" 2>/dev/null)" != "$wanted" ]; then
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  [ -d "$venv/Scripts" ] && bin=$venv/Scripts  # Windows
  "$bin/python" -m pip install -q --require-hashes --no-deps -r "$lock"
  echo "$wanted" > "$venv/.lock"
fi
[ -d "$venv/Scripts" ] && bin=$venv/Scripts
for ts in resources/translations/*.ts; do  # the .qm files the wheel ships
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$bin/python" -m pip install -q --no-deps --no-build-isolation --force-reinstall .
rm -rf build/pyinstaller
"$bin/pyinstaller" --noconfirm --log-level WARN --distpath build/pyinstaller \
  --workpath build/pyinstaller-work packaging/desk.spec
