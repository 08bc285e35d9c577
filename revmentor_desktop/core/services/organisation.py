"""The organisation's own settings: name, logo, seniority ladder, skill categories, date order,
and how long personal data is kept after people leave."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import Person, SeniorityLevel, Setting, SkillCategory
from revmentor_desktop.core.db.versions import changed_message, check_version
from revmentor_desktop.core.errors import ChangedElsewhereError, RevMentorError, ValidationError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.imports.dates import DATE_ORDERS
from revmentor_desktop.core.text import count, isolate, plural
from revmentor_desktop.core.vocabulary import DEFAULT_CATEGORY_LABELS
from revmentor_desktop.paths import data_dir, default_db_path, place_code

log = logging.getLogger(__name__)

DEFAULT_LEVELS = (
    "Apprentice",
    "Associate",
    "Professional",
    "Senior professional",
    "Team lead",
    "Manager",
    "Director",
    "Executive",
)
# Ladders to start a new organisation from, most junior first; the set-up can change any rung.
LADDER_TEMPLATES: dict[str, tuple[str, ...]] = {
    "Corporate": DEFAULT_LEVELS,
    "Public sector": (
        "Assistant",
        "Officer",
        "Senior officer",
        "Principal officer",
        "Team manager",
        "Head of service",
        "Director",
        "Chief executive",
    ),
    "Small company": (
        "Junior",
        "Mid-level",
        "Senior",
        "Lead",
        "Head of department",
        "Managing director",
    ),
}
ORGANISATION_NAME = "organisation_name"
# Set on a database filled with the invented demo organisation (core/demo): the window marks it
# as the demo and offers to reset it.
DEMO = "demo"
LOGO_PATH = "logo_path"
SKILL_CATEGORY_LABELS = "skill_category_labels"
# How the organisation writes dates ("dmy", "mdy" or "ymd"): an import reads a column of dates
# that fit both day first and month first (01/03/2024) this way. Unset: this computer's order.
DATE_ORDER = "date_order"
# What an HR system's level labels that the ladder lacks stand for, as a JSON object: the file's
# label -> a ladder label, or null for no level. Written when an import is applied, read by the
# next one (imports/levels.py), so next month's export needs no mapping.
LEVEL_MAPPINGS = "level_mappings"
# The columns last imported for each header set, as a JSON object: import kind -> header set ->
# {"columns", "date_order", "saved_on"} (imports/profiles.py). Headers and field names only,
# never a value from the rows.
IMPORT_PROFILES = "import_profiles"
# After how many months people who left, or whose last programme closed, are offered for
# erasure (people/retention.py). Personal data is kept no longer than the programme needs it.
RETENTION_MONTHS = "retention_months"
DEFAULT_RETENTION_MONTHS = 24
# The programme coordinator's email address: the ORGANIZER of calendar invitations and the
# sender of the messages RevMentor writes for the coordinator to send.
COORDINATOR_EMAIL = "coordinator_email"
# A message template the coordinator edited, by kind ("message_template:introduction", …);
# unset: the built-in template (core/services/messages).
MESSAGE_TEMPLATE = "message_template:{kind}"
RETENTION_MIN, RETENTION_MAX = 1, 240
# The setting rows the organisation settings dialog reads and saves, whose versions it keeps.
SETTINGS_DIALOG_KEYS = (
    ORGANISATION_NAME,
    LOGO_PATH,
    SKILL_CATEGORY_LABELS,
    DATE_ORDER,
    RETENTION_MONTHS,
    COORDINATOR_EMAIL,
)


# Limits that match the columns (and keep a window title or a PDF header readable).
NAME_MAX, LEVEL_MAX, CATEGORY_MAX = 160, 80, 60
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_STEM = "logo"
# Enough of the file to see its type; an SVG may open with a long comment before <svg.
HEADER_BYTES = 8192


def ensure_levels(session: Session) -> list[SeniorityLevel]:
    """The seniority ladder, most junior first; a new database gets the default ladder."""
    levels = list(session.scalars(select(SeniorityLevel).order_by(SeniorityLevel.rank)))
    if not levels:
        levels = [SeniorityLevel(rank=i, label=label) for i, label in enumerate(DEFAULT_LEVELS, 1)]
        session.add_all(levels)
        session.flush()
    return levels


def ladder_labels(db: Database) -> list[str]:
    """The ladder's labels, most junior first, without writing: a new database shows the
    default ladder it will get."""
    with db.engine.connect() as connection:
        query = select(SeniorityLevel.label).order_by(SeniorityLevel.rank)
        return list(connection.scalars(query)) or list(DEFAULT_LEVELS)


def get_setting(connection: Connection | Session, key: str, default=None):
    """One setting's value; works on a plain connection, which is all start-up needs."""
    value = connection.execute(select(Setting.value).where(Setting.key == key)).scalar()
    return default if value is None else value


