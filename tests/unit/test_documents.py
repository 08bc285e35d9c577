"""PDF agreements and reports: their text, embedded fonts, privacy, anonymising, saving, Cancel."""

import io
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    Enrolment,
    FitVerdict,
    Goal,
    GoalDirection,
    GoalStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
    Skill,
    SkillCategory,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services import pdf_files as documents
from revmentor_desktop.core.services.organisation import (
    LOGO_PATH,
    ORGANISATION_NAME,
    ensure_levels,
    set_setting,
)
from revmentor_desktop.core.vocabulary import GROUND_RULES
from revmentor_desktop.paths import resource

pytestmark = pytest.mark.both_engines

TODAY = date(2027, 3, 15)
PRIVATE = "PLANTED-PRIVATE-NOTE"
DIVERSITY = "PLANTED-DIVERSITY-PERSPECTIVE"
BIRTH_YEAR = 1937  # a number nothing else in these documents can print
PEOPLE = {
    # email: (given, family, department, rank, role)
    "wang.wei@x.org": ("伟", "王", "Marketing", 2, Role.REVERSE_MENTOR),
    "olga@x.org": ("Ольга", "Петрова", "Finance", 8, Role.MENTEE),
    "nikos@x.org": ("Νίκος", "Παπαδόπουλος", "Sales", 1, Role.REVERSE_MENTOR),
    "dana@x.org": ("Dana", "Fox", "Legal", 7, Role.MENTEE),
    "ines@x.org": ("Inès", "Moreau", "Operations", 2, Role.REVERSE_MENTOR),  # unpaired
}
NAMES = ["王伟", "Ольга Петрова", "Νίκος Παπαδόπουλος", "Dana Fox", "Inès Moreau"]
NAME_PARTS = ["Ольга", "Петрова", "Νίκος", "Παπαδόπουλος", "Dana", "Fox", "Inès", "Moreau"]


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squeezed(pdf: bytes) -> str:
    """The text without any whitespace, so a name broken over two lines is still found."""
    return "".join(text_of(pdf).split())


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use: its base name -> whether its TrueType file is embedded."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


