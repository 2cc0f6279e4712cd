"""The pages only some roles see, beside the desk: users (MANAGE_USERS) and the audit log (READ_AUDIT,
VERIFY_AUDIT). The main window calls :func:`embed` instead of adding the desk page itself.

For an agent or a supervisor nothing changes: the desk fills the window as before. Anyone with a role
page gets tabs; the customer desk is one of them only for roles that may read customers (an
administrator has no customer data, so the desk stays hidden). The pages live inside the desk area,
so the idle lock covers them like the desk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLayout, QTabWidget, QWidget

from desktop.core.roles import Permission
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.admin.users_page import UsersPage
from desktop.views.audit.audit_page import AuditPage
from desktop.views.start.start_page import StartPage


class RolePages(QTabWidget):
    """Tabs whose titles follow the language: each page gives its own through a callable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolePages")
        self.setDocumentMode(True)
        self._titles: list[tuple[QWidget, Callable[[], str]]] = []

    def add_page(self, page: QWidget, title: Callable[[], str]) -> None:
        self.addTab(page, title())
        self._titles.append((page, title))

    def page(self, cls: type) -> QWidget | None:
        return next((p for p, _t in self._titles if isinstance(p, cls)), None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for page, title in self._titles:
                self.setTabText(self.indexOf(page), title())
        super().changeEvent(event)


def embed(area: QWidget, layout: QLayout, desk: QWidget, runner: TaskRunner, session: DeskSession) -> RolePages | None:
    """Put ``desk`` (and the actor's role pages, if any) into the window's desk area."""
    actor = session.actor
    pages: list[QWidget] = [StartPage(runner, session)]  # every role: today's work, the first tab
    if actor.can(Permission.MANAGE_USERS):
        pages.append(UsersPage(runner, session))
    if actor.can(Permission.READ_AUDIT) or actor.can(Permission.VERIFY_AUDIT):
        pages.append(AuditPage(runner, session))
    tabs = RolePages(area)
    tabs.add_page(pages[0], pages[0].title)  # type: ignore[attr-defined]
    if actor.can(Permission.READ_CUSTOMER):
        tabs.add_page(desk, lambda: QCoreApplication.translate("RolePages", "Customers"))
        _bring_desk_forward(tabs, desk)
    else:
        desk.setParent(tabs)
        desk.hide()
    for page in pages[1:]:
        tabs.add_page(page, page.title)  # type: ignore[attr-defined]
    # Start on today's work — except an agent, whose phone rings: the search field, the start page a
    # tab (Alt+0) away. Typing on the start page searches too (_wire_start).
    takes_calls_only = actor.can(Permission.RECORD_CALL) and not actor.can(Permission.REVIEW_QUEUE)
    tabs.setCurrentWidget(desk if takes_calls_only else pages[0])
    tabs.currentWidget().setFocus()  # the desk: its search field, not the tab bar
    _wire_start(tabs, pages[0], desk)  # type: ignore[arg-type]
    layout.addWidget(tabs)
    return tabs


def _wire_start(tabs: RolePages, start: StartPage, desk: QWidget) -> None:
    """A row chosen on the start page opens on the desk; typing there goes into the desk's search."""
    card = getattr(desk, "card", None)
    open_customer = getattr(card, "open_customer", None)
    if callable(open_customer):
        def open_on_desk(customer_id: int, label: str) -> None:
            tabs.setCurrentWidget(desk)
            open_customer(customer_id, label)

        start.customer_chosen.connect(open_on_desk)
    focus_search = getattr(desk, "focus_search", None)  # the wrapped hook: brings the desk forward
    if callable(focus_search):
        def type_into_search(key: int, text: str) -> None:
            focus_search()
            target = desk.window().focusWidget()
            if target is not None:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

        start.search_typed.connect(type_into_search)


DESK_HOOKS = ("focus_search", "new_call", "new_request", "search_for")


def _bring_desk_forward(tabs: RolePages, desk: QWidget) -> None:
    """F3, F2, Ctrl+N reach the desk through the window's hooks (main_window.py); from the audit tab they
    must show the desk first, or the search field would take the focus unseen. The hooks are looked up
    on the desk after this runs, so instance attributes wrapping them are what the window connects."""
    for name in DESK_HOOKS:
        method = getattr(desk, name, None)
        if callable(method):
            setattr(desk, name, _in_front(tabs, desk, method))


def _in_front(tabs: RolePages, desk: QWidget, method: Callable[..., object]) -> Callable[..., object]:
    def hook(*args: object) -> object:
        tabs.setCurrentWidget(desk)
        return method(*args)

    return hook
