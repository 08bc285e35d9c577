"""Directory noise in a people import: guests, accounts that are not people, disabled accounts.

Directory exports (Microsoft Entra ID's and Google Workspace's "Download users") list every
account, not only staff, and HR exports list leavers. The people import (people.py) asks
`DirectoryRules` about each row:

- A guest (Entra's `userType` "Guest", or a sign-in name with "#EXT#" in it) comes in as an
  external person, as one added by hand would: their organisation is the file's company column,
  else the domain of their own address ("contoso.com").
- In a directory export, an account without an email address (a service account, a room or a
  shared mailbox without mail) is not a person: it is skipped.
- An account that is disabled, suspended or inactive, and someone whose leaving date has passed,
  is skipped too.

These columns (`ACCOUNT_COLUMNS`: userType, accountEnabled, Status, Termination date, …) are
found by their headers, like the import's fields, but none is imported into a field: they only
decide what becomes of a row, so the plan lists them apart from the ignored columns. A column the
import maps to a field of its own is that field's and is not read here.

A skipped row is not a rejected one: the all-or-nothing rule does not count it, and the plan
counts it on its own. It never changes anyone already in RevMentor either. In particular a person
who now appears disabled or gone is not archived: a disabled account is also parental leave, a
sabbatical, a suspension or a re-hire, and archiving takes them out of programmes, so that stays
a person's decision (the row says so).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from revmentor_desktop.core.services.imports.cells import word_key
from revmentor_desktop.core.services.imports.columns import ColumnScheme
from revmentor_desktop.core.services.imports.hr_systems import SYSTEMS
from revmentor_desktop.core.text import date_text, isolate, plural

# What a skipped row is, for the plan's two counts.
NOT_A_PERSON = "not a person"
GONE = "disabled or left"

# The columns that say what an account is. They are found by their headers, next to the people
# import's fields (a column mapped to one of those is that field's), and none is imported.
ACCOUNT_FIELDS = {
    "sign_in_name": "Sign-in name",  # a guest's is "ana_contoso.com#EXT#@tenant.onmicrosoft.com"
    "account_type": "Account type",  # Member or Guest
    "account_status": "Account status",  # True / False, Active / Suspended, Terminated, …
    "end_date": "Leaving date",
    "guest_company": "Guest's organisation",  # members have their own company here
}
# Headers seen in many exports, whatever the system (hr_systems.py lists each system's own).
# "Leave date" is left out: it also means the start of a leave of absence.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "sign_in_name": ("User principal name", "UPN"),
    "account_type": ("User type", "Member type"),
    "account_status": ("Status", "Employee status", "Employment status", "Worker status",
                       "Account enabled", "Enabled", "Active"),
    "end_date": ("Termination date", "Leaving date", "Date left", "Left on", "End date",
                 "Employment end date", "Last day", "Last working day", "Last day of work",
                 "Exit date", "Terminated on"),
    "guest_company": ("Company name",),
}  # fmt: skip


def _synonyms() -> dict[str, tuple[str, ...]]:
    gathered = {name: list(_SYNONYMS.get(name, ())) for name in ACCOUNT_FIELDS}
    for system in SYSTEMS:
        for name, headers in system.account_headers.items():
            gathered[name].extend(h for h in headers if h not in gathered[name])
    return {name: tuple(headers) for name, headers in gathered.items()}


ACCOUNT_COLUMNS = ColumnScheme(ACCOUNT_FIELDS, _synonyms())
_GUEST_MARK = "#ext#"
# Account types that are someone from outside the organisation.
_GUESTS = frozenset(map(word_key, ("Guest", "External", "External user", "B2B guest")))

# Account or employment statuses (as word_key compares them) that mean "not here", and how a
# row says it. Anything else (Active, Full-time, Employed, On leave, Onboarding…) is someone here.
_GONE: dict[str, str] = {}
for _words, _reason in (
    (("False", "No", "0", "Disabled", "Deactivated", "Blocked", "Locked"), "account disabled"),
    (("Suspended",), "account suspended"),
    (("Archived",), "account archived"),
    (("Inactive", "Not active"), "inactive"),
    (("Terminated", "Former", "Former employee", "Ex-employee", "Leaver", "Left", "Resigned",
      "Retired", "Offboarded", "Dismissed", "Departed", "Deleted"), "left"),
):  # fmt: skip
    for _word in _words:
        _GONE[word_key(_word)] = _reason


@dataclass(frozen=True)
class Skip:
    """Why a row is skipped: `kind` is NOT_A_PERSON or GONE, `reason` what the row says."""

    kind: str
    reason: str


class DirectoryRules:
    """What a file's account columns say about each row: a guest, not a person, gone."""

    def __init__(self, headers: list[str], mapping: dict[int, str | None], today: date) -> None:
        self.today = today
        # Account field -> column index, for the columns no field of the import has taken.
        self.columns: dict[str, int] = {}
        for index, header in enumerate(headers):
            name = ACCOUNT_COLUMNS.field_of(header)
            if name and mapping.get(index) is None:
                self.columns.setdefault(name, index)
        # Only a directory lists accounts that are not people; in an HR file a row without an
        # email is someone whose address is missing, a problem to fix as before.
        self.is_directory = bool({"sign_in_name", "account_type"} & set(self.columns))

    def read(self, cells: list[str]) -> dict[str, str]:
        """The row's account columns, by account field."""
        return {name: cells[index] for name, index in self.columns.items()}

    def guest_organisation(self, cell: Mapping[str, str], account: Mapping[str, str]) -> str | None:
        """The organisation a guest comes from, or None when the row is not a guest.

        `cell` holds the row's mapped fields, `account` its account columns (`read`).
        """
        sign_in = account.get("sign_in_name", "").strip().lower()
        email = cell.get("email", "").strip().lower()
        account_type = account.get("account_type", "")
        guest = bool(account_type) and word_key(account_type) in _GUESTS  # most files: none
        if not (guest or _GUEST_MARK in sign_in or _GUEST_MARK in email):
            return None
        company = cell.get("external_org", "").strip() or account.get("guest_company", "").strip()
        return company or _home_domain(email) or _home_domain(sign_in) or "Guest"

    def skip(
        self,
        cell: Mapping[str, str],
        account: Mapping[str, str],
        left_on: date | None,
        current: Mapping[str, Any] | None,
    ) -> Skip | None:
        """Why the row is skipped (not a person, disabled, left), or None to import it.

        `left_on` is the row's leaving date, `current` the person in RevMentor it matches.
        """
        status = account.get("account_status", "").strip()
        if self.is_directory and not cell.get("email", "").strip():
            found = Skip(NOT_A_PERSON, "not a person (an account without an email address)")
        elif left_on is not None and left_on < self.today:
            found = Skip(GONE, f"left on {date_text(left_on)}")
        elif reason := _GONE.get(word_key(status)):
            found = Skip(GONE, f'left (status "{isolate(status)}")' if reason == "left" else reason)
        else:
            return None
        if current is None:
            return Skip(found.kind, f"{found.reason}: skipped")
        if current["archived"]:
            return Skip(found.kind, f"{found.reason}: skipped (archived in RevMentor already)")
        return Skip(
            found.kind,
            f"{found.reason}: skipped; already in RevMentor, where they stay as they are: "
            "archive them on the People page if they have left",
        )


def skipped_parts(not_people: int, gone: int) -> list[str]:
    """How the plan and the summary say their skipped rows: ["2 skipped (not people)",
    "3 skipped (disabled or left)"], leaving out a count of none."""
    parts = []
    if not_people:
        parts.append(f"{not_people:,} skipped ({plural(not_people, 'not a person', 'not people')})")
    if gone:
        parts.append(f"{gone:,} skipped ({GONE})")
    return parts


def _home_domain(address: str) -> str:
    """The domain of a guest's own address: "contoso.com" from "ana@contoso.com" or from the
    sign-in name "ana_contoso.com#EXT#@tenant.onmicrosoft.com"."""
    if _GUEST_MARK in address:
        address = address.split(_GUEST_MARK)[0].rpartition("_")[2]
        return address if "." in address else ""
    return address.rpartition("@")[2] if "@" in address else ""
