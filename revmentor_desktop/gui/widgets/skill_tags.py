"""Tag entry for skills: type a skill, Enter adds it with a level; new skills get a category."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.db.models import SkillCategory
from revmentor_desktop.core.services.people.records import (
    DEFAULT_SKILL_LEVEL,
    MAX_SKILL_LEVEL,
    MIN_SKILL_LEVEL,
    clean_skill_name,
)
from revmentor_desktop.core.text import isolate

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_REMOVE = (Qt.Key.Key_Delete,)


class _TagEntry(QLineEdit):
    """A line edit whose Enter adds a tag and never reaches the dialog's default (OK) button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in _ENTER:
            event.accept()


class _ElidedLabel(QLabel):
    """A label that shortens a long name with "…" instead of widening its row."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 6))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), shown)


class SkillTag(QFrame):
    """One skill in the list: its name, a level 1–5, ✕, and a category when it is new."""

    def __init__(
        self,
        name: str,
        level: int,
        categories: dict[SkillCategory, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skillTag")
        self.name = name
        self.is_new = categories is not None  # only a new skill needs its category chosen
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 2, 2)
        grid.setVerticalSpacing(2)
        self.name_label = _ElidedLabel(name, self)
        self.name_label.setObjectName("skillName")
        grid.addWidget(self.name_label, 0, 0)
        grid.setColumnStretch(0, 1)
        self.level_spin = QSpinBox(self)
        self.level_spin.setObjectName("skillLevelSpin")
        self.level_spin.setRange(MIN_SKILL_LEVEL, MAX_SKILL_LEVEL)
        self.level_spin.setValue(level)
        self.level_spin.setPrefix("Level ")
        self.level_spin.setAccessibleName(f"Level of {name}")
        self.level_spin.setToolTip("1 beginner … 5 expert")
        grid.addWidget(self.level_spin, 0, 2)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeSkillButton")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(f"Remove {name}")
        self.remove_button.setToolTip(f"Remove {isolate(name)} (Delete)")
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid.addWidget(self.remove_button, 0, 3)
        self.category_combo: QComboBox | None = None
        if categories is not None:
            badge = QLabel("new", self)
            badge.setObjectName("newSkillBadge")
            badge.setToolTip("Not in the database yet: it is added when you save")
            badge.setStyleSheet(
                "QLabel { color: palette(highlighted-text); background: palette(highlight);"
                " border-radius: 3px; padding: 0 4px; }"
            )
            grid.addWidget(badge, 0, 1)
            # A second line, so a long new name keeps its room on the first.
            category_row = QHBoxLayout()
            category_label = QLabel("Category:", self)
            category_row.addWidget(category_label)
            self.category_combo = QComboBox(self)
            self.category_combo.setObjectName("skillCategoryCombo")
            self.category_combo.setAccessibleName(f"Category of the new skill {name}")
            self.category_combo.setToolTip("What kind of skill this is")
            for category, label in categories.items():
                self.category_combo.addItem(label, category)
            self.category_combo.setCurrentIndex(self.category_combo.findData(SkillCategory.OTHER))
            category_label.setBuddy(self.category_combo)
            category_row.addWidget(self.category_combo)
            category_row.addStretch(1)
            grid.addLayout(category_row, 1, 0, 1, 4)

    @property
    def level(self) -> int:
        return self.level_spin.value()

    @property
    def category(self) -> SkillCategory | None:
        return self.category_combo.currentData() if self.category_combo else None

    def inputs(self) -> list[QWidget]:
        return [w for w in (self.level_spin, self.category_combo, self.remove_button) if w]


class SkillTagEditor(QWidget):
    """Offers or wants: the entry with autocompletion above the list of skills added so far."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, str] = {}  # casefolded name -> the name as stored
        self._categories: dict[SkillCategory, str] = {c: c.value for c in SkillCategory}
        self._tags: list[SkillTag] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.entry = _TagEntry(self)
        self.entry.setObjectName("skillEntry")
        self.entry.setPlaceholderText("Type a skill, then Enter")
        self.entry.setClearButtonEnabled(True)
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.entry.returnPressed.connect(self.commit_pending)
        layout.addWidget(self.entry)
        self.hint = QLabel(self)
        self.hint.setObjectName("skillHint")
        self.hint.setEnabled(False)  # drawn in the muted colour
        self.hint.hide()
        layout.addWidget(self.hint)

        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(3)
        self.empty_label = QLabel("None yet", self._list)
        self.empty_label.setEnabled(False)
        self._list_layout.addWidget(self.empty_label)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._list)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The list sits on the page's own background, not the darker window colour.
        scroll.viewport().setAutoFillBackground(False)
        self._list.setAutoFillBackground(False)
        layout.addWidget(scroll, 1)
        # Tab into the editor lands in the entry; labels' mnemonics focus it too.
        self.setFocusProxy(self.entry)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- what the dialog asks -----------------------------------------------------------
    def set_known_skills(self, names: list[str], categories: dict[SkillCategory, str]) -> None:
        """The skills to complete from, and the category labels to offer for a new one."""
        self._known = {name.casefold(): name for name in names}
        self._categories = categories
        self.completer.model().setStringList(names)

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        for tag in list(self._tags):
            self._remove(tag, refocus=False)
        for name, level in tags:
            self.add_tag(name, level)

    def tags(self) -> list[tuple[str, int]]:
        return [(tag.name, tag.level) for tag in self._tags]

    def new_skill_categories(self) -> dict[str, SkillCategory]:
        return {tag.name: tag.category for tag in self._tags if tag.category is not None}

    def set_new_skill_categories(self, categories: dict[str, SkillCategory]) -> None:
        folded = {name.casefold(): category for name, category in categories.items()}
        for tag in self._tags:
            if tag.category_combo is not None and tag.name.casefold() in folded:
                combo = tag.category_combo
                combo.setCurrentIndex(combo.findData(folded[tag.name.casefold()]))

    def tag(self, name: str) -> SkillTag | None:
        return next((t for t in self._tags if t.name.casefold() == name.casefold()), None)

    # --- editing ------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Add what is typed in the entry (Enter, or OK with text still in it)."""
        if clean_skill_name(self.entry.text()):
            self.add_tag(self.entry.text())

    def add_tag(self, name: str, level: int = DEFAULT_SKILL_LEVEL) -> SkillTag | None:
        name = clean_skill_name(name)
        if not name:
            return None
        already = self.tag(name)
        if already is not None:
            self._show_hint(f"{isolate(already.name)} is already listed")
            already.level_spin.setFocus()
            self.entry.clear()
            return None
        known = self._known.get(name.casefold())
        categories = self._categories if known is None else None
        tag = SkillTag(known or name, level, categories, parent=self._list)
        tag.remove_button.clicked.connect(lambda: self._remove(tag))
        tag.level_spin.valueChanged.connect(self.changed)
        if tag.category_combo is not None:
            tag.category_combo.currentIndexChanged.connect(self.changed)
        for widget in tag.inputs():
            widget.installEventFilter(self)
        self._list_layout.insertWidget(len(self._tags), tag)
        self._tags.append(tag)
        self.empty_label.hide()
        self._chain_tab_order()
        self.entry.clear()
        self._show_hint("")
        self.changed.emit()
        return tag

    def remove_tag(self, name: str) -> None:
        tag = self.tag(name)
        if tag is not None:
            self._remove(tag)

    def _remove(self, tag: SkillTag, *, refocus: bool = True) -> None:
        position = self._tags.index(tag)
        self._tags.remove(tag)
        tag.hide()
        tag.deleteLater()
        self.empty_label.setVisible(not self._tags)
        self._chain_tab_order()
        if refocus:
            # Keep the keyboard where it was: on the next tag's ✕, or back in the entry.
            following = self._tags[min(position, len(self._tags) - 1)] if self._tags else None
            (following.remove_button if following else self.entry).setFocus()
        self.changed.emit()

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _chain_tab_order(self) -> None:
        previous: QWidget = self.entry
        for tag in self._tags:
            for widget in tag.inputs():
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete on any of a tag's inputs removes that tag.
        if event.type() == QEvent.Type.KeyPress and event.key() in _REMOVE:
            for tag in self._tags:
                if watched in tag.inputs():
                    self._remove(tag)
                    return True
        return super().eventFilter(watched, event)
