"""Idle lock: a watcher that notices when nobody has touched the desk, and the cover that hides it.

The cover is a child of the main window laid over everything; the widgets beneath are disabled but
not touched, so a half-typed note or search stays exactly as it was. Only the password, checked
again on the database lane, takes the cover away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input anywhere in the application.

    ``timer`` is public so tests can fire it (``watcher.timer.timeout.emit()``) instead of waiting.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idle_lock_timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._interval_ms = 0
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def minutes(self) -> int:
        return self._interval_ms // 60_000

    def set_minutes(self, minutes: int) -> None:
        self._interval_ms = max(1, minutes) * 60_000
        self.timer.setInterval(self._interval_ms)

    def start(self) -> None:
        self.timer.start(self._interval_ms)

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Restarting a QTimer is cheap, but a mouse move arrives at every widget on its way up:
        # once the timer has just been restarted, skip it.
        if (event.type() in _INPUT_EVENTS and self.timer.isActive()
                and self.timer.remainingTime() < self._interval_ms - 500):
            self.timer.start(self._interval_ms)
        return False

    def detach(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


class LockCover(QWidget):
    """Covers its parent completely; asks for the signed-in user's password."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        panel = QFrame(self)
        panel.setObjectName("lock_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(460)
        self.title_label = QLabel(panel)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.who_label = QLabel(panel)
        self.who_label.setWordWrap(True)
        self.password_edit = QLineEdit(panel)
        self.password_edit.setObjectName("lock_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(panel)
        self.message_label.setObjectName("message_label")
        self.message_label.setProperty("error", True)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.unlock_button = QPushButton(panel)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(panel)
        self.sign_out_button.setObjectName("sign_out_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(10)
        for widget in (self.title_label, self.who_label, self.password_edit, self.message_label):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._submit)
        self.password_edit.returnPressed.connect(self._submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        parent.installEventFilter(self)
        self._who = ""
        self.retranslate()
        self.hide()

    def show_for(self, who: str) -> None:
        self._who = who
        self.retranslate()
        self.password_edit.clear()
        self.message_label.hide()
        self.set_busy(False)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message_label.setText(text)
        self.message_label.show()
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def _submit(self) -> None:
        if self.password_edit.text() and self.unlock_button.isEnabled():
            self.set_busy(True)
            self.unlock_requested.emit(self.password_edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("The desk is locked"))
        self.who_label.setText(self.tr("Signed in: {who}. Type your password to continue; "
                                       "unsaved work is kept as it was.").format(who=self._who))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("Sign out and quit"))
