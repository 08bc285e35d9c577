#!/usr/bin/env bash
# Sets up everything RevMentor needs on a fresh machine, then opens the app or runs the tests.
#   bash installer/setup.sh run [revmentor options]   open the window (the first start offers the
#                                                     demo or setting up your organisation)
#   bash installer/setup.sh test [pytest options]     run the whole test suite
# Needs only Python 3.11+ and, on Debian/Ubuntu, apt-get for the Qt runtime libraries.
# `run` installs what the app needs (with the `postgres` extra, the driver for a shared server);
# `test` adds the test tools (the project's `test` extra).
set -euo pipefail

say() { printf '[setup] %s\n' "$*" >&2; }

# --- Waiting for another package manager -----------------------------------------------------
# The locks apt and dpkg hold while they work; Software Updater, unattended-upgrades or another
# apt-get holding one would make ours fail at once with a raw "Could not get lock" message.
apt_locks="${REVMENTOR_APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock}"
lock_wait="${REVMENTOR_LOCK_WAIT:-300}"  # seconds to wait for it before explaining what to do
lock_poll="${REVMENTOR_LOCK_POLL:-5}"  # whole seconds between two looks

# "5 min" or "30 s".
duration() { if [ $(($1 % 60)) -eq 0 ]; then echo "$(($1 / 60)) min"; else echo "$1 s"; fi; }

# Prints "NAME (process PID)" of a program holding one of the locks, else nothing. Asks the
# kernel who holds the lock (fcntl F_GETLK) without taking it, so it never gets in the way.
lock_holder() {
  # shellcheck disable=SC2086  # the list of locks is split on purpose
  ${sudo:-} "$python" - $apt_locks <<'PY' 2>/dev/null || true
import fcntl, os, struct, sys

for path in sys.argv[1:]:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        continue  # no such lock here, or not ours to look at: apt-get will say
    query = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0)  # struct flock
    kind, _, _, _, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, query))
    os.close(fd)
    if kind != fcntl.F_UNLCK:
        try:
            with open(f"/proc/{pid}/comm") as comm:
                name = comm.read().strip()
        except OSError:
            name = "another program"
        print(f"{name} (process {pid})")
        break
PY
}

# Waits while another program installs software, saying so; after $lock_wait seconds, explains
# what to do and stops. The packages still to install are the arguments.
wait_for_package_manager() {
  local holder waited=0 said=0
  holder="$(lock_holder)"
  [ -n "$holder" ] || return 0
  say "another program is installing software: $holder."
  say "waiting for it to finish (up to $(duration "$lock_wait"); Ctrl+C to stop)..."
  while [ -n "$holder" ]; do
    if [ "$waited" -ge "$lock_wait" ]; then
      cat >&2 <<EOF
[setup] $holder is still installing software after $(duration "$lock_wait"), so the packages
[setup] RevMentor needs cannot be installed yet: $*
[setup] Let it finish (an update in Software Updater, or the automatic updates after start-up
[setup] usually take a few minutes), then run this command again. Or install them yourself:
[setup]   ${sudo:+sudo }apt-get install $*
EOF
      exit 1
    fi
    sleep "$lock_poll"
    waited=$((waited + lock_poll))
    if [ $((waited / 60)) -gt "$said" ]; then
      said=$((waited / 60))
      say "still waiting for $holder ($said min)..."
    fi
    holder="$(lock_holder)"
  done
  say "the other installer has finished; going on."
}

