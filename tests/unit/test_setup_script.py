"""installer/setup.sh: it waits for another package manager (or says what to do), and `run`
installs the app without the test tools while `test` adds them."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "installer" / "setup.sh"
BASH = shutil.which("bash")
HOLD = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.lockf(fd, fcntl.LOCK_EX)  # as apt and dpkg lock, with fcntl
print("held", flush=True)
sys.stdin.read()  # until the test closes our input
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a bash script for Linux")


def wait_for_package_manager(lock: Path, *, wait: int, env=None) -> subprocess.Popen:
    """The script's wait, on its own: the functions are sourced, nothing else runs."""
    script = (
        f'source "{SETUP}"; python="{sys.executable}"; apt_locks="{lock.parent / "none"} {lock}";'
        f" lock_wait={wait}; lock_poll=1; wait_for_package_manager libfoo libbar"
    )
    return subprocess.Popen(
        [BASH, "-c", script], stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )


@pytest.fixture
def held_lock(tmp_path):
    """A lock file held by another process, as by an apt-get at work; released by `.release()`."""
    lock = tmp_path / "lock-frontend"
    lock.touch()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    with holder:
        assert holder.stdout.readline().strip() == "held"
        holder.path = lock
        holder.release = lambda: (holder.stdin.close(), holder.wait())
        yield holder


def test_a_busy_package_manager_is_waited_for_with_a_message(held_lock):
    with wait_for_package_manager(held_lock.path, wait=600) as waiting:
        first = waiting.stderr.readline()
        assert first.startswith("[setup] another program is installing software: python")
        assert f"(process {held_lock.pid})" in first
        assert "waiting for it to finish (up to 10 min" in waiting.stderr.readline()
        assert waiting.poll() is None  # still waiting while the other holds the lock
        held_lock.release()
        rest = waiting.stderr.read()
    assert waiting.returncode == 0
    assert "the other installer has finished; going on." in rest


def test_a_package_manager_that_stays_busy_is_explained(held_lock):
    with wait_for_package_manager(held_lock.path, wait=1) as waiting:
        message = waiting.stderr.read()
    assert waiting.returncode == 1
    assert "is still installing software after 1 s" in message
    assert "cannot be installed yet: libfoo libbar" in message
    assert "Let it finish" in message and "run this command again" in message
    assert "apt-get install libfoo libbar" in message
    assert "Could not get lock" not in message


def test_a_free_package_manager_goes_on_at_once_and_silently(tmp_path):
    lock = tmp_path / "lock-frontend"
    lock.touch()
    with wait_for_package_manager(lock, wait=600) as waiting:
        assert waiting.stderr.read() == ""
    assert waiting.returncode == 0


# --- what each mode installs -----------------------------------------------------------------


@pytest.fixture
def fake_venv(tmp_path):
    """A venv whose python logs pip and pytest instead of running them (no network, no tests
    run twice), and a PATH without apt-get, so only the project's own set-up happens."""
    log = tmp_path / "calls.log"
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    stub = f"""#!{BASH}
case "$1 $2" in
  "-m pip"|"-m pytest") echo "$2 ${{*:3}}" >> "{log}"; exit 0 ;;
esac
exec "{sys.executable}" "$@"
"""
    (venv / "bin" / "python").write_text(stub)
    (venv / "bin" / "revmentor").write_text(f'#!{BASH}\necho "revmentor $*" >> "{log}"\n')
    tools = tmp_path / "tools"
    tools.mkdir()
    os.symlink(sys.executable, tools / "python3")
    for tool in ("cat", "dirname", "rm", "grep", "id"):
        os.symlink(shutil.which(tool), tools / tool)
    for path in (venv / "bin" / "python", venv / "bin" / "revmentor"):
        path.chmod(0o755)
    env = {**os.environ, "PATH": str(tools), "REVMENTOR_VENV": str(venv)}

    def setup(*args: str) -> list[str]:
        """Run setup.sh; the calls it made to pip, pytest and revmentor."""
        before = log.read_text().splitlines() if log.exists() else []
        subprocess.run([BASH, str(SETUP), *args], env=env, check=True, capture_output=True)
        return log.read_text().splitlines()[len(before) :]

    setup.venv = venv
    return setup


def test_run_installs_the_app_alone_and_test_adds_the_test_tools(fake_venv):
    calls = fake_venv("run", "--version")
    installs = [c for c in calls if c.startswith("pip install") and " -e " in c]
    # The app with its server driver (File → Move to a server…), without the test tools.
    assert installs == ["pip install --quiet --disable-pip-version-check -e .[postgres]"]
    assert calls[-1] == "revmentor --version"
    assert fake_venv("run", "--version") == ["revmentor --version"]  # installed already

    calls = fake_venv("test", "--co", "-q")  # the same venv, now for the tests
    assert "pip install --quiet --disable-pip-version-check -e .[test,postgres]" in calls
    assert calls[-2:] == ["pytest --co -q", "pytest -m slow --co -q"]
    assert fake_venv("test", "--co", "-q") == ["pytest --co -q", "pytest -m slow --co -q"]
    assert fake_venv("run") == ["revmentor "]  # each mode keeps its own stamp


def test_changed_dependencies_are_installed_again(fake_venv):
    fake_venv("run")
    (fake_venv.venv / ".revmentor-installed-run").write_text("the hash of an older pyproject\n")
    calls = fake_venv("run")
    assert "pip install --quiet --disable-pip-version-check -e .[postgres]" in calls
