"""Where the database is: --db, then $REVMENTOR_DB, then the data folder."""

from pathlib import Path

from revmentor_desktop.paths import DB_FILENAME, database_url, sqlite_path


def test_option_beats_environment_beats_data_folder(monkeypatch, data_folder, tmp_path):
    monkeypatch.delenv("REVMENTOR_DB", raising=False)
    assert database_url() == "sqlite:///" + str((data_folder / DB_FILENAME).resolve())
    monkeypatch.setenv("REVMENTOR_DB", str(tmp_path / "env.sqlite"))
    assert database_url().endswith("/env.sqlite")
    assert database_url(str(tmp_path / "option.sqlite")).endswith("/option.sqlite")


def test_paths_become_absolute_sqlite_urls_and_urls_pass_through(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    url = database_url("relative.sqlite")
    assert url == "sqlite:///" + str(tmp_path.resolve() / "relative.sqlite")
    assert sqlite_path(url) == tmp_path.resolve() / "relative.sqlite"
    assert database_url("~/x.sqlite") == "sqlite:///" + str(Path.home() / "x.sqlite")
    postgres = "postgresql://hr@db.example/revmentor"
    assert database_url(postgres) == postgres
    assert sqlite_path(postgres) is None
    assert sqlite_path("sqlite:///:memory:") is None
