#!/bin/sh
# The Linux release archive: stegvis-VERSION-linux-ARCH.tar.gz, made from the one-folder
# build (make package). It holds the program as built, its desktop integration under share/
# and install.sh, which installs both for the user (or system-wide with --prefix).
#
#   packaging/linux/make_tarball.sh [VERSION]     (run from the repository; writes into dist/)
set -eu
cd "$(dirname "$0")/../.."
version=${1:-$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("stegvis"))')}
arch=$(uname -m)
build=dist/stegvis
[ -x "$build/stegvis" ] || { echo "make_tarball.sh: no $build/stegvis; run make package first" >&2; exit 1; }
name=stegvis-$version-linux-$arch
stage=build/tarball/$name
rm -rf "build/tarball"
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages" \
  "$stage/share/icons/hicolor/scalable/apps"
cp -a "$build/." "$stage/"
cp packaging/linux/no.stegvis.Stegvis.desktop "$stage/share/applications/"
cp packaging/linux/no.stegvis.Stegvis.metainfo.xml "$stage/share/metainfo/"
cp packaging/linux/stegvis-mime.xml "$stage/share/mime/packages/"
cp resources/icons/stegvis.svg "$stage/share/icons/hicolor/scalable/apps/no.stegvis.Stegvis.svg"
for png in resources/icons/stegvis-*.png; do
  size=$(basename "$png" .png | sed 's/stegvis-//')
  for kind in apps mimetypes; do
    mkdir -p "$stage/share/icons/hicolor/${size}x${size}/$kind"
  done
  cp "$png" "$stage/share/icons/hicolor/${size}x${size}/apps/no.stegvis.Stegvis.png"
  cp "$png" "$stage/share/icons/hicolor/${size}x${size}/mimetypes/application-x-stegvis.png"
done
cp packaging/linux/install.sh "$stage/install.sh"
chmod 755 "$stage/install.sh"
tar -C build/tarball -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
