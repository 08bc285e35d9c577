"""Suggestions service without Qt: who is eligible, the cohort the engine sees, HR's decisions."""

import re
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from revmentor_desktop.cli.suggest import report_text
from revmentor_desktop.core.db.models import (
    Enrolment,
    EnrolmentStatus,
    PairDecision,
    PairDecisionKind,
    PairingPreference,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    PreferenceKind,
    Programme,
    Role,
    Skill,
    SkillCategory,
    SkillInterest,
)
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.matching import (
    CRITERIA,
    CriterionResult,
    Matcher,
    MatchSettings,
    PairSuggestion,
    Weight,
)
from revmentor_desktop.core.services.integrity import check_database
from revmentor_desktop.core.services.organisation import ensure_levels
from revmentor_desktop.core.services.programmes import programme_by_name
from revmentor_desktop.core.services.suggestions import (
    ARCHIVED,
    AT_CAPACITY,
    NotConsidered,
    accept_pairs,
    decision_state,
    forget_rejection,
    ineligible_people,
    load_cohort,
    load_matching_settings,
    lock_pair,
    pair_decisions,
    reject_pair,
    rejected_pairs,
    restore_decision_state,
    save_matching_settings,
    suggestion_report,
    swap_change,
    unlock_pair,
)

pytestmark = pytest.mark.both_engines

CONSENTED = date(2026, 9, 1)
# given name, level rank, department, site, manager, enrolled as (role, capacity) or None
PEOPLE = (
    ("Carla", 8, "Board", "London", None, None),
    ("Dmitri", 7, "Finance", "Remote", "Carla", (Role.MENTEE, 2)),
    ("Maya", 6, "Marketing", "London", "Carla", (Role.MENTEE, 2)),
    ("Tom", 4, "Finance", "Berlin", "Dmitri", None),  # outside the programme
    ("Ann", 2, "Finance", "Berlin", "Tom", (Role.REVERSE_MENTOR, 1)),
    ("Eve", 1, "Partner Ltd", "Remote", None, (Role.REVERSE_MENTOR, 1)),
    ("Nick", 1, "Sales", "London", "Maya", (Role.REVERSE_MENTOR, 1)),  # no consent
    ("Arch", 2, "Sales", "London", "Maya", (Role.REVERSE_MENTOR, 1)),  # archived
    ("Will", 3, "Sales", "London", "Maya", (Role.REVERSE_MENTOR, 1)),  # withdrawn
    ("Cap", 2, "Sales", "London", "Maya", (Role.REVERSE_MENTOR, 1)),  # partnered (draft)
    ("Zed", None, "Sales", "London", None, (Role.REVERSE_MENTOR, 1)),  # no seniority level
)


