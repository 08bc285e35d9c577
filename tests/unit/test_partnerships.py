"""Partnership services without Qt: the five wizard steps, drafts, activation and the life after."""

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from revmentor_desktop.core.db.models import (
    CheckIn,
    CheckInKind,
    Enrolment,
    Goal,
    GoalDirection,
    GoalStatus,
    PairDecision,
    PairDecisionKind,
    Partnership,
    PartnershipStatus,
    Person,
    PersonSkill,
    Programme,
    ProgrammeStatus,
    Role,
    Skill,
    SkillCategory,
    SkillInterest,
)
from revmentor_desktop.core.errors import RevMentorError, ValidationError
from revmentor_desktop.core.matching import Matcher, suggest_pairs
from revmentor_desktop.core.services.organisation import ensure_levels
from revmentor_desktop.core.services.partnerships.agreement import (
    Agreement,
    GoalDraft,
    apply_defaults,
    suggested_goals,
)
from revmentor_desktop.core.services.partnerships.life import (
    complete,
    default_dates,
    end_early,
    list_partnerships,
    pause,
    resume,
)
from revmentor_desktop.core.services.partnerships.pairing import (
    channel_preferences,
    partner_choices,
    partner_review,
)
from revmentor_desktop.core.services.partnerships.setup import (
    activate,
    delete_draft,
    load_agreement,
    programme_choices,
    save_draft,
    save_step,
)
from revmentor_desktop.core.services.partnerships.validation import check_step, missing_consent
from revmentor_desktop.core.services.programmes import record_consent
from revmentor_desktop.core.services.suggestions import (
    accept_pairs,
    load_cohort,
    load_matching_settings,
)
from revmentor_desktop.core.text import date_text, isolate
from revmentor_desktop.core.vocabulary import GROUND_RULE_NAMES, GROUND_RULES

START, END = date(2026, 10, 1), date(2027, 6, 30)
MENTEE_LEARNS, MENTOR_LEARNS = GoalDirection.MENTEE_LEARNS, GoalDirection.MENTOR_LEARNS
# Names as the services' sentences hold them: isolated, so each keeps its own direction.
ZOE, WANG, OLGA, JOSE = map(isolate, ("Zoë Adams", "王伟", "Ольга Коваль", "José Müller"))
pytestmark = pytest.mark.both_engines

ALL_RULES = [key for key, _ in GROUND_RULES]

# given, family, level rank, department, manager, (role, capacity) or None, channels, hours
PEOPLE = (
    ("Zoë", "Adams", 7, "Marketing", None, (Role.MENTEE, 2), ["video", "email"], 6.0),
    ("Dana", "Fox", 2, "Finance", None, (Role.REVERSE_MENTOR, 1), ["video", "messaging"], 4.0),
    ("伟", "王", 1, "Marketing", "Zoë", (Role.REVERSE_MENTOR, 1), ["in_person"], None),
    ("Ольга", "Коваль", 2, "Partner", None, (Role.REVERSE_MENTOR, 1), ["email"], None),
    ("Sam", "Senior", 7, "Sales", None, (Role.REVERSE_MENTOR, 1), ["video"], None),
    ("José", "Müller", 6, "Finance", None, (Role.MENTEE, 1), ["phone"], 2.0),
    ("Nia", "Outside", 3, "Sales", None, None, [], None),
)


@dataclasses.dataclass
class Org:
    programme: int
    ids: dict[str, int]
    skills: dict[str, int]


@pytest.fixture
def org(db):
    """A running programme with two mentees and four reverse mentors (one of each kind of trouble).

    Zoë and Dana are the good pair: Dana offers TikTok and Canva which Zoë wants, Zoë offers the
    Budgeting Dana wants. 伟 reports to Zoë; Ольга is external without permission; Sam is at
    Zoë's level; Nia is not enrolled.
    """
    with db.session() as session, session.begin():
        levels = {level.rank: level for level in ensure_levels(session)}
        programme = Programme(name="Cohort 2026", start_date=START, end_date=END,
                              status=ProgrammeStatus.RUNNING, meeting_interval_days=14,
                              checkin_interval_days=28)  # fmt: skip
        session.add(programme)
        session.add(Programme(name="Old cohort", status=ProgrammeStatus.CLOSED))
        session.add(Programme(name="Another cohort", status=ProgrammeStatus.PLANNING))
        skills = {
            name: Skill(name=name, category=SkillCategory.OTHER)
            for name in ("TikTok", "Canva", "Budgeting", "Power BI")
        }
        session.add_all(skills.values())
        people: dict[str, Person] = {}
        for given, family, rank, department, manager, enrolment, channels, hours in PEOPLE:
            person = Person(
                given_name=given, family_name=family, email=f"{family.lower()}@x.org",
                department=department, job_title=f"{department} role", level=levels[rank],
                location="London", manager=people.get(manager), channels=channels,
                hours_per_month=hours, consent_date=date(2026, 9, 1),
                swot_strengths=f"{given}'s strengths", swot_threats=f"{given}'s threats",
            )  # fmt: skip
            people[given] = person
            session.add(person)
            if enrolment:
                role, capacity = enrolment
                session.add(Enrolment(programme=programme, person=person, role=role,
                                      capacity=capacity))  # fmt: skip
        olga = people["Ольга"]
        olga.is_external, olga.external_org = True, "Acme Ltd"
        session.flush()
        for given, skill, interest in (
            ("Dana", "TikTok", SkillInterest.OFFERS),
            ("Dana", "Canva", SkillInterest.OFFERS),
            ("Dana", "Budgeting", SkillInterest.WANTS),
            ("Zoë", "TikTok", SkillInterest.WANTS),
            ("Zoë", "Canva", SkillInterest.WANTS),
            ("Zoë", "Budgeting", SkillInterest.OFFERS),
            ("伟", "Power BI", SkillInterest.OFFERS),
            ("José", "Power BI", SkillInterest.WANTS),
        ):
            session.add(PersonSkill(person=people[given], skill=skills[skill], interest=interest))
        session.flush()
        return Org(
            programme.id,
            {given: person.id for given, person in people.items()},
            {name: skill.id for name, skill in skills.items()},
        )


