"""The organisation's settings without Qt: name, logo, the seniority ladder, category labels."""

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db.models import Person, SeniorityLevel, SkillCategory
from revmentor_desktop.core.errors import ValidationError
from revmentor_desktop.core.services.organisation import (
    DEFAULT_LEVELS,
    LOGO_PATH,
    ORGANISATION_NAME,
    SKILL_CATEGORY_LABELS,
    LadderLevel,
    category_label,
    category_labels,
    check_logo,
    get_setting,
    load_organisation_settings,
    save_organisation_settings,
    validate_settings,
)
from revmentor_desktop.core.vocabulary import DEFAULT_CATEGORY_LABELS
from revmentor_desktop.paths import data_dir, place_code


def tiny_png() -> bytes:
    """A valid 1×1 red PNG, built by hand so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'


def ladder(db):
    with db.session() as session:
        return [
            (lv.rank, lv.label) for lv in session.scalars(select(SeniorityLevel).order_by("rank"))
        ]


def level_of(db, email):
    with db.session() as session:
        person = session.scalar(select(Person).where(Person.email == email))
        return person.level.rank, person.level.label


# --- loading ------------------------------------------------------------------------------


@pytest.mark.both_engines
def test_a_new_database_loads_the_default_settings(db):
    settings = load_organisation_settings(db)
    assert settings.name == ""
    assert settings.logo_path is None
    assert [lv.label for lv in settings.levels] == list(DEFAULT_LEVELS)
    assert all(lv.id is not None and lv.people == 0 for lv in settings.levels)
    assert settings.skill_category_labels == DEFAULT_CATEGORY_LABELS
    assert ladder(db) == list(enumerate(DEFAULT_LEVELS, 1))  # kept, not made up each time


@pytest.mark.both_engines
def test_levels_say_how_many_people_hold_them(db, small_org):
    people = {lv.label: lv.people for lv in load_organisation_settings(db).levels}
    assert people["Executive"] == 1
    assert people["Senior professional"] == 1  # archived Bob still holds his level
    assert people["Director"] == 0


# --- name and category labels -------------------------------------------------------------


@pytest.mark.both_engines
def test_the_organisation_name_is_saved(db):
    settings = load_organisation_settings(db)
    settings.name = "  Northwind Logistics  "
    saved = save_organisation_settings(db, settings)
    assert saved.name == "Northwind Logistics"
    with db.engine.connect() as connection:
        assert get_setting(connection, ORGANISATION_NAME) == "Northwind Logistics"


@pytest.mark.both_engines
def test_a_too_long_name_is_refused(db):
    settings = load_organisation_settings(db)
    settings.name = "x" * 161
    assert list(validate_settings(db, settings)) == ["name"]


@pytest.mark.both_engines
def test_category_labels_default_to_readable_english(db):
    labels = category_labels(db)
    assert list(labels) == list(SkillCategory)
    assert labels[SkillCategory.DIVERSITY_INCLUSION] == "Diversity & inclusion"
    assert labels[SkillCategory.ORGANISATIONAL_KNOWLEDGE] == "Organisational knowledge"
    assert category_label(db, SkillCategory.SOCIAL_MEDIA) == "Social media"


@pytest.mark.both_engines
def test_category_labels_can_be_renamed_and_only_changes_are_stored(db):
    settings = load_organisation_settings(db)
    settings.skill_category_labels[SkillCategory.SOCIAL_MEDIA] = " Digital channels "
    save_organisation_settings(db, settings)
    with db.engine.connect() as connection:
        assert get_setting(connection, SKILL_CATEGORY_LABELS) == {
            "social_media": "Digital channels"
        }
        assert category_label(connection, SkillCategory.SOCIAL_MEDIA) == "Digital channels"
    with db.session() as session:
        assert category_label(session, "social_media") == "Digital channels"
        assert category_label(session, SkillCategory.OTHER) == "Other"


@pytest.mark.both_engines
def test_labels_keyed_by_plain_strings_are_saved_too(db):
    # Qt hands enum members back as plain strings; the service accepts either.
    settings = load_organisation_settings(db)
    settings.skill_category_labels = {
        c.value: label for c, label in DEFAULT_CATEGORY_LABELS.items()
    }
    settings.skill_category_labels["leadership"] = "Leading people"
    save_organisation_settings(db, settings)
    assert category_label(db, SkillCategory.LEADERSHIP) == "Leading people"


@pytest.mark.both_engines
def test_unknown_or_blank_stored_labels_fall_back_to_the_defaults(db):
    from revmentor_desktop.core.services.organisation import set_setting

    with db.session() as session, session.begin():
        set_setting(session, SKILL_CATEGORY_LABELS, {"astrology": "Stars", "other": " "})
    assert category_labels(db) == DEFAULT_CATEGORY_LABELS


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("", "The category “Technology” has no name."),
        ("leadership", "“Leadership” appears twice"),
        ("x" * 61, "The category “Technology” is too long: at most 60 characters."),
    ],
)
@pytest.mark.both_engines
def test_category_labels_must_be_present_and_distinct(db, label, words):
    settings = load_organisation_settings(db)
    settings.skill_category_labels[SkillCategory.TECHNOLOGY] = label
    errors = validate_settings(db, settings)
    assert list(errors) == ["categories"]
    assert words in errors["categories"]


# --- the seniority ladder -----------------------------------------------------------------


@pytest.mark.both_engines
def test_rename_a_level_keeps_the_people_on_it(db, small_org):
    settings = load_organisation_settings(db)
    settings.levels[2].label = "Specialist"
    save_organisation_settings(db, settings)
    assert ladder(db)[2] == (3, "Specialist")
    assert level_of(db, "dana.fox@x.org") == (3, "Specialist")


@pytest.mark.both_engines
def test_reorder_levels_renumbers_ranks_one_to_n(db, small_org):
    settings = load_organisation_settings(db)
    levels = settings.levels
    # Swap the two most junior rungs and move Executive below Director.
    levels[0], levels[1] = levels[1], levels[0]
    levels[6], levels[7] = levels[7], levels[6]
    saved = save_organisation_settings(db, settings)
    expected = ["Associate", "Apprentice", *DEFAULT_LEVELS[2:6], "Executive", "Director"]
    assert ladder(db) == list(enumerate(expected, 1))
    assert [lv.label for lv in saved.levels] == expected
    assert level_of(db, "wang.wei@x.org") == (2, "Apprentice")
    assert level_of(db, "zoe.adams@x.org") == (7, "Executive")


@pytest.mark.both_engines
def test_swapping_two_labels_in_place_works(db, small_org):
    settings = load_organisation_settings(db)
    settings.levels[0].label, settings.levels[1].label = "Associate", "Apprentice"
    save_organisation_settings(db, settings)
    assert ladder(db)[:2] == [(1, "Associate"), (2, "Apprentice")]
    assert level_of(db, "wang.wei@x.org") == (1, "Associate")  # the rung kept its people


@pytest.mark.both_engines
def test_add_levels_anywhere(db, small_org):
    settings = load_organisation_settings(db)
    settings.levels.insert(0, LadderLevel("Intern"))
    settings.levels.insert(5, LadderLevel(" Principal "))
    settings.levels.append(LadderLevel("Board"))
    save_organisation_settings(db, settings)
    labels = [label for _, label in ladder(db)]
    assert labels == ["Intern", *DEFAULT_LEVELS[:4], "Principal", *DEFAULT_LEVELS[4:], "Board"]
    assert [rank for rank, _ in ladder(db)] == list(range(1, 12))
    assert level_of(db, "dana.fox@x.org") == (4, "Professional")


@pytest.mark.both_engines
def test_remove_an_unused_level(db, small_org):
    settings = load_organisation_settings(db)
    settings.levels = [lv for lv in settings.levels if lv.label != "Director"]
    save_organisation_settings(db, settings)
    assert [label for _, label in ladder(db)] == [
        label for label in DEFAULT_LEVELS if label != "Director"
    ]
    assert ladder(db)[-1] == (7, "Executive")


@pytest.mark.both_engines
def test_a_level_in_use_cannot_be_removed_and_nothing_is_saved(db, small_org):
    settings = load_organisation_settings(db)
    settings.name = "Renamed meanwhile"
    settings.levels = [lv for lv in settings.levels if lv.label != "Manager"]
    errors = validate_settings(db, settings)
    assert errors == {
        "levels": "“Manager” cannot be removed: 1 person has this level. "
        "Give them another level first."
    }
    with pytest.raises(ValidationError) as raised:
        save_organisation_settings(db, settings)
    assert raised.value.errors == errors
    assert ladder(db) == list(enumerate(DEFAULT_LEVELS, 1))
    assert (
        load_organisation_settings(db).name == ""
    )  # one transaction: the name was not saved either


@pytest.mark.both_engines
def test_the_refusal_counts_the_people(db, small_org):
    with db.session() as session, session.begin():
        manager = session.scalar(select(SeniorityLevel).where(SeniorityLevel.label == "Manager"))
        for person in session.scalars(select(Person).where(Person.department == "Finance")):
            person.level = manager
    settings = load_organisation_settings(db)
    settings.levels = [lv for lv in settings.levels if lv.label != "Manager"]
    assert "3 people have this level" in validate_settings(db, settings)["levels"]


@pytest.mark.parametrize(
    ("labels", "words"),
    [
        ([], "at least one level"),
        (["Junior", " "], "Level 2 has no name"),
        (["Junior", "JUNIOR"], "“JUNIOR” appears twice; each needs a name of its own."),
        (["x" * 81], "Level 1 is too long: at most 80 characters."),
    ],
)
@pytest.mark.both_engines
def test_level_labels_must_be_present_distinct_and_short(db, labels, words):
    settings = load_organisation_settings(db)
    settings.levels = [LadderLevel(label) for label in labels]
    errors = validate_settings(db, settings)
    assert list(errors) == ["levels"]
    assert words in errors["levels"]


# --- the logo -----------------------------------------------------------------------------


def logo_copy(db, suffix: str):
    """Where a database that is not the default one keeps its logo's copy."""
    return data_dir() / f"logo-{db.path.stem}-{place_code(db.path)}{suffix}"


