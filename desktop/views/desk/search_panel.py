"""The search field and its result list: results as the user types, the matching part in bold.

Why the generation counter on top of the runner's key: the runner drops a superseded task's answer,
but between a keystroke and the debounce tick no newer task exists yet. Bumping the generation on
every edit (and cancelling the lane task) makes any answer for older text invisible at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import ShortcutInfo, error_text, shortcut_info, translate_domain

DEBOUNCE_MS = 150
SPANS_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2

# Which column shows the field a hit matched on (the others are named in the "matched by" column).
# "street" spans index the street, which starts the address column; phone, e-mail, metering point and
# a usage site's street show the matched value itself in the last column.
_COLUMN_OF_FIELD = {"customer_number": 0, "name": 1, "business_id": 2, "street": 3, "phone": 4, "email": 4,
                    "metering_point": 4, "site": 4}
_VALUE_FIELDS = ("phone", "email", "metering_point", "site")
MATCHED_COLUMN = 4
# Name, address and "matched by" share the width (a long usage-site match must not squeeze the names
# to a few letters); number and identity code take their content's width. Elided cells have tooltips.
STRETCH_COLUMNS = (1, 3, 4)
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class SearchResultModel(QAbstractTableModel):
    """Up to 50 ``CustomerHit`` rows; the matched column carries its ``match_spans`` for the delegate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Any] = []

    def headers(self) -> list[str]:
        return [self.tr("Customer no."), self.tr("Name"), self.tr("Identity"), self.tr("Address"),
                self.tr("Matched by")]

    def retranslate(self) -> None:
        """Headings and the "matched by" labels are translated when asked for: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Any:
        return self._hits[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _text(self, hit: Any, column: int) -> str:
        if column == 0:
            return hit.customer_number
        if column == 1:
            return hit.display_name
        if column == 2:
            return hit.masked_id
        if column == 3:
            place = " ".join(p for p in (hit.postcode, hit.post_town) if p)
            return ", ".join(p for p in (hit.street, place) if p)
        label = _matched_label(hit.matched_field)
        # The value first: in a narrow column it is what must stay readable ("Kuusitie 5 (usage site)").
        return f"{hit.matched_value} ({label})" if hit.matched_field in _VALUE_FIELDS else label

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, index.column())
        if role == SPANS_ROLE:
            if _COLUMN_OF_FIELD.get(hit.matched_field) != index.column():
                return []
            return list(hit.match_spans)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in STRETCH_COLUMNS:
            return self._text(hit, index.column())  # the whole name or address where the cell elides it
        return None

    def needs_matched_column(self) -> bool:
        """Only a hit found through a value the other columns do not show (phone, e-mail, metering point,
        identity code) needs the "matched by" column; a name or street match is already in bold."""
        return any(_COLUMN_OF_FIELD.get(hit.matched_field) in (None, MATCHED_COLUMN) for hit in self._hits)


_MATCHED_LABELS = {
    "name": QT_TRANSLATE_NOOP("SearchResultModel", "name"),
    "customer_number": QT_TRANSLATE_NOOP("SearchResultModel", "customer number"),
    "street": QT_TRANSLATE_NOOP("SearchResultModel", "street address"),
    "phone": QT_TRANSLATE_NOOP("SearchResultModel", "phone"),
    "email": QT_TRANSLATE_NOOP("SearchResultModel", "e-mail"),
    "metering_point": QT_TRANSLATE_NOOP("SearchResultModel", "metering point"),
    "site": QT_TRANSLATE_NOOP("SearchResultModel", "usage site"),
    "business_id": QT_TRANSLATE_NOOP("SearchResultModel", "business ID"),
    "hetu": QT_TRANSLATE_NOOP("SearchResultModel", "personal identity code"),
}


def _matched_label(field: str) -> str:
    label = _MATCHED_LABELS.get(field)
    return QCoreApplication.translate("SearchResultModel", label) if label else field


class HighlightDelegate(QStyledItemDelegate):
    """Paints the cell text with the matched character ranges in bold.

    Drawn by hand (not rich text) so fifty rows repaint in well under a frame while the user types.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        spans = index.data(SPANS_ROLE) or []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect: QRect = opt.rect.adjusted(4, 0, -4, 0)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.save()
        painter.setPen(color)
        painter.setClipRect(opt.rect)
        for segment, strong, x, width in layout_segments(split_spans(text, spans), opt.font, bold, rect):
            painter.setFont(bold if strong else opt.font)
            painter.drawText(QRect(x, rect.top(), width + 1, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), segment)
        painter.restore()


