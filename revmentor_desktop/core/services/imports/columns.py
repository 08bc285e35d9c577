"""Which column of an imported file holds which field: header names, `--map` choices, checks."""

from __future__ import annotations

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.cells import word_key
from revmentor_desktop.core.text import isolate

IGNORE_WORDS = ("", "ignore", "none", "-", "skip")  # `--map "Notes=ignore"` drops a column


class ColumnScheme:
    """The fields an import's columns can hold, and the header names that mean each.

    Headers are compared without case, accents, spaces or punctuation; a field's own name and
    its label always count, so an export's columns re-import unchanged.
    """

    def __init__(self, fields: dict[str, str], synonyms: dict[str, tuple[str, ...]]) -> None:
        self.fields = fields  # field -> label for the user
        self._by_header: dict[str, str] = {}
        for name, label in fields.items():
            for header in (name, label, *synonyms.get(name, ())):
                self._by_header.setdefault(word_key(header), name)

    def field_of(self, header: str) -> str | None:
        return self._by_header.get(word_key(header))

    def guess_mapping(self, headers: list[str]) -> dict[int, str | None]:
        """Each column's field by its name (None = ignored); a field goes to its first column."""
        mapping: dict[int, str | None] = {}
        taken: set[str] = set()
        for index, header in enumerate(headers):
            found = self.field_of(header)
            if found in taken:
                found = None
            if found:
                taken.add(found)
            mapping[index] = found
        return mapping

    def parse_map_options(
        self,
        options: list[str],
        headers: list[str],
        start: dict[int, str | None] | None = None,
    ) -> dict[int, str | None]:
        """The CLI's `--map "COLUMN=field"` choices on top of `start` (a remembered mapping) or,
        by default, of `guess_mapping`'s.

        COLUMN is a header as written (or ignoring case and punctuation); field is one of the
        fields, or "ignore" to leave the column out. A field given to a column is taken from any
        other column.
        """
        mapping = dict(start) if start is not None else self.guess_mapping(headers)
        for option in options:
            column, sep, target = option.rpartition("=")
            column, target = column.strip(), target.strip()
            if not sep or not column:
                raise RevMentorError(
                    f'--map "{isolate(option)}": write it as COLUMN=field, e.g. "Work Mail=email".'
                )
            index = column_index(column, headers, option)
            chosen: str | None = target.lower()
            if chosen in IGNORE_WORDS:
                chosen = None
            elif chosen not in self.fields:
                raise RevMentorError(
                    f'--map "{isolate(option)}": there is no field "{isolate(target)}"; the fields '
                    "are: "
                    f"{', '.join(self.fields)} (or ignore)."
                )
            for other, current in mapping.items():
                if chosen is not None and current == chosen:
                    mapping[other] = None
            mapping[index] = chosen
        return mapping

    def check_mapping(self, mapping: dict[int, str | None], headers: list[str]) -> dict[str, int]:
        """{field: column index} of a mapping; RevMentorError for a column or field that does not
        exist, or a field mapped twice."""
        columns: dict[str, int] = {}
        for index, chosen in mapping.items():
            if not 0 <= index < len(headers):
                raise RevMentorError(f"The file has no column {index + 1}.")
            if chosen is None:
                continue
            if chosen not in self.fields:
                raise RevMentorError(f'"{isolate(chosen)}" is not a field RevMentor can import.')
            if chosen in columns:
                raise RevMentorError(
                    f'Both "{isolate(headers[columns[chosen]])}" and '
                    f'"{isolate(headers[index])}" are mapped to {self.fields[chosen]}: choose one.'
                )
            columns[chosen] = index
        return columns


def column_index(column: str, headers: list[str], option: str) -> int:
    """The index of the header `column` names, for the `--map` option `option`."""
    exact = [i for i, header in enumerate(headers) if header == column]
    matches = exact or [
        i for i, header in enumerate(headers) if word_key(header) == word_key(column)
    ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise RevMentorError(
            f'--map "{isolate(option)}": the file has {len(matches)} columns "{isolate(column)}".'
        )
    raise RevMentorError(
        f'--map "{isolate(option)}": the file has no column "{isolate(column)}"; its columns are: '
        + ", ".join(f'"{isolate(h)}"' for h in headers)
    )
