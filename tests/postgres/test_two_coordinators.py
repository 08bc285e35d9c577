"""Two coordinators at once on one server: overlapping accepts and imports never double-book.

Each test makes the two coordinators' work overlap for certain: a third connection holds a
table lock until both are waiting on the server, then lets go.
"""

import threading
import time
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.models import (
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import CRITERIA, CriterionResult, PairSuggestion, Weight
from revmentor_desktop.core.services.imports.people import (
    apply_import,
    guess_mapping,
    plan_import,
)
from revmentor_desktop.core.services.imports.tables import read_table
from revmentor_desktop.core.services.organisation import ensure_levels
from revmentor_desktop.core.services.suggestions import accept_pairs
from tests.factories import add_person, enrol, write_csv

WAIT_SECONDS = 30


@pytest.fixture
def coordinators(postgres_url):
    """Priya's and Tom's apps, both connected to the same server database."""
    with (
        open_database(postgres_url, editor="Priya") as priya,
        open_database(postgres_url, editor="Tom") as tom,
    ):
        yield priya, tom


@pytest.fixture
def cohort(coordinators):
    """Ann, a reverse mentor with one place, and two mentees who would both like her."""
    priya, _ = coordinators
    with priya.session() as session, session.begin():
        ensure_levels(session)
        programme = Programme(name="Cohort", start_date=date(2026, 10, 1))
        session.add(programme)
        session.flush()
        programme_id = programme.id
    for given, rank in (("Ann", 2), ("Maya", 6), ("Dmitri", 7)):
        add_person(priya, given, "Test", f"{given.lower()}@x.org", rank)
    ids = {
        "Ann": enrol(priya, programme_id, "ann@x.org", Role.REVERSE_MENTOR),
        "Maya": enrol(priya, programme_id, "maya@x.org", Role.MENTEE),
        "Dmitri": enrol(priya, programme_id, "dmitri@x.org", Role.MENTEE),
    }
    return programme_id, ids


def suggestion(mentor_id: int, mentee_id: int) -> PairSuggestion:
    criterion = CriterionResult(key="seniority_gap", label=CRITERIA["seniority_gap"],
                                weight=Weight.MEDIUM, score=0.5,
                                explanation="4 levels apart")  # fmt: skip
    return PairSuggestion(mentor_id=mentor_id, mentee_id=mentee_id, score=50.0,
                          criteria=(criterion,))  # fmt: skip


@contextmanager
def held(url: str, table: str, waiters: int):
    """Hold `table` against writes until `waiters` other connections wait on a lock."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f"LOCK TABLE {table} IN EXCLUSIVE MODE"))
            yield
            deadline = time.monotonic() + WAIT_SECONDS
            while (
                connection.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'"
                    )
                )
                < waiters
            ):
                assert time.monotonic() < deadline, "the two coordinators never overlapped"
                time.sleep(0.02)
            connection.rollback()
    finally:
        engine.dispose()


def at_once(*jobs):
    """Run the jobs in threads; each one's result or the RevMentorError it raised."""
    results: list[object] = [None] * len(jobs)

    def run(index, job):
        try:
            results[index] = job()
        except RevMentorError as refused:
            results[index] = refused

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(jobs)]
    for thread in threads:
        thread.start()
    return threads, results


def live_partners(db, person_id: int) -> int:
    with db.session() as session:
        return session.scalar(
            select(func.count()).where(
                Partnership.mentor_id == person_id,
                Partnership.status.in_([PartnershipStatus.DRAFT, PartnershipStatus.ACTIVE]),
            )
        )


def test_overlapping_accepts_give_a_one_place_mentor_one_partner(
    coordinators, cohort, postgres_url
):
    priya, tom = coordinators
    programme, ids = cohort
    with held(postgres_url, "partnership", waiters=2):
        threads, results = at_once(
            lambda: accept_pairs(priya, programme, [suggestion(ids["Ann"], ids["Maya"])]),
            lambda: accept_pairs(tom, programme, [suggestion(ids["Ann"], ids["Dmitri"])]),
        )
    for thread in threads:
        thread.join(WAIT_SECONDS)
    refused = [r for r in results if isinstance(r, RevMentorError)]
    accepted = [r for r in results if isinstance(r, list)]
    assert len(accepted) == 1 and len(refused) == 1, results
    assert str(refused[0]).startswith("Nothing was accepted: Ann Test ")
    assert live_partners(priya, ids["Ann"]) == 1


def test_the_same_pair_can_never_be_live_twice(coordinators, cohort, postgres_url):
    priya, tom = coordinators
    programme, ids = cohort
    pair = {"programme_id": programme, "mentor_id": ids["Ann"], "mentee_id": ids["Maya"]}
    with priya.session() as first:
        first.add(Partnership(**pair))
        first.flush()  # written, not committed: Tom's insert has to wait for it
        threads, results = at_once(lambda: _insert(tom, pair))
        deadline = time.monotonic() + WAIT_SECONDS
        while threads[0].is_alive() and not _waiting(priya):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        first.commit()
    threads[0].join(WAIT_SECONDS)
    assert isinstance(results[0], IntegrityError)
    assert "uq_partnership_live_pair" in str(results[0])
    # An ended partnership does not count: the pair may start again.
    with priya.session() as session, session.begin():
        session.execute(Partnership.__table__.update().values(status="completed"))
        session.add(Partnership(**pair))


def _insert(db, pair):
    try:
        with db.session() as session, session.begin():
            session.add(Partnership(**pair))
    except IntegrityError as refused:
        return refused


def _waiting(db) -> bool:
    with db.engine.connect() as connection:
        return bool(
            connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
            )
        )


def test_overlapping_imports_of_the_same_people_both_succeed(coordinators, tmp_path, postgres_url):
    priya, tom = coordinators
    rows = [
        ["Email", "First name", "Surname"],
        ["grace@x.org", "Grace", "Hopper"],
        ["ana@x.org", "Ana", "Silva"],
    ]
    table = read_table(write_csv(tmp_path / "people.csv", rows))
    # Both previewed before either wrote: each plan would create both people.
    plans = [plan_import(db, table, guess_mapping(table.headers)) for db in (priya, tom)]
    with held(postgres_url, "person", waiters=2):
        threads, results = at_once(
            lambda: apply_import(priya, plans[0]), lambda: apply_import(tom, plans[1])
        )
    for thread in threads:
        thread.join(WAIT_SECONDS)
    assert not [r for r in results if isinstance(r, RevMentorError)], results
    assert sorted((r.created, r.updated) for r in results) == [(0, 2), (2, 0)]
    with priya.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2
