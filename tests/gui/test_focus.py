"""views/focus.place_in_tab_order: widgets made in code after a form's setupUi still come where the user
meets them when pressing Tab (the requests page's filter bar and detail rely on it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop.views.focus import place_in_tab_order


def _tab_stops(window: QWidget) -> list[str]:
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        name = widget.objectName()  # Qt's own parts (a spin box's line edit) are named qt_…
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and name and not name.startswith("qt_"):
            stops.append(name)
        widget = widget.nextInFocusChain()
    return stops


def test_a_bar_made_later_is_tabbed_through_where_it_stands(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    for name in ("first", "second"):  # what a form's setupUi makes
        button = QPushButton(name, window)
        button.setObjectName(name)
        layout.addWidget(button)
    bar = QWidget(window)  # made in code afterwards: the end of the focus chain
    bar_layout = QHBoxLayout(bar)
    edit = QLineEdit(bar)
    edit.setObjectName("edit")
    spin = QSpinBox(bar)  # a compound widget: its line edit goes along
    spin.setObjectName("spin")
    for widget in (edit, spin):
        bar_layout.addWidget(widget)
    layout.insertWidget(1, bar)
    assert _tab_stops(window) == ["first", "second", "edit", "spin"]

    last = place_in_tab_order(window.findChild(QPushButton, "first"), bar)

    assert _tab_stops(window) == ["first", "edit", "spin", "second"]
    assert last is spin
    inner = spin.findChild(QLineEdit)  # the spin box's own line edit went along, before "second"
    chain, widget = [], spin
    while widget.objectName() != "second":
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert inner in chain