@pytest.fixture
def programme(db):
    """A programme with two active pairs (CJK, Cyrillic and Greek names), goals, check-ins.

    Pair 1: 王伟 and Ольга Петрова, set up in full, with planted private notes and sensitive
    fields. Pair 2: Νίκος Παπαδόπουλος and Dana Fox, no check-in for months (stalled) and their
    mid-point review overdue.
    """
    with db.session() as session, session.begin():
        set_setting(session, ORGANISATION_NAME, "Northwind 北风")
        levels = {level.rank: level for level in ensure_levels(session)}
        prog = Programme(
            name="Cohort 2026/27", start_date=date(2026, 10, 1), end_date=date(2027, 6, 30)
        )
        tiktok = Skill(name="TikTok", category=SkillCategory.SOCIAL_MEDIA)
        budgets = Skill(name="Budgeting", category=SkillCategory.ORGANISATIONAL_KNOWLEDGE)
        people = {}
        for email, (given, family, department, rank, role) in PEOPLE.items():
            people[email] = Person(
                given_name=given, family_name=family, email=email, department=department,
                job_title=f"{department} lead", level=levels[rank], birth_year=BIRTH_YEAR,
                diversity_perspectives=DIVERSITY, consent_date=date(2026, 9, 1),
            )  # fmt: skip
            session.add(Enrolment(programme=prog, person=people[email], role=role))
        session.add_all([prog, tiktok, budgets, *people.values()])
        first = Partnership(
            programme=prog, mentor=people["wang.wei@x.org"], mentee=people["olga@x.org"],
            status=PartnershipStatus.ACTIVE, wizard_step=5, start_date=date(2026, 10, 5),
            end_date=date(2027, 6, 23), activated_at=datetime(2026, 10, 5, tzinfo=UTC),
            time_commitment_hours=4, channels=["video", "in_person"], meeting_interval_days=14,
            meeting_minutes=60, meeting_place="Room 4.12", preferred_times="Tuesdays 10:00",
            agenda_owner="both", cancellation_rule="A day ahead, with a new time.",
            reply_time="Within two working days", confidentiality_agreed=True,
            off_limits_topics="Salaries <and> bonuses & restructuring",
            mentor_feedback_preference="Directly, with an example.",
            mentee_feedback_preference="Bullet points by email.",
            ground_rules_accepted=[key for key, _ in GROUND_RULES],
            manager_visibility="Meeting dates and goal progress only.",
            checkin_interval_days=30, fit_check_date=date(2026, 10, 26),
            midpoint_review_date=date(2027, 2, 12), final_review_date=date(2027, 6, 16),
            success_measures="Ольга posts monthly without help.", no_fault_acknowledged=True,
            mentor_signoff_name="王伟", mentor_signoff_date=date(2026, 10, 5),
            mentee_signoff_name="Ольга Петрова", mentee_signoff_date=date(2026, 10, 6),
        )  # fmt: skip
        second = Partnership(
            programme=prog, mentor=people["nikos@x.org"], mentee=people["dana@x.org"],
            status=PartnershipStatus.ACTIVE, wizard_step=5, start_date=date(2026, 10, 10),
            end_date=date(2027, 6, 23), activated_at=datetime(2026, 10, 10, tzinfo=UTC),
            midpoint_review_date=date(2027, 2, 10),
        )  # fmt: skip
        session.add_all([first, second])
        session.add_all([
            Goal(partnership=first, direction=GoalDirection.MENTEE_LEARNS, skill=tiktok,
                 title="Post short videos on TikTok", success_measure="Three videos posted",
                 target_date=date(2027, 1, 31), progress=60),
            Goal(partnership=first, direction=GoalDirection.MENTOR_LEARNS, skill=budgets,
                 title="Read a budget", success_measure="Explains our budget in 10 minutes",
                 target_date=date(2027, 4, 30), progress=100, status=GoalStatus.ACHIEVED),
            Goal(partnership=second, direction=GoalDirection.MENTEE_LEARNS,
                 title="Understand Gen Z hiring", success_measure="A one-page summary",
                 target_date=date(2027, 5, 1), progress=10),
        ])  # fmt: skip
        session.add_all([
            CheckIn(partnership=first, held_on=date(2026, 10, 26), kind=CheckInKind.FIT_CHECK,
                    mentor_rating=5, mentee_rating=4, fit_verdict=FitVerdict.GOOD_FIT,
                    summary="Agreed the first video topic.", private_notes=PRIVATE,
                    next_steps="Film a draft."),
            CheckIn(partnership=first, held_on=date(2027, 2, 12),
                    kind=CheckInKind.MIDPOINT_REVIEW, mentor_rating=4, mentee_rating=5,
                    summary="Half-way: two videos out.", private_notes=PRIVATE),
            CheckIn(partnership=first, held_on=date(2027, 3, 1), summary="Budget walkthrough.",
                    private_notes=PRIVATE),
            CheckIn(partnership=second, held_on=date(2026, 10, 31), kind=CheckInKind.FIT_CHECK,
                    mentor_rating=3, mentee_rating=3, summary="Nikos showed the survey tool.",
                    private_notes=PRIVATE),
        ])  # fmt: skip
        session.flush()
        return prog.id, first.id, second.id


# --- text -------------------------------------------------------------------------------------


def test_fonts_markup_escapes_and_puts_cjk_runs_in_wenquanyi():
    from revmentor_desktop.core.documents.fonts import CJK, markup

    assert markup("Dana & <Co>") == "Dana &amp; &lt;Co&gt;"
    assert markup("王伟 and Ольга") == f'<font name="{CJK}">王伟 </font>and Ольга'
    assert markup("a\nb") == "a<br/>b"
    assert markup(None) == ""


def test_month_labels_write_the_year_where_it_changes_and_thin_out_long_runs():
    from revmentor_desktop.core.documents.reports import _month_labels

    assert _month_labels(["2026-11", "2026-12", "2027-01", "2027-02"]) == [
        "Nov 2026", "Dec", "Jan 2027", "Feb",
    ]  # fmt: skip
    two_years = _month_labels([f"{y}-{m:02d}" for y in (2026, 2027) for m in range(1, 13)])
    assert [label for label in two_years if label] == [
        "Jan 2026", "Apr", "Jul", "Oct", "Jan 2027", "Apr", "Jul", "Oct",
    ]  # fmt: skip