def pair(org, mentor="Dana", mentee="Zoë") -> Agreement:
    return Agreement(
        programme_id=org.programme, mentor_id=org.ids[mentor], mentee_id=org.ids[mentee]
    )


def full_agreement(org) -> Agreement:
    """Dana and Zoë's agreement with every step filled in correctly."""
    today = date.today()
    return dataclasses.replace(
        pair(org),
        start_date=START,
        end_date=END,
        time_commitment_hours=4.0,
        goals=[
            GoalDraft(
                MENTEE_LEARNS,
                "Post a TikTok",
                "One video a week",
                date(2027, 3, 1),
                skill_id=org.skills["TikTok"],
            ),
            GoalDraft(MENTOR_LEARNS, "Read a budget", "Explains our budget", date(2027, 5, 1)),
        ],  # fmt: skip
        channels=["video"],
        meeting_interval_days=14,
        meeting_minutes=45,
        meeting_place="https://meet.example.org/dana-zoe",
        preferred_times="Tuesdays 10:00",
        agenda_owner="both",
        cancellation_rule="A day's notice",
        reply_time="Within two days",
        confidentiality_agreed=True,
        off_limits_topics="Pay",
        mentor_feedback_preference="Written",
        mentee_feedback_preference="Straight away",
        ground_rules_accepted=list(ALL_RULES),
        manager_visibility="That we meet, and goal progress",
        checkin_interval_days=28,
        fit_check_date=date(2026, 10, 22),
        midpoint_review_date=date(2027, 2, 14),
        final_review_date=date(2027, 6, 23),
        success_measures="Both goals reached",
        no_fault_acknowledged=True,
        mentor_signoff_name="Dana Fox",
        mentor_signoff_date=today,
        mentee_signoff_name="Zoë Adams",
        mentee_signoff_date=today,
    )


def errors_of(db, agreement, step) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check_step(db, agreement, step)
    return caught.value.errors


def stored(db, partnership_id) -> Partnership:
    with db.session() as session:
        partnership = session.get(Partnership, partnership_id)
        partnership.goals  # noqa: B018 - loaded while the session is open
        return partnership


# --- choosing partners ---------------------------------------------------------------------


def test_programmes_planning_or_running_come_before_closed_ones(db, org):
    assert programme_choices(db) == [
        (org.programme + 2, "Another cohort"),
        (org.programme, "Cohort 2026"),
        (org.programme + 1, "Old cohort"),
    ]


def test_partner_choices_are_the_enrolled_people_of_each_side_with_their_places(db, org):
    save_draft(db, pair(org))  # Dana now has her one place taken, Zoë one of two
    mentors, mentees = partner_choices(db, org.programme)
    assert [c.name for c in mentors] == ["Dana Fox", "Sam Senior", "Ольга Коваль", "王伟"]
    assert [c.name for c in mentees] == ["José Müller", "Zoë Adams"]
    dana = mentors[0]
    assert dana.id == org.ids["Dana"]
    assert dana.detail == "Finance role · Associate · Finance · 1 of 1 place taken"
    assert mentees[1].detail.endswith("1 of 2 places taken")
    with pytest.raises(RevMentorError, match="no longer exists"):
        partner_choices(db, 999)


def test_the_review_shows_both_profiles_swots_and_the_score_breakdown(db, org):
    review = partner_review(db, org.programme, org.ids["Dana"], org.ids["Zoë"])
    assert (review.mentor.name, review.mentee.name) == ("Dana Fox", "Zoë Adams")
    assert review.mentor.role == Role.REVERSE_MENTOR and review.mentee.role == Role.MENTEE
    assert (review.mentor.level, review.mentee.level) == ("Associate", "Director")
    assert review.mentor.offers == ["Canva", "TikTok"] and review.mentor.wants == ["Budgeting"]
    assert review.mentee.strengths == "Zoë's strengths"
    assert review.mentee.threats == "Zoë's threats"
    assert review.mentor.channels == ["video", "messaging"]
    assert review.warnings == [] and review.problems == [] and not review.needs_override
    # The same score and words as the suggestions screen gives this pair.
    cohort = load_cohort(db, org.programme)
    settings = load_matching_settings(db, org.programme)
    expected = Matcher(cohort).pair(settings, org.ids["Dana"], org.ids["Zoë"])
    assert review.score == pytest.approx(expected.score, abs=0.05)
    assert [c["key"] for c in review.breakdown] == [c.key for c in expected.criteria]
    skills = next(c for c in review.breakdown if c["key"] == "skills_for_mentee")
    assert skills["score"] == 1.0 and "Canva" in skills["explanation"]
    assert set(skills) == {"key", "label", "weight", "score", "explanation"}


def test_the_review_warns_about_a_reporting_line(db, org):
    review = partner_review(db, org.programme, org.ids["伟"], org.ids["Zoë"])
    assert review.warnings == [
        f"{ZOE} is {WANG}'s line manager: giving honest feedback up a reporting line is hard, "
        "and private matters may come up."
    ]
    assert not review.needs_override and review.problems == []
    check_step(db, pair(org, "伟"), 0)  # a warning, not a refusal


def test_the_review_warns_about_an_external_partner_without_permission(db, org):
    review = partner_review(db, org.programme, org.ids["Ольга"], org.ids["Zoë"])
    assert review.warnings == [
        f"{OLGA} is external (Acme Ltd) and permission to share information with them has "
        "not been confirmed; confirm it in their record before they start."
    ]
    with db.session() as session, session.begin():
        session.get(Person, org.ids["Ольга"]).share_permission_confirmed = True
    assert partner_review(db, org.programme, org.ids["Ольга"], org.ids["Zoë"]).warnings == []