@pytest.fixture
def org(db):
    """A programme with two open mentees, two open reverse mentors and five left out."""
    with db.session() as session, session.begin():
        levels = {level.rank: level for level in ensure_levels(session)}
        programme = Programme(
            name="Cohort 2026", start_date=date(2026, 10, 1), end_date=date(2027, 6, 30)
        )
        tiktok = Skill(name="TikTok", category=SkillCategory.SOCIAL_MEDIA)
        budgeting = Skill(name="Budgeting", category=SkillCategory.ORGANISATIONAL_KNOWLEDGE)
        session.add_all([programme, tiktok, budgeting])
        people: dict[str, Person] = {}
        for given, rank, department, site, manager, enrolment in PEOPLE:
            person = Person(
                given_name=given, family_name="Test", email=f"{given.lower()}@x.org",
                department=department, location=site, level=levels.get(rank),
                manager=people.get(manager), consent_date=CONSENTED,
                archived=given == "Arch",
            )  # fmt: skip
            people[given] = person
            session.add(person)
            if enrolment:
                role, capacity = enrolment
                status = EnrolmentStatus.WITHDRAWN if given == "Will" else EnrolmentStatus.ACTIVE
                session.add(Enrolment(programme=programme, person=person, role=role,
                                      capacity=capacity, status=status))  # fmt: skip
        people["Nick"].consent_date = None
        ann, eve, dmitri = people["Ann"], people["Eve"], people["Dmitri"]
        ann.channels, ann.hours_per_month, ann.birth_year = ["video", "carrier pigeon"], 6.0, 1999
        dmitri.channels, dmitri.hours_per_month = ["video", "email"], 4.0
        eve.is_external, eve.external_org, eve.share_permission_confirmed = True, "P Ltd", True
        session.flush()
        session.add_all([
            PersonSkill(person=ann, skill=tiktok, interest=SkillInterest.OFFERS, level=5),
            PersonSkill(person=ann, skill=budgeting, interest=SkillInterest.WANTS, level=2),
            PersonSkill(person=dmitri, skill=tiktok, interest=SkillInterest.WANTS, level=1),
            PersonSkill(person=dmitri, skill=budgeting, interest=SkillInterest.OFFERS, level=4),
            PairingPreference(person_id=ann.id, other_id=dmitri.id, kind=PreferenceKind.WOULD_LIKE),
            PairingPreference(person_id=people["Maya"].id, other_id=eve.id,
                              kind=PreferenceKind.WOULD_RATHER_NOT),
            # About someone who cannot take part: of no use to the engine.
            PairingPreference(person_id=people["Nick"].id, other_id=dmitri.id,
                              kind=PreferenceKind.WOULD_LIKE),
            PairDecision(programme_id=programme.id, mentor_id=eve.id, mentee_id=dmitri.id,
                         kind=PairDecisionKind.REJECTED, reason="same project"),
            PairDecision(programme_id=programme.id, mentor_id=ann.id, mentee_id=people["Maya"].id,
                         kind=PairDecisionKind.LOCKED),
            # A lock on someone who is no longer open is not the engine's business.
            PairDecision(programme_id=programme.id, mentor_id=people["Nick"].id,
                         mentee_id=dmitri.id, kind=PairDecisionKind.LOCKED),
            Partnership(programme_id=programme.id, mentor_id=people["Cap"].id,
                        mentee_id=people["Maya"].id, status=PartnershipStatus.DRAFT),
        ])  # fmt: skip
        # Ended partnerships no longer hold a place.
        session.add(Partnership(programme_id=programme.id, mentor_id=ann.id, mentee_id=dmitri.id,
                                status=PartnershipStatus.ENDED_EARLY))  # fmt: skip
        session.flush()
        ids = {given: person.id for given, person in people.items()}
        skills = {"TikTok": tiktok.id, "Budgeting": budgeting.id}
        return programme.id, ids, skills


def partnerships(db):
    with db.session() as session:
        return list(session.scalars(select(Partnership).order_by(Partnership.id)))


def decisions(db):
    with db.session() as session:
        return {
            (d.mentor_id, d.mentee_id): (d.kind, d.reason)
            for d in session.scalars(select(PairDecision))
        }


# --- who takes part -------------------------------------------------------------------------


def test_people_who_cannot_be_paired_are_listed_with_the_reason(db, org):
    programme, ids, _ = org
    assert ineligible_people(db, programme) == [
        (ids["Arch"], "Arch Test", "archived"),
        (ids["Cap"], "Cap Test", "already has 1 partner (capacity 1)"),
        (ids["Nick"], "Nick Test", "no consent recorded"),
        (ids["Will"], "Will Test", "withdrawn"),
        (ids["Zed"], "Zed Test", "no seniority level set"),
    ]
    cohort = load_cohort(db, programme)
    assert [p.id for p in cohort.mentors] == sorted([ids["Ann"], ids["Eve"]])  # by id
    assert [p.id for p in cohort.mentees] == sorted([ids["Dmitri"], ids["Maya"]])


