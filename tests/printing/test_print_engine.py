"""The print engine (desktop/operations/print_engine.py) through the real CUPS queue with the cups-pdf backend.

The PDFs here are drawn with ReportLab so the test knows exactly where the marks are; the letters
themselves are printed in tests/gui/requests/test_access_request_end_to_end.py.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from cups_queue import CupsQueue, pdfinfo
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desktop.operations.print_engine import CoverSheet, PrintItem, PrintJob, print_items, printer_for

pytestmark = pytest.mark.cups

# Where the recipient block sits on a window-envelope letter (20 mm from the left, 45 mm from the top).
MARK_X, MARK_Y, MARK_SIZE = 20 * mm, 45 * mm, 15 * mm


def make_pdf(pages: int, *, mark: bool = False) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 12)
        pdf.drawString(25 * mm, 260 * mm, f"Page {number} of {pages}")
        if mark:
            # ReportLab's origin is bottom left; the mark's top edge is MARK_Y from the top of the sheet.
            pdf.rect(MARK_X, A4[1] - MARK_Y - MARK_SIZE, MARK_SIZE, MARK_SIZE, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def gray_pixels(path: Path, dpi: int) -> tuple[int, int, bytes]:
    """Rasterise page 1 with pdftoppm as 8-bit grey (PGM) and return width, height and pixels."""
    data = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", str(path)],
                          capture_output=True, check=True, timeout=60).stdout
    # PGM "P5\n<w> <h>\n255\n" followed by the raw bytes
    magic, width, height, maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and maxval == b"255"
    return int(width), int(height), pixels


def darkness(pixels: bytes, width: int, x0: float, y0: float, x1: float, y1: float) -> float:
    """Mean darkness (0 white … 1 black) of a rectangle given in pixels."""
    total = count = 0
    for y in range(int(y0), int(y1)):
        row = pixels[y * width + int(x0): y * width + int(x1)]
        total += sum(255 - value for value in row)
        count += len(row)
    return total / (255 * count)


def test_one_letter_prints_every_page_on_a4(qapp, cups_queue: CupsQueue) -> None:
    before = cups_queue.outputs()
    printer = printer_for(cups_queue.name)
    printer.setDocName("engine-single")
    pages = print_items(printer, [PrintItem(1, "TP-TEST-1", "label", make_pdf(3))])
    assert pages == 3
    [output] = cups_queue.wait_for_new_output(before, title="engine-single")
    info = pdfinfo(output)
    assert info["Pages"] == "3"
    assert info["Page size"].startswith("595 x 842 pts")


def test_pages_keep_their_position_on_the_sheet(qapp, cups_queue: CupsQueue) -> None:
    """The window-envelope address must land where the letter put it: full page, no scaling, no margin."""
    before = cups_queue.outputs()
    printer = printer_for(cups_queue.name)
    printer.setDocName("engine-position")
    print_items(printer, [PrintItem(1, "TP-TEST-2", "label", make_pdf(1, mark=True))])
    [output] = cups_queue.wait_for_new_output(before, title="engine-position")
    dpi = 72  # one pixel per point
    width, height, pixels = gray_pixels(output, dpi)
    assert (width, height) == (595, 842)
    x, y, size = MARK_X, MARK_Y, MARK_SIZE  # already in points
    inside = darkness(pixels, width, x + 2, y + 2, x + size - 2, y + size - 2)
    # 2 mm (about 6 pt) around the mark must be paper-white: a shifted or scaled page would darken it
    left_of = darkness(pixels, width, x - 8, y, x - 3, y + size)
    above = darkness(pixels, width, x, y - 8, x + size, y - 3)
    right_of = darkness(pixels, width, x + size + 3, y, x + size + 8, y + size)
    below = darkness(pixels, width, x, y + size + 3, x + size, y + size + 8)
    assert inside > 0.9
    assert max(left_of, above, right_of, below) < 0.05


def test_batch_is_one_job_with_a_cover_sheet(qtbot, cups_queue: CupsQueue) -> None:
    items = [PrintItem(n, f"TP-TEST-{n}", f"00012{n} access reply", make_pdf(n)) for n in (1, 2, 3)]
    cover = CoverSheet("Batch", "supervisor", dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC))
    before = cups_queue.outputs()
    job = PrintJob(printer_for(cups_queue.name), items, doc_name="engine-batch", cover=cover)
    with qtbot.waitSignal(job.succeeded, timeout=60_000) as blocker:
        job.start()
    job.wait()
    assert blocker.args == [6]
    [output] = cups_queue.wait_for_new_output(before, title="engine-batch")
    assert pdfinfo(output)["Pages"] == "7"  # cover + 1 + 2 + 3


def test_unreadable_pdf_fails_with_a_message(qtbot, cups_queue: CupsQueue) -> None:
    before = cups_queue.outputs()
    job = PrintJob(printer_for(cups_queue.name), [PrintItem(9, "TP-BROKEN", "x", b"%PDF-1.4 not really")],
                   doc_name="engine-broken")
    with qtbot.waitSignal(job.failed, timeout=30_000) as blocker:
        job.start()
    job.wait()
    assert "TP-BROKEN" in blocker.args[0]
    assert cups_queue.outputs() == before and not cups_queue.pending_jobs()


def test_unknown_printer_is_reported(qapp, cups_queue: CupsQueue) -> None:
    with pytest.raises(LookupError):
        printer_for("NoSuchPrinterHere")
