"""The card on a 1366×768 laptop and a 1920×1080 screen: every section in view, fields wide enough to read.

The desk is given the room the main window leaves it (menu and status bar take ~50 px) and the
application's own look (font, style sheet), as a desk worker sees it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.desk.desk_page import DeskPage
from gui.desk.conftest import SUPERVISOR, press, type_into_focus
from gui.desk.test_card_display import _open_for_correction, full_register  # noqa: F401 - the fixture

# "etunimi.sukunimi@example.com" at the desk's 10 pt font is about 200 px.
READABLE_FIELD_WIDTH = 200



@pytest.mark.parametrize("size", [(1366, 718), (1920, 1030)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_section_is_in_view_and_the_contact_fields_are_readable(
        qtbot, runner, make_session, full_register, window, translations, styled, size, language):  # noqa: F811
    assert translations.switch(language)
    desk = window(DeskPage(runner, make_session(SUPERVISOR)))
    desk.resize(*size)
    with qtbot.waitSignal(desk.search.results_shown, timeout=5000):
        desk.search.search_for("mäkinen")
    desk.search.ui.table.setFocus()
    _open_for_correction(qtbot, desk.card, full_register.makinen_id, desk)
    card = desk.card

    sections = card.tabs.list
    qtbot.waitUntil(lambda: sections.isVisible())
    assert card.tabs.count() == 11  # a supervisor sees the access log too; the notes come last
    assert sections.verticalScrollBar().maximum() == 0
    for index in range(card.tabs.count()):
        rect = card.tabs.tabRect(index)
        assert sections.viewport().rect().contains(rect), card.tabs.tabText(index)
        metrics = sections.fontMetrics()
        assert metrics.horizontalAdvance(card.tabs.tabText(index)) < rect.width(), card.tabs.tabText(index)

    for name in ("phones", "emails", "street", "care_of", "country", "language"):
        field = card.contact.inputs[name]
        assert field.isVisible() and field.width() >= READABLE_FIELD_WIDTH, (name, field.width())
    assert card.contact.inputs["post_town"].width() >= 140
    for name, label in card.contact.labels.items():
        assert label.width() >= label.sizeHint().width(), name  # no label is cut short

    # The prohibitions grid: every cell's text fits its cell (on two lines where needed), none ends in "…".
    card.show_tab(card.tabs.indexOf(card.consents))
    grid = card.consents.ui.consent_grid
    qtbot.waitUntil(grid.isVisible)
    metrics = grid.fontMetrics()
    for row in range(grid.rowCount()):
        for column in range(grid.columnCount()):
            text = grid.item(row, column).text()
            room = grid.visualItemRect(grid.item(row, column)).adjusted(3, 0, -3, 0)  # the view's text margin
            needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            assert needed.height() <= room.height() and needed.width() <= room.width(), text
    assert grid.verticalHeader().width() >= max(metrics.horizontalAdvance(line) for r in range(grid.rowCount())
                                                for line in grid.verticalHeaderItem(r).text().split("\n"))


def test_sections_past_the_tenth_are_reached_by_keyboard_and_errors_do_not_move_the_form(
        qtbot, runner, make_session, full_register, window, translations, styled):  # noqa: F811
    assert translations.switch("fi")
    desk = window(DeskPage(runner, make_session(SUPERVISOR)))
    desk.resize(1366, 718)
    with qtbot.waitSignal(desk.search.results_shown, timeout=5000):
        desk.search.search_for("mäkinen")
    desk.search.ui.table.setFocus()
    _open_for_correction(qtbot, desk.card, full_register.makinen_id, desk)
    card = desk.card

    press("Ctrl+E")
    phones = card.contact.inputs["phones"]
    qtbot.waitUntil(lambda: phones.height() == phones.sizeHint().height())  # laid out with the focus frame
    def rows() -> dict[str, tuple[int, int]]:  # where each field sits vertically: a jump moves them
        return {name: (widget.y(), widget.height()) for name, widget in card.contact.inputs.items()}

    before = rows()
    save_at = card.contact.ui.save_button.y()
    card.contact.inputs["phones"].selectAll()
    type_into_focus("12ä")
    press("Ctrl+S")
    qtbot.waitUntil(lambda: "12ä" in card.contact.errors["phones"].text())
    QApplication.processEvents()
    assert rows() == before
    assert card.contact.ui.save_button.y() == save_at
    assert card.contact.inputs["phones"].text() == "12ä"  # what was typed stays

    press("Ctrl+0")
    assert card.tabs.currentIndex() == 9 and card.tabs.tabText(9) == "Katseluloki"
    press("Ctrl+PgDown")  # the eleventh section has no Ctrl+digit of its own
    assert card.tabs.currentIndex() == 10 and card.tabs.tabText(10) == "Muistiinpanot"
    press("Ctrl+PgDown")  # past the last: round to the first
    assert card.tabs.currentIndex() == 0
    press("Ctrl+PgUp")
    assert card.tabs.currentIndex() == 10
    assert {"Ctrl+PgDown", "Ctrl+PgUp"} <= {s.keys for s in card.shortcuts()}
