"""The card's section navigation: a list of every section beside the section on screen.

A tab bar showed nine titles at 1366 px and hid the tenth behind scroll arrows; the card grows to a
dozen sections (notes, invoices). A vertical list shows them all at a glance, each with its
Ctrl+digit key in the tooltip, and needs no more width when a section is added.

The API follows QTabWidget's (addTab, insertTab, setTabText, currentWidget, currentChanged …) so the
code that adds a section reads as it did with tabs. Each page sits in a frameless scroll area: a
tall page (the contact form, the prohibitions grid) scrolls inside the card instead of making the
whole window taller than a laptop screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

# Room for the longest title in any language ("Muistiinpanot", "Utlämnanden") plus the frame.
MIN_LIST_WIDTH = 120


class SectionList(QListWidget):
    """The list of section titles; as wide as its longest title, as tall as all of them together."""

    def sizeHint(self) -> QSize:
        width = max(MIN_LIST_WIDTH, self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)
        height = sum(self.sizeHintForRow(r) for r in range(self.count())) + 2 * self.frameWidth()
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), 0)


class SectionNav(QWidget):
    """Section titles on the left, the chosen section on the right (QTabWidget-like API)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = SectionList(self)
        self.list.setObjectName("cardSectionList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("cardSectionStack")
        self._pages: list[QWidget] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list, 0)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._row_changed)

    # -- QTabWidget-like -----------------------------------------------------------------------

    def addTab(self, page: QWidget, text: str) -> int:
        return self.insertTab(len(self._pages), page, text)

    def insertTab(self, index: int, page: QWidget, text: str) -> int:
        index = max(0, min(index, len(self._pages)))
        scroll = QScrollArea(self.stack)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(page)
        self._pages.insert(index, page)
        self.stack.insertWidget(index, scroll)
        self.list.insertItem(index, QListWidgetItem(text))
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.updateGeometry()
        return index

    def removeTab(self, index: int) -> None:
        if 0 <= index < len(self._pages):
            page = self._pages.pop(index)
            scroll = self.stack.widget(index)
            self.list.takeItem(index)
            self.stack.removeWidget(scroll)
            page.setParent(self)
            page.hide()
            scroll.deleteLater()
            self.list.updateGeometry()

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < len(self._pages):
            self.list.setCurrentRow(index)

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))

    def tabText(self, index: int) -> str:
        item = self.list.item(index)
        return item.text() if item is not None else ""

    def setTabText(self, index: int, text: str) -> None:
        item = self.list.item(index)
        if item is not None:
            item.setText(text)
            self.list.updateGeometry()

    def setTabToolTip(self, index: int, text: str) -> None:
        item = self.list.item(index)
        if item is not None:
            item.setToolTip(text)

    def tabRect(self, index: int) -> QRect:
        return self.list.visualItemRect(self.list.item(index))

    # -- internals -----------------------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)
