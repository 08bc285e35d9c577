"""Ready messages the coordinator sends from their own mail program: .eml drafts and mailto: links.

RevMentor never sends mail. Four kinds: an introduction for each accepted pair, a reminder for
stalled pairs and overdue reviews, a survey request when a review is due, and a thank-you at
closure. Each kind has a template with placeholders ({mentor}, {why}, …) the coordinator may edit.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.organisation import (
    MESSAGE_TEMPLATE,
    ORGANISATION_NAME,
    get_setting,
    set_setting,
)
from revmentor_desktop.core.text import count, date_text, isolate, join, safe_file_name
from revmentor_desktop.core.vocabulary import FINISHED, PARTNERSHIP_STATUS_LABELS

INTRODUCTION, REMINDER, SURVEY, THANK_YOU = "introduction", "reminder", "survey", "thank_you"
KINDS = (INTRODUCTION, REMINDER, SURVEY, THANK_YOU)
KIND_LABELS = {
    INTRODUCTION: "Introduction",
    REMINDER: "Reminder",
    SURVEY: "Survey request",
    THANK_YOU: "Thank-you",
}
# Which pairs each kind is for, as the dialog and `revmentor messages --help` say it.
KIND_PAIRS = {
    INTRODUCTION: "accepted pairs (drafts and active partnerships)",
    REMINDER: "stalled pairs and pairs with an overdue review",
    SURVEY: "pairs whose mid-point or final review is due today or within the next two weeks",
    THANK_YOU: "completed partnerships and those that ended early",
}
SURVEY_DAYS_AHEAD = 14
NO_COORDINATOR = "your programme coordinator"
WHY_MIN_SCORE = 0.5  # a criterion at least this good is a reason worth telling the pair
WHY_MAX = 5

PLACEHOLDERS = {
    "mentor": "the reverse mentor's name",
    "mentee": "the mentee's name",
    "mentor_first": "the reverse mentor's first name",
    "mentee_first": "the mentee's first name",
    "who": "who they are: names, roles, job titles and departments",
    "why": "why they were matched, in plain words",
    "next_step": "what to do next",
    "programme": "the programme's name",
    "organisation": "the organisation's name",
    "coordinator": "the coordinator's email address (from the settings)",
    "start_date": "the partnership's start date",
    "end_date": "the partnership's end date",
    "reminder": "why the pair gets a reminder (no check-in, an overdue review)",
    "review": "the review that is due (mid-point or final review)",
    "review_date": "the date that review is due",
    "skills": "the skills each partner rates, 1 to 5",
}


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


DEFAULT_TEMPLATES = {
    INTRODUCTION: Template(
        "{programme}: meet your reverse-mentoring partner",
        "Dear {mentor_first} and {mentee_first},\n\n"
        "Welcome to {programme}. You have been paired with each other:\n\n"
        "{who}\n\n"
        "Why you two:\n{why}\n\n"
        "Next step: {next_step}\n\n"
        "In reverse mentoring you both learn: each of you brings something the other wants "
        "to learn. If anything gets in the way, write to me at any time.\n\n"
        "Best wishes,\n{coordinator}\n",
    ),
    REMINDER: Template(
        "{programme}: a reminder for {mentor} and {mentee}",
        "Dear {mentor_first} and {mentee_first},\n\n"
        "A friendly reminder about your reverse-mentoring partnership:\n\n"
        "{reminder}\n\n"
        "Could you find a time to meet in the next two weeks, and let me know how it went? "
        "If something is in the way, tell me: we can change the plan together.\n\n"
        "Best wishes,\n{coordinator}\n",
    ),
    SURVEY: Template(
        "{programme}: your {review} on {review_date}",
        "Dear {mentor_first} and {mentee_first},\n\n"
        "Your {review} is due on {review_date}. Before it, please each answer two short "
        "questions and send your answers back to me:\n\n"
        "1. Your skills: rate your current level in each skill you are learning, from 1 "
        "(beginner) to 5 (expert), and how sure you are of it.\n{skills}\n\n"
        "2. Your meetings: how useful have they been, from 1 (not at all) to 5 (very)?\n\n"
        "Thank you,\n{coordinator}\n",
    ),
    THANK_YOU: Template(
        "{programme}: thank you, {mentor_first} and {mentee_first}",
        "Dear {mentor_first} and {mentee_first},\n\n"
        "Your reverse-mentoring partnership in {programme} has come to its end. Thank you "
        "both for the time and openness you gave it: learning in both directions is what "
        "makes reverse mentoring work.\n\n"
        "I would be glad to hear what each of you learnt, and whether you would recommend "
        "the programme to a colleague.\n\n"
        "With thanks,\n{coordinator}\n",
    ),
}


class TemplateError(RevMentorError):
    """A template the messages cannot be written from: an unknown placeholder, a lone brace."""


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise RevMentorError(
            f"There is no message kind “{isolate(kind)}”; the kinds are: {', '.join(KINDS)}."
        )
    return kind


def _fields(text: str, where: str) -> list[str]:
    """The placeholders in `text`; TemplateError for a brace that opens nothing or a
    placeholder RevMentor does not know, naming it and the ones it knows."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateError(
            f"The {where} has a “{{” or “}}” that does not belong to a placeholder. Write "
            "placeholders like {mentor}; for a brace itself write it twice: {{ or }}."
        ) from None
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            written = "{" + name + ("!" + conversion if conversion else "")
            written += (":" + spec if spec else "") + "}"
            known = ", ".join("{" + key + "}" for key in PLACEHOLDERS)
            raise TemplateError(
                f"The {where} has a placeholder RevMentor does not know: {isolate(written)}. "
                f"The placeholders are: {known}."
            )
        names.append(name)
    return names


