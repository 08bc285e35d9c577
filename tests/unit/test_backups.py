"""Verified backups: unique names, one folder per database, thinning, restore, and damage found."""

import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import factories
import pytest

from revmentor_desktop.core.db import backup as backups
from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.backup import (
    BEFORE_RESTORE,
    DAMAGED,
    MANUAL,
    ROUTINE,
    Backup,
    backup_folder,
    backups_to_thin,
    delete_backups,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
    routine_backup,
)
from revmentor_desktop.core.db.models import Role
from revmentor_desktop.core.errors import (
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseOpenError,
    RevMentorError,
)


def dump(path: Path) -> list[str]:
    """Every table's definition and every row, as SQL text."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class FrozenClock(datetime):
    """datetime whose now() stays at one second: backups made "at the same moment"."""

    @classmethod
    def now(cls, tz=None):
        return cls(2026, 3, 3, 14, 2, 0)


def test_a_backup_is_verified_private_named_and_counted(db, small_org):
    factories.enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    factories.add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    made = make_backup(db.path, MANUAL)
    assert made.path.parent == backup_folder(db.path)
    assert made.path.name.startswith("revmentor-") and made.path.name.endswith("-manual.sqlite")
    assert (made.people, made.partnerships) == (6, 1)
    assert made.size == made.path.stat().st_size
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # One self-contained file: a backup never depends on a write-ahead log beside it.
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert list_backups(db.path) == [made]
    assert not list(made.path.parent.glob(".*"))  # no temporary copy left behind
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o777 == 0o600
        assert made.path.parent.stat().st_mode & 0o777 == 0o700


def test_backups_in_the_same_second_get_different_names(db, monkeypatch):
    monkeypatch.setattr(backups, "datetime", FrozenClock)
    made = [make_backup(db.path, MANUAL) for _ in range(3)]
    names = [b.path.name for b in made]
    assert names == [
        "revmentor-20260303-140200-manual.sqlite",
        "revmentor-20260303-140200-2-manual.sqlite",
        "revmentor-20260303-140200-3-manual.sqlite",
    ]
    assert [b.path for b in list_backups(db.path)] == [b.path for b in reversed(made)]


MAKER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from revmentor_desktop.core.db import backup

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 3, 3, 14, 2, 0)

    backup.datetime = Frozen  # every backup of both processes in the same second
    start = Path(sys.argv[2])
    while not start.exists():
        time.sleep(0.005)
    for _ in range(5):
        print(backup.make_backup(Path(sys.argv[1]), "manual").path.name, flush=True)
    """
)