def test_the_cohort_carries_what_the_rules_and_criteria_need(db, org):
    programme, ids, skills = org
    cohort = load_cohort(db, programme)
    by_name = {p.name.split()[0]: p for p in (*cohort.mentors, *cohort.mentees)}
    ann, eve, dmitri, maya = (by_name[name] for name in ("Ann", "Eve", "Dmitri", "Maya"))
    assert (ann.name, ann.email, ann.level, ann.department, ann.location) == (
        "Ann Test", "ann@x.org", 2, "Finance", "Berlin")  # fmt: skip
    assert ann.channels == frozenset({"video"})  # an unknown channel is dropped
    assert (ann.hours, ann.birth_year, ann.manager_id) == (6.0, 1999, ids["Tom"])
    assert dict(ann.offers) == {skills["TikTok"]: 5}
    assert dict(ann.wants) == {skills["Budgeting"]: 2}
    assert dict(dmitri.wants) == {skills["TikTok"]: 1}
    assert dict(dmitri.offers) == {skills["Budgeting"]: 4}
    assert (ann.external, eve.external, eve.share_permission) == (False, True, True)
    assert (dmitri.level, dmitri.hours, dmitri.channels) == (7, 4.0, frozenset({"video", "email"}))
    # Capacity left: Maya (2) already has a draft with Cap; Dmitri's ended partnership is over.
    assert (ann.capacity, dmitri.capacity, maya.capacity) == (1, 2, 1)
    assert dict(cohort.skill_names) == {
        skills["TikTok"]: "TikTok",
        skills["Budgeting"]: "Budgeting",
    }
    # The reporting chain Ann → Tom → Dmitri passes through Tom, who is not in the programme.
    assert cohort.managers[ids["Ann"]] == ids["Tom"]
    assert cohort.managers[ids["Tom"]] == ids["Dmitri"]
    assert cohort.managers[ids["Carla"]] is None
    assert len(cohort.managers) == len(PEOPLE)
    assert cohort.would_like == {(ids["Ann"], ids["Dmitri"])}
    assert cohort.would_rather_not == {(ids["Maya"], ids["Eve"])}
    assert (ids["Eve"], ids["Dmitri"]) in cohort.rejected
    assert (ids["Ann"], ids["Maya"]) not in cohort.rejected
    assert cohort.locked == {(ids["Ann"], ids["Maya"])}  # Nick's lock lapsed with his consent


def test_a_pair_already_working_together_is_not_suggested_again(db, org):
    programme, ids, _ = org
    with db.session() as session, session.begin():  # both now have room for one more
        for enrolment in session.scalars(select(Enrolment)):
            enrolment.capacity = 3
    cohort = load_cohort(db, programme)
    assert cohort.already_partners == {(ids["Cap"], ids["Maya"])}
    assert (ids["Cap"], ids["Maya"]) not in cohort.rejected
    pairs = Matcher(cohort).suggest(load_matching_settings(db, programme)).pairs
    assert (ids["Cap"], ids["Maya"]) not in {(p.mentor_id, p.mentee_id) for p in pairs}


def test_programme_by_name(db, org):
    programme, _, _ = org
    assert programme_by_name(db, "Cohort 2026") == programme
    assert programme_by_name(db, "  cohort 2026 ") == programme
    with pytest.raises(RevMentorError, match='no programme called "Pilot"; the programmes are: '
                       '"Cohort 2026"'):  # fmt: skip
        programme_by_name(db, "Pilot")


def test_no_programme_at_all_says_so(db):
    with pytest.raises(RevMentorError, match="there are no programmes yet"):
        programme_by_name(db, "Pilot")
    with pytest.raises(RevMentorError, match="no longer exists"):
        load_cohort(db, 99)


# --- settings -------------------------------------------------------------------------------


