"""The `revmentor` command: opens the window, or runs one task over the same services."""

from __future__ import annotations

import logging
import os
import sys

from revmentor_desktop import __version__
from revmentor_desktop.cli import data, documents, safety, suggest
from revmentor_desktop.cli.parser import CommandError, Parser
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.paths import DB_ENV, database_url

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
    # Each module adds its commands in the order `revmentor --help` lists them.
    for module in (data, safety, suggest, documents):
        module.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    from revmentor_desktop.logs import setup_logging

    log_path = "the log file"
    for stream in (sys.stdout, sys.stderr):
        # Names in any script must not crash a console that cannot show them (e.g. cp1252).
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(argv)
        log_path = setup_logging()
        log.info("revmentor %s: %s", __version__, args.command or "window")
        url = database_url(args.db)
        if args.command is None:
            from revmentor_desktop.gui.app import run

            # Only the very first start on the default database fills it with the demo.
            uses_default = not args.db and not os.environ.get(DB_ENV)
            return run(url, demo_if_new=uses_default)
        return args.run(args, url)
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
        log.exception("Unexpected error")
        print(
            f"revmentor: error: unexpected {type(exc).__name__}: {exc} (details in {log_path})",
            file=sys.stderr,
        )
        return 1
