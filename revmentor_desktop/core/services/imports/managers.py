"""Who a line-manager cell means: an employee ID, an email or a display name, accents ignored.

HR systems name the manager by employee number ("Supervisor EID"), by email, or by display name
("Reports to: García, José"). The people import gathers everyone it knows (the database, then
the file's rows on top) in a `ManagerDirectory` and asks it who each cell stands for.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from revmentor_desktop.core.db.models import display_name
from revmentor_desktop.core.text import count, fold, isolate


def employee_id_key(text: str | None) -> str:
    """An employee ID as compared: trimmed, and a number without its leading zeros, since Excel
    drops them ("00123" in one export is 123 in the next)."""
    text = (text or "").strip()
    if text.isdigit():
        return text.lstrip("0") or "0"
    return text


def name_key(text: str) -> str:
    """A name as compared: no case, accents or extra spaces, and "García, José" (family name
    first, as HR systems sort) is "José García"."""
    family, comma, given = text.partition(",")
    if comma:
        text = f"{given} {family}"
    return " ".join(fold(text).split())


@dataclass
class Found:
    """Who a manager cell names: `key` when exactly one person fits, else a `problem`."""

    key: str | None = None
    candidates: list[str] = field(default_factory=list)  # everyone a name fits
    problem: str | None = None


@dataclass
class _Entry:
    email: str
    given: str
    family: str
    archived: bool


class ManagerDirectory:
    """Everyone a manager cell may name, by the key the import knows them by (an email,
    lower-case). Adding a key again replaces it: a file row overrides the database's copy."""

    def __init__(self) -> None:
        self._people: dict[str, _Entry] = {}
        self._ids: dict[str, str] = {}
        self._emails: dict[str, str] = {}

    def add(
        self,
        key: str,
        *,
        email: str,
        employee_id: str | None,
        given: str,
        family: str,
        archived: bool = False,
    ) -> None:
        self.__dict__.pop("_names", None)  # names are indexed again on the next look-up
        self._people[key] = _Entry(email, given, family, archived)
        self._emails[key] = key
        if email:
            self._emails[email.strip().lower()] = key
        if employee_id_key(employee_id):
            self._ids[employee_id_key(employee_id)] = key

    def by_email(self, text: str) -> str:
        """The key of the person with this email; the email itself (lower-case) when nobody
        has it, for the import's "unknown line manager" check."""
        email = text.strip().lower()
        return self._emails.get(email, email)

    def find(self, text: str) -> Found:
        """An employee ID first, then an email, then a display name in either order."""
        text = " ".join(text.split())
        if key := self._ids.get(employee_id_key(text)):
            return Found(key)
        if "@" in text:
            key = self._emails.get(text.lower())
            if key is None:
                return Found(problem=f'unknown line manager "{isolate(text)}" (not in the database '
                             "or in this file)")  # fmt: skip
            return Found(key)
        candidates = self._names.get(name_key(text), [])
        if len(candidates) > 1:
            # A leaver who shares a name with someone still here is not who the file means.
            current = [key for key in candidates if not self._people[key].archived]
            if len(current) == 1:
                return Found(current[0], candidates)
        if len(candidates) == 1:
            return Found(candidates[0], candidates)
        if candidates:
            who = ", ".join(isolate(self._people[key].email or key) for key in candidates)
            return Found(
                candidates=candidates,
                problem=f'line manager "{isolate(text)}" fits '
                f"{count(len(candidates), 'person', 'people')}: {who} (use their email or "
                "employee ID)",
            )
        return Found(problem=f'unknown line manager "{isolate(text)}" (no employee ID, email or '
                     f"name in the database or in this file){self._closest(text)}")  # fmt: skip

    @cached_property
    def _names(self) -> dict[str, list[str]]:
        names: dict[str, list[str]] = defaultdict(list)
        for key, person in self._people.items():
            written = (f"{person.given} {person.family}", display_name(person.given, person.family))
            for name in dict.fromkeys(name_key(n) for n in written):
                if name:
                    names[name].append(key)
        return names

    def _closest(self, text: str) -> str:
        """The close names, as "; closest: Name (email), …", for a name with a typo; or ""."""
        close = difflib.get_close_matches(name_key(text), list(self._names), n=3, cutoff=0.8)
        keys = list(dict.fromkeys(key for name in close for key in self._names[name]))
        if not keys:
            return ""
        people = (self._people[key] for key in keys)
        return "; closest: " + ", ".join(
            f"{isolate(display_name(p.given, p.family))} ({isolate(p.email)})" for p in people
        )
