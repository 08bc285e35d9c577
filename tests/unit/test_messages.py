"""Messages for the pairs: written as .eml drafts and read back with the standard `email`
package, templates with placeholders, mailto: links decoded again with urllib."""

import email
from datetime import date, timedelta
from email.policy import default
from io import BytesIO
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from factories import END, START, add_check_in, add_partnership, add_person, enrol
from icalendar import Calendar
from pypdf import PdfReader

from revmentor_desktop.core.db.models import (
    CheckInKind,
    Partnership,
    PartnershipStatus,
    Role,
    Setting,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services import messages
from revmentor_desktop.core.services.organisation import (
    COORDINATOR_EMAIL,
    MESSAGE_TEMPLATE,
    set_setting,
)
from revmentor_desktop.core.text import without_isolates

pytestmark = pytest.mark.both_engines

COORDINATOR = "coordinator@x.org"
TODAY = date(2026, 10, 5)
ARABIC = "محمد العلي"
CHINESE = "王伟"  # family name first, as display_name writes it
BREAKDOWN = [
    {"key": "skills_for_mentee", "label": "Skills for the mentee", "weight": "high",
     "score": 0.8, "explanation": "covers 1 of the 1 skills they want: TikTok"},
    {"key": "different_department", "label": "Different department", "weight": "low",
     "score": 1.0, "explanation": "different departments: Marketing and Finance"},
    {"key": "location", "label": "Location", "weight": "off", "score": 1.0,
     "explanation": "OFF-CRITERION"},
    {"key": "availability", "label": "Availability", "weight": "low", "score": 0.1,
     "explanation": "WEAK-CRITERION"},
]  # fmt: skip


def set_coordinator(db, address: str = COORDINATOR) -> None:
    with db.session() as session, session.begin():
        set_setting(session, COORDINATOR_EMAIL, address)


def change(db, partnership_id: int, **values) -> None:
    with db.session() as session, session.begin():
        partnership = session.get(Partnership, partnership_id)
        for key, value in values.items():
            setattr(partnership, key, value)


@pytest.fixture
def pairs(db, small_org):
    """An active pair with an agreement and a meeting plan (伟 王 and محمد العلي), and a draft
    still in the wizard (Dana Fox and Zoë Adams)."""
    add_person(db, "محمد", "العلي", "mohammed.alali@x.org", 7, department="Finance",
               job_title="Head of Finance")  # fmt: skip
    enrol(db, small_org, "wang.wei@x.org", Role.REVERSE_MENTOR)
    enrol(db, small_org, "mohammed.alali@x.org", Role.MENTEE)
    active, _ = add_partnership(db, small_org, "wang.wei@x.org", "mohammed.alali@x.org")
    change(db, active, meeting_interval_days=14, preferred_times="Tuesdays 10:00",
           match_breakdown=BREAKDOWN)  # fmt: skip
    draft, _ = add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org",
                               status=PartnershipStatus.DRAFT, wizard_step=2)  # fmt: skip
    change(db, draft, match_breakdown=BREAKDOWN)
    return small_org, active, draft


def read(path) -> email.message.EmailMessage:
    with open(path, "rb") as file:
        return email.message_from_binary_file(file, policy=default)


