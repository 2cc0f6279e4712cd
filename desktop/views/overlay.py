"""The base of the sheets laid over the whole main window (the idle lock's cover, the F1 shortcut list).

An overlay is a child of the window, not a window of its own: it covers its parent exactly (following
every resize), stays hidden until ``cover()`` and re-reads its texts on a language switch. What it shows
is laid out in a form (forms/lock_cover.ui, forms/shortcut_overlay.ui).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


class Overlay(QWidget):
    """Subclasses lay out their form in ``__init__``, then call ``self.hide()``; ``retranslate()`` writes
    the texts that are not the form's own."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        parent.installEventFilter(self)

    def cover(self) -> None:
        """Lay the overlay over the whole parent, on top of everything else in it."""
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        """Texts the form does not hold (a name filled in, say); called on every language switch."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def emphasise(label: QLabel, scale: float) -> None:
    """The overlay's title: bold, ``scale`` times the label's font."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
