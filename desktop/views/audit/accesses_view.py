"""Who opened customer X, when and why: every audited action on one customer, oldest first.

The Court of Justice held in C-579/21 (a Finnish case) that data subjects may learn the dates and
purposes of consultations of their data; this is the list the access reply draws on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.operations import admin as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.audit_dtos import CustomerAccesses
from desktop.ui.ui_customer_accesses_view import Ui_CustomerAccessesView
from desktop.views.audit.common import AuditView, action_label, role_text, when_text
from desktop.views.desk import labels


class CustomerAccessesView(AuditView):
    """``loaded(CustomerAccesses)`` after each answer, ``message_shown(str)`` for refusals."""

    loaded = Signal(object)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerAccessesView")
        self._runner = runner
        self._session = session
        self.accesses: CustomerAccesses | None = None

        self.ui = Ui_CustomerAccessesView()
        self.ui.setupUi(self)
        self.ui.number_edit.returnPressed.connect(self.load)
        self.ui.list_button.clicked.connect(self.load)
        self._retranslate()

    def load(self) -> None:
        number = self.ui.number_edit.text().strip()
        if not number:
            self._show_message(self.tr("Enter a customer number."))
            return
        ops.customer_accesses(self._session, number).success(self._show).failure(self._failed).run_in(
            self._runner, owner=self)

    def _show(self, accesses: CustomerAccesses) -> None:
        self.accesses = accesses
        self.ui.table.fill([(when_text(entry.when), entry.actor, role_text(entry.role), action_label(entry.action),
                                labels.label("purpose", entry.purpose)) for entry in accesses.entries])
        self._show_message(self.tr("{name}, customer {number}: %n audited action(s).", "", len(accesses.entries))
                           .format(name=accesses.display_name, number=accesses.customer_number))
        self.loaded.emit(accesses)

    def _failed(self, exc: BaseException) -> None:
        self.accesses = None
        self.ui.table.setRowCount(0)
        super()._failed(exc)

    def _message_line(self) -> QLabel:
        return self.ui.heading

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.accesses is not None:
            self._show(self.accesses)