def check_template(template: Template) -> None:
    """TemplateError when the subject or the body cannot be filled in."""
    _fields(template.subject, "subject")
    _fields(template.body, "text")
    if not template.subject.strip():
        raise TemplateError("The subject is empty; write one, or restore the default.")
    if "\n" in template.subject or "\r" in template.subject:
        raise TemplateError("The subject must be one line.")


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with its placeholders replaced (checked by `_fields` first)."""
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            parts.append(values.get(name, ""))
    return "".join(parts)


# --- templates in the settings -------------------------------------------------------------


def load_template(db: Database, kind: str) -> Template:
    """The coordinator's template for `kind`, or the built-in one."""
    with db.engine.connect() as connection:
        stored = get_setting(connection, MESSAGE_TEMPLATE.format(kind=_kind(kind)))
    if isinstance(stored, dict) and isinstance(stored.get("subject"), str):
        return Template(stored["subject"], str(stored.get("body", "")))
    return DEFAULT_TEMPLATES[kind]


def is_default(db: Database, kind: str) -> bool:
    return load_template(db, kind) == DEFAULT_TEMPLATES[kind]


def save_template(db: Database, kind: str, template: Template) -> None:
    """Keep the coordinator's edited template (TemplateError when it cannot be filled in)."""
    check_template(template)
    value = {"subject": template.subject.strip(), "body": template.body}
    with db.session() as session, session.begin():
        set_setting(session, MESSAGE_TEMPLATE.format(kind=_kind(kind)), value)


def restore_default(db: Database, kind: str) -> Template:
    """Forget the edited template of `kind`; returns the built-in one."""
    from revmentor_desktop.core.db.models import Setting

    with db.session() as session, session.begin():
        stored = session.get(Setting, MESSAGE_TEMPLATE.format(kind=_kind(kind)))
        if stored is not None:
            session.delete(stored)
    return DEFAULT_TEMPLATES[kind]


def sender_address(db: Database) -> str:
    """The coordinator's address from the settings, "" when none is set (or not valid)."""
    from revmentor_desktop.core.services.coordinator import coordinator_email

    return coordinator_email(db) or ""


# --- who gets which message ----------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A pair a message of one kind is for, and why it is listed."""

    partnership_id: int
    mentor: str
    mentee: str
    detail: str  # "active", "no check-in for 34 days (…)", "final review due on 3 Jun 2027"

    @property
    def who(self) -> str:
        return f"{isolate(self.mentor)} & {isolate(self.mentee)}"


@dataclass(frozen=True)
class _Due:
    detail: str
    review: str = ""
    review_date: date | None = None


