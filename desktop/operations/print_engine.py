"""Printing stored letters on the local printer: the PDF's pages rasterised by QtPdf onto a QPrinter.

Why raster: the letter PDF is the record (its SHA-256 is stored); Qt cannot pass a PDF through to
every printer driver (Windows GDI printers take no PDF), but every QPrinter takes an image. 300 dpi
is what office lasers print anyway, and keeps a job small.

Why a thread: rasterising and spooling costs about 0.25 s a page here (measured with cups-pdf), so a
batch of letters would freeze the desk. QPainter on a QPrinter may be used from one non-GUI thread
(Qt's threading docs), and each job opens its own QPdfDocument there. The database is not touched:
marking letters printed is done afterwards on the database lane (desktop.operations.printing.PrintRun).

Each page is drawn over the whole sheet (full-page mode) at the PDF's own scale, so the recipient
block lands exactly in the envelope window the letter was laid out for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QThread, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.core.local_time import format_moment

RASTER_DPI = 300


@dataclass(frozen=True, slots=True)
class PrintItem:
    """One stored letter to print: its id (to mark it printed afterwards), label and PDF bytes."""

    letter_id: int
    reference: str
    label: str  # shown on the cover sheet: customer number and letter type
    pdf: bytes


@dataclass(frozen=True, slots=True)
class CoverSheet:
    """The first page of a batch: who printed what and when, so the pile can be checked before posting."""

    title: str
    printed_by: str
    printed_at: dt.datetime


def printer_for(name: str) -> QPrinter:
    """A QPrinter on the named system printer (the tests' CUPS queue, or a saved choice)."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise LookupError(name)
    return configure(QPrinter(info, QPrinter.PrinterMode.HighResolution))


def configure(printer: QPrinter) -> QPrinter:
    """A4 portrait, whole sheet addressable: the letter's own margins position the text."""
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """Load PDF bytes; the buffer must outlive the document, so both are returned."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


class PrintError(RuntimeError):
    """The printer refused the job (message already translated for the user)."""


def _render_page(document: QPdfDocument, page: int, dpi: int) -> QImage:
    points = document.pagePointSize(page)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    # QtPdf leaves the paper transparent; composite over white so no driver prints a grey or black sheet.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def _draw_cover(painter: QPainter, printer: QPrinter, cover: CoverSheet, items: Sequence[PrintItem],
                pages: Sequence[int]) -> None:
    page = printer.paperRect(QPrinter.Unit.DevicePixel)
    dots_per_mm = printer.resolution() / 25.4
    left, top = page.left() + 20 * dots_per_mm, page.top() + 20 * dots_per_mm
    width = page.width() - 40 * dots_per_mm
    title_font = QFont("DejaVu Sans", 16, QFont.Weight.Bold)
    body_font = QFont("DejaVu Sans", 10)
    painter.setFont(title_font)
    line = painter.fontMetrics().lineSpacing()
    painter.drawText(QRectF(left, top, width, line * 1.5), cover.title)
    y = top + line * 2
    painter.setFont(body_font)
    line = painter.fontMetrics().lineSpacing()
    facts = [
        QCoreApplication.translate("printing", "Printed by: {0}").format(cover.printed_by),
        QCoreApplication.translate("printing", "Printed at: {0}").format(format_moment(cover.printed_at)),
        QCoreApplication.translate("printing", "Letters: {0}, pages: {1}").format(len(items), sum(pages)),
    ]
    for text in facts:
        painter.drawText(QRectF(left, y, width, line), text)
        y += line
    y += line
    for number, (item, count) in enumerate(zip(items, pages, strict=True), start=1):
        if y + line > page.bottom() - 20 * dots_per_mm:
            printer.newPage()
            y = top
        text = QCoreApplication.translate("printing", "{0}. {1}  {2}  ({3} p.)").format(number, item.reference, item.label, count)
        painter.drawText(QRectF(left, y, width, line), text)
        y += line


def print_items(printer: QPrinter, items: Sequence[PrintItem], *, cover: CoverSheet | None = None,
                dpi: int = RASTER_DPI, item_done: Callable[[int], object] | None = None) -> int:
    """Print ``items`` as ONE job (cover sheet first when given); return the number of letter pages.
    ``item_done(n)`` is called once the n-th letter is in the job (a batch's progress).

    Safe to call from a worker thread as long as no other thread uses ``printer`` meanwhile.
    """
    documents = [open_pdf(item.pdf) for item in items]
    try:
        pages = [doc.pageCount() for doc, _ in documents]
        for item, (doc, _) in zip(items, documents, strict=True):
            if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
                raise PrintError(QCoreApplication.translate("printing", "The stored letter {0} cannot be read.").format(item.reference))
        dpi = min(dpi, printer.resolution())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("printing", "The printer “{0}” is not available.").format(printer.printerName()))
        first = True
        try:
            if cover is not None:
                _draw_cover(painter, printer, cover, items, pages)
                first = False
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            for number, (doc, _) in enumerate(documents, start=1):
                for page in range(doc.pageCount()):
                    if not first:
                        printer.newPage()
                    first = False
                    painter.drawImage(target, _render_page(doc, page, dpi))
                if item_done is not None:
                    item_done(number)
        finally:
            painter.end()
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrintError(QCoreApplication.translate("printing", "The printer “{0}” reported an error.").format(printer.printerName()))
        return sum(pages)
    finally:
        for doc, buffer in documents:
            doc.close()
            buffer.close()


class PrintJob(QThread):
    """Runs :func:`print_items` off the GUI thread; the outcome arrives by signal on the GUI thread."""

    succeeded = Signal(int)  # pages printed
    failed = Signal(str)  # translated message
    item_done = Signal(int)  # the n-th letter is in the job

    def __init__(self, printer: QPrinter, items: Sequence[PrintItem], *, doc_name: str,
                 cover: CoverSheet | None = None) -> None:
        super().__init__()
        self.setObjectName("palvelutiski-print")
        self.printer = printer
        self.items = tuple(items)
        self.cover = cover
        printer.setDocName(doc_name)

    def run(self) -> None:
        try:
            pages = print_items(self.printer, self.items, cover=self.cover, item_done=self.item_done.emit)
        except PrintError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a failed print must reach the user, never vanish in the thread
            self.failed.emit(QCoreApplication.translate("printing", "Printing failed: {0}").format(type(exc).__name__))
        else:
            self.succeeded.emit(pages)
