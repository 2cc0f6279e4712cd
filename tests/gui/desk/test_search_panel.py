"""The search panel: results as the desk types (ä, ö, å included), never stale, keyboard only."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont

from db.models import Customer, UsageSite
from desktop.core.text import fold, name_key
from desktop.views.desk.search_panel import SearchPanel
from desktop.views.desk.search_results import SPANS_ROLE, layout_segments, split_spans
from gui.desk.conftest import AGENT, insert_register, press
from gui.keys import type_text


@pytest.fixture
def panel(qtbot, runner, make_session, register, window) -> SearchPanel:
    widget = SearchPanel(runner, make_session(AGENT))
    window(widget)
    widget.focus_search()
    return widget


def names(panel: SearchPanel) -> list[str]:
    return [panel.model.hit(r).display_name for r in range(panel.model.rowCount())]


def test_typing_mäk_shows_both_mäkis_with_the_match_in_bold(qtbot, panel):
    with qtbot.waitSignal(panel.results_shown, timeout=5000) as shown:
        type_text(panel.ui.field, "mäk")
    assert shown.args == ["mäk"]
    assert names(panel) == ["Mäkelä Matti", "Mäkinen Maija"]
    # The matched part of the name column is highlighted; the other columns are not.
    name_cell = panel.model.index(0, 1)
    assert name_cell.data(SPANS_ROLE) == [(0, 3)]
    assert panel.model.index(0, 0).data(SPANS_ROLE) == []
    assert panel.ui.hint.text() == "2 customers"
    assert panel.ui.table.isColumnHidden(4)  # "matched by: name" would repeat what the bold part shows
    panel.ui.table.grab()  # paints every cell through the highlight delegate (a Qt warning fails the test)


def test_åström_is_found_with_swedish_letters_and_without(qtbot, panel):
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        type_text(panel.ui.field, "Åström å")
    assert names(panel) == ["Åström Åsa"]
    press("Esc")
    assert panel.ui.field.text() == "" and panel.model.rowCount() == 0
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.keyClicks(panel.ui.field, "astrom")
    assert names(panel) == ["Åström Åsa"]


def test_a_newer_query_hides_the_older_ones_answer(qtbot, runner, panel):
    """The lane is held busy while two queries queue behind it: only the newer one is ever shown."""
    release = threading.Event()
    runner.submit(lambda: release.wait(10))
    shown: list[str] = []
    panel.results_shown.connect(shown.append)
    type_text(panel.ui.field, "mäk")
    qtbot.waitUntil(lambda: not panel._timer.isActive())  # "mäk" is now queued on the lane
    type_text(panel.ui.field, "i")
    qtbot.waitUntil(lambda: not panel._timer.isActive())  # so is "mäki"
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert shown == ["mäki"]
    assert names(panel) == ["Mäkinen Maija"]


def test_clearing_with_esc_drops_a_search_still_on_the_lane(qtbot, runner, panel):
    release = threading.Event()
    runner.submit(lambda: release.wait(10))
    shown: list[str] = []
    panel.results_shown.connect(shown.append)
    type_text(panel.ui.field, "mäk")
    qtbot.waitUntil(lambda: not panel._timer.isActive())
    press("Esc")
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert shown == [] and panel.model.rowCount() == 0 and panel.ui.field.text() == ""


def test_arrow_keys_move_from_the_field_and_enter_opens(qtbot, panel, register):
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        type_text(panel.ui.field, "mäk")
    assert panel.ui.table.currentIndex().row() == 0
    press("Down")
    assert panel.ui.field.hasFocus() and panel.ui.table.currentIndex().row() == 1
    press("Down")  # stays on the last row
    assert panel.ui.table.currentIndex().row() == 1
    press("Up")
    with qtbot.waitSignal(panel.customer_chosen) as chosen:
        press("Return")
    assert chosen.args == [register.makela_id, "Mäkelä Matti"]


def test_phone_match_is_shown_and_highlighted(qtbot, panel):
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.keyClicks(panel.ui.field, "+358 40 123")
    assert names(panel) == ["Mäkinen Maija"]
    assert not panel.ui.table.isColumnHidden(4)  # the phone number is in no other column
    matched = panel.model.index(0, 4)
    text = matched.data()
    assert text.startswith("040 123 4567")
    pieces = split_spans(text, matched.data(SPANS_ROLE))
    assert [p for p, strong in pieces if strong] == ["040 123"]


def test_a_usage_site_street_is_shown_in_the_matched_column(qtbot, panel, database, register, sql_guard):
    """Matti calls about his summer cottage: its street finds him, and the list says it was the site."""
    with sql_guard.allowed(), database.transaction() as session:
        session.add(UsageSite(customer_id=register.makela_id, metering_point_id="643007574000777777",
                              street="Mökkitie 12", postcode="95400", post_town="Tornio", commodity="electricity"))
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        type_text(panel.ui.field, "mökkitie 1")
    assert names(panel) == ["Mäkelä Matti"]
    assert panel.model.index(0, 3).data().startswith("Rantatie 3")  # his postal address, where letters go
    assert not panel.ui.table.isColumnHidden(4)
    matched = panel.model.index(0, 4)
    assert matched.data() == "Mökkitie 12 (usage site)"
    pieces = split_spans(matched.data(), matched.data(SPANS_ROLE))
    assert [p for p, strong in pieces if strong] == ["Mökkitie 1"]


def test_a_partial_identity_code_is_refused_with_the_reason(qtbot, panel):
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.keyClicks(panel.ui.field, "131052-3")
    assert panel.model.rowCount() == 0
    assert "whole" in panel.ui.hint.text()


def test_more_than_fifty_matches_gives_the_more_hint(qtbot, runner, make_session, database, sql_guard, window):
    with sql_guard.allowed():
        insert_register(database, virtanens=60)
    panel = SearchPanel(runner, make_session(AGENT))
    window(panel)
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        qtbot.keyClicks(panel.ui.field, "virtanen")
    assert panel.model.rowCount() == 50
    assert "More than 50" in panel.ui.hint.text()


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Mäkinen Maija", [(0, 3)], [("Mäk", True), ("inen Maija", False)]),
    ("Mäkinen Maija", [(0, 3), (8, 10)], [("Mäk", True), ("inen ", False), ("Ma", True), ("ija", False)]),
    ("abc", [(2, 99), (-5, 1)], [("a", True), ("b", False), ("c", True)]),
    ("abc", [], [("abc", False)]),
])
def test_split_spans(text, spans, expected):
    assert split_spans(text, spans) == expected


def test_enter_on_an_empty_list_does_nothing(qtbot, panel):
    with qtbot.assertNotEmitted(panel.customer_chosen):
        qtbot.keyClick(panel.ui.field, Qt.Key.Key_Return)


# -- the painted text is the customer's name, letter for letter -----------------------------------

NAMES = [  # (kind, last or company name, first names, what the desk types)
    ("person", "Äijälä-Öhman", "Åsa Önni", "äijälä"),
    ("person", "Åström", "Göran", "astrom g"),
    ("company", "Virtanen Kone Oy", None, "virtanen"),
    ("company", "Asunto Oy Åminneborg", None, "åminne"),
    ("company", "Öljy-Ässä Ky", None, "oljy"),
]


def _insert_names(database) -> dict[str, str]:
    """The names above, through the same key functions the product uses; returns display name by query."""
    with database.transaction() as session:
        stored = {}
        for i, (kind, name, first, query) in enumerate(NAMES):
            customer = Customer(customer_number=f"7{i:05d}", kind=kind, language="fi",
                                last_name=name if kind == "person" else None, first_names=first,
                                company_name=name if kind == "company" else None,
                                search_name=name_key(name, first) if kind == "person" else name_key(None, None, name))
            session.add(customer)
            session.flush()
            stored[query] = customer.display_name
        return stored


def _painted(index) -> str:
    """The text the highlight delegate draws in a cell wide enough for all of it."""
    font = QFont()
    bold = QFont(font)
    bold.setBold(True)
    pieces = split_spans(index.data(), index.data(SPANS_ROLE))
    return "".join(text for text, _strong, _x, _w in layout_segments(pieces, font, bold, QRect(0, 0, 5000, 20)))


@pytest.mark.parametrize("query", [query for *_, query in NAMES])
def test_the_list_shows_each_name_exactly_as_stored(qtbot, runner, make_session, database, sql_guard, window,
                                                    query):
    with sql_guard.allowed():
        stored = _insert_names(database)
    panel = SearchPanel(runner, make_session(AGENT))
    window(panel)
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.search_for(query)
    assert names(panel) == [stored[query]]
    cell = panel.model.index(0, 1)
    assert cell.data() == stored[query] and _painted(cell) == stored[query]
    # The bold part is the typed word as written in the name ("Äijälä" for "äijälä", "Åminne" for "åminne").
    bold = [text for text, strong in split_spans(cell.data(), cell.data(SPANS_ROLE)) if strong]
    assert sorted(fold(b) for b in bold) == sorted(fold(w) for w in query.split())
    panel.ui.table.grab()


def test_a_long_name_is_elided_inside_its_column():
    font = QFont()
    bold = QFont(font)
    bold.setBold(True)
    pieces = split_spans("Äijälä-Öhman Åsa Önni Kristiina", [(0, 6)])
    placed = layout_segments(pieces, font, bold, QRect(0, 0, 90, 20))
    assert placed[0][:2] == ("Äijälä", True)
    assert placed[-1][0].endswith("…")
    assert max(x + width for _t, _s, x, width in placed) <= 90
