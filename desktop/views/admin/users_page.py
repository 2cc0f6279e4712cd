"""The administrator's users page: who may sign in, with which role; create, re-password, deactivate, unlock.

Every change goes through UserAdminService on the database lane (on PostgreSQL it also creates or
alters the person's LOGIN role), so the page only collects input and shows the answer. Passwords are
cleared from the fields as soon as they have been handed to the lane, success or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import CONTEXT
from desktop.core.local_time import format_moment
from desktop.core.roles import ROLE_LABELS, Role
from desktop.operations import admin as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.users import InvalidUsername, UserExists, UserInfo, WeakPassword
from desktop.views.error_dialog import user_message
from desktop.views.tables import read_only_list

Confirm = Callable[[QWidget, str], bool]
COLUMNS = 6  # username, name, role, active, locked, last login


def ask_confirmation(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("UsersPage", "Users"), question)
    return answer == QMessageBox.StandardButton.Yes


def role_label(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_LABELS[role])


def local_time(value: dt.datetime | None) -> str:
    return format_moment(value)


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _message_line(parent: QWidget, name: str) -> QLabel:
    line = QLabel(parent)
    line.setObjectName(name)
    line.setWordWrap(True)
    line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return line


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

        self.table = read_only_list(QTableWidget(0, COLUMNS, self), "usersTable", single=True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)

        self.new_box = QGroupBox(self)
        self.username_edit = QLineEdit(self.new_box)
        self.username_edit.setObjectName("newUsername")
        self.username_edit.setMaxLength(63)
        self.display_name_edit = QLineEdit(self.new_box)
        self.display_name_edit.setObjectName("newDisplayName")
        self.display_name_edit.setMaxLength(100)
        self.role_combo = QComboBox(self.new_box)
        self.role_combo.setObjectName("newRole")
        for role in Role:
            self.role_combo.addItem("", role)
        self.new_password = password_edit(self.new_box, "newPassword")
        self.new_password_again = password_edit(self.new_box, "newPasswordAgain")
        self.create_button = QPushButton(self.new_box)
        self.create_button.setObjectName("createUser")
        self.create_button.clicked.connect(self.create_user)
        self.new_form = QFormLayout(self.new_box)
        for field in (self.username_edit, self.display_name_edit, self.role_combo, self.new_password,
                      self.new_password_again):
            self.new_form.addRow(QLabel(self.new_box), field)
        self.new_form.addRow(self.create_button)
        # Errors and confirmations beside the form they are about, not under the whole page.
        self.new_message = _message_line(self.new_box, "newUserMessage")
        self.new_form.addRow(self.new_message)

        self.selected_box = QGroupBox(self)
        self.selected_label = QLabel(self.selected_box)
        self.selected_label.setObjectName("selectedUser")
        self.set_password_edit = password_edit(self.selected_box, "setPassword")
        self.set_password_again = password_edit(self.selected_box, "setPasswordAgain")
        self.set_password_button = QPushButton(self.selected_box)
        self.set_password_button.setObjectName("setPasswordButton")
        self.set_password_button.clicked.connect(self.set_password)
        self.unlock_button = QPushButton(self.selected_box)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock_user)
        self.deactivate_button = QPushButton(self.selected_box)
        self.deactivate_button.setObjectName("deactivateButton")
        self.deactivate_button.clicked.connect(self.deactivate_user)
        self.selected_form = QFormLayout(self.selected_box)
        self.selected_form.addRow(self.selected_label)
        self.selected_form.addRow(QLabel(self.selected_box), self.set_password_edit)
        self.selected_form.addRow(QLabel(self.selected_box), self.set_password_again)
        self.selected_form.addRow(self.set_password_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.deactivate_button)
        self.selected_form.addRow(buttons)
        self.selected_message = _message_line(self.selected_box, "selectedUserMessage")
        self.selected_form.addRow(self.selected_message)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.message)
        left.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.new_box)
        right.addWidget(self.selected_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._retranslate()
        self._selection_changed()
        self.reload()

    def title(self) -> str:
        return self.tr("Users")

    # -- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        ops.list_users(self._runner, self._session, on_success=self._show_users, on_error=self._failed,
                       owner=self)

    def _show_users(self, users: list[UserInfo]) -> None:
        selected = self.selected_username()
        self.users = list(users)
        now = dt.datetime.now(dt.UTC)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            locked = self.tr("until {time}").format(time=local_time(user.locked_until)) if user.is_locked(now) else ""
            values = (user.username, user.display_name, role_label(user.role),
                      self.tr("yes") if user.active else self.tr("no"), locked, local_time(user.last_login_at))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if user.username == selected:
                self.table.selectRow(row)
        self._selection_changed()
        self.users_loaded.emit(self.users)

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()].username

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)
                return
        raise KeyError(username)

    def _selection_changed(self) -> None:
        username = self.selected_username()
        user = next((u for u in self.users if u.username == username), None)
        self.selected_box.setEnabled(user is not None)
        self.selected_label.setText(username or self.tr("Choose a user in the list."))
        now = dt.datetime.now(dt.UTC)
        self.unlock_button.setEnabled(user is not None and (user.is_locked(now) or user.failed_logins > 0))
        self.deactivate_button.setEnabled(user is not None and user.active
                                          and user.username != self._session.actor.username)

    # -- changing -------------------------------------------------------------------------------

    def create_user(self) -> None:
        """What was typed stays after a refusal, except a password that has to be typed again anyway."""
        password, again = self.new_password.text(), self.new_password_again.text()
        if password != again:
            self._retype(self.new_password_again)  # the first one is kept: only the repetition is retyped
            self.show_message(self.tr("The passwords do not match."), error=True, where=self.new_message)
            return
        username = self.username_edit.text().strip()
        role = Role(self.role_combo.currentData())
        display = self.display_name_edit.text().strip() or None

        def created(info: UserInfo) -> None:
            for edit in (self.username_edit, self.display_name_edit, self.new_password, self.new_password_again):
                edit.clear()
            self.show_message(self.tr("User {username} created ({role}).").format(
                username=info.username, role=role_label(info.role)), where=self.new_message)
            self.reload()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, WeakPassword):
                self.new_password_again.clear()
                self._retype(self.new_password)
            elif isinstance(exc, InvalidUsername | UserExists):
                self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.username_edit.selectAll()
            self.show_message(user_message(exc), error=True, where=self.new_message)

        ops.create_user(self._runner, self._session, username, role, password, display,
                        on_success=created, on_error=refused, owner=self)

    def set_password(self) -> None:
        username = self.selected_username()
        password, again = self.set_password_edit.text(), self.set_password_again.text()
        if username is None:
            return
        if password != again:
            self._retype(self.set_password_again)
            self.show_message(self.tr("The passwords do not match."), error=True, where=self.selected_message)
            return

        def done(_result: object) -> None:
            self.set_password_edit.clear()
            self.set_password_again.clear()
            self.show_message(self.tr("New password set for {username}, who must choose a new one at the next "
                                      "sign-in.").format(username=username),
                              where=self.selected_message)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, WeakPassword):
                self.set_password_again.clear()
                self._retype(self.set_password_edit)
            self.show_message(user_message(exc), error=True, where=self.selected_message)

        ops.set_password(self._runner, self._session, username, password, owner=self, on_error=refused,
                         on_success=done)

    @staticmethod
    def _retype(edit: QLineEdit) -> None:
        edit.clear()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock_user(self) -> None:
        username = self.selected_username()
        if username is None:
            return

        def unlocked(_result: object) -> None:
            self.show_message(self.tr("{username} can sign in again.").format(username=username),
                              where=self.selected_message)
            self.reload()

        ops.unlock_user(self._runner, self._session, username, on_success=unlocked, owner=self,
                        on_error=lambda exc: self._failed(exc, self.selected_message))

    def deactivate_user(self) -> None:
        username = self.selected_username()
        if username is None:
            return
        question = self.tr("Deactivate {username}? They can no longer sign in; their audit history stays.") \
            .format(username=username)
        if not self._confirm(self, question):
            return

        def deactivated(_result: object) -> None:
            self.show_message(self.tr("{username} has been deactivated.").format(username=username),
                              where=self.selected_message)
            self.reload()

        ops.deactivate_user(self._runner, self._session, username, on_success=deactivated, owner=self,
                            on_error=lambda exc: self._failed(exc, self.selected_message))

    # -- messages and language ------------------------------------------------------------------

    def _failed(self, exc: BaseException, where: QLabel | None = None) -> None:
        self.show_message(user_message(exc), error=True, where=where)

    def show_message(self, text: str, *, error: bool = False, where: QLabel | None = None) -> None:
        """``where``: the message line of the form the message is about (else the page's, under the list)."""
        for line in (self.message, self.new_message, self.selected_message):
            line.clear()
        line = where or self.message
        line.setStyleSheet("color: #a31515; font-weight: bold;" if error else "")
        line.setText(text)
        self.message_shown.emit(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Active"), self.tr("Locked"), self.tr("Last sign-in")])
        self.reload_button.setText(self.tr("&Reload"))
        self.new_box.setTitle(self.tr("New user"))
        labels = (self.tr("&Username"), self.tr("&Name"), self.tr("R&ole"), self.tr("&Password"),
                  self.tr("Password &again"))
        for row, text in enumerate(labels):
            label = self.new_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            label.setBuddy(self.new_form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.username_edit.setPlaceholderText(self.tr("e.g. aino.virtanen"))
        self.new_password.setPlaceholderText(self.tr("at least 10 characters"))
        for index, role in enumerate(Role):
            self.role_combo.setItemText(index, role_label(role))
        self.create_button.setText(self.tr("Cr&eate user"))
        self.selected_box.setTitle(self.tr("Selected user"))
        for row, text in ((1, self.tr("New pass&word")), (2, self.tr("New password a&gain"))):
            label = self.selected_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            label.setBuddy(self.selected_form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.set_password_button.setText(self.tr("Se&t password"))
        self.unlock_button.setText(self.tr("Un&lock"))
        self.deactivate_button.setText(self.tr("&Deactivate…"))
        if self.users:  # roles, "yes"/"no" and "until …" in the new language
            self._show_users(self.users)
        self._selection_changed()