def test_introductions_parse_back_with_names_attachments_and_the_draft_mark(db, pairs, tmp_path):
    programme, active, draft = pairs
    set_coordinator(db)
    found = messages.candidates(db, programme, messages.INTRODUCTION, TODAY)
    assert [c.partnership_id for c in found] == [active, draft]
    built = messages.build_messages(db, programme, messages.INTRODUCTION, [active, draft], TODAY)
    folder = tmp_path / "messages"
    folder.mkdir()
    paths = messages.write_messages(built, folder)
    assert [p.name for p in paths] == [
        f"Introduction - {CHINESE} and {ARABIC}.eml",
        "Introduction - Dana Fox and Zoë Adams.eml",
    ]
    assert sorted(folder.iterdir()) == sorted(paths)  # no temporary file left behind

    mail = read(paths[0])
    assert mail["X-Unsent"] == "1"
    assert mail["From"].addresses[0].addr_spec == COORDINATOR
    to = mail["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [
        (CHINESE, "wang.wei@x.org"),
        (ARABIC, "mohammed.alali@x.org"),
    ]
    assert without_isolates(mail["Subject"]) == "Cohort 2026: meet your reverse-mentoring partner"
    raw = paths[0].read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # names in any script are encoded words, never raw bytes
    assert b"=?utf-8?" in head
    body = mail.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    text = without_isolates(body.get_content())
    assert "Dear 伟 and محمد," in text
    assert f"- {ARABIC} (Head of Finance, Finance), mentee" in text
    assert "- Covers 1 of the 1 skills they want: TikTok" not in text  # the label says it
    assert "- Skills for the mentee: covers 1 of the 1 skills they want: TikTok" in text
    assert "- Different departments: Marketing and Finance" in text
    assert "OFF-CRITERION" not in text and "WEAK-CRITERION" not in text
    assert "agreement is attached" in text and "meeting series is attached" in text
    assert text.rstrip().endswith(COORDINATOR)

    attached = {part.get_content_type(): part for part in mail.iter_attachments()}
    assert set(attached) == {"application/pdf", "text/calendar"}
    pdf = attached["application/pdf"]
    assert pdf.get_filename() == f"Agreement - {CHINESE} and {ARABIC}.pdf"
    content = pdf.get_content()
    assert content.startswith(b"%PDF") and content.rstrip().endswith(b"%%EOF")
    assert "Read a departmental budget" in PdfReader(BytesIO(content)).pages[0].extract_text()
    ics = attached["text/calendar"]
    assert ics.get_filename().endswith(".ics")
    assert ics.get_param("method") == "REQUEST"  # RFC 6047: as the calendar's METHOD says
    calendar = Calendar.from_ical(ics.get_content())
    assert str(calendar["METHOD"]) == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    attendees = {str(a).lower() for a in event.get("attendee")}
    assert attendees == {"mailto:wang.wei@x.org", "mailto:mohammed.alali@x.org"}
    assert event.decoded("dtstart").date() == START + timedelta(days=(1 - START.weekday()) % 7)

    # A draft still in the wizard: nothing to attach, and the next step is to meet first.
    second = read(paths[1])
    assert list(second.iter_attachments()) == []
    assert not second.is_multipart()
    assert "first conversation" in second.get_content()


def test_without_the_coordinators_email_there_is_no_sender_and_no_invitation(db, pairs, tmp_path):
    programme, active, _ = pairs
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY)
    assert message.sender == ""
    mail = read(messages.write_messages([message], tmp_path)[0])
    assert mail["From"] is None
    assert [p.get_content_type() for p in mail.iter_attachments()] == ["application/pdf"]
    text = mail.get_body(("plain",)).get_content()
    assert messages.NO_COORDINATOR in text and "Agree on your first meeting" in text


def test_reminders_for_stalled_pairs_and_overdue_reviews(db, pairs, tmp_path):
    programme, active, _ = pairs
    today = date(2026, 12, 1)
    change(db, active, midpoint_review_date=date(2026, 11, 20))
    (found,) = messages.candidates(db, programme, messages.REMINDER, today)
    assert found.partnership_id == active
    assert "no check-in" in found.detail and "mid-point review was due" in found.detail
    (message,) = messages.build_messages(db, programme, messages.REMINDER, [active], today)
    assert "- No check-in logged since it started on 1 Oct 2026 (61 days)." in message.body
    assert "- Mid-point review was due on 20 Nov 2026 (11 days ago)." in message.body
    # A check-in and the review held: nothing to remind of.
    add_check_in(db, active, date(2026, 11, 25), CheckInKind.MIDPOINT_REVIEW)
    assert messages.candidates(db, programme, messages.REMINDER, today) == []


