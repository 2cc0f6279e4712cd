"""Issue 5, done-when: a signed letter asking for access goes through the GUI to a posted reply.

Intake (Ctrl+N) → identity check → preparation → supervisor's sign-off (the access reply is generated)
→ print preview → printing through the real CUPS queue → posted with the date, which closes the
request. Then the stored PDF is read with pypdf: the customer's data, every Art. 15 item, the
Posti-formatted address inside the envelope window, and no full hetu; and the audit log has every step.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from cups_queue import CupsQueue, pdfinfo
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from reportlab.lib.units import mm
from sqlalchemy import select

from db.models import DataRequest, Letter, RequestEvent
from desktop.core.hetu import HETU_IN_TEXT, mask
from desktop.views.printing import printer_for
from desktop.views.requests.queue_page import RequestsPage
from gui.keys import type_text
from gui.requests.conftest import HETU, audit_actions

pytestmark = [pytest.mark.cups, pytest.mark.slow]

TEXTS = json.loads((Path(__file__).resolve().parents[3] / "resources/letters/fi.json").read_text("utf-8"))
A4_HEIGHT = 297 * mm
# The smaller of the two envelope windows the letter is laid out for: E65, 90 × 30 mm at 18 mm / 40 mm.
WINDOW = (18 * mm, 40 * mm, 108 * mm, 70 * mm)  # left, top, right, bottom (from the top of the sheet)


def text_positions(page) -> list[tuple[str, float, float]]:
    """Every text run of a page with its start point (x from the left, y from the top, in points)."""
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, A4_HEIGHT - y))

    page.extract_text(visitor_text=visit)
    return runs


def flat(text: str) -> str:
    return " ".join(text.split())


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_signed_letter_to_posted_access_reply(qtbot, runner, register, agent, supervisor,
                                              cups_queue: CupsQueue, sql_guard) -> None:
    def choose_printer(_parent):
        return printer_for(cups_queue.name)

    desk = RequestsPage(runner, agent, choose_printer=choose_printer)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()

    # -- intake: Ctrl+N, the received signed letter, the customer found by searching "Mäkinen" --------------
    qtbot.waitUntil(desk.isActiveWindow)
    click(qtbot, desk.new_button)
    qtbot.waitUntil(lambda: desk.intake_dialog is not None and desk.intake_dialog.isVisible())
    dialog = desk.intake_dialog
    assert dialog.received.date() == QDate.currentDate()  # the day the letter arrived, by default
    assert dialog.request_type.currentData() == "access" and dialog.channel.currentData() == "letter"
    assert not dialog.ok_button.isEnabled()  # neither a customer nor "not yet identified" chosen
    dialog.signed.setChecked(True)
    with qtbot.waitSignal(dialog.search_done, timeout=10_000):
        type_text(dialog.customer_search, "Mäkinen")
    assert dialog.customer_list.count() == 1 and dialog.customer_id() == register.customer_id
    qtbot.keyClicks(dialog.scan_ref, "SKAN-2026-0042")
    type_text(dialog.description, "Pyydän saada nähdä kaikki minusta tallennetut tiedot.")
    with qtbot.waitSignal(desk.detail.loaded, timeout=10_000):
        click(qtbot, dialog.ok_button)
    detail = desk.detail
    info = detail.info
    assert info.state == "received" and info.signed and info.customer_id == register.customer_id
    assert info.reference in detail.title.text()
    assert f"{info.due_on.day}.{info.due_on.month}.{info.due_on.year}" in detail.deadline.text()
    assert not detail.sign_off_button.isEnabled()  # an agent cannot sign off

    # -- identity check, then the reply is prepared and handed to the supervisor -----------------------------
    detail.identity_method.setCurrentIndex(detail.identity_method.findData("signature_compared"))
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        click(qtbot, detail.identity_button)
    assert detail.info.state == "in_preparation" and detail.info.identity_method == "signature_compared"
    assert "aino.agent" in detail.identity_done.text()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        click(qtbot, detail.findChild(type(detail.sign_off_button), "to_awaiting_sign_off"))
    assert detail.info.state == "awaiting_sign_off"

    # -- the supervisor finds it in the queue and signs off: the access reply is generated -------------------
    office = RequestsPage(runner, supervisor, choose_printer=choose_printer)
    qtbot.addWidget(office)
    with qtbot.waitSignal(office.queue_loaded, timeout=10_000):
        office.refresh()
    [row] = office.model.rows()
    assert row.reference == info.reference and row.days_left == info.days_left and not row.overdue
    with qtbot.waitSignal(office.detail.loaded, timeout=10_000):
        office.table.selectRow(0)
    with qtbot.waitSignal(office.detail.loaded, timeout=60_000):
        click(qtbot, office.detail.sign_off_button)
    assert office.detail.info.state == "ready_to_print"
    [reply] = office.detail.letters_model.rows()
    assert reply.letter_type == "access_reply" and reply.printed_at is None

    # -- back at the desk: preview, print through CUPS ------------------------------------------------------
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.reload()
    detail.letters.selectRow(0)
    click(qtbot, detail.preview_button)
    qtbot.waitUntil(lambda: detail.preview is not None and detail.preview.isVisible(), timeout=10_000)
    assert detail.preview.document.pageCount() == reply.page_count
    before = cups_queue.outputs()
    with qtbot.waitSignal(detail.printed, timeout=120_000) as printed:
        click(qtbot, detail.preview.print_button)
    assert printed.args == [[reply.id]]
    [output] = cups_queue.wait_for_new_output(before, timeout=120)
    info_out = pdfinfo(output)
    assert info_out["Pages"] == str(reply.page_count)
    assert info_out["Page size"].startswith("595 x 842 pts")
    qtbot.waitUntil(lambda: detail.info.state == "printed", timeout=10_000)

    # -- posted today: the request closes ------------------------------------------------------------------
    assert detail.posting_date.date() == QDate.currentDate()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        click(qtbot, detail.dispatch_button)
    qtbot.waitUntil(lambda: detail.info.state == "dispatched", timeout=10_000)
    today = dt.date.today()
    assert detail.info.dispatched_on == today
    assert "Closed" in detail.deadline.text()

    # -- what was stored and logged -------------------------------------------------------------------------
    with sql_guard.allowed(), register.database.transaction() as session:
        letter = session.scalar(select(Letter).where(Letter.id == reply.id))
        pdf, snapshot = letter.pdf, list(letter.address_snapshot)
        assert letter.printed_by == "aino.agent" and letter.dispatched_on == today
        request = session.get(DataRequest, info.id)
        assert request.state == "dispatched" and request.dispatched_on == today
        assert request.scan_ref == "SKAN-2026-0042" and request.signed and request.channel == "letter"
        events = [(e.kind, e.to_state) for e in session.scalars(
            select(RequestEvent).where(RequestEvent.request_id == info.id).order_by(RequestEvent.id))]
    with sql_guard.allowed():  # after the transaction above: on SQLite a unit of work holds the write lock
        audit = audit_actions(register.database)

    assert [to for _, to in events if to] == ["received", "identity_check", "in_preparation", "awaiting_sign_off",
                                               "ready_to_print", "printed", "dispatched"]
    assert ("identity_checked", None) in events
    mine = [a for a in audit if a.customer_id == register.customer_id]
    actions = [a.action for a in mine]
    for step in ("request_created", "letter_generated", "letter_printed", "letter_dispatched"):
        assert actions.count(step) == 1, step
    moves = [json.loads(a.detail)["to"] for a in mine if a.action == "request_state_changed"
             and "to" in json.loads(a.detail)]
    assert moves == ["identity_check", "in_preparation", "awaiting_sign_off", "ready_to_print", "printed",
                     "dispatched"]
    assert actions.index("request_created") < actions.index("letter_generated") \
        < actions.index("letter_printed") < actions.index("letter_dispatched")
    assert all(HETU not in (a.detail or "") for a in audit)

    # The stored PDF: Posti address block in the window, the customer's data, Art. 15, no full hetu.
    assert snapshot == ["Asiakasnro 100001", "Maija Liisa Mäkinen", "c/o Virtanen", "Jauholantie 4 B 7",
                        "94450 KEMINMAA"]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == reply.page_count
    runs = text_positions(reader.pages[0])
    left, top, _right, bottom = WINDOW
    for line in snapshot:
        [(_, x, y)] = [r for r in runs if r[0] == line]
        assert left <= x <= left + 10 * mm and top <= y <= bottom, (line, x / mm, y / mm)
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    for value in ("Mäkinen", "100001", "Jauholantie 4 B 7", "Rantatie 3", "040 123 4567",
                  "maija.makinen@example.fi", "643007572000012345", "S-2023-0001", "Kotisähkö",
                  "Perintätoimisto Oy", "REC-77", mask(HETU), info.reference):
        assert value in text, value
    for key in ("purposes", "categories", "recipients", "transfers", "retention", "sources", "rights",
                "complaint", "automated"):
        assert flat(TEXTS["art15"][key]) in text, key
    assert "Tietosuojavaltuutetun toimisto" in text
    assert HETU not in text and HETU_IN_TEXT.search(text) is None
