"""PDF documents: an agreement and a 500-partnership programme report, against bare reportlab.

Times `agreement_pdf` and `programme_report_pdf` (read, charts, layout, fonts embedded) against a
bare reportlab `SimpleDocTemplate` holding Helvetica tables with the same number of rows, built
in the same run, alternating run by run. The first run builds bench/out/documents-500.sqlite,
the 5,000-person demo with 500 partnerships, their goals and about 2,000 check-ins added.
No target yet; the ratios are reported.
Run: python bench/documents.py [--runs 5] [--partnerships 500]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from common import OUT, demo_database, median_ms, up_to_date

REPORT_TODAY = date(2027, 3, 15)


def seed_partnerships(db, count: int, seed: int = 1, today: date = REPORT_TODAY) -> int:
    """Add `count` partnerships with goals and check-ins to the demo programme; its id.

    Statuses, dates, ratings and progress vary like a programme half-way through; every
    check-in carries a private note and everyone a birth year, which reports must never show.
    """
    from sqlalchemy import insert, select, update

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
        PersonSkill,
        Programme,
        Role,
        SkillInterest,
    )

    rng = random.Random(seed)
    with db.session() as session, session.begin():
        programme = session.scalars(select(Programme).order_by(Programme.id)).first()
        enrolled = session.execute(
            select(Enrolment.person_id, Enrolment.role)
            .where(Enrolment.programme_id == programme.id)
            .order_by(Enrolment.person_id)
        ).all()
        mentors = [pid for pid, role in enrolled if role == Role.REVERSE_MENTOR]
        mentees = [pid for pid, role in enrolled if role == Role.MENTEE]
        offers: dict[int, list[int]] = {}
        for pid, skill in session.execute(
            select(PersonSkill.person_id, PersonSkill.skill_id).where(
                PersonSkill.interest == SkillInterest.OFFERS
            )
        ):
            offers.setdefault(pid, []).append(skill)
        session.execute(update(Person).values(birth_year=1987))  # planted: never in a report
        statuses = (
            [PartnershipStatus.ACTIVE] * 70 + [PartnershipStatus.PAUSED] * 8
            + [PartnershipStatus.COMPLETED] * 8 + [PartnershipStatus.ENDED_EARLY] * 6
            + [PartnershipStatus.DRAFT] * 8
        )  # fmt: skip
        start = programme.start_date
        rows, goals, check_ins = [], [], []
        next_id = (session.scalar(select(Partnership.id).order_by(Partnership.id.desc())) or 0) + 1
        for number in range(count):
            pid = next_id + number
            mentor, mentee = mentors[number % len(mentors)], mentees[number % len(mentees)]
            status = rng.choice(statuses)
            begins = start + timedelta(days=rng.randint(0, 40))
            ends = programme.end_date
            midpoint = begins + (ends - begins) / 2
            rows.append({
                "id": pid, "programme_id": programme.id, "mentor_id": mentor,
                "mentee_id": mentee, "status": status,
                "wizard_step": rng.randint(1, 4) if status == PartnershipStatus.DRAFT else 5,
                "start_date": begins, "end_date": ends, "time_commitment_hours": 4,
                "channels": ["video"], "meeting_interval_days": 14, "meeting_minutes": 60,
                "checkin_interval_days": 30, "fit_check_date": begins + timedelta(days=21),
                "midpoint_review_date": midpoint, "final_review_date": ends - timedelta(days=7),
                "activated_at": None if status == PartnershipStatus.DRAFT
                else datetime.combine(begins, datetime.min.time(), UTC),
            })  # fmt: skip
            for direction, teacher in (
                (GoalDirection.MENTEE_LEARNS, mentor),
                (GoalDirection.MENTOR_LEARNS, mentee),
                (GoalDirection.MENTEE_LEARNS, mentor),
            ):
                skills = offers.get(teacher) or [None]
                progress = rng.choice((0, 10, 25, 40, 50, 60, 75, 90, 100))
                goals.append({
                    "partnership_id": pid, "direction": direction,
                    "title": f"Goal {len(goals) + 1} of pair {pid}",
                    "skill_id": rng.choice(skills), "success_measure": "Shown in a real task",
                    "target_date": ends - timedelta(days=30), "progress": progress,
                    "status": GoalStatus.ACHIEVED if progress == 100 else GoalStatus.OPEN,
                })  # fmt: skip
            if status == PartnershipStatus.DRAFT:
                continue
            day, last = begins + timedelta(days=rng.randint(5, 20)), min(today, ends)
            # One pair in eight stops meeting after its fit check: the report lists it as stalled.
            stops = rng.random() < 0.125
            kinds = [CheckInKind.FIT_CHECK]
            while day <= last:
                kind = kinds.pop() if kinds else CheckInKind.CHECK_IN
                if kind == CheckInKind.CHECK_IN and day >= midpoint and rng.random() < 0.7:
                    kind, midpoint = CheckInKind.MIDPOINT_REVIEW, date.max
                check_ins.append({
                    "partnership_id": pid, "held_on": day, "kind": kind,
                    "held": rng.random() > 0.08, "duration_minutes": 60,
                    "mentor_rating": rng.choice((3, 4, 4, 5, 5)),
                    "mentee_rating": rng.choice((2, 3, 4, 4, 5)),
                    "fit_verdict": FitVerdict.GOOD_FIT if kind == CheckInKind.FIT_CHECK else None,
                    "summary": "We tried the next step together and agreed what to practise.",
                    "private_notes": f"PRIVATE NOTE of pair {pid}: never in a report",
                    "next_steps": "Practise before the next meeting.",
                })  # fmt: skip
                if stops:
                    break
                day += timedelta(days=rng.randint(20, 40))
        session.execute(insert(Partnership), rows)
        session.execute(insert(Goal), goals)
        if check_ins:
            session.execute(insert(CheckIn), check_ins)
        return programme.id


def documents_database(partnerships: int) -> str:
    """A copy of the 5,000-person demo with `partnerships` partnerships, made once."""
    path = OUT / f"documents-{partnerships}.sqlite"
    if path.exists():
        up_to_date(path)
    else:
        from revmentor_desktop.core.db import open_database

        partial = path.with_suffix(".partial")
        shutil.copyfile(demo_database(5000), partial)
        with open_database("sqlite:///" + str(partial)) as db:
            seed_partnerships(db, partnerships)
        partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
        partial.rename(path)
    return "sqlite:///" + str(path)


def bare_document(*tables: tuple[int, int]) -> bytes:
    """The reference: reportlab's own quick start, Helvetica tables of (rows, columns)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    story = []
    for rows, columns in tables:
        data = [[f"Column {c}" for c in range(columns)]]
        data += [[f"Row {r} cell {c}" for c in range(columns)] for r in range(rows)]
        table = Table(data, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey"),
                                   ("FONTSIZE", (0, 0), (-1, -1), 7)]))  # fmt: skip
        story.append(table)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def interleaved(*functions, runs: int) -> list[list[float]]:
    """Seconds per run of each function, alternating, so all see the same state of the machine."""
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(runs):
        for function, seconds in zip(functions, times, strict=True):
            started = time.perf_counter()
            function()
            seconds.append(time.perf_counter() - started)
    return times


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--partnerships", type=int, default=500)
    args = parser.parse_args()
    os.environ.setdefault("REVMENTOR_DATA_DIR", tempfile.mkdtemp())
    url = documents_database(args.partnerships)

    from sqlalchemy import func, select

    from revmentor_desktop.core.db import open_database
    from revmentor_desktop.core.db.models import Goal, Partnership, Programme

    with open_database(url):  # a database cached by an earlier version is brought up to date
        pass
    started = time.perf_counter()
    from revmentor_desktop.core.services import pdf_files as documents
    from revmentor_desktop.core.services.dashboard import programme_overview

    with open_database(url, writer=False) as db:
        with db.engine.connect() as connection:
            programme_id = connection.scalar(select(Programme.id).order_by(Programme.id))
            pair = connection.scalar(select(Partnership.id).order_by(Partnership.id))
            goals = connection.scalar(select(func.count()).where(Goal.partnership_id == pair))
        first = documents.agreement_pdf(db, pair)
        cold = time.perf_counter() - started
        # The agreement's table rows: the two partners, 4 + 7 + 5 + 5 labelled rows
        # (programme, communication, openness, progress), the signatures, and each direction's
        # goals under a header row.
        agreement_rows = 1 + 21 + 1 + goals + 2
        bare_a, ours_a = interleaved(
            lambda: bare_document((agreement_rows, 3)),
            lambda: documents.agreement_pdf(db, pair),
            runs=args.runs,
        )
        report = documents.programme_report_pdf(db, programme_id, today=REPORT_TODAY)
        count = args.partnerships
        reading = []
        for _ in range(args.runs):
            started = time.perf_counter()
            overview = programme_overview(db, programme_id, REPORT_TODAY)
            reading.append(time.perf_counter() - started)
        # The report's tables: every pair (8 columns), and the four "needs attention" lists.
        listed = sum(map(len, (overview.stalled, overview.overdue_reviews,
                               overview.unfinished_drafts, overview.unpaired)))  # fmt: skip
        bare_r, ours_r, anonymised = interleaved(
            lambda: bare_document((count, 8), (listed, 3)),
            lambda: documents.programme_report_pdf(db, programme_id, today=REPORT_TODAY),
            lambda: documents.programme_report_pdf(
                db, programme_id, today=REPORT_TODAY, anonymise=True
            ),
            runs=args.runs,
        )

    print(f"{args.runs} runs each, medians")
    print(f"first agreement in this process (imports reportlab, loads the fonts) "
          f"{cold * 1000:8.1f} ms")  # fmt: skip
    print(f"agreement, {goals} goals, {pages(first)} pages:")
    print(f"  bare SimpleDocTemplate, {agreement_rows}-row table  {median_ms(bare_a):8.1f} ms")
    print(f"  agreement_pdf                          {median_ms(ours_a):8.1f} ms "
          f"({median_ms(ours_a) / median_ms(bare_a):.1f}× the bare document)")  # fmt: skip
    print(f"programme report, {count:,} partnerships and {listed:,} people or pairs needing "
          f"attention, {pages(report)} pages:")  # fmt: skip
    print(f"  bare SimpleDocTemplate, {count} + {listed} rows  {median_ms(bare_r):8.1f} ms")
    print(f"  programme_report_pdf                   {median_ms(ours_r):8.1f} ms "
          f"({median_ms(ours_r) / median_ms(bare_r):.1f}× the bare document)")  # fmt: skip
    print(f"    of which programme_overview (reading) {median_ms(reading):8.1f} ms")
    print(f"  programme_report_pdf, anonymised       {median_ms(anonymised):8.1f} ms")


if __name__ == "__main__":
    main()
