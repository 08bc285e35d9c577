"""Data-protection requests: export one person's data, erase a person (file, log and backups),
the retention list and the audit trail, without Qt."""

import json
import os
import stat
from datetime import UTC, date, datetime

import factories
import pytest
from sqlalchemy import func, select, update

from revmentor_desktop.core.db.backup import list_backups, make_backup
from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    Enrolment,
    Goal,
    PairDecision,
    PairDecisionKind,
    PairingPreference,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    PreferenceKind,
    PrivacyRequest,
    PrivacyRequestKind,
    Programme,
    ProgrammeStatus,
    Role,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.exports import people_table
from revmentor_desktop.core.services.integrity import check_database
from revmentor_desktop.core.services.organisation import (
    load_organisation_settings,
    save_organisation_settings,
)
from revmentor_desktop.core.services.people.data_export import export_person, save_person_export
from revmentor_desktop.core.services.people.directory import list_people
from revmentor_desktop.core.services.people.erasure import erase_people, erase_person, erase_plan
from revmentor_desktop.core.services.people.erasure_backups import (
    backups_holding_email,
    delete_backups_holding,
)
from revmentor_desktop.core.services.people.records import manager_candidates, other_people
from revmentor_desktop.core.services.people.requests import list_requests
from revmentor_desktop.core.services.people.retention import months_before, people_due
from revmentor_desktop.core.vocabulary import ERASED_NAME

pytestmark = pytest.mark.both_engines

# Written only into the person's record and what others wrote about them: none of it may be
# left anywhere in the file once they are erased.
CANARY_NOTE = "QX7-canary-private-note"
CANARY_PREFERENCE = "QX7-canary-preference-note"
CANARY_GIVEN, CANARY_FAMILY = "Qxanthe", "Zwolinska"
CANARY_EMAIL = "qxanthe.zwolinska@x.org"
CANARIES = (CANARY_NOTE, CANARY_PREFERENCE, CANARY_GIVEN, CANARY_FAMILY, CANARY_EMAIL)


@pytest.fixture
def canary(db, small_org):
    """Qxanthe: reverse mentor of Zoë (completed, with a private note about her) and of José
    (active), line manager of Dana, with pairing preferences both ways and a rejected pair."""
    pid = factories.add_person(
        db, CANARY_GIVEN, CANARY_FAMILY, CANARY_EMAIL, 2, employee_id="E-QX7",
        notes="Prefers mornings", birth_year=1999, consent_date=date(2026, 9, 1),
    )  # fmt: skip
    factories.enrol(db, small_org, CANARY_EMAIL, Role.REVERSE_MENTOR)
    factories.enrol(db, small_org, "jose.muller@x.org", Role.MENTEE)
    ids = factories.ids_by_email(db)
    done, _ = factories.add_partnership(
        db, small_org, CANARY_EMAIL, "zoe.adams@x.org", status=PartnershipStatus.COMPLETED,
        place=f"Room of {CANARY_GIVEN}",
    )  # fmt: skip
    live, _ = factories.add_partnership(db, small_org, CANARY_EMAIL, "jose.muller@x.org")
    factories.add_check_in(
        db, done, date(2026, 11, 2), CheckInKind.FIT_CHECK, mentor_rating=4, mentee_rating=5,
        duration_minutes=45, summary=f"{CANARY_GIVEN} explained TikTok", private_notes=CANARY_NOTE,
    )  # fmt: skip
    with db.session() as session, session.begin():
        session.add_all([
            PairingPreference(person_id=ids["jose.muller@x.org"], other_id=pid,
                              kind=PreferenceKind.WOULD_RATHER_NOT, note=CANARY_PREFERENCE),
            PairingPreference(person_id=pid, other_id=ids["wang.wei@x.org"],
                              kind=PreferenceKind.WOULD_LIKE, note="Same team"),
            PairDecision(programme_id=small_org, mentor_id=pid, mentee_id=ids["dana.fox@x.org"],
                         kind=PairDecisionKind.REJECTED, reason="Same project"),
        ])  # fmt: skip
        session.execute(
            update(Person).where(Person.email == "dana.fox@x.org").values(manager_id=pid)
        )
    return {"id": pid, "done": done, "live": live, "programme": small_org}


def rows(db, model, **where) -> list:
    with db.session() as session:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalars(query).all()


def file_bytes(path) -> bytes:
    return path.read_bytes() if path.exists() else b""