def _due(db: Database, programme_id: int, kind: str, today: date) -> dict[int, _Due]:
    """Partnership id -> why it gets a message of `kind`, in the order to list them."""
    from revmentor_desktop.core.services.dashboard import programme_overview

    if kind in (INTRODUCTION, THANK_YOU):
        wanted = (
            {PartnershipStatus.DRAFT, PartnershipStatus.ACTIVE}
            if kind == INTRODUCTION
            else set(FINISHED)
        )
        _programme_exists(db, programme_id)
        with db.engine.connect() as connection:
            rows = connection.execute(
                select(Partnership.id, Partnership.status, Partnership.wizard_step)
                .where(Partnership.programme_id == programme_id)
                .order_by(Partnership.id)
            ).all()
        found = {}
        for row in rows:
            if row.status in wanted:
                detail = PARTNERSHIP_STATUS_LABELS[row.status].lower()
                if row.status == PartnershipStatus.DRAFT:
                    detail = "draft, agreement ready" if row.wizard_step >= 5 else "draft"
                found[row.id] = _Due(detail)
        return found
    overview = programme_overview(db, programme_id, today)
    if kind == REMINDER:
        details: dict[int, list[str]] = {}
        for item in overview.stalled + overview.overdue_reviews:
            if item.partnership_id is not None:
                details.setdefault(item.partnership_id, []).append(item.detail)
        return {pid: _Due("; ".join(lines)) for pid, lines in details.items()}
    # SURVEY: the next review not yet held is due today or soon.
    dates = _final_review_dates(db, programme_id)
    found = {}
    for pair in sorted(overview.pairs, key=lambda p: (p.next_review or today, p.id)):
        due = pair.next_review
        if pair.status != PartnershipStatus.ACTIVE or due is None:
            continue
        if not today <= due <= today + timedelta(days=SURVEY_DAYS_AHEAD):
            continue
        review = "final review" if dates.get(pair.id) == due else "mid-point review"
        when = "today" if due == today else f"on {date_text(due)}"
        found[pair.id] = _Due(f"{review} due {when}", review, due)
    return found


def _programme_exists(db: Database, programme_id: int) -> None:
    with db.engine.connect() as connection:
        if connection.execute(select(Programme.id).where(Programme.id == programme_id)).first():
            return
    raise RevMentorError("This programme no longer exists.")


def _final_review_dates(db: Database, programme_id: int) -> dict[int, date | None]:
    """Partnership id -> its final review date."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(Partnership.id, Partnership.final_review_date).where(
                Partnership.programme_id == programme_id
            )
        )
        return dict(rows.all())


def candidates(db: Database, programme_id: int, kind: str, today: date) -> list[Candidate]:
    """The pairs a message of `kind` is for in the programme, with why each is listed."""
    due = _due(db, programme_id, _kind(kind), today)
    if not due:
        return []
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(Partnership.id, Partnership.mentor_id, Partnership.mentee_id).where(
                Partnership.id.in_(due)
            )
        ).all()
        ids = {r.mentor_id for r in rows} | {r.mentee_id for r in rows}
        people = select(Person.id, Person.given_name, Person.family_name)
        names = {
            id_: display_name(given, family)
            for id_, given, family in connection.execute(people.where(Person.id.in_(ids)))
        }
    pairs = {r.id: (names[r.mentor_id], names[r.mentee_id]) for r in rows}
    return [Candidate(pid, *pairs[pid], item.detail) for pid, item in due.items() if pid in pairs]


# --- building messages ---------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass
class Attachment:
    """A file sent with a message; `load` makes its bytes when the message is written."""

    file_name: str
    content_type: str  # "application/pdf", "text/calendar"
    load: Callable[[], bytes]


@dataclass
class Message:
    partnership_id: int
    kind: str
    to: list[Recipient]
    sender: str  # "" when the coordinator's address is not set
    subject: str
    body: str
    attachments: list[Attachment] = field(default_factory=list)
    mentor: str = ""
    mentee: str = ""

    @property
    def file_name(self) -> str:
        return file_name(self.kind, self.mentor, self.mentee)


def file_name(kind: str, mentor: str, mentee: str) -> str:
    """ "Introduction - Dana Fox and Zoë Adams.eml", safe on every system."""
    return safe_file_name(f"{KIND_LABELS[kind]} - {mentor} and {mentee}.eml")


def _why(breakdown: list[dict]) -> str:
    """The criteria that made the match, as lines to read; the strongest first."""
    weights = {"high": 3, "medium": 2, "low": 1}
    usable = [
        item
        for item in breakdown
        if weights.get(str(item.get("weight")), 0) and item.get("explanation")
    ]
    good = [item for item in usable if float(item.get("score") or 0) >= WHY_MIN_SCORE]
    # The skills are the point of the pairing: told even when only partly covered.
    skills = [
        item
        for item in usable
        if str(item.get("key", "")).startswith("skills") and float(item.get("score") or 0) > 0
    ]
    chosen = skills + [item for item in good if item not in skills]
    chosen.sort(key=lambda item: -weights[str(item["weight"])] * float(item.get("score") or 0))
    return "\n".join(f"- {_reason(item)}" for item in chosen[:WHY_MAX])


def _reason(item: dict) -> str:
    """ "Different departments: Finance and Marketing", or the criterion's name before an
    explanation that does not say it ("Location: can meet remotely (…)")."""
    label, explanation = str(item.get("label", "")), str(item["explanation"])
    first = explanation.split(" ", 1)[0].casefold()
    if first and first in label.casefold():
        return explanation[0].upper() + explanation[1:]
    return f"{label}: {explanation}" if label else explanation


def _about(person: Person, role: str) -> str:
    parts = [p for p in (person.job_title, person.department) if p]
    where = f" ({', '.join(isolate(p) for p in parts)})" if parts else ""
    return f"- {isolate(person.full_name)}{where}, {role}"


def _has_meeting_plan(partnership: Partnership) -> bool:
    return bool(
        partnership.meeting_interval_days
        and partnership.meeting_minutes
        and partnership.end_date
        and partnership.status not in FINISHED
    )


def _next_step(partnership: Partnership, agreement: bool, meetings: bool) -> str:
    if partnership.status == PartnershipStatus.DRAFT and not agreement:
        return (
            "please meet for a first conversation in the next two weeks: get to know each "
            "other, say what each of you would like to learn, and how you like to meet. I "
            "will then set up your partnership agreement with you."
        )
    step = "your partnership agreement is attached: please read it together"
    if partnership.status == PartnershipStatus.DRAFT:
        step += ", sign it, and send it back to me"
    step += "."
    if meetings:
        step += (
            " Your meeting series is attached too: open it to add your meetings to your "
            "calendars, and hold your first meeting on the first date."
        )
    else:
        step += " Agree on your first meeting and put it in both your calendars."
    return step[0].upper() + step[1:] if step else step


def _learnt_skills(partnership: Partnership, direction: GoalDirection) -> list[str]:
    """The skills of the goals in one direction, each once, in the goals' order."""
    return list(
        dict.fromkeys(
            goal.skill.name
            for goal in partnership.goals
            if goal.direction == direction and goal.skill is not None
        )
    )


