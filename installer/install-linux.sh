#!/usr/bin/env bash
# Installs the built bundle for the current user: ~/.local/opt, bin symlink, menu entry and icon.
#   bash installer/install-linux.sh [--uninstall]    (PREFIX=/some/dir to install elsewhere)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${PREFIX:-$HOME/.local}"
opt="$prefix/opt/revmentor"
bin="$prefix/bin/revmentor"
desktop="$prefix/share/applications/revmentor.desktop"
icon="$prefix/share/icons/hicolor/256x256/apps/revmentor.png"

if [ "${1:-}" = --uninstall ]; then
  rm -rf "$opt" "$bin" "$desktop" "$icon"
  echo "RevMentor removed from $prefix (your data folder is kept)"
  exit 0
fi

[ -x "$root/dist/revmentor/revmentor" ] || { echo "install: build first: bash installer/build.sh" >&2; exit 1; }
mkdir -p "$prefix/opt" "$(dirname "$bin")" "$(dirname "$desktop")" "$(dirname "$icon")"
rm -rf "$opt.new" && cp -a "$root/dist/revmentor" "$opt.new" && rm -rf "$opt" && mv "$opt.new" "$opt"
ln -sfn "$opt/revmentor" "$bin"
# Menus may not have $prefix/bin on PATH, so the entry runs the absolute path.
sed "s|^Exec=.*|Exec=\"$bin\"|" "$root/installer/revmentor.desktop" > "$desktop"
install -m 644 "$root/resources/icons/revmentor-256.png" "$icon"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$desktop")" || true
echo "RevMentor installed in $opt; run: $bin"
