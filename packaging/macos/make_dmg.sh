#!/bin/sh
# The macOS disk image: dist/Stegvis-VERSION-macos-ARCH.dmg holding Stegvis.app and a link
# to /Applications to drag it onto. Run on macOS after the build (pyinstaller
# packaging/stegvis.spec), from the repository.
#
#   packaging/macos/make_dmg.sh VERSION
set -eu
cd "$(dirname "$0")/../.."
version=$1
arch=$(uname -m)
app=dist/Stegvis.app
[ -d "$app" ] || { echo "make_dmg.sh: no $app; build it first" >&2; exit 1; }
stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage"
# ditto keeps the bundle's symbolic links, extended attributes and code signatures.
ditto "$app" "$stage/Stegvis.app"
ln -s /Applications "$stage/Applications"
out=dist/Stegvis-$version-macos-$arch.dmg
rm -f "$out"
hdiutil create -volname "Stegvis $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "$out"
