"""Reading a column of dates the way the file writes them: the order is decided from all its values.

01/03/2024 is 1 March in Europe and 3 January in the United States. One value cannot say which,
but a column nearly always can: 13/05/2024 can only be day first, 05/13/2024 only month first.
So every date column is read in one order, decided from its values (`read_date_column`); when
every value fits both orders the column is ambiguous, and the order comes from the import, the
organisation's setting or this computer's (`date_preference`), and the plan says so. A value
that contradicts the rest of its column is a problem of its row, never read the other way.
ISO dates (2024-03-01, 2024/03/01), dates with the month in words and Excel's date cells and
serial numbers say what they are and are read as written.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, timedelta

from revmentor_desktop.core.text import count, date_text, isolate, join, plural

# The three orders: how the organisation (or an import) writes dates.
DMY, MDY, YMD = "dmy", "mdy", "ymd"
DATE_ORDERS = (DMY, MDY, YMD)
ORDER_WORDS = {DMY: "day first", MDY: "month first", YMD: "year first"}
# The choices of the setting, with an example that shows the order.
ORDER_LABELS = {
    DMY: "Day first: 31/12/2024",
    MDY: "Month first: 12/31/2024",
    YMD: "Year first: 2024-12-31",
}
# An example no reader can misread, for the hint under a date that could not be read.
DATE_EXAMPLE = "2024-03-01 or 1 March 2024"

# Who decided the order of a column's day/month dates.
FILE = "file"  # its own values
IMPORT = "import"  # the import (`revmentor import --dates`)
SETTING = "setting"  # the organisation's setting
COMPUTER = "computer"  # this computer's regional format, the organisation having no setting
DEFAULT = "default"  # nothing: day first, as RevMentor always read them
_CHOSEN_BY = {
    IMPORT: ", as chosen for this import",
    SETTING: " from the organisation's setting",
    COMPUTER: " from this computer's date format",
    DEFAULT: ", as nothing says otherwise",
}
_WHOSE = {
    IMPORT: "the order chosen for this import",
    SETTING: "the organisation's setting",
    COMPUTER: "this computer's date format",
}

_MONTHS = {
    name: number
    for number, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), 1)
    for name in (full, full[:3], full[:4])
}  # fmt: skip
# A time after the date is left out: Excel writes "5/13/2024 0:00", survey tools a timestamp.
_TIME = r"(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)?"
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})" + _TIME + "$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s./-]+([a-z]+)\.?[\s./,-]+(\d{4}|\d{2})$")
_MONTH_D_Y = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)

# What a value is when it says its date whatever the column's order.
_ISO, _WORDS, _SERIAL = "year first", "the month in words", "Excel date numbers"


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    # Two digits: the century that does not put the date more than ten years ahead.
    year = 2000 + int(text)
    return year if year <= date.today().year + 10 else year - 100


def _month(name: str) -> int:
    if name not in _MONTHS:
        raise ValueError(name)
    return _MONTHS[name]


def _reading(text: str) -> tuple[str, date] | tuple[int, int, int]:
    """What a value says: (its kind, its date) when the order does not matter, or the parts
    (first, second, year) of a day/month date such as 01/03/2024. ValueError: no date at all."""
    if match := _YEAR_FIRST.match(text):
        year, month, day = map(int, match.groups())
        return _ISO, date(year, month, day)
    if match := _DAY_MONTH.match(text):
        first, second, year = match.groups()
        return int(first), int(second), _year(year)
    if match := _D_MONTH_Y.match(text):
        day, month, year = match.groups()
        return _WORDS, date(_year(year), _month(month), int(day))
    if match := _MONTH_D_Y.match(text):
        month, day, year = match.groups()
        return _WORDS, date(int(year), _month(month), int(day))
    if text.isdigit() and 20_000 <= int(text) <= 80_000:  # a date cell copied as a number
        return _SERIAL, _EXCEL_EPOCH + timedelta(days=int(text))
    raise ValueError(text)


def _in_order(parts: tuple[int, int, int], order: str) -> date:
    """A day/month date read in `order`; year first cannot apply, so it reads day first."""
    first, second, year = parts
    if order == MDY:
        return date(year, first, second)
    return date(year, second, first)


def _fits(parts: tuple[int, int, int]) -> dict[str, date]:
    """The dates a day/month value can be: {DMY: …, MDY: …}, or one of them, or none."""
    found = {}
    for order in (DMY, MDY):
        with suppress(ValueError):
            found[order] = _in_order(parts, order)
    return found


def parse_date(text: str, order: str = DMY) -> date | None:
    """One date as people write it: 2024-03-01, 01/03/2024 (read in `order`, day first unless
    told), 1 March 2024, Mar 1, 2024, 1-Mar-24, or an Excel serial number.

    Empty is None; anything else raises ValueError. A column of dates is read with
    `read_date_column`, which decides the order from all its values.
    """
    text = text.strip().lower()
    if not text:
        return None
    reading = _reading(text)
    if len(reading) == 2:
        return reading[1]
    return _in_order(reading, order)


# --- the order of a whole column ------------------------------------------------------------


@dataclass(frozen=True)
class DatePreference:
    """The order to take for dates that fit both day first and month first, and who chose it."""

    order: str = DMY
    chosen_by: str = DEFAULT


def date_preference(
    chosen: str | None = None, setting: str | None = None, computer: str | None = None
) -> DatePreference:
    """The import's own choice, else the organisation's setting, else this computer's format,
    else day first (as RevMentor always read dates)."""
    for order, chosen_by in ((chosen, IMPORT), (setting, SETTING), (computer, COMPUTER)):
        if order is not None:
            check_date_order(order)
            return DatePreference(order, chosen_by)
    return DatePreference()


def check_date_order(order: str) -> str:
    """`order` itself; ValueError when it is none of dmy, mdy, ymd."""
    if order not in DATE_ORDERS:
        raise ValueError(f"{order!r} is not a date order ({', '.join(DATE_ORDERS)})")
    return order


@dataclass
class ColumnDates:
    """How one column's dates are read: `read` gives each value's date or its row's problem.

    `order` is how its day/month dates (01/03/2024) are read, DMY or MDY; `chosen_by` is FILE
    when its values decided, else who did (the column is then `ambiguous`, or its dates read the
    same either way). `example` is the value that decided, or one that fits both orders.
    """

    header: str
    order: str
    chosen_by: str
    preferred: str  # the preference's order (YMD cannot apply to a day/month date)
    example: str | None = None
    day_month: int = 0  # values whose order had to be decided (01/03/2024 or 13/05/2024)
    ambiguous_values: int = 0  # of which fit both orders as different dates
    contradicting: list[str] = field(default_factory=list)  # values only the other order fits
    kinds: set[str] = field(default_factory=set)  # what the other values are (_ISO, …)
    _readings: dict[str, tuple] = field(default_factory=dict, repr=False)

    @property
    def has_dates(self) -> bool:
        return bool(self.day_month or self.kinds)

    @property
    def ambiguous(self) -> bool:
        """Some dates fit both orders and nothing in the column said which."""
        return self.chosen_by != FILE and self.ambiguous_values > 0

    @property
    def other(self) -> str:
        return MDY if self.order == DMY else DMY

    def read(self, text: str) -> date | None:
        """The value's date (None when empty); ValueError with the row's problem otherwise."""
        key = text.strip().lower()
        if not key:
            return None
        reading = self._readings.get(key) or _reading_or_none(key)
        if reading is not None and len(reading) == 2:
            return reading[1]
        fits = _fits(reading) if reading is not None else {}
        if self.order in fits:
            return fits[self.order]
        if not fits:  # no date at all, or a day/month date in neither order (31/02/2024)
            raise ValueError(
                f'bad date in "{isolate(self.header)}": "{isolate(text)}" (write it as '
                f"{DATE_EXAMPLE})"
            )
        only = fits[self.other]
        raise ValueError(
            f'"{isolate(text)}" in "{isolate(self.header)}" can only be {ORDER_WORDS[self.other]} '
            f"({date_text(only)}), but the column's other dates are {ORDER_WORDS[self.order]} "
            f"(e.g. {self.example}): write it as {only.isoformat()} or {_long(only)} if that "
            "is what it means"
        )

    @property
    def summary(self) -> str:
        """What the plan reports: "day first (found 13/05/2024)", "month first (…)", "year
        first", "ambiguous: took day first from the organisation's setting", …"""
        words = ORDER_WORDS[self.order]
        if not self.day_month:
            return "year first" if self.kinds == {_ISO} else f"unambiguous ({self._written()})"
        if self.chosen_by == FILE:
            text = f"{words} (found {self.example})"
            if self.contradicting:
                text += f"; {self._contradicting()}: refused"
            return text
        if not self.ambiguous:
            return f"{words} (every date reads the same either way)"
        return f"ambiguous: took {words}{self._why()}"

    def sentence(self) -> str:
        """The order used, as the CLI and the import window say it: '"Hire Date" read month
        first (05/13/2024 can only be 13 May 2024)'."""
        name = f'"{isolate(self.header)}"'
        words = ORDER_WORDS[self.order]
        if not self.day_month:
            return f"{name} read as written ({self._written()})"
        if self.chosen_by == FILE:
            found = self.read(self.example or "")  # it decided, so it reads
            text = f"{name} read {words} ({self.example} can only be {date_text(found)})"
            if self.contradicting:
                text += f"; {self._contradicting()} ({self.contradicting[0]}): not imported"
            return text
        if not self.ambiguous:
            return f"{name} read {words} (its dates read the same either way)"
        fits = _fits(self._readings[(self.example or "").lower()])  # type: ignore[arg-type]
        return (
            f"{name} is ambiguous: its dates fit both day first and month first ("
            f"{self.example} is {date_text(fits[DMY])} or {date_text(fits[MDY])}); read "
            f"{words}{self._why()}"
        )

    def _why(self) -> str:
        if self.preferred == YMD:
            # Year first says nothing about day and month: day first, and the reason why.
            return f" ({_WHOSE[self.chosen_by]} is year first, which these dates are not)"
        return _CHOSEN_BY[self.chosen_by]

    def _written(self) -> str:
        return join(sorted(self.kinds, key=(_ISO, _WORDS, _SERIAL).index))

    def _contradicting(self) -> str:
        dates = len(self.contradicting)
        return f"{count(dates, 'date')} {plural(dates, 'is', 'are')} only {ORDER_WORDS[self.other]}"


