"""The same data gives the same results on SQLite and on a real PostgreSQL server."""

import json

import pytest
from factories import run_cli

PROGRAMME = "Reverse Mentoring 2026/27"


def outputs(capsys, url, folder):
    """What `demo`, `check`, `export people` and `suggest --json` give on database `url`."""
    code, said, _ = run_cli(capsys, url, "demo", "--people", "120", "--seed", "3")
    assert code == 0, said
    code, checked, problems = run_cli(capsys, url, "check")
    assert code == 0, problems
    exported = folder / "people.csv"
    assert run_cli(capsys, url, "export", "people", exported)[0] == 0
    code, suggested, _ = run_cli(capsys, url, "suggest", "--programme", PROGRAMME, "--json")
    assert code == 0
    return checked, exported.read_bytes(), json.loads(suggested)


def test_demo_check_export_and_suggest_agree(capsys, tmp_path, db_url, postgres_url):
    (tmp_path / "sqlite").mkdir()
    (tmp_path / "postgresql").mkdir()
    on_sqlite = outputs(capsys, db_url, tmp_path / "sqlite")
    on_server = outputs(capsys, postgres_url, tmp_path / "postgresql")
    checked, exported, suggested = on_sqlite
    assert suggested["pairs"] and exported.count(b"\n") > 100  # there is something to compare
    assert on_server[1] == exported
    assert on_server[2] == suggested
    assert on_server[0] == checked


@pytest.mark.both_engines
def test_an_import_writes_the_same_people(capsys, tmp_path, engine_url):
    """The demo's export imported into an empty database, then exported again: the same file
    on both engines (the import writes in batches, each new person with their manager)."""
    demo = "sqlite:///" + str(tmp_path / "demo.sqlite")
    assert run_cli(capsys, demo, "demo", "--people", "120", "--seed", "3")[0] == 0
    source = tmp_path / "source.csv"
    assert run_cli(capsys, demo, "export", "people", source)[0] == 0
    code, said, problems = run_cli(capsys, engine_url, "import", "people", source)
    assert code == 0, problems
    assert "118 created" in said
    again = tmp_path / "again.csv"
    assert run_cli(capsys, engine_url, "export", "people", again)[0] == 0
    assert again.read_bytes() == source.read_bytes()
    # A second import of the same file changes nothing.
    code, said, _ = run_cli(capsys, engine_url, "import", "people", source)
    assert code == 0 and "0 created" in said
