"""Matching a "not yet identified" request to a customer after intake: search the register, pick, match.

Shown in the request detail only while the request has no customer; the service records the match as an
event and an audit row (RequestService.match_customer), after which the identity check can be recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QListWidgetItem, QWidget

from desktop.operations import requests as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_customer_matcher import Ui_CustomerMatcher
from desktop.views.desk.common import error_text

SEARCH_DEBOUNCE_MS = 200


class CustomerMatcher(QGroupBox):
    """``matched(RequestInfo)`` after the request was matched; ``search_done`` when the list shows the answer
    to the current text (tests wait on it); ``failed(str)`` with the message shown."""

    matched = Signal(object)
    search_done = Signal()
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerMatcher")
        self._runner = runner
        self._session = session
        self._generation = 0
        self.request_id: int | None = None

        self.ui = Ui_CustomerMatcher()
        self.ui.setupUi(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.ui.search.textEdited.connect(self._edited)
        self.ui.results.currentItemChanged.connect(lambda *_: self._update_button())
        self.ui.results.itemDoubleClicked.connect(lambda _item: self._match())
        self.ui.match_button.clicked.connect(self._match)
        self.retranslate()
        self._update_button()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_request(self, request_id: int | None) -> None:
        """Start afresh for another request (or none)."""
        if request_id == self.request_id:
            return
        self.request_id = request_id
        self._generation += 1
        self.ui.search.clear()
        self.ui.results.clear()
        self.ui.message.clear()
        self._update_button()

    def customer_id(self) -> int | None:
        item = self.ui.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_button(self) -> None:
        self.ui.match_button.setEnabled(self.request_id is not None and self.customer_id() is not None)

    # -- searching -----------------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._generation += 1
        self._timer.start()

    def _search(self) -> None:
        query = self.ui.search.text().strip()
        if not query:
            self.ui.results.clear()
            self._update_button()
            self.search_done.emit()
            return
        generation = self._generation
        ops.search_customers(self._session, query).success(lambda result: self._show_hits(generation, result)).failure(
            self._fail).run_in(self._runner, owner=self)

    def _show_hits(self, generation: int, result: ops.SearchResult) -> None:
        if generation != self._generation:
            return  # typed again (or another request chosen) meanwhile
        self.ui.results.clear()
        for hit in result.rows:
            place = " ".join(p for p in (hit.postcode, hit.post_town) if p)
            text = " – ".join(p for p in (hit.customer_number, hit.display_name, hit.street, place) if p)
            item = QListWidgetItem(text, self.ui.results)
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
        if self.ui.results.count():
            self.ui.results.setCurrentRow(0)
        self.ui.message.setText("" if result.rows else self.tr("No customers found."))
        self._update_button()
        self.search_done.emit()

    # -- matching ------------------------------------------------------------------------------

    def _match(self) -> None:
        customer_id = self.customer_id()
        if self.request_id is None or customer_id is None:
            return
        self.ui.match_button.setEnabled(False)
        ops.match_customer(self._session, self.request_id, customer_id).success(self.matched.emit).failure(
            self._fail).run_in(self._runner, owner=self)

    def _fail(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.ui.message.setText(text)
        self._update_button()
        self.search_done.emit()
        self.failed.emit(text)