def _reading_or_none(key: str) -> tuple | None:
    try:
        return _reading(key)
    except ValueError:
        return None


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def read_date_column(
    header: str, texts: Iterable[str], preference: DatePreference | None = None
) -> ColumnDates:
    """Decide the order of a column's day/month dates from all its values.

    A first part over 12 can only be day first, a second part over 12 only month first. When
    both occur, the order more values need wins (a tie: the preference's) and the others are
    their rows' problems. When none does, the preference decides, and the column is ambiguous
    if any date reads differently either way. Values that are no date are left to `read`.
    """
    preference = preference or DatePreference()
    preferred = MDY if preference.order == MDY else DMY
    readings: dict[str, tuple] = {}
    evidence: dict[str, list[str]] = {DMY: [], MDY: []}
    kinds: set[str] = set()
    day_month = ambiguous = 0
    example = None
    for text in texts:
        key = text.strip().lower()
        if not key:
            continue
        if key not in readings:
            reading = _reading_or_none(key)
            if reading is None:
                continue
            readings[key] = reading
        reading = readings[key]
        if len(reading) == 2:
            kinds.add(reading[0])
            continue
        day_month += 1
        fits = _fits(reading)
        if len(fits) == 1:
            evidence[next(iter(fits))].append(text.strip())
        elif len(fits) == 2 and fits[DMY] != fits[MDY]:
            ambiguous += 1
            example = example or text.strip()
    if evidence[DMY] or evidence[MDY]:
        order = max((DMY, MDY), key=lambda o: (len(evidence[o]), o == preferred))
        other = MDY if order == DMY else DMY
        return ColumnDates(
            header, order, FILE, preference.order, evidence[order][0], day_month, ambiguous,
            evidence[other], kinds, readings,
        )  # fmt: skip
    return ColumnDates(
        header, preferred, preference.chosen_by, preference.order, example, day_month,
        ambiguous, [], kinds, readings,
    )  # fmt: skip