# --- export -------------------------------------------------------------------------------


def test_export_holds_everything_about_them_with_a_summary_first(db, canary):
    data = export_person(db, CANARY_EMAIL.upper())  # any case finds them
    assert next(iter(data)) == "summary"
    summary = " ".join(data["summary"])
    assert f"{CANARY_GIVEN} {CANARY_FAMILY}" in summary and CANARY_EMAIL in summary
    assert "2 partnerships" in summary and "private notes (included here)" in summary
    assert data["person"]["email"] == CANARY_EMAIL
    assert data["person"]["employee_id"] == "E-QX7"
    assert data["person"]["birth_year"] == 1999 and data["person"]["notes"] == "Prefers mornings"
    assert data["person"]["level"] == "Associate"
    assert [e["role"] for e in data["enrolments"]] == ["Reverse mentor"]
    partners = {p["partner"]: p for p in data["partnerships"]}
    assert set(partners) == {"Zoë Adams", "José Müller"}
    check_in = partners["Zoë Adams"]["check_ins"][0]
    assert check_in["private_notes"] == CANARY_NOTE
    assert check_in["kind"] == "First-session fit check"
    assert partners["Zoë Adams"]["agreement"]["meeting_place"] == f"Room of {CANARY_GIVEN}"
    assert [g["title"] for g in partners["Zoë Adams"]["goals"]] == [
        "Post on TikTok every week", "Read a departmental budget",
    ]  # fmt: skip
    # The partner by name only: none of the partner's own record.
    assert "zoe.adams@x.org" not in json.dumps(data, ensure_ascii=False)
    assert data["pairing_preferences_about_them"] == [
        {"recorded_for": "José Müller", "kind": "Would rather not work with",
         "note": CANARY_PREFERENCE}
    ]  # fmt: skip
    assert data["their_pairing_preferences"][0]["about"] == "王伟"
    assert data["pair_decisions"][0]["partner"] == "Dana Fox"
    assert data["people_reporting_to_them"] == 1
    json.dumps(data)  # plain JSON values throughout


