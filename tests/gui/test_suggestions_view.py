"""The Suggestions screen: the cohort's best pairs, weights that re-suggest, and HR's decisions."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from revmentor_desktop.core.db.models import Partnership, PartnershipStatus
from revmentor_desktop.core.demo.organisation import create_demo
from revmentor_desktop.core.matching import Weight
from revmentor_desktop.core.services.suggestions import (
    decision_state,
    load_matching_settings,
    pair_decisions,
    rejected_pairs,
)
from revmentor_desktop.gui import create_main_window
from revmentor_desktop.gui.pages.suggestions import SuggestionsView
from revmentor_desktop.gui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def view(qtbot, db):
    create_demo(db, people=120, seed=3)
    widget = SuggestionsView(db)
    qtbot.addWidget(widget)
    return widget


def pair_keys(view):
    return {(p.mentor_id, p.mentee_id) for p in view.model.pairs}


def select_rows(view, *rows):
    selection = view.ui.pairsTable.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip


def test_pairs_are_suggested_and_explained(view, qtmodeltester):
    assert view.ui.programmeCombo.currentText() == "Reverse Mentoring 2026/27"
    qtmodeltester.check(view.model)
    assert view.model.rowCount() > 5
    assert "pairs suggested" in view.ui.statusLabel.text()
    scores = [p.score for p in view.model.pairs]
    assert scores == sorted(scores, reverse=True)
    select_rows(view, 0)
    text = view.ui.breakdownText.toPlainText().replace("\xa0", " ")  # "51 %" never splits
    first = view.model.pairs[0]
    assert f"{first.score:.0f} %" in text
    for criterion in first.criteria:
        assert criterion.label in text and criterion.explanation in text
    assert view.ui.alternativesTable.rowCount() > 0
    assert view.ui.alternativesCombo.count() == 2


def test_a_weight_change_re_suggests_is_saved_and_highlights_changes(view, db):
    before = pair_keys(view)
    view.weight_combos["skills_for_mentee"].setCurrentIndex(
        view.weight_combos["skills_for_mentee"].findData(Weight.OFF)
    )
    view.weight_combos["communication"].setCurrentIndex(
        view.weight_combos["communication"].findData(Weight.HIGH))  # fmt: skip
    assert view.debounce.isActive()  # waits for the next change before working
    view.debounce.timeout.emit()
    saved = load_matching_settings(db, view.programme_id)
    assert saved.weights["skills_for_mentee"] is Weight.OFF
    assert saved.weights["communication"] is Weight.HIGH
    after = pair_keys(view)
    assert view.model.new == after - before
    if after != before:
        assert "highlighted" in view.ui.statusLabel.text()


def test_accepting_makes_draft_partnerships_and_re_suggests_the_rest(view, db):
    first = view.model.pairs[0]
    with db.session() as session:
        demo = set(session.scalars(select(Partnership.id)))  # the demo's own partnerships
    select_rows(view, 0)
    view.ui.acceptButton.click()
    with db.session() as session:
        drafts = session.scalars(select(Partnership).where(Partnership.id.not_in(demo))).all()
    assert [(d.mentor_id, d.mentee_id, d.status) for d in drafts] == [
        (first.mentor_id, first.mentee_id, PartnershipStatus.DRAFT)]  # fmt: skip
    assert drafts[0].match_score == pytest.approx(first.score, abs=0.1)
    assert (first.mentor_id, first.mentee_id) not in pair_keys(view)


def test_a_rejected_pair_never_comes_back(view, db, monkeypatch):
    first = view.model.pairs[0]
    already = rejected_pairs(db, view.programme_id)  # the demo's own
    monkeypatch.setattr(view, "_ask_reason", lambda names: "Same project team")
    select_rows(view, 0)
    view.ui.rejectButton.click()
    assert (first.mentor_id, first.mentee_id) not in pair_keys(view)
    new = [r for r in rejected_pairs(db, view.programme_id) if r not in already]
    assert [r[4] for r in new] == ["Same project team"]
    view.reset_settings()
    view.debounce.timeout.emit()
    assert (first.mentor_id, first.mentee_id) not in pair_keys(view)


def answer_questions(monkeypatch, reply):
    """Answer every QMessageBox.question with `reply`; returns the questions asked."""
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((title, text, default))
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def decision_rows(view):
    table = view.ui.decisionsTable
    return [tuple(table.item(r, c).text() for c in range(5)) for r in range(table.rowCount())]


def test_a_rejected_pair_comes_back_with_two_clicks(view, db, monkeypatch, qtbot):
    first = view.model.pairs[0]
    names = (view.names[first.mentor_id], view.names[first.mentee_id])
    monkeypatch.setattr(view, "_ask_reason", lambda names: "Mis-click")
    select_rows(view, 0)
    view.ui.rejectButton.click()
    assert (first.mentor_id, first.mentee_id) not in pair_keys(view)
    # The Decisions list shows it, with its reason and the day.
    assert not view.ui.decisionsPanel.isHidden()
    rows = decision_rows(view)
    row = [r[:3] for r in rows].index((*names, "Rejected"))
    assert rows[row][4] == "Mis-click" and rows[row][3]  # a day, "4 Dec 2026"
    locked, rejected = (sum(r[2] == kind for r in rows) for kind in ("Locked", "Rejected"))
    assert locked == 0  # the demo locks nothing
    assert view.ui.decisionsButton.text() == f"D&ecisions ({rejected} rejected)"
    assert not view.ui.restoreButton.isEnabled()  # nothing selected yet
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    # Two clicks: the pair in the list, then Restore.
    table = view.ui.decisionsTable
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.ui.restoreButton.isEnabled() and not view.ui.unlockDecisionButton.isEnabled()
    qtbot.mouseClick(view.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert (first.mentor_id, first.mentee_id) not in {
        r[:2] for r in rejected_pairs(db, view.programme_id)
    }
    assert (first.mentor_id, first.mentee_id) in pair_keys(view)  # suggested again
    assert (*names, "Rejected") not in [r[:3] for r in decision_rows(view)]


def test_a_locked_pair_is_unlocked_from_the_decisions_list(view, db):
    select_rows(view, 0)
    view.ui.lockButton.click()
    locked = [p for p in view.model.pairs if p.locked]
    assert len(locked) == 1
    pair = locked[0]
    row = [(d.mentor_id, d.mentee_id) for d in view.decisions].index((pair.mentor_id,
                                                                       pair.mentee_id))  # fmt: skip
    assert decision_rows(view)[row][2] == "Locked"
    view.ui.decisionsTable.selectRow(row)
    assert view.ui.unlockDecisionButton.isEnabled() and not view.ui.restoreButton.isEnabled()
    view.ui.unlockDecisionButton.click()
    assert not any(p.locked for p in view.model.pairs)
    assert (pair.mentor_id, pair.mentee_id) not in {
        (d.mentor_id, d.mentee_id) for d in pair_decisions(db, view.programme_id)}  # fmt: skip


def _costly_swap(view):
    """Two suggested pairs whose swap the rules allow and which lowers the total score."""
    pairs = view.model.pairs
    for i, a in enumerate(pairs):
        for j in range(i + 1, len(pairs)):
            b = pairs[j]
            new = [(a.mentor_id, b.mentee_id), (b.mentor_id, a.mentee_id)]
            if any(view.matcher.blocked_reason(view.settings, *pair) for pair in new):
                continue
            after = [view.matcher.pair(view.settings, *pair).score for pair in new]
            if round(a.score) + round(b.score) > round(after[0]) + round(after[1]):
                return i, j, after
    raise AssertionError("no swap that lowers the score in the demo")


def test_a_swap_that_lowers_the_score_says_by_how_much_and_asks_first(view, db, monkeypatch):
    i, j, after = _costly_swap(view)
    a, b = view.model.pairs[i], view.model.pairs[j]
    before_keys = pair_keys(view)
    decisions = pair_decisions(db, view.programme_id)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    select_rows(view, i, j)
    view.ui.swapButton.click()
    lost = round(a.score) + round(b.score) - round(after[0]) - round(after[1])
    [(title, text, default)] = asked
    assert title == "Swap partners"
    assert text.startswith(
        f"These two pairs would score {after[0]:.0f} % and {after[1]:.0f} % instead of "
        f"{a.score:.0f} % and {b.score:.0f} %: {lost} point"
    )
    assert default == QMessageBox.StandardButton.Cancel  # Enter does not swap
    # Refused: nothing written, nothing changed.
    assert pair_decisions(db, view.programme_id) == decisions
    assert pair_keys(view) == before_keys
    assert view.ui.statusLabel.text().startswith("Not swapped")
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    select_rows(view, view.model.pairs.index(a), view.model.pairs.index(b))
    view.ui.swapButton.click()
    assert {(a.mentor_id, b.mentee_id), (b.mentor_id, a.mentee_id)} <= pair_keys(view)


def test_ctrl_z_undoes_a_swap_exactly(view, db, monkeypatch, qtbot):
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    select_rows(view, 0)
    view.ui.lockButton.click()  # a locked pair in the swap: its lock must come back too
    i, j, _ = _costly_swap(view)
    a, b = view.model.pairs[i], view.model.pairs[j]
    before, keys = decision_state(db, view.programme_id), pair_keys(view)
    select_rows(view, i, j)
    view.ui.swapButton.click()
    assert {(a.mentor_id, b.mentee_id), (b.mentor_id, a.mentee_id)} <= pair_keys(view)
    assert view.ui.undoButton.isEnabled()
    assert view.ui.undoButton.toolTip().startswith("Undo swapping the partners of ")
    messages = []
    view.message.connect(messages.append)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts work in the active window
    view.ui.pairsTable.setFocus()
    qtbot.keyClick(view.ui.pairsTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decision_state(db, view.programme_id) == before
    assert pair_keys(view) == keys
    assert messages[0].startswith("Undone: swapping the partners of ")
    # Then the lock, then nothing more.
    view.ui.undoButton.click()
    assert not any(p.locked for p in view.model.pairs)
    assert not view.ui.undoButton.isEnabled()


def test_undo_of_accept_all_and_reject(view, db, monkeypatch):
    with db.session() as session:
        before = set(session.scalars(select(Partnership.id)))
    decisions = decision_state(db, view.programme_id)
    monkeypatch.setattr(view, "_ask_reason", lambda names: "Same team")
    select_rows(view, 0)
    view.ui.rejectButton.click()
    view.ui.acceptAllButton.click()
    with db.session() as session:
        assert set(session.scalars(select(Partnership.id))) > before
    stale = []
    view.accepted.connect(stale.append)
    view.undo()
    with db.session() as session:
        assert set(session.scalars(select(Partnership.id))) == before
    assert stale == [[]]  # the Partnerships page is told
    view.undo()
    assert decision_state(db, view.programme_id) == decisions
    # Another programme, or the page read afresh: what was done before is not undone here.
    select_rows(view, 0)
    view.ui.lockButton.click()
    view.reload()
    assert not view.ui.undoButton.isEnabled()


def test_lock_keeps_a_pair_and_swap_exchanges_mentees(view, monkeypatch):
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    select_rows(view, 0)
    view.ui.lockButton.click()
    locked = [p for p in view.model.pairs if p.locked]
    assert len(locked) == 1
    a, b = view.model.pairs[1], view.model.pairs[2]
    if a.locked or b.locked:
        a, b = view.model.pairs[2], view.model.pairs[3]
    row_a, row_b = view.model.pairs.index(a), view.model.pairs.index(b)
    select_rows(view, row_a, row_b)
    blocked = view.matcher.blocked_reason(view.settings, a.mentor_id, b.mentee_id) or \
        view.matcher.blocked_reason(view.settings, b.mentor_id, a.mentee_id)  # fmt: skip
    view.ui.swapButton.click()
    keys = pair_keys(view)
    if blocked:
        assert "Cannot swap" in view.ui.statusLabel.text()
    else:
        assert {(a.mentor_id, b.mentee_id), (b.mentor_id, a.mentee_id)} <= keys
    assert (locked[0].mentor_id, locked[0].mentee_id) in keys


def test_the_main_window_opens_suggestions_and_reports_accepts(qtbot, db):
    create_demo(db, people=60, seed=5)
    db.close()
    window = create_main_window(db.url)
    qtbot.addWidget(window)
    window.ui.actionSuggestions.trigger()
    page = window.ui.pages.currentWidget()
    assert page.objectName() == "suggestionsView"
    select_rows(page, 0)
    page.ui.acceptButton.click()
    assert window.statusBar().currentMessage() == "Created 1 draft partnership"
    assert page.ui.pairsTable.horizontalHeader().sectionSize(0) > 0


def test_tab_reaches_the_weights_right_after_the_programme_controls(view):
    widget, order = view.ui.resuggestButton, []
    for _ in range(len(view.weight_combos) + 1):
        widget = widget.nextInFocusChain()
        order.append(widget.objectName())
    assert order == [f"weight_{key}" for key in view.weight_combos] + ["minGapSpin"]


def test_reasons_fill_the_width_left_and_show_in_full_as_tooltips(view, qtbot):
    view.resize(1400, 860)
    view.show()
    qtbot.waitExposed(view)
    select_rows(view, 0)
    for table in (view.ui.unmatchedTable, view.ui.alternativesTable):
        assert table.rowCount() > 0
        header = table.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(3)]
        assert sum(widths) == table.viewport().width()  # no empty band on the right
        item = table.item(0, 2)
        assert item.toolTip() == item.text()


def test_who_was_not_considered_is_listed_on_demand(view, db, qtbot):
    from PySide6.QtCore import Qt

    from revmentor_desktop.core.services.suggestions import not_considered

    left_out = not_considered(db, view.programme_id)
    assert len(left_out) > 5
    button, table = view.ui.notConsideredButton, view.ui.notConsideredTable
    assert button.text() == f"Not c&onsidered ({len(left_out)})"
    assert "people not enrolled in this programme" in button.toolTip()
    assert f"{len(left_out)} not considered" in view.ui.statusLabel.text()
    assert view.ui.nobodyLabel.isHidden() and not view.ui.pairsContent.isHidden()
    assert table.isHidden()  # folded away while there are pairs to look at
    view.resize(1400, 860)
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not table.isHidden()
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == [(p.name, p.reason, p.email) for p in left_out]
    # The reasons are never cut short: their column fits the longest.
    reason_width = table.horizontalHeader().sectionSize(1)
    metrics = table.fontMetrics()
    assert all(metrics.horizontalAdvance(p.reason) < reason_width for p in left_out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert table.isHidden()


def test_an_empty_cohort_says_why_instead_of_showing_empty_tables(qtbot, db, small_org):
    import factories

    # "Cohort 2026" enrols three people, none with consent recorded: nobody can be paired.
    widget = SuggestionsView(db)
    qtbot.addWidget(widget)
    assert widget.ui.nobodyLabel.text() == (
        "Nobody to suggest pairs for: 3 people are enrolled without consent recorded — record "
        "their consent under Programmes, or import them with a consent column."
    )
    assert not widget.ui.nobodyLabel.isHidden() and widget.ui.pairsContent.isHidden()
    table = widget.ui.notConsideredTable
    assert not table.isHidden()  # the list is then the whole story
    reasons = {table.item(r, 2).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert reasons == {
        "dana.fox@x.org": "enrolled without consent recorded",
        "wang.wei@x.org": "enrolled without consent recorded",
        "zoe.adams@x.org": "enrolled without consent recorded",
        "jose.muller@x.org": "not enrolled in this programme",
        "olga.koval@x.org": "not enrolled in this programme",
        "bob@x.org": "archived",
    }
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    label = widget.ui.nobodyLabel
    assert label.height() >= label.heightForWidth(label.width())  # wrapped, not cut off
    # With consent recorded, the pairs come back and the sentence goes.
    factories.consent_all(db)
    widget.reload()
    assert widget.ui.nobodyLabel.isHidden() and not widget.ui.pairsContent.isHidden()
    assert widget.model.rowCount() == 1
    assert widget.ui.notConsideredButton.text() == "Not c&onsidered (3)"


def test_every_weight_and_rule_says_what_it_does(view):
    from revmentor_desktop.core.matching import (
        CRITERIA,
        CRITERION_DESCRIPTIONS,
        RULE_DESCRIPTIONS,
        WEIGHT_DESCRIPTION,
    )

    assert set(CRITERION_DESCRIPTIONS) == set(CRITERIA)
    for key, combo in view.weight_combos.items():
        caption = view.ui.weightsForm.labelForField(combo)
        for widget in (combo, caption):
            assert widget.toolTip() == f"{CRITERION_DESCRIPTIONS[key]}\n\n{WEIGHT_DESCRIPTION}"
    ui = view.ui
    rules = {ui.minGapSpin: "min_gap", ui.idealGapMinSpin: "ideal_gap",
             ui.idealGapMaxSpin: "ideal_gap", ui.minScoreSpin: "min_score",
             ui.wholeChainCheck: "whole_reporting_chain",
             ui.favourParticipationCheck: "favour_participation"}  # fmt: skip
    for widget, rule in rules.items():
        assert widget.toolTip() == RULE_DESCRIPTIONS[rule]


def test_best_alternatives_wait_for_a_pair(view):
    combo = view.ui.alternativesCombo
    select_rows(view)  # nothing selected
    assert not combo.isEnabled() and combo.currentText() == ""
    assert combo.placeholderText() == "Select a pair first"
    select_rows(view, 0)
    pair = view.model.pairs[0]
    assert combo.isEnabled() and combo.currentData() == pair.mentee_id
    assert view.ui.alternativesTable.rowCount() > 0
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "Note"  # no column unnamed