def set_setting(session: Session, key: str, value) -> None:
    session.merge(Setting(key=key, value=value))


def setting_versions(session: Session, keys: tuple[str, ...]) -> dict[str, int | None]:
    """The version of each setting row as it is now; None for a key with no row."""
    query = select(Setting.key, Setting.version).where(Setting.key.in_(keys))
    found = {key: version for key, version in session.execute(query)}
    return {key: found.get(key) for key in keys}


def check_setting_versions(
    session: Session, seen: dict[str, int | None], keys: tuple[str, ...] | None = None
) -> None:
    """Refuse (ChangedElsewhereError) when a setting of `keys` (default: every one in `seen`)
    is no longer as it was read: changed, removed, or there now when it was not then."""
    for key in keys if keys is not None else tuple(seen):
        if key not in seen:
            continue
        row = session.get(Setting, key)
        if row is None:
            if seen[key] is not None:
                raise ChangedElsewhereError(changed_message("", None))
        elif seen[key] is None:
            raise ChangedElsewhereError(changed_message(row.updated_by, row.updated_at))
        else:
            check_version(row, seen[key])


def date_order_setting(source: Database | Connection | Session) -> str | None:
    """The organisation's date order ("dmy", "mdy" or "ymd"), or None when it has not chosen."""
    if isinstance(source, Database):
        with source.engine.connect() as connection:
            return date_order_setting(connection)
    stored = get_setting(source, DATE_ORDER)
    return stored if stored in DATE_ORDERS else None


def is_demo(source: Database | Connection | Session) -> bool:
    """Whether the database holds the invented demo organisation rather than a real one."""
    if isinstance(source, Database):
        with source.engine.connect() as connection:
            return is_demo(connection)
    return get_setting(source, DEMO) is True


def retention_months_setting(source: Database | Connection | Session) -> int:
    """After how many months people who left or whose programmes closed are due for erasure."""
    if isinstance(source, Database):
        with source.engine.connect() as connection:
            return retention_months_setting(connection)
    stored = get_setting(source, RETENTION_MONTHS)
    valid = isinstance(stored, int) and not isinstance(stored, bool)
    return (
        stored if valid and RETENTION_MIN <= stored <= RETENTION_MAX else DEFAULT_RETENTION_MONTHS
    )


def level_mappings_setting(source: Connection | Session) -> dict[str, str | None]:
    """The level mappings remembered from earlier imports (see LEVEL_MAPPINGS)."""
    stored = get_setting(source, LEVEL_MAPPINGS)
    if not isinstance(stored, dict):
        return {}
    return {
        label: target
        for label, target in stored.items()
        if isinstance(label, str) and (target is None or isinstance(target, str))
    }


def remember_level_mappings(session: Session, mappings: dict[str, str | None]) -> None:
    """Add these to the remembered level mappings (a label mapped again is mapped anew)."""
    if mappings:
        set_setting(session, LEVEL_MAPPINGS, level_mappings_setting(session) | mappings)


def add_levels(session: Session, added: list[tuple[str, str | None]]) -> None:
    """Put new levels on the ladder, each just above the level named with it (None: at the
    bottom), in order: a second new level just above the first goes above it."""
    levels = [LadderLevel(level.label, level.id) for level in ensure_levels(session)]
    known = {level.label.casefold() for level in levels}
    for label, below in added:
        if label.casefold() in known:
            continue
        labels = [level.label for level in levels]
        index = labels.index(below) + 1 if below in labels else 0
        levels.insert(index, LadderLevel(label))
        known.add(label.casefold())
    _save_ladder(session, levels)


# --- skill category labels ----------------------------------------------------------------


def _labels_from(stored: Any) -> dict[SkillCategory, str]:
    labels = dict(DEFAULT_CATEGORY_LABELS)
    if isinstance(stored, dict):
        for key, label in stored.items():
            # A value this version does not know (or a blank label) falls back to the default.
            if key in SkillCategory._value2member_map_ and isinstance(label, str) and label.strip():
                labels[SkillCategory(key)] = label.strip()
    return labels


