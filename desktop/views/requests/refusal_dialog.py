"""Refuse a request: the reason is asked for in its own window, because it is printed in the refusal
letter the requester reads (GDPR Art. 12(4)). Refuse is possible only once a reason has been written."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop.ui.ui_refusal_dialog import Ui_RefusalDialog


class RefusalDialog(QDialog):
    """``refused(str)``: the reason, stripped, when the user pressed Refuse."""

    refused = Signal(str)

    def __init__(self, reference: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalDialog")
        self._reference = reference
        self.ui = Ui_RefusalDialog()
        self.ui.setupUi(self)
        self.ui.reason.setPlainText(reason)
        self.refuse_button = QPushButton(self)
        self.ui.buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.accepted.connect(self._refuse)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reason.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Refuse request {0}").format(self._reference))
        self.refuse_button.setText(self.tr("Refuse"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.refuse_button.setEnabled(bool(self.ui.reason.toPlainText().strip()))

    def _refuse(self) -> None:
        text = self.ui.reason.toPlainText().strip()
        if not text:
            return
        self.refused.emit(text)
        self.accept()
