"""Refuse a request: the reason is asked for in its own window, because it is printed in the refusal
letter the requester reads (GDPR Art. 12(4)). Refuse is possible only once a reason has been written."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RefusalDialog(QDialog):
    """``refused(str)``: the reason, stripped, when the user pressed Refuse."""

    refused = Signal(str)

    def __init__(self, reference: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalDialog")
        self._reference = reference
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("refusalReason")
        self.reason.setPlainText(reason)
        self.reason.setTabChangesFocus(True)
        self.label = QLabel(self)
        self.label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.refuse_button = QPushButton(self)
        self.buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.label, self.reason, self.buttons):
            layout.addWidget(widget)
        self.buttons.accepted.connect(self._refuse)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        self.retranslate()
        self._update()
        self.resize(520, 260)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refuse request {0}").format(self._reference))
        self.note.setText(self.tr("The reason is printed in the refusal letter: the requester reads it, with "
                                  "their right to complain to the Data Protection Ombudsman."))
        self.label.setText(self.tr("&Reason for the refusal:"))
        self.refuse_button.setText(self.tr("Refuse"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.refuse_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def _refuse(self) -> None:
        text = self.reason.toPlainText().strip()
        if not text:
            return
        self.refused.emit(text)
        self.accept()