def test_a_png_logo_is_copied_into_the_data_folder(db, tmp_path, data_folder):
    chosen = tmp_path / "Our Logo.PNG"
    chosen.write_bytes(tiny_png())
    assert check_logo(chosen) is None
    settings = load_organisation_settings(db)
    settings.logo_path = str(chosen)
    saved = save_organisation_settings(db, settings)
    copy = logo_copy(db, ".png")
    assert saved.logo_path == str(copy)
    assert copy.read_bytes() == tiny_png()
    chosen.unlink()  # the original may go: the app keeps its own copy
    with db.engine.connect() as connection:
        assert get_setting(connection, LOGO_PATH) == str(copy)
    # Saving again without a change keeps the copy as it is.
    assert save_organisation_settings(db, load_organisation_settings(db)).logo_path == str(copy)
    assert not list(data_folder.glob(".logo*"))  # no temporary file left behind


def test_replacing_and_removing_the_logo_tidies_the_data_folder(db, tmp_path, data_folder):
    png, svg = tmp_path / "a.png", tmp_path / "b.svg"
    png.write_bytes(tiny_png())
    svg.write_bytes(SVG)
    settings = load_organisation_settings(db)
    settings.logo_path = str(png)
    save_organisation_settings(db, settings)
    settings = load_organisation_settings(db)
    settings.logo_path = str(svg)
    assert save_organisation_settings(db, settings).logo_path == str(logo_copy(db, ".svg"))
    assert not (logo_copy(db, ".png")).exists()
    settings = load_organisation_settings(db)
    settings.logo_path = None
    assert save_organisation_settings(db, settings).logo_path is None
    assert not (logo_copy(db, ".svg")).exists()
    with db.engine.connect() as connection:
        assert get_setting(connection, LOGO_PATH) is None