def layout_segments(pieces: list[tuple[str, bool]], font: QFont, bold: QFont,
                    rect: QRect) -> list[tuple[str, bool, int, int]]:
    """Where each piece is drawn: ``(text, bold, x, width)``; what does not fit ends in "…" like the
    plain cells (the text is never cut mid-letter behind the next column)."""
    placed: list[tuple[str, bool, int, int]] = []
    x, right = rect.left(), rect.right() + 1
    for segment, strong in pieces:
        metrics = QFontMetrics(bold if strong else font)
        width = metrics.horizontalAdvance(segment)
        if x + width > right:
            elided = metrics.elidedText(segment, Qt.TextElideMode.ElideRight, max(0, right - x))
            if elided:
                placed.append((elided, strong, x, metrics.horizontalAdvance(elided)))
            break
        placed.append((segment, strong, x, width))
        x += width
    return placed


def split_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``("Mäkinen Anna", [(0, 3)])`` → ``[("Mäk", True), ("inen Anna", False)]``; bad spans are clipped."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= pos or start >= end:
            continue
        start = max(start, pos)
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


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
        self._result: Any = None  # the answer on screen (its hint line is written again on a language switch)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("searchResults")
        self.table.setModel(self.model)
        self.table.setItemDelegate(HighlightDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in STRETCH_COLUMNS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(MATCHED_COLUMN, True)
        self.table.setTabKeyNavigation(False)
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.field)
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._submit)
        self.field.textEdited.connect(self._edited)
        self.field.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._choose(index.row()))

    # -- public --------------------------------------------------------------------------------

    def shortcuts(self) -> list[ShortcutInfo]:
        return [
            shortcut_info("Down", self.tr("Move in the result list (also from the field)")),
            shortcut_info("Return", self.tr("Open the selected customer")),
            shortcut_info("Esc", self.tr("Clear the search")),
        ]

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search_for(self, text: str) -> None:
        """Put ``text`` in the field and search at once (a start-up option, the screenshot run)."""
        self.field.setText(text)
        self._generation += 1
        self._timer.stop()
        self._submit()

    def clear(self) -> None:
        self._generation += 1
        self._timer.stop()
        ops.cancel_search(self._runner)
        self.field.clear()
        self.model.set_hits([])
        self._result = None
        self.hint.clear()

    def selected_customer_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.hit(row).customer_id if 0 <= row < self.model.rowCount() else None

    # -- typing and results --------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._generation += 1
        ops.cancel_search(self._runner)
        self._timer.start()

    def _submit(self) -> None:
        query = self.field.text().strip()
        if not query:
            self.model.set_hits([])
            self._result = None
            self.hint.clear()
            return
        generation = self._generation
        ops.search(self._runner, self._session, query, owner=self,
                   on_success=lambda result: self._show(generation, query, result),
                   on_error=lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, query: str, result: Any) -> None:
        if generation != self._generation:
            return  # the user has typed since: these rows answer an older question
        self.model.set_hits(result.rows)
        self.table.setColumnHidden(MATCHED_COLUMN, not self.model.needs_matched_column())
        if result.rows:
            self.table.selectRow(0)
        self._result = result
        self._show_hint()
        self.results_shown.emit(query)

    def _show_hint(self) -> None:
        result = self._result
        if result is None:
            return
        if result.message:
            self.hint.setText(translate_domain(result.message))
        elif result.more:
            self.hint.setText(self.tr("More than {0} matches – type more to narrow the search …")
                              .format(len(result.rows)))
        elif not result.rows:
            self.hint.setText(self.tr("No customers found."))
        else:
            self.hint.setText(self.tr("%n customer(s)", "", len(result.rows)))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.set_hits([])
        self._result = None
        self.hint.setText(error_text(exc))
        self.results_shown.emit(self.field.text().strip())

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
            self._choose(self.table.currentIndex().row())
            return True
        if key == Qt.Key.Key_Escape and (self.field.text() or self.model.rowCount()):
            self.clear()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.field and key in _NAVIGATION_KEYS and self.model.rowCount():
            self._move(key)
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: Qt.Key) -> None:
        rows = self.model.rowCount()
        current = self.table.currentIndex().row()
        page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page}[key]
        self.table.selectRow(min(rows - 1, max(0, (current if current >= 0 else -1) + step)))

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr(
            "Name, customer no., address, phone, e-mail, metering point, business ID or identity code"))
        self.field.setAccessibleName(self.tr("Search"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
