#!/usr/bin/env bash
# Prepares this checkout to run desk: system libraries, a virtual environment, the package.
# Safe to run again: each step is skipped when nothing it depends on changed.
#   scripts/setup.sh          what the application needs
#   scripts/setup.sh --test   also what the tests need (keyring daemon, Xvfb, poppler, libfaketime
#                             and a C compiler for the clock runs; Node.js 20
#                             comes as a wheel in the test extras)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

APP_PACKAGES="python3 python3-venv libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core libxcb1 libxcb-cursor0
 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0
 libxcb-xinerama0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0 libxcb-shm0 libxcb-render0 libpulse0"
TEST_PACKAGES="dbus gnome-keyring xvfb xauth x11-utils poppler-utils faketime tzdata gcc libc6-dev orthanc orthanc-dicomweb orthanc-gdcm dcmtk"

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

packages=$APP_PACKAGES
[ $want_test = 1 ] && packages="$packages $TEST_PACKAGES"
# shellcheck disable=SC2086
missing=$(missing_packages $packages)
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" != 0 ] && sudo="sudo"
  echo "setup: installing system packages:" $missing
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtual environment in .venv"
  "$PY" -m venv .venv
fi
extras=""
[ $want_test = 1 ] && extras="[test]"
stamp=".venv/.desk-installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)$extras"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "setup: installing desk$extras into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  # compat mode: a plain path entry; the default finder hook costs ~20 ms at every start
  .venv/bin/python -m pip install -q -e ".$extras" --config-settings editable_mode=compat
  echo "$wanted" > "$stamp"
fi
# lupdate of PySide6 6.12 (desk runs on 6.11, see pyproject.toml): only it reads the plural
# of QCoreApplication.translate(context, text, "", n) and of desk.words.translate; used by
# scripts/translations.sh and tests/ui/test_translation.py
if [ ! -x .venv/qt-tools/PySide6/lupdate ]; then
  echo "setup: installing the translation tools into .venv/qt-tools"
  .venv/bin/python -m pip install -q --no-deps --target .venv/qt-tools "PySide6-Essentials==6.12.0"
fi
# Qt translations: each .qm built beside its .ts (build outputs, kept out of git; the wheel
# ships them with resources/)
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
# bytecode compiled ahead, as an installed package has it (also where PYTHONDONTWRITEBYTECODE
# is set); quick when nothing changed
.venv/bin/python -m compileall -q desk >/dev/null
