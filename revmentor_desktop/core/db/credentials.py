"""A server's password: asked for once per run and kept in memory, never in a URL or a file."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from revmentor_desktop.core.errors import DatabaseOpenError

_PASSWORDS: dict[str, str] = {}  # by the URL without its password


def _key(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def remember_password(url: str, password: str) -> None:
    """Keep `password` for this run: later connections to the same server and user use it."""
    _PASSWORDS[_key(url)] = password


def password_for(url: str) -> str | None:
    """The password given earlier in this run for `url`'s server and user, if any."""
    return _PASSWORDS.get(_key(url)) if not url.startswith("sqlite") else None


class PasswordNeededError(DatabaseOpenError):
    """The server asked for a password that was not given (or refused the one given)."""
