"""A throw-away PostgreSQL server for the tests: a cluster of its own, on a Unix socket only.

Debian's server binaries (package `postgresql`) refuse to run as root, so as root the cluster
belongs to the `postgres` user the package creates; anyone else runs it as themselves. The
server listens on no TCP port, writes nothing it need not keep (fsync off), and goes with its
folder when the test run ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "revmentor_tests"


class ServerUnavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version)
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        return Path(pg_ctl).parent
    raise ServerUnavailable(
        "no PostgreSQL server is installed (Debian/Ubuntu: apt-get install postgresql)"
    )


def _version(path: str) -> int:
    try:
        return int(Path(path).parts[-3])
    except ValueError:
        return 0


class Server:
    """A running cluster; `url(name)` is the SQLAlchemy URL of database `name` on it."""

    def __init__(self) -> None:
        try:
            import psycopg  # noqa: F401  (the driver the app uses: the `postgres` extra)
        except ImportError as exc:
            raise ServerUnavailable("psycopg is not installed: pip install -e '.[postgres]'") from (
                exc
            )
        self.bin = _binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="revmentor-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder / "socket"
        self.socket.mkdir()
        self.owner = "postgres" if os.geteuid() == 0 else None
        if self.owner:
            shutil.chown(self.folder, self.owner)
            shutil.chown(self.socket, self.owner)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = (f"-k {self.socket} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")  # fmt: skip
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-s",
                  "-l", str(self.folder / "server.log"), "start")  # fmt: skip

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.owner:
            command = ["runuser", "-u", self.owner, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if done.returncode != 0:
            said = done.stderr.strip() or done.stdout.strip()
            raise ServerUnavailable(f"{program} failed: {said}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket}"

    def execute(self, sql: str) -> None:
        """Run `sql` outside a transaction (CREATE DATABASE and DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(host=str(self.socket), user=SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:  # fmt: skip
            connection.execute(sql)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-s", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


# A role the server asks a password of (it trusts everyone else): see `password_role`.
PASSWORD_ROLE, PASSWORD = "coordinator_pw", "correct horse"


@contextmanager
def password_asked(server: Server):
    """PASSWORD_ROLE, owning an empty database `pw_target` it must give its password for;
    yields that database's URL (with no password in it)."""
    hba = server.data / "pg_hba.conf"
    trusting = hba.read_text()
    server.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
    server.execute(f"CREATE DATABASE pw_target OWNER {PASSWORD_ROLE}")
    hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + trusting)
    server.execute("SELECT pg_reload_conf()")
    try:
        _wait_until_asked(server)
        yield server.url("pw_target").replace(f"{SUPERUSER}@", f"{PASSWORD_ROLE}@")
    finally:
        hba.write_text(trusting)
        server.execute("SELECT pg_reload_conf()")
        server.execute("DROP DATABASE pw_target WITH (FORCE)")
        server.execute(f"DROP ROLE {PASSWORD_ROLE}")


def _wait_until_asked(server: Server) -> None:
    """The server reads pg_hba.conf again on a signal: wait until it asks for the password."""
    import psycopg

    for _ in range(100):
        try:
            psycopg.connect(host=str(server.socket), user=PASSWORD_ROLE, dbname="pw_target").close()
        except psycopg.OperationalError as exc:
            if "password" in str(exc):
                return
        time.sleep(0.05)
    raise AssertionError("the server did not start asking for the password")
