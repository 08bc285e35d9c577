"""The getting-started checklist: each step's rule, read from small databases."""

from datetime import date

import factories
import pytest
from sqlalchemy import update

from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    PairDecision,
    PairDecisionKind,
    PartnershipStatus,
    Person,
    Programme,
    ProgrammeStatus,
    Role,
)
from revmentor_desktop.core.services.getting_started import (
    CONSENT,
    ORGANISATION,
    PARTNERSHIPS,
    PEOPLE,
    PROGRAMME,
    SUGGESTIONS,
    getting_started,
    needs_getting_started,
)
from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, set_setting

pytestmark = pytest.mark.both_engines


def step(db, key):
    return next(s for s in getting_started(db).steps if s.key == key)


def name_organisation(db, name="Northwind Logistics"):
    with db.session() as session, session.begin():
        set_setting(session, ORGANISATION_NAME, name)


def add_programme(db, name, status=ProgrammeStatus.PLANNING) -> int:
    with db.session() as session, session.begin():
        programme = Programme(name=name, status=status)
        session.add(programme)
        session.flush()
        return programme.id


def set_person(db, email, **values):
    with db.session() as session, session.begin():
        session.execute(update(Person).where(Person.email == email).values(**values))


def set_enrolment(db, programme_id, email, **values):
    person = factories.person_id(db, email)
    with db.session() as session, session.begin():
        session.execute(
            update(Enrolment)
            .where(Enrolment.programme_id == programme_id, Enrolment.person_id == person)
            .values(**values)
        )


def test_an_empty_database_has_every_step_to_do_in_order(db):
    checklist = getting_started(db)
    assert [s.key for s in checklist.steps] == [
        ORGANISATION, PEOPLE, PROGRAMME, CONSENT, SUGGESTIONS, PARTNERSHIPS
    ]  # fmt: skip
    assert [s.done for s in checklist.steps] == [False] * 6
    assert (checklist.done, checklist.complete) == (0, False)
    assert checklist.next_step.key == ORGANISATION
    assert all(s.title and s.what_to_do.endswith(".") and s.status for s in checklist.steps)
    assert needs_getting_started(db)


def test_the_organisation_is_named_once_its_name_is_not_blank(db):
    name_organisation(db, "   ")
    assert not step(db, ORGANISATION).done
    name_organisation(db, "Northwind Logistics")
    organisation = step(db, ORGANISATION)
    assert organisation.done and organisation.status == "Northwind Logistics"


def test_people_count_only_when_not_archived(db):
    factories.add_person(db, "Ana", "Lee", "ana@x.org", 1, archived=True)
    people = step(db, PEOPLE)
    assert not people.done and people.status == "Nobody yet"
    factories.add_person(db, "Ben", "Ode", "ben@x.org", 2)
    people = step(db, PEOPLE)
    assert people.done and people.status == "1 person"


def test_a_programme_counts_once_it_has_a_reverse_mentor_and_a_mentee(small_org, db):
    # small_org: Dana and Wang (reverse mentors) and Zoë (mentee) in "Cohort 2026".
    assert not needs_getting_started(db)
    programme = step(db, PROGRAMME)
    assert programme.done
    assert programme.status == "Cohort 2026: 2 reverse mentors and 1 mentee"

    set_enrolment(db, small_org, "zoe.adams@x.org", status=EnrolmentStatus.WITHDRAWN)
    programme = step(db, PROGRAMME)
    assert not programme.done
    assert programme.status == "Cohort 2026: 2 reverse mentors, no mentee yet"

    set_enrolment(db, small_org, "zoe.adams@x.org", status=EnrolmentStatus.ACTIVE)
    set_person(db, "zoe.adams@x.org", archived=True)
    assert not step(db, PROGRAMME).done


def test_a_programme_without_enrolments_is_not_enough(db):
    add_programme(db, "Pilot")
    programme = step(db, PROGRAMME)
    assert not programme.done and programme.status == "Pilot: nobody enrolled yet"
    assert not needs_getting_started(db)


def test_the_programme_furthest_along_speaks_for_the_step(small_org, db):
    pilot = add_programme(db, "Pilot")
    factories.enrol(db, pilot, "jose.muller@x.org", Role.MENTEE)
    programme = step(db, PROGRAMME)
    assert programme.done and programme.status.startswith("Cohort 2026:")


def test_consent_is_done_when_everyone_enrolled_has_consented(small_org, db):
    consent = step(db, CONSENT)
    assert not consent.done and consent.status == "0 of 3 enrolled people have consented"
    for email in ("dana.fox@x.org", "wang.wei@x.org"):
        set_person(db, email, consent_date=date(2026, 9, 1))
    consent = step(db, CONSENT)
    assert not consent.done and consent.status == "2 of 3 enrolled people have consented"
    set_person(db, "zoe.adams@x.org", consent_date=date(2026, 9, 1))
    consent = step(db, CONSENT)
    assert consent.done and consent.status == "All 3 enrolled people have consented"