def test_the_review_warns_when_a_partner_has_no_place_left(db, org):
    save_draft(db, pair(org, "Dana", "José"))
    review = partner_review(db, org.programme, org.ids["伟"], org.ids["José"])
    assert review.warnings == [
        f"{JOSE} already has 1 partner in this programme and room for 1: this partnership "
        "would be one more than they agreed to."
    ]
    assert review.problems == []


def test_a_wrong_direction_needs_a_written_override_reason(db, org):
    review = partner_review(db, org.programme, org.ids["Sam"], org.ids["Zoë"])
    assert review.needs_override
    assert review.warnings == [
        f"Sam Senior (Director) and {ZOE} (Director) are at the same level: in reverse "
        "mentoring the reverse mentor is the more junior partner. If this pair should go ahead "
        "anyway, write why."
    ]
    agreement = pair(org, "Sam")
    assert errors_of(db, agreement, 0) == {
        "override_reason": (
            f"Sam Senior (Director) and {ZOE} (Director) are at the same level: in reverse "
            "mentoring the reverse mentor is the more junior partner. Write why this pair "
            "should go ahead anyway."
        )
    }
    agreement.override_reason = "   "
    assert "override_reason" in errors_of(db, agreement, 0)
    agreement.override_reason = "Sam joined last month and knows the new tools"
    check_step(db, agreement, 0)
    saved = save_step(db, agreement, 0)
    assert saved.override_reason == "Sam joined last month and knows the new tools"


def test_blocking_problems_name_the_field_they_concern(db, org):
    assert errors_of(db, Agreement(), 0) == {
        "programme_id": "Choose the programme this partnership belongs to.",
        "mentor_id": "Choose the reverse mentor (the more junior partner).",
        "mentee_id": "Choose the mentee (the more senior partner).",
    }
    assert errors_of(db, pair(org, "Dana", "Dana"), 0) == {
        "mentee_id": "Dana Fox cannot be their own reverse mentor; choose two different people."
    }
    assert errors_of(db, pair(org, "Nia", "Zoë"), 0) == {
        "mentor_id": "Nia Outside is not enrolled in this programme; enrol them as reverse "
        "mentor in the Programmes view first."
    }
    assert errors_of(db, pair(org, "José", "Zoë"), 0) == {
        "mentor_id": f"{JOSE} takes part as mentee, not as reverse mentor."
    }
    with db.session() as session, session.begin():
        session.get(Person, org.ids["Dana"]).archived = True
    assert errors_of(db, pair(org), 0) == {
        "mentor_id": "Dana Fox is archived; restore them in the people view first."
    }


def test_partners_already_working_together_cannot_pair_again(db, org):
    first = save_draft(db, pair(org))
    assert errors_of(db, pair(org), 0) == {
        "mentee_id": f"Dana Fox and {ZOE} already work together (draft partnership in "
        "“Cohort 2026”); complete, end or delete that one first."
    }
    with pytest.raises(ValidationError):
        save_draft(db, pair(org))
    check_step(db, first, 0)  # the partnership itself is no obstacle to itself


def test_channel_preferences_show_both_and_flag_a_mismatch(db, org):
    both = channel_preferences(db, org.ids["Dana"], org.ids["Zoë"])
    assert (both.mentor, both.mentee, both.shared) == (
        ["video", "messaging"], ["video", "email"], ["video"])  # fmt: skip
    assert both.mismatch is None
    none = channel_preferences(db, org.ids["伟"], org.ids["Zoë"])
    assert none.shared == []
    assert none.mismatch == (
        f"{WANG} prefers meeting in person and {ZOE} prefers video calls and email: they share "
        "no channel, so agree on one that works for both."
    )
    silent = channel_preferences(db, org.ids["Dana"], org.ids["Nia"])
    assert silent.mismatch.startswith("Nia Outside has not said how they like to keep in touch")


# --- the goals step ------------------------------------------------------------------------


def test_goals_step_needs_dates_commitment_and_a_goal_each_way(db, org):
    assert errors_of(db, pair(org), 1) == {
        "start_date": "Enter the date the partnership starts.",
        "end_date": "Enter the date the partnership ends.",
        "time_commitment_hours": (
            "Say how many hours a month the partners will give to this, for example 4."
        ),
        "goals": "Add at least one goal the mentee will learn from the reverse mentor. "
        "Add at least one goal the reverse mentor will learn from the mentee.",
    }
    agreement = full_agreement(org)
    check_step(db, agreement, 1)
    agreement.goals = agreement.goals[:1]
    assert errors_of(db, agreement, 1) == {
        "goals": "Add at least one goal the reverse mentor will learn from the mentee."
    }
    agreement = full_agreement(org)
    agreement.end_date = START
    agreement.time_commitment_hours = 200
    assert errors_of(db, agreement, 1) == {
        "end_date": "The partnership must end after it starts (1 Oct 2026); 1 Oct 2026 is too "
        "early.",
        "time_commitment_hours": "200 hours a month is more than a mentoring partnership "
        "takes; enter at most 80.",
    }


