"""The search panel's result list: the model of up to 50 hits and the delegate that paints the matched part
of a cell in bold (desktop.views.desk.search_panel shows them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

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
