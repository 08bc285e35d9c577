"""The help window: the user guide with its pictures, a tree of its contents and a search."""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from revmentor_desktop.core.text import count, fold
from revmentor_desktop.gui.style import search_match
from revmentor_desktop.gui.window_state import fit_to_screen, window_settings
from revmentor_desktop.paths import resource

log = logging.getLogger(__name__)

GUIDE = ("help", "user-guide.md")
# Space above a heading, by level: sections stand apart without a rule between them.
HEADING_SPACE = {1: 0, 2: 22, 3: 14}
# Behind code and command lines: a light grey band, as GitHub shows them.
CODE_BACKGROUND = QColor(127, 127, 127, 28)
MAX_MARKS = 2000  # a one-letter search would otherwise mark thousands of places
ANCHOR = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Section:
    """A heading of the guide and the text up to the next heading, whatever its level."""

    level: int
    title: str
    anchor: str  # as GitHub names it, so "#backups" works in the file and in the window
    start: int  # document position of the heading
    end: int
    words: str  # the heading and its text, folded for searching


def anchor_for(title: str, taken: set[str]) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens;
    a repeated heading gets -1, -2…"""
    slug = re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")
    anchor, n = slug, 0
    while anchor in taken:
        n += 1
        anchor = f"{slug}-{n}"
    taken.add(anchor)
    return anchor


class Guide:
    """The user guide read into a QTextDocument, with its sections and pictures."""

    def __init__(self, document: QTextDocument, path: Path | None = None) -> None:
        self.path = path or resource(*GUIDE)
        self.document = document
        document.setUndoRedoEnabled(False)
        document.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        document.setMarkdown(
            self.path.read_text(encoding="utf-8"),
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub,
        )
        document.setDocumentMargin(18)  # after the Markdown, which resets it
        self.plain = document.toPlainText()  # one character per document position
        self.sections = self._read_sections()
        self._starts = [section.start for section in self.sections]
        self.by_anchor = {section.anchor: section for section in self.sections}
        self.images = self._read_images()
        # Folded character by character, so a match in the folded text maps back to a position.
        pieces = [fold(ch) for ch in self.plain]
        self._folded = "".join(pieces)
        self._origin = [i for i, piece in enumerate(pieces) for _ in piece]

    def _read_sections(self) -> list[Section]:
        headings = []
        block = self.document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                headings.append((level, block))
                spaced = QTextBlockFormat()
                spaced.setTopMargin(HEADING_SPACE.get(level, 10))
                spaced.setBottomMargin(6)
                QTextCursor(block).mergeBlockFormat(spaced)
            elif block.blockFormat().nonBreakableLines():
                # Code and command lines wrap and sit on a shaded band, as on a web page.
                code = QTextBlockFormat()
                code.setNonBreakableLines(False)
                code.setBackground(CODE_BACKGROUND)
                code.setLeftMargin(6)
                QTextCursor(block).mergeBlockFormat(code)
            block = block.next()
        taken: set[str] = set()
        sections = []
        for i, (level, block) in enumerate(headings):
            start = block.position()
            end = headings[i + 1][1].position() if i + 1 < len(headings) else len(self.plain)
            title = block.text()
            words = fold(self.plain[start:end])
            sections.append(Section(level, title, anchor_for(title, taken), start, end, words))
        return sections

    def image_positions(self) -> list[int]:
        """The document position of every picture, in order."""
        positions = []
        block = self.document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    positions.extend(
                        range(fragment.position(), fragment.position() + fragment.length())
                    )
                it += 1
            block = block.next()
        return positions

    def _read_images(self) -> dict[str, Path]:
        """Each picture's name in the guide and the file it names, beside the guide."""
        images = {}
        for position in self.image_positions():
            cursor = QTextCursor(self.document)
            cursor.setPosition(position + 1)
            name = cursor.charFormat().toImageFormat().name()
            images[name] = (self.path.parent / name).resolve()
        return images

    def section_at(self, position: int) -> Section | None:
        i = bisect.bisect_right(self._starts, position) - 1
        return self.sections[i] if i >= 0 else None

    def search(self, text: str) -> list[Section]:
        """The sections that hold every word typed, ignoring case and accents, in guide order."""
        words = fold(text).split()
        if not words:
            return []
        return [s for s in self.sections if all(word in s.words for word in words)]

    def matches(self, text: str) -> list[tuple[int, int]]:
        """(start, end) document positions of every place a word typed appears, in order."""
        found = []
        for word in set(fold(text).split()):
            for match in re.finditer(re.escape(word), self._folded):
                start = self._origin[match.start()]
                found.append((start, self._origin[match.end() - 1] + 1))
        return sorted(found)


