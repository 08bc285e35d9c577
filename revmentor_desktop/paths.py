"""Where things live: bundled resources, the user's data folder and the default database."""

from __future__ import annotations

import os
from pathlib import Path

from revmentor_desktop import APP_NAME
from revmentor_desktop.core.files import private_folder

DB_ENV = "REVMENTOR_DB"
# Moves the whole data folder (database, backups, logs); the tests point it at a temporary folder.
DATA_DIR_ENV = "REVMENTOR_DATA_DIR"
DB_FILENAME = "revmentor.sqlite"
# The demo organisation lives in a database of its own, so invented people never mix with real ones.
DEMO_DB_FILENAME = "demo.sqlite"


def resource_dir() -> Path:
    """The resources folder, in an installed package, a PyInstaller bundle or a source checkout."""
    package = Path(__file__).resolve().parent
    # Installed and bundled, pyproject (or the spec) puts resources/ inside the package.
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"RevMentor resource missing: {'/'.join(parts)}")
    return path


def data_dir() -> Path:
    """The user's data folder, created (or tightened) so that only the user can open it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))
    return private_folder(path)


def log_dir() -> Path:
    return private_folder(data_dir() / "logs")


def backup_dir() -> Path:
    return private_folder(data_dir() / "backups")


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_FILENAME


def place_code(path: Path) -> str:
    """Eight hex digits that tell apart files of the same name in different folders."""
    import hashlib

    where = os.path.normcase(str(Path(path).resolve()))
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:8]


def sqlite_url(path: Path) -> str:
    """The SQLite URL of a database file."""
    return "sqlite:///" + str(Path(path).expanduser().resolve())


def database_url(option: str | None = None, default: Path | None = None) -> str:
    """The database to open: `--db`, then $REVMENTOR_DB, then `default` (the data folder's
    default file unless given).

    A plain path becomes an SQLite URL; anything with `://` is taken as an SQLAlchemy URL.
    """
    chosen = option or os.environ.get(DB_ENV) or str(default or default_db_path())
    if "://" in chosen:
        return chosen
    return sqlite_url(Path(chosen))


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for another database or an in-memory one."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)
