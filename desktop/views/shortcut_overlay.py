"""F1: every keyboard shortcut of the window on one sheet, laid over the desk until Esc or F1.

The list is gathered when it opens, from the window's actions and from each desk widget's
``shortcuts()``, so a shortcut added anywhere shows up here without this file changing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.ui_shortcut_overlay import Ui_ShortcutOverlay
from desktop.views.overlay import Overlay, emphasise


@dataclass(frozen=True, slots=True)
class ShortcutLine:
    keys: str
    description: str


def lines_from_actions(actions: Iterable[QAction]) -> list[ShortcutLine]:
    lines = []
    for action in actions:
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if not sequences or not action.isVisible() or not action.text():
            continue
        keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
        lines.append(ShortcutLine(keys, action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))
    return lines


def lines_from_widget(widget: QObject) -> list[ShortcutLine]:
    """A desk widget's own list (``shortcuts()`` returning objects with ``keys`` and ``description``)."""
    provider = getattr(widget, "shortcuts", None)
    if not callable(provider):
        return []
    return [ShortcutLine(item.keys, item.description) for item in provider()]


class ShortcutOverlay(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut_overlay")
        self.ui = Ui_ShortcutOverlay()
        self.ui.setupUi(self)
        emphasise(self.ui.title_label, 1.3)
        self._grid = self.ui.grid
        self.lines: list[ShortcutLine] = []
        self.hide()

    def open(self, lines: list[ShortcutLine]) -> None:
        self.lines = _unique(lines)
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        half = (len(self.lines) + 1) // 2
        for i, line in enumerate(self.lines):
            row, col = (i, 0) if i < half else (i - half, 2)
            key = QLabel(line.keys)
            key.setObjectName("shortcut_key")
            key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(key, row, col)
            self._grid.addWidget(QLabel(line.description), row, col + 1)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self._grid.setRowStretch(half, 1)
        self.cover()
        self.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.hide()
        event.accept()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)


def _unique(lines: list[ShortcutLine]) -> list[ShortcutLine]:
    seen: set[tuple[str, str]] = set()
    out = []
    for line in lines:
        if (line.keys, line.description) not in seen:
            seen.add((line.keys, line.description))
            out.append(line)
    return out