def category_labels(source: Database | Connection | Session) -> dict[SkillCategory, str]:
    """Every skill category's display label, as the organisation named it, in a fixed order."""
    if isinstance(source, Database):
        with source.engine.connect() as connection:
            return _labels_from(get_setting(connection, SKILL_CATEGORY_LABELS))
    return _labels_from(get_setting(source, SKILL_CATEGORY_LABELS))


def category_label(source: Database | Connection | Session, category: SkillCategory) -> str:
    """One skill category's display label, e.g. "Social media"."""
    return category_labels(source)[SkillCategory(category)]


# --- the logo -----------------------------------------------------------------------------


def _image_suffix(head: bytes) -> str | None:
    """The file type an image's first bytes announce, or None when they are not an image we use."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if head.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<") and b"<svg" in text.lower():
        return ".svg"
    return None


def check_logo(path: str | Path) -> str | None:
    """What is wrong with `path` as a logo (a clear sentence), or None when it can be used."""
    path = Path(path)
    try:
        if not path.is_file():
            return f"There is no file at {isolate(path)}."
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            megabytes = size / 1024 / 1024
            return f"{isolate(path.name)} is {megabytes:.1f} MB; a logo can be at most 5 MB."
        with path.open("rb") as image:
            head = image.read(HEADER_BYTES)
    except OSError as exc:
        return f"Cannot read {isolate(path.name)}: {exc.strerror or exc}."
    if _image_suffix(head) is None:
        return f"{isolate(path.name)} is not a PNG, JPEG or SVG image."
    return None


def logo_is_svg(path: str | Path) -> bool:
    """Whether a logo is an SVG drawing, which PDFs cannot take as it is (only PNG and JPEG)."""
    try:
        with Path(path).open("rb") as image:
            return _image_suffix(image.read(HEADER_BYTES)) == ".svg"
    except OSError:
        return False


def _logo_stem(db: Database) -> str:
    """The name of a database's logo copy in the data folder: `logo` for the default database,
    else one of its own (`logo-<file>-<place code>`), so two organisations never share one."""
    path = db.path
    if path is None or path.resolve() == default_db_path().resolve():
        return LOGO_STEM
    return f"{LOGO_STEM}-{path.stem}-{place_code(path)}"


def _copy_logo(source: Path, stem: str) -> Path:
    """Copy a checked logo into the data folder as <stem>.png/.jpg/.svg, atomically."""
    try:
        with source.open("rb") as image:
            suffix = _image_suffix(image.read(HEADER_BYTES))
    except OSError as exc:  # gone or unreadable since it was checked
        raise RevMentorError(f"Cannot read {isolate(source.name)}: {exc.strerror or exc}.") from exc
    if suffix is None:
        raise RevMentorError(f"{isolate(source.name)} is not a PNG, JPEG or SVG image.")
    target = data_dir() / f"{stem}{suffix}"
    with atomic_write(target) as temp:
        shutil.copyfile(source, temp)
    return target


def _remove_old_logos(stem: str, keep: Path | None) -> None:
    """Delete our own earlier copies (logo.png, logo.svg, …), never a file elsewhere."""
    for suffix in (".png", ".jpg", ".svg"):
        old = data_dir() / f"{stem}{suffix}"
        if old != keep:
            try:
                old.unlink(missing_ok=True)
            except OSError as exc:  # a leftover file is harmless: say so in the log only
                log.warning("could not remove the old logo %s: %s", old, exc)


# --- the whole settings page --------------------------------------------------------------


@dataclass
class LadderLevel:
    """One rung of the ladder while it is edited: `id` None for a new one."""

    label: str
    id: int | None = None
    people: int = 0  # how many people hold this level (filled by load_organisation_settings)


@dataclass
class OrganisationSettings:
    name: str = ""
    logo_path: str | None = None
    levels: list[LadderLevel] = field(default_factory=list)  # most junior first
    skill_category_labels: dict[SkillCategory, str] = field(
        default_factory=lambda: dict(DEFAULT_CATEGORY_LABELS)
    )
    date_order: str | None = None  # None: not chosen (imports follow this computer's order)
    retention_months: int = DEFAULT_RETENTION_MONTHS
    # The version of each setting row of SETTINGS_DIALOG_KEYS as read (None: no row then), so a
    # save over another coordinator's newer change is refused; None: not tracked (a new database).
    versions: dict[str, int | None] | None = None


def load_organisation_settings(db: Database) -> OrganisationSettings:
    """The organisation's settings; a new database gets (and keeps) the default ladder."""
    with db.session() as session, session.begin():
        levels = ensure_levels(session)
        people = dict(
            session.execute(select(Person.level_id, func.count()).group_by(Person.level_id)).all()
        )
        return OrganisationSettings(
            name=get_setting(session, ORGANISATION_NAME, ""),
            logo_path=get_setting(session, LOGO_PATH),
            levels=[LadderLevel(lv.label, lv.id, people.get(lv.id, 0)) for lv in levels],
            skill_category_labels=category_labels(session),
            date_order=date_order_setting(session),
            retention_months=retention_months_setting(session),
            versions=setting_versions(session, SETTINGS_DIALOG_KEYS),
        )


