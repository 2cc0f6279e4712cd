#!/bin/sh
# Install the one-folder bundle system-wide on Linux (run as root after `./dev bundle`):
#   packaging/linux/install.sh [PREFIX]       default PREFIX=/opt/palvelutiski
# The program goes to PREFIX, a `palvelutiski` command to /usr/local/bin, the menu entry, icons and
# AppStream metainfo to /usr/local/share. The site configuration is IT's: /etc/palvelutiski/site.ini
# (example: /etc/palvelutiski/site.ini.example).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PREFIX=${1:-/opt/palvelutiski}
SHARE=/usr/local/share
ID=fi.palvelutiski.Palvelutiski
[ -x "$ROOT/dist/palvelutiski/palvelutiski" ] || { echo "no bundle: run ./dev bundle first" >&2; exit 1; }
rm -rf "$PREFIX" && mkdir -p "$PREFIX" && cp -a "$ROOT/dist/palvelutiski/." "$PREFIX/"
ln -sf "$PREFIX/palvelutiski" /usr/local/bin/palvelutiski
install -D -m 644 "$HERE/$ID.desktop" "$SHARE/applications/$ID.desktop"
install -D -m 644 "$HERE/$ID.metainfo.xml" "$SHARE/metainfo/$ID.metainfo.xml"
install -D -m 644 "$ROOT/resources/icons/palvelutiski.svg" "$SHARE/icons/hicolor/scalable/apps/$ID.svg"
for size in 32 48 64 128 256; do
    install -D -m 644 "$HERE/icons/${size}x${size}/palvelutiski.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -d -m 755 /etc/palvelutiski
install -m 644 "$ROOT/packaging/site.ini.example" /etc/palvelutiski/site.ini.example
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "Installed Palvelutiski in $PREFIX; put IT's site configuration in /etc/palvelutiski/site.ini."