def test_each_goal_needs_a_title_a_success_measure_and_a_target_date_inside_the_dates(db, org):
    agreement = full_agreement(org)
    agreement.goals = [
        GoalDraft(MENTEE_LEARNS, "", "", None),
        GoalDraft(MENTEE_LEARNS, "Run a Teams meeting", "Runs one alone", date(2027, 7, 1)),
        GoalDraft(MENTOR_LEARNS, "Read a budget", " ", date(2026, 9, 1)),
        GoalDraft(MENTOR_LEARNS, "x" * 241, "Measured", END, progress=101),
    ]
    assert errors_of(db, agreement, 1) == {
        "goals.0.title": "Give each goal a short title saying what will be learned, e.g. "
        "“Run a Teams meeting”.",
        "goals.0.success_measure": "Say how you will both know this goal is reached (its "
        "success measure).",
        "goals.0.target_date": "Give this goal a target date.",
        "goals.1.target_date": "The target date of “Run a Teams meeting” is after the "
        "partnership ends (30 Jun 2027).",
        "goals.2.success_measure": "Say how you will both know “Read a budget” is reached (its "
        "success measure).",
        "goals.2.target_date": "The target date of “Read a budget” (1 Sep 2026) is before the "
        "partnership starts (1 Oct 2026).",
        "goals.3.title": "The title of goal 4 is 241 characters long; keep it under 240 and put "
        "the details in its success measure.",
        "goals.3.progress": f"The progress of “{'x' * 241}” is a percentage from 0 to 100.",
    }


# --- the communication step -----------------------------------------------------------------


def test_communication_step_checks_every_field(db, org):
    check_step(db, full_agreement(org), 2)
    assert errors_of(db, pair(org), 2) == {
        "channels": "Tick at least one way the partners will keep in touch.",
        "meeting_interval_days": "Say how often the partners meet, e.g. every 14 days.",
        "meeting_minutes": "Say how long a meeting lasts, in minutes (for example 60).",
        "meeting_place": "Say where the partners meet: a room, a café, or the link of a video "
        "call.",
        "agenda_owner": "Choose who sets the agenda of the meetings.",
        "cancellation_rule": "Say how a meeting is cancelled or moved, e.g. “a day's notice and "
        "a new time”.",
        "reply_time": "Say how soon the partners answer each other's messages, e.g. “within "
        "two working days”.",
    }
    wrong = dataclasses.replace(
        full_agreement(org),
        channels=["video", "fax"],
        meeting_interval_days=0,
        meeting_minutes=600,
        meeting_place="https://meet",
        agenda_owner="boss",
        reply_time="x" * 121,
    )
    assert errors_of(db, wrong, 2) == {
        "channels": "“fax” is not a way of keeping in touch RevMentor knows; choose from in "
        "person, video call, phone, email and instant messaging.",
        "meeting_interval_days": "Meetings are between 1 and 365 days apart, not 0.",
        "meeting_minutes": "A meeting lasts between 10 and 480 minutes (8 hours), not 600.",
        "meeting_place": "“https://meet” does not look like a complete link; paste the whole "
        "address of the video call.",
        "agenda_owner": "“boss” is not one of the choices for who sets the agenda.",
        "reply_time": "The reply time is 121 characters long; say it in at most 120.",
    }
    assert errors_of(db, dataclasses.replace(full_agreement(org), meeting_minutes=-5), 2) == {
        "meeting_minutes": "A meeting lasts between 10 and 480 minutes (8 hours), not -5."
    }
    check_step(db, dataclasses.replace(full_agreement(org), meeting_place="Room 4.12"), 2)


# --- the openness step ---------------------------------------------------------------------


def test_openness_step_needs_confidentiality_every_ground_rule_and_manager_visibility(db, org):
    check_step(db, full_agreement(org), 3)
    assert errors_of(db, pair(org), 3) == {
        "confidentiality_agreed": "Both partners must agree to keep what is said in their "
        "meetings confidential.",
        "ground_rules_accepted": "Both partners accept every ground rule; still to accept: "
        "tactful, patient, open-minded, listen actively and constructive feedback.",
        "manager_visibility": "Say what managers may see, e.g. “that we meet and how our goals "
        "progress, nothing we discuss”.",
    }
    agreement = full_agreement(org)
    for rule in ALL_RULES:  # acknowledged one by one: each missing one is named
        agreement.ground_rules_accepted = [key for key in ALL_RULES if key != rule]
        message = errors_of(db, agreement, 3)["ground_rules_accepted"]
        assert message.endswith(f"still to accept: {GROUND_RULE_NAMES[rule]}.")
    agreement.ground_rules_accepted = [*ALL_RULES, "obey"]
    assert errors_of(db, agreement, 3) == {
        "ground_rules_accepted": "“obey” is not one of the ground rules."
    }


def test_an_external_partner_needs_what_must_not_be_shared(db, org):
    agreement = dataclasses.replace(full_agreement(org), mentor_id=org.ids["Ольга"])
    assert errors_of(db, agreement, 3) == {
        "external_restrictions": f"{OLGA} is external (Acme Ltd): say what must not be "
        "shared with them, e.g. client names, unpublished figures or plans."
    }
    agreement.external_restrictions = "No client names"
    check_step(db, agreement, 3)


# --- the progress step ---------------------------------------------------------------------


def test_progress_step_checks_every_field(db, org):
    check_step(db, full_agreement(org), 4)
    blank = dataclasses.replace(pair(org), start_date=START, end_date=END)
    assert errors_of(db, blank, 4) == {
        "checkin_interval_days": "Say how often the partners check how things are going, e.g. "
        "every 30 days.",
        "fit_check_date": "Choose a date for the first-session fit check.",
        "midpoint_review_date": "Choose a date for the mid-point review.",
        "final_review_date": "Choose a date for the final review.",
        "success_measures": "Say how you will know the partnership worked, e.g. “each goal "
        "reached or consciously dropped by the final review”.",
        "no_fault_acknowledged": "Both partners acknowledge that either of them may end the "
        "partnership without blame (the no-fault ending).",
        "mentor_signoff_name": "Dana Fox signs by typing their name.",
        "mentor_signoff_date": "Enter the date Dana Fox signed.",
        "mentee_signoff_name": f"{ZOE} signs by typing their name.",
        "mentee_signoff_date": f"Enter the date {ZOE} signed.",
    }
    tomorrow = date.today() + timedelta(days=1)
    wrong = dataclasses.replace(
        full_agreement(org),
        checkin_interval_days=400,
        fit_check_date=date(2026, 9, 30),
        midpoint_review_date=date(2027, 7, 1),
        final_review_date=date(2027, 1, 1),
        mentee_signoff_date=tomorrow,
    )
    assert errors_of(db, wrong, 4) == {
        "checkin_interval_days": "Check-ins are between 1 and 365 days apart, not 400.",
        "fit_check_date": "The first-session fit check (30 Sep 2026) is before the partnership "
        "starts (1 Oct 2026).",
        "midpoint_review_date": "The mid-point review (1 Jul 2027) is after the partnership "
        "ends (30 Jun 2027).",
        "final_review_date": "The final review (1 Jan 2027) must come after the mid-point "
        "review (1 Jul 2027).",
        "mentee_signoff_date": f"{ZOE} cannot sign on a date still to come "
        f"({date_text(tomorrow)}).",
    }
    same_day = dataclasses.replace(full_agreement(org), midpoint_review_date=date(2026, 10, 22))
    assert errors_of(db, same_day, 4) == {
        "midpoint_review_date": "The mid-point review (22 Oct 2026) must come after the "
        "first-session fit check (22 Oct 2026)."
    }


