"""Prohibitions and the electronic-marketing consent: purpose × channel grid, source, full history.

The grid shows the state derived by desktop.core.prohibitions (most restrictive wins); nothing here
decides anything. Space on a cell prohibits or lifts it (gives or withdraws the consent on the
electronic-marketing row) with the chosen source; Ctrl+Shift+M records "no direct marketing of any kind".
Both first show what will be recorded and ask; afterwards the message says what was recorded, and the
entry can be taken back for a few minutes (Ctrl+Shift+Z: correcting events, the ledger stays).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop.core import prohibitions as rules
from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_consents_widget import Ui_ConsentsWidget
from desktop.views.desk.card_sections import card_list, size_columns
from desktop.views.desk.common import ShortcutInfo, error_text, fmt_date, shortcut_info
from desktop.views.desk.labels import label

ROWS = (*rules.PURPOSES, rules.ELECTRONIC_MARKETING)
FLASH_MS = 4000
_FLASH_STYLE = "background: #fff4c2; border: 1px solid #e0c36a; padding: 4px;"
_PROHIBITED_BRUSH = QBrush(QColor("#f6d5d1"))
_CONSENT_BRUSH = QBrush(QColor("#d9efd9"))


class ConsentsWidget(QWidget):
    """Current state and history of one customer's prohibitions; records new events on the lane."""

    recorded = Signal(str)  # an entry was stored (or undone): what, for the card's message line

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._customer_id: int | None = None
        self._call_id: int | None = None
        self._state: rules.ConsentState | None = None
        self._history: tuple[ops.ConsentEventRow, ...] = ()
        self._customer_name = ""
        self._busy = False
        self._undo_minutes = 2  # until the database's setting has been read
        self._asked_undo_minutes = False
        self._confirm: QMessageBox | None = None

        self.ui = Ui_ConsentsWidget()
        self.ui.setupUi(self)
        self.ui.consent_grid.setRowCount(len(ROWS))
        self.ui.consent_grid.setColumnCount(len(rules.CHANNELS))
        self.ui.consent_grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.consent_grid.installEventFilter(self)
        for key in rules.SOURCES:
            self.ui.source.addItem(label("consent_source", key), key)
        self.ui.undo_button.hide()
        self._undo_expires = QTimer(self)
        self._undo_expires.setSingleShot(True)
        self._undo_expires.timeout.connect(self._undo_expired)
        self._unflash = QTimer(self)
        self._unflash.setSingleShot(True)
        self._unflash.timeout.connect(lambda: self.ui.message.setStyleSheet(""))
        size_columns(card_list(self.ui.consent_history), stretch=(1, 4))

        self.ui.all_action.triggered.connect(self.prohibit_all_direct_marketing)
        self.ui.all_button.clicked.connect(self.ui.all_action.trigger)
        self.ui.undo_action.triggered.connect(lambda: self.undo_last())
        self.ui.undo_button.clicked.connect(self.ui.undo_action.trigger)
        self.ui.source.currentIndexChanged.connect(self._source_changed)
        self.retranslate()
        self._fit_grid()
        # A cell that needs two lines at this width ("Kielletty (asiakas)") gets them instead of "Kielletty …".
        self.ui.consent_grid.horizontalHeader().sectionResized.connect(lambda *_: self._fit_grid())
        self._source_changed()
        self._update_enabled()

    # -- public --------------------------------------------------------------------------------

    def actions_for_window(self) -> list[QAction]:
        """Actions whose shortcuts work anywhere on the desk (the page adds them to itself)."""
        return [self.ui.all_action, self.ui.undo_action]

    def shortcuts(self) -> list[ShortcutInfo]:
        return [
            shortcut_info(self.ui.all_action.shortcut(), self.tr("No direct marketing of any kind")),
            shortcut_info("Space", self.tr("Prohibit or lift the selected purpose and channel")),
            shortcut_info(self.ui.undo_action.shortcut(), self.tr("Undo the prohibition entry just recorded")),
        ]

    def set_card(self, card: ops.CustomerCard) -> None:
        if card.customer_id != self._customer_id:
            self._undo_expired()
            self.ui.message.clear()
        self._customer_id = card.customer_id
        self._customer_name = card.display_name
        self.show_state(card.consents, card.consent_history)
        if not self._asked_undo_minutes:
            self._asked_undo_minutes = True
            ops.consent_undo_minutes(self._session).success(
                lambda minutes: setattr(self, "_undo_minutes", minutes)).run_in(self._runner, owner=self)

    def show_state(self, state: rules.ConsentState, history: tuple[ops.ConsentEventRow, ...]) -> None:
        self._state = state
        self._history = history
        self._fill_grid(state)
        self._fill_history(history)
        self._update_enabled()

    def clear(self) -> None:
        self._undo_expired()
        self._customer_id = None
        self._state = None
        self.ui.consent_grid.clearContents()
        self.ui.consent_history.setRowCount(0)
        self.ui.message.clear()
        self._update_enabled()

    def set_call(self, call_id: int | None) -> None:
        """During a call events are linked to it and the source defaults to "customer by phone"."""
        self._call_id = call_id
        if call_id is not None:
            self.ui.source.setCurrentIndex(rules.SOURCES.index("customer_phone"))

    def select_cell(self, purpose: str, channel: str) -> None:
        self.ui.consent_grid.setCurrentCell(ROWS.index(purpose), rules.CHANNELS.index(channel))

    # -- recording -----------------------------------------------------------------------------

    def toggle_current(self) -> None:
        row, col = self.ui.consent_grid.currentRow(), self.ui.consent_grid.currentColumn()
        if self._customer_id is None or self._state is None or row < 0 or col < 0 or self._busy:
            return
        purpose, channel = ROWS[row], rules.CHANNELS[col]
        if purpose == rules.ELECTRONIC_MARKETING:
            if channel not in rules.ELECTRONIC_CHANNELS:
                return
            decision = "withdraw" if self._state.has_electronic_consent(channel) else "consent"
        else:
            decision = "lift" if self._state.is_prohibited(purpose, channel) else "prohibit"
        source = self.ui.source.currentData()
        valid_until = None
        if source == "asml" and decision == "prohibit":
            valid_until = self.ui.valid_until.date().toPython()
        what = f"{label('decision', decision)}: {label('consent_purpose', purpose)} – {label('channel', channel)}"
        if valid_until is not None:
            what += " " + self.tr("until {0}").format(fmt_date(valid_until))
        customer_id, call_id = self._customer_id, self._call_id
        self._ask([what], source, lambda: ops.record_prohibition(
            self._session, customer_id, purpose, channel, decision, source, valid_until=valid_until,
            call_id=call_id).success(lambda r: self._done(r, what)).failure(self._failed).run_in(self._runner, owner=self))

    def prohibit_all_direct_marketing(self) -> None:
        if self._customer_id is None or self._busy or self._state is None:
            return
        channels = ", ".join(label("channel", c) for c in rules.CHANNELS)
        lines = [f"{label('decision', 'prohibit')}: {label('consent_purpose', p)} – {channels}"
                 for p in rules.DIRECT_MARKETING]
        lines += [f"{label('decision', 'withdraw')}: {label('consent_purpose', rules.ELECTRONIC_MARKETING)} – "
                  f"{label('channel', c.channel)}" for c in self._state.consents if c.given]
        summary = self.tr("No direct marketing of any kind")
        customer_id, call_id, source = self._customer_id, self._call_id, self.ui.source.currentData()
        self._ask(lines, source, lambda: ops.prohibit_all_direct_marketing(
            self._session, customer_id, source, call_id=call_id).success(
            lambda r: self._done(r, summary)).failure(self._failed).run_in(self._runner, owner=self))

    def undo_last(self) -> None:
        if self._customer_id is None or self._busy or not self.ui.undo_button.isVisibleTo(self):
            return
        self._start()
        ops.undo_consent_entry(self._session, self._customer_id, call_id=self._call_id).success(
            self._undone).failure(self._failed).run_in(self._runner, owner=self)

    def _ask(self, lines: list[str], source: str, record: Callable[[], object]) -> None:
        """Show what will be recorded, for whom and on whose word; record only on "Record"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Record prohibitions"),
                          self.tr("Record for {customer}:").format(customer=self._customer_name), parent=self)
        box.setObjectName("confirmConsentEntry")
        box.setInformativeText("\n".join(f"• {line}" for line in lines) + "\n\n"
                               + self.tr("Source: {0}").format(label("consent_source", source)))
        accept = box.addButton(self.tr("Record"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)
        box.setEscapeButton(cancel)

        def answered() -> None:
            if box.clickedButton() is accept:
                self._start()
                record()
            else:
                self.ui.message.setText(self.tr("Nothing was recorded."))
        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self._confirm = box
        box.open()

    def _start(self) -> None:
        self._busy = True
        self.ui.message.setText(self.tr("Saving …"))
        self._update_enabled()

    def _done(self, result: ops.ConsentHistory, what: str) -> None:
        self._busy = False
        self.show_state(*result)
        text = self.tr("Recorded for {customer}: {what}.").format(customer=self._customer_name, what=what)
        text += " " + self.tr("A mistake? Undo within %n minute(s) ({0}).", "", self._undo_minutes).format(self._undo_keys())
        self._flash(text)
        self.ui.undo_button.show()
        self.ui.undo_action.setEnabled(True)
        self._undo_expires.start(self._undo_minutes * 60_000)
        self.recorded.emit(text)

    def _undone(self, result: ops.ConsentHistory) -> None:
        self._busy = False
        self._undo_expired()
        self.show_state(*result)
        text = self.tr("The entry was undone for {customer}; the correction is in the history.").format(
            customer=self._customer_name)
        self._flash(text)
        self.recorded.emit(text)

    def _undo_expired(self) -> None:
        self._undo_expires.stop()
        self.ui.undo_button.hide()
        self.ui.undo_action.setEnabled(False)

    def _flash(self, text: str) -> None:
        """The message where the agent looks after a key press: highlighted for a moment."""
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(_FLASH_STYLE)
        self._unflash.start(FLASH_MS)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ui.message.setText(error_text(exc))
        self._update_enabled()

    # -- display -------------------------------------------------------------------------------

    def _fill_grid(self, state: rules.ConsentState) -> None:
        for r, purpose in enumerate(ROWS):
            for c, channel in enumerate(rules.CHANNELS):
                item = QTableWidgetItem()
                if purpose == rules.ELECTRONIC_MARKETING:
                    if channel in rules.ELECTRONIC_CHANNELS:
                        given = state.has_electronic_consent(channel)
                        item.setText(self.tr("Consent") if given else self.tr("No consent"))
                        if given:
                            item.setBackground(_CONSENT_BRUSH)
                    else:
                        item.setText("–")
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                else:
                    restriction = state.restriction(purpose, channel)
                    item.setText(self._restriction_text(restriction, state, purpose, channel))
                    if restriction is not None:
                        item.setBackground(_PROHIBITED_BRUSH)
                item.setToolTip(item.text())
                self.ui.consent_grid.setItem(r, c, item)
        self._fit_grid()

    def _restriction_text(self, restriction: rules.Restriction | None, state: rules.ConsentState,
                          purpose: str, channel: str) -> str:
        if restriction is None:
            expired = next((x for x in state.expired if x.purpose == purpose and x.channel == channel), None)
            if expired is not None:
                return self.tr("Allowed (ASML ended {0})").format(fmt_date(expired.valid_until))
            return self.tr("Allowed")
        sources = ", ".join(_short_source(s) for s in restriction.sources)
        text = self.tr("Prohibited ({0})").format(sources)
        if restriction.valid_until is not None:
            text += " " + self.tr("until {0}").format(fmt_date(restriction.valid_until))
        return text

    def _fill_history(self, events: tuple[ops.ConsentEventRow, ...]) -> None:
        self.ui.consent_history.setRowCount(len(events))
        # Newest first: the agent looks for what changed last.
        for r, e in enumerate(reversed(events)):
            values = [
                fmt_date(e.occurred_at),
                label("consent_purpose", e.purpose),
                label("channel", e.channel),
                label("decision", e.decision)
                + (" " + self.tr("until {0}").format(fmt_date(e.valid_until)) if e.valid_until else "")
                + (" " + self.tr("(correction of a mistaken entry)") if getattr(e, "corrects_id", None) else ""),
                label("consent_source", e.source),
                e.agent_username or "",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (1, 4):  # the stretching columns, elided when the pane is narrow
                    item.setToolTip(value)
                self.ui.consent_history.setItem(r, c, item)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        # "Sähköinen suoramarkkinointi (suostumus)" on two lines: on one it took the room the cells need.
        self.ui.consent_grid.setVerticalHeaderLabels([label("consent_purpose", p).replace(" (", "\n(") for p in ROWS])
        self.ui.consent_grid.setHorizontalHeaderLabels([label("channel", c) for c in rules.CHANNELS])
        for i, key in enumerate(rules.SOURCES):
            self.ui.source.setItemText(i, label("consent_source", key))
        self.ui.undo_button.setText(self.tr("Undo the entry ({0})").format(self._undo_keys()))
        if self._state is not None:  # the cells and the history say "Allowed", "Phone" … in the new language
            self._fill_grid(self._state)
            self._fill_history(self._history)

    def _undo_keys(self) -> str:
        return self.ui.undo_action.shortcut().toString()  # the keys are the form's (Ctrl+Shift+Z)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_grid(self) -> None:
        """Every purpose row on screen at once (the agent reads the whole state to the caller); the history
        below takes whatever height is left, and scrolls."""
        self.ui.consent_grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.consent_grid.resizeRowsToContents()
        rows = sum(self.ui.consent_grid.rowHeight(r) for r in range(self.ui.consent_grid.rowCount()))
        self.ui.consent_grid.setFixedHeight(self.ui.consent_grid.horizontalHeader().sizeHint().height() + rows + 2 * self.ui.consent_grid.frameWidth())

    def _source_changed(self) -> None:
        asml = self.ui.source.currentData() == "asml"
        self.ui.valid_until.setVisible(asml)
        self.ui.valid_label.setVisible(asml)
        if asml:
            self.ui.valid_until.setDate(QDate(rules.asml_valid_until(dt.date.today())))

    def _update_enabled(self) -> None:
        ready = self._customer_id is not None and not self._busy
        self.ui.all_action.setEnabled(ready)
        self.ui.all_button.setEnabled(ready)
        self.ui.undo_action.setEnabled(ready and self.ui.undo_button.isVisibleTo(self))
        self.ui.undo_button.setEnabled(ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.consent_grid and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space):
            self.toggle_current()
            return True
        return super().eventFilter(watched, event)


def _short_source(source: str) -> str:
    short = {"dvv": "DVV", "asml": "ASML"}
    if source in short:
        return short[source]
    return QCoreApplication.translate("ConsentsWidget", "customer")
