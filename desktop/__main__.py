"""``palvelutiski``: start the desk (``python -m desktop``).

    palvelutiski                      the login dialog, with the database profile used last time
    palvelutiski --demo               create/open the demo database and fill in the demo agent
    palvelutiski --db URL             a SQLite file path or postgresql://[user@]host[:port]/database
    palvelutiski --lang sv            the UI language (fi, sv, en)
    palvelutiski --site-config PATH   IT's site configuration (server, TLS, language), instead of the
                                      system-wide one (desktop/services/site_config.py)
    palvelutiski --demo --screenshot docs/main-window.png [--search TEXT --open-first]
                                      sign in, (search, open the first match during a call,) wait
                                      until the desk is idle, save the window, quit
    palvelutiski --demo --quit-after-login
                                      sign in and quit cleanly (headless smoke run)
    palvelutiski --demo --demo-user supervisor
                                      fill in (and with --screenshot/--quit-after-login sign in as)
                                      that demo user instead of the agent
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop.i18n_qt import LANGUAGES

# The users of the demo database (desktop.tooling.setup.DEMO_USERS); listed here so that --help and
# a mistyped name answer at once, without importing the services and their database stack.
DEMO_USERNAMES = ("agent", "supervisor", "admin", "auditor")
ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "palvelutiski.svg"
DESKTOP_ID = "fi.palvelutiski.Palvelutiski"  # packaging/linux/fi.palvelutiski.Palvelutiski.desktop

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.app import DeskApp

logger = logging.getLogger("desktop")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="palvelutiski", description="Palvelutiski customer service desk")
    parser.add_argument("--demo", action="store_true",
                        help="create (first run) or open the demo database and fill in the demo agent")
    parser.add_argument("--db", metavar="URL", help="SQLite file path or postgresql://[user@]host[:port]/db")
    parser.add_argument("--lang", choices=LANGUAGES, help="UI language (default: last used, else fi)")
    parser.add_argument("--demo-user", choices=DEMO_USERNAMES, metavar="{" + ",".join(DEMO_USERNAMES) + "}",
                        help="with --demo: the demo user to fill in (default: agent)")
    parser.add_argument("--screenshot", metavar="PATH", type=Path,
                        help="after signing in and when the desk is idle, save the window to PATH and quit")
    parser.add_argument("--quit-after-login", action="store_true",
                        help="sign in with the filled-in credentials and quit cleanly (headless runs)")
    parser.add_argument("--search", metavar="TEXT", help="type TEXT into the search field after signing in")
    parser.add_argument("--open-first", action="store_true",
                        help="with --search: start a call and open the first match (the docs screenshot)")
    parser.add_argument("--site-config", metavar="PATH", type=Path,
                        help="the site configuration file (default: $PALVELUTISKI_SITE_CONFIG, else "
                             "/etc/palvelutiski/site.ini or %%ProgramData%%\\Palvelutiski\\site.ini)")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    args = parser.parse_args(argv)
    if args.demo_user is not None and not args.demo:
        parser.error("--demo-user needs --demo (the demo users exist only in the demo database)")
    return args


def _install_excepthook(log_path: Path) -> None:
    """Unexpected errors: logged (redacted) and shown in a dialog, instead of a silent crash."""
    showing = threading.Lock()

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.error("unexpected error", exc_info=(exc_type, exc, tb))
        from PySide6.QtWidgets import QApplication

        from desktop.views.error_dialog import show_bug

        # One dialog at a time: an error inside the dialog must not stack dialogs endlessly.
        if QApplication.instance() is not None and showing.acquire(blocking=False):
            try:
                show_bug(QApplication.activeWindow(), exc_type, exc, tb, log_path)
            finally:
                showing.release()

    sys.excepthook = hook
    threading.excepthook = lambda args: logger.error(
        "unexpected error in thread %s", args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]


def _qt_messages_to_log() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qt_logger = logging.getLogger("qt")
    # Said by the offscreen platform (headless runs) about every window; nothing is wrong.
    harmless = ("This plugin does not support propagateSizeHints", "This plugin does not support raise")

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        level = logging.DEBUG if message.startswith(harmless) else levels.get(kind, logging.INFO)
        qt_logger.log(level, "%s", message)

    qInstallMessageHandler(handler)


def build_desk_app(qapp: QApplication, args: argparse.Namespace, log_path: Path | None = None) -> DeskApp:
    """The application object ``palvelutiski`` runs; the journey tests (tests/journeys) start this one too."""
    from desktop.app import DEMO_USER, DeskApp, LaunchOptions

    options = LaunchOptions(demo=args.demo, demo_user=args.demo_user or DEMO_USER, db_url=args.db,
                            language=args.lang, screenshot=args.screenshot,
                            quit_after_login=args.quit_after_login, search=args.search,
                            open_first=args.open_first, log_path=log_path, site_config=args.site_config)
    return DeskApp(qapp, options)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from desktop import app_logging

    log_path = app_logging.configure(logging.DEBUG if args.verbose else logging.INFO)
    _install_excepthook(log_path)
    _qt_messages_to_log()

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.views import style

    QCoreApplication.setApplicationName("Palvelutiski")
    QCoreApplication.setOrganizationName("Palvelutiski")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    qapp = QApplication(sys.argv[:1])
    # The icon of every window and the menu entry it belongs to (packaging/linux, Wayland matches on it).
    qapp.setWindowIcon(QIcon(str(ICON)))
    qapp.setDesktopFileName(DESKTOP_ID)
    style.apply(qapp)
    desk = build_desk_app(qapp, args, log_path)
    desk.start()
    logger.info("Palvelutiski started (log: %s)", log_path)
    code = qapp.exec()
    return code or desk.exit_code


if __name__ == "__main__":
    sys.exit(main())
