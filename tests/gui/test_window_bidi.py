"""Arabic and Hebrew names inside English sentences: each name isolated, each sentence kept left to
right, measured the way Qt itself lays the text out."""

import pytest
from factories import add_partnership, consent_all, ids_by_email
from PySide6 import QtGui
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextDocument, QTextLayout
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox
from sqlalchemy import update

from revmentor_desktop.core.db.models import (
    CheckInKind,
    FitVerdict,
    PartnershipStatus,
    Person,
    Programme,
)
from revmentor_desktop.core.services.dashboard import LOG_CHECK_IN, ActionItem
from revmentor_desktop.core.text import FSI, PDI, isolate
from revmentor_desktop.gui.bidi import LRM, ltr
from revmentor_desktop.gui.dialogs.checkin import CheckInDialog
from revmentor_desktop.gui.models.actions import ActionsModel
from revmentor_desktop.gui.pages.getting_started import GettingStartedPage
from revmentor_desktop.gui.pages.partnerships import PartnershipsView
from revmentor_desktop.gui.pages.suggestions import SuggestionsView
from revmentor_desktop.gui.tasks import TaskRunner
from revmentor_desktop.gui.wizard.partnership_wizard import PartnershipWizard

ARABIC, HEBREW = "محمد العلي", "שירה כהן"
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def names(db, small_org):
    """Dana Fox, a reverse mentor, becomes محمد العلي of an Arabic-named department; Zoë Adams,
    a mentee, becomes שירה כהן. Everyone has consented."""
    with db.session() as session, session.begin():
        for email, given, family, department in (
            ("dana.fox@x.org", "محمد", "العلي", "المالية"),
            ("zoe.adams@x.org", "שירה", "כהן", "Marketing"),
        ):
            session.execute(update(Person).where(Person.email == email).values(
                given_name=given, family_name=family, department=department))  # fmt: skip
    consent_all(db)
    return small_org


@pytest.fixture
def draft(db, names):
    """A draft partnership of the two, its partners chosen (step 1 saved)."""
    partnership_id, _ = add_partnership(db, names, "dana.fox@x.org", "zoe.adams@x.org",
                                        status=PartnershipStatus.DRAFT, wizard_step=1)  # fmt: skip
    return partnership_id


# --- how Qt lays a paragraph out ---------------------------------------------------------------
def without_marks(text: str) -> str:
    """The text as it was before: no isolates, no left-to-right mark."""
    return text.replace(FSI, "").replace(PDI, "").replace(LRM, "")


def layout_direction(text: str) -> Qt.LayoutDirection:
    """How a plain label lays out `text`: QTextLayout with no direction set finds it from the
    first strong letter outside isolates. Left to right puts the text's end to the right of its
    start."""
    layout = QTextLayout(text)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    (start, _), (end, _) = line.cursorToX(0), line.cursorToX(len(text))
    return LTR if start < end else RTL


def document_direction(text: str, *, rich: bool) -> Qt.LayoutDirection:
    """How a text document lays out `text`'s first paragraph: a rich-text or selectable label, a
    message box or a text browser. Its first strong letter decides, inside an isolate or not."""
    document = QTextDocument()
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.firstBlock().textDirection()


