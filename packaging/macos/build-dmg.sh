#!/usr/bin/env bash
# Builds dist/desk-<version>.dmg on macOS 14 or later (arm64, Python 3.11): desk.app (the
# PyInstaller bundle of packaging/desk.spec, from packaging/requirements-macos.lock), a link to
# /Applications to drag it onto, and desk.toml, the machine file's commented sample, which IT
# copies once to /Library/Application Support/desk/desk.toml (docs/install.md, "Packages"):
#   packaging/macos/build-dmg.sh
# The .app is not signed or notarised here: Gatekeeper asks once on first open.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import desk; print(desk.__version__)')
bash packaging/build-bundle.sh packaging/requirements-macos.lock
app=build/pyinstaller/desk.app
plist=$app/Contents/Info.plist
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")" = "$version" ] \
  || { echo "build-dmg: $plist does not say version $version" >&2; exit 1; }
stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage" dist
cp -R "$app" "$stage/desk.app"
ln -s /Applications "$stage/Applications"
cp packaging/desk.toml "$stage/desk.toml"
cat > "$stage/Machine settings.txt" <<'TEXT'
desk.toml holds every setting for all users of this Mac, each commented out. To use it,
copy it once (an administrator), then edit it there:

  sudo mkdir -p "/Library/Application Support/desk"
  sudo cp -n /Volumes/desk/desk.toml "/Library/Application Support/desk/desk.toml"

Check it with: /Applications/desk.app/Contents/MacOS/desk config check desk.toml
Removing desk.app never removes this file nor any user's workspace.
TEXT
dmg=dist/desk-$version.dmg
rm -f "$dmg"
hdiutil create -quiet -volname desk -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "built $dmg ($(du -h "$dmg" | cut -f1); the bundle $(du -sh "$app" | cut -f1))"