def test_two_processes_backing_up_at_once_never_replace_each_other(db, small_org, tmp_path):
    db.close()
    start = tmp_path / "go"
    makers = [
        subprocess.Popen(
            [sys.executable, "-c", MAKER, str(db.path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )  # fmt: skip
        for _ in range(2)
    ]
    start.touch()
    names = []
    for maker in makers:
        out, _ = maker.communicate(timeout=60)
        assert maker.returncode == 0
        names += out.split()
    assert len(names) == len(set(names)) == 10
    listed = list_backups(db.path)
    assert sorted(b.path.name for b in listed) == sorted(names)
    for made in listed:
        assert made.people == 6  # each one whole and checked
        with sqlite3.connect(made.path) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_databases_with_the_same_file_name_keep_their_backups_apart(db, tmp_path):
    other = tmp_path / "elsewhere" / "revmentor.sqlite"
    other.parent.mkdir()
    open_database("sqlite:///" + str(other)).close()
    mine, theirs = make_backup(db.path), make_backup(other)
    assert backup_folder(db.path) != backup_folder(other)
    assert list_backups(db.path) == [mine]
    assert list_backups(other) == [theirs]


def fabricated(day: datetime, label: str = ROUTINE) -> Backup:
    return Backup(Path(f"/b/{day:%Y%m%d-%H%M%S}-{label}.sqlite"), day, label, 1)


def test_thinning_keeps_7_days_4_weeks_and_12_months_of_routine_backups():
    start = datetime(2025, 1, 1, 17, 0)
    daily = [fabricated(start + timedelta(days=n)) for n in range(365)]  # to 31 Dec 2025
    manual = [fabricated(start, MANUAL), fabricated(start, BEFORE_RESTORE)]
    # A second backup on the last day: the newer one stands for the day.
    extra = fabricated(datetime(2025, 12, 31, 18, 0))
    thinned = backups_to_thin([*daily, *manual, extra])
    kept = {b.taken for b in [*daily, extra] if b not in thinned}
    last_days = {datetime(2025, 12, d, 17, 0) for d in range(25, 31)} | {extra.taken}
    # The 4 newest ISO weeks end on Sundays 28, 21 and 14 December (the 31st opens 2026-W01).
    weeks = {datetime(2025, 12, d, 17, 0) for d in (14, 21, 28)} | {extra.taken}
    month_ends = {datetime(2025, m, d, 17, 0) for m, d in ((1, 31), (2, 28), (3, 31), (4, 30),
                  (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30))}  # fmt: skip
    assert kept == last_days | weeks | month_ends | {extra.taken}
    assert len(kept) == 7 + 2 + 11
    assert not set(manual) & set(thinned)  # made by hand or before a restore: never thinned


def test_thinning_counts_days_that_have_a_backup_not_calendar_days():
    # Opened once a month: every one of the 7 newest backups is kept, however far apart.
    monthly = [fabricated(datetime(2025, m, 1)) for m in range(1, 13)]
    assert backups_to_thin(monthly) == []
    twice = [*monthly, *(fabricated(datetime(2024, m, 1)) for m in range(1, 13))]
    assert {b.taken.year for b in backups_to_thin(twice)} == {2024}


def test_routine_backup_at_most_daily_and_thinned(db, small_org, monkeypatch):
    class Clock(datetime):
        day = datetime(2026, 3, 3, 17, 30)

        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(cls.day.timestamp())

    monkeypatch.setattr(backups, "datetime", Clock)
    first = routine_backup(db.path)
    assert first is not None and first.label == ROUTINE
    assert first.path.name == "revmentor-20260303-173000-routine.sqlite"
    Clock.day = datetime(2026, 3, 3, 23, 59)
    assert routine_backup(db.path) is None  # one a day is enough
    # 60 days of older routine backups (as if made on each day), a manual one, then a new day.
    for n in range(1, 61):
        name = f"revmentor-{datetime(2026, 3, 3, 9) - timedelta(days=n):%Y%m%d-%H%M%S}-routine"
        (first.path.parent / f"{name}.sqlite").write_bytes(first.path.read_bytes())
    make_backup(db.path, MANUAL)
    Clock.day = datetime(2026, 3, 4, 0, 1)
    second = routine_backup(db.path)
    assert second is not None and second.taken == datetime(2026, 3, 4, 0, 1)
    listed = list_backups(db.path, counts=False)
    assert sum(b.label == MANUAL for b in listed) == 1  # never thinned
    kept = sorted(b.taken.date() for b in listed if b.label == ROUTINE)
    # The last 7 days, then Sundays 22 and 15 February (weeks), then the end of January.
    assert kept == [date(2026, 1, 31), date(2026, 2, 15), date(2026, 2, 22),
                    *(date(2026, 2, 26) + timedelta(days=n) for n in range(7))]  # fmt: skip
    assert routine_backup(db.path) is None


def test_restore_gives_back_exactly_what_was_backed_up(db, small_org):
    factories.add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    made = make_backup(db.path, MANUAL)
    before = dump(made.path)
    # Changes after the backup: a new person, an edit, a deletion.
    factories.add_person(db, "Ana", "Lima", "ana.lima@x.org", 2)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE person SET department = 'Sales'")
        connection.exec_driver_sql("DELETE FROM goal")
    changed = dump(db.path)
    result = db.restore(made)
    assert dump(db.path) == before  # every table, every row
    assert result.restored.path == made.path
    assert (result.restored.people, result.restored.partnerships) == (6, 1)
    # The data it replaced was backed up first, and the open database reads the restored file.
    assert result.replaced.label == BEFORE_RESTORE
    assert dump(result.replaced.path) == changed
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM person").scalar() == 6
    assert db.lock.held


def test_restore_checks_the_backup_first_and_changes_nothing_when_it_is_damaged(db, small_org):
    made = make_backup(db.path, MANUAL)
    db.close()
    factories.damage(made.path)
    before = digest(db.path)
    with pytest.raises(RevMentorError, match="is damaged .*nothing was changed"):
        restore(db.path, made)
    assert digest(db.path) == before
    assert [b.path for b in list_backups(db.path)] == [made.path]  # no before-restore backup
    assert not list(db.path.parent.glob(".*"))  # no copy left beside the database


@pytest.mark.parametrize("kind", ["foreign", "newer", "junk"])
def test_restore_refuses_what_is_not_a_backup_this_version_can_use(db, tmp_path, kind):
    path = tmp_path / f"{kind}.sqlite"
    if kind == "junk":
        path.write_bytes(b"not a database at all" * 200)
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.close()
        if kind == "newer":
            make_backup(db.path, MANUAL, target=path)
            with sqlite3.connect(path) as connection:
                connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
            connection.close()
    db.close()
    before = digest(db.path)
    expected = {"foreign": "not a RevMentor database", "newer": "newer version of RevMentor",
                "junk": "not a database RevMentor can restore"}[kind]  # fmt: skip
    with pytest.raises(RevMentorError, match=expected):
        restore(db.path, path)
    assert digest(db.path) == before
    assert list_backups(db.path) == []


def test_restore_waits_for_the_writer_lock(db, small_org):
    made = make_backup(db.path, MANUAL)
    before = digest(db.path)
    with pytest.raises(DatabaseLockedError, match="already open for writing"):
        restore(db.path, made)  # the `db` fixture holds the lock, as an open window would
    assert digest(db.path) == before
    assert [b.label for b in list_backups(db.path)] == [MANUAL]


WRITER = textwrap.dedent(
    """
    import sys, time
    from revmentor_desktop.core.db import open_database
    db = open_database("sqlite:///" + sys.argv[1])
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE person SET department = 'Left in the log'")
    print("written", flush=True)
    time.sleep(120)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crash_leaves_a_write_ahead_log_that_restore_never_replays(db, small_org):
    made = make_backup(db.path, MANUAL)
    db.close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db.path)],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert writer.stdout.readline().strip() == "written"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert db.path.with_name(db.path.name + "-wal").stat().st_size > 0
    result = restore(db.path, made)
    assert not db.path.with_name(db.path.name + "-wal").exists()
    assert dump(db.path) == dump(made.path)
    # What the crashed copy wrote is in the before-restore backup, log and all.
    with sqlite3.connect(result.replaced.path) as kept:
        assert kept.execute("SELECT DISTINCT department FROM person").fetchall() == [
            ("Left in the log",)
        ]
    kept.close()


def test_a_damaged_database_is_kept_as_it_was_when_a_backup_replaces_it(db, small_org):
    made = make_backup(db.path, MANUAL)
    db.close()
    factories.damage(db.path)
    damaged_bytes = db.path.read_bytes()
    db.path.with_name(db.path.name + "-wal").write_bytes(b"its last writes")
    with pytest.raises(DatabaseDamagedError):
        make_backup(db.path, MANUAL)  # no backup of a damaged file passes for a good one
    result = restore(db.path, made)
    assert result.replaced.label == DAMAGED
    assert result.replaced.path.read_bytes() == damaged_bytes
    kept_wal = result.replaced.path.with_name(result.replaced.path.name + "-wal")
    assert kept_wal.read_bytes() == b"its last writes"
    if os.name != "nt":
        assert stat.S_IMODE(kept_wal.stat().st_mode) == 0o600
    assert dump(db.path) == dump(made.path)
    assert [b.label for b in list_backups(db.path)] == [DAMAGED, MANUAL]
    assert newest_good_backup(db.path).path == made.path  # the damaged one is no candidate
    delete_backups([result.replaced])
    assert not kept_wal.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_after_a_crash_a_damaged_database_is_found_on_opening(db, small_org):
    good = make_backup(db.path, MANUAL)
    db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from revmentor_desktop.core.db.lock import WriterLock\n"
         "WriterLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(120)",
         str(db.path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "locked"
    os.kill(holder.pid, signal.SIGKILL)  # a crash: the lock file still names its holder
    holder.wait()
    holder.stdout.close()
    factories.damage(db.path)
    with pytest.raises(DatabaseDamagedError) as found:
        open_database(db.url)
    error = found.value
    assert error.backup.path == good.path and error.database == db.path
    message = str(error)
    assert message.startswith(f"The database {db.path} is damaged: ")
    assert f"The newest good backup is from {good.when} ({good.path})" in message
    assert f'restore "{good.path}"' in message
    with pytest.raises(DatabaseDamagedError):  # the lock was released: the same answer again
        open_database(db.url, check=True)


def test_without_a_crash_damage_is_found_when_a_check_is_asked_for(db, small_org):
    db.close()
    factories.damage(db.path)
    open_database(db.url).close()  # its first pages are whole: it opens
    with pytest.raises(DatabaseDamagedError, match="There is no backup of it") as found:
        open_database(db.url, check=True)
    assert found.value.backup is None


def test_a_database_whose_header_is_gone_is_damaged_when_it_has_backups(db, small_org):
    made = make_backup(db.path, MANUAL)
    db.close()
    with open(db.path, "r+b") as file:
        file.write(b"\x00" * 100)  # the header: "file is not a database"
    with pytest.raises(DatabaseDamagedError) as found:
        open_database(db.url)
    assert found.value.backup.path == made.path
    delete_backups(list_backups(db.path))
    with pytest.raises(DatabaseOpenError, match="Cannot open the database") as found:
        open_database(db.url)  # no backups: maybe never RevMentor's, said as before
    assert not isinstance(found.value, DatabaseDamagedError)