def _goal_reasons(partnership: Partnership) -> str:
    """Why, when the engine cannot say (no seniority levels): what each can teach the other,
    from their goals."""
    mentor, mentee = isolate(partnership.mentor.full_name), isolate(partnership.mentee.full_name)
    lines = []
    for direction, teacher, learner in (
        (GoalDirection.MENTEE_LEARNS, mentor, mentee),
        (GoalDirection.MENTOR_LEARNS, mentee, mentor),
    ):
        skills = _learnt_skills(partnership, direction)
        if skills:
            lines.append(f"- {teacher} can help {learner} with {join(isolate(s) for s in skills)}")
    return "\n".join(lines) or "- Each of you has something to teach the other."


def _skills_to_rate(partnership: Partnership) -> str:
    """Per partner, the skills they are learning: the mentee's from goals where the mentee
    learns, the reverse mentor's from goals where the reverse mentor learns."""
    lines = []
    for direction, person in (
        (GoalDirection.MENTEE_LEARNS, partnership.mentee),
        (GoalDirection.MENTOR_LEARNS, partnership.mentor),
    ):
        skills = _learnt_skills(partnership, direction)
        what = join(isolate(s) for s in skills) if skills else "the skills of your goals"
        lines.append(f"- {isolate(person.full_name)}: {what}")
    return "\n".join(lines)


@dataclass
class Draft:
    """A pair's message before its template: the values of its placeholders, the addresses
    and the attachments. The dialog keeps these and fills in the template as it is edited."""

    partnership_id: int
    kind: str
    to: list[Recipient]
    sender: str
    values: dict[str, str]
    attachments: list[Attachment]
    mentor: str
    mentee: str

    def message(self, template: Template) -> Message:
        """The message from `template` (check it with `check_template` first)."""
        return Message(
            partnership_id=self.partnership_id,
            kind=self.kind,
            to=self.to,
            sender=self.sender,
            subject=fill(template.subject, self.values),
            body=fill(template.body, self.values),
            attachments=self.attachments,
            mentor=self.mentor,
            mentee=self.mentee,
        )