def label_direction(label: QLabel, text: str | None = None) -> Qt.LayoutDirection:
    """The direction `label` gives its text (or `text` in its place), found as QLabel finds it."""
    text = label.text() if text is None else text
    formats = Qt.TextFormat
    rich = label.textFormat() == formats.RichText or (
        label.textFormat() == formats.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich or label.textInteractionFlags() & SELECTABLE:
        return document_direction(text, rich=rich)
    return layout_direction(text)


def assert_left_to_right(label: QLabel, *names: str) -> None:
    """Each name isolated in the label's sentence, which Qt lays out left to right, while the
    same sentence without the marks would have been right to left."""
    text = label.text()
    for name in names:
        assert f"{FSI}{name}{PDI}" in text, (name, text)
    assert label_direction(label) == LTR, text
    assert label_direction(label, without_marks(text)) == RTL, text  # the check can fail


def ink_columns(label: QLabel) -> tuple[int, int]:
    """The first and last columns of the label's picture that hold any ink."""
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    rows = range(image.height())
    inked = [x for x in range(image.width())
             if any(image.pixelColor(x, y) != background for y in rows)]  # fmt: skip
    return inked[0], inked[-1]


def test_the_measures_see_what_isolates_do_for_a_plain_label_and_a_document(qapp):
    sentence = f"{ARABIC} (reverse mentor) signs as:"
    assert layout_direction(sentence) == RTL
    assert layout_direction(f"{isolate(ARABIC)} (reverse mentor) signs as:") == LTR
    # A text document (rich text, selectable text, message boxes) ignores the isolate: only a
    # strong left-to-right letter in front keeps the sentence left to right.
    assert document_direction(f"{isolate(ARABIC)} signs as:", rich=False) == RTL
    assert document_direction(ltr(f"{isolate(ARABIC)} signs as:"), rich=False) == LTR
    assert (
        document_direction(ltr(f"<b>{isolate(HEBREW)}</b> (mentee)", rich=True), rich=True) == LTR
    )
    assert ltr(f"<b>{isolate(HEBREW)}</b>", rich=True).startswith(LRM)
    assert ltr("Dana Fox signs as:") == "Dana Fox signs as:"  # nothing added where not needed
    assert ltr(f"Erase {isolate(ARABIC)}?") == f"Erase {isolate(ARABIC)}?"


def x_of(text: str, index: int) -> float:
    """Where a plain label puts the caret before character `index` of `text`."""
    layout = QTextLayout(text)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_two_right_to_left_partners_keep_their_order_in_a_dashboard_list(qapp):
    # The to-do item carries the names; the list shows them isolated, the reverse mentor first.
    model = ActionsModel()
    model.set_rows([ActionItem(1, None, (ARABIC, HEBREW), "no check-in for 30 days",
                               LOG_CHECK_IN)])  # fmt: skip
    who = model.index(0, 0).data().split("\n")[0]
    assert who == f"{isolate(ARABIC)} & {isolate(HEBREW)}"

    def arabic_left_of_hebrew(text: str) -> bool:
        middle = len(ARABIC) // 2
        arabic, hebrew = text.index(ARABIC) + middle, text.index(HEBREW) + middle
        return x_of(text, arabic) < x_of(text, hebrew)

    assert arabic_left_of_hebrew(who)
    assert not arabic_left_of_hebrew(without_marks(who))  # as it was: swapped around "&"


# --- the wizard ----------------------------------------------------------------------------------
def test_the_wizard_keeps_its_sentences_left_to_right_around_arabic_and_hebrew_names(
    qtbot, db, draft
):
    wizard = PartnershipWizard(db, draft)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == f"Set up a partnership: {isolate(ARABIC)} and {isolate(HEBREW)}"

    partners = wizard.pages[0].ui
    assert_left_to_right(partners.mentorProfileLabel, ARABIC, "المالية")
    assert_left_to_right(partners.menteeProfileLabel, HEBREW)
    assert partners.mentorProfileLabel.textInteractionFlags() & SELECTABLE  # a document

    openness = wizard.pages[3].ui
    assert f"How {isolate(ARABIC)} likes &feedback:" == openness.mentorFeedbackLabel.text()
    assert label_direction(openness.mentorFeedbackLabel) == LTR

    progress = wizard.pages[4].ui
    assert progress.mentorSignoffNameLabel.text() == (
        f"{isolate(ARABIC)} (reverse mentor) &signs as:"
    )
    assert_left_to_right(progress.mentorSignoffNameLabel, ARABIC)
    assert_left_to_right(progress.menteeSignoffNameLabel, HEBREW)
    assert progress.mentorSignoffNameEdit.placeholderText() == (
        f"Typed by {isolate(ARABIC)}: their full name"
    )


def test_a_sign_off_label_is_drawn_from_the_left_with_the_name_first(qtbot, db, draft):
    wizard = PartnershipWizard(db, draft)
    qtbot.addWidget(wizard)
    shown = wizard.pages[4].ui.mentorSignoffNameLabel
    label = QLabel(shown.text())  # the same sentence, with room to be pushed to either side
    label.setFont(shown.font())
    label.setFixedWidth(label.sizeHint().width() * 3)
    qtbot.addWidget(label)
    first, last = ink_columns(label)
    assert first < 10 and last < label.width() / 2  # left-aligned: the colon ends on the left half
    label.setText(without_marks(shown.text()))
    first, _ = ink_columns(label)
    assert first > label.width() / 2  # without the isolate: right-aligned, as the issue saw it


def test_the_goals_and_consent_sentences_isolate_the_names(qtbot, db, draft):
    with db.session() as session, session.begin():
        session.execute(update(Person).where(Person.email == "zoe.adams@x.org")
                        .values(consent_date=None))  # fmt: skip
    wizard = PartnershipWizard(db, draft)
    qtbot.addWidget(wizard)
    summary = wizard.pages[1].ui.goalsSummaryLabel.text()
    assert f"for {isolate(HEBREW)} to learn" in summary and f"for {isolate(ARABIC)}:" in summary
    consent = wizard.pages[4].ui.consentLabel
    assert consent.text().startswith(f"⚠ {isolate(HEBREW)} has not consented")
    assert_left_to_right(consent, HEBREW)


# --- the check-in dialog -------------------------------------------------------------------------
def test_the_check_in_dialog_keeps_its_sentences_left_to_right(qtbot, db, names):
    partnership_id, _ = add_partnership(db, names, "dana.fox@x.org", "zoe.adams@x.org")
    dialog = CheckInDialog(db, partnership_id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == f"Log a check-in — {isolate(ARABIC)} and {isolate(HEBREW)}"
    assert ui.mentorRatingLabel.text() == f"{isolate(ARABIC)} (re&verse mentor):"
    assert_left_to_right(ui.mentorRatingLabel, ARABIC)
    assert_left_to_right(ui.menteeRatingLabel, HEBREW)
    assert_left_to_right(ui.headerLabel, ARABIC, HEBREW)  # rich text
    learns = [label for label in ui.goalsContainer.findChildren(QLabel)
              if label.text().endswith(" learns")]  # fmt: skip
    assert {label.text() for label in learns} == {f"{isolate(HEBREW)} learns",
                                                  f"{isolate(ARABIC)} learns"}  # fmt: skip
    for label in learns:
        assert label_direction(label) == LTR


def test_the_no_fault_question_isolates_both_names(qtbot, db, names, monkeypatch):
    partnership_id, _ = add_partnership(db, names, "dana.fox@x.org", "zoe.adams@x.org")
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = CheckInDialog(db, partnership_id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(CheckInKind.FIT_CHECK))
    ui.verdictCombo.setCurrentIndex(ui.verdictCombo.findData(FitVerdict.NOT_A_FIT))
    assert dialog.save()
    (text,) = asked
    assert f"Nobody is to blame: {isolate(ARABIC)} and {isolate(HEBREW)} can" in text
    assert document_direction(text, rich=False) == LTR  # a message box's text is a document


# --- message boxes -------------------------------------------------------------------------------
def test_a_question_that_opens_with_a_name_stays_left_to_right(qtbot, db, names, monkeypatch):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view = PartnershipsView(db)
    qtbot.addWidget(view)
    sentence = f"{isolate(ARABIC)} and {isolate(HEBREW)} will be paired. Go on?"
    assert not view._confirm("Pair", sentence)
    (text,) = asked
    assert without_marks(text) == without_marks(sentence) and FSI + ARABIC + PDI in text
    assert document_direction(text, rich=False) == LTR
    assert document_direction(sentence, rich=False) == RTL  # isolates alone are not enough here


# --- the suggestions screen ----------------------------------------------------------------------
def select_pair(view, mentor_id):
    row = next(r for r, pair in enumerate(view.model.pairs) if pair.mentor_id == mentor_id)
    view.ui.pairsTable.selectionModel().select(
        view.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_suggestion_detail_and_questions_keep_their_direction(qtbot, db, names, monkeypatch):
    with db.session() as session, session.begin():  # 王伟 is left out: the two are paired
        session.execute(update(Person).where(Person.email == "wang.wei@x.org")
                        .values(consent_date=None))  # fmt: skip
    view = SuggestionsView(db)
    qtbot.addWidget(view)
    select_pair(view, ids_by_email(db)["dana.fox@x.org"])
    breakdown = view.ui.breakdownText.document()  # the text browser's own document
    heading = breakdown.firstBlock()
    assert heading.text().startswith(f"{LRM}{FSI}{ARABIC}{PDI} (reverse mentor) and {FSI}{HEBREW}")
    assert heading.textDirection() == LTR
    assert document_direction(without_marks(heading.text()), rich=False) == RTL
    combo = view.ui.alternativesCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        f"{isolate(HEBREW)} (mentee)", f"{isolate(ARABIC)} (reverse mentor)"]  # fmt: skip
    assert layout_direction(combo.itemText(0)) == LTR
    assert layout_direction(without_marks(combo.itemText(0))) == RTL

    asked = []

    def get_text(parent, title, label, *args):
        asked.append(label)
        return "Same project team", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    view.ui.rejectButton.click()
    pair = f"{isolate(ARABIC)} and {isolate(HEBREW)}"
    assert asked == [f"Why should {pair} never be suggested again?"]
    assert layout_direction(asked[0]) == LTR
    assert view.ui.undoButton.toolTip() == f"Undo rejecting {pair} (Ctrl+Z)"


# --- sentences the services build ------------------------------------------------------------
def test_a_services_sentence_with_two_names_stays_left_to_right_in_the_wizard(qtbot, db, draft):
    with db.session() as session, session.begin():  # the two share no way of keeping in touch
        for email, channels in (("dana.fox@x.org", ["in_person"]), ("zoe.adams@x.org", ["video"])):
            session.execute(update(Person).where(Person.email == email)
                            .values(channels=channels))  # fmt: skip
    wizard = PartnershipWizard(db, draft)
    qtbot.addWidget(wizard)
    mismatch = wizard.pages[2].ui.mismatchLabel  # channel_preferences' sentence
    assert f"{isolate(ARABIC)} prefers meeting in person and {isolate(HEBREW)}" in mismatch.text()
    assert_left_to_right(mismatch, ARABIC, HEBREW)


def test_a_checklist_status_that_opens_with_a_programme_name_stays_left_to_right(qtbot, db, names):
    programme = "برنامج الإرشاد"
    with db.session() as session, session.begin():
        session.execute(update(Programme).values(name=programme))
    page = GettingStartedPage(db)
    qtbot.addWidget(page)
    status = page.findChild(QLabel, "status_programme")
    assert status.text().endswith(f"{isolate(programme)}: 2 reverse mentors and 1 mentee")
    assert_left_to_right(status, programme)
