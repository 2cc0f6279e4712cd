""""Choose a new password": shown right after signing in when somebody else set the user's password.

It says who set the password and when (Finnish time, through desktop.core.local_time), and cannot be
skipped: the only ways out are a new password of the user's own or signing out. The change runs on
the database lane (desktop.operations.login.change_own_password); a refusal (too short, not typed alike
twice, the same as the one that was set) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.local_time import format_moment
from desktop.operations import login as login_ops
from desktop.operations.runner import TaskRunner
from desktop.services.auth import AuthService, ConnectionTarget
from desktop.services.credentials import CredentialStore
from desktop.services.users import MIN_PASSWORD_LENGTH
from desktop.views.error_dialog import user_message


class ChangePasswordDialog(QDialog):
    """``changed`` carries the new :class:`desktop.operations.login.SignedIn` just before the dialog accepts;
    rejecting it (Sign out, Esc, closing the window) means the user is to be signed out."""

    changed = Signal(object)

    def __init__(self, runner: TaskRunner, auth: AuthService, signed_in: login_ops.SignedIn,
                 target: ConnectionTarget, *, current_password: str, credentials: CredentialStore,
                 remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert signed_in.password_reset is not None
        self.setObjectName("change_password_dialog")
        self.setModal(True)
        self._runner = runner
        self._auth = auth
        self._signed_in = signed_in
        self._target = target
        self._current = current_password
        self._credentials = credentials
        self._remember = remember
        self._busy = False

        layout = QVBoxLayout(self)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("reset_info_label")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.info_label)
        form = QFormLayout()
        self.new_edit = QLineEdit(self)
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_label = QLabel(self)
        self.new_label.setBuddy(self.new_edit)
        self.again_label = QLabel(self)
        self.again_label.setBuddy(self.again_edit)
        form.addRow(self.new_label, self.new_edit)
        form.addRow(self.again_label, self.again_edit)
        layout.addLayout(form)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setProperty("error", True)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(self)
        # Own buttons, not standard ones: a standard button's text would not follow a language change.
        self.change_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setDefault(True)
        self.sign_out_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.setMinimumWidth(480)
        self.new_edit.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        login_ops.change_own_password(
            self._runner, self._auth, self._signed_in, self._target, self.new_edit.text(), self.again_edit.text(),
            current_password=self._current, credentials=self._credentials, remember=self._remember,
            on_success=self._changed, on_error=self._failed, owner=self)

    def reject(self) -> None:
        if self._busy:  # the change is on its way: its answer decides
            return
        super().reject()

    def _changed(self, result: login_ops.SignedIn) -> None:
        self._set_busy(False)
        self.changed.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message_label.setText(user_message(exc))
        self.message_label.show()
        self.new_edit.selectAll()
        self.new_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.new_edit, self.again_edit, self.change_button, self.sign_out_button):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        reset = self._signed_in.password_reset
        assert reset is not None
        who = reset.reset_by if reset.reset_by_name == reset.reset_by else f"{reset.reset_by_name} ({reset.reset_by})"
        self.setWindowTitle(self.tr("Choose a new password"))
        self.info_label.setText(self.tr(
            "{who} set a new password for you on {moment}. Choose a password of your own before you continue: "
            "nobody else should know it. If you did not ask for this, tell your supervisor.").format(
                who=who, moment=format_moment(reset.reset_at)))
        self.new_label.setText(self.tr("&New password:"))
        self.again_label.setText(self.tr("New password &again:"))
        self.hint_label.setText(self.tr("At least {n} characters, not your user name.").format(n=MIN_PASSWORD_LENGTH))
        self.change_button.setText(self.tr("Change password"))
        self.sign_out_button.setText(self.tr("Sign out"))