# --- defaults and suggested goals ----------------------------------------------------------


def test_a_new_partnership_starts_today_or_with_the_programme_whichever_is_later():
    today = date(2026, 11, 20)
    assert default_dates(START, END, today) == (today, END)  # the programme is running
    assert default_dates(date(2027, 1, 4), END, today) == (date(2027, 1, 4), END)
    assert default_dates(None, None, today) == (today, date(2027, 5, 20))
    # A programme that ended before today: the partnership still ends after it starts.
    assert default_dates(START, date(2026, 11, 1), today) == (today, date(2027, 5, 20))


def test_defaults_fill_empty_fields_from_the_programme_and_the_people(db, org):
    agreement = pair(org)
    apply_defaults(db, agreement, 1)
    assert agreement.start_date == max(START, date.today())  # never silently in the past
    agreement.start_date, agreement.end_date = START, None
    for step in range(5):
        apply_defaults(db, agreement, step)
    assert (agreement.start_date, agreement.end_date) == (START, END)
    assert agreement.time_commitment_hours == 4.0  # the smaller of Dana's 4 and Zoë's 6
    assert agreement.channels == ["video"]  # the one both prefer
    assert (agreement.meeting_interval_days, agreement.meeting_minutes) == (14, 60)
    assert agreement.agenda_owner == "both"
    assert agreement.cancellation_rule and agreement.reply_time
    assert agreement.checkin_interval_days == 28
    assert agreement.fit_check_date == START + timedelta(days=21)
    assert agreement.midpoint_review_date == START + (END - START) // 2
    assert agreement.final_review_date == END - timedelta(days=7)
    assert agreement.mentor_signoff_date == agreement.mentee_signoff_date == date.today()
    assert agreement.mentor_signoff_name == ""  # signing is the partners' own act
    assert errors_of(db, agreement, 2).keys() == {"meeting_place"}  # only they know where
    # The openness step has nothing to assume.
    assert errors_of(db, agreement, 3).keys() == {
        "confidentiality_agreed", "ground_rules_accepted", "manager_visibility"}  # fmt: skip


def test_defaults_never_overwrite_what_is_filled_in(db, org):
    agreement = full_agreement(org)
    agreement.channels = ["phone"]
    agreement.cancellation_rule = "Text me"
    before = dataclasses.replace(agreement, goals=list(agreement.goals))
    for step in range(5):
        apply_defaults(db, agreement, step)
    assert agreement == before


def test_defaults_without_a_programme_end_last_six_months(db, org):
    with db.session() as session, session.begin():
        session.get(Programme, org.programme).end_date = None
    agreement = pair(org)
    agreement.start_date = date(2026, 8, 31)
    apply_defaults(db, agreement, 1)
    assert agreement.end_date == date(2027, 2, 28)


def test_suggested_goals_come_from_the_skills_that_matched_both_ways(db, org):
    agreement = full_agreement(org)
    agreement.goals = []
    goals = suggested_goals(db, agreement)
    assert [(g.direction, g.title, g.skill_id) for g in goals] == [
        (MENTEE_LEARNS, "Learn Canva", org.skills["Canva"]),
        (MENTEE_LEARNS, "Learn TikTok", org.skills["TikTok"]),
        (MENTOR_LEARNS, "Learn Budgeting", org.skills["Budgeting"]),
    ]
    assert goals[0].success_measure == (
        "Zoë Adams uses Canva without help and shows Dana Fox an example at a check-in."
    )
    assert all(START < g.target_date < END for g in goals)
    # One click adds one: a valid goal as it stands.
    agreement.goals = goals
    check_step(db, agreement, 1)
    # Skills that already have a goal in that direction are left out.
    agreement.goals = [full_agreement(org).goals[0]]  # TikTok, mentee learns
    assert [g.title for g in suggested_goals(db, agreement)] == [
        "Learn Canva", "Learn Budgeting"]  # fmt: skip


# --- saving and resuming --------------------------------------------------------------------


