"""The sign-in dialog: who, where (SQLite file or PostgreSQL server), which language.

With a site configuration (desktop.services.site_config) the server is IT's choice: the dialog asks
only for the user name and password and shows the server, encrypted or not, without letting it change.

The password check runs on the database lane; the dialog stays responsive and shows "Signing in…".
Error texts come from AuthService and never reveal whether a user name exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QWidget

from desktop.core.transport import is_local_host
from desktop.i18n_qt import LANGUAGE_NAMES, LANGUAGES, Translations, translate
from desktop.operations import login as login_ops
from desktop.operations.runner import TaskRunner, importing
from desktop.services.credentials_ports import Credentials, KeyringStatus
from desktop.services.site_config_dtos import SiteConfig
from desktop.ui.ui_login_dialog import Ui_LoginDialog
from desktop.views.error_dialog import user_message
from desktop.views.shell_settings import ProfileChoice, ShellSettings

if TYPE_CHECKING:
    from desktop.services.auth_dtos import ConnectionTarget

# The services behind signing in (desktop.services.auth, .connection: SQLAlchemy, Alembic, argon2) run on
# the lane, which imports them while the user types (desktop.operations.login.warm_up); the dialog needs
# only their types (desktop.services.auth_dtos), imported where they are needed, so it appears without
# waiting for any of them.

POSTGRES_INDEX, SQLITE_INDEX = 0, 1  # order of database_kind_combo's items in the form


class LoginDialog(QDialog):
    """``signed_in`` carries :class:`desktop.operations.login.SignedIn` just before the dialog accepts."""

    signed_in = Signal(object)
    refused = Signal(str)  # the message shown after a sign-in that failed (headless runs stop on it)

    def __init__(self, runner: TaskRunner, auth: login_ops.Auth, credentials: Credentials,
                 translations: Translations, settings: ShellSettings, parent: QWidget | None = None, *,
                 site: SiteConfig | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._auth = auth
        self._credentials = credentials
        self._translations = translations
        self._settings = settings
        # Unknown until the lane has asked: finding the keyring backend may block on the desktop bus.
        self._keyring = KeyringStatus(False)
        self._keyring_known = False
        self._busy = False
        self._site = site
        self._site_problem: BaseException | None = None  # a site file IT must correct: no sign-in at all
        self.result_value: login_ops.SignedIn | None = None

        title_font = QFont(self.ui.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.ui.title_label.setFont(title_font)
        self.ui.message_label.setObjectName("message_label")
        self.ui.message_label.hide()
        for code in LANGUAGES:
            self.ui.language_combo.addItem(LANGUAGE_NAMES[code], code)
        # Own buttons, not standard ones: a standard button box would put "OK" back on a language change.
        self.sign_in_button = self.ui.button_box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setDefault(True)
        self.quit_button = self.ui.button_box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quit_button")

        self._load_settings()
        self.server_caption = QLabel(self)
        self.server_value = QLabel(self)
        self.server_value.setObjectName("server_value")
        self.server_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.form_layout.insertRow(2, self.server_caption, self.server_value)
        self.ui.form_layout.setRowVisible(self.server_value, site is not None)
        if site is not None:
            self.ui.database_kind_combo.setCurrentIndex(POSTGRES_INDEX)
            self.ui.form_layout.setRowVisible(self.ui.database_kind_combo, False)
            self.ui.form_layout.setRowVisible(self.ui.database_stack, False)
        self.ui.database_kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.ui.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.username_edit.editingFinished.connect(self._recall_password)
        self._kind_changed()
        self._retranslate()
        (self.ui.password_edit if self.ui.username_edit.text() else self.ui.username_edit).setFocus()
        login_ops.keyring_status(credentials).success(self._keyring_checked).run_in(runner, owner=self)

    # -- public ---------------------------------------------------------------------------------

    def prefill(self, username: str, password: str = "", sqlite_path: str | None = None) -> None:
        """Used by ``--demo``: the demo database and its agent are filled in, ready for Enter."""
        if sqlite_path is not None:
            self.ui.database_kind_combo.setCurrentIndex(SQLITE_INDEX)
            self.ui.sqlite_path_edit.setText(sqlite_path)
        self.ui.username_edit.setText(username)
        self.ui.password_edit.setText(password)
        self.ui.password_edit.setFocus()

    def prefill_postgres(self, host: str, port: int, database: str, username: str = "") -> None:
        self.ui.database_kind_combo.setCurrentIndex(POSTGRES_INDEX)
        self.ui.host_edit.setText(host)
        self.ui.port_spin.setValue(port)
        self.ui.database_name_edit.setText(database)
        if username:
            self.ui.username_edit.setText(username)
        (self.ui.password_edit if username else self.ui.username_edit).setFocus()

    def set_waiting(self, text: str | None) -> None:
        """Keep the form closed while something it depends on is prepared (the demo database)."""
        self._set_busy(text is not None)
        if text is None:
            self.ui.message_label.hide()
        else:
            self._show_message(text, error=False)

    def preparing_demo_text(self) -> str:
        return self.tr("Preparing the demo database… The first start creates it, which takes a moment.")

    def show_error(self, exc: BaseException) -> None:
        self._show_message(user_message(exc))

    def refuse_site(self, exc: BaseException) -> None:
        """The site configuration is there but wrong: say so and offer no sign-in (no silent fallback)."""
        self._site_problem = exc
        self.sign_in_button.setEnabled(False)
        self.ui.form_layout.setRowVisible(self.ui.database_kind_combo, False)  # IT's to set, not the agent's
        self.ui.form_layout.setRowVisible(self.ui.database_stack, False)
        self._show_message(user_message(exc))

    @property
    def site(self) -> SiteConfig | None:
        return self._site

    def target(self) -> ConnectionTarget:
        with importing():  # after the lane's warm-up (desktop.operations.runner.importing)
            from desktop.services.auth_dtos import ConnectionTarget, ServerTarget

        if self._site is not None:
            return ServerTarget.from_site(self._site)
        if self.ui.database_kind_combo.currentIndex() == SQLITE_INDEX:
            return ConnectionTarget.sqlite(self.ui.sqlite_path_edit.text().strip())
        return ConnectionTarget.postgres(self.ui.host_edit.text().strip(),
                                         self.ui.database_name_edit.text().strip(), self.ui.port_spin.value())

    @property
    def busy(self) -> bool:
        return self._busy

    # -- signing in -----------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy or self._site_problem is not None:
            return
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        missing = self._missing_field()
        if missing is not None:
            self._show_message(missing[0])
            missing[1].setFocus()
            return
        self._set_busy(True)
        self._show_message(self.tr("Signing in…"), error=False)
        login_ops.login(self._auth, self.target(), username, password, credentials=self._credentials,
                        remember=self._remember_wanted()).success(self._signed_in).failure(self._failed).run_in(
            self._runner, owner=self)

    def _missing_field(self) -> tuple[str, QWidget] | None:
        if not self.ui.username_edit.text().strip():
            return self.tr("Type your user name."), self.ui.username_edit
        if not self.ui.password_edit.text():
            return self.tr("Type your password."), self.ui.password_edit
        if self._site is not None:
            return None
        if self.ui.database_kind_combo.currentIndex() == SQLITE_INDEX:
            if not self.ui.sqlite_path_edit.text().strip():
                return self.tr("Choose the database file."), self.ui.sqlite_path_edit
        elif not self.ui.host_edit.text().strip():
            return self.tr("Type the database server's name."), self.ui.host_edit
        elif not self.ui.database_name_edit.text().strip():
            return self.tr("Type the database name."), self.ui.database_name_edit
        return None

    def _signed_in(self, result: login_ops.SignedIn) -> None:
        if result.password_reset is not None:
            self._ask_new_password(result)
            return
        self._set_busy(False)
        self._save_settings(result.session.actor.username)
        self.result_value = result
        self.signed_in.emit(result)
        self.accept()

    def _ask_new_password(self, result: login_ops.SignedIn) -> None:
        """Somebody else set the password: a new one before anything else, or signed out again."""
        with importing():
            from desktop.views.change_password_dialog import ChangePasswordDialog

        self._show_message(self.tr("Choose a new password to continue."), error=False)
        dialog = ChangePasswordDialog(self._runner, self._auth, result, self.target(),
                                      current_password=self.ui.password_edit.text(), credentials=self._credentials,
                                      remember=self._remember_wanted(), parent=self)
        dialog.changed.connect(self._signed_in)
        dialog.rejected.connect(lambda: self._sign_out(result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _sign_out(self, result: login_ops.SignedIn) -> None:
        def done(_result: object = None) -> None:
            self._set_busy(False)
            self._show_message(self.tr("Signed out: your password was not changed. Sign in again to choose "
                                       "a new one."), error=False)
            self.ui.password_edit.clear()
            self.ui.password_edit.setFocus()

        login_ops.logout(self._auth, result.session).success(done).failure(done).run_in(self._runner)

    def _failed(self, exc: BaseException) -> None:
        with importing():
            from desktop.services.auth_dtos import AccountLocked

        self._set_busy(False)
        self._show_message(user_message(exc))
        self.refused.emit(self.ui.message_label.text())
        if isinstance(exc, AccountLocked):
            self.ui.password_edit.clear()
        self.ui.password_edit.selectAll()
        self.ui.password_edit.setFocus()

    def reject(self) -> None:
        if self._busy:
            # The answer may still come; nobody is waiting for it any more.
            self._runner.cancel(login_ops.LOGIN_KEY)
            self._set_busy(False)
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.username_edit, self.ui.password_edit, self.ui.database_kind_combo,
                       self.ui.database_stack, self.ui.remember_check, self.ui.language_combo):
            widget.setEnabled(not busy)
        if not busy:
            self._update_remember()
        self.sign_in_button.setEnabled(not busy and self._site_problem is None)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.ui.message_label.setProperty("error", error)
        self.ui.message_label.style().unpolish(self.ui.message_label)
        self.ui.message_label.style().polish(self.ui.message_label)
        self.ui.message_label.setText(text)
        self.ui.message_label.show()
        self._fit_height()

    # -- database profile and keyring -----------------------------------------------------------

    def _kind_changed(self) -> None:
        sqlite = self.ui.database_kind_combo.currentIndex() == SQLITE_INDEX
        self.ui.database_stack.setCurrentWidget(self.ui.sqlite_page if sqlite else self.ui.postgres_page)
        self._update_remember()

    def _update_remember(self) -> None:
        """Only a shared database's password is remembered, and only in a real keyring."""
        postgres = self.ui.database_kind_combo.currentIndex() == POSTGRES_INDEX
        self.ui.remember_check.setVisible(postgres)
        self.ui.remember_check.setEnabled(postgres and self._keyring.available and not self._busy)
        if not self._keyring.available:
            self.ui.remember_check.setChecked(False)
        self.ui.remember_note_label.setVisible(postgres and self._keyring_known and not self._keyring.available)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every line: a note or message that appears after the dialog was sized (the keyring's
        answer, a refusal, a longer language) wraps into more lines than the dialog had room for."""
        self.layout().activate()
        needed = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _keyring_checked(self, status: KeyringStatus) -> None:
        self._keyring = status
        self._keyring_known = True
        self._update_remember()
        self._retranslate()
        self._recall_password()

    def _remember_wanted(self) -> bool:
        return self._keyring.available and self.ui.remember_check.isChecked()

    def _recall_password(self) -> None:
        if (self.ui.database_kind_combo.currentIndex() != POSTGRES_INDEX or not self._keyring.available
                or not self.ui.username_edit.text().strip() or self.ui.password_edit.text()):
            return
        target = self.target()
        if not target.host or not target.database:
            return
        login_ops.recall_password(self._credentials, target, self.ui.username_edit.text()).success(
            self._recalled).run_in(self._runner, owner=self)

    def _recalled(self, password: str | None) -> None:
        if password and not self.ui.password_edit.text():
            self.ui.password_edit.setText(password)
            self.ui.remember_check.setChecked(True)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the database file"), self.ui.sqlite_path_edit.text(),
            self.tr("Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.ui.sqlite_path_edit.setText(path)

    # -- settings and language ------------------------------------------------------------------

    def _load_settings(self) -> None:
        profile = self._settings.profile()
        self.ui.database_kind_combo.setCurrentIndex(SQLITE_INDEX if profile.kind == "sqlite" else POSTGRES_INDEX)
        self.ui.sqlite_path_edit.setText(profile.sqlite_path)
        self.ui.host_edit.setText(profile.host)
        self.ui.port_spin.setValue(profile.port)
        self.ui.database_name_edit.setText(profile.database)
        self.ui.username_edit.setText(self._settings.last_username)
        self.ui.language_combo.setCurrentIndex(max(0, LANGUAGES.index(self._translations.language)
                                                   if self._translations.language in LANGUAGES else 0))

    def _save_settings(self, username: str) -> None:
        sqlite = self.ui.database_kind_combo.currentIndex() == SQLITE_INDEX
        if self._site is None:  # the site's server is IT's; the workstation's own choice stays as it was
            self._save_settings_profile(sqlite)
        self._settings.last_username = username
        self._settings.language = self._translations.language
        self._settings.sync()

    def _save_settings_profile(self, sqlite: bool) -> None:
        self._settings.save_profile(ProfileChoice(
            kind="sqlite" if sqlite else "postgresql", sqlite_path=self.ui.sqlite_path_edit.text().strip(),
            host=self.ui.host_edit.text().strip(), port=self.ui.port_spin.value(),
            database=self.ui.database_name_edit.text().strip()))

    def _language_chosen(self) -> None:
        code = self.ui.language_combo.currentData()
        if code and code != self._translations.language:
            self._translations.switch(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        index = self.ui.database_kind_combo.currentIndex()
        self.ui.retranslateUi(self)
        self.ui.database_kind_combo.setCurrentIndex(index)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        self.ui.sqlite_path_edit.setPlaceholderText(self.tr("Path of the database file"))
        self.ui.host_edit.setPlaceholderText(self.tr("Server name or address"))
        self.ui.remember_check.setToolTip(self.tr("The password is kept in this computer's password keyring, "
                                                  "never in a file."))
        if self._keyring.reason:
            self.ui.remember_note_label.setText(translate(self._keyring.reason))
        self.server_caption.setText(self.tr("Server:"))
        self.server_value.setAccessibleName(self.tr("Database server"))
        if self._site is not None:
            self.server_value.setText(self._server_text(self._site))
        self._fit_height()

    def _server_text(self, site: SiteConfig) -> str:
        if site.sslmode == "verify-full":
            security = self.tr("encrypted, server certificate checked")
        elif site.encrypted:
            security = self.tr("encrypted")
        elif all(is_local_host(host) for host, _port in site.servers):
            security = self.tr("on this computer")
        else:
            security = self.tr("not encrypted (allowed by the site configuration)")
        return self.tr("{servers} / {database}\n{security}").format(
            servers=site.hosts_text, database=site.database, security=security)