def test_survey_requests_when_a_review_is_due_soon_name_the_skills_to_rate(db, pairs):
    programme, active, _ = pairs
    change(db, active, midpoint_review_date=TODAY + timedelta(days=5), final_review_date=END)
    (found,) = messages.candidates(db, programme, messages.SURVEY, TODAY)
    assert found.detail == "mid-point review due on 10 Oct 2026"
    (message,) = messages.build_messages(db, programme, messages.SURVEY, [active], TODAY)
    body = without_isolates(message.body)
    assert without_isolates(message.subject) == "Cohort 2026: your mid-point review on 10 Oct 2026"
    assert f"- {ARABIC}: TikTok" in body  # the mentee learns TikTok
    assert f"- {CHINESE}: Budgeting" in body  # the reverse mentor learns budgeting
    assert "from 1" in body and "to 5" in body
    # Further off than two weeks: not yet.
    assert messages.candidates(db, programme, messages.SURVEY, TODAY - timedelta(days=10)) == []


def test_thank_you_for_finished_partnerships_only(db, pairs):
    programme, active, draft = pairs
    assert messages.candidates(db, programme, messages.THANK_YOU, TODAY) == []
    change(db, active, status=PartnershipStatus.COMPLETED)
    (found,) = messages.candidates(db, programme, messages.THANK_YOU, TODAY)
    assert (found.partnership_id, found.detail) == (active, "completed")
    (message,) = messages.build_messages(db, programme, messages.THANK_YOU, [active, draft], TODAY)
    assert message.partnership_id == active and "Thank you" in message.body
    assert message.attachments == []


def test_templates_are_stored_filled_in_and_restored(db, pairs):
    programme, active, _ = pairs
    edited = messages.Template(
        "Hello {mentor_first}", "{mentor} meets {mentee} in {{braces}} for {programme}.\n"
    )
    messages.save_template(db, messages.THANK_YOU, edited)
    with db.session() as session:
        stored = session.get(Setting, MESSAGE_TEMPLATE.format(kind=messages.THANK_YOU)).value
    assert stored == {"subject": edited.subject, "body": edited.body}
    assert messages.load_template(db, messages.THANK_YOU) == edited
    change(db, active, status=PartnershipStatus.ENDED_EARLY)
    (message,) = messages.build_messages(db, programme, messages.THANK_YOU, [active], TODAY)
    assert without_isolates(message.subject) == "Hello 伟"
    assert (
        without_isolates(message.body)
        == f"{CHINESE} meets {ARABIC} in {{braces}} for Cohort 2026.\n"
    )
    assert (
        messages.restore_default(db, messages.THANK_YOU)
        == messages.DEFAULT_TEMPLATES[messages.THANK_YOU]
    )
    assert messages.is_default(db, messages.THANK_YOU)
    assert (
        messages.load_template(db, messages.REMINDER)
        == messages.DEFAULT_TEMPLATES[messages.REMINDER]
    )


@pytest.mark.parametrize(
    ("template", "words"),
    [
        (
            messages.Template("Hi {mentr}", "x"),
            "subject has a placeholder RevMentor does not know: {mentr}",
        ),
        (messages.Template("Hi", "Dear {mentor.__class__}"), "{mentor.__class__}"),
        (messages.Template("Hi", "{mentor!r}"), "{mentor!r}"),
        (messages.Template("Hi", "{mentor:>20}"), "{mentor:>20}"),
        (messages.Template("Hi", "Dear {mentor"), "“{” or “}” that does not belong"),
        (messages.Template("Hi", "a } b"), "“{” or “}” that does not belong"),
        (messages.Template("  ", "x"), "The subject is empty"),
        (messages.Template("a\nb", "x"), "one line"),
    ],
)
def test_a_template_that_cannot_be_filled_in_is_refused_clearly(db, pairs, template, words):
    with pytest.raises(messages.TemplateError) as caught:
        messages.save_template(db, messages.REMINDER, template)
    assert words in without_isolates(str(caught.value))
    assert messages.is_default(db, messages.REMINDER)  # nothing was stored
    programme, active, _ = pairs
    with pytest.raises(messages.TemplateError):
        messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY, template)


