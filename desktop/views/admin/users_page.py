"""The administrator's users page: who may sign in, with which role; create, re-password, deactivate, unlock.

Every change goes through UserAdminService on the database lane (on PostgreSQL it also creates or
alters the person's LOGIN role), so the page only collects input and shows the answer. Passwords are
cleared from the fields as soon as they have been handed to the lane, success or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTableWidgetItem, QWidget

from desktop.core.i18n import CONTEXT
from desktop.core.local_time import format_moment
from desktop.core.roles import ROLE_LABELS, Role
from desktop.operations import admin as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.users_dtos import InvalidUsername, UserExists, UserInfo, WeakPassword
from desktop.ui.ui_users_page import Ui_UsersPage
from desktop.views.error_dialog import user_message
from desktop.views.tables import read_only_list

Confirm = Callable[[QWidget, str], bool]


def ask_confirmation(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("UsersPage", "Users"), question)
    return answer == QMessageBox.StandardButton.Yes


def role_label(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_LABELS[role])


def local_time(value: dt.datetime | None) -> str:
    return format_moment(value)


class UsersPage(QWidget):
    """Signals let tests wait instead of sleeping: ``users_loaded(list)`` after each reload,
    ``message_shown(str)`` whenever the message line changes."""

    users_loaded = Signal(list)
    message_shown = Signal(str)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None, *,
                 confirm: Confirm = ask_confirmation) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self._runner = runner
        self._session = session
        self._confirm = confirm
        self.users: list[UserInfo] = []

        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        read_only_list(self.ui.table, single=True)
        for role in Role:
            self.ui.role_combo.addItem("", role)
        self.ui.table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.reload_button.clicked.connect(self.reload)
        self.ui.create_button.clicked.connect(self.create_user)
        self.ui.set_password_button.clicked.connect(self.set_password)
        self.ui.unlock_button.clicked.connect(self.unlock_user)
        self.ui.deactivate_button.clicked.connect(self.deactivate_user)
        self._retranslate()
        self._selection_changed()
        self.reload()

    def title(self) -> str:
        return self.tr("Users")

    # -- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        ops.list_users(self._session).success(self._show_users).failure(self._failed).run_in(self._runner, owner=self)

    def _show_users(self, users: list[UserInfo]) -> None:
        selected = self.selected_username()
        self.users = list(users)
        now = dt.datetime.now(dt.UTC)
        self.ui.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            locked = self.tr("until {time}").format(time=local_time(user.locked_until)) if user.is_locked(now) else ""
            values = (user.username, user.display_name, role_label(user.role),
                      self.tr("yes") if user.active else self.tr("no"), locked, local_time(user.last_login_at))
            for column, value in enumerate(values):
                self.ui.table.setItem(row, column, QTableWidgetItem(value))
            if user.username == selected:
                self.ui.table.selectRow(row)
        self._selection_changed()
        self.users_loaded.emit(self.users)

    def selected_username(self) -> str | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()].username

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.ui.table.selectRow(row)
                return
        raise KeyError(username)

    def _selection_changed(self) -> None:
        username = self.selected_username()
        user = next((u for u in self.users if u.username == username), None)
        self.ui.selected_box.setEnabled(user is not None)
        self.ui.selected_label.setText(username or self.tr("Choose a user in the list."))
        now = dt.datetime.now(dt.UTC)
        self.ui.unlock_button.setEnabled(user is not None and (user.is_locked(now) or user.failed_logins > 0))
        self.ui.deactivate_button.setEnabled(user is not None and user.active
                                          and user.username != self._session.actor.username)

    # -- changing -------------------------------------------------------------------------------

    def create_user(self) -> None:
        """What was typed stays after a refusal, except a password that has to be typed again anyway."""
        password, again = self.ui.new_password.text(), self.ui.new_password_again.text()
        if password != again:
            self._retype(self.ui.new_password_again)  # the first one is kept: only the repetition is retyped
            self.show_message(self.tr("The passwords do not match."), error=True, where=self.ui.new_message)
            return
        username = self.ui.username_edit.text().strip()
        role = Role(self.ui.role_combo.currentData())
        display = self.ui.display_name_edit.text().strip() or None

        def created(info: UserInfo) -> None:
            for edit in (self.ui.username_edit, self.ui.display_name_edit, self.ui.new_password, self.ui.new_password_again):
                edit.clear()
            self.show_message(self.tr("User {username} created ({role}).").format(
                username=info.username, role=role_label(info.role)), where=self.ui.new_message)
            self.reload()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, WeakPassword):
                self.ui.new_password_again.clear()
                self._retype(self.ui.new_password)
            elif isinstance(exc, InvalidUsername | UserExists):
                self.ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ui.username_edit.selectAll()
            self.show_message(user_message(exc), error=True, where=self.ui.new_message)

        ops.create_user(self._session, username, role, password, display).success(created).failure(refused).run_in(
            self._runner, owner=self)

    def set_password(self) -> None:
        username = self.selected_username()
        password, again = self.ui.set_password_edit.text(), self.ui.set_password_again.text()
        if username is None:
            return
        if password != again:
            self._retype(self.ui.set_password_again)
            self.show_message(self.tr("The passwords do not match."), error=True, where=self.ui.selected_message)
            return

        def done(_result: None) -> None:
            self.ui.set_password_edit.clear()
            self.ui.set_password_again.clear()
            self.show_message(self.tr("New password set for {username}, who must choose a new one at the next "
                                      "sign-in.").format(username=username),
                              where=self.ui.selected_message)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, WeakPassword):
                self.ui.set_password_again.clear()
                self._retype(self.ui.set_password_edit)
            self.show_message(user_message(exc), error=True, where=self.ui.selected_message)

        ops.set_password(self._session, username, password).success(done).failure(refused).run_in(
            self._runner, owner=self)

    @staticmethod
    def _retype(edit: QLineEdit) -> None:
        edit.clear()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock_user(self) -> None:
        username = self.selected_username()
        if username is None:
            return

        def unlocked(_result: None) -> None:
            self.show_message(self.tr("{username} can sign in again.").format(username=username),
                              where=self.ui.selected_message)
            self.reload()

        ops.unlock_user(self._session, username).success(unlocked).failure(
            lambda exc: self._failed(exc, self.ui.selected_message)).run_in(self._runner, owner=self)

    def deactivate_user(self) -> None:
        username = self.selected_username()
        if username is None:
            return
        question = self.tr("Deactivate {username}? They can no longer sign in; their audit history stays.") \
            .format(username=username)
        if not self._confirm(self, question):
            return

        def deactivated(_result: None) -> None:
            self.show_message(self.tr("{username} has been deactivated.").format(username=username),
                              where=self.ui.selected_message)
            self.reload()

        ops.deactivate_user(self._session, username).success(deactivated).failure(
            lambda exc: self._failed(exc, self.ui.selected_message)).run_in(self._runner, owner=self)

    # -- messages and language ------------------------------------------------------------------

    def _failed(self, exc: BaseException, where: QLabel | None = None) -> None:
        self.show_message(user_message(exc), error=True, where=where)

    def show_message(self, text: str, *, error: bool = False, where: QLabel | None = None) -> None:
        """``where``: the message line of the form the message is about (else the page's, under the list)."""
        for line in (self.ui.message, self.ui.new_message, self.ui.selected_message):
            line.clear()
        line = where or self.ui.message
        line.setStyleSheet("color: #a31515; font-weight: bold;" if error else "")
        line.setText(text)
        self.message_shown.emit(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for index, role in enumerate(Role):
            self.ui.role_combo.setItemText(index, role_label(role))
        if self.users:  # roles, "yes"/"no" and "until …" in the new language
            self._show_users(self.users)
        self._selection_changed()