# --- System libraries Qt needs (Debian/Ubuntu) -----------------------------------------------
install_system_packages() {
  # Offscreen Qt (the tests) needs GL, fontconfig, xkbcommon and a font; a real window on X11
  # also needs the xcb libraries.
  local packages=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
  if [ "$mode" = run ]; then
    packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
               libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1)
  fi
  if [ "$mode" = test ]; then
    # A real spreadsheet (LibreOffice Calc, without its GUI) opens the exports in the tests,
    # a second PDF reader (poppler's pdftotext) reads the PDFs' text as a viewer does, and the
    # tests start a throw-away PostgreSQL server of their own.
    packages+=(libreoffice-calc-nogui poppler-utils postgresql)
  fi
  if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
    packages+=("python3-venv")
  fi
  command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() package
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing system packages: ${missing[*]}"
  wait_for_package_manager "${missing[@]}"
  # A program starting to install between our look and apt-get's: apt-get waits for it too.
  # shellcheck disable=SC2206  # no sudo when root: the word goes away
  local apt=($sudo env DEBIAN_FRONTEND=noninteractive apt-get -o "DPkg::Lock::Timeout=$lock_wait")
  if ! "${apt[@]}" update -qq ||
     ! "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    cat >&2 <<EOF
[setup] The system packages RevMentor needs could not be installed (apt-get's message is above).
[setup] If another program is installing software, let it finish and run this command again;
[setup] or install them yourself:  ${sudo:+sudo }apt-get install ${missing[*]}
EOF
    exit 1
  fi
}

# --- The virtual environment and the project -------------------------------------------------
install_project() {
  if [ ! -x "$venv/bin/python" ]; then
    say "creating the virtual environment in $venv"
    "$python" -m venv "$venv"
  fi
  # The app alone to run it; with the test tools to test it. One stamp per mode, holding the
  # hash of pyproject.toml: reinstall when the dependencies changed, or when this mode's have
  # never been installed in this venv (a `run` venv that is then used for `test`).
  # The PostgreSQL driver too: File → Move to a server… and --db postgresql://… need it.
  local target=".[postgres]" what="RevMentor and its dependencies"
  if [ "$mode" = test ]; then
    target=".[test,postgres]" what="RevMentor, its dependencies and the test tools"
  fi
  local stamp="$venv/.revmentor-installed-$mode"
  local wanted
  wanted="$("$venv/bin/python" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())' < pyproject.toml)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    say "installing $what"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip setuptools wheel
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target"
    echo "$wanted" > "$stamp"
    rm -f "$venv/.revmentor-installed"  # the single stamp of earlier versions of this script
  fi
}

# --- Run the tests ----------------------------------------------------------------------------
run_tests() {
  local pytest=("$venv/bin/python" -m pytest) arg
  # A -m of your own picks the tests itself (and help is wanted once): one run, as asked.
  for arg in "$@"; do
    case "$arg" in -m | -m?* | -h | --help | -V | --version) exec "${pytest[@]}" "$@" ;; esac
  done
  # Two runs, both must pass: the unit suite (pyproject leaves the slow tests out), then the
  # slow tests, which build and install the package, explicitly on their own. Options given
  # here go to both. With none (as in CI) a run that finds no tests fails (pytest's exit 5: they
  # went missing); narrowed to some files or a -k, one run finding none is expected and passes.
  local unit=0 slow=0
  "${pytest[@]}" "$@" || unit=$?
  if [ "$unit" -ne 0 ] && { [ "$unit" -ne 5 ] || [ $# -eq 0 ]; }; then
    exit "$unit"
  fi
  say "the slow tests: building and installing the package"
  "${pytest[@]}" -m slow "$@" || slow=$?
  if [ "$slow" -eq 5 ] && [ $# -gt 0 ] && [ "$unit" -eq 0 ]; then
    slow=0
  fi
  exit "$slow"
}

main() {
  mode="${1:-}"
  case "$mode" in
    run|test) shift ;;
    *) echo "usage: bash installer/setup.sh run|test [options]" >&2; exit 2 ;;
  esac
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cd "$root"
  venv="${REVMENTOR_VENV:-$root/.venv}"

  python=""
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      python="$(command -v "$candidate")"
      break
    fi
  done
  [ -n "$python" ] || { echo "RevMentor needs Python 3.11 or newer; please install it first." >&2; exit 1; }

  install_system_packages
  install_project
  if [ "$mode" = run ]; then
    exec "$venv/bin/revmentor" "$@"
  fi
  run_tests "$@"
}

# Sourced (the tests load the functions alone), nothing runs.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
