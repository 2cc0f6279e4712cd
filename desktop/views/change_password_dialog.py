""""Choose a new password": shown right after signing in when somebody else set the user's password.

It says who set the password and when (Finnish time, through desktop.core.local_time), and cannot be
skipped: the only ways out are a new password of the user's own or signing out. The change runs on
the database lane (desktop.operations.login.change_own_password); a refusal (too short, not typed alike
twice, the same as the one that was set) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.core.local_time import format_moment
from desktop.operations import login as login_ops
from desktop.operations.runner import TaskRunner
from desktop.services.auth_dtos import ConnectionTarget
from desktop.services.credentials_ports import Credentials
from desktop.services.users_dtos import MIN_PASSWORD_LENGTH
from desktop.ui.ui_change_password_dialog import Ui_ChangePasswordDialog
from desktop.views.error_dialog import user_message


class ChangePasswordDialog(QDialog):
    """``changed`` carries the new :class:`desktop.operations.login.SignedIn` just before the dialog accepts;
    rejecting it (Sign out, Esc, closing the window) means the user is to be signed out."""

    changed = Signal(object)

    def __init__(self, runner: TaskRunner, auth: login_ops.Auth, signed_in: login_ops.SignedIn,
                 target: ConnectionTarget, *, current_password: str, credentials: Credentials,
                 remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert signed_in.password_reset is not None
        self.setObjectName("change_password_dialog")
        self._runner = runner
        self._auth = auth
        self._signed_in = signed_in
        self._target = target
        self._current = current_password
        self._credentials = credentials
        self._remember = remember
        self._busy = False

        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.ui.message_label.hide()
        # Own buttons, not standard ones: a standard button's text would not follow a language change.
        self.change_button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setDefault(True)
        self.sign_out_button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self.ui.new_edit.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        login_ops.change_own_password(
            self._auth, self._signed_in, self._target, self.ui.new_edit.text(), self.ui.again_edit.text(),
            current_password=self._current, credentials=self._credentials, remember=self._remember,
        ).success(self._changed).failure(self._failed).run_in(self._runner, owner=self)

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
        self.ui.message_label.setText(user_message(exc))
        self.ui.message_label.show()
        self.ui.new_edit.selectAll()
        self.ui.new_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.new_edit, self.ui.again_edit, self.change_button, self.sign_out_button):
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
        self.ui.retranslateUi(self)
        self.ui.info_label.setText(self.tr(
            "{who} set a new password for you on {moment}. Choose a password of your own before you continue: "
            "nobody else should know it. If you did not ask for this, tell your supervisor.").format(
                who=who, moment=format_moment(reset.reset_at)))
        self.ui.hint_label.setText(self.tr("At least {n} characters, not your user name.").format(n=MIN_PASSWORD_LENGTH))
        self.change_button.setText(self.tr("Change password"))
        self.sign_out_button.setText(self.tr("Sign out"))