def test_consent_is_not_done_while_nobody_is_enrolled(db):
    factories.add_person(db, "Ana", "Lee", "ana@x.org", 1, consent_date=date(2026, 9, 1))
    consent = step(db, CONSENT)
    assert not consent.done and consent.status == "Nobody enrolled yet"


def test_consent_leaves_out_withdrawn_archived_and_closed_programmes(small_org, db):
    factories.consent_all(db)
    closed = add_programme(db, "Cohort 2025", ProgrammeStatus.CLOSED)
    factories.enrol(db, closed, "jose.muller@x.org", Role.MENTEE, consent=None)
    assert step(db, CONSENT).done  # José is only in a closed programme

    factories.enrol(db, small_org, "olga.koval@x.org", Role.REVERSE_MENTOR, consent=None)
    assert not step(db, CONSENT).done
    set_enrolment(db, small_org, "olga.koval@x.org", status=EnrolmentStatus.WITHDRAWN)
    assert step(db, CONSENT).done
    set_enrolment(db, small_org, "olga.koval@x.org", status=EnrolmentStatus.ACTIVE)
    set_person(db, "olga.koval@x.org", archived=True)
    assert step(db, CONSENT).done


def test_someone_enrolled_twice_counts_once_for_consent(small_org, db):
    factories.consent_all(db)
    second = add_programme(db, "Cohort 2027")
    factories.enrol(db, second, "dana.fox@x.org", Role.REVERSE_MENTOR)
    assert step(db, CONSENT).status == "All 3 enrolled people have consented"


def test_suggestions_count_once_a_pair_is_chosen_or_decided(small_org, db):
    suggestions = step(db, SUGGESTIONS)
    assert not suggestions.done and suggestions.status == "No pairs chosen yet"
    ids = factories.ids_by_email(db)
    with db.session() as session, session.begin():
        session.add(PairDecision(programme_id=small_org, mentor_id=ids["dana.fox@x.org"],
                                 mentee_id=ids["zoe.adams@x.org"],
                                 kind=PairDecisionKind.REJECTED))  # fmt: skip
    suggestions = step(db, SUGGESTIONS)
    assert suggestions.done
    assert suggestions.status == "1 suggested pair locked or rejected, none accepted yet"
    factories.add_partnership(
        db, small_org, "wang.wei@x.org", "zoe.adams@x.org", status=PartnershipStatus.DRAFT
    )
    suggestions = step(db, SUGGESTIONS)
    assert suggestions.done and suggestions.status == "1 pair chosen"


@pytest.mark.parametrize(
    ("status", "done"),
    [
        (PartnershipStatus.DRAFT, False),
        (PartnershipStatus.ACTIVE, True),
        (PartnershipStatus.PAUSED, True),
        (PartnershipStatus.COMPLETED, True),
        (PartnershipStatus.ENDED_EARLY, True),
    ],
)
def test_a_partnership_is_set_up_once_past_its_draft(small_org, db, status, done):
    factories.add_partnership(db, small_org, "wang.wei@x.org", "zoe.adams@x.org", status=status)
    assert step(db, PARTNERSHIPS).done is done


def test_the_partnerships_step_says_how_many_are_set_up_and_drafts(small_org, db):
    assert step(db, PARTNERSHIPS).status == "No partnerships yet"
    factories.add_partnership(
        db, small_org, "wang.wei@x.org", "zoe.adams@x.org", status=PartnershipStatus.DRAFT
    )
    assert step(db, PARTNERSHIPS).status == "1 draft to finish"
    factories.add_partnership(db, small_org, "dana.fox@x.org", "jose.muller@x.org")
    assert step(db, PARTNERSHIPS).status == "1 partnership set up, 1 draft to finish"


def test_every_step_done_completes_the_checklist(small_org, db):
    name_organisation(db)
    factories.consent_all(db)
    factories.add_partnership(db, small_org, "wang.wei@x.org", "zoe.adams@x.org")
    checklist = getting_started(db)
    assert checklist.complete and checklist.done == 6 and checklist.next_step is None


def test_steps_are_ticked_whatever_the_order_they_were_done_in(small_org, db):
    # People and a programme, but no name yet: the name is the next step, the rest still ticks.
    checklist = getting_started(db)
    assert checklist.next_step.key == ORGANISATION
    assert [s.key for s in checklist.steps if s.done] == [PEOPLE, PROGRAMME]


def test_needs_getting_started_only_without_any_programme(db):
    name_organisation(db)
    factories.add_person(db, "Ana", "Lee", "ana@x.org", 1)
    assert needs_getting_started(db)
    add_programme(db, "Pilot")
    assert not needs_getting_started(db)
    with db.session() as session, session.begin():
        session.execute(Programme.__table__.delete())
    assert needs_getting_started(db)