def _people_on_levels(session: Session, level_ids: set[int]) -> dict[int, int]:
    if not level_ids:
        return {}
    rows = session.execute(
        select(Person.level_id, func.count())
        .where(Person.level_id.in_(level_ids))
        .group_by(Person.level_id)
    )
    return dict(rows.all())


def _check_labels(labels: list[str], rows: list[str], longest: int) -> str | None:
    """The first blank, too long or repeated label; `rows` says which row each one is in."""
    seen: set[str] = set()
    for label, row in zip(labels, rows, strict=True):
        label = label.strip()
        if not label:
            return f"{row} has no name."
        if len(label) > longest:
            return f"{row} is too long: at most {longest} characters."
        if label.casefold() in seen:
            return f"“{isolate(label)}” appears twice; each needs a name of its own."
        seen.add(label.casefold())
    return None


def validate_settings(db: Database, settings: OrganisationSettings) -> dict[str, str]:
    """What must change before `settings` can be saved: keys name, logo, levels, categories,
    date_order, retention."""
    with db.engine.connect() as connection:
        stored_logo = get_setting(connection, LOGO_PATH)
    errors = _check_settings(settings, stored_logo)
    if "levels" not in errors:
        levels_error = _check_ladder_in_use(db, settings.levels)
        if levels_error:
            errors["levels"] = levels_error
    return errors


def validate_new_organisation(settings: OrganisationSettings) -> dict[str, str]:
    """What must change before a new organisation is set up with `settings` (before its
    database exists): the checks of `validate_settings`, and a name is required."""
    errors = _check_settings(settings, stored_logo=None)
    if not settings.name.strip():
        errors["name"] = "Give the organisation's name: agreements and reports carry it."
    return errors


def set_up_organisation(db: Database, settings: OrganisationSettings) -> OrganisationSettings:
    """Give a new, empty database its organisation: name, ladder, date order and logo.

    Raises ValidationError (see `validate_new_organisation`) and then changes nothing.
    """
    errors = validate_new_organisation(settings)
    if errors:
        raise ValidationError(errors)
    return save_organisation_settings(db, settings)


def _check_settings(settings: OrganisationSettings, stored_logo: str | None) -> dict[str, str]:
    """The checks that need no database; the logo already copied in (`stored_logo`) is fine."""
    errors: dict[str, str] = {}
    if len(settings.name.strip()) > NAME_MAX:
        errors["name"] = f"The organisation name can be at most {NAME_MAX} characters."
    # Only a newly chosen file is checked.
    if settings.logo_path and settings.logo_path != stored_logo:
        problem = check_logo(settings.logo_path)
        if problem:
            errors["logo"] = problem
    levels_error = _check_ladder(settings.levels)
    if levels_error:
        errors["levels"] = levels_error
    categories = [settings.skill_category_labels.get(c, "") for c in SkillCategory]
    rows = [f"The category “{DEFAULT_CATEGORY_LABELS[c]}”" for c in SkillCategory]
    problem = _check_labels(categories, rows, CATEGORY_MAX)
    if problem:
        errors["categories"] = problem
    if settings.date_order is not None and settings.date_order not in DATE_ORDERS:
        errors["date_order"] = "Choose how the organisation writes dates."
    months = settings.retention_months
    if not isinstance(months, int) or not RETENTION_MIN <= months <= RETENTION_MAX:
        errors["retention"] = (
            f"Keep personal data for {RETENTION_MIN} to {RETENTION_MAX} months after people leave."
        )
    return errors


def _check_ladder(levels: list[LadderLevel]) -> str | None:
    if not levels:
        return "The ladder needs at least one level."
    rows = [f"Level {position}" for position in range(1, len(levels) + 1)]
    return _check_labels([lv.label for lv in levels], rows, LEVEL_MAX)