def test_agreement_shows_both_parties_goals_plan_and_signatures(db, programme):
    _, first, _ = programme
    pdf = documents.agreement_pdf(db, first)
    text = text_of(pdf)
    for expected in (
        "Partnership agreement", "Northwind 北风", "Cohort 2026/27", "王伟", "Ольга Петрова",
        "wang.wei@x.org", "olga@x.org", "Reverse mentor", "Mentee", "Marketing", "Finance",
        "Executive",  # Ольга's level
        "Post short videos on TikTok", "Three videos posted", "31 Jan 2027", "Skill: TikTok",
        "Read a budget", "30 Apr 2027", "Video call, In person", "Every two weeks, 60 minutes",
        "Room 4.12", "Tuesdays 10:00", "Both, taking turns", "Within two working days",
        "Salaries <and> bonuses & restructuring", "Meeting dates and goal progress only.",
        "Monthly", "26 Oct 2026", "12 Feb 2027", "16 Jun 2027", "Ending without fault",
        "without blame", "Programme coordinator", "5 Oct 2026", "6 Oct 2026",
    ):  # fmt: skip
        assert expected in text, expected
    for _, sentence in GROUND_RULES:
        assert sentence[:30] in text
    # Goals are grouped by direction: the mentee's goal before the reverse mentor's heading.
    assert (
        text.index("Post short videos")
        < text.index("learns from Ольга")
        < text.index("Read a budget")
    )
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2 and f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_agreement_embeds_dejavu_and_wenquanyi_and_nothing_unembedded(db, programme):
    _, first, _ = programme
    fonts = fonts_of(documents.agreement_pdf(db, first))
    assert all(fonts.values()), fonts  # every font carries its /FontFile2
    names = " ".join(fonts)
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names
    assert "WenQuanYiMicroHei" in names
    assert all("+" in name for name in fonts)  # subsets, not whole fonts


def test_wenquanyi_is_embedded_only_when_a_text_needs_it(db, programme):
    _, _, second = programme  # Νίκος Παπαδόπουλος and Dana Fox: Greek and Latin only
    with db.session() as session, session.begin():
        set_setting(session, ORGANISATION_NAME, "Northwind")
    pdf = documents.agreement_pdf(db, second)
    fonts = " ".join(fonts_of(pdf))
    assert "DejaVuSans" in fonts and "WenQuanYi" not in fonts
    assert "Νίκος Παπαδόπουλος" in text_of(pdf)


def test_a_draft_with_nothing_agreed_yet_says_so(db, programme):
    prog, _, _ = programme
    with db.session() as session, session.begin():
        mentor = session.query(Person).filter_by(email="ines@x.org").one()
        mentee = session.query(Person).filter_by(email="dana@x.org").one()
        draft = Partnership(programme_id=prog, mentor=mentor, mentee=mentee)
        session.add(draft)
        session.flush()
        draft_id = draft.id
    text = text_of(documents.agreement_pdf(db, draft_id))
    assert "Status of this partnership: Draft." in text
    assert "No goal agreed in this direction yet." in text
    assert "Not agreed yet" in text
    assert "Inès Moreau" in text and "Dana Fox" in text


def test_a_long_agreement_numbers_every_page(db, programme):
    _, first, _ = programme
    with db.session() as session, session.begin():
        for number in range(60):
            session.add(Goal(partnership_id=first, direction=GoalDirection.MENTOR_LEARNS,
                             title=f"Extra goal {number}", success_measure="Done"))  # fmt: skip
    pages = PdfReader(io.BytesIO(documents.agreement_pdf(db, first))).pages
    total = len(pages)
    assert total >= 4
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {total}" in page.extract_text()


def test_the_logo_is_drawn_when_set_and_a_missing_one_is_left_out(db, programme, tmp_path):
    _, first, _ = programme
    with db.session() as session, session.begin():
        set_setting(session, LOGO_PATH, str(resource("icons", "revmentor-256.png")))
    page = PdfReader(io.BytesIO(documents.agreement_pdf(db, first))).pages[0]
    assert "/XObject" in page["/Resources"]
    with db.session() as session, session.begin():
        set_setting(session, LOGO_PATH, str(tmp_path / "gone.png"))
    page = PdfReader(io.BytesIO(documents.agreement_pdf(db, first))).pages[0]
    assert "/XObject" not in page["/Resources"]