def test_unknown_placeholder_error_lists_the_known_ones(db):
    with pytest.raises(messages.TemplateError) as caught:
        messages.check_template(messages.Template("x", "{nope}"))
    assert "{mentor}" in str(caught.value) and "{review_date}" in str(caught.value)


def test_mailto_links_are_percent_encoded_and_decode_back(db, pairs):
    programme, active, _ = pairs
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY)
    link = messages.mailto_link(message)
    assert link.isascii() and " " not in link and "\n" not in link
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == ["wang.wei@x.org", "mohammed.alali@x.org"]
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["subject"] == [message.subject]
    assert query["body"] == [message.body.replace("\n", "\r\n")]
    assert ARABIC in without_isolates(query["body"][0])


def test_writing_stops_between_two_messages_and_keeps_each_whole(db, pairs, tmp_path):
    programme, active, draft = pairs
    built = messages.build_messages(db, programme, messages.INTRODUCTION, [active, draft], TODAY)

    class Stop(Exception):
        pass

    def progress(done, total):
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        messages.write_messages(built, tmp_path, progress=progress)
    assert [p.name for p in tmp_path.glob("*.eml*")] == [built[0].file_name]
    read(tmp_path / built[0].file_name)  # complete
    with pytest.raises(RevMentorError, match="does not exist"):
        messages.write_messages(built, tmp_path / "missing")


def test_an_unknown_kind_and_an_invalid_address_are_clear_errors(db, pairs, tmp_path):
    programme, active, _ = pairs
    with pytest.raises(RevMentorError, match="no message kind “welcome”"):
        messages.candidates(db, programme, "welcome", TODAY)
    with db.session() as session, session.begin():
        partnership = session.get(Partnership, active)
        partnership.mentor.email = "not an address@@"
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY)
    with pytest.raises(RevMentorError, match="is not valid; correct it first"):
        messages.eml_bytes(message, attachments=False)


def test_two_pairs_with_the_same_names_get_two_files(db, pairs, tmp_path):
    programme, active, _ = pairs
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY)
    message.attachments = []
    paths = messages.write_messages([message, message], tmp_path)
    assert [p.name for p in paths] == [message.file_name, message.file_name[:-4] + " (2).eml"]


def test_why_comes_from_the_engine_without_a_stored_match_else_from_the_goals(db, pairs):
    programme, active, draft = pairs
    change(db, draft, match_breakdown=[])
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [draft], TODAY)
    why = message.body.split("Why you two:\n", 1)[1].split("\n\n", 1)[0]
    assert why.startswith("- ") and "Seniority gap" in why  # as the wizard scores the pair
    # Without seniority levels the engine cannot score: what each can teach, from the goals.
    with db.session() as session, session.begin():
        partnership = session.get(Partnership, draft)
        partnership.mentor.level = None
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [draft], TODAY)
    body = without_isolates(message.body)
    assert "- Dana Fox can help Zoë Adams with TikTok\n" in body
    assert "- Zoë Adams can help Dana Fox with Budgeting\n" in body


def test_a_domain_in_another_script_is_sent_as_punycode(db, pairs):
    programme, active, _ = pairs
    with db.session() as session, session.begin():
        session.get(Partnership, active).mentor.email = "wei@bücher.de"
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY)
    mail = email.message_from_bytes(messages.eml_bytes(message, attachments=False), policy=default)
    assert mail["To"].addresses[0].addr_spec == "wei@xn--bcher-kva.de"
    assert urlsplit(messages.mailto_link(message)).path.startswith("wei@xn--bcher-kva.de,")
    with db.session() as session, session.begin():
        session.get(Partnership, active).mentor.email = "wéi@x.org"
    (message,) = messages.build_messages(db, programme, messages.INTRODUCTION, [active], TODAY)
    with pytest.raises(RevMentorError, match="is not valid"):
        messages.mailto_link(message)
