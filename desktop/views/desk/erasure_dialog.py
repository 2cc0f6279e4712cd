"""The erasure plan of one customer (GDPR Art. 17), shown before anything happens, and the supervisor's
"Carry out the erasure" with its confirmation.

The table lists each kind of data with what the plan does (delete, anonymise, keep), how many rows, why,
and until when a kept item stays. Above it: the customer's open erasure request (or how to register one),
whether the whole customer will be anonymised, and the recipients of disclosures to tell (Art. 19).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.desk import card_sections as sections
from desktop.views.desk.common import fmt_date
from desktop.views.desk.labels import label

if TYPE_CHECKING:
    from desktop.services.erasure_dtos import ErasureView


class ErasurePlanDialog(QDialog):
    carry_out = Signal(str)  # the digest of the plan on screen, once the supervisor confirmed

    def __init__(self, customer: str, may_carry_out: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasurePlanDialog")
        self.setWindowTitle(self.tr("Erasure plan: {0}").format(customer))
        self.resize(900, 560)
        self._view: ErasureView | None = None
        self.status = QLabel(self.tr("Reading the plan …"), self)
        self.status.setObjectName("erasureStatus")
        self.status.setWordWrap(True)
        self.table = sections.make_table(self, "erasurePlan")
        self.table.setAccessibleName(self.tr("Erasure plan"))
        self.table.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("erasureMessage")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        self.carry_button = QPushButton(self.tr("Carry out the erasure …"), self)
        self.carry_button.setObjectName("carryOutErasure")
        self.carry_button.setAutoDefault(False)
        self.carry_button.setEnabled(False)
        self.carry_button.clicked.connect(self._confirm)
        box.addButton(self.carry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.carry_button.setVisible(may_carry_out)  # after addButton, which shows it
        layout = QVBoxLayout(self)
        for widget in (self.status, self.table, self.note, self.message):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        layout.addWidget(box)

    def show_plan(self, view: ErasureView, *, done: bool = False) -> None:
        self._view = view
        plan = view.plan
        if done:
            self.status.setText(self.tr("The erasure was carried out for request {0}. The reply lists what was "
                                        "erased and kept.").format(view.request_reference))
        elif view.request_reference is None:
            self.status.setText(self.tr("Nothing has been erased. The customer has no open erasure request: register "
                                        "the letter first (Ctrl+N). This is what an erasure would do today:"))
        elif not view.request_ready:
            self.status.setText(self.tr("Nothing has been erased. Request {0}: check the requester's identity "
                                        "first. This is what the erasure would do today:").format(view.request_reference))
        else:
            self.status.setText(self.tr("Nothing has been erased yet. Request {0}: this is what the erasure will do. "
                                        "A supervisor carries it out.").format(view.request_reference))
        sections.fill(self.table, [self.tr("Data"), self.tr("Action"), self.tr("Rows"), self.tr("Reason"),
                                   self.tr("Kept until")],
                      [(label("erasure_category", i.category), label("erasure_action", i.action), i.count,
                        label("erasure_reason", i.reason), fmt_date(i.keep_until)) for i in plan.items],
                      stretch=(3,), right=(2,))
        lines = [self.tr("Nothing needs to be kept: the customer is anonymised once the reply is posted.")
                 if plan.full_anonymisation else
                 self.tr("Part of the data must be kept for the reasons shown; it is erased when they end.")]
        if plan.notify:
            lines.append(self.tr("Tell these recipients of disclosures about the erasure (GDPR Art. 19): {0}")
                         .format(", ".join(plan.notify)))
        if view.erased_before and not done:
            lines.append(self.tr("An erasure was already carried out for this customer."))
        self.note.setText("\n".join(lines))
        self.carry_button.setEnabled(not done and view.request_ready)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a4262c;")

    def _confirm(self) -> None:
        if self._view is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Carry out the erasure"),
                          self.tr("Delete the data marked “Delete” now, for request {0}? This cannot be undone.")
                          .format(self._view.request_reference), parent=self)
        yes = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        digest = self._view.plan.digest()

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                self.carry_button.setEnabled(False)
                self.message.setText(self.tr("Erasing …"))
                self.carry_out.emit(digest)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()


