"""Composition root: builds the lane, the services and the windows, and passes each what it needs.

Nothing here is a global: one :class:`DeskApp` per process owns the TaskRunner, the AuthService (which
counts failed attempts for the lifetime of the login dialog), the credential store and the
translations, and hands them to the windows it creates. A new DeskSession is made per login.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.i18n_qt import Translations
from desktop.operations import login as login_ops
from desktop.operations.op import Op
from desktop.operations.runner import TaskRunner, importing
from desktop.services.credentials import CredentialStore
from desktop.services.site_config import load_site_config
from desktop.services.site_config_dtos import SiteConfig, SiteConfigInvalid
from desktop.views.login_dialog import LoginDialog
from desktop.views.shell_settings import ShellSettings

if TYPE_CHECKING:
    from desktop.operations.session import DeskSession
    from desktop.views.main_window import MainWindow

logger = logging.getLogger(__name__)
_LOADED = time.perf_counter()

DEMO_USER = "agent"  # the demo agent of desktop.tooling.setup.ensure_demo_database
DEMO_PASSWORD = "palvelutiski"  # desktop.tooling.setup.DEMO_PASSWORD (tests/gui/test_app.py checks they agree)
DeskFactory = Callable[[TaskRunner, "DeskSession", QWidget | None], QWidget]
# What the signed-in desk needs, imported on the lane while the user types the password (a second and a
# half: SQLAlchemy, Alembic, ReportLab, the role pages); the login dialog itself needs none of it.
WARM_UP = ("desktop.views.main_window", "desktop.views.desk.desk_page")


@dataclass
class LaunchOptions:
    demo: bool = False
    demo_user: str = DEMO_USER  # --demo-user: whom the login dialog is filled in for
    db_url: str | None = None
    language: str | None = None
    screenshot: Path | None = None
    quit_after_login: bool = False
    search: str | None = None
    open_first: bool = False
    log_path: Path | None = None
    site_config: Path | None = None  # --site-config; else $PALVELUTISKI_SITE_CONFIG or the system-wide file

    @property
    def unattended(self) -> bool:
        """Sign in by itself with the prefilled credentials (headless runs and screenshots)."""
        return self.screenshot is not None or self.quit_after_login


def default_desk(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.desk.desk_page import DeskPage

    return DeskPage(runner, session, parent)


class DeskApp(QObject):
    def __init__(self, app: QApplication, options: LaunchOptions, *, settings: ShellSettings | None = None,
                 credentials: CredentialStore | None = None, desk_factory: DeskFactory = default_desk) -> None:
        super().__init__(app)
        self.app = app
        self.options = options
        self.settings = settings or ShellSettings()
        self.credentials = credentials or CredentialStore()
        self.translations = Translations(app)
        self.runner = TaskRunner(self)
        self.auth = login_ops.DeferredAuth()  # made on the lane at the first sign-in
        self.desk_factory = desk_factory
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.session: DeskSession | None = None
        self.exit_code = 0
        self.site: SiteConfig | None = None
        self.site_problem: SiteConfigInvalid | None = None
        if not options.demo and not options.db_url:  # an explicit database (or the demo) is the user's choice
            try:
                self.site = load_site_config(options.site_config)
            except SiteConfigInvalid as exc:
                self.site_problem = exc
                logger.error("site configuration: %s", exc)
        site_language = self.site.language if self.site is not None else None
        self.translations.switch(options.language or (None if self.settings.language_chosen else site_language)
                                 or self.settings.language)
        app.aboutToQuit.connect(self.shutdown)

    # -- start: login ---------------------------------------------------------------------------

    def start(self) -> None:
        dialog = LoginDialog(self.runner, self.auth, self.credentials, self.translations, self.settings,
                             site=self.site)
        self.login_dialog = dialog
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._login_cancelled)
        dialog.refused.connect(self._refused)
        if self.options.db_url and not self.options.demo:
            self._prefill_from_url(dialog, self.options.db_url)
        dialog.show()
        logger.info("login dialog shown %.0f ms after the process started", _since_process_start() * 1000)
        login_ops.warm_up(WARM_UP).run_in(self.runner)
        if self.site_problem is not None:
            dialog.refuse_site(self.site_problem)
            if self.options.unattended:
                self.exit_code = 1
                QTimer.singleShot(0, dialog.reject)
        elif self.options.demo:
            self._prepare_demo(dialog)
        elif self.options.unattended:
            QTimer.singleShot(0, dialog.submit)

    def _prefill_from_url(self, dialog: LoginDialog, url: str) -> None:
        with importing():
            from db.engine import url_parts

        parts = url_parts(url)
        if parts.is_sqlite:
            dialog.prefill(dialog.ui.username_edit.text(), sqlite_path=parts.path)
            return
        dialog.prefill_postgres(parts.host, parts.port, parts.database, parts.username or dialog.ui.username_edit.text())

    def _prepare_demo(self, dialog: LoginDialog) -> None:
        """Create (first run) or open the demo database on the lane; the dialog waits, it does not freeze."""
        dialog.set_waiting(dialog.preparing_demo_text())

        def work() -> tuple[str, Path]:
            path = self.demo_path()
            if _demo_ready(path):
                return DEMO_PASSWORD, path  # the usual start: no demo generator, no Alembic (~35 MiB, issue 14)
            # Imported here, on the lane: the demo generator brings Faker, a second of imports.
            from desktop.tooling import setup

            setup.ensure_demo_database(path).dispose()
            return setup.DEMO_PASSWORD, path

        def ready(answer: tuple[str, Path]) -> None:
            password, path = answer
            dialog.set_waiting(None)
            dialog.prefill(self.options.demo_user, password, sqlite_path=str(path))
            if self.options.unattended:
                dialog.submit()

        def failed(exc: BaseException) -> None:
            dialog.set_waiting(None)
            dialog.show_error(exc)

        Op(work).success(ready).failure(failed).run_in(self.runner, owner=dialog)

    def demo_path(self) -> Path:
        """``--db PATH`` with ``--demo`` names the demo file; otherwise it sits beside the default database."""
        if self.options.db_url and "://" not in self.options.db_url:
            return Path(self.options.db_url).expanduser()
        with importing():
            from db.engine import default_sqlite_path

        return default_sqlite_path().with_name("demo.sqlite3")

    def _refused(self, message: str) -> None:
        """A headless run (--quit-after-login, --screenshot) has nobody to read the refusal: it ends, failed."""
        if self.options.unattended and self.login_dialog is not None:
            logger.error("sign-in refused: %s", message)
            self.exit_code = 1
            self.login_dialog.reject()

    def _login_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    # -- signed in: the desk --------------------------------------------------------------------

    def _signed_in(self, result: login_ops.SignedIn) -> None:
        started = time.perf_counter()
        with importing():
            from desktop.views.main_window import MainWindow  # imported by the lane's warm-up meanwhile

        with importing():
            from db.engine import user_data_dir
            from desktop.services.audit_receipts import FOLDER_NAME

        session = dataclasses.replace(result.session, receipts_dir=user_data_dir() / FOLDER_NAME)
        result = dataclasses.replace(result, session=session)
        self.session = result.session
        desk = self.desk_factory(self.runner, result.session, None)
        # IT's site file sets the workstations' idle lock; without one the database's setting applies.
        idle_minutes = (self.site.idle_lock_minutes if self.site is not None else None) or result.idle_lock_minutes
        window = MainWindow(self.runner, result.session, self.auth, self.translations, self.settings, desk,
                            idle_lock_minutes=idle_minutes, log_path=self.options.log_path)
        self.window = window
        window.sign_out_requested.connect(self.app.quit)
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        window.show()
        self._when_lane_idle(lambda: logger.info("desk ready %.0f ms after sign-in (window built and shown, "
                                                 "first queries answered)", (time.perf_counter() - started) * 1000))
        if self.options.search:
            if self.options.open_first and callable(getattr(desk, "new_call", None)):
                # As at the desk: the phone rings (F2), the agent searches, Enter opens the card —
                # no purpose question, the call is the purpose.
                desk.new_call()
            search = getattr(desk, "search_for", None)
            if callable(search):
                search(self.options.search)
            if self.options.open_first:
                self._settle_then(self._open_first)
                return
        if self.options.unattended:
            self._settle_then(self._unattended_done)

    def _open_first(self) -> None:
        if self.window is not None and callable(getattr(self.window.desk, "focus_search", None)):
            self.window.desk.focus_search()
        # The window's own focus widget: without a window manager (Xvfb) the window is never "active".
        focus = self.window.focusWidget() if self.window is not None else None
        if focus is not None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
        if self.options.unattended:
            self._settle_then(self._unattended_done)

    def _when_lane_idle(self, then: Callable[[], None]) -> None:
        """Run ``then`` after the next turn of the event loop once the lane has nothing left to do."""

        def check() -> None:
            if self.runner.busy:
                self.runner.idle.connect(check, Qt.ConnectionType.SingleShotConnection)
            else:
                then()

        QTimer.singleShot(0, check)

    def _settle_then(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the lane has had nothing to do for a moment: the desk's first queries are
        answered and their results painted."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(300)
        timer.timeout.connect(lambda: timer.start() if self.runner.busy else then())
        timer.start()

    def _unattended_done(self) -> None:
        if self.options.screenshot is not None and self.window is not None:
            self.options.screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not self.window.grab().save(str(self.options.screenshot)):
                logger.error("could not write the screenshot to %s", self.options.screenshot)
                self.exit_code = 1
        if self.window is not None:
            self.window.close()
        else:
            self.app.quit()

    # -- end ------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Audit the logout, close the connections and stop the lane (application is quitting)."""
        if self.session is not None and self.session.login is not None:
            login_ops.logout(self.auth, self.session).run_in(self.runner)
            self.session = None
        self.runner.shutdown()



def _demo_ready(path: Path) -> bool:
    """The demo file exists and is on this program's schema: nothing to create, migrate or seal (a file
    is sealed when it is made or migrated, desktop.tooling.setup.ensure_demo_database)."""
    if not path.is_file():
        return False
    with importing():
        from db import schema_version
        from db.engine import make_engine

    engine = make_engine(str(path))
    try:
        return schema_version.schema_state(engine) == schema_version.SCHEMA_CURRENT
    finally:
        engine.dispose()


def _since_process_start() -> float:
    """Seconds since this process started, for the start-up figure in the log.

    Linux counts a process's start in clock ticks since boot, and CLOCK_BOOTTIME is the same clock (the
    boot time in /proc/stat is rounded to whole seconds, which made the figure up to a second off).
    """
    try:
        import os

        ticks = int(Path(f"/proc/{os.getpid()}/stat").read_text().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _LOADED  # elsewhere (Windows): since this module was loaded
