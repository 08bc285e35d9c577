#!/usr/bin/env bash
# Installs the built bundle for the current user: ~/.local/opt, bin symlink, menu entry and icon.
#   bash installer/install-linux.sh [--uninstall]    (PREFIX=/some/dir to install elsewhere)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${PREFIX:-$HOME/.local}"
opt="$prefix/opt/revmentor"
bin="$prefix/bin/revmentor"
desktop="$prefix/share/applications/revmentor.desktop"
icons="$prefix/share/icons/hicolor"
sizes=(16 24 32 48 64 128 256)

if [ "${1:-}" = --uninstall ]; then
  rm -rf "$opt" "$bin" "$desktop" "$icons/scalable/apps/revmentor.svg"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/revmentor.png"; done
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  echo "RevMentor removed from $prefix (your data folder is kept)"
  exit 0
fi

[ -x "$root/dist/revmentor/revmentor" ] || { echo "install: build first: bash installer/build.sh" >&2; exit 1; }
mkdir -p "$prefix/opt" "$(dirname "$bin")" "$(dirname "$desktop")"
rm -rf "$opt.new" && cp -a "$root/dist/revmentor" "$opt.new" && rm -rf "$opt" && mv "$opt.new" "$opt"
ln -sfn "$opt/revmentor" "$bin"
# Menus may not have $prefix/bin on PATH, so the entry runs the absolute path.
sed "s|^Exec=.*|Exec=\"$bin\"|" "$root/installer/revmentor.desktop" > "$desktop"
# Every size the icon is drawn at, so menus and docks never scale a bigger one down.
for size in "${sizes[@]}"; do
  install -Dm 644 "$root/resources/icons/revmentor-$size.png" "$icons/${size}x${size}/apps/revmentor.png"
done
install -Dm 644 "$root/resources/icons/revmentor.svg" "$icons/scalable/apps/revmentor.svg"
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$desktop")" || true
echo "RevMentor installed in $opt; run: $bin"
