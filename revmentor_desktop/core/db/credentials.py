"""A server's password: asked for once per run and kept in memory, never in a URL or a file."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from revmentor_desktop.core.errors import DatabaseOpenError, RevMentorError

_PASSWORDS: dict[str, str] = {}  # by the URL without its password

# What libpq says when the server wants a password it was not given, or refused the one given.
_NO_PASSWORD = "no password supplied"
_REFUSED = "password authentication failed"
PASSWORD_FILES = "a password file (PGPASSFILE, else ~/.pgpass; %APPDATA%\\postgresql\\pgpass.conf)"


def _key(url: str) -> str:
    # SQLAlchemy only here: the command checks URLs before it loads the database layer.
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=None).render_as_string(hide_password=False)


def remember_password(url: str, password: str) -> None:
    """Keep `password` for this run: later connections to the same server and user use it."""
    _PASSWORDS[_key(url)] = password


def password_for(url: str) -> str | None:
    """The password given earlier in this run for `url`'s server and user, if any."""
    return _PASSWORDS.get(_key(url)) if not url.startswith("sqlite") else None


def is_server_url(url: str) -> bool:
    return url.startswith("postgres")


def server_url(url: str) -> str:
    """`url` with the driver RevMentor uses: a plain postgresql:// URL takes psycopg 3."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def refuse_password_in_url(url: str) -> None:
    """A password written in a URL ends up in the shell's history and the process list."""
    if not is_server_url(url):
        return
    parts = urlsplit(url)
    if parts.password or "password=" in parts.query.lower():
        raise RevMentorError(
            "Leave the password out of the database URL: RevMentor asks for it, or reads it "
            f"from {PASSWORD_FILES}. Never put it on the command line."
        )


def _host(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or parse_qs(parts.query).get("host", [""])[0]
    return "this computer" if not host or host.startswith("/") else host  # "/…": a Unix socket


def where(url: str) -> str:
    """“tom on db.example.org (database revmentor)”: who connects where, for messages."""
    parts = urlsplit(url)
    name = parts.path.strip("/")
    user = parts.username or "your login name"
    return f"{user} on {_host(url)}" + (f" (database {name})" if name else "")


def place(url: str) -> str:
    """“revmentor on db.example.org”: which server database, for messages."""
    return f"{urlsplit(url).path.strip('/')} on {_host(url)}"


class PasswordNeededError(DatabaseOpenError):
    """The server asked for a password that was not given (or refused the one given)."""

    def __init__(self, url: str, *, refused: bool = False) -> None:
        self.url = url
        self.refused = refused
        said = "refused the password for" if refused else "asks for a password for"
        super().__init__(
            f"The database server {said} {where(url)}. Type it when RevMentor asks, or keep "
            f"it in {PASSWORD_FILES}; never in the URL."
        )


def password_error(error: BaseException, url: str) -> PasswordNeededError | None:
    """The PasswordNeededError behind a server's refusal to connect, if that is what it is."""
    text = str(getattr(error, "orig", None) or error)
    if _NO_PASSWORD in text:
        return PasswordNeededError(url)
    if _REFUSED in text:
        return PasswordNeededError(url, refused=True)
    return None
