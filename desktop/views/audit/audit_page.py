"""The auditor's page (tietosuojavastaava): the audit log, chain verification with the receipt, and
who opened a customer. Each part is shown only if the actor has its permission."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core.roles import Permission
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.audit.accesses_view import CustomerAccessesView
from desktop.views.audit.log_view import AuditLogView
from desktop.views.audit.verify_view import VerifyChainView


class AuditPage(QWidget):
    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        actor = session.actor
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("auditTabs")
        self.log: AuditLogView | None = None
        self.verify: VerifyChainView | None = None
        self.accesses: CustomerAccessesView | None = None
        if actor.can(Permission.READ_AUDIT):
            self.log = AuditLogView(runner, session, self.tabs)
            self.tabs.addTab(self.log, "")
        if actor.can(Permission.VERIFY_AUDIT):
            self.verify = VerifyChainView(runner, session, self.tabs)
            self.tabs.addTab(self.verify, "")
        if actor.can(Permission.VIEW_ACCESS_LOG):
            self.accesses = CustomerAccessesView(runner, session, self.tabs)
            self.tabs.addTab(self.accesses, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._retranslate()
        if self.log is not None:
            self.log.search()  # the newest rows, unfiltered

    def title(self) -> str:
        return self.tr("Audit log")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        titles = {self.log: self.tr("&Log"), self.verify: self.tr("Chain chec&k"),
                  self.accesses: self.tr("&Who opened a customer")}
        for widget, text in titles.items():
            if widget is not None:
                self.tabs.setTabText(self.tabs.indexOf(widget), text)