def test_jpeg_and_svg_are_recognised_by_their_first_bytes(tmp_path):
    jpeg = tmp_path / "photo"  # no suffix needed: the content decides
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    assert check_logo(jpeg) is None
    svg = tmp_path / "drawn.svg"
    svg.write_bytes(b"\xef\xbb\xbf<!-- " + b"licence text " * 300 + b"-->\n" + SVG)
    assert check_logo(svg) is None


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("notes.png", b"just some text, not a picture", "notes.png is not a PNG, JPEG or SVG"),
        ("page.svg", b"<html><body>no svg here</body></html>", "not a PNG, JPEG or SVG"),
        ("huge.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (5 * 1024 * 1024), "at most 5 MB"),
    ],
)
@pytest.mark.both_engines
def test_files_that_are_not_a_usable_image_are_refused(db, tmp_path, data_folder, name, content,
                                                        words):  # fmt: skip
    path = tmp_path / name
    path.write_bytes(content)
    assert words in check_logo(path)
    settings = load_organisation_settings(db)
    settings.logo_path = str(path)
    with pytest.raises(ValidationError) as raised:
        save_organisation_settings(db, settings)
    assert words in raised.value.errors["logo"]
    assert not list(data_folder.glob("logo*"))


def test_a_missing_logo_file_is_refused(tmp_path):
    assert check_logo(tmp_path / "gone.png") == f"There is no file at {tmp_path / 'gone.png'}."


def test_two_organisations_keep_their_own_logos(db, tmp_path, data_folder):
    from revmentor_desktop.core.db import open_database

    first, second = tmp_path / "first.png", tmp_path / "second.svg"
    first.write_bytes(tiny_png())
    second.write_bytes(SVG)
    for database, logo in ((db, first), (None, second)):
        if database is None:
            database = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
        settings = load_organisation_settings(database)
        settings.logo_path = str(logo)
        saved = save_organisation_settings(database, settings)
        assert Path(saved.logo_path).read_bytes() == logo.read_bytes()
    database.close()
    assert Path(load_organisation_settings(db).logo_path).read_bytes() == tiny_png()