def test_settings_round_trip_through_the_programme(db, org):
    programme, _, _ = org
    assert load_matching_settings(db, programme) == MatchSettings()
    settings = MatchSettings()
    settings.weights["generation_gap"] = Weight.MUST
    settings.weights["location"] = Weight.OFF
    settings.min_gap, settings.min_score, settings.favour_participation = 3, 40.0, True
    save_matching_settings(db, programme, settings)
    with db.session() as session:
        assert session.get(Programme, programme).matching_settings == settings.to_json()
    loaded = load_matching_settings(db, programme)
    assert loaded == settings
    assert loaded.weights["generation_gap"] == Weight.MUST


# --- accepting ------------------------------------------------------------------------------


def test_accepting_makes_draft_partnerships_and_frees_nobody_else(db, org):
    programme, ids, _ = org
    settings = load_matching_settings(db, programme)
    matcher = Matcher(load_cohort(db, programme))
    pair = matcher.pair(settings, ids["Ann"], ids["Maya"])
    (created,) = accept_pairs(db, programme, [pair])
    new = partnerships(db)[-1]
    assert new.id == created
    assert (new.mentor_id, new.mentee_id, new.programme_id) == (ids["Ann"], ids["Maya"], programme)
    assert (new.status, new.wizard_step) == (PartnershipStatus.DRAFT, 1)
    # Never a start already past: today once the programme has begun.
    assert (new.start_date, new.end_date) == (
        max(date(2026, 10, 1), date.today()),
        date(2027, 6, 30),
    )
    assert new.match_score == pytest.approx(pair.score)
    assert [c["key"] for c in new.match_breakdown] == [c.key for c in pair.criteria]
    first = new.match_breakdown[0]
    assert set(first) == {"key", "label", "weight", "score", "explanation"}
    assert first["label"] == CRITERIA[first["key"]]
    assert first["weight"] == str(pair.criteria[0].weight.value)
    assert first["score"] == pytest.approx(pair.criteria[0].score, abs=1e-3)
    assert first["explanation"] == pair.criteria[0].explanation
    assert (ids["Ann"], ids["Maya"]) not in decisions(db)  # the lock has done its job
    # Re-suggest the rest: both used their last place, so only Eve and Dmitri are still open.
    cohort = load_cohort(db, programme)
    assert [p.id for p in cohort.mentors] == [ids["Eve"]]
    assert [p.id for p in cohort.mentees] == [ids["Dmitri"]]
    assert cohort.locked == frozenset()
    reasons = dict((pid, reason) for pid, _, reason in ineligible_people(db, programme))
    assert reasons[ids["Ann"]] == "already has 1 partner (capacity 1)"
    assert reasons[ids["Maya"]] == "already has 2 partners (capacity 2)"
    assert check_database(db).ok, check_database(db).problems


@pytest.mark.parametrize(
    ("pairs", "words"),
    [
        (
            [("Ann", "Dmitri"), ("Nick", "Maya")],
            "Nick Test is no longer open (no consent recorded)",
        ),
        ([("Ann", "Dmitri"), ("Ann", "Maya")], "Ann Test would have more than 1 partner"),
        ([("Cap", "Dmitri")], "Cap Test is no longer open (already has 1 partner (capacity 1))"),
        ([("Ann", "Cap")], "Cap Test takes part as reverse mentor, not as mentee"),
        ([("Ann", "Tom")], "Tom Test is not enrolled in this programme"),
        ([("Ann", "Dmitri"), ("Ann", "Dmitri")], "Ann Test and Dmitri Test are already partners"),
    ],
)
def test_accepting_a_pair_that_is_no_longer_open_writes_nothing(db, org, pairs, words):
    programme, ids, _ = org
    before, kept = partnerships(db), decisions(db)
    with pytest.raises(RevMentorError, match=re.escape(words)) as refused:
        accept_pairs(db, programme, [stale_pair(ids[a], ids[b]) for a, b in pairs])
    assert str(refused.value).startswith("Nothing was accepted: ")
    assert [p.id for p in partnerships(db)] == [p.id for p in before]
    assert decisions(db) == kept  # Ann and Maya's lock too


