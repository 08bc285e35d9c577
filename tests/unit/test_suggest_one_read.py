"""The command reads the cohort and who is left out in one go: the same as the two reads apart."""

import factories
import pytest
from sqlalchemy import select

from revmentor_desktop.core.db.models import Enrolment, EnrolmentStatus, Role
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.programmes import list_programmes
from revmentor_desktop.core.services.suggestions import (
    load_cohort,
    load_cohort_and_left_out,
    lock_pair,
    not_considered,
    reject_pair,
)

pytestmark = pytest.mark.both_engines


def check_same(db, programme_id: int) -> None:
    cohort, left_out = load_cohort_and_left_out(db, programme_id)
    assert cohort == load_cohort(db, programme_id)
    assert left_out == not_considered(db, programme_id)


@pytest.mark.parametrize("seed", [3, 7])
def test_on_the_demo_one_read_gives_what_the_two_give(db, seed):
    create_demo(db, people=120, seed=seed)
    for programme in list_programmes(db):
        check_same(db, programme.id)


def test_with_every_reason_to_be_left_out_and_every_kind_of_decision(db, small_org):
    programme = small_org
    factories.enrol(db, programme, "zoe.adams@x.org", Role.MENTEE)
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
    factories.add_person(db, "Kim", "Junior", "kim@x.org", rank=1)
    factories.enrol(db, programme, "kim@x.org", Role.REVERSE_MENTOR)
    with db.session() as session, session.begin():
        olga = factories.person_id(db, "olga.koval@x.org")
        enrolment = session.scalar(select(Enrolment).where(Enrolment.person_id == olga))
        enrolment.status = EnrolmentStatus.WITHDRAWN
    ids = factories.ids_by_email(db)
    lock_pair(db, programme, ids["kim@x.org"], ids["zoe.adams@x.org"])
    reject_pair(db, programme, ids["dana.fox@x.org"], ids["zoe.adams@x.org"], "same team")
    cohort, left_out = load_cohort_and_left_out(db, programme)
    assert cohort.locked and cohort.rejected and cohort.already_partners
    assert len(left_out) == 8
    check_same(db, programme)


def test_a_programme_that_no_longer_exists_is_the_same_clear_error(db, small_org):
    with pytest.raises(RevMentorError, match="no longer exists"):
        load_cohort_and_left_out(db, small_org + 1)
