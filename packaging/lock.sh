#!/usr/bin/env bash
# Writes the hash-pinned locks the packages are built from: every distribution a bundle holds
# (desk's runtime dependencies, PyInstaller and the build tools), one version each, resolved
# once here on Linux x86_64 and CPython 3.11, with the sha256 of the wheel for each system:
#   packaging/requirements.lock          Linux x86_64 (build-deb.sh)
#   packaging/requirements-windows.lock  Windows x64 (packaging/windows, the CI workflow)
#   packaging/requirements-macos.lock    macOS 14+ arm64 (packaging/macos, the CI workflow)
# Windows and macOS add what PyInstaller and the key store need only there. Run it to move the
# pins; the builds install exactly a lock with --require-hashes. With --keep, the Linux lock's
# pins stay and only the Windows and macOS locks are written again, at those versions.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
if [ "${1:-}" = --keep ]; then
  grep -v '^#' packaging/requirements.lock | cut -d' ' -f1 > "$work/frozen.txt"
else
  "$work/venv/bin/pip" install -q . pyinstaller setuptools wheel
  "$work/venv/bin/pip" freeze --all --exclude desk --exclude pip > "$work/frozen.txt"
fi
# only on Windows: PyInstaller's pefile and pywin32-ctypes (also keyring's); only on macOS:
# PyInstaller's macholib. Their versions come from a resolve on Linux too.
"$work/venv/bin/pip" download -q --no-deps -d "$work/extra" pefile pywin32-ctypes macholib
version_of() { basename "$work"/extra/"$1"-*.whl | cut -d- -f2; }
printf 'pefile==%s\npywin32-ctypes==%s\n' "$(version_of pefile)" \
  "$(version_of pywin32_ctypes)" > "$work/windows-extra.txt"
printf 'macholib==%s\n' "$(version_of macholib)" > "$work/macos-extra.txt"

# lock OUT TITLE PINS [pip download options]: each pin with the sha256 of its wheel
lock() {
  local out=$1 title=$2 pins=$3 wheels
  shift 3
  wheels=$(mktemp -d -p "$work")
  "$work/venv/bin/pip" download -q --no-deps --only-binary=:all: --python-version 3.11 \
    --implementation cp "$@" -d "$wheels" -r "$pins"
  {
    echo "# made by packaging/lock.sh: $title"
    while IFS= read -r pin; do
      name=${pin%%==*}
      wanted=$(echo "$name" | tr 'A-Z-.' 'a-z__')
      for wheel in "$wheels"/*.whl; do
        stem=$(basename "$wheel" | cut -d- -f1 | tr 'A-Z-.' 'a-z__')
        if [ "$stem" = "$wanted" ]; then
          echo "$pin --hash=sha256:$(sha256sum "$wheel" | cut -d' ' -f1)"
        fi
      done
    done < "$pins"
  } > "$out"
  echo "$out: $(grep -c -- --hash "$out") pins"
}
if [ "${1:-}" != --keep ]; then
  lock packaging/requirements.lock \
    "what the .deb bundles, each wheel's sha256 (Linux x86_64, CPython 3.11)" "$work/frozen.txt"
fi
cat "$work/frozen.txt" "$work/windows-extra.txt" | sort -f > "$work/windows.txt"
lock packaging/requirements-windows.lock \
  "what the Windows installer bundles, each wheel's sha256 (Windows x64, CPython 3.11)" \
  "$work/windows.txt" --platform win_amd64
cat "$work/frozen.txt" "$work/macos-extra.txt" | sort -f > "$work/macos.txt"
lock packaging/requirements-macos.lock \
  "what the macOS app bundles, each wheel's sha256 (macOS 14+ arm64, CPython 3.11)" \
  "$work/macos.txt" --platform macosx_14_0_arm64
