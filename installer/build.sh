#!/usr/bin/env bash
# Builds the one-folder PyInstaller bundle dist/revmentor/ with the project's venv, then smoke-tests it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="${REVMENTOR_VENV:-.venv}"
python="$venv/bin/python"
[ -x "$python" ] || { echo "build: no virtualenv at $venv (run: bash installer/setup.sh test, or set REVMENTOR_VENV)" >&2; exit 1; }

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "[build] installing PyInstaller into $venv" >&2
  "$python" -m pip install --quiet --disable-pip-version-check -e ".[installer]"
fi

start=$SECONDS
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build --distpath dist installer/revmentor.spec
echo "[build] dist/revmentor built in $((SECONDS - start)) s, $(du -sh dist/revmentor | cut -f1)" >&2

bash installer/smoke.sh
