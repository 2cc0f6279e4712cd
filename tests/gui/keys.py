"""Typing into widgets in tests, including ä, ö and å.

``qtbot.keyClicks()`` maps every character through QTest's ASCII table and aborts the whole pytest
process on the first non-ASCII one (PySide6 6.12, see research/toolchain.md §2). Sending each
character as its own key event with ``Key_unknown`` and the text is what a real keyboard delivers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
