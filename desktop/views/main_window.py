"""The desk's main window: composition only — menus and shortcuts, the desk page, status, lock, help.

Everything customer-related lives in the desk page (desktop/views/desk), built by the composition
root and handed in. The window adds what belongs to the whole session: the idle lock, the F1
shortcut sheet, the language menu, the About box and the status bar.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop import __version__
from desktop.core.errors import DomainError
from desktop.core.roles import Permission
from desktop.i18n_qt import LANGUAGE_NAMES, LANGUAGES, Translations
from desktop.operations import login as login_ops
from desktop.operations.runner import TaskRunner, is_connection_error
from desktop.operations.session import DeskSession
from desktop.ui.ui_main_window import Ui_MainWindow
from desktop.views.admin import role_pages
from desktop.views.error_dialog import show_bug, user_message
from desktop.views.idle_lock import IdleWatcher, LockCover
from desktop.views.shell_settings import ShellSettings
from desktop.views.shortcut_overlay import ShortcutOverlay, lines_from_actions, lines_from_widget
from desktop.views.status_line import StatusLine

logger = logging.getLogger(__name__)
MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """``desk`` may offer ``focus_search()``, ``new_call()``, ``new_request()`` and ``shortcuts()``;
    the window's actions for what it does not offer are hidden rather than left doing nothing."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(self, runner: TaskRunner, session: DeskSession, auth: login_ops.Auth, translations: Translations,
                 settings: ShellSettings, desk: QWidget, *, idle_lock_minutes: int,
                 log_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.runner = runner
        self.session = session
        self._auth = auth
        self._translations = translations
        self._settings = settings
        self._log_path = log_path
        self._locked = False
        self._focus_before_lock: QWidget | None = None

        self.desk = desk
        # Users and audit pages beside the desk for the roles that have them (security area).
        self.role_pages = role_pages.embed(self.ui.desk_area, self.ui.desk_area_layout, desk, runner, session)
        self.status = StatusLine(self.ui.status_bar, session.actor, session.database_label)
        self.lock_cover = LockCover(self)
        self.shortcut_overlay = ShortcutOverlay(self)
        self.idle_watcher = IdleWatcher(idle_lock_minutes, self)

        self._setup_actions()
        self._setup_language_menu()
        runner.busy_changed.connect(self.status.set_busy)
        runner.connection_changed.connect(self._connection_changed)
        runner.unhandled_error.connect(self._unhandled_error)
        self.idle_watcher.idle.connect(self.lock)
        self.lock_cover.unlock_requested.connect(self._unlock)
        self.lock_cover.sign_out_requested.connect(self.close)
        self._restore_layout()
        self._retranslate()

    # -- actions --------------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        shortcuts = {
            ui.action_find: [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence(Qt.Key.Key_F3)],
            ui.action_new_call: [QKeySequence(Qt.Key.Key_F2)],
            ui.action_new_request: [QKeySequence(QKeySequence.StandardKey.New)],
            ui.action_shortcuts: [QKeySequence(Qt.Key.Key_F1)],
            ui.action_lock: [QKeySequence("Ctrl+L")],
            ui.action_quit: [QKeySequence("Ctrl+Q")],
        }
        taken = {seq.toString() for action in self._desk_actions() for seq in action.shortcuts()}
        for action, sequences in shortcuts.items():
            action.setShortcuts(sequences)
            if any(seq.toString() in taken for seq in sequences):
                # The desk already answers this key (e.g. its own F2): the menu item only shows it,
                # two window-wide actions on one key would make Qt ignore the key altogether.
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                continue
            # Window-wide: F2 must work while the focus sits in the result list or a card field.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        hooks = {ui.action_find: ("focus_search", Permission.READ_CUSTOMER),
                 ui.action_new_call: ("new_call", Permission.RECORD_CALL),
                 ui.action_new_request: ("new_request", Permission.HANDLE_REQUEST)}
        actor = self.session.actor
        for action, (name, permission) in hooks.items():
            # Only what the role may do: an administrator has no customer desk at all, an auditor
            # reads customers but takes no calls and registers no requests.
            method = getattr(self.desk, name, None) if actor.can(permission) else None
            action.setVisible(callable(method))
            action.setEnabled(callable(method))
            if callable(method):
                action.triggered.connect(method)
        ui.menu_customer.menuAction().setVisible(any(a.isVisible() for a in ui.menu_customer.actions()))
        self._setup_page_actions()
        ui.action_shortcuts.triggered.connect(self.show_shortcuts)
        ui.action_lock.triggered.connect(self.lock)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self.show_about)

    def _setup_page_actions(self) -> None:
        """View → one item per page (Alt+1 customers, Alt+2 requests …) for roles with more than one."""
        if self.role_pages is None:
            return
        first = self.ui.menu_view.actions()[0] if self.ui.menu_view.actions() else None
        for action in self.role_pages.page_actions:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.ui.menu_view.insertAction(first, action)
            self.addAction(action)
        if first is not None:
            self.ui.menu_view.insertSeparator(first)

    def _setup_language_menu(self) -> None:
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setChecked(code == self._translations.language)
            action.triggered.connect(lambda _checked=False, code=code: self.switch_language(code))
            group.addAction(action)
            self.ui.menu_language.addAction(action)
            self.language_actions[code] = action

    def switch_language(self, code: str) -> None:
        if self._translations.switch(code):
            self._settings.language = code
            self._settings.sync()
        self.language_actions[self._translations.language].setChecked(True)

    # -- locking --------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Cover the desk (idle timeout or Ctrl+L); everything beneath stays as it was."""
        if self._locked:
            return
        self._locked = True
        self._focus_before_lock = self.focusWidget()
        self.idle_watcher.stop()
        self.shortcut_overlay.hide()
        self.ui.desk_area.setEnabled(False)
        self.ui.menu_bar.setEnabled(False)
        for action in self.actions():
            action.setEnabled(False)
        actor = self.session.actor
        self.lock_cover.show_for(f"{actor.display_name or actor.username} ({actor.username})")
        login_ops.record_lock(self._auth, self.session).failure(self._unhandled_error).run_in(self.runner, owner=self)
        self.locked_changed.emit(True)

    def _unlock(self, password: str) -> None:
        login_ops.unlock(self._auth, self.session, password).success(self._unlocked).failure(
            self._unlock_failed).run_in(self.runner, owner=self)

    def _unlocked(self, _result: None) -> None:
        self._locked = False
        self.lock_cover.hide()
        self.ui.desk_area.setEnabled(True)
        self.ui.menu_bar.setEnabled(True)
        for action in self.actions():
            action.setEnabled(action.isVisible())
        if self._focus_before_lock is not None and self._focus_before_lock.isVisible():
            self._focus_before_lock.setFocus()
        self.idle_watcher.start()
        self.locked_changed.emit(False)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.lock_cover.show_error(user_message(exc))

    # -- help, about, errors --------------------------------------------------------------------

    def _desk_actions(self) -> list[QAction]:
        return [a for w in [self.desk, *self.desk.findChildren(QWidget)] for a in w.actions()]

    def show_shortcuts(self) -> None:
        menus = (self.ui.menu_session, self.ui.menu_customer, self.ui.menu_view, self.ui.menu_help)
        menu_actions = [a for menu in menus if menu.menuAction().isVisible() for a in menu.actions()]
        lines = lines_from_actions(menu_actions)
        if not self.desk.isHidden():
            for widget in [self.desk, *self.desk.findChildren(QWidget)]:
                lines += lines_from_widget(widget)
            lines += lines_from_actions(self._desk_actions())
        self.shortcut_overlay.open(lines)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Palvelutiski"), self.about_text())

    def about_text(self) -> str:
        paragraphs = [
            self.tr("<b>Palvelutiski {version}</b> — the customer service desk of the utility's customer "
                    "register.").format(version=__version__),
            self.tr("Database: {label}").format(label=self.session.database_label),
            self.tr("A SQLite database file offers no protection against anyone who can copy it: whoever "
                    "has the file can read every customer and every personal identity code in it. On a "
                    "SQLite workstation, masking and roles are enforced by this application only."),
        ]
        if not self.session.is_local_file:
            paragraphs.append(self.tr("This desk uses the shared PostgreSQL database with your personal "
                                      "database login: the database server itself keeps full identity "
                                      "codes from roles that may not see them."))
        return "".join(f"<p>{p}</p>" for p in paragraphs)

    def _connection_changed(self, connected: bool) -> None:
        self.status.set_connected(connected)
        if not connected:
            self.statusBar().showMessage(self.tr("The database does not answer. Your input is kept; "
                                                 "try again in a moment."), MESSAGE_MS)

    def _unhandled_error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.statusBar().showMessage(user_message(exc), MESSAGE_MS)
        elif is_connection_error(exc):
            self._connection_changed(False)
        else:
            show_bug(self, type(exc), exc, exc.__traceback__, self._log_path)

    # -- window life ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._locked:
            self.idle_watcher.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved input on the desk is asked about first; once saved or discarded, the close comes again.
        confirm_leave = getattr(self.desk, "confirm_leave", None)
        if callable(confirm_leave) and not confirm_leave(self.close):
            event.ignore()
            return
        self._settings.set_window_state("main_geometry", self.saveGeometry())
        self._settings.sync()
        self.idle_watcher.detach()
        super().closeEvent(event)
        self.sign_out_requested.emit()

    def _restore_layout(self) -> None:
        geometry = self._settings.window_state("main_geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # The form's 1440x900 (or a size saved on a larger screen) must not spill off a 1366x768 laptop.
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            if geometry is None:
                # First start on this workstation: the desk is used all day, so it takes the whole screen
                # (on a 1920x1080 screen the card gets its room; the size is remembered from then on).
                self.setGeometry(room)
            elif self.width() > room.width() or self.height() > room.height():
                self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
                self.move(room.topLeft())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        actor = self.session.actor
        self.setWindowTitle(f"Palvelutiski — {actor.display_name or actor.username}")