def drafts(
    db: Database, programme_id: int, kind: str, partnership_ids: Iterable[int], today: date
) -> list[Draft]:
    """A draft per chosen pair, in the order given; pairs that no longer need a message of
    this kind are left out."""
    kind = _kind(kind)
    due = _due(db, programme_id, kind, today)
    wanted = [pid for pid in partnership_ids if pid in due]
    sender = sender_address(db)
    with db.engine.connect() as connection:
        organisation = get_setting(connection, ORGANISATION_NAME, "") or ""
    found = []
    with db.session() as session:
        for pid in wanted:
            partnership = session.get(Partnership, pid)
            if partnership is not None:
                found.append(_draft(db, partnership, kind, due[pid], sender, organisation))
    return found


def build_messages(
    db: Database,
    programme_id: int,
    kind: str,
    partnership_ids: Iterable[int],
    today: date,
    template: Template | None = None,
) -> list[Message]:
    """One message per chosen pair, filled from `template` (the stored one by default).

    TemplateError when the template cannot be filled in.
    """
    template = template or load_template(db, _kind(kind))
    check_template(template)
    return [d.message(template) for d in drafts(db, programme_id, kind, partnership_ids, today)]


def _draft(
    db: Database, partnership: Partnership, kind: str, due: _Due, sender: str, organisation: str
) -> Draft:
    mentor, mentee = partnership.mentor, partnership.mentee
    pair = f"{mentor.full_name} and {mentee.full_name}"
    attachments = []
    agreement = meetings = False
    if kind == INTRODUCTION:
        agreement = partnership.wizard_step >= 5
        if agreement:
            attachments.append(
                Attachment(
                    safe_file_name(f"Agreement - {pair}.pdf"),
                    "application/pdf",
                    _agreement_loader(db, partnership.id),
                )
            )
        # An invitation comes from the coordinator (its ORGANIZER): none without their address.
        if sender:
            meetings = _meeting_attachment(db, partnership, pair, attachments)
    values = {
        "mentor": isolate(mentor.full_name),
        "mentee": isolate(mentee.full_name),
        "mentor_first": isolate(mentor.given_name),
        "mentee_first": isolate(mentee.given_name),
        "who": "\n".join((_about(mentor, "reverse mentor"), _about(mentee, "mentee"))),
        "why": _why(partnership.match_breakdown or []) if kind == INTRODUCTION else "",
        "next_step": _next_step(partnership, agreement, meetings) if kind == INTRODUCTION else "",
        "programme": isolate(partnership.programme.name),
        "organisation": isolate(organisation),
        "coordinator": sender or NO_COORDINATOR,
        "start_date": date_text(partnership.start_date) if partnership.start_date else "",
        "end_date": date_text(partnership.end_date) if partnership.end_date else "",
        "reminder": "\n".join(f"- {line[0].upper()}{line[1:]}." for line in due.detail.split("; "))
        if kind == REMINDER
        else "",
        "review": due.review,
        "review_date": date_text(due.review_date) if due.review_date else "",
        "skills": _skills_to_rate(partnership) if kind == SURVEY else "",
    }
    if kind == INTRODUCTION and not values["why"]:
        values["why"] = _why(_engine_breakdown(db, partnership)) or _goal_reasons(partnership)
    return Draft(
        partnership_id=partnership.id,
        kind=kind,
        to=[Recipient(mentor.full_name, mentor.email), Recipient(mentee.full_name, mentee.email)],
        sender=sender,
        values=values,
        attachments=attachments,
        mentor=mentor.full_name,
        mentee=mentee.full_name,
    )


def _engine_breakdown(db: Database, partnership: Partnership) -> list[dict]:
    """For a pair made by hand, without a stored match: how the engine scores it today."""
    from revmentor_desktop.core.services.partnerships.pairing import pair_match

    try:
        _score, breakdown = pair_match(
            db, partnership.programme_id, partnership.mentor_id, partnership.mentee_id
        )
    except RevMentorError:
        return []
    return breakdown


def _agreement_loader(db: Database, partnership_id: int) -> Callable[[], bytes]:
    def load() -> bytes:
        from revmentor_desktop.core.services.pdf_files import agreement_pdf

        return agreement_pdf(db, partnership_id)

    return load