def test_save_step_creates_the_draft_then_updates_it(db, org):
    with pytest.raises(ValidationError) as caught:
        save_step(db, pair(org), 1)  # nothing written when the step is not right
    assert "goals" in caught.value.errors
    with db.session() as session:
        assert session.scalars(select(Partnership)).all() == []

    saved = save_step(db, pair(org), 0)
    assert saved.id is not None and saved.wizard_step == 1
    assert saved.status == PartnershipStatus.DRAFT
    assert saved.match_score is not None and saved.match_breakdown  # scored when made by hand

    agreement = full_agreement(org)
    agreement.id = saved.id
    saved = save_step(db, agreement, 1)
    assert saved.wizard_step == 2
    assert [g.title for g in saved.goals] == ["Post a TikTok", "Read a budget"]
    assert all(g.id is not None for g in saved.goals)
    first_goal_id = saved.goals[0].id

    # Edit one goal, remove one, add one.
    saved.goals[0].title = "Post two TikToks"
    saved.goals[0].progress = 40
    saved.goals.pop(1)
    saved.goals.append(GoalDraft(MENTOR_LEARNS, "Chair a meeting", "Chairs one", END))
    saved = save_step(db, saved, 1)
    assert [(g.id == first_goal_id, g.title, g.progress) for g in saved.goals] == [
        (True, "Post two TikToks", 40),
        (False, "Chair a meeting", 0),
    ]
    with db.session() as session:
        assert session.scalars(select(Goal.title).order_by(Goal.id)).all() == [
            "Post two TikToks", "Chair a meeting"]  # fmt: skip


def test_wizard_step_advances_and_never_goes_back(db, org):
    agreement = full_agreement(org)
    for step in range(4):
        agreement = save_step(db, agreement, step)
        assert agreement.wizard_step == step + 1
    agreement = save_step(db, agreement, 1)  # back on the goals page, Next again
    assert agreement.wizard_step == 4
    agreement.meeting_minutes = 30
    agreement = save_draft(db, agreement)
    assert agreement.wizard_step == 4 and agreement.meeting_minutes == 30


def test_a_draft_resumes_with_everything_as_it_was(db, org):
    agreement = full_agreement(org)
    agreement.external_restrictions = "Nothing about clients"
    saved = save_step(db, agreement, 4)
    loaded = load_agreement(db, saved.id)
    assert loaded == saved
    expected = dataclasses.replace(
        agreement,
        id=saved.id,
        version=saved.version,
        wizard_step=5,
        match_score=saved.match_score,
        match_breakdown=saved.match_breakdown,
        goals=[
            dataclasses.replace(g, id=s.id)
            for g, s in zip(agreement.goals, loaded.goals, strict=True)
        ],
    )
    assert loaded == expected
    with pytest.raises(RevMentorError, match="no longer exists"):
        load_agreement(db, 999)


def test_a_draft_kept_on_cancel_needs_only_its_partners(db, org):
    with pytest.raises(ValidationError) as caught:
        save_draft(db, Agreement(programme_id=org.programme))
    assert set(caught.value.errors) == {"mentor_id", "mentee_id"}
    agreement = pair(org)
    agreement.meeting_minutes = -3  # wrong, but kept for the user to fix later
    agreement.goals = [GoalDraft(MENTOR_LEARNS)]
    saved = save_draft(db, agreement)
    assert saved.wizard_step == 0 and saved.meeting_minutes == -3
    assert saved.goals[0].title == ""
    agreement = dataclasses.replace(saved, start_date=END, end_date=START)
    with pytest.raises(ValidationError) as caught:
        save_draft(db, agreement)  # the database could not hold these dates
    assert set(caught.value.errors) == {"end_date"}


def test_an_accepted_suggestion_arrives_with_the_partners_step_done(db, org):
    cohort = load_cohort(db, org.programme)
    settings = load_matching_settings(db, org.programme)
    suggestion = suggest_pairs(cohort, settings)
    chosen = next(p for p in suggestion.pairs if p.mentor_id == org.ids["Dana"])
    assert chosen.mentee_id == org.ids["Zoë"]
    [partnership_id] = accept_pairs(db, org.programme, [chosen])

    agreement = load_agreement(db, partnership_id)
    assert agreement.wizard_step == 1 and agreement.status == PartnershipStatus.DRAFT
    assert (agreement.mentor_id, agreement.mentee_id) == (org.ids["Dana"], org.ids["Zoë"])
    assert agreement.match_score == pytest.approx(chosen.score)
    assert agreement.match_breakdown[0]["key"] == chosen.criteria[0].key
    assert (agreement.start_date, agreement.end_date) == (max(START, date.today()), END)
    check_step(db, agreement, 0)
    review = partner_review(db, org.programme, org.ids["Dana"], org.ids["Zoë"], agreement.id)
    assert review.score == agreement.match_score  # the match as it was when accepted
    assert review.breakdown == agreement.match_breakdown
    assert review.warnings == []  # her own partnership does not fill Dana's place twice

    agreement = dataclasses.replace(full_agreement(org), id=partnership_id, wizard_step=1)
    saved = save_step(db, agreement, 1)
    assert saved.match_score == pytest.approx(chosen.score)  # kept, not re-scored
    assert saved.wizard_step == 2


def test_changing_the_partners_of_a_draft_rescores_it(db, org):
    expected = partner_review(db, org.programme, org.ids["Dana"], org.ids["Zoë"])
    saved = save_step(db, pair(org, "伟", "José"), 0)
    assert saved.match_score != expected.score
    saved.mentor_id, saved.mentee_id = org.ids["Dana"], org.ids["Zoë"]
    changed = save_step(db, saved, 0)
    assert changed.match_score == expected.score
    assert changed.match_breakdown == expected.breakdown


# --- finishing --------------------------------------------------------------------------------


def test_finish_checks_all_five_steps_then_activates(db, org):
    draft = save_step(db, pair(org), 0)
    with pytest.raises(ValidationError) as caught:
        activate(db, draft)
    assert {"goals", "channels", "confidentiality_agreed", "mentor_signoff_name"} <= set(
        caught.value.errors
    )
    assert load_agreement(db, draft.id).status == PartnershipStatus.DRAFT

    agreement = dataclasses.replace(full_agreement(org), id=draft.id)
    active = activate(db, agreement)
    assert active.status == PartnershipStatus.ACTIVE and active.wizard_step == 5
    activated_at = stored(db, active.id).activated_at
    assert activated_at is not None

    # Edit mode: an active (or paused) partnership is only saved.
    active.meeting_minutes = 90
    again = activate(db, active)
    assert again.status == PartnershipStatus.ACTIVE and again.meeting_minutes == 90
    assert stored(db, active.id).activated_at == activated_at
    pause(db, active.id)
    paused = activate(db, load_agreement(db, active.id))
    assert paused.status == PartnershipStatus.PAUSED


