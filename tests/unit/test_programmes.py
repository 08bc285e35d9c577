"""Programmes and enrolments without Qt: validation, counts, enrolling, withdrawing, consent."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    Partnership,
    PartnershipStatus,
    Person,
    Programme,
    ProgrammeStatus,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.services.programmes import (
    ProgrammeData,
    enrol,
    enrolment_candidates,
    frequency_label,
    list_enrolments,
    list_programmes,
    load_programme,
    record_consent,
    save_programme,
    unenrol,
    update_enrolment,
    validate_programme,
)
from revmentor_desktop.core.text import isolate

pytestmark = pytest.mark.both_engines


def person_ids(db):
    with db.session() as session:
        return {p.email.split("@")[0]: p.id for p in session.scalars(select(Person))}


def enrolment_ids(db, programme_id):
    return {row.email.split("@")[0]: row.enrolment_id for row in list_enrolments(db, programme_id)}


def add_partnership(db, programme_id, mentor, mentee, status=PartnershipStatus.ACTIVE):
    """Only the partnership row, between two person ids: all the counts here look at (unlike
    factories.add_partnership, which dates it and gives it goals)."""
    with db.session() as session, session.begin():
        session.add(Partnership(programme_id=programme_id, mentor_id=mentor, mentee_id=mentee,
                                status=status))  # fmt: skip


# --- programmes ---------------------------------------------------------------------------


def test_counts_per_role_capacity_and_consent(db, small_org):
    ids = person_ids(db)
    with db.session() as session, session.begin():
        zoe = session.scalar(select(Enrolment).where(Enrolment.person_id == ids["zoe.adams"]))
        zoe.capacity = 3
    record_consent(db, [ids["dana.fox"], ids["zoe.adams"]], date(2026, 9, 1))
    (summary,) = list_programmes(db)
    assert (summary.id, summary.name, summary.status) == (
        small_org,
        "Cohort 2026",
        ProgrammeStatus.PLANNING,
    )
    assert (summary.reverse_mentors, summary.mentor_capacity) == (2, 2)
    assert (summary.mentees, summary.mentee_capacity) == (1, 3)
    assert (summary.consented, summary.not_consented) == (2, 1)
    assert summary.counts_text == "2 reverse mentors · 1 mentee"
    assert summary.enrolment_text == (
        "Reverse mentors: 2 (capacity 2) · Mentees: 1 (capacity 3) · 1 without consent"
    )
    assert summary.dates_text == "from 1 Oct 2026"


def test_withdrawn_and_archived_people_are_not_counted_as_taking_part(db, small_org):
    ids = person_ids(db)
    add_partnership(db, small_org, ids["wang.wei"], ids["zoe.adams"])
    unenrol(db, [enrolment_ids(db, small_org)["wang.wei"]])
    with db.session() as session, session.begin():
        session.get(Person, ids["dana.fox"]).archived = True
    (summary,) = list_programmes(db)
    assert (summary.reverse_mentors, summary.mentees) == (0, 1)
    assert (summary.withdrawn, summary.archived) == (1, 1)
    assert summary.enrolment_text.endswith("· 1 without consent · 1 withdrawn · 1 archived")


def test_programmes_are_listed_newest_first_with_empty_counts(db, small_org):
    later = save_programme(db, ProgrammeData("Cohort 2027", start_date=date(2027, 10, 1)))
    undated = save_programme(db, ProgrammeData("Ideas"))
    programmes = list_programmes(db)
    assert [p.id for p in programmes] == [undated, later, small_org]
    assert programmes[0].counts_text == "0 reverse mentors · 0 mentees"
    assert programmes[0].dates_text == "no dates yet"


def test_save_and_load_a_programme(db):
    data = ProgrammeData(
        name="  Pilot 2026  ",
        start_date=date(2026, 1, 5),
        end_date=date(2026, 12, 18),
        status=ProgrammeStatus.RUNNING,
        meeting_interval_days=7,
        checkin_interval_days=14,
        stalled_after_days=10,
    )
    programme_id = save_programme(db, data)
    loaded = load_programme(db, programme_id)
    assert loaded == ProgrammeData(**{**data.__dict__, "name": "Pilot 2026", "version": 1})
    loaded.status = ProgrammeStatus.CLOSED
    loaded.end_date = None
    assert save_programme(db, loaded, programme_id) == programme_id
    again = load_programme(db, programme_id)
    assert (again.status, again.end_date) == (ProgrammeStatus.CLOSED, None)
    assert list_programmes(db)[0].dates_text == "from 5 Jan 2026"


def test_new_programmes_get_the_default_intervals(db):
    programme_id = save_programme(db, ProgrammeData("Defaults"))
    loaded = load_programme(db, programme_id)
    assert (loaded.meeting_interval_days, loaded.checkin_interval_days,
            loaded.stalled_after_days) == (14, 30, 21)  # fmt: skip
    assert loaded.status == ProgrammeStatus.PLANNING


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": ""}, "name", "Give the programme a name"),
        ({"name": "   "}, "name", "Give the programme a name"),
        ({"name": "x" * 161}, "name", "at most 160"),
        ({"name": "cohort 2026"}, "name", "already a programme called “Cohort 2026”"),
        ({"end_date": date(2026, 9, 30)}, "end_date", "cannot end (30 Sep 2026) before it starts"),
        ({"meeting_interval_days": 0}, "meeting_interval_days", "between 1 and 365"),
        ({"checkin_interval_days": -3}, "checkin_interval_days", "between 1 and 365"),
        ({"checkin_interval_days": 366}, "checkin_interval_days", "between 1 and 365"),
        ({"stalled_after_days": 0}, "stalled_after_days", "stalled after 1 to 365 days"),
        ({"status": "paused"}, "status", "not a programme status"),
    ],
)
def test_each_validation_rule_names_its_field(db, small_org, change, field, words):
    data = ProgrammeData(name="New cohort", start_date=date(2026, 10, 1))
    for key, value in change.items():
        setattr(data, key, value)
    errors = validate_programme(db, data)
    assert list(errors) == [field]
    assert words in errors[field]
    with pytest.raises(ValidationError) as raised:
        save_programme(db, data)
    assert raised.value.errors == errors
    assert len(list_programmes(db)) == 1  # nothing written


def test_unique_names_ignore_case_in_any_script(db):
    save_programme(db, ProgrammeData("Été Ölçü"))
    assert "name" in validate_programme(db, ProgrammeData("ÉTÉ ÖLÇÜ"))
    assert "name" in validate_programme(db, ProgrammeData("ete olcu"))


def test_a_programme_keeps_its_own_name_and_valid_edges_pass(db, small_org):
    same = ProgrammeData("Cohort 2026", start_date=date(2026, 10, 1), end_date=date(2026, 10, 1),
                         meeting_interval_days=1, stalled_after_days=1)  # fmt: skip
    assert validate_programme(db, same, small_org) == {}
    assert validate_programme(db, ProgrammeData("Only an end", end_date=date(2020, 1, 1))) == {}


def test_saving_a_programme_that_was_deleted_is_a_clear_error(db, small_org):
    with pytest.raises(RevMentorError, match="no longer exists"):
        save_programme(db, ProgrammeData("Ghost"), programme_id=9999)
    with pytest.raises(RevMentorError, match="no longer exists"):
        load_programme(db, 9999)


def test_frequency_labels():
    assert frequency_label(7) == "Weekly (7)"
    assert frequency_label(14) == "Every two weeks (14)"
    assert frequency_label(21) == "Every three weeks (21)"
    assert frequency_label(30) == "Monthly (30)"
    assert frequency_label(10) == "Every 10 days (10)"


# --- enrolments ---------------------------------------------------------------------------


def test_enrolment_rows_hold_the_person_and_the_enrolment(db, small_org):
    rows = list_enrolments(db, small_org)
    assert [r.name for r in rows] == ["Dana Fox", "王伟", "Zoë Adams"]  # mentors first
    dana = rows[0]
    assert (dana.email, dana.department, dana.level, dana.level_rank) == (
        "dana.fox@x.org",
        "Marketing",
        "Professional",
        3,
    )
    assert (dana.role, dana.capacity, dana.status, dana.consent_date, dana.archived) == (
        Role.REVERSE_MENTOR,
        1,
        EnrolmentStatus.ACTIVE,
        None,
        False,
    )
    assert dana.status_label == "Active"


def test_enrol_adds_new_people_and_skips_those_already_enrolled(db, small_org):
    ids = person_ids(db)
    added = enrol(db, small_org, [ids["jose.muller"], ids["dana.fox"]], Role.MENTEE, capacity=2)
    assert added == 1
    rows = {r.email: r for r in list_enrolments(db, small_org)}
    assert (rows["jose.muller@x.org"].role, rows["jose.muller@x.org"].capacity) == (
        Role.MENTEE,
        2,
    )
    assert rows["dana.fox@x.org"].role == Role.REVERSE_MENTOR  # unchanged
    with db.session() as session:
        enrolment = session.scalar(
            select(Enrolment).where(Enrolment.person_id == ids["jose.muller"])
        )
        assert enrolment.enrolled_on == date.today()


def test_enrolling_an_archived_person_is_refused_and_writes_nothing(db, small_org):
    ids = person_ids(db)
    with pytest.raises(RevMentorError, match="Bob Archived is archived and cannot be enrolled"):
        enrol(db, small_org, [ids["olga.koval"], ids["bob"]], Role.REVERSE_MENTOR)
    assert len(list_enrolments(db, small_org)) == 3


def test_enrol_refuses_a_bad_capacity_or_a_missing_programme(db, small_org):
    ids = person_ids(db)
    with pytest.raises(RevMentorError, match="at once: 1 to 20, not 0"):
        enrol(db, small_org, [ids["olga.koval"]], Role.REVERSE_MENTOR, capacity=0)
    with pytest.raises(RevMentorError, match="no longer exists"):
        enrol(db, 9999, [ids["olga.koval"]], Role.REVERSE_MENTOR)


def test_candidates_leave_out_archived_and_enrolled_people(db, small_org):
    ids = person_ids(db)
    assert [c.name for c in enrolment_candidates(db, small_org)] == ["José Müller", "Ольга Коваль"]
    add_partnership(db, small_org, ids["dana.fox"], ids["zoe.adams"])
    unenrol(db, [enrolment_ids(db, small_org)["dana.fox"]])
    candidates = {c.name: c for c in enrolment_candidates(db, small_org)}
    assert candidates["Dana Fox"].withdrawn_role == Role.REVERSE_MENTOR
    assert candidates["José Müller"].withdrawn_role is None
    assert "finance" in candidates["José Müller"].search_text


def test_someone_who_withdrew_can_take_part_again_in_the_same_role(db, small_org):
    ids = person_ids(db)
    add_partnership(db, small_org, ids["dana.fox"], ids["zoe.adams"], PartnershipStatus.ENDED_EARLY)
    unenrol(db, [enrolment_ids(db, small_org)["dana.fox"]])
    with pytest.raises(RevMentorError, match="Dana Fox took part before in the other role"):
        enrol(db, small_org, [ids["dana.fox"]], Role.MENTEE)
    assert enrol(db, small_org, [ids["dana.fox"]], Role.REVERSE_MENTOR, capacity=2) == 1
    dana = next(r for r in list_enrolments(db, small_org) if r.name == "Dana Fox")
    assert (dana.status, dana.capacity) == (EnrolmentStatus.ACTIVE, 2)


def test_update_role_and_capacity(db, small_org):
    eid = enrolment_ids(db, small_org)["dana.fox"]
    update_enrolment(db, eid, role=Role.MENTEE, capacity=3)
    dana = next(r for r in list_enrolments(db, small_org) if r.enrolment_id == eid)
    assert (dana.role, dana.capacity) == (Role.MENTEE, 3)
    with pytest.raises(RevMentorError, match="at once: 1 to 20, not 0"):
        update_enrolment(db, eid, capacity=0)
    with pytest.raises(RevMentorError, match="no longer exists"):
        update_enrolment(db, 9999, capacity=2)


def test_the_role_cannot_change_once_someone_has_a_partnership(db, small_org):
    ids = person_ids(db)
    add_partnership(db, small_org, ids["dana.fox"], ids["zoe.adams"], PartnershipStatus.COMPLETED)
    eid = enrolment_ids(db, small_org)["dana.fox"]
    with pytest.raises(RevMentorError, match="Dana Fox already has 1 partnership in this"):
        update_enrolment(db, eid, role=Role.MENTEE)
    update_enrolment(db, eid, role=Role.REVERSE_MENTOR, capacity=1)  # no change: fine


def test_capacity_cannot_drop_below_live_partnerships(db, small_org):
    ids = person_ids(db)
    add_partnership(db, small_org, ids["dana.fox"], ids["zoe.adams"])
    add_partnership(db, small_org, ids["wang.wei"], ids["zoe.adams"], PartnershipStatus.DRAFT)
    add_partnership(db, small_org, ids["olga.koval"], ids["zoe.adams"], PartnershipStatus.COMPLETED)
    eid = enrolment_ids(db, small_org)["zoe.adams"]
    update_enrolment(db, eid, capacity=3)
    under_way = f"{isolate('Zoë Adams')} has 2 partnerships under way"
    with pytest.raises(RevMentorError, match=under_way):
        update_enrolment(db, eid, capacity=1)
    update_enrolment(db, eid, capacity=2)  # the completed one no longer takes a place
    assert next(r for r in list_enrolments(db, small_org) if r.enrolment_id == eid).capacity == 2


def test_unenrol_deletes_or_withdraws_and_says_which(db, small_org):
    ids = person_ids(db)
    add_partnership(db, small_org, ids["wang.wei"], ids["zoe.adams"])
    eids = enrolment_ids(db, small_org)
    result = unenrol(db, [eids["dana.fox"], eids["wang.wei"]])
    assert (result.removed, result.withdrawn) == (1, 1)
    assert result.message == (
        "1 person un-enrolled; 1 person marked as withdrawn (they have partnerships in this "
        "programme, which are kept)."
    )
    rows = {r.email: r for r in list_enrolments(db, small_org)}
    assert "dana.fox@x.org" not in rows
    assert rows["wang.wei@x.org"].status == EnrolmentStatus.WITHDRAWN
    assert rows["wang.wei@x.org"].status_label == "Withdrawn"
    # Withdrawing again changes nothing.
    assert unenrol(db, [eids["wang.wei"]]).message == "Nobody was un-enrolled."
    with db.session() as session:
        assert session.get(Programme, small_org) is not None


def test_record_consent_sets_the_date_for_the_chosen_people(db, small_org):
    ids = person_ids(db)
    day = date.today() - timedelta(days=3)
    assert record_consent(db, [ids["dana.fox"], ids["wang.wei"]], day) == 2
    rows = {r.email: r.consent_date for r in list_enrolments(db, small_org)}
    assert rows == {"dana.fox@x.org": day, "wang.wei@x.org": day, "zoe.adams@x.org": None}


def test_consent_cannot_be_dated_in_the_future(db, small_org):
    ids = person_ids(db)
    with pytest.raises(RevMentorError, match="future date"):
        record_consent(db, [ids["dana.fox"]], date.today() + timedelta(days=1))
    assert all(r.consent_date is None for r in list_enrolments(db, small_org))
