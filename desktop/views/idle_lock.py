"""Idle lock: a watcher that notices when nobody has touched the desk, and the cover that hides it.

The cover is a child of the main window laid over everything; the widgets beneath are disabled but
not touched, so a half-typed note or search stays exactly as it was. Only the password, checked
again on the database lane, takes the cover away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.ui_lock_cover import Ui_LockCover
from desktop.views.overlay import Overlay, emphasise

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


class LockCover(Overlay):
    """Covers its parent completely; asks for the signed-in user's password."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.ui = Ui_LockCover()
        self.ui.setupUi(self)
        emphasise(self.ui.title_label, 1.4)
        self.ui.message_label.hide()
        self.ui.unlock_button.clicked.connect(self._submit)
        self.ui.password_edit.returnPressed.connect(self._submit)
        self.ui.sign_out_button.clicked.connect(self.sign_out_requested)
        self._who = ""
        self.retranslate()
        self.hide()

    def show_for(self, who: str) -> None:
        self._who = who
        self.retranslate()
        self.ui.password_edit.clear()
        self.ui.message_label.hide()
        self.set_busy(False)
        self.cover()
        self.ui.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.ui.message_label.setText(text)
        self.ui.message_label.show()
        self.ui.password_edit.selectAll()
        self.ui.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.ui.password_edit.setEnabled(not busy)
        self.ui.unlock_button.setEnabled(not busy)

    def _submit(self) -> None:
        if self.ui.password_edit.text() and self.ui.unlock_button.isEnabled():
            self.set_busy(True)
            self.unlock_requested.emit(self.ui.password_edit.text())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.who_label.setText(self.tr("Signed in: {who}. Type your password to continue; "
                                          "unsaved work is kept as it was.").format(who=self._who))