def stale_pair(mentor_id: int, mentee_id: int, score: float = 50.0) -> PairSuggestion:
    """A pair as a screen showing an older suggestion would hand it over."""
    criterion = CriterionResult(key="seniority_gap", label=CRITERIA["seniority_gap"],
                                weight=Weight.MEDIUM, score=0.5,
                                explanation="3 levels apart")  # fmt: skip
    return PairSuggestion(mentor_id=mentor_id, mentee_id=mentee_id, score=score,
                          criteria=(criterion,))  # fmt: skip


# --- rejecting and locking ------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_a_rejection_needs_a_reason(db, org, reason):
    programme, ids, _ = org
    before = decisions(db)
    with pytest.raises(RevMentorError, match="Say why this pair should not work together"):
        reject_pair(db, programme, ids["Ann"], ids["Dmitri"], reason)
    assert decisions(db) == before


def test_rejections_are_remembered_listed_and_forgotten(db, org):
    programme, ids, _ = org
    reject_pair(db, programme, ids["Ann"], ids["Dmitri"], "  they sit on the same board  ")
    assert rejected_pairs(db, programme) == [
        (ids["Ann"], ids["Dmitri"], "Ann Test", "Dmitri Test", "they sit on the same board"),
        (ids["Eve"], ids["Dmitri"], "Eve Test", "Dmitri Test", "same project"),
    ]
    assert (ids["Ann"], ids["Dmitri"]) in load_cohort(db, programme).rejected
    # Rejecting the locked pair replaces the lock.
    reject_pair(db, programme, ids["Ann"], ids["Maya"], "changed my mind")
    assert decisions(db)[ids["Ann"], ids["Maya"]] == (PairDecisionKind.REJECTED, "changed my mind")
    assert load_cohort(db, programme).locked == frozenset()
    forget_rejection(db, programme, ids["Ann"], ids["Dmitri"])
    forget_rejection(db, programme, ids["Ann"], ids["Dmitri"])  # twice is harmless
    assert (ids["Ann"], ids["Dmitri"]) not in load_cohort(db, programme).rejected
    assert [r[:2] for r in rejected_pairs(db, programme)] == [
        (ids["Ann"], ids["Maya"]), (ids["Eve"], ids["Dmitri"])]  # fmt: skip


def test_the_decisions_list_shows_locks_then_rejections_with_reasons(db, org):
    programme, ids, _ = org
    reject_pair(db, programme, ids["Ann"], ids["Dmitri"], "same board")
    rows = pair_decisions(db, programme)
    assert [(r.mentor, r.mentee, r.kind, r.reason) for r in rows] == [
        ("Ann Test", "Maya Test", PairDecisionKind.LOCKED, ""),
        ("Nick Test", "Dmitri Test", PairDecisionKind.LOCKED, ""),
        ("Ann Test", "Dmitri Test", PairDecisionKind.REJECTED, "same board"),
        ("Eve Test", "Dmitri Test", PairDecisionKind.REJECTED, "same project"),
    ]
    assert all(r.decided_at is not None for r in rows)
    forget_rejection(db, programme, ids["Eve"], ids["Dmitri"])
    unlock_pair(db, programme, ids["Ann"], ids["Maya"])
    assert [(r.mentor_id, r.mentee_id) for r in pair_decisions(db, programme)] == [
        (ids["Nick"], ids["Dmitri"]), (ids["Ann"], ids["Dmitri"])]  # fmt: skip


def test_what_a_swap_costs_in_words():
    assert swap_change([69.2, 64.8], [31.6, 32.4]) == (
        "These two pairs would score 32 % and 32 % instead of 69 % and 65 %: 70 points less in all."
    )
    assert swap_change([50, 40], [46, 43]) == (
        "These two pairs would score 46 % and 43 % instead of 50 % and 40 %: 1 point less in all."
    )
    assert swap_change([50, 40], [45, 45]) is None  # the same in all
    assert swap_change([50, 40], [60, 45]) is None  # better