class HelpWindow(QWidget):
    """The guide on the right; on the left a search box over the contents, which the search
    narrows to the sections that hold the words. Ctrl+F searches, Enter shows the next
    section found, Alt+Left goes back after following a link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle("RevMentor Help")
        # The window never keeps RevMentor running once the main window has closed.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)

        self.search_edit = QLineEdit(objectName="helpSearch")
        self.search_edit.setPlaceholderText("Search the guide (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search the guide")
        self.result_label = QLabel(objectName="helpSearchResults")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.contents = QTreeWidget(objectName="helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents")
        self.text = QTextBrowser(objectName="helpText")
        self.text.setOpenLinks(False)
        # Always there, so pictures fitted to the width never make it appear and disappear.
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.guide = Guide(self.text.document())
        self._originals: dict[str, QImage] = {}
        self._fitted_width = 0
        self.section = self.guide.sections[0]  # the section being read

        style = self.style()
        self.back_button = self._tool_button(
            "helpBack", style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "Back",
            QKeySequence.StandardKey.Back, self.back,
        )  # fmt: skip
        self.forward_button = self._tool_button(
            "helpForward", style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "Forward",
            QKeySequence.StandardKey.Forward, self.forward,
        )  # fmt: skip
        self.section_label = QLabel(objectName="helpSectionTitle")
        self.section_label.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.result_label)
        left_layout.addWidget(self.contents)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addSpacing(6)
        bar.addWidget(self.section_label, 1)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.text)
        self.splitter = QSplitter(objectName="helpSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._items = self._fill_contents()
        self._results: list[Section] = []
        self._result = -1
        self._history: list[str] = []
        self._at = -1

        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.installEventFilter(self)
        self.text.anchorClicked.connect(self._link)
        self.text.verticalScrollBar().valueChanged.connect(self._follow_scrolling)
        self.text.viewport().installEventFilter(self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        screen = self.screen().availableGeometry()  # room beside the app on a small screen too
        self.resize(min(1000, screen.width() * 4 // 5), min(700, screen.height() * 4 // 5))
        geometry = window_settings().value("help/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self)
        splitter = window_settings().value("help/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.open_at(None)

    def _tool_button(self, name, icon, tip, key, slot) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setIcon(icon)
        button.setAutoRaise(True)
        button.setEnabled(False)
        shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        QShortcut(key, self).activated.connect(slot)
        return button

    def _fill_contents(self) -> dict[str, QTreeWidgetItem]:
        items: dict[str, QTreeWidgetItem] = {}
        parents: list[tuple[int, QTreeWidgetItem]] = []  # the open headings above, by level
        for section in self.guide.sections:
            while parents and parents[-1][0] >= section.level:
                parents.pop()
            # The guide's title is an item of its own at the top, not the parent of everything.
            parent = parents[-1][1] if parents and parents[-1][0] > 1 else None
            item = QTreeWidgetItem([section.title])
            item.setData(0, ANCHOR, section.anchor)
            item.setToolTip(0, section.title)
            if parent is None:
                self.contents.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents.append((section.level, item))
            items[section.anchor] = item
        self.contents.expandAll()
        return items

    # --- going places -------------------------------------------------------------------------

    def open_at(self, anchor: str | None) -> None:
        """Start afresh at a section (F1 on a screen): no search, nothing to go back to."""
        self.search_edit.clear()
        self._history.clear()
        self._at = -1
        self.go_to(anchor)

    def go_to(self, anchor: str | None, *, remember: bool = True) -> None:
        """Show a section at the top of the text; an unknown or missing anchor shows the top."""
        section = self.guide.by_anchor.get(anchor or "") or self.guide.sections[0]
        if remember:
            if self._history:  # Back returns to where the reader had scrolled to
                self._history[self._at] = self.section.anchor
            del self._history[self._at + 1 :]
            if not self._history or self._history[-1] != section.anchor:
                self._history.append(section.anchor)
            self._at = len(self._history) - 1
        self._update_history_buttons()
        self.text.setTextCursor(self._cursor(section.start, section.start))
        self._scroll_to(section.start)
        self._show_current(section)

    def _scroll_to(self, position: int) -> None:
        """Put the block holding a position at the top of the text (as far as it scrolls)."""
        block = self.guide.document.findBlock(position)
        top = self.guide.document.documentLayout().blockBoundingRect(block).top()
        scroll_bar = self.text.verticalScrollBar()
        blocked = scroll_bar.blockSignals(True)  # the last sections cannot reach the top
        scroll_bar.setValue(int(top))
        scroll_bar.blockSignals(blocked)

    def back(self) -> None:
        if self._at > 0:
            self._at -= 1
            self.go_to(self._history[self._at], remember=False)

    def forward(self) -> None:
        if self._at + 1 < len(self._history):
            self._at += 1
            self.go_to(self._history[self._at], remember=False)

    def _update_history_buttons(self) -> None:
        self.back_button.setEnabled(self._at > 0)
        self.forward_button.setEnabled(self._at + 1 < len(self._history))

    def _top_position(self) -> int:
        """The document position at the top of the text."""
        top = self.text.verticalScrollBar().value() + 2
        layout = self.guide.document.documentLayout()
        return max(layout.hitTest(QPointF(40, top), Qt.HitTestAccuracy.FuzzyHit), 0)

    def _follow_scrolling(self) -> None:
        section = self.guide.section_at(self._top_position())
        if section is not None:
            self._show_current(section)

    def _show_current(self, section: Section) -> None:
        """The section being read: named above the text and chosen in the contents."""
        self.section = section
        self.section_label.setText(section.title)
        item = self._items.get(section.anchor)
        if item is not None and not item.isHidden() and item is not self.contents.currentItem():
            blocked = self.contents.blockSignals(True)
            self.contents.setCurrentItem(item)
            self.contents.blockSignals(blocked)

    def _item_chosen(self, item: QTreeWidgetItem) -> None:
        self.go_to(item.data(0, ANCHOR))

    def _link(self, url: QUrl) -> None:
        """Links inside the guide go to their section; anything else opens outside."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.guide.document.baseUrl().resolved(url)
        if url.path() == "" or Path(target.toLocalFile()) == self.guide.path:
            self.go_to(url.fragment())
        elif target.isLocalFile() and Path(target.toLocalFile()).exists():
            QDesktopServices.openUrl(target)

    # --- searching ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self, text: str) -> None:
        """Narrow the contents to the sections holding every word, and mark the words."""
        searching = bool(text.split())
        self._results = self.guide.search(text) if searching else []
        self._result = -1
        found = {section.anchor for section in self._results}
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.contents.palette().color(QPalette.ColorRole.Text)

        def narrow(item: QTreeWidgetItem) -> bool:
            shown_child = False
            for i in range(item.childCount()):
                shown_child |= narrow(item.child(i))
            matched = item.data(0, ANCHOR) in found
            # A heading shown only to hold a section found below it is greyed.
            item.setForeground(0, normal if matched or not searching else muted)
            item.setHidden(searching and not (matched or shown_child))
            return matched or shown_child

        for i in range(self.contents.topLevelItemCount()):
            narrow(self.contents.topLevelItem(i))
        self._mark(text if searching else "")
        self.result_label.setVisible(searching)
        if not searching:
            return
        if not self._results:
            self.result_label.setText("No section holds every word typed.")
            return
        self.result_label.setText(
            f"Found in {count(len(self._results), 'section')}. "
            "Enter shows the next, Shift+Enter the one before."
        )

    def next_result(self, step: int = 1) -> None:
        if not self._results:
            return
        self._result = (self._result + step) % len(self._results)
        section = self._results[self._result]
        self.go_to(section.anchor)
        first = next((s for s, _ in self.guide.matches(self.search_edit.text())
                      if section.start <= s < section.end), None)  # fmt: skip
        if first is not None:  # bring the first place found into view, below its heading
            self.text.setTextCursor(self._cursor(first, first))
            self.text.ensureCursorVisible()
        self.result_label.setText(
            f"Section {self._result + 1} of {len(self._results)}: {section.title}. "
            "Enter shows the next, Shift+Enter the one before."
        )

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.guide.document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _mark(self, text: str) -> None:
        marks = []
        for start, end in self.guide.matches(text)[:MAX_MARKS] if text else []:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self._cursor(start, end)
            background, foreground = search_match()
            mark.format.setBackground(background)
            mark.format.setForeground(foreground)
            marks.append(mark)
        self.text.setExtraSelections(marks)

    # --- pictures and keys --------------------------------------------------------------------

    def _fit_images(self) -> None:
        """Pictures shrink to the width of the text (never grow), smoothly scaled."""
        margin = 2 * self.guide.document.documentMargin() + 8
        width = max(int(self.text.viewport().width() - margin), 120)
        if width == self._fitted_width:
            return
        self._fitted_width = width
        reading = self._top_position()  # kept at the top while the pictures change size
        document = self.guide.document
        shown: dict[str, QSize] = {}  # each picture's size on screen
        for name, path in self.guide.images.items():
            if name not in self._originals:
                self._originals[name] = QImage(str(path))
                if self._originals[name].isNull():
                    log.warning("Help picture missing: %s", path)
            image = self._originals[name]
            if image.isNull():
                continue
            # The screenshots are taken at 100 %: shown at most that size, with every pixel a
            # high-density screen can show.
            shown_width = min(image.width(), width)
            pixels = min(image.width(), round(shown_width * self.devicePixelRatioF()))
            if pixels < image.width():
                image = image.scaledToWidth(pixels, Qt.TransformationMode.SmoothTransformation)
            else:
                image = image.copy()
            image.setDevicePixelRatio(pixels / shown_width)
            shown[name] = QSize(shown_width, round(image.height() * shown_width / pixels))
            # The document looks a picture up by its name resolved against the guide's folder.
            url = document.baseUrl().resolved(QUrl(name))
            document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        for position in self.guide.image_positions():
            cursor = self._cursor(position, position + 1)
            image_format = cursor.charFormat().toImageFormat()
            size = shown.get(image_format.name())
            if size is not None:
                image_format.setWidth(size.width())
                image_format.setHeight(size.height())
                cursor.setCharFormat(image_format)
        self._scroll_to(reading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        elif watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.next_result(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if key == Qt.Key.Key_Down:
                self.contents.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:
        settings = window_settings()
        settings.setValue("help/geometry", self.saveGeometry())
        settings.setValue("help/splitter", self.splitter.saveState())
        super().hideEvent(event)
