"""PDF agreements and reports for the GUI and the command line (reportlab loads on first use)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import aliased, selectinload

from revmentor_desktop.core.db import Database
from revmentor_desktop.core.db.models import (
    Channel,
    Goal,
    GoalDirection,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    display_name,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.files import atomic_write
from revmentor_desktop.core.services.organisation import LOGO_PATH, ORGANISATION_NAME, get_setting
from revmentor_desktop.core.text import isolate
from revmentor_desktop.core.vocabulary import CHANNEL_LABELS

if TYPE_CHECKING:
    from revmentor_desktop.core.documents.data import (
        AgreementSheet,
        GoalSheet,
        Letterhead,
        PartySheet,
        Vocabulary,
    )
    from revmentor_desktop.core.services.dashboard import ProgrammeOverview

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class Cancelled(RevMentorError):
    """The user stopped a document before it was finished; nothing was written."""

    def __init__(self, message: str = "The document was cancelled; nothing was saved.") -> None:
        super().__init__(message)


def _gone(partnership_id: int) -> RevMentorError:
    return RevMentorError(f"There is no partnership number {partnership_id}; it may have been "
                          "deleted. Reload the list and choose another.")  # fmt: skip


def _status_label(status: PartnershipStatus) -> str:
    from revmentor_desktop.core.vocabulary import PARTNERSHIP_STATUS_LABELS

    return PARTNERSHIP_STATUS_LABELS[PartnershipStatus(status)]


def _frequency(days: int | None) -> str:
    """ "Every two weeks" for 14 days: the programme screen's own names, else "Every 10 days"."""
    from revmentor_desktop.core.vocabulary import MEETING_FREQUENCIES

    if not days:
        return ""
    named = dict(MEETING_FREQUENCIES)
    return named.get(days) or ("Daily" if days == 1 else f"Every {days} days")


def _letterhead(session_or_connection) -> Letterhead:
    from revmentor_desktop.core.documents.data import Letterhead

    logo = get_setting(session_or_connection, LOGO_PATH)
    logo_path = Path(logo) if logo else None
    if logo_path is not None and not logo_path.is_file():
        logo_path = None  # moved or deleted since: the header just has no logo
    return Letterhead(
        organisation=(get_setting(session_or_connection, ORGANISATION_NAME, "") or "").strip(),
        logo=logo_path,
    )


# --- the agreement ----------------------------------------------------------------------------


def _party(person: Person, role: str) -> PartySheet:
    from revmentor_desktop.core.documents.data import PartySheet

    return PartySheet(
        name=person.full_name,
        role=role,
        email="" if person.erased_at else person.email,  # an erased partner's is made up
        level=person.level.label if person.level else "",
        department=person.department,
        job_title=person.job_title,
        external_org=(person.external_org or "External organisation") if person.is_external
        else "",
    )  # fmt: skip


