#!/usr/bin/env bash
# Builds dist/desk_<version>_amd64.deb on Debian 12 (x86_64):
#   packaging/build-deb.sh
# desk and every library it runs on go in as a PyInstaller one-folder bundle under /opt/desk
# (Qt and its plugins, translations, the DICOM decoders, the SQLCipher driver), built by
# packaging/build-bundle.sh from packaging/requirements.lock with --require-hashes;
# /usr/bin/desk, a desktop entry, an icon and /etc/desk/desk.toml (a conffile: every setting,
# commented) come beside it.
# SOURCE_DATE_EPOCH is the last commit's time. See docs/install.md, "Packages".
set -euo pipefail
cd "$(dirname "$0")/.."
need=""
for tool in python3 dpkg-deb; do command -v "$tool" >/dev/null || need="$need $tool"; done
python3 -c 'import venv, ensurepip' 2>/dev/null || need="$need python3-venv"
if [ -n "$need" ]; then
  sudo=""; [ "$(id -u)" != 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    python3 python3-venv dpkg >/dev/null
fi
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
bash packaging/build-bundle.sh packaging/requirements.lock

rm -rf build/deb-root
root=build/deb-root
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/etc/desk" "$root/usr/share/doc/desk"
cp -a build/pyinstaller/desk "$root/opt/desk"
ln -s /opt/desk/desk "$root/usr/bin/desk"
install -m 644 packaging/deb/desk.desktop "$root/usr/share/applications/desk.desktop"
install -m 644 packaging/deb/desk.svg "$root/usr/share/icons/hicolor/scalable/apps/desk.svg"
install -m 644 packaging/desk.toml "$root/etc/desk/desk.toml"
install -m 644 docs/install.md "$root/usr/share/doc/desk/install.md"
echo /etc/desk/desk.toml > "$root/DEBIAN/conffiles"
install -m 755 packaging/deb/postinst packaging/deb/postrm "$root/DEBIAN/"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/deb/control.in \
  > "$root/DEBIAN/control"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p dist
deb="dist/desk_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1); the bundle $(du -sh "$root/opt/desk" | cut -f1))"
