"""The status bar's permanent part: who is signed in, in which role, on which database, and whether it answers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.core.roles import ROLE_LABELS, Actor
from desktop.i18n_qt import translate

# "Working…" appears only when the lane has been busy this long, so quick searches do not flicker it.
BUSY_DELAY_MS = 400


class StatusLine(QWidget):
    def __init__(self, status_bar: QStatusBar, actor: Actor, database_label: str) -> None:
        super().__init__(status_bar)
        self.hide()  # a holder for the labels' texts; the labels themselves sit in the status bar
        self._actor = actor
        self._connected = True
        self.busy_label = QLabel(status_bar)
        self.busy_label.setObjectName("busy_label")
        self.busy_label.hide()
        self.user_label = QLabel(status_bar)
        self.user_label.setObjectName("user_label")
        self.role_label = QLabel(status_bar)
        self.role_label.setObjectName("role_label")
        self.database_label = QLabel(database_label, status_bar)
        self.database_label.setObjectName("database_label")
        self.connection_label = QLabel(status_bar)
        self.connection_label.setObjectName("connection_label")
        for label in (self.busy_label, self.user_label, self.role_label, self.database_label,
                      self.connection_label):
            status_bar.addPermanentWidget(label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_label.show)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.hide()

    def set_connected(self, connected: bool) -> None:
        self._connected = connected
        self.connection_label.setProperty("connected", connected)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = self._actor.display_name or self._actor.username
        self.user_label.setText(f"{name} ({self._actor.username})")
        self.role_label.setText(translate(ROLE_LABELS[self._actor.role]))
        self.busy_label.setText(self.tr("Working…"))
        self.connection_label.setText("● " + (self.tr("Connected") if self._connected
                                              else self.tr("Connection lost")))
        self.connection_label.setToolTip(
            self.tr("The database answers.") if self._connected
            else self.tr("The database does not answer. Your input is kept; try again in a moment."))
