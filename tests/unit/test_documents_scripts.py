"""Names in every script in the PDFs: each in a face that has it, shaped, and extractable."""

import html
import io
import re
import subprocess
import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from revmentor_desktop.core.db.models import (
    Enrolment,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
    Skill,
    SkillCategory,
)
from revmentor_desktop.core.documents.bidi import has_rtl
from revmentor_desktop.core.services import pdf_files as documents
from revmentor_desktop.core.services.organisation import ensure_levels

# One pair per row: (reverse mentor's given, family), (mentee's given, family), script.
pytestmark = pytest.mark.both_engines

PAIRS = [
    (("محمد", "العلي"), ("Dana", "Fox"), "Arabic"),
    (("שירה", "כהן"), ("Ольга", "Петрова"), "Hebrew"),
    (("प्रिया", "क्षत्रिय"), ("Νίκος", "Παπαδόπουλος"), "Devanagari"),
    (("สมชาย", "ใจดี"), ("伟", "王"), "Thai"),
    (("지민", "김"), ("陽菜", "佐藤"), "Korean and Japanese"),
    (("Thảo", "Nguyễn"), ("রবীন্দ্রনাথ", "ঠাকুর"), "Vietnamese and Bengali"),
    (("தமிழ்செல்வி", "முருகன்"), ("Zoë", "Adams"), "Tamil"),
]


# Skills named in several scripts: the report's chart of top skills labels each in its face.
SKILLS = ["تحليل البيانات", "Power BI", "बजट", "中文写作"]
# Long enough to wrap in a table cell: the lines must come in reading order.
LONG = [
    "أريد أن أتعلم كيف أستخدم أدوات الذكاء الاصطناعي في العمل اليومي مع الفريق وأن أشارك خبرتي",
    "אני רוצה ללמוד איך להשתמש בכלים חדשים בעבודה היומיומית עם הצוות ולשתף את הניסיון שלי",
]


def full(name: tuple[str, str]) -> str:
    given, family = name
    return f"{family}{given}" if family in ("王", "佐藤", "김") else f"{given} {family}"


@pytest.fixture
def pairs(db):
    """The PAIRS as active partnerships, each with a goal written in the mentor's script."""
    ids = []
    with db.session() as session, session.begin():
        level = ensure_levels(session)[0]
        skills = [Skill(name=name, category=SkillCategory.TECHNOLOGY) for name in SKILLS]
        prog = Programme(name="Cohort", start_date=date(2026, 10, 1), end_date=date(2027, 6, 30))
        for n, (mentor, mentee, _) in enumerate(PAIRS):
            people = []
            for k, ((given, family), role) in enumerate(
                ((mentor, Role.REVERSE_MENTOR), (mentee, Role.MENTEE))
            ):
                person = Person(given_name=given, family_name=family, email=f"p{n}.{k}@x.org",
                                level=level, consent_date=date(2026, 9, 1))  # fmt: skip
                session.add_all([person, Enrolment(programme=prog, person=person, role=role)])
                people.append(person)
            partnership = Partnership(
                programme=prog, mentor=people[0], mentee=people[1], wizard_step=5,
                status=PartnershipStatus.ACTIVE, start_date=date(2026, 10, 5),
                end_date=date(2027, 6, 23), activated_at=datetime(2026, 10, 5, tzinfo=UTC),
                mentor_signoff_name=full(mentor), mentor_signoff_date=date(2026, 10, 5),
            )  # fmt: skip
            session.add_all([
                partnership,
                Goal(partnership=partnership, direction=GoalDirection.MENTOR_LEARNS,
                     title=f"{full(mentor)}.", success_measure=f"({full(mentor)}) {LONG[n % 2]}",
                     target_date=date(2027, 1, 31), progress=40, skill=skills[n % len(skills)]),
            ])  # fmt: skip
            session.flush()
            ids.append((prog.id, partnership.id))
    return ids


def text_of(pdf: bytes) -> str:
    """The PDF's text as a viewer's search and copy read it (poppler's pdftotext, which
    honours what the PDF says its glyphs spell)."""
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()  # fmt: skip


def words_in(pdf: bytes) -> list[str]:
    """The PDF's words, in compatibility form: Arabic's joined letters come out as their
    presentation forms."""
    text = unicodedata.normalize("NFKC", text_of(pdf))
    # pdftotext marks a right-to-left run with embedding controls: they are no letters.
    return re.sub("[()\u202a-\u202e]", " ", text).split()