def agreement_sheet(db: Database, partnership_id: int) -> AgreementSheet:
    """What the agreement PDF shows for a partnership, read in one short session."""
    from revmentor_desktop.core.documents.data import AgreementSheet, GoalSheet
    from revmentor_desktop.core.vocabulary import AGENDA_OWNERS, GROUND_RULES

    with db.session() as session:
        partnership = session.scalar(
            select(Partnership)
            .where(Partnership.id == partnership_id)
            .options(
                selectinload(Partnership.programme),
                selectinload(Partnership.mentor).selectinload(Person.level),
                selectinload(Partnership.mentee).selectinload(Person.level),
                selectinload(Partnership.goals).selectinload(Goal.skill),
            )
        )
        if partnership is None:
            raise _gone(partnership_id)
        p, programme = partnership, partnership.programme
        goals: dict[GoalDirection, list[GoalSheet]] = {d: [] for d in GoalDirection}
        for goal in sorted(p.goals, key=lambda g: (g.target_date or date.max, g.id)):
            goals[goal.direction].append(
                GoalSheet(
                    title=goal.title,
                    success_measure=goal.success_measure,
                    target_date=goal.target_date,
                    skill=goal.skill.name if goal.skill else "",
                    status=goal.status.value.capitalize(),
                    progress=goal.progress,
                )
            )
        accepted = set(p.ground_rules_accepted or ())
        known = {key for key, _ in GROUND_RULES}
        rules = [(sentence, key in accepted) for key, sentence in GROUND_RULES]
        # A rule this version does not know (an older or newer wizard) still shows as agreed.
        rules += [(key.replace("_", " ").capitalize(), True) for key in sorted(accepted - known)]
        channels = [
            CHANNEL_LABELS[Channel(c)] for c in p.channels or () if c in Channel._value2member_map_
        ]
        return AgreementSheet(
            partnership_id=p.id,
            programme=programme.name,
            status=_status_label(p.status),
            mentor=_party(p.mentor, "Reverse mentor"),
            mentee=_party(p.mentee, "Mentee"),
            letterhead=_letterhead(session),
            programme_start=programme.start_date,
            programme_end=programme.end_date,
            start_date=p.start_date,
            end_date=p.end_date,
            time_commitment_hours=p.time_commitment_hours,
            mentee_goals=goals[GoalDirection.MENTEE_LEARNS],
            mentor_goals=goals[GoalDirection.MENTOR_LEARNS],
            channels=channels,
            meeting_frequency=_frequency(p.meeting_interval_days),
            meeting_minutes=p.meeting_minutes,
            meeting_place=p.meeting_place,
            preferred_times=p.preferred_times,
            agenda_owner=dict(AGENDA_OWNERS).get(p.agenda_owner, p.agenda_owner),
            cancellation_rule=p.cancellation_rule,
            reply_time=p.reply_time,
            confidentiality_agreed=p.confidentiality_agreed,
            off_limits_topics=p.off_limits_topics,
            mentor_feedback_preference=p.mentor_feedback_preference,
            mentee_feedback_preference=p.mentee_feedback_preference,
            ground_rules=rules,
            manager_visibility=p.manager_visibility,
            external_restrictions=p.external_restrictions,
            checkin_frequency=_frequency(p.checkin_interval_days),
            fit_check_date=p.fit_check_date,
            midpoint_review_date=p.midpoint_review_date,
            final_review_date=p.final_review_date,
            success_measures=p.success_measures,
            no_fault_acknowledged=p.no_fault_acknowledged,
            mentor_signoff_name=p.mentor_signoff_name,
            mentor_signoff_date=p.mentor_signoff_date,
            mentee_signoff_name=p.mentee_signoff_name,
            mentee_signoff_date=p.mentee_signoff_date,
        )


def agreement_pdf(db: Database, partnership_id: int) -> bytes:
    """The partnership's agreement as a PDF, ready to print and sign."""
    from revmentor_desktop.core.documents.agreement import AgreementDocument

    return AgreementDocument(agreement_sheet(db, partnership_id)).render()


def save_agreement(db: Database, partnership_id: int, path: str | Path) -> Path:
    """Write the agreement PDF to `path` (atomically); returns the path written."""
    return _save(agreement_pdf(db, partnership_id), path)


# --- reports ----------------------------------------------------------------------------------

DIRECTION_WORDS = {
    GoalDirection.MENTEE_LEARNS: "Mentees learn",
    GoalDirection.MENTOR_LEARNS: "Reverse mentors learn",
}


def _vocabulary() -> Vocabulary:
    from revmentor_desktop.core.documents.data import Vocabulary
    from revmentor_desktop.core.vocabulary import (
        CHECK_IN_KIND_LABELS,
        FIT_VERDICT_LABELS,
        PARTNERSHIP_STATUS_LABELS,
    )

    return Vocabulary(
        status=dict(PARTNERSHIP_STATUS_LABELS),
        check_in_kind=dict(CHECK_IN_KIND_LABELS),
        fit_verdict=dict(FIT_VERDICT_LABELS),
        direction=dict(DIRECTION_WORDS),
    )


def _reporter(progress: Progress | None, should_stop: ShouldStop | None) -> Progress:
    """One progress callback that first honours Cancel, then tells the caller."""

    def report(done: int, total: int) -> None:
        if should_stop is not None and should_stop():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    return report


def _pair_numbers(db: Database, programme_id: int) -> dict[int, int]:
    """Partnership id -> its number in the programme (1, 2, … in the order they were made).

    Both reports number pairs this way, so "Pair 7" is the same pair in each.
    """
    with db.engine.connect() as connection:
        ids = connection.scalars(
            select(Partnership.id)
            .where(Partnership.programme_id == programme_id)
            .order_by(Partnership.id)
        ).all()
    return {pid: number for number, pid in enumerate(ids, 1)}


