"""The desk page the main window embeds: the search panel beside the customer card.

The wiring lives here so the main window stays composition only: a chosen search row opens the
card (asking the purpose unless a call is going on), and closing the card returns to the search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.card_view import CustomerCardView
from desktop.views.desk.search_panel import SearchPanel


class DeskPage(QWidget):
    """Offers the main window ``focus_search()``, ``new_call()``, ``new_request()``, ``search_for(text)`` and
    ``confirm_leave(then)``; every other
    key lives on the widgets' own QActions, which the window's F1 sheet lists."""

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPage")
        self.search = SearchPanel(runner, session, self)
        self.card = CustomerCardView(runner, session, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.search)
        splitter.addWidget(self.card)
        # The card holds the section list, a two-column form and tables of seven columns: it gets 60 %
        # (at 1366 px the list still shows number, name, code and the start of the address).
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.search.customer_chosen.connect(self.card.open_customer)
        self.card.closed.connect(self.search.focus_search)
        self.setFocusProxy(self.search)

    def focus_search(self) -> None:
        self.search.focus_search()

    def new_request(self) -> None:
        self.card.new_request()

    def new_call(self) -> None:
        self.card.call_panel.start_call()

    def confirm_leave(self, then: Callable[[], None] | None = None) -> bool:
        """For the window's close and sign-out: False while unsaved contact edits are being asked about
        (``then`` runs once they are saved or discarded)."""
        return self.card.confirm_leave(then)

    def search_for(self, text: str) -> None:
        self.search.search_for(text)