def _withdraw_consent(db, person_id):
    with db.session() as session, session.begin():
        session.get(Person, person_id).consent_date = None


def test_a_draft_starts_only_with_both_partners_consent_or_a_written_reason(db, org):
    _withdraw_consent(db, org.ids["Zoë"])
    _withdraw_consent(db, org.ids["Dana"])
    with pytest.raises(ValidationError) as caught:
        activate(db, full_agreement(org))
    assert caught.value.errors == {
        "consent": f"Dana Fox and {ZOE} have not consented to take part. Record their "
        "consent now, or write why this partnership starts without it."
    }
    with db.session() as session:
        assert session.scalars(select(Partnership)).all() == []  # nothing written
    agreement = dataclasses.replace(
        full_agreement(org), override_reason="They asked for each other",
        consent_override="  Both agreed at the kick-off; forms follow  ",
    )  # fmt: skip
    active = activate(db, agreement)
    assert active.status == PartnershipStatus.ACTIVE
    assert active.override_reason == (
        f"They asked for each other\n\nStarted on {date_text(date.today())} without recorded "
        "consent from Dana Fox and Zoë Adams: Both agreed at the kick-off; forms follow"
    )
    assert active.consent_override == ""  # the reason lives on in override_reason only
    # Once started, the agreement stays editable whoever has consented since.
    active.meeting_minutes = 90
    assert activate(db, active).meeting_minutes == 90


def test_consent_recorded_before_finish_needs_no_reason(db, org):
    _withdraw_consent(db, org.ids["Zoë"])
    agreement = full_agreement(org)
    assert missing_consent(db, agreement) == {org.ids["Zoë"]: "Zoë Adams"}
    record_consent(db, list(missing_consent(db, agreement)), date.today())
    assert missing_consent(db, agreement) == {}
    active = activate(db, agreement)
    assert active.status == PartnershipStatus.ACTIVE and active.override_reason == ""


def test_the_partners_of_a_started_partnership_cannot_change(db, org):
    active = activate(db, full_agreement(org))
    active.mentor_id = org.ids["伟"]
    assert errors_of(db, active, 0) == {
        "mentor_id": f"The partnership of Dana Fox and {ZOE} has started, so its partners "
        "and programme cannot change; end it and set up a new partnership instead."
    }


def test_a_started_partnership_stays_editable_after_a_partner_withdrew(db, org):
    active = activate(db, full_agreement(org))
    with db.session() as session, session.begin():
        enrolment = session.scalars(
            select(Enrolment).where(Enrolment.person_id == org.ids["Dana"])
        ).one()
        enrolment.status = "withdrawn"
    new_pair = errors_of(db, pair(org), 0)  # a new partnership with her is refused…
    assert new_pair["mentor_id"] == "Dana Fox has withdrawn from this programme."
    # …but the agreement already under way can still be changed.
    active.meeting_minutes = 30
    assert activate(db, active).meeting_minutes == 30


def test_an_ended_partnership_can_no_longer_be_edited(db, org):
    active = activate(db, full_agreement(org))
    complete(db, active.id)
    with pytest.raises(RevMentorError, match="is completed, so its agreement can no longer"):
        save_step(db, active, 2)


def test_only_drafts_can_be_deleted(db, org):
    draft = save_step(db, full_agreement(org), 1)
    delete_draft(db, draft.id)
    with db.session() as session:
        assert session.scalars(select(Goal)).all() == []
        assert session.get(Partnership, draft.id) is None
    delete_draft(db, draft.id)  # already gone: nothing to do
    active = activate(db, full_agreement(org))
    with pytest.raises(RevMentorError) as caught:
        delete_draft(db, active.id)
    assert str(caught.value) == (
        f"The partnership of Dana Fox and {ZOE} is active; only a draft can be deleted."
    )


# --- life after set-up ------------------------------------------------------------------------


def test_status_changes_only_where_they_make_sense(db, org):
    draft = save_step(db, pair(org), 0)
    with pytest.raises(RevMentorError) as caught:
        pause(db, draft.id)
    assert str(caught.value) == (
        f"The partnership of Dana Fox and {ZOE} is still a draft, so it cannot be paused: "
        "finish setting it up first."
    )
    for change in (resume, complete):
        with pytest.raises(RevMentorError, match="still a draft"):
            change(db, draft.id)
    with pytest.raises(RevMentorError, match="delete the draft instead"):
        end_early(db, draft.id, "Not a fit", no_fault=True)

    active = activate(db, dataclasses.replace(full_agreement(org), id=draft.id))
    with pytest.raises(RevMentorError, match="is active, not paused, so there is nothing"):
        resume(db, active.id)
    pause(db, active.id)
    assert stored(db, active.id).status == PartnershipStatus.PAUSED
    with pytest.raises(RevMentorError, match="is already paused"):
        pause(db, active.id)
    resume(db, active.id)
    assert stored(db, active.id).status == PartnershipStatus.ACTIVE
    complete(db, active.id)
    done = stored(db, active.id)
    assert done.status == PartnershipStatus.COMPLETED and done.ended_at is not None
    with pytest.raises(RevMentorError, match="is completed, so it cannot be paused"):
        pause(db, active.id)
    with pytest.raises(RevMentorError, match="is completed, so it cannot be ended early"):
        end_early(db, active.id, "Too late", no_fault=False)
    with pytest.raises(RevMentorError, match="no longer exists"):
        pause(db, 999)


