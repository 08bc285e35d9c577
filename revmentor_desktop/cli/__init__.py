"""The `revmentor` command: opens the window, or runs one task over the same services."""

from __future__ import annotations

import getpass
import logging
import os
import sys

from revmentor_desktop import __version__
from revmentor_desktop.cli import copying, data, documents, messages, privacy, safety, suggest
from revmentor_desktop.cli.parser import CommandError, Parser
from revmentor_desktop.core.db.credentials import (
    PasswordNeededError,
    refuse_password_in_url,
    remember_password,
    server_url,
    where,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.text import without_isolates
from revmentor_desktop.paths import DB_ENV, database_url, sqlite_path

log = logging.getLogger("revmentor_desktop.cli")


def build_parser() -> Parser:
    parser = Parser(
        prog="revmentor",
        description="RevMentor Desktop: run a reverse-mentoring programme on this computer. "
        "Without a command it opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=f"database file or SQLAlchemy URL (default: ${DB_ENV}, else the user's data folder)",
    )
    parser.add_argument("--version", action="version", version=f"revmentor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # A command that changes the database sets `writes` (True, or a test of its options): the
    # day's backup follows it.
    # A command whose database is not the organisation's by default names it (`demo`).
    parser.set_defaults(writes=False, default_database=None)
    # Each module adds its commands in the order `revmentor --help` lists them.
    for module in (data, safety, copying, privacy, suggest, documents, messages):
        module.add_commands(commands)
    return parser


class PlainText:
    """A text stream that writes without Unicode's isolate marks.

    The services isolate every name in a sentence (core/text.py) so that a window lays it out
    in the sentence's direction; terminals show the marks as nothing at best, as boxes or
    question marks at worst, and lay out the line themselves. Every line the command writes,
    its messages, tables, JSON and errors alike, goes through here.
    """

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(without_isolates(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):  # flush, fileno, encoding, reconfigure, isatty, …
        return getattr(self.stream, name)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Names in any script must not crash a console that cannot show them (e.g. cp1252).
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PlainText(sys.stdout), PlainText(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: list[str] | None) -> int:
    from revmentor_desktop.logs import setup_logging

    log_path = "the log file"
    url = None
    try:
        args = build_parser().parse_args(argv)
        log_path = setup_logging()
        log.info("revmentor %s: %s", __version__, args.command or "window")
        url = database_url(args.db, args.default_database and args.default_database())
        refuse_password_in_url(url)
        url = server_url(url)  # a plain postgresql:// URL takes the driver RevMentor ships with
        if args.command is None:
            from revmentor_desktop.gui.app import run

            # Named with --db or $REVMENTOR_DB, that database; else the window reopens the last
            # one, or welcomes a first start (the demo lives in a database of its own).
            chosen = args.db or os.environ.get(DB_ENV)
            return run(url if chosen else None)
        status = _run_asking_password(args, url)
        writes = args.writes(args) if callable(args.writes) else args.writes
        if status == 0 and writes:
            _routine_backup(url)
        return status
    except RevMentorError as exc:
        print(f"revmentor: error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CommandError) else 1
    except BrokenPipeError:
        # The reader stopped early (e.g. `revmentor suggest … | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("revmentor: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback in the log, not in the user's face
        if damaged := _damage(exc, url):
            print(f"revmentor: error: {damaged}", file=sys.stderr)
            return 1
        log.exception("Unexpected error")
        print(
            f"revmentor: error: unexpected {type(exc).__name__}: {exc} (details in {log_path})",
            file=sys.stderr,
        )
        return 1


def _run_asking_password(args, url: str) -> int:
    """Run the command; when a server asks for a password and there is a terminal to ask in,
    ask once per server and user, keep it for this run only, and run the command again."""
    asked: set[str] = set()
    while True:
        try:
            return args.run(args, url)
        except PasswordNeededError as exc:
            if exc.url in asked or not sys.stdin.isatty():
                raise
            asked.add(exc.url)
            try:
                password = getpass.getpass(f"Password for {where(exc.url)}: ")
            except EOFError:
                raise exc from None
            remember_password(exc.url, password)


def _routine_backup(url: str) -> None:
    """The day's verified backup after a command changed the database, as the window makes on
    closing; a failure is logged, the command itself has succeeded."""
    from revmentor_desktop.core.db.backup import routine_backup

    path = sqlite_path(url)
    if path is None:
        return
    try:
        routine_backup(path)
    except (RevMentorError, OSError):
        log.exception("The routine backup of %s failed", path)


def _damage(error: Exception, url: str | None) -> RevMentorError | None:
    """Damage met halfway through a command, as the same clear error `check` gives."""
    path = sqlite_path(url) if url else None
    if path is None:
        return None
    from revmentor_desktop.core.db.backup import damaged_error
    from revmentor_desktop.core.db.database import is_damage_error

    if not is_damage_error(error):
        return None
    log.error("The database %s is damaged", path, exc_info=error)
    return damaged_error(path, str(getattr(error, "orig", error)))