def test_rejecting_needs_the_pair_in_the_programme_in_their_roles(db, org):
    programme, ids, _ = org
    with pytest.raises(RevMentorError, match="Dmitri Test takes part as mentee"):
        reject_pair(db, programme, ids["Dmitri"], ids["Maya"], "two seniors")
    with pytest.raises(RevMentorError, match="not enrolled in this programme"):
        reject_pair(db, programme, ids["Tom"], ids["Maya"], "not here")


def test_lock_and_unlock(db, org):
    programme, ids, _ = org
    unlock_pair(db, programme, ids["Ann"], ids["Maya"])
    assert load_cohort(db, programme).locked == frozenset()
    lock_pair(db, programme, ids["Eve"], ids["Dmitri"])  # was rejected: now locked instead
    lock_pair(db, programme, ids["Eve"], ids["Dmitri"])  # twice is harmless
    assert decisions(db)[ids["Eve"], ids["Dmitri"]] == (PairDecisionKind.LOCKED, "")
    assert rejected_pairs(db, programme) == []
    cohort = load_cohort(db, programme)
    assert cohort.locked == {(ids["Eve"], ids["Dmitri"])}
    # HR decided: the locked pair is in every suggestion, whatever the weights say.
    suggestion = Matcher(cohort).suggest(load_matching_settings(db, programme))
    locked = [(p.mentor_id, p.mentee_id) for p in suggestion.pairs if p.locked]
    assert locked == [(ids["Eve"], ids["Dmitri"])]
    unlock_pair(db, programme, ids["Eve"], ids["Dmitri"])
    assert load_cohort(db, programme).locked == frozenset()
    assert (ids["Eve"], ids["Dmitri"]) not in decisions(db)


def test_a_lock_needs_open_people_with_a_place_left(db, org):
    programme, ids, _ = org
    before = decisions(db)
    # Maya has one place left, and her lock with Ann already takes it.
    with pytest.raises(RevMentorError, match="Maya Test has room for 1 partner and is already "
                       "locked with Ann Test; unlock that pair first"):  # fmt: skip
        lock_pair(db, programme, ids["Eve"], ids["Maya"])
    with pytest.raises(RevMentorError, match="Nick Test cannot be paired now: no consent"):
        lock_pair(db, programme, ids["Nick"], ids["Maya"])
    with pytest.raises(RevMentorError, match="Cap Test and Maya Test are already partners"):
        lock_pair(db, programme, ids["Cap"], ids["Maya"])
    assert decisions(db) == before


# --- with the demo organisation --------------------------------------------------------------


@pytest.fixture
def demo(db):
    create_demo(db, 120)
    programme = programme_by_name(db, "Reverse Mentoring 2026/27")
    return programme, load_matching_settings(db, programme)


def pair_ids(suggestion):
    return {(p.mentor_id, p.mentee_id) for p in suggestion.pairs}


def test_a_rejected_pair_never_comes_back(db, demo):
    programme, settings = demo
    already = {(r[0], r[1]) for r in rejected_pairs(db, programme)}  # the demo's own
    first = Matcher(load_cohort(db, programme)).suggest(settings)
    assert len(first.pairs) >= 5
    rejected = sorted(pair_ids(first))[:5]
    for mentor, mentee in rejected:
        reject_pair(db, programme, mentor, mentee, "not a good idea")
    for _ in range(2):  # and again with yet more of them rejected
        again = Matcher(load_cohort(db, programme)).suggest(settings)
        assert not pair_ids(again) & set(rejected)
        assert again.pairs  # the others are still paired
        mentor, mentee = sorted(pair_ids(again))[0]
        reject_pair(db, programme, mentor, mentee, "no")
        rejected.append((mentor, mentee))
    assert {(r[0], r[1]) for r in rejected_pairs(db, programme)} == already | set(rejected)


