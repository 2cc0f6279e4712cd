"""Journey tests: the program users start, driven only through what a user can reach.

Each journey starts the application object that the ``palvelutiski`` entry point builds
(:func:`desktop.__main__.build_desk_app`), signs in through the login dialog by typing into the fields
its labels name, and then works with menus, shortcuts, buttons and fields found by their visible text
or accessible name — never by private attributes. Every journey runs on SQLite and on PostgreSQL.

The database is a small demo register (the demo generator, 40 customers with contracts, calls and
requests in every state) with one login per role; see :class:`JourneyDatabase`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import shiboken6
from db_templates import migrated_pg_url, migrated_sqlite_url

# The GUI tests' guard (no SQL on the GUI thread) and the compiled translations apply here too.
from gui.conftest import SqlOnGuiThreadGuard, compiled_translations, sql_guard  # noqa: F401
from gui.keys import type_text
from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.engine import make_url

from db.database import Database
from db.models import AuditEvent
from desktop.__main__ import build_desk_app, parse_args
from desktop.app import DeskApp
from desktop.core.roles import Actor, Role
from desktop.services.users import UserAdminService
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database

JOURNEY_CUSTOMERS = 40
JOURNEY_SEED = 9
ROLES = {"agent": Role.AGENT, "supervisor": Role.SUPERVISOR, "admin": Role.ADMIN, "auditor": Role.AUDITOR}
DISPLAY_NAMES = {"agent": "Aino Äijälä", "supervisor": "Örjan Sjöström", "admin": "Pirkko Pääkäyttäjä",
                 "auditor": "Tuula Tarkastaja"}
WAIT_MS = 15_000


@dataclass
class JourneyDatabase:
    """An initialised demo register with a login per role (``logins["agent"]`` = (username, password)).

    ``admin`` is the test's own handle for checking what was stored (inside ``sql_guard.allowed()``).
    """

    kind: str
    db_argument: str  # what the user would pass as ``palvelutiski --db``
    admin: Database
    logins: dict[str, tuple[str, str]] = field(default_factory=dict)

    def audit_rows(self, guard: SqlOnGuiThreadGuard) -> list[AuditEvent]:
        with guard.allowed(), self.admin.transaction() as session:
            rows = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
            session.expunge_all()
        return rows


def _journey_database(kind: str, request: pytest.FixtureRequest, tmp_path) -> JourneyDatabase:
    if kind == "sqlite":
        path = tmp_path / "journey.sqlite3"
        database = Database.connect(migrated_sqlite_url(request, path))
        argument = str(path)
    else:
        url = make_url(migrated_pg_url(request))
        database = Database.connect(url.render_as_string(hide_password=False))
        argument = f"postgresql://{url.host or '127.0.0.1'}:{url.port or 5432}/{url.database}"
    # Login roles are cluster-wide on PostgreSQL: a suffix keeps parallel or leftover names apart.
    suffix = uuid.uuid4().hex[:6]
    admin_name = f"admin_{suffix}"
    initialise_database(database, "keminmaa", admin_name, "Ylläpitäjä-2024",
                        admin_display_name=DISPLAY_NAMES["admin"])
    logins = {"admin": (admin_name, "Ylläpitäjä-2024")}
    users = UserAdminService(database, Actor("setup", Role.ADMIN))
    for key, role in ROLES.items():
        if key == "admin":
            continue
        username, password = f"{key}_{suffix}", f"Kesä-{key.title()}-2024"
        users.create_user(username, role, password, display_name=DISPLAY_NAMES[key])
        logins[key] = (username, password)
    demo_data.generate(database, JOURNEY_CUSTOMERS, JOURNEY_SEED, actor=Actor("setup", Role.ADMIN), workers=1)
    return JourneyDatabase(kind, argument, database, logins)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def journey_db(request: pytest.FixtureRequest, tmp_path,
               sql_guard: SqlOnGuiThreadGuard) -> Iterator[JourneyDatabase]:  # noqa: F811
    with sql_guard.allowed():
        db = _journey_database(request.param, request, tmp_path)
    yield db
    db.admin.dispose()


# -- the user's hands ---------------------------------------------------------------------------------


def plain(text: str) -> str:
    """A label or menu text as the user reads it: without the mnemonic '&' and the trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def visible_top_levels(cls: type[QWidget] = QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


class Desk:
    """The running program and a user's hands on it."""

    def __init__(self, qtbot, qapp: QApplication, journey_db: JourneyDatabase) -> None:
        self.qtbot = qtbot
        self.qapp = qapp
        self.db = journey_db
        self.app: DeskApp | None = None

    # -- starting and signing in

    def start(self, *arguments: str) -> QDialog:
        """Start the program as ``palvelutiski --db … ARGUMENTS`` would; returns the login dialog."""
        args = parse_args(["--db", self.db.db_argument, *arguments])
        self.app = build_desk_app(self.qapp, args)
        self.app.start()
        return self.wait_for_dialog()

    def sign_in(self, role: str, *, language: str = "fi") -> QMainWindow:
        """Start the program in ``language``, type the role's username and password, press Enter."""
        dialog = self.start("--lang", language)
        username, password = self.db.logins[role]
        user_field, password_field = self.field(dialog, 0), self.field(dialog, 1)
        user_field.clear()
        type_text(user_field, username)
        password_field.clear()
        type_text(password_field, password)
        QTest.keyClick(password_field, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: bool(visible_top_levels(QMainWindow)), timeout=WAIT_MS)
        window = visible_top_levels(QMainWindow)[0]
        self.wait_idle()
        return window  # type: ignore[return-value]

    @staticmethod
    def field(dialog: QWidget, index: int) -> QWidget:
        """The ``index``-th field of a form that has a label (its buddy), in the order the labels appear."""
        buddies = [label.buddy() for label in dialog.findChildren(QLabel)
                   if label.buddy() is not None and label.isVisible()]
        return buddies[index]

    def wait_idle(self) -> None:
        """Wait until the database lane has nothing queued (the screen shows every answer)."""
        assert self.app is not None
        self.qtbot.waitUntil(lambda: not self.app.runner.busy, timeout=WAIT_MS)  # type: ignore[union-attr]
        QApplication.processEvents()

    @property
    def window(self) -> QMainWindow:
        windows = visible_top_levels(QMainWindow)
        assert windows, "no main window is shown"
        return windows[0]  # type: ignore[return-value]

    # -- finding what the user sees

    def labelled(self, label_text: str, root: QWidget | None = None) -> QWidget:
        """The field whose label reads ``label_text`` (mnemonic and colon ignored)."""
        root = root or self.window
        for label in root.findChildren(QLabel):
            if label.isVisible() and label.buddy() is not None and plain(label.text()) == plain(label_text):
                return label.buddy()
        raise AssertionError(f"no visible field labelled {label_text!r}")

    def find(self, cls: type[QWidget], *, text: str | None = None, name: str | None = None,
             root: QWidget | None = None) -> QWidget:
        """The visible widget of ``cls`` whose visible text or accessible name is ``text``/``name``."""
        found = self.find_all(cls, text=text, name=name, root=root)
        assert found, f"no visible {cls.__name__} with text={text!r} name={name!r}"
        return found[0]

    def find_all(self, cls: type[QWidget], *, text: str | None = None, name: str | None = None,
                 root: QWidget | None = None) -> list[QWidget]:
        roots = [root] if root is not None else visible_top_levels()
        found = []
        for top in roots:
            for widget in [top, *top.findChildren(cls)]:
                if not isinstance(widget, cls) or not widget.isVisible():
                    continue
                shown = plain(widget.text()) if hasattr(widget, "text") and callable(widget.text) else None
                if text is not None and shown != plain(text):
                    continue
                if name is not None and widget.accessibleName() != name:
                    continue
                found.append(widget)
        return found

    def button(self, text: str, root: QWidget | None = None) -> QAbstractButton:
        return self.find(QAbstractButton, text=text, root=root)  # type: ignore[return-value]

    def click(self, text: str, root: QWidget | None = None) -> None:
        button = self.button(text, root)
        assert button.isEnabled(), f"the button {text!r} is disabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def tab(self, text: str, root: QWidget | None = None) -> None:
        """Click the visible tab whose title reads ``text`` (mnemonic ignored)."""
        self.go_to(text, root)

    def go_to(self, title: str, root: QWidget | None = None) -> None:
        """Click the section whose title reads ``title``: a tab of a tab bar or an item of a section list."""
        for bar in self.find_all(QTabBar, root=root):
            assert isinstance(bar, QTabBar)
            for index in range(bar.count()):
                if plain(bar.tabText(index)) == plain(title):
                    assert bar.isTabEnabled(index), f"the tab {title!r} is disabled"
                    self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                    assert bar.currentIndex() == index, f"the tab {title!r} could not be chosen"
                    return
        for view in self.find_all(QListView, root=root):
            assert isinstance(view, QListView)
            model = view.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if plain(str(index.data() or "")) == plain(title):
                    assert view.isEnabled(), f"the list holding {title!r} is disabled"
                    view.scrollTo(index)
                    self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                                          pos=view.visualRect(index).center())
                    assert view.currentIndex().row() == row, f"the section {title!r} could not be chosen"
                    return
        raise AssertionError(f"no visible tab or section titled {title!r}")

    def menu_action(self, *path: str) -> QAction:
        """The menu bar's action at ``path`` ("Asiakas", "Uusi kirjallinen pyyntö…"), by visible text."""
        actions = self.window.menuBar().actions()
        action: QAction | None = None
        for step in path:
            action = next((a for a in actions if plain(a.text()).rstrip("…") == plain(step).rstrip("…")), None)
            assert action is not None, (f"no menu item {step!r}; there are: "
                                        f"{[plain(a.text()) for a in actions if not a.isSeparator()]}")
            menu = action.menu()
            actions = menu.actions() if isinstance(menu, QMenu) else []
        assert action is not None
        return action

    def menu_texts(self, *path: str) -> list[str]:
        """The visible items of a menu (or of the menu bar when ``path`` is empty)."""
        if path:
            menu = self.menu_action(*path).menu()
            actions = menu.actions() if isinstance(menu, QMenu) else []
        else:
            actions = self.window.menuBar().actions()
        return [plain(a.text()) for a in actions if a.isVisible() and not a.isSeparator()]

    def choose(self, *path: str) -> None:
        action = self.menu_action(*path)
        assert action.isVisible() and action.isEnabled(), f"the menu item {path!r} cannot be chosen"
        action.trigger()

    def keys(self, sequence: str, widget: QWidget | None = None) -> None:
        """Press a key combination ("Ctrl+N", "F2") where the keyboard focus is."""
        target = widget or QApplication.focusWidget() or self.window.focusWidget() or self.window
        if QApplication.activeModalWidget() is None and QApplication.activeWindow() is None \
                and target.window().isVisible():
            # A window manager gives the window back the focus when a dialog closes; offscreen has none, and
            # window-wide shortcuts only work in the active window.
            target.window().activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is target.window(), timeout=WAIT_MS)
        combo = QKeySequence(sequence)[0]
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())

    def type(self, text: str, widget: QWidget | None = None) -> None:
        target = widget or QApplication.focusWidget() or self.window.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        type_text(target, text)

    def wait_for_dialog(self, title: str | None = None) -> QDialog:
        """The visible dialog (optionally whose title contains ``title``), once it has appeared."""

        def shown() -> list[QWidget]:
            return [d for d in visible_top_levels(QDialog)
                    if title is None or title.lower() in d.windowTitle().lower()]

        self.qtbot.waitUntil(lambda: bool(shown()), timeout=WAIT_MS)
        return shown()[-1]  # type: ignore[return-value]

    def wait_until(self, condition, timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    def click_row(self, view: QAbstractItemView, row: int) -> None:
        """Click the first cell of ``row`` (scrolled into view first, as a user would)."""
        view.scrollTo(view.model().index(row, 0))
        center = view.visualRect(view.model().index(row, 0)).center()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)

    def double_click_row(self, view: QAbstractItemView, row: int) -> None:
        self.click_row(view, row)
        center = view.visualRect(view.model().index(row, 0)).center()
        self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)

    def wait_closed(self, window: QWidget) -> None:
        """Wait until ``window`` (a dialog) is closed — hidden or already deleted."""
        self.wait_until(lambda: not shiboken6.isValid(window) or not window.isVisible())

    @staticmethod
    def rows(view: QAbstractItemView) -> list[list[str]]:
        """The text of every row of a list or table, as the user reads it (hidden columns left out)."""
        model: QAbstractItemModel = view.model()
        columns = [c for c in range(model.columnCount()) if not getattr(view, "isColumnHidden", lambda _c: False)(c)]
        return [[str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount())]

    def when_dialog_opens(self, title: str, answer) -> None:
        """Answer a dialog that will open with its own event loop (``exec()``, e.g. the print dialog):
        ``answer(dialog)`` runs once the visible dialog whose title contains ``title`` appears."""
        timer = QTimer(self.qapp)
        timer.setInterval(50)

        def look() -> None:
            found = [d for d in visible_top_levels(QDialog) if title.lower() in d.windowTitle().lower()]
            if found:
                timer.stop()
                timer.deleteLater()
                answer(found[-1])

        timer.timeout.connect(look)
        timer.start()

    # -- the end

    def quit(self) -> None:
        """Close every window the program showed, sign out (as quitting does) and restore English."""
        if self.app is None:
            return
        for widget in visible_top_levels():
            widget.close()
        self.app.shutdown()  # aboutToQuit is not emitted inside the test run: call what it triggers
        self.app.translations.switch("en")
        self.qapp.aboutToQuit.disconnect(self.app.shutdown)
        self.app.deleteLater()
        self.app = None
        # The program's windows and dialogs go with it: closed windows are only hidden, and a few hundred
        # widgets left over per journey made every later test's event processing slower (the suite crept
        # from minutes towards an hour).
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def desk(qtbot, qapp, journey_db: JourneyDatabase, compiled_translations) -> Iterator[Desk]:  # noqa: F811
    driver = Desk(qtbot, qapp, journey_db)
    yield driver
    driver.quit()