def test_an_unknown_partnership_is_a_clear_error(db, programme):
    with pytest.raises(RevMentorError, match="no partnership number 999"):
        documents.agreement_pdf(db, 999)
    with pytest.raises(RevMentorError, match="no partnership number 999"):
        documents.partnership_report_pdf(db, 999, today=TODAY)
    with pytest.raises(RevMentorError, match="no programme number 999"):
        documents.programme_report_pdf(db, 999, today=TODAY)


# --- saving -----------------------------------------------------------------------------------


def test_save_agreement_writes_the_pdf_and_leaves_no_temporary_file(db, programme, tmp_path):
    _, first, _ = programme
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "agreement.pdf").write_bytes(b"an older version")
    written = documents.save_agreement(db, first, folder / "agreement.pdf")
    assert written == folder / "agreement.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "Ольга Петрова" in text_of(written.read_bytes())
    assert [p.name for p in folder.iterdir()] == ["agreement.pdf"]


def test_an_unwritable_path_is_a_clear_error_and_writes_nothing(
    db, programme, tmp_path, monkeypatch
):
    _, first, _ = programme
    with pytest.raises(RevMentorError, match="does not exist"):
        documents.save_agreement(db, first, tmp_path / "missing" / "a.pdf")
    with pytest.raises(RevMentorError, match="is a folder"):
        documents.save_agreement(db, first, tmp_path)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(RevMentorError):
        documents.save_agreement(db, first, a_file / "a.pdf")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # A folder we may not write to (the tests may run as root, so the refusal is simulated).
    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(RevMentorError, match="Permission denied"):
        documents.save_agreement(db, first, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


# --- reports ----------------------------------------------------------------------------------


def test_programme_report_shows_figures_pairs_and_who_needs_attention(db, programme):
    pdf = documents.programme_report_pdf(db, programme[0], today=TODAY)
    text = text_of(pdf)
    for expected in (
        "Programme report", "Cohort 2026/27", "15 Mar 2027", "At a glance", "People enrolled",
        "Partnerships by status", "Check-ins held per month", "Average rating (1–5)",
        "By reverse mentors", "By mentees",  # who gave the ratings
        "Average goal progress", "Mentees learn: top skills", "TikTok", "Budgeting",
        "Needs attention", "Stalled (1)", "Reviews overdue (1)", "Without a partner (1)",
        "Inès Moreau",
        "All partnerships (2)", "王伟", "Ольга Петрова", "1 Mar 2027",  # the last check-in
    ):  # fmt: skip
        assert expected in text, expected
    stalled = text[text.index("Stalled (1)") : text.index("Reviews overdue")]
    assert "Νίκος Παπαδόπουλος" in stalled and "王伟" not in stalled
    assert "Page 1 of" in text
    assert all(fonts_of(pdf).values())


def test_a_programme_with_nobody_yet_still_gets_a_report(db):
    with db.session() as session, session.begin():
        programme = Programme(name="Empty 2027")
        session.add(programme)
        session.flush()
        programme_id = programme.id
    text = text_of(documents.programme_report_pdf(db, programme_id, today=TODAY))
    for expected in ("Empty 2027", "No partnerships yet", "No check-ins held yet", "No ratings yet",
                     "No partnership has stalled.", "Page 1 of 2"):  # fmt: skip
        assert expected in text, expected


def test_partnership_report_shows_goals_and_shareable_check_ins(db, programme):
    _, first, second = programme
    text = squeezed(documents.partnership_report_pdf(db, first, today=TODAY))
    for expected in (
        "Partnership progress report", "王伟", "Ольга Петрова", "Post short videos on TikTok",
        "Read a budget", "Achieved", "100 %", "Agreed the first video topic.", "Film a draft.",
        "First-session fit check: good fit", "Mid-point review",
    ):  # fmt: skip
        assert "".join(expected.split()) in text, expected
    assert "Stalled" not in text
    stalled = text_of(documents.partnership_report_pdf(db, second, today=TODAY))
    assert "Stalled: no meeting held recently" in stalled
    assert "Overdue: mid-point review" in stalled


def test_partnership_report_names_who_gave_each_rating(db, programme):
    _, first, _ = programme
    text = squeezed(documents.partnership_report_pdf(db, first, today=TODAY))
    # The fit check was rated 5 by the reverse mentor and 4 by the mentee; the mid-point review
    # the other way round: each figure sits beside the partner who gave it.
    check_ins = text[text.index("Check-ins(3)") :]
    assert check_ins.startswith("Check-ins(3)DateMeetingRatings(1–5)Summary")
    fit_check = check_ins[: check_ins.index("Agreedthefirstvideotopic.")]
    assert fit_check.endswith("goodfitReversementor5Mentee4")
    midpoint = check_ins[: check_ins.index("Half-way")]
    assert midpoint.endswith("Mid-pointreviewReversementor4Mentee5")
    unrated = check_ins[: check_ins.index("Budgetwalkthrough.")]
    assert unrated.endswith("Check-in—")
    assert "5/4" not in text and "4/5" not in text


@pytest.mark.parametrize("anonymise", [False, True])
def test_reports_never_show_private_notes_or_sensitive_fields(db, programme, anonymise):
    prog, first, second = programme
    for pdf in (
        documents.programme_report_pdf(db, prog, today=TODAY, anonymise=anonymise),
        documents.partnership_report_pdf(db, first, today=TODAY, anonymise=anonymise),
        documents.partnership_report_pdf(db, second, today=TODAY, anonymise=anonymise),
    ):
        text = squeezed(pdf)
        assert PRIVATE not in text
        assert DIVERSITY not in text
        assert str(BIRTH_YEAR) not in text


def test_anonymised_reports_name_nobody_and_label_pairs_consistently(db, programme):
    prog, first, second = programme
    overview = squeezed(documents.programme_report_pdf(db, prog, today=TODAY, anonymise=True))
    reports = [
        squeezed(documents.partnership_report_pdf(db, pid, today=TODAY, anonymise=True))
        for pid in (first, second)
    ]
    for text in (overview, *reports):
        for name in NAMES + NAME_PARTS:
            assert name not in text, name
        assert "Nikos" not in text  # a summary naming someone is left out too
    assert "Pair1—reversementor" in overview and "Pair2—mentee" in overview
    assert "Pair2" in overview[overview.index("Stalled(1)") :]
    # The same pair carries the same number in its own report.
    assert "Pair1—reversementorandPair1—mentee" in reports[0]
    assert "Pair2—reversementorandPair2—mentee" in reports[1]
    # Departments could point at a person: the unpaired list leaves them out.
    assert "Operations" not in overview


def test_progress_is_reported_to_the_end_and_cancel_stops_without_writing(db, programme, tmp_path):
    prog, _, _ = programme
    calls = []
    documents.programme_report_pdf(
        db, prog, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))

    seen = []

    def stop_after_three() -> bool:
        seen.append(1)
        return len(seen) > 3

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    with pytest.raises(documents.Cancelled):
        documents.save_programme_report(db, prog, target, today=TODAY,
                                        should_stop=stop_after_three)  # fmt: skip
    assert list(folder.iterdir()) == []

    class Stop(Exception):  # e.g. the GUI's own Cancelled, raised by its progress callback
        pass

    def raise_stop(done, total):
        if done:
            raise Stop()

    with pytest.raises(Stop):
        documents.save_partnership_report(db, programme[1], target, progress=raise_stop)
    assert not target.exists()


def test_saved_reports_are_written_whole(db, programme, tmp_path):
    prog, first, _ = programme
    report = documents.save_programme_report(db, prog, tmp_path / "p.pdf", anonymise=True)
    assert "Pair 1" in text_of(report.read_bytes())
    pair = documents.save_partnership_report(db, first, tmp_path / "one.pdf", today=TODAY)
    assert "Ольга Петрова" in text_of(pair.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["one.pdf", "p.pdf"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_reportlab_is_loaded_only_when_a_document_is_made():
    code = (
        "import sys, revmentor_desktop.core.services.pdf_files; "
        "print(any(m.startswith('reportlab') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