def fonts_of(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"]).partition("+")[2]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


@pytest.mark.parametrize("row", range(len(PAIRS)), ids=[p[2] for p in PAIRS])
def test_every_script_is_drawn_in_a_face_and_reads_back_out(db, pairs, row):
    (mentor, mentee, _), (_, partnership) = PAIRS[row], pairs[row]
    pdf = documents.agreement_pdf(db, partnership)
    words = words_in(pdf)
    for name in (mentor, mentee):
        for part in full(name).split():
            assert part in words, (part, words[:40])


def test_each_script_has_its_own_embedded_face(db, pairs):
    faces = set()
    for _, partnership in pairs:
        faces |= fonts_of(documents.agreement_pdf(db, partnership))
    for face in ("NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoSansThai-Regular",
                 "NotoSansDevanagari-Regular", "NotoSansBengali-Regular", "NotoSansTamil-Regular",
                 "WenQuanYiMicroHei-0", "DejaVuSans", "DejaVuSans-Bold"):  # fmt: skip
        assert face in faces, faces


def placed_words(pdf: bytes, page: int = 1) -> list[tuple[float, float, float, str]]:
    """(left, top, bottom, word) of each word on a page, as poppler finds them; a
    right-to-left word comes out in drawn order, so it is turned back into reading order."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
                         input=pdf, capture_output=True, check=True).stdout.decode()  # fmt: skip
    words = []
    for match in re.finditer(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', xml
    ):
        word = html.unescape(match[4])
        if has_rtl(unicodedata.normalize("NFKC", word)):
            word = word[::-1]  # before NFKC, which spells a ligature such as "ﻻ" in order
        word = unicodedata.normalize("NFKC", word)
        words.append((float(match[1]), float(match[2]), float(match[3]), word))
    return words


def line_with(words, anchor: str) -> list[str]:
    """The words on the line of the first `anchor`, left to right."""
    _, top, bottom, _ = next(w for w in words if w[3] == anchor)
    middle = (top + bottom) / 2
    return [w[3] for w in sorted(w for w in words if w[1] <= middle <= w[2])]


def test_a_sentence_keeps_its_direction_around_a_right_to_left_name(db, pairs):
    words = placed_words(documents.agreement_pdf(db, pairs[0][1]))
    # "What محمد العلي (reverse mentor) learns from Dana Fox": the sentence runs left to
    # right, the name inside it right to left (its first word at its right end).
    assert line_with(words, "(reverse") == [
        "What", "العلي", "محمد", "(reverse", "mentor)", "learns", "from", "Dana", "Fox",
    ]  # fmt: skip
    hebrew = placed_words(documents.agreement_pdf(db, pairs[1][1]))
    assert line_with(hebrew, "(mentee)") == [
        "What", "Ольга", "Петрова", "(mentee)", "learns", "from", "כהן", "שירה",
    ]  # fmt: skip


@pytest.mark.parametrize("row", [0, 1], ids=["Arabic", "Hebrew"])
def test_right_to_left_text_wraps_in_reading_order(db, pairs, row):
    """A long Arabic or Hebrew text in a table cell: its first words on the first line at the
    right, each line read right to left, the lines top to bottom."""
    words = placed_words(documents.agreement_pdf(db, pairs[row][1]))
    long = LONG[row].split()
    ours = [w for w in words if w[3] in long]
    lines = sorted({round(top) for _, top, _, _ in ours})
    assert len(lines) >= 2  # it did wrap
    read = [w[3] for line in lines for w in sorted(ours, key=lambda w: -w[0])
            if round(w[1]) == line]  # fmt: skip
    assert read == long


def test_a_right_to_left_paragraph_is_set_flush_right(db, pairs):
    words = placed_words(documents.agreement_pdf(db, pairs[0][1]))
    # The reverse mentor's name alone in the partners box: at the box's right, not its left.
    box = next(w for w in words if w[3] == "REVERSE")
    apprentice = next(w for w in words if w[3] == "Apprentice")
    name = [w for w in words if box[1] < w[1] < apprentice[1] and w[3] in ("محمد", "العلي")]
    assert len(name) == 2 and min(w[0] for w in name) > box[0] + 150


def test_arabic_is_joined_and_devanagari_conjuncts_are_formed(db, pairs):
    arabic = text_of(documents.agreement_pdf(db, pairs[0][1]))
    # Shaped Arabic is drawn in its joined forms (initial, medial, final), which a reader
    # gives back as Arabic Presentation Forms; letters drawn apart would come back plain.
    assert any("\ufe70" <= char <= "\ufefc" for char in arabic)
    # "क्ष" is one glyph in a shaped Devanagari text, with no character of its own: the PDF
    # says which three characters it stands for.
    reader = PdfReader(io.BytesIO(documents.agreement_pdf(db, pairs[2][1])))
    maps = [
        font.get_object()["/ToUnicode"].get_object().get_data().decode()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "Devanagari" in str(font.get_object()["/BaseFont"])
    ]
    assert any("<0915094D0937>" in cmap for cmap in maps), maps


def test_chart_labels_in_several_scripts_each_show_in_reading_order(db, pairs):
    pdf = documents.programme_report_pdf(db, pairs[0][0], today=date(2027, 3, 1))
    lines = [" ".join(re.sub("[\u202a-\u202e]", " ", line).split())
             for line in unicodedata.normalize("NFKC", text_of(pdf)).splitlines()]  # fmt: skip
    for skill in SKILLS:
        assert skill in lines, (skill, lines)


def test_a_name_in_a_short_table_cell_carries_no_isolate_marks_into_the_pdf(db, pairs):
    """A cell that fits on one line is drawn as a plain string: a name the services isolated
    (FSI … PDI) must lose the marks there too, or DejaVu draws them as empty boxes."""
    programme = pairs[0][0]
    with db.session() as session, session.begin():
        level = ensure_levels(session)[0]
        person = Person(given_name="Élodie", family_name="Robert", email="elodie@x.org",
                        level=level, consent_date=date(2026, 9, 1))  # fmt: skip
        session.add_all([person, Enrolment(programme_id=programme, person=person,
                                           role=Role.MENTEE)])  # fmt: skip
    pdf = documents.programme_report_pdf(db, programme, today=date(2027, 3, 1))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Élodie Robert" in text
    assert not {"\x00", "\u2068", "\u2069"} & set(text)
