"""Failures a user can act on; the GUI shows their message, the CLI prints it as one line."""


class RevMentorError(Exception):
    """A problem with a clear message for the user (never a bug)."""


class DatabaseLockedError(RevMentorError):
    """Another copy of RevMentor is writing to the same database."""


class DatabaseOpenError(RevMentorError):
    """The database cannot be opened or is not a RevMentor database."""


class DatabaseDamagedError(DatabaseOpenError):
    """The database file is damaged; `backup` is its newest good backup (None when it has none).

    Made by `core.db.backup.damaged_error`, whose message names the backup and how to restore it.
    """

    def __init__(self, message: str, *, database, reason: str, backup=None) -> None:
        super().__init__(message)
        self.database = database  # Path
        self.reason = reason
        self.backup = backup  # core.db.backup.Backup | None


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer version of RevMentor."""


class ValidationError(RevMentorError):
    """Input that cannot be saved; `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = dict(errors)


class ChangedElsewhereError(RevMentorError):
    """A save refused because another coordinator changed the same record since it was read."""
