#!/usr/bin/env bash
# Sets up everything RevMentor needs on a fresh machine, then opens the app or runs the tests.
#   bash installer/setup.sh run [revmentor options]   open the window (demo programme on first run)
#   bash installer/setup.sh test [pytest options]     run the whole test suite
# Needs only Python 3.11+ and, on Debian/Ubuntu, apt-get for the Qt runtime libraries.
set -euo pipefail

mode="${1:-}"
case "$mode" in
  run|test) shift ;;
  *) echo "usage: bash installer/setup.sh run|test [options]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="${REVMENTOR_VENV:-$root/.venv}"

say() { printf '[setup] %s\n' "$*" >&2; }

# --- Python 3.11 or newer ------------------------------------------------------------------
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$(command -v "$candidate")"
    break
  fi
done
[ -n "$python" ] || { echo "RevMentor needs Python 3.11 or newer; please install it first." >&2; exit 1; }

# --- System libraries Qt needs (Debian/Ubuntu) ---------------------------------------------
# Offscreen Qt (the tests) needs GL, fontconfig, xkbcommon and a font; a real window on X11
# also needs the xcb libraries.
packages=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
if [ "$mode" = run ]; then
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1)
fi
if [ "$mode" = test ]; then
  # A real spreadsheet (LibreOffice Calc, without its GUI) opens the exports in the tests.
  packages+=(libreoffice-calc-nogui)
fi
if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
  packages+=("python3-venv")
fi
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# --- The virtual environment and the project ----------------------------------------------
if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment in $venv"
  "$python" -m venv "$venv"
fi
# Reinstall only when the project's dependencies changed.
stamp="$venv/.revmentor-installed"
wanted="$(cat pyproject.toml | "$venv/bin/python" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  say "installing RevMentor and its dependencies"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip setuptools wheel
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
  echo "$wanted" > "$stamp"
fi

# --- Open the app, or run the tests -------------------------------------------------------
if [ "$mode" = run ]; then
  exec "$venv/bin/revmentor" "$@"
fi
pytest=("$venv/bin/python" -m pytest)
# A -m of your own picks the tests itself (and help is wanted once): one run, as asked.
for arg in "$@"; do
  case "$arg" in -m | -m?* | -h | --help | -V | --version) exec "${pytest[@]}" "$@" ;; esac
done
# Two runs, both must pass: the unit suite (pyproject leaves the slow tests out), then the slow
# tests, which build and install the package, explicitly on their own. Options given here go
# to both. With none (as in CI) a run that finds no tests fails (pytest's exit 5: they went
# missing); narrowed to some files or a -k, one run finding none is expected and passes.
unit=0
"${pytest[@]}" "$@" || unit=$?
if [ "$unit" -ne 0 ] && { [ "$unit" -ne 5 ] || [ $# -eq 0 ]; }; then
  exit "$unit"
fi
say "the slow tests: building and installing the package"
slow=0
"${pytest[@]}" -m slow "$@" || slow=$?
if [ "$slow" -eq 5 ] && [ $# -gt 0 ] && [ "$unit" -eq 0 ]; then
  slow=0
fi
exit "$slow"
