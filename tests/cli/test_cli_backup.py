"""`revmentor backup`, `restore` and `check` on a damaged file: what they say, what they do."""

import sqlite3
from pathlib import Path

import pytest
from factories import damage, run_cli

from revmentor_desktop.cli import main
from revmentor_desktop.core.db.backup import delete_backups, list_backups
from revmentor_desktop.core.db.lock import WriterLock


def people(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    connection.close()
    return found


@pytest.fixture
def demo_db(tmp_path, capsys):
    """A demo database without backups yet (the day's routine one that `demo` made is gone)."""
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--people", "40", "--seed", "3"]) == 0
    capsys.readouterr()
    delete_backups(list_backups(path, counts=False))
    return path


def test_a_command_that_changes_the_database_makes_the_days_backup_once(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    code, out, _ = run_cli(capsys, path, "demo", "--people", "40", "--seed", "3")
    (routine,) = list_backups(path)
    assert code == 0 and routine.label == "routine" and routine.people == 40
    programme = out.split('"')[1]
    code, out, _ = run_cli(capsys, path, "suggest", "--programme", programme, "--accept")
    assert code == 0 and "draft partnership" in out
    assert [b.path for b in list_backups(path)] == [routine.path]  # one a day is enough
    delete_backups([routine])
    run_cli(capsys, path, "suggest", "--programme", programme)  # reads only: no backup
    run_cli(capsys, path, "export", "people", tmp_path / "people.csv")
    assert list_backups(path) == []


def test_backup_lists_and_restores(demo_db, capsys):
    code, out, _ = run_cli(capsys, demo_db, "backup")
    assert code == 0
    (made,) = list_backups(demo_db)
    assert out == (f"Backed up {demo_db} to {made.path} ({made.size_text}): 40 people, "
                   f"{made.partnerships} partnerships.\n")  # fmt: skip
    code, out, _ = run_cli(capsys, demo_db, "backup", "--list")
    assert code == 0 and made.path.name in out and "Made by hand" in out and "40 people" in out
    # Change the data, then restore the backup by the name the list shows.
    with sqlite3.connect(demo_db) as connection:
        connection.execute("DELETE FROM person WHERE id NOT IN (SELECT mentor_id FROM partnership"
                           " UNION SELECT mentee_id FROM partnership)")  # fmt: skip
    connection.close()
    assert people(demo_db) < 40
    code, out, err = run_cli(capsys, demo_db, "restore", made.path.name)
    assert (code, err) == (0, "")
    before_restore = list_backups(demo_db)[0]
    assert before_restore.label == "before-restore"
    assert out.splitlines() == [
        f"Restored {demo_db} from the backup of {made.when} ({made.path}): 40 people, "
        f"{made.partnerships} partnerships.",
        f"The data it replaced is kept in {before_restore.path}.",
    ]
    assert people(demo_db) == 40
    assert run_cli(capsys, demo_db, "check")[0] == 0


def test_backup_to_a_chosen_file(demo_db, tmp_path, capsys):
    target = tmp_path / "copy for the auditor.sqlite"
    code, out, _ = run_cli(capsys, demo_db, "backup", "-o", target)
    assert code == 0 and str(target) in out
    assert people(target) == 40
    assert list_backups(demo_db) == []  # not one of the database's own backups
    code, _, err = run_cli(capsys, demo_db, "backup", "-o", demo_db)
    assert code == 1 and "cannot replace the database it copies" in err


def test_restore_is_refused_while_the_database_is_open_elsewhere(demo_db, capsys):
    run_cli(capsys, demo_db, "backup")
    (made,) = list_backups(demo_db)
    with WriterLock(demo_db, program="RevMentor on the other desk"):
        code, out, err = run_cli(capsys, demo_db, "restore", made.path)
    assert code == 1 and out == ""
    assert "already open for writing by RevMentor on the other desk" in err
    assert [b.label for b in list_backups(demo_db)] == ["manual"]


def test_restore_refuses_a_damaged_backup(demo_db, capsys):
    run_cli(capsys, demo_db, "backup")
    (made,) = list_backups(demo_db)
    damage(made.path)
    code, out, err = run_cli(capsys, demo_db, "restore", made.path)
    assert code == 1 and out == ""
    assert err.startswith(f"revmentor: error: The backup {made.path} is damaged")
    assert "nothing was changed" in err and people(demo_db) == 40


def test_check_reports_damage_with_the_newest_good_backup(demo_db, capsys):
    run_cli(capsys, demo_db, "backup")
    (good,) = list_backups(demo_db)
    damage(demo_db)
    code, out, err = run_cli(capsys, demo_db, "check")
    assert code == 1
    assert out.startswith("DAMAGE: ")
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"revmentor: error: The database {demo_db} is damaged: ")
    assert f"The newest good backup is from {good.when} ({good.path}): restore it with " in err
    command = f'revmentor --db "{demo_db}" restore "{good.path}"'
    assert f"`{command}`" in err
    # The command it names works, and afterwards the database checks out.
    code, out, _ = run_cli(capsys, demo_db, "restore", good.path)
    assert code == 0 and "The damaged file it replaced is kept in" in out
    code, out, _ = run_cli(capsys, demo_db, "check")
    assert code == 0 and "OK: no problems found" in out


def test_check_of_a_damaged_file_without_backups_says_so(demo_db, capsys):
    damage(demo_db)
    code, _, err = run_cli(capsys, demo_db, "check")
    assert code == 1
    assert f"The database {demo_db} is damaged" in err and "There is no backup of it" in err


def test_a_damaged_header_is_reported_as_damage_once_there_are_backups(demo_db, capsys):
    run_cli(capsys, demo_db, "backup")
    with open(demo_db, "r+b") as file:
        file.write(b"\x00" * 100)
    code, _, err = run_cli(capsys, demo_db, "check")
    assert code == 1 and "is damaged: file is not a database" in err and "restore it with" in err
    code, _, err = run_cli(capsys, demo_db, "backup")
    assert code == 1 and "is damaged" in err


def test_backup_of_a_missing_database_is_one_clear_line(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    code, _, err = run_cli(capsys, missing, "backup")
    assert code == 1 and err == f"revmentor: error: There is no database at {missing}.\n"
