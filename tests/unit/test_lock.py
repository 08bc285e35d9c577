"""One writer at a time: a second copy is told who holds the database; a crashed holder's lock is
recovered automatically."""

import logging
import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.lock import WriterLock
from revmentor_desktop.core.errors import DatabaseLockedError

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from revmentor_desktop.core.db.lock import WriterLock
    lock = WriterLock(Path(sys.argv[1]), program="RevMentor (test holder)")
    lock.acquire()
    print("locked", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def holder(tmp_path):
    """Another process holding the lock on tmp_path/db.sqlite until it is killed."""
    database = tmp_path / "db.sqlite"
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout.readline().strip() == "locked"
    yield database, process
    process.kill()
    process.wait()
    process.stdout.close()


def test_second_writer_is_told_who_holds_the_database(holder):
    database, process = holder
    with pytest.raises(DatabaseLockedError) as refused:
        WriterLock(database).acquire()
    message = str(refused.value)
    assert f"process {process.pid}" in message
    assert socket.gethostname() in message
    assert "RevMentor (test holder)" in message


def test_opening_a_locked_database_for_writing_is_refused(holder):
    database, _ = holder
    with pytest.raises(DatabaseLockedError):
        open_database("sqlite:///" + str(database))
    assert not database.exists()  # refused before anything was created or written


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_lock_left_by_a_crash_is_recovered(holder, caplog):
    database, process = holder
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    lock = WriterLock(database)
    with caplog.at_level(logging.WARNING):
        lock.acquire()
    assert lock.held
    assert f"process {process.pid}" in caplog.text  # the recovery names the crashed holder
    assert lock.recovered.pid == process.pid  # the mark of an unclean shutdown
    lock.release()


def test_same_process_cannot_take_the_lock_twice_and_release_frees_it(tmp_path):
    database = tmp_path / "db.sqlite"
    first = WriterLock(database)
    first.acquire()
    with pytest.raises(DatabaseLockedError, match=f"process {os.getpid()}"):
        WriterLock(database).acquire()
    first.release()
    with WriterLock(database) as second:
        assert second.held
        assert second.recovered is None  # released cleanly: nothing to recover
    assert database.with_name("db.sqlite.lock").read_bytes() == b""  # released: nobody named


def test_readers_do_not_need_the_lock(db):
    reader = open_database(db.url, writer=False)
    assert reader.lock is None
    reader.close()