def _meeting_attachment(
    db: Database, partnership: Partnership, pair: str, attachments: list[Attachment]
) -> bool:
    """Add the meeting series when the pair has a meeting plan; whether it was added. Made
    when the message is written, since each export counts (the invitation's SEQUENCE)."""
    if not _has_meeting_plan(partnership):
        return False
    from revmentor_desktop.core.services.partnerships.agreement import Agreement
    from revmentor_desktop.core.services.partnerships.meeting_series import (
        first_meeting_default,
        meeting_series,
    )

    first = first_meeting_default(
        Agreement(start_date=partnership.start_date, preferred_times=partnership.preferred_times)
    )
    if first.date() > partnership.end_date:
        return False
    partnership_id = partnership.id
    attachments.append(
        Attachment(
            safe_file_name(f"Meetings - {pair}.ics"),
            "text/calendar",
            lambda: meeting_series(db, partnership_id, first),
        )
    )
    return True


# --- the files and links -------------------------------------------------------------------


def _invalid(name: str, email: str) -> RevMentorError:
    who = f"{isolate(name)}'s" if name else "The coordinator's"
    return RevMentorError(f"{who} email address “{isolate(email)}” is not valid; correct it first.")


def _ascii_address(name: str, email: str) -> str:
    """The address as mail headers carry it: a domain in another script as punycode
    ("bücher.de" -> "xn--bcher-kva.de"); a local part outside ASCII is refused."""
    local, at, domain = email.strip().rpartition("@")
    if not at or not local or not local.isascii():
        raise _invalid(name, email)
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        raise _invalid(name, email) from None


def _address(name: str, email: str) -> Address:
    try:
        return Address(display_name=name, addr_spec=_ascii_address(name, email))
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise _invalid(name, email) from exc


def eml_bytes(message: Message, *, attachments: bool = True) -> bytes:
    """The message as an .eml file (RFC 5322, UTF-8): a draft to send, marked X-Unsent so
    Outlook opens it ready to send rather than as received mail."""
    from datetime import datetime

    mail = EmailMessage()
    if message.sender:
        mail["From"] = _address("", message.sender)
    mail["To"] = [_address(r.name, r.email) for r in message.to]
    mail["Subject"] = message.subject
    mail["Date"] = format_datetime(datetime.now().astimezone())
    mail["Message-ID"] = make_msgid(domain="revmentor.invalid")
    mail["X-Unsent"] = "1"
    mail.set_content(message.body, charset="utf-8", cte="quoted-printable")
    if attachments:
        for attachment in message.attachments:
            maintype, subtype = attachment.content_type.split("/")
            # RFC 6047: a calendar's MIME type names its METHOD; ours are all invitations.
            params = {"method": "REQUEST"} if attachment.content_type == "text/calendar" else {}
            mail.add_attachment(attachment.load(), maintype, subtype,
                                filename=attachment.file_name, params=params)  # fmt: skip
    return mail.as_bytes(policy=SMTP)


def mailto_link(message: Message) -> str:
    """A mailto: link with both partners, the subject and the text (RFC 6068; no
    attachments: a link cannot carry them)."""
    to = ",".join(quote(_ascii_address(r.name, r.email), safe="@") for r in message.to)
    body = message.body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(message.subject, safe='')}&body={quote(body, safe='')}"


def existing_files(messages: list[Message], folder: Path) -> list[Path]:
    """The files writing `messages` into `folder` would replace."""
    return [Path(folder) / m.file_name for m in messages if (Path(folder) / m.file_name).exists()]


def write_messages(
    messages: list[Message],
    folder: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write each message as an .eml file into `folder` (each completely or not at all);
    returns the paths. `progress(done, total)` may raise to stop between two messages."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RevMentorError(f"The folder {folder} does not exist.")
    written: list[Path] = []
    total = len(messages)
    for done, message in enumerate(messages):
        if progress is not None:
            progress(done, total)
        path = folder / message.file_name
        number = 1
        while path in written:  # two pairs of the same names: both files kept
            number += 1
            path = path.with_name(f"{Path(message.file_name).stem} ({number}).eml")
        content = eml_bytes(message)
        with atomic_write(path) as temp:
            temp.write_bytes(content)
        written.append(path)
    if progress is not None:
        progress(total, total)
    return written


_NOUNS = {THANK_YOU: "thank-you message", SURVEY: "survey request"}


def summary(messages: int, kind: str) -> str:
    """ "3 introductions" for a status line."""
    return count(messages, _NOUNS.get(kind, kind))


def plural_noun(kind: str) -> str:
    """ "introductions", "survey requests" """
    return _NOUNS.get(kind, kind) + "s"
