"""The data model's constraints hold in the database itself, not only in the services."""

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from revmentor_desktop.core.db.models import (
    Enrolment,
    Partnership,
    Person,
    PersonSkill,
    Programme,
    Role,
    SeniorityLevel,
    Skill,
    SkillInterest,
)
from revmentor_desktop.core.services.organisation import DEFAULT_LEVELS, ensure_levels

pytestmark = pytest.mark.both_engines


def add_person(session, email, **fields):
    person = Person(given_name=fields.pop("given_name", "Dana"), family_name="Test", email=email,
                    **fields)  # fmt: skip
    session.add(person)
    session.flush()
    return person


def test_every_connection_has_the_safety_pragmas(sqlite_file, db):
    with db.engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000


def test_email_is_unique_ignoring_case(db):
    with db.session() as session, session.begin():
        add_person(session, "Dana.Fox@example.org")
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        add_person(session, "dana.fox@EXAMPLE.org")
    with db.session() as session:
        assert session.scalar(select(Person.email)) == "Dana.Fox@example.org"


def test_empty_email_is_refused(db):
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        add_person(session, "   ")


def test_skill_names_are_unique_ignoring_case(db):
    with db.session() as session, session.begin():
        session.add(Skill(name="Power BI"))
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.add(Skill(name="power bi"))
        session.flush()


def test_default_levels_are_ordered_and_ranks_unique(db):
    with db.session() as session, session.begin():
        levels = ensure_levels(session)
        assert [level.label for level in levels] == list(DEFAULT_LEVELS)
        assert [level.rank for level in levels] == list(range(1, len(DEFAULT_LEVELS) + 1))
        # A second call keeps the organisation's ladder instead of adding another.
        assert len(ensure_levels(session)) == len(DEFAULT_LEVELS)
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.add(SeniorityLevel(rank=1, label="Trainee"))
        session.flush()


def test_people_sort_by_level_rank_not_label(db):
    with db.session() as session, session.begin():
        levels = {level.label: level for level in ensure_levels(session)}
        add_person(session, "exec@x.org", level=levels["Executive"])
        add_person(session, "app@x.org", level=levels["Apprentice"])
        add_person(session, "dir@x.org", level=levels["Director"])
        ordered = session.scalars(
            select(Person.email).join(SeniorityLevel).order_by(SeniorityLevel.rank)
        ).all()
    assert ordered == ["app@x.org", "dir@x.org", "exec@x.org"]


def test_enrolment_role_must_be_a_known_role(db):
    with db.session() as session, session.begin():
        person = add_person(session, "a@x.org")
        programme = Programme(name="Cohort 1")
        session.add(programme)
        session.flush()
        session.add(Enrolment(programme=programme, person=person, role=Role.MENTEE))
        ids = programme.id, person.id
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        # Bypass the ORM's own check to prove the database refuses it too.
        session.execute(
            text("UPDATE enrolment SET role = 'coach' WHERE programme_id = :p AND person_id = :q"),
            {"p": ids[0], "q": ids[1]},
        )
    with pytest.raises(StatementError), db.session() as session, session.begin():
        session.add(Enrolment(programme_id=ids[0], person_id=ids[1], role="coach"))
        session.flush()


def test_a_person_is_enrolled_once_per_programme_with_positive_capacity(db):
    with db.session() as session, session.begin():
        person = add_person(session, "a@x.org")
        programme = Programme(name="Cohort 1")
        session.add_all([programme, Enrolment(programme=programme, person=person,
                                              role=Role.REVERSE_MENTOR)])  # fmt: skip
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.add(Enrolment(programme_id=programme.id, person_id=person.id, role=Role.MENTEE))
        session.flush()
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        other = add_person(session, "b@x.org")
        session.add(Enrolment(programme_id=programme.id, person=other, role=Role.MENTEE,
                              capacity=0))  # fmt: skip
        session.flush()


def test_nobody_manages_themselves_and_foreign_keys_are_enforced(db):
    with db.session() as session, session.begin():
        person_id = add_person(session, "a@x.org").id
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.get(Person, person_id).manager_id = person_id
        session.flush()
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.get(Person, person_id).manager_id = 9999
        session.flush()


def test_partners_differ_and_skill_levels_stay_in_range(db):
    with db.session() as session, session.begin():
        person = add_person(session, "a@x.org")
        programme = Programme(name="Cohort 1", start_date=date(2026, 1, 1))
        session.add(programme)
        session.flush()
        ids = person.id, programme.id
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.add(Partnership(programme_id=ids[1], mentor_id=ids[0], mentee_id=ids[0]))
        session.flush()
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        skill = Skill(name="TikTok")
        session.add(skill)
        session.flush()
        session.add(PersonSkill(person_id=ids[0], skill_id=skill.id,
                                interest=SkillInterest.OFFERS, level=9))  # fmt: skip
        session.flush()


def test_programme_end_cannot_precede_its_start(db):
    with pytest.raises(IntegrityError), db.session() as session, session.begin():
        session.add(Programme(name="Backwards", start_date=date(2026, 5, 1),
                              end_date=date(2026, 4, 1)))  # fmt: skip
        session.flush()
