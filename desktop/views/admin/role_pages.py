"""The window's pages per role, as tabs: today's work, the customer desk, the requests queue, users, the
audit log, the reports. The main window calls :func:`embed` instead of adding the desk page itself.

:data:`PAGES` lists every page once, in tab order: who may see it (any of its permissions; none: every
role), how it is built, its title and the key that brings it forward (also a "View" menu item,
:attr:`RolePages.page_actions`). To add a page, add an entry. The customer desk is a page only for
roles that may read customers (an administrator has no customer data, so the desk stays hidden). The
pages live inside the desk area, so the idle lock covers them like the desk.

A page may offer ``start()`` (called once the tabs are built: its first read) and ``attention_needed``
(a signal): when that fires before the user has changed pages (the requests queue, when replies fall
due within days), the page comes forward.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLayout, QTabWidget, QWidget

from desktop.core.roles import Actor, Permission
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession

PageFactory = Callable[[TaskRunner, DeskSession, QWidget | None], QWidget]


def _start_page(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.start.start_page import StartPage

    return StartPage(runner, session, parent)


def _requests_page(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.requests.queue_page import RequestsPage

    return RequestsPage(runner, session, parent)


def _users_page(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.admin.users_page import UsersPage

    return UsersPage(runner, session, parent)


def _audit_page(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.audit.audit_page import AuditPage

    return AuditPage(runner, session, parent)


def _retention_page(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.admin.retention_page import RetentionPage

    return RetentionPage(runner, session, parent)


def _reports_page(runner: TaskRunner, session: DeskSession, parent: QWidget | None) -> QWidget:
    from desktop.views.reports.reports_page import ReportsPage

    return ReportsPage(runner, session, parent)


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: Callable[[], str] | None  # None: the page's own ``title()``
    permissions: tuple[Permission, ...]  # any one of them shows the page; empty: every role
    factory: PageFactory | None  # None: the desk page the composition root built
    shortcut: str = ""
    lazy: bool = False  # built on first show (then its ``start()``); such a page has no ``attention_needed``

    def visible_to(self, actor: Actor) -> bool:
        return not self.permissions or any(actor.can(p) for p in self.permissions)


# The order of the tabs.
PAGES: list[PageEntry] = [
    PageEntry("start", None, (), _start_page, "Alt+0"),  # every role: today's work, the first tab
    PageEntry("desk", lambda: QCoreApplication.translate("RolePages", "Customers"),
              (Permission.READ_CUSTOMER,), None, "Alt+1"),
    PageEntry("requests", lambda: QCoreApplication.translate("RolePages", "Requests"),
              (Permission.REVIEW_QUEUE,), _requests_page, "Alt+2"),
    # Built when first shown (a placeholder until then): their modules and widgets cost memory and start-up
    # time that a user who never opens them should not pay. Their titles, in the pages' own contexts.
    PageEntry("users", lambda: QCoreApplication.translate("UsersPage", "Users"), (Permission.MANAGE_USERS,),
              _users_page, "Alt+3", lazy=True),
    PageEntry("audit", lambda: QCoreApplication.translate("AuditPage", "Audit log"),
              (Permission.READ_AUDIT, Permission.VERIFY_AUDIT), _audit_page, "Alt+4", lazy=True),
    PageEntry("retention", lambda: QCoreApplication.translate("RetentionPage", "Retention"),
              (Permission.VIEW_RETENTION,), _retention_page, "Alt+5", lazy=True),
    PageEntry("reports", lambda: QCoreApplication.translate("ReportsPage", "Reports"), (Permission.RUN_REPORTS,),
              _reports_page, "Alt+6", lazy=True),
]


class RolePages(QTabWidget):
    """Tabs whose titles follow the language, with a window action per page to bring it forward."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolePages")
        self.setDocumentMode(True)
        self._titles: list[tuple[QWidget, Callable[[], str]]] = []
        self.page_actions: list[QAction] = []
        self.user_moved = False  # the user chose a page: nothing moves them elsewhere any more
        self._alerted: QWidget | None = None  # a page that raised an alert keeps the front until the user moves
        # Pages built when first shown: the placeholder in their tab, how to build them, what replaced them.
        self._builders: dict[QWidget, Callable[[QWidget], QWidget]] = {}
        self._built: dict[QWidget, QWidget] = {}
        self.tabBar().tabBarClicked.connect(self._user_choice)
        self.currentChanged.connect(lambda _index: self._materialise(self.currentWidget()))

    def add_lazy_page(self, build: Callable[[QWidget], QWidget], key: str, title: Callable[[], str],
                      shortcut: str = "") -> None:
        """A tab whose page is built by ``build(parent)`` when it is first shown (or asked for)."""
        placeholder = QWidget(self)
        placeholder.setObjectName(key)
        self._builders[placeholder] = build
        self.add_page(placeholder, title, shortcut)

    def _materialise(self, widget: QWidget | None) -> QWidget | None:
        """The page for ``widget``: itself, or (a placeholder) the page built now in its tab."""
        if widget in self._built:
            return self._built[widget]
        build = self._builders.pop(widget, None) if widget is not None else None
        if build is None:
            return widget
        page = build(self)
        index = self.indexOf(widget)
        current = self.currentIndex() == index
        title = next(t for p, t in self._titles if p is widget)
        self.blockSignals(True)  # the same tab stays in front: no page change to announce
        try:
            self.removeTab(index)
            self.insertTab(index, page, title())
            if current:
                self.setCurrentIndex(index)
        finally:
            self.blockSignals(False)
        self._titles = [(page if p is widget else p, t) for p, t in self._titles]
        self._built[widget] = page
        widget.deleteLater()
        first_look = getattr(page, "start", None)
        if callable(first_look):
            first_look()
        return page

    def add_page(self, page: QWidget, title: Callable[[], str], shortcut: str = "") -> None:
        self.addTab(page, title())
        self._titles.append((page, title))
        action = QAction(title(), self)
        action.setObjectName(f"action_page_{page.objectName() or len(self.page_actions)}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, p=page: self.bring_forward(p, by_user=True))
        self.page_actions.append(action)
        attention = getattr(page, "attention_needed", None)
        if attention is not None:
            attention.connect(lambda p=page: self._attention(p))

    def page(self, cls: type) -> QWidget | None:
        """The page of class ``cls`` (pages not built yet are built to find out)."""
        for widget in self.pages():
            page = self._materialise(widget)
            if isinstance(page, cls):
                return page
        return None

    def pages(self) -> list[QWidget]:
        """The tabs' widgets (a page built on first show is a placeholder until then)."""
        return [p for p, _t in self._titles]

    def bring_forward(self, page: QWidget, *, by_user: bool = False) -> None:
        if by_user:
            self.user_moved = True
        page = self._materialise(page) or page
        self.setCurrentWidget(page)
        if by_user:
            # Into the page: its first field or list, so the keyboard works at once.
            target = page.focusProxy() or page
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if target is page and not page.hasFocus():
                page.focusNextChild()

    def _user_choice(self, _index: int) -> None:
        self.user_moved = True

    def _attention(self, page: QWidget) -> None:
        """A page asks to be in front (the queue: something is due within days). An alert (a page whose
        ``attention_is_alert`` is true, e.g. suspended identity-code searches) wins over a mere reminder."""
        if self.user_moved or self.indexOf(page) < 0 or self._alerted not in (None, page):
            return
        self.setCurrentWidget(page)
        if getattr(page, "attention_is_alert", False):
            self._alerted = page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for (page, title), action in zip(self._titles, self.page_actions, strict=True):
                self.setTabText(self.indexOf(page), title())
                action.setText(title())
        super().changeEvent(event)


def visible_pages(actor: Actor, entries: Sequence[PageEntry] | None = None) -> list[PageEntry]:
    return [e for e in (PAGES if entries is None else entries) if e.visible_to(actor)]


def embed(area: QWidget, layout: QLayout, desk: QWidget, runner: TaskRunner, session: DeskSession) -> RolePages:
    """Put ``desk`` and the actor's other pages into the window's desk area, as tabs."""
    actor = session.actor
    tabs = RolePages(area)
    built: dict[str, QWidget] = {}
    for entry in visible_pages(actor):
        if entry.lazy and entry.factory is not None and entry.title is not None:
            factory = entry.factory
            tabs.add_lazy_page(lambda parent, factory=factory: factory(runner, session, parent), entry.key,
                               entry.title, entry.shortcut)
            continue
        page = desk if entry.factory is None else entry.factory(runner, session, tabs)
        if entry.factory is None:
            _bring_desk_forward(tabs, desk)
        tabs.add_page(page, entry.title or page.title, entry.shortcut)  # type: ignore[attr-defined]
        built[entry.key] = page
    if "desk" not in built:
        desk.setParent(tabs)
        desk.hide()
    # Start on today's work — except an agent, whose phone rings: the search field, the start page a
    # tab (Alt+0) away. Typing on the start page searches too (_wire_start).
    takes_calls_only = actor.can(Permission.RECORD_CALL) and not actor.can(Permission.REVIEW_QUEUE)
    tabs.setCurrentWidget(built["desk"] if takes_calls_only and "desk" in built else tabs.widget(0))
    tabs.currentWidget().setFocus()  # the desk: its search field, not the tab bar
    if "start" in built:
        _wire_start(tabs, built["start"], desk, built.get("requests"))
    layout.addWidget(tabs)
    for page in tabs.pages():
        first_look = getattr(page, "start", None)
        if callable(first_look):
            first_look()  # the requests queue: is anything due within days?
    return tabs


def _wire_start(tabs: RolePages, start: QWidget, desk: QWidget, requests: QWidget | None) -> None:
    """A row chosen on the start page opens on the desk (a customer) or on the requests page (a request;
    without one, in a window of its own from the desk); typing there goes into the desk's search."""
    card = getattr(desk, "card", None)
    open_customer = getattr(card, "open_customer", None)
    if callable(open_customer):
        def open_on_desk(customer_id: int, label: str) -> None:
            tabs.bring_forward(desk, by_user=True)
            open_customer(customer_id, label)

        start.customer_chosen.connect(open_on_desk)  # type: ignore[attr-defined]
    open_on_page = getattr(requests, "open_request", None)
    open_in_window = getattr(card, "open_request", None)
    if callable(open_on_page):
        def open_request(request_id: int) -> None:
            tabs.bring_forward(requests, by_user=True)  # type: ignore[arg-type]
            open_on_page(request_id)

        start.request_chosen.connect(open_request)  # type: ignore[attr-defined]
    elif callable(open_in_window):
        start.request_chosen.connect(open_in_window)  # type: ignore[attr-defined]
    focus_search = getattr(desk, "focus_search", None)  # the wrapped hook: brings the desk forward
    if callable(focus_search):
        def type_into_search(key: int, text: str) -> None:
            focus_search()
            target = desk.window().focusWidget()
            if target is not None:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

        start.search_typed.connect(type_into_search)  # type: ignore[attr-defined]


# Bring the desk forward first; ``new_request`` goes to the page in front if it has one (the requests
# page registers a letter without leaving the queue).
DESK_HOOKS = ("focus_search", "new_call", "search_for")


def _bring_desk_forward(tabs: RolePages, desk: QWidget) -> None:
    """F3, F2 reach the desk through the window's hooks (main_window.py); from another tab they must
    show the desk first, or the search field would take the focus unseen. The hooks are looked up
    on the desk after this runs, so instance attributes wrapping them are what the window connects."""
    for name in DESK_HOOKS:
        method = getattr(desk, name, None)
        if callable(method):
            setattr(desk, name, _in_front(tabs, desk, method))
    new_request = getattr(desk, "new_request", None)
    if callable(new_request):
        desk.new_request = _to_current(tabs, desk, new_request)


def _in_front(tabs: RolePages, desk: QWidget, method: Callable[..., object]) -> Callable[..., object]:
    def hook(*args: object) -> object:
        tabs.setCurrentWidget(desk)
        return method(*args)

    return hook


def _to_current(tabs: RolePages, desk: QWidget, method: Callable[..., object]) -> Callable[..., object]:
    def hook(*args: object) -> object:
        current = tabs.currentWidget()
        own = getattr(current, "new_request", None) if current is not desk else None
        return own(*args) if callable(own) else method(*args)

    return hook
