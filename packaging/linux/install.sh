#!/bin/sh
# Install Stegvis from this unpacked folder: the program goes to PREFIX/lib/stegvis, the
# command to PREFIX/bin/stegvis, and the menu entry, icon, file type (*.stegvis) and
# AppStream data to PREFIX/share.
#
#   ./install.sh                    for you alone: PREFIX is ~/.local
#   sudo ./install.sh --prefix /usr/local
#   ./install.sh --uninstall        (with the same --prefix)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=$HOME/.local
action=install
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
lib=$prefix/lib/stegvis
share=$prefix/share

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$lib"
  rm -f "$prefix/bin/stegvis" "$share/applications/no.stegvis.Stegvis.desktop" \
    "$share/metainfo/no.stegvis.Stegvis.metainfo.xml" "$share/mime/packages/stegvis-mime.xml"
  find "$share/icons/hicolor" \( -name no.stegvis.Stegvis.png -o -name no.stegvis.Stegvis.svg \
    -o -name application-x-stegvis.png \) -delete 2>/dev/null || true
  refresh
  echo "Stegvis removed from $prefix"
  exit 0
fi

[ -x "$here/stegvis" ] || { echo "install.sh: run it from the unpacked Stegvis folder" >&2; exit 1; }
rm -rf "$lib"
mkdir -p "$lib" "$prefix/bin"
cp -a "$here/stegvis" "$here/_internal" "$lib/"
ln -sf "$lib/stegvis" "$prefix/bin/stegvis"
(cd "$here/share" && find . -type f) | while read -r f; do
  mkdir -p "$share/$(dirname "$f")"
  cp "$here/share/$f" "$share/$f"
done
# The menu entry runs the installed program whether or not PREFIX/bin is on PATH.
sed -i "s|^Exec=stegvis |Exec=\"$lib/stegvis\" |" "$share/applications/no.stegvis.Stegvis.desktop"
refresh
echo "Stegvis installed in $lib; run it from the menu or as $prefix/bin/stegvis"