def test_a_restored_pair_can_be_suggested_again(db, demo):
    programme, settings = demo
    first = Matcher(load_cohort(db, programme)).suggest(settings)
    best = max(first.pairs, key=lambda p: p.score)
    mentor, mentee = best.mentor_id, best.mentee_id
    reject_pair(db, programme, mentor, mentee, "mis-click")
    assert (mentor, mentee) not in pair_ids(Matcher(load_cohort(db, programme)).suggest(settings))
    forget_rejection(db, programme, mentor, mentee)
    again = Matcher(load_cohort(db, programme)).suggest(settings)
    assert (mentor, mentee) in pair_ids(again)
    assert pair_ids(again) == pair_ids(first)  # exactly as before the mis-click


def test_undo_puts_the_decisions_back_exactly(db, org):
    programme, ids, _ = org
    before = decision_state(db, programme)
    assert len(before.rows) == 3 and all(row[4] is not None for row in before.rows)
    reject_pair(db, programme, ids["Ann"], ids["Dmitri"], "same board")
    unlock_pair(db, programme, ids["Ann"], ids["Maya"])
    forget_rejection(db, programme, ids["Eve"], ids["Dmitri"])
    assert decision_state(db, programme) != before
    restore_decision_state(db, before)
    assert decision_state(db, programme) == before  # reasons and dates too


def test_undo_of_an_accept_deletes_its_drafts_and_brings_back_the_locks(db, demo):
    programme, settings = demo
    suggestion = Matcher(load_cohort(db, programme)).suggest(settings)
    first = suggestion.pairs[0]
    lock_pair(db, programme, first.mentor_id, first.mentee_id)
    before, drafts_before = decision_state(db, programme), partnerships(db)
    created = accept_pairs(db, programme, suggestion.pairs[:3])
    assert decision_state(db, programme) != before  # the lock went with the accept
    restore_decision_state(db, before, created)
    assert decision_state(db, programme) == before
    assert [p.id for p in partnerships(db)] == [p.id for p in drafts_before]
    # A draft worked on since is not deleted by an undo, and then nothing changes.
    created = accept_pairs(db, programme, suggestion.pairs[:2])
    with db.session() as session, session.begin():
        session.get(Partnership, created[1]).wizard_step = 3
    after = decision_state(db, programme)
    with pytest.raises(RevMentorError, match="has been worked on since it was accepted"):
        restore_decision_state(db, before, created)
    assert decision_state(db, programme) == after
    assert set(created) <= {p.id for p in partnerships(db)}


def test_re_suggest_the_rest_after_accepting_some(db, demo):
    programme, settings = demo
    accepted_drafts = (
        select(func.count())
        .select_from(Partnership)
        .where(Partnership.status == PartnershipStatus.DRAFT, Partnership.wizard_step == 1)
    )
    with db.session() as session:
        already = session.scalar(accepted_drafts)  # the demo's own
    cohort = load_cohort(db, programme)
    first = Matcher(cohort).suggest(settings)
    accepted = first.pairs[:4]
    assert len(accept_pairs(db, programme, accepted)) == 4
    capacity = {p.id: p.capacity for p in (*cohort.mentors, *cohort.mentees)}
    after = load_cohort(db, programme)
    left = {p.id: p.capacity for p in (*after.mentors, *after.mentees)}
    used = Counter(person for p in accepted for person in (p.mentor_id, p.mentee_id))
    for person, count in used.items():
        assert left.get(person, 0) == capacity[person] - count
    assert set(left) == {p for p in capacity if capacity[p] > used[p]}
    rest = Matcher(after).suggest(settings)
    assert not pair_ids(rest) & {(p.mentor_id, p.mentee_id) for p in accepted}
    with db.session() as session:
        drafts = session.scalar(accepted_drafts)
    assert drafts == already + 4
    # Accepting all the rest uses up the places without breaking the rules `check` knows.
    accept_pairs(db, programme, rest.pairs)
    report = check_database(db)
    assert report.ok, report.problems
    final = Matcher(load_cohort(db, programme)).suggest(settings)
    assert not pair_ids(final) & (pair_ids(rest) | {(p.mentor_id, p.mentee_id) for p in accepted})