def test_export_file_is_written_whole_for_the_user_alone_and_noted(db, canary, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "person-data.json"
    result = save_person_export(db, CANARY_EMAIL, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["partnerships"][0]["check_ins"][0]["private_notes"] == CANARY_NOTE
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["person-data.json"]  # no temporary left
    (request,) = list_requests(db)
    assert (request.number, request.kind, request.records) == (
        result.request, PrivacyRequestKind.EXPORT, result.records,
    )  # fmt: skip
    assert result.records >= 10


def test_export_of_an_unknown_email_says_so(db, small_org):
    with pytest.raises(RevMentorError, match="Nobody in the database has the email no@x.org"):
        export_person(db, "no@x.org")


# --- erasure ------------------------------------------------------------------------------


def test_plan_says_what_goes_before_anything_changes(db, canary):
    plan = erase_plan(db, CANARY_EMAIL)
    assert (plan.kept, plan.ended, plan.drafts, plan.check_ins) == (1, 1, 0, 1)
    assert (plan.preferences, plan.decisions, plan.reports, plan.enrolments) == (2, 1, 1, 1)
    text = " ".join(plan.sentences())
    assert "1 live partnership ends now" in text and "2 partnerships stay" in text
    assert "Dana" not in text  # counts only
    assert len(rows(db, Person, email=CANARY_EMAIL)) == 1


def test_erase_keeps_partnerships_with_an_erased_partner_and_nothing_about_them(db, canary, engine):
    result = erase_person(db, CANARY_EMAIL)
    assert result.file_cleaned
    (shell,) = rows(db, Person, id=canary["id"])
    assert shell.full_name == ERASED_NAME and shell.archived and shell.erased_at is not None
    assert shell.email.endswith(".invalid") and shell.employee_id is None
    assert (shell.notes, shell.birth_year, shell.consent_date) == ("", None, None)
    done, live = (rows(db, Partnership, id=canary[k])[0] for k in ("done", "live"))
    assert done.mentor_id == live.mentor_id == canary["id"]
    assert done.status == PartnershipStatus.COMPLETED and done.meeting_place == ""
    assert live.status == PartnershipStatus.ENDED_EARLY and live.no_fault_ending
    assert len(rows(db, Goal, partnership_id=canary["done"])) == 2  # statistics stay
    (check_in,) = rows(db, CheckIn, partnership_id=canary["done"])
    assert (check_in.private_notes, check_in.summary) == ("", "")
    assert (check_in.mentor_rating, check_in.mentee_rating, check_in.duration_minutes) == (4, 5, 45)
    for model, column in ((PersonSkill, "person_id"), (Enrolment, "person_id"),
                          (PairingPreference, "other_id"), (PairingPreference, "person_id"),
                          (PairDecision, "mentor_id")):  # fmt: skip
        assert rows(db, model, **{column: canary["id"]}) == []
    (dana,) = rows(db, Person, email="dana.fox@x.org")
    assert dana.manager_id is None
    # Gone from every list of people, the people export and the pickers.
    assert canary["id"] not in {r.id for r in list_people(db, include_archived=True)}
    assert all(r["given_name"] != ERASED_NAME for r in people_table(db))
    assert canary["id"] not in {c.id for c in manager_candidates(db, dana.id)}
    assert canary["id"] not in {c.id for c in other_people(db, dana.id)}
    # The audit trail: what, when and by whom, never who.
    (request,) = list_requests(db)
    assert request.kind == PrivacyRequestKind.ERASE and request.records == result.plan.records
    # The app keeps backups of a file only: on a server the trail says nothing of them.
    held = "no backup held them" if engine == "sqlite" else ""
    assert result.request == request.number and request.backups_text == held
    with pytest.raises(RevMentorError, match="Nobody in the database"):
        erase_person(db, CANARY_EMAIL)


def test_a_partnership_with_an_erased_partner_can_be_read_not_changed(db, canary):
    from revmentor_desktop.core.services.partnerships.pairing import partner_review
    from revmentor_desktop.core.services.pdf_files import agreement_sheet

    erase_person(db, CANARY_EMAIL)
    (done,) = rows(db, Partnership, id=canary["done"])
    review = partner_review(db, canary["programme"], done.mentor_id, done.mentee_id, done.id)
    assert "erased on request" in review.problem_fields["mentor_id"]
    assert not any("archived" in text or "consent" in text for text in review.warnings)
    sheet = agreement_sheet(db, done.id)
    assert (sheet.mentor.name, sheet.mentor.email) == (ERASED_NAME, "")


def test_erase_leaves_a_sound_database(db, canary):
    erase_person(db, CANARY_EMAIL)
    report = check_database(db)
    assert report.ok, report.problems
    assert report.counts["partnerships"] == 2


def test_erase_leaves_no_trace_in_the_database_file_or_its_log(sqlite_file, db, canary):
    assert CANARY_NOTE.encode() in file_bytes(db.path) + file_bytes(wal(db))  # it was there
    erase_person(db, CANARY_EMAIL)
    everything = file_bytes(db.path) + file_bytes(wal(db))
    for canary_text in CANARIES:
        assert canary_text.encode() not in everything, canary_text


def wal(db):
    return db.path.with_name(db.path.name + "-wal")


def test_someone_never_in_a_partnership_leaves_no_row_at_all(db, small_org):
    erase_person(db, "wang.wei@x.org")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 5


def test_someone_never_in_a_partnership_leaves_nothing_in_the_file(sqlite_file, db, small_org):
    erase_person(db, "wang.wei@x.org")
    assert b"wang.wei@x.org" not in file_bytes(db.path) + file_bytes(wal(db))


def test_a_draft_with_them_is_deleted(db, small_org):
    draft, _ = factories.add_partnership(
        db, small_org, "dana.fox@x.org", "zoe.adams@x.org", status=PartnershipStatus.DRAFT
    )
    assert erase_plan(db, "dana.fox@x.org").drafts == 1
    erase_person(db, "dana.fox@x.org")
    assert rows(db, Partnership, id=draft) == []
    assert rows(db, Person, email="dana.fox@x.org") == []


def test_backups_that_still_hold_them_are_listed_and_pruned(sqlite_file, db, canary):
    before = make_backup(db.path)
    erase_person(db, "wang.wei@x.org")  # someone else: their backup holds the canary still
    result = erase_person(db, CANARY_EMAIL)
    after = make_backup(db.path)
    assert [b.path for b in result.backups] == [before.path]
    assert backups_holding_email(db, CANARY_EMAIL)[0].path == before.path
    assert CANARY_NOTE.encode() in before.path.read_bytes()
    assert delete_backups_holding(db, result.request, result.backups) == 1
    assert [b.path for b in list_backups(db.path, counts=False)] == [after.path]
    for canary_text in CANARIES:
        assert canary_text.encode() not in after.path.read_bytes()
    erasure = next(r for r in list_requests(db) if r.number == result.request)
    assert erasure.backups_text == "1 backup held them: deleted"


def test_the_audit_trail_never_holds_their_name_or_email(db, canary, tmp_path):
    save_person_export(db, CANARY_EMAIL, tmp_path / "x.json")
    erase_person(db, CANARY_EMAIL)
    with db.session() as session:
        stored = [tuple(vars(r).items()) for r in session.scalars(select(PrivacyRequest))]
    assert len(stored) == 2
    assert not any(c in repr(stored) for c in CANARIES)
    assert [r.kind_label for r in list_requests(db)] == ["Erasure", "Export"]


# --- retention ----------------------------------------------------------------------------


def test_months_before_keeps_the_day_or_the_months_last():
    assert months_before(date(2027, 3, 31), 1) == date(2027, 2, 28)
    assert months_before(date(2027, 1, 15), 24) == date(2025, 1, 15)


def test_retention_setting_defaults_to_24_months_and_is_saved(db, small_org):
    settings = load_organisation_settings(db)
    assert settings.retention_months == 24
    settings.retention_months = 0
    with pytest.raises(RevMentorError, match="1 to 240 months"):
        save_organisation_settings(db, settings)
    settings.retention_months = 6
    assert save_organisation_settings(db, settings).retention_months == 6


def test_people_who_left_or_whose_programmes_closed_long_ago_are_due(db, small_org):
    today = date(2029, 8, 1)
    # Bob left (archived) in 2026; Zoë's only programme closed in mid 2027.
    with db.session() as session, session.begin():
        session.execute(
            update(Person).where(Person.email == "bob@x.org")
            .values(updated_at=datetime(2026, 12, 1, tzinfo=UTC))
        )  # fmt: skip
        session.execute(
            update(Programme).values(status=ProgrammeStatus.CLOSED, end_date=date(2027, 6, 30))
        )
    due = people_due(db, today=today)
    assert [(d.name, d.since) for d in due] == [
        ("Bob Archived", date(2026, 12, 1)),
        ("Dana Fox", date(2027, 6, 30)),
        ("Zoë Adams", date(2027, 6, 30)),
        ("王伟", date(2027, 6, 30)),
    ]
    assert due[0].reason == "Left (archived) by 1 Dec 2026"
    assert due[1].reason == "Last programme Cohort 2026 closed 30 Jun 2027"
    assert [d.name for d in people_due(db, months=30, today=today)] == ["Bob Archived"]
    # People never in a programme and not archived are current staff: never due.
    assert "José Müller" not in {d.name for d in due}


def test_anyone_in_a_live_partnership_or_open_programme_is_not_due(db, small_org):
    factories.add_partnership(db, small_org, "dana.fox@x.org", "zoe.adams@x.org")
    with db.session() as session, session.begin():
        session.execute(update(Person).values(archived=True, updated_at=datetime(2020, 1, 1)))
    due = {d.name for d in people_due(db, today=date(2029, 1, 1))}
    # Dana and Zoë are in a partnership; Wang is enrolled in the open programme.
    assert due == {"Bob Archived", "José Müller", "Ольга Коваль"}


class Stop(Exception):
    pass


def stop_after_one(done, total):
    if done == 1:
        raise Stop


def test_stopping_between_people_keeps_those_erased(db, canary):
    with pytest.raises(Stop):
        erase_people(db, [CANARY_EMAIL, "dana.fox@x.org"], stop_after_one)
    assert rows(db, Person, email=CANARY_EMAIL) == []
    assert len(rows(db, Person, email="dana.fox@x.org")) == 1


def test_stopping_between_people_still_wipes_the_file(sqlite_file, db, canary):
    with pytest.raises(Stop):
        erase_people(db, [CANARY_EMAIL, "dana.fox@x.org"], stop_after_one)
    assert CANARY_NOTE.encode() not in file_bytes(db.path) + file_bytes(wal(db))


def test_an_erased_shell_is_never_due(db, canary):
    erase_person(db, CANARY_EMAIL)
    due = people_due(db, months=1, today=date(2040, 1, 1))
    assert canary["id"] not in {d.id for d in due}
    assert ERASED_NAME not in {d.name for d in due}
