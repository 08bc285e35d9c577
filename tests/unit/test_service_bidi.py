"""The services' sentences isolate every name, skill, programme and free text they embed, so a
right-to-left name keeps the sentence's own direction; values that are stored stay as typed."""

from datetime import date

import pytest
from factories import add_partnership, consent_all, ids_by_email
from sqlalchemy import select, update

from revmentor_desktop.core.db.models import (
    PairDecision,
    PartnershipStatus,
    Person,
    Programme,
)
from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.dashboard import ActionItem, programme_overview
from revmentor_desktop.core.services.getting_started import getting_started
from revmentor_desktop.core.services.imports.levels import target_text, unknown_levels_text
from revmentor_desktop.core.services.organisation import ORGANISATION_NAME, set_setting
from revmentor_desktop.core.services.partnerships.life import end_early, pause
from revmentor_desktop.core.services.partnerships.pairing import (
    channel_preferences,
    partner_choices,
    partner_review,
)
from revmentor_desktop.core.services.pdf_files import _anonymise_overview
from revmentor_desktop.core.services.people.directory import list_people
from revmentor_desktop.core.services.suggestions import lock_pair
from revmentor_desktop.core.text import FSI, PDI, isolate, without_isolates

ARABIC, HEBREW = "محمد العلي", "שירה כהן"
pytestmark = pytest.mark.both_engines

FINANCE = "المالية"  # the Arabic name's department
PROGRAMME = "برنامج الإرشاد"
TODAY = date(2026, 11, 20)


@pytest.fixture
def names(db, small_org):
    """Dana Fox (reverse mentor, Marketing) becomes محمد العلي of المالية; Zoë Adams (mentee)
    becomes שירה כהן. Everyone has consented."""
    with db.session() as session, session.begin():
        for email, given, family, department in (
            ("dana.fox@x.org", "محمد", "العلي", FINANCE),
            ("zoe.adams@x.org", "שירה", "כהן", "Marketing"),
        ):
            session.execute(update(Person).where(Person.email == email).values(
                given_name=given, family_name=family, department=department))  # fmt: skip
    consent_all(db)
    return small_org


def ids(db) -> tuple[int, int]:
    by_email = ids_by_email(db)
    return by_email["dana.fox@x.org"], by_email["zoe.adams@x.org"]


def test_a_problem_that_opens_with_an_arabic_name_isolates_it(db, names):
    dana, zoe = ids(db)
    review = partner_review(db, names, zoe, dana)  # each in the other's role
    assert review.problems == [
        f"{isolate(HEBREW)} takes part as mentee, not as reverse mentor.",
        f"{isolate(ARABIC)} takes part as reverse mentor, not as mentee.",
    ]
    # Without the marks the sentence would open with a right-to-left letter.
    assert without_isolates(review.problems[1]).startswith(ARABIC)


def test_two_right_to_left_names_around_an_english_word_are_each_isolated(db, names):
    dana, zoe = ids(db)
    with db.session() as session, session.begin():
        session.get(Person, dana).manager_id = zoe
        session.get(Person, dana).channels = ["in_person"]
        session.get(Person, zoe).channels = ["video"]
    warnings = partner_review(db, names, dana, zoe).warnings
    assert f"{isolate(HEBREW)} is {isolate(ARABIC)}'s line manager: " in warnings[0]
    mismatch = channel_preferences(db, dana, zoe).mismatch
    assert mismatch.startswith(f"{isolate(ARABIC)} prefers meeting in person and {isolate(HEBREW)}")


def test_a_partner_choice_keeps_its_values_apart(db, names):
    mentors, _ = partner_choices(db, names)
    dana = next(choice for choice in mentors if choice.name == ARABIC)  # the name as stored
    assert dana.detail == f"Marketing role · Professional · {isolate(FINANCE)} · 0 of 1 place taken"


def test_refusals_name_the_partnership_with_its_names_isolated(db, names):
    dana, zoe = ids(db)
    draft, _ = add_partnership(db, names, "dana.fox@x.org", "zoe.adams@x.org",
                               status=PartnershipStatus.DRAFT, wizard_step=1)  # fmt: skip
    with pytest.raises(RevMentorError) as refused:
        pause(db, draft)
    assert str(refused.value).startswith(
        f"The partnership of {isolate(ARABIC)} and {isolate(HEBREW)} is still a draft"
    )
    with pytest.raises(RevMentorError) as refused:
        lock_pair(db, names, dana, zoe)
    assert str(refused.value) == f"{isolate(ARABIC)} and {isolate(HEBREW)} are already partners."


def test_what_is_stored_stays_as_it_was_typed(db, names):
    dana, zoe = ids(db)
    active, _ = add_partnership(db, names, "dana.fox@x.org", "zoe.adams@x.org")
    end_early(db, active, f"{HEBREW} moved to another team", no_fault=True)
    with db.session() as session:
        reason = session.scalar(select(PairDecision.reason))
    assert reason == f"Partnership no-fault ending: {HEBREW} moved to another team"


def test_the_checklist_keeps_a_line_that_opens_with_a_programme_name_left_to_right(db, names):
    with db.session() as session, session.begin():
        session.execute(update(Programme).values(name=PROGRAMME))
        set_setting(session, ORGANISATION_NAME, "شركة النور")
    steps = {step.key: step for step in getting_started(db).steps}
    assert steps["programme"].status == f"{isolate(PROGRAMME)}: 2 reverse mentors and 1 mentee"
    assert steps["organisation"].status == isolate("شركة النور")


def test_level_labels_and_the_people_list_isolate_their_values():
    assert unknown_levels_text({"مدير": 2}) == (
        f"2 people without a level: “{isolate('مدير')}” (2) is not on the ladder"
    )
    assert target_text("מנהל") == isolate("מנהל")
    assert target_text("Manager") == "Manager"  # plain ASCII needs no marks


def test_the_people_list_names_the_programme_isolated(db, names):
    with db.session() as session, session.begin():
        session.execute(update(Programme).values(name=PROGRAMME))
    dana = next(row for row in list_people(db) if row.email == "dana.fox@x.org")
    assert dana.name == ARABIC
    assert dana.role_text == f"Reverse mentor in {isolate(PROGRAMME)}"
    assert dana.skills_text == "Offers: Power BI · Wants: Budgeting"


def test_a_dashboard_item_carries_the_names_and_isolates_them_to_read(db, names):
    item = ActionItem(1, None, (ARABIC, HEBREW), "no check-in for 30 days", "log check-in")
    assert item.who == f"{isolate(ARABIC)} & {isolate(HEBREW)}"
    assert ActionItem(1, None, ("Dana Fox",), "", "").who == "Dana Fox"


def test_an_unpaired_persons_department_is_isolated_and_anonymising_still_drops_it(db, names):
    dana, _ = ids(db)
    overview = programme_overview(db, names, TODAY)
    item = next(i for i in overview.unpaired if i.person_id == dana)
    assert item.names == (ARABIC,)
    assert item.detail == f"Reverse mentor · {isolate(FINANCE)} · no partner yet"
    anonymous = _anonymise_overview(db, names, overview)
    hidden = next(i for i in anonymous.unpaired if i.person_id == dana)
    assert hidden.detail == "Reverse mentor · no partner yet"
    assert FINANCE not in hidden.detail and ARABIC not in hidden.who
    assert not any(mark in hidden.who + hidden.detail for mark in (FSI, PDI))