def test_the_report_of_a_suggestion(db, demo):
    programme, settings = demo
    cohort = load_cohort(db, programme)
    suggestion = Matcher(cohort).suggest(settings)
    report = suggestion_report(cohort, suggestion)
    assert set(report) == {"pairs", "unmatched"}
    assert len(report["pairs"]) == len(suggestion.pairs)
    people = {p.id: p for p in (*cohort.mentors, *cohort.mentees)}
    for row, pair in zip(report["pairs"], suggestion.pairs, strict=True):
        assert set(row) == {"mentor_email", "mentor_name", "mentee_email", "mentee_name",
                            "score", "reasons", "locked", "criteria"}  # fmt: skip
        assert (row["mentor_email"], row["mentor_name"]) == (
            people[pair.mentor_id].email, people[pair.mentor_id].name)  # fmt: skip
        assert (row["mentee_email"], row["mentee_name"]) == (
            people[pair.mentee_id].email, people[pair.mentee_id].name)  # fmt: skip
        assert row["score"] == round(pair.score, 1)
        assert row["reasons"] == list(pair.reasons())
        assert row["locked"] is False
        assert [c["key"] for c in row["criteria"]] == [c.key for c in pair.criteria]
        assert all(set(c) == {"key", "label", "weight", "score", "explanation"}
                   for c in row["criteria"])  # fmt: skip
    for row, person in zip(report["unmatched"], suggestion.unmatched, strict=True):
        assert row == {"email": people[person.person_id].email,
                       "name": people[person.person_id].name,
                       "role": person.role, "reason": person.reason}  # fmt: skip


def test_the_report_as_text():
    report = {
        "pairs": [
            {"mentor_email": "w@x.org", "mentor_name": "王伟", "mentee_email": "z@x.org",
             "mentee_name": "Zoë Adams", "score": 87.46, "locked": True,
             "reasons": ["covers TikTok", "5 levels apart", "both in London"], "criteria": []},
            {"mentor_email": "d@x.org", "mentor_name": "Dana Fox", "mentee_email": "j@x.org",
             "mentee_name": "José Müller", "score": 61.0, "locked": False,
             "reasons": ["3 levels apart"], "criteria": []},
        ],
        "unmatched": [{"email": "o@x.org", "name": "Ольга Коваль", "role": "reverse_mentor",
                       "reason": "no mentee at least 1 level above"}],
    }  # fmt: skip
    left_out = [NotConsidered(1, "Bob", "bob@x.org", "archived", ARCHIVED, False),
                NotConsidered(2, "Al", "al@x.org", "already at capacity (1 partnership, "
                              "capacity 1)", AT_CAPACITY, True),
                NotConsidered(3, "Cy", "cy@x.org", "already at capacity (2 partnerships, "
                              "capacity 2)", AT_CAPACITY, True)]  # fmt: skip
    lines = report_text(report, 148.46, left_out).splitlines()
    assert lines == [
        "Score  Reverse mentor  Mentee       Why",
        " 87.5  王伟            Zoë Adams    [locked] covers TikTok; 5 levels apart",
        " 61.0  Dana Fox        José Müller  3 levels apart",
        "",
        "Unmatched:",
        "  Ольга Коваль <o@x.org>, reverse mentor: no mentee at least 1 level above",
        "",
        "Not considered:",
        "  1 person archived: bob@x.org",
        "  2 people already at capacity: al@x.org, cy@x.org",
        "",
        "2 pairs suggested, total score 148.5; 1 person unmatched",
    ]
    assert report_text({"pairs": [], "unmatched": []}, 0.0) == (
        "0 pairs suggested, total score 0.0; 0 people unmatched"
    )
