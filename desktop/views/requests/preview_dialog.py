"""Print preview of a stored letter: the PDF exactly as it will print, then the printer choice.

The dialog only shows and chooses; printing itself (a background job, then "mark printed" on the
database lane) is one print action: :class:`desktop.operations.printing.PrintRun`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.views.requests.common import PrinterChooser


class LetterPreviewDialog(QDialog):
    """Shows one letter; "Print…" asks for the printer and accepts with ``self.printer`` set."""

    def __init__(self, pdf: bytes, title: str, choose_printer: PrinterChooser, parent: QWidget | None = None,
                 *, can_print: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreviewDialog")
        self.setWindowTitle(self.tr("Print preview – {0}").format(title))
        self.printer: QPrinter | None = None
        self._choose_printer = choose_printer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        self.info.setObjectName("pageCount")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setEnabled(can_print and self.document.pageCount() > 0)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        self.resize(760, 900)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _print(self) -> None:
        printer = self._choose_printer(self)
        if printer is None:
            return  # the user cancelled the print dialog: stay in the preview
        self.printer = printer
        self.accept()
