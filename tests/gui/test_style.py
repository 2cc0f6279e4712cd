"""The desk's look: the highlighted item of a drop-down list is readable (it was drawn blank)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from desktop.views import style


def _row_colours(combo: QComboBox, row: int) -> dict[str, int]:
    """How many pixels of each colour the popup shows in ``row`` (grabbed as the screen shows it)."""
    view = combo.view()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(combo.model().index(row, 0)).intersected(view.viewport().rect())
    counts: dict[str, int] = {}
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            name = image.pixelColor(x, y).name()
            counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.mark.parametrize("highlighted", [0, 1], ids=["the current item", "another item"])
def test_the_highlighted_item_of_a_drop_down_list_shows_its_text(qtbot, styled, highlighted):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["suomi", "ruotsi", "englanti"])
    combo.resize(220, 30)
    combo.show()
    qtbot.waitExposed(combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(combo.model().index(highlighted, 0))  # as the arrow keys move the highlight

    colours = _row_colours(combo, highlighted)
    background, _ = max(colours.items(), key=lambda kv: kv[1])
    assert QColor(background) == QColor(style.ACCENT)  # the highlight is there, in the desk's colour
    # The text: enough pixels far lighter than the highlight (white text, anti-aliased at the edges).
    text_pixels = sum(n for name, n in colours.items() if QColor(name).lightness() > 200)
    assert text_pixels > 30, colours
    # An item that is not highlighted keeps dark text on white.
    other = _row_colours(combo, 2)
    assert sum(n for name, n in other.items() if QColor(name).lightness() < 100) > 30
    combo.hidePopup()
