"""Who a programme's suggestion leaves out, and why: everyone is in the cohort or on this list."""

import factories
import pytest
from sqlalchemy import select

from revmentor_desktop.core.db.models import Enrolment, EnrolmentStatus, Person, Role
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import Matcher, MatchSettings
from revmentor_desktop.core.services.programmes import list_programmes
from revmentor_desktop.core.services.suggestions import (
    ARCHIVED,
    AT_CAPACITY,
    NO_CONSENT,
    NO_LEVEL,
    NOT_ENROLLED,
    REASONS,
    WITHDREW,
    NotConsidered,
    accept_pairs,
    by_reason,
    load_cohort,
    nobody_to_suggest,
    not_considered,
)

pytestmark = pytest.mark.both_engines


def everyone(db) -> set[int]:
    with db.session() as session:
        return set(session.scalars(select(Person.id)))


def check_everyone_is_accounted_for(db, programme_id: int) -> list[NotConsidered]:
    cohort = load_cohort(db, programme_id)
    in_cohort = [p.id for p in (*cohort.mentors, *cohort.mentees)]
    left_out = not_considered(db, programme_id)
    out_ids = [p.person_id for p in left_out]
    assert len(set(out_ids)) == len(out_ids)  # nobody twice
    assert not set(in_cohort) & set(out_ids)  # nobody both in and out
    assert set(in_cohort) | set(out_ids) == everyone(db)  # and nobody forgotten
    for person in left_out:
        assert person.kind in REASONS and person.reason.startswith(person.kind.words)
        assert person.email and person.name
    return left_out


@pytest.mark.parametrize("seed", [3, 7])
def test_on_the_demo_everyone_is_in_the_cohort_or_not_considered(db, seed):
    create_demo(db, people=120, seed=seed)
    programmes = list_programmes(db)
    assert programmes
    for programme in programmes:
        left_out = check_everyone_is_accounted_for(db, programme.id)
        kinds = {p.kind for p in left_out}
        assert NOT_ENROLLED in kinds  # the demo enrols only part of the organisation
        # Listed by reason, in the order of REASONS.
        order = [REASONS.index(p.kind) for p in left_out]
        assert order == sorted(order)


def test_accepted_pairs_move_to_already_at_capacity(db):
    create_demo(db, people=120, seed=3)
    programme_id = list_programmes(db)[0].id
    before = {p.person_id for p in not_considered(db, programme_id)}
    cohort = load_cohort(db, programme_id)
    suggestion = Matcher(cohort).suggest(MatchSettings())
    accept_pairs(db, programme_id, suggestion.pairs)
    left_out = {p.person_id: p for p in check_everyone_is_accounted_for(db, programme_id)}
    paired = {pid for pair in suggestion.pairs for pid in (pair.mentor_id, pair.mentee_id)}
    assert paired and not paired & before
    for pid in paired:
        assert left_out[pid].kind is AT_CAPACITY
        assert left_out[pid].reason.startswith("already at capacity (")


def test_every_reason_in_plain_words(db, small_org):
    programme = small_org
    factories.enrol(db, programme, "zoe.adams@x.org", Role.MENTEE)  # in the cohort
    factories.enrol(db, programme, "dana.fox@x.org", Role.REVERSE_MENTOR, consent=None)
    factories.enrol(db, programme, "wang.wei@x.org", Role.REVERSE_MENTOR)
    factories.enrol(db, programme, "jose.muller@x.org", Role.MENTEE)
    factories.add_partnership(db, programme, "wang.wei@x.org", "jose.muller@x.org")
    factories.enrol(db, programme, "olga.koval@x.org", Role.MENTEE)
    factories.add_person(db, "Nia", "Nolevel", "nia@x.org", rank=None)
    factories.enrol(db, programme, "nia@x.org", Role.MENTEE)
    factories.add_person(db, "Ari", "Gone", "ari@x.org", rank=4, archived=True)
    factories.enrol(db, programme, "ari@x.org", Role.MENTEE)
    factories.add_person(db, "Ned", "Outside", "ned@x.org", rank=5)
    with db.session() as session, session.begin():
        olga = factories.person_id(db, "olga.koval@x.org")
        enrolment = session.scalar(select(Enrolment).where(Enrolment.person_id == olga))
        enrolment.status = EnrolmentStatus.WITHDRAWN

    left_out = check_everyone_is_accounted_for(db, programme)
    assert [(p.email, p.reason, p.enrolled) for p in left_out] == [
        ("ned@x.org", "not enrolled in this programme", False),
        ("olga.koval@x.org", "withdrew from this programme", True),
        ("ari@x.org", "archived", True),
        ("bob@x.org", "archived", False),  # archived says more than "not enrolled"
        ("dana.fox@x.org", "enrolled without consent recorded", True),
        ("nia@x.org", "enrolled without a seniority level", True),
        ("jose.muller@x.org", "already at capacity (1 partnership, capacity 1)", True),
        ("wang.wei@x.org", "already at capacity (1 partnership, capacity 1)", True),
    ]
    assert [p.id for p in load_cohort(db, programme).mentees] == [
        factories.person_id(db, "zoe.adams@x.org")
    ]
    groups = by_reason(left_out)
    assert [(kind, len(group)) for kind, group in groups] == [
        (NOT_ENROLLED, 1), (WITHDREW, 1), (ARCHIVED, 2), (NO_CONSENT, 1), (NO_LEVEL, 1),
        (AT_CAPACITY, 2),
    ]  # fmt: skip


def test_a_programme_that_no_longer_exists_is_a_clear_error(db, small_org):
    with pytest.raises(RevMentorError, match="no longer exists"):
        not_considered(db, small_org + 1)


def _person(pid: int, kind, enrolled: bool) -> NotConsidered:
    return NotConsidered(pid, f"P{pid}", f"p{pid}@x.org", kind.words, kind, enrolled)


def test_why_nobody_is_one_sentence_about_what_to_do():
    assert nobody_to_suggest("Cohort 2026", []) == (
        "Nobody to suggest pairs for: there is nobody in the organisation yet — add people "
        "under People, or import them."
    )
    not_enrolled = [_person(i, NOT_ENROLLED, False) for i in range(40)]
    assert nobody_to_suggest("Cohort 2026", not_enrolled) == (
        'Nobody to suggest pairs for: 40 people are not enrolled in "Cohort 2026" — enrol them '
        "under Programmes, or import them with a role column."
    )
    # Someone enrolled but held back says more than the many who never were.
    one = [*not_enrolled, _person(99, NO_CONSENT, True), _person(98, ARCHIVED, False)]
    assert nobody_to_suggest("Cohort 2026", one) == (
        "Nobody to suggest pairs for: 1 person is enrolled without consent recorded — record "
        "their consent under Programmes, or import them with a consent column."
    )
    full = [_person(i, AT_CAPACITY, True) for i in range(3)] + [_person(9, NO_LEVEL, True)]
    assert nobody_to_suggest("X", full) == (
        "Nobody to suggest pairs for: 3 people already have as many partners as they can take "
        "— raise their capacity under Programmes for more pairs."
    )
    # A tie goes to the reason that comes first.
    tie = [_person(1, WITHDREW, True), _person(2, NO_CONSENT, True)]
    assert nobody_to_suggest("Pilot", tie) == (
        'Nobody to suggest pairs for: 1 person withdrew from "Pilot" — enrol them again under '
        "Programmes."
    )
