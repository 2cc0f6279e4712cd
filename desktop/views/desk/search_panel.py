"""The search field and its result list: results as the user types, the matching part in bold.

Why the generation counter on top of the runner's key: the runner drops a superseded task's answer,
but between a keystroke and the debounce tick no newer task exists yet. Bumping the generation on
every edit (and cancelling the lane task) makes any answer for older text invisible at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_search_panel import Ui_SearchPanel
from desktop.views.desk.common import ShortcutInfo, error_text, shortcut_info, translate_domain
from desktop.views.desk.search_results import (
    MATCHED_COLUMN,
    STRETCH_COLUMNS,
    HighlightDelegate,
    SearchResultModel,
)

DEBOUNCE_MS = 150
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class SearchPanel(QWidget):
    """Search field + result table. Emits ``customer_chosen(customer_id, display_name)`` on Enter or
    double-click."""

    customer_chosen = Signal(int, str)
    results_shown = Signal(str)  # the query whose rows are now on screen (tests wait on it)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._generation = 0
        self._result: ops.SearchResult | None = None  # the answer on screen (its hint is written again on a language switch)
        self.ui = Ui_SearchPanel()
        self.ui.setupUi(self)
        self.model = SearchResultModel(self)
        self.ui.table.setModel(self.model)
        self.ui.table.setItemDelegate(HighlightDelegate(self.ui.table))
        header = self.ui.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in STRETCH_COLUMNS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.ui.table.setColumnHidden(MATCHED_COLUMN, True)
        self.setFocusProxy(self.ui.field)
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._submit)
        self.ui.field.textEdited.connect(self._edited)
        self.ui.field.installEventFilter(self)
        self.ui.table.installEventFilter(self)
        self.ui.table.doubleClicked.connect(lambda index: self._choose(index.row()))

    # -- public --------------------------------------------------------------------------------

    def shortcuts(self) -> list[ShortcutInfo]:
        return [
            shortcut_info("Down", self.tr("Move in the result list (also from the field)")),
            shortcut_info("Return", self.tr("Open the selected customer")),
            shortcut_info("Esc", self.tr("Clear the search")),
        ]

    def focus_search(self) -> None:
        self.ui.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.field.selectAll()

    def search_for(self, text: str) -> None:
        """Put ``text`` in the field and search at once (a start-up option, the screenshot run)."""
        self.ui.field.setText(text)
        self._generation += 1
        self._timer.stop()
        self._submit()

    def clear(self) -> None:
        self._generation += 1
        self._timer.stop()
        ops.cancel_search(self._runner)
        self.ui.field.clear()
        self.model.set_hits([])
        self._result = None
        self.ui.hint.clear()

    def selected_customer_id(self) -> int | None:
        row = self.ui.table.currentIndex().row()
        return self.model.hit(row).customer_id if 0 <= row < self.model.rowCount() else None

    # -- typing and results --------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._generation += 1
        ops.cancel_search(self._runner)
        self._timer.start()

    def _submit(self) -> None:
        query = self.ui.field.text().strip()
        if not query:
            self.model.set_hits([])
            self._result = None
            self.ui.hint.clear()
            return
        generation = self._generation
        ops.search(self._session, query).success(lambda result: self._show(generation, query, result)).failure(
            lambda exc: self._failed(generation, exc)).run_in(self._runner, owner=self)

    def _show(self, generation: int, query: str, result: ops.SearchResult) -> None:
        if generation != self._generation:
            return  # the user has typed since: these rows answer an older question
        self.model.set_hits(result.rows)
        self.ui.table.setColumnHidden(MATCHED_COLUMN, not self.model.needs_matched_column())
        if result.rows:
            self.ui.table.selectRow(0)
        self._result = result
        self._show_hint()
        self.results_shown.emit(query)

    def _show_hint(self) -> None:
        result = self._result
        if result is None:
            return
        if result.message:
            self.ui.hint.setText(translate_domain(result.message))
        elif result.more:
            self.ui.hint.setText(self.tr("More than {0} matches – type more to narrow the search …")
                              .format(len(result.rows)))
        elif not result.rows:
            self.ui.hint.setText(self.tr("No customers found."))
        else:
            self.ui.hint.setText(self.tr("%n customer(s)", "", len(result.rows)))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.set_hits([])
        self._result = None
        self.ui.hint.setText(error_text(exc))
        self.results_shown.emit(self.ui.field.text().strip())

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            hit = self.model.hit(row)
            self.customer_chosen.emit(hit.customer_id, hit.display_name)

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.ui.table.currentIndex().row())
            return True
        if key == Qt.Key.Key_Escape and (self.ui.field.text() or self.model.rowCount()):
            self.clear()
            self.ui.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.ui.field and key in _NAVIGATION_KEYS and self.model.rowCount():
            self._move(key)
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: Qt.Key) -> None:
        rows = self.model.rowCount()
        current = self.ui.table.currentIndex().row()
        page = max(1, self.ui.table.viewport().height() // max(1, self.ui.table.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page}[key]
        self.ui.table.selectRow(min(rows - 1, max(0, (current if current >= 0 else -1) + step)))

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
