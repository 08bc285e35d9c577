"""The command line's parser: one-line errors instead of argparse's usage dump."""

from __future__ import annotations

import argparse

from revmentor_desktop.core.errors import RevMentorError


class CommandError(RevMentorError):
    """The command line itself is wrong (unknown option, missing argument)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line instead of argparse's usage dump
        raise CommandError(f"{message} (see revmentor --help)")
