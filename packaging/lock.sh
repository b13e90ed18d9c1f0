#!/usr/bin/env bash
# Writes packaging/requirements.lock: every distribution the .deb bundles (desk's runtime
# dependencies, PyInstaller and the build tools), pinned to one version with the sha256 of
# the wheel for Linux x86_64 and CPython 3.11. Run it to move the pins; build-deb.sh installs
# exactly this with --require-hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
"$work/venv/bin/pip" install -q . pyinstaller setuptools wheel
"$work/venv/bin/pip" freeze --all --exclude desk --exclude pip > "$work/frozen.txt"
"$work/venv/bin/pip" download -q --no-deps --only-binary=:all: -d "$work/wheels" \
  -r "$work/frozen.txt"
{
  echo "# made by packaging/lock.sh: what the .deb bundles, each wheel's sha256 (Linux x86_64, CPython 3.11)"
  while IFS= read -r pin; do
    name=${pin%%==*}
    wanted=$(echo "$name" | tr 'A-Z-.' 'a-z__')
    for wheel in "$work"/wheels/*.whl; do
      stem=$(basename "$wheel" | cut -d- -f1 | tr 'A-Z-.' 'a-z__')
      if [ "$stem" = "$wanted" ]; then
        echo "$pin --hash=sha256:$(sha256sum "$wheel" | cut -d' ' -f1)"
      fi
    done
  done < "$work/frozen.txt"
} > packaging/requirements.lock
echo "packaging/requirements.lock: $(grep -c -- --hash packaging/requirements.lock) pins"