def _check_ladder_in_use(db: Database, levels: list[LadderLevel]) -> str | None:
    """A rung removed while people hold it, or a ladder changed elsewhere meanwhile."""
    with db.session() as session:
        existing = dict(session.execute(select(SeniorityLevel.id, SeniorityLevel.label)).all())
        kept = {lv.id for lv in levels if lv.id is not None}
        unknown = kept - existing.keys()
        if unknown:
            return "The ladder changed while it was being edited; close and open the settings."
        in_use = _people_on_levels(session, existing.keys() - kept)
    if in_use:
        level_id = min(in_use)  # one at a time, the same one each time
        return removal_refusal(existing[level_id], in_use[level_id])
    return None


def removal_refusal(label: str, people: int) -> str | None:
    """Why a level cannot be removed from the ladder, or None when nobody holds it."""
    if not people:
        return None
    holders = f"{count(people, 'person', 'people')} {plural(people, 'has', 'have')}"
    return (
        f"“{isolate(label)}” cannot be removed: {holders} this level. Give them another level "
        "first."
    )


def save_organisation_settings(
    db: Database, settings: OrganisationSettings
) -> OrganisationSettings:
    """Save everything in one transaction (and copy a newly chosen logo in); returns it as saved.

    Raises ValidationError, with every problem by field, or ChangedElsewhereError when another
    coordinator saved a setting since `settings` was loaded; either way nothing changes.
    """
    errors = validate_settings(db, settings)
    if errors:
        raise ValidationError(errors)
    try:
        stored, new_logo = _save_settings(db, settings)
    except IntegrityError as exc:  # a setting first saved by two coordinators at once
        raise ChangedElsewhereError(changed_message("", None)) from exc
    if settings.logo_path != stored:
        _remove_old_logos(_logo_stem(db), keep=new_logo)
    return load_organisation_settings(db)


def _save_settings(db: Database, settings: OrganisationSettings) -> tuple[str | None, Path | None]:
    """Write the settings in one transaction: (the logo stored before, the new logo's copy)."""
    with db.session() as session, session.begin():
        if settings.versions is not None:
            check_setting_versions(session, settings.versions)
        set_setting(session, ORGANISATION_NAME, settings.name.strip())
        _save_ladder(session, settings.levels)
        overrides = {
            SkillCategory(category).value: label.strip()
            for category, label in settings.skill_category_labels.items()
            if label.strip() != DEFAULT_CATEGORY_LABELS[SkillCategory(category)]
        }
        set_setting(session, SKILL_CATEGORY_LABELS, overrides)
        if settings.date_order is not None:
            set_setting(session, DATE_ORDER, settings.date_order)
        set_setting(session, RETENTION_MONTHS, settings.retention_months)

        stored = get_setting(session, LOGO_PATH)
        logo = settings.logo_path
        new_logo = None
        if logo and logo != stored:
            # Flushed first so a database problem stops us before the file is replaced.
            session.flush()
            new_logo = _copy_logo(Path(logo), _logo_stem(db))
            logo = str(new_logo)
        if logo != stored:
            if logo:
                set_setting(session, LOGO_PATH, logo)
            else:
                session.execute(Setting.__table__.delete().where(Setting.key == LOGO_PATH))
    return stored, new_logo


def _save_ladder(session: Session, levels: list[LadderLevel]) -> None:
    """Rename, reorder, add and remove rungs, then number them 1..n in the new order.

    `rank` is unique and must stay >= 1, so the kept rungs first move above every rank in use
    and only then take their final places: renumbering in place would collide midway.
    """
    existing = {lv.id: lv for lv in session.scalars(select(SeniorityLevel))}
    kept = {lv.id for lv in levels if lv.id is not None}
    for level_id, level in existing.items():
        if level_id not in kept:
            session.delete(level)
    session.flush()
    above = max([lv.rank for lv in existing.values()] + [len(levels)]) + 1
    for position, edited in enumerate(levels):
        if edited.id is not None:
            level = existing[edited.id]
            level.rank = above + position
            # Parked under a temporary name too: swapping two labels would collide the same way.
            # Labels are saved stripped, so none starts with a tab (and PostgreSQL takes a tab,
            # not the NUL character).
            level.label = f"\t{position}"
    session.flush()
    for position, edited in enumerate(levels, 1):
        if edited.id is None:
            session.add(SeniorityLevel(rank=position, label=edited.label.strip()))
        else:
            level = existing[edited.id]
            level.rank, level.label = position, edited.label.strip()
    session.flush()