def _names_of(given: str, family: str) -> set[str]:
    """What a person's name may appear as in free text: whole, given and family name."""
    names = {display_name(given, family), given.strip(), family.strip()}
    return {name for name in names if len(name) > 1}


def _scrub(text: str, names: set[str]) -> str:
    """`text` with these names replaced; longest first, so "Dana Fox" goes before "Dana"."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "[name]")
    return text


def _mentor_label(number: int) -> str:
    return f"Pair {number} — reverse mentor"


def _mentee_label(number: int) -> str:
    return f"Pair {number} — mentee"


def _anonymise_overview(
    db: Database, programme_id: int, overview: ProgrammeOverview
) -> ProgrammeOverview:
    """The overview with every name replaced by a pair label; departments left out too.

    Each item's text is scrubbed of its own pair's (or person's) names, the only ones the
    progress service puts there.
    """
    from dataclasses import replace

    numbers = _pair_numbers(db, programme_id)
    mentor, mentee = aliased(Person), aliased(Person)
    unpaired_ids = {item.person_id for item in overview.unpaired}
    with db.engine.connect() as connection:
        pair_names = {
            row.id: _names_of(row[1], row[2]) | _names_of(row[3], row[4])
            for row in connection.execute(
                select(Partnership.id, mentor.given_name, mentor.family_name,
                       mentee.given_name, mentee.family_name)
                .join(mentor, mentor.id == Partnership.mentor_id)
                .join(mentee, mentee.id == Partnership.mentee_id)
                .where(Partnership.programme_id == programme_id)
            )
        }  # fmt: skip
        people = {
            row.id: (_names_of(row.given_name, row.family_name), row.department)
            for row in connection.execute(
                select(Person.id, Person.given_name, Person.family_name, Person.department)
                .where(Person.id.in_(unpaired_ids - {None}))
            )
        }  # fmt: skip

    def pair_item(item):
        names = pair_names.get(item.partnership_id, set()) | set(item.names)
        number = numbers.get(item.partnership_id, 0)
        return replace(item, names=(f"Pair {number}",), detail=_scrub(item.detail, names))

    unpaired = []
    for position, item in enumerate(overview.unpaired, 1):
        names, department = people.get(item.person_id, (set(), ""))
        # The detail holds the department isolated, as every value in a sentence.
        shown = isolate(department) if department else None
        parts = [part for part in item.detail.split(" · ") if part != shown]
        detail = _scrub(" · ".join(parts), names | set(item.names))
        unpaired.append(replace(item, names=(f"Participant {position} without a partner",),
                                detail=detail))  # fmt: skip
    pairs = [
        replace(
            pair,
            mentor=_mentor_label(numbers.get(pair.id, 0)),
            mentee=_mentee_label(numbers.get(pair.id, 0)),
        )
        for pair in overview.pairs
    ]
    order = list(PartnershipStatus)
    pairs.sort(key=lambda pair: (order.index(pair.status), numbers.get(pair.id, 0)))
    return replace(
        overview,
        pairs=pairs,
        stalled=[pair_item(i) for i in overview.stalled],
        overdue_reviews=[pair_item(i) for i in overview.overdue_reviews],
        unfinished_drafts=[pair_item(i) for i in overview.unfinished_drafts],
        unpaired=unpaired,
    )


def _programme_exists(db: Database, programme_id: int) -> None:
    with db.engine.connect() as connection:
        if connection.scalar(select(Programme.id).where(Programme.id == programme_id)) is None:
            raise RevMentorError(f"There is no programme number {programme_id}; it may have "
                                 "been deleted.")  # fmt: skip


def programme_report_pdf(
    db: Database,
    programme_id: int,
    *,
    anonymise: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> bytes:
    """The programme report for managers as a PDF.

    `progress(done, total)` is called as it goes (and may raise to stop); `should_stop()`
    returning True stops it with Cancelled. Never private notes or sensitive fields: the
    progress service does not read them.
    """
    from revmentor_desktop.core.documents.reports import ProgrammeReport
    from revmentor_desktop.core.services.dashboard import HEADLINE_KEYS, programme_overview

    report = _reporter(progress, should_stop)
    report(0, 1)
    _programme_exists(db, programme_id)
    today = today or date.today()
    overview = programme_overview(db, programme_id, today)
    if anonymise:
        overview = _anonymise_overview(db, programme_id, overview)
    with db.engine.connect() as connection:
        letterhead = _letterhead(connection)
    document = ProgrammeReport(
        overview, letterhead, _vocabulary(), today, anonymised=anonymise,
        headline_keys=HEADLINE_KEYS,
    )  # fmt: skip
    return document.render(report)


def partnership_report_pdf(
    db: Database,
    partnership_id: int,
    *,
    anonymise: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> bytes:
    """One partnership's progress report as a PDF (progress and Cancel as for the programme)."""
    from dataclasses import replace

    from revmentor_desktop.core.documents.reports import PartnershipReport
    from revmentor_desktop.core.services.dashboard import partnership_progress

    report = _reporter(progress, should_stop)
    report(0, 1)
    mentor, mentee = aliased(Person), aliased(Person)
    with db.engine.connect() as connection:
        found = connection.execute(
            select(Partnership.programme_id, mentor.given_name, mentor.family_name,
                   mentee.given_name, mentee.family_name)
            .join(mentor, mentor.id == Partnership.mentor_id)
            .join(mentee, mentee.id == Partnership.mentee_id)
            .where(Partnership.id == partnership_id)
        ).first()  # fmt: skip
        letterhead = _letterhead(connection)
    if found is None:
        raise _gone(partnership_id)
    today = today or date.today()
    data = partnership_progress(db, partnership_id, today)
    if anonymise:
        number = _pair_numbers(db, found.programme_id).get(partnership_id, 0)
        names = _names_of(found[1], found[2]) | _names_of(found[3], found[4])
        names |= {data.mentor, data.mentee}
        data = replace(
            data,
            mentor=_mentor_label(number),
            mentee=_mentee_label(number),
            goals=[replace(g, title=_scrub(g.title, names),
                           success_measure=_scrub(g.success_measure, names))
                   for g in data.goals],
            # Free text may name anyone: an anonymised report leaves it out altogether.
            check_ins=[replace(c, summary="", next_steps="") for c in data.check_ins],
        )  # fmt: skip
    document = PartnershipReport(data, letterhead, _vocabulary(), today, anonymised=anonymise)
    return document.render(report)


def save_programme_report(
    db: Database,
    programme_id: int,
    path: str | Path,
    *,
    anonymise: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> Path:
    """Write the programme report to `path` (atomically, nothing written when cancelled)."""
    content = programme_report_pdf(db, programme_id, anonymise=anonymise, today=today,
                                   progress=progress, should_stop=should_stop)  # fmt: skip
    return _save(content, path)


def save_partnership_report(
    db: Database,
    partnership_id: int,
    path: str | Path,
    *,
    anonymise: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> Path:
    """Write one partnership's report to `path` (atomically, nothing written when cancelled)."""
    content = partnership_report_pdf(db, partnership_id, anonymise=anonymise, today=today,
                                     progress=progress, should_stop=should_stop)  # fmt: skip
    return _save(content, path)


def evaluation_pdf(
    db: Database,
    programme_id: int,
    *,
    anonymise: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> bytes:
    """The programme's evaluation for leadership as a PDF (progress and Cancel as for the
    programme report). Figures only: the evaluation service reads no free text, and anonymised
    it hides every figure fewer than five people stand behind."""
    from revmentor_desktop.core.documents.evaluation import EvaluationReport
    from revmentor_desktop.core.services.evaluation import MIN_GROUP, programme_evaluation

    report = _reporter(progress, should_stop)
    report(0, 1)
    evaluation = programme_evaluation(db, programme_id, anonymise=anonymise)
    with db.engine.connect() as connection:
        letterhead = _letterhead(connection)
    document = EvaluationReport(
        evaluation, letterhead, _vocabulary(), today or date.today(), minimum=MIN_GROUP
    )
    return document.render(report)


def save_evaluation(
    db: Database,
    programme_id: int,
    path: str | Path,
    *,
    anonymise: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> Path:
    """Write the programme's evaluation to `path` (atomically, nothing written when cancelled)."""
    content = evaluation_pdf(db, programme_id, anonymise=anonymise, today=today,
                             progress=progress, should_stop=should_stop)  # fmt: skip
    return _save(content, path)


# --- writing files ----------------------------------------------------------------------------


def _save(content: bytes, path: str | Path) -> Path:
    """Write `content` under a temporary name beside `path`, then rename it into place."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise RevMentorError(f"{isolate(path)} is a folder; choose a file name ending in .pdf.")
    with atomic_write(path) as temp:
        temp.write_bytes(content)
    return path