def test_a_paused_partnership_can_be_completed_but_not_an_ended_one(db, org):
    active = activate(db, full_agreement(org))
    pause(db, active.id)
    end_early(db, active.id, "Moved abroad", no_fault=False)
    with pytest.raises(RevMentorError) as caught:
        complete(db, active.id)
    assert str(caught.value) == (
        f"The partnership of Dana Fox and {ZOE} has ended early, so it cannot be completed."
    )
    with pytest.raises(RevMentorError, match="has ended early, so it cannot be resumed"):
        resume(db, active.id)


def test_ending_early_needs_a_reason(db, org):
    active = activate(db, full_agreement(org))
    with pytest.raises(ValidationError) as caught:
        end_early(db, active.id, "  ", no_fault=True)
    assert list(caught.value.errors) == ["reason"]
    assert stored(db, active.id).status == PartnershipStatus.ACTIVE


def test_a_no_fault_ending_returns_both_to_the_pool_and_the_pair_is_not_suggested_again(db, org):
    active = activate(db, full_agreement(org))
    open_people = {p.id for p in (*load_cohort(db, org.programme).mentors,
                                  *load_cohort(db, org.programme).mentees)}  # fmt: skip
    assert org.ids["Dana"] not in open_people  # her one place is taken

    end_early(db, active.id, "Not a fit after the first session", no_fault=True)
    ended = stored(db, active.id)
    assert ended.status == PartnershipStatus.ENDED_EARLY and ended.no_fault_ending
    assert ended.end_reason == "Not a fit after the first session"
    assert ended.ended_at is not None
    cohort = load_cohort(db, org.programme)
    assert org.ids["Dana"] in {p.id for p in cohort.mentors}
    assert org.ids["Zoë"] in {p.id for p in cohort.mentees}
    assert {(p.id, p.capacity) for p in cohort.mentees} >= {(org.ids["Zoë"], 2)}
    assert (org.ids["Dana"], org.ids["Zoë"]) in cohort.rejected
    with db.session() as session:
        decision = session.scalars(select(PairDecision)).one()
        enrolments = session.scalars(select(Enrolment.status)).all()
    assert decision.kind == PairDecisionKind.REJECTED
    assert decision.reason == "Partnership no-fault ending: Not a fit after the first session"
    assert set(enrolments) == {"active"}
    settings = load_matching_settings(db, org.programme)
    suggestion = suggest_pairs(cohort, settings)
    pairs = {(p.mentor_id, p.mentee_id) for p in suggestion.pairs}
    assert (org.ids["Dana"], org.ids["Zoë"]) not in pairs
    matcher = Matcher(cohort)
    assert matcher.blocked_reason(settings, org.ids["Dana"], org.ids["Zoë"]) == (
        "HR rejected the pair Dana Fox and Zoë Adams"
    )
    assert matcher.blocked_reason(settings, org.ids["Dana"], org.ids["José"]) is None
    # A new partnership for the same two is possible (with the warning HR rejected it).
    review = partner_review(db, org.programme, org.ids["Dana"], org.ids["Zoë"])
    assert review.problems == []
    assert review.warnings == [
        "This pair was rejected earlier in this programme: Partnership no-fault ending: Not a "
        "fit after the first session."
    ]


def test_the_list_shows_each_partnership_and_filters_by_programme_and_status(db, org):
    today = date.today()
    active = activate(db, full_agreement(org))
    draft = save_step(db, pair(org, "伟", "José"), 0)
    with db.session() as session, session.begin():
        partnership = session.get(Partnership, active.id)
        partnership.fit_check_date = today - timedelta(days=3)  # passed
        partnership.midpoint_review_date = today + timedelta(days=10)
        partnership.final_review_date = today + timedelta(days=40)
        session.add_all([
            CheckIn(partnership=partnership, held_on=today - timedelta(days=5)),
            CheckIn(partnership=partnership, held_on=today - timedelta(days=2), held=False),
        ])  # fmt: skip
        other = Programme(name="Other", status=ProgrammeStatus.RUNNING)
        session.add(other)
        session.flush()
        other_id = other.id
    rows = list_partnerships(db)
    assert [(r.mentor_name, r.mentee_name) for r in rows] == [
        ("Dana Fox", "Zoë Adams"), ("王伟", "José Müller")]  # fmt: skip
    row = rows[0]
    assert (row.id, row.programme_id, row.programme) == (active.id, org.programme, "Cohort 2026")
    assert (row.status, row.status_label, row.wizard_step) == (
        PartnershipStatus.ACTIVE, "Active", 5)  # fmt: skip
    assert (row.start_date, row.end_date) == (START, END)
    assert row.next_review == today + timedelta(days=10)
    assert row.last_check_in == today - timedelta(days=5)  # the cancelled one does not count
    assert rows[1].step_text == "2 of 5: goals" and rows[1].last_check_in is None
    assert row.step_text == "done"

    assert [r.id for r in list_partnerships(db, status=PartnershipStatus.DRAFT)] == [draft.id]
    assert [r.id for r in list_partnerships(db, org.programme, PartnershipStatus.ACTIVE)] == [
        active.id
    ]
    assert list_partnerships(db, programme_id=other_id) == []

    # A mid-point review already held is no longer next; an ended partnership has none.
    with db.session() as session, session.begin():
        session.add(CheckIn(partnership_id=active.id, held_on=today,
                            kind=CheckInKind.MIDPOINT_REVIEW))  # fmt: skip
    assert list_partnerships(db, org.programme)[0].next_review == today + timedelta(days=40)
    complete(db, active.id)
    assert list_partnerships(db, status=PartnershipStatus.COMPLETED)[0].next_review is None


def test_goal_status_and_progress_survive_a_save(db, org):
    agreement = full_agreement(org)
    agreement.goals[0].status = GoalStatus.ACHIEVED
    agreement.goals[0].progress = 100
    saved = save_step(db, agreement, 1)
    assert (saved.goals[0].status, saved.goals[0].progress) == (GoalStatus.ACHIEVED, 100)