def read_date_columns(
    headers: list[str],
    rows: Iterable[list[str]],
    columns: dict[str, int],
    fields: Iterable[str],
    preference: DatePreference | None = None,
) -> dict[str, ColumnDates]:
    """`read_date_column` for each of `fields` that `columns` (field -> index) maps, by field."""
    rows = list(rows)
    return {
        name: read_date_column(
            headers[columns[name]], (row[columns[name]] for row in rows), preference
        )
        for name in fields
        if name in columns
    }


# --- the order this computer writes dates in ------------------------------------------------

# Where a short date is month first, or year first (the rest of the world: day first).
_MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "VI", "UM", "UNITED STATES",
                "PHILIPPINES"}  # fmt: skip
_YEAR_FIRST_PLACES = {"CN", "TW", "JP", "KR", "KP", "MN", "HU", "LT", "SE", "BT", "CHINA",
                      "TAIWAN", "JAPAN", "KOREA", "HUNGARY", "LITHUANIA", "SWEDEN"}  # fmt: skip
_YEAR_FIRST_LANGUAGES = {"zh", "ja", "ko", "hu", "lt", "mn", "chinese", "japanese", "korean",
                         "hungarian", "lithuanian"}  # fmt: skip


def date_order_of_format(text: str | None) -> str | None:
    """The order of a date format, Qt's ("M/d/yy") or strftime's ("%d.%m.%Y"); None if unclear."""
    text = (text or "").lower()
    places = {order: text.find(letter) for letter, order in (("d", DMY), ("m", MDY), ("y", YMD))}
    if min(places.values()) < 0:
        return None
    return min(places, key=places.__getitem__)


def date_order_of_locale(name: str | None) -> str | None:
    """The order a locale writes short dates in: "en_US.UTF-8" or "en-US" month first,
    "sv_SE" year first, "en_GB" day first; None for "C", "POSIX" or nothing."""
    name = (name or "").split(".")[0].split("@")[0].strip()
    if not name or name.upper() in ("C", "POSIX"):
        return None
    language, _, place = name.replace("-", "_").partition("_")
    if place.upper() in _MONTH_FIRST:
        return MDY
    if place.upper() in _YEAR_FIRST_PLACES or (not place and language in _YEAR_FIRST_LANGUAGES):
        return YMD
    return DMY


def computer_date_order() -> str | None:
    """The order this computer's regional settings write dates in; None when they do not say.

    The window asks Qt, which knows the user's own format; this is for the command line.
    """
    if sys.platform == "win32":
        return date_order_of_locale(_windows_locale())
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        if os.environ.get(variable):
            return date_order_of_locale(os.environ[variable])
    return None


def _windows_locale() -> str | None:
    import ctypes  # Windows only

    buffer = ctypes.create_unicode_buffer(85)
    if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):  # type: ignore[attr-defined]
        return buffer.value
    return None
