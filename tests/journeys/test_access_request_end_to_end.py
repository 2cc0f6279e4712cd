"""A signed letter asking for access goes through the program users start to a posted reply.

The agent opens the customer, registers the letter (Ctrl+N), opens the request from the card's Requests
tab, records the identity check and hands the reply to the supervisor. The supervisor signs in, finds it
on the Requests page, signs off (the access reply is generated), previews it and prints it through the
print dialog on the real CUPS queue, then marks it posted, which closes the request. Then the stored PDF
is read with pypdf: the customer's data, every Art. 15 item in the customer's language, the address
inside the envelope window, and no full hetu; the audit log has every step.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from cups_queue import CupsQueue, pdfinfo
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from reportlab.lib.units import mm
from sqlalchemy import select

from db.models import AuditEvent, Customer, DataRequest, Letter, PostalAddress, RequestEvent
from desktop.core.hetu import HETU_IN_TEXT
from journeys.conftest import Desk
from journeys.test_supervisor_prints import sign_off_and_print
from journeys.test_written_requests import open_customer

pytestmark = [pytest.mark.cups, pytest.mark.slow]

LETTERS = Path(__file__).resolve().parents[2] / "resources" / "letters"
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


def shows(desk: Desk, window, text: str) -> bool:
    """Some visible label in ``window`` says ``text``."""
    return any(text in label.text() for label in desk.find_all(QLabel, root=window))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_signed_letter_to_posted_access_reply(desk: Desk, journey_db, sql_guard, cups_queue: CupsQueue):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer = session.scalars(
            select(Customer).join(PostalAddress, PostalAddress.customer_id == Customer.id)
            .where(Customer.kind == "person", PostalAddress.valid_to.is_(None))
            .order_by(Customer.id.desc())).first()
        customer_id, number, surname, language = (customer.id, customer.customer_number, customer.last_name,
                                                  customer.language)

    # -- the agent: open the customer, Ctrl+N, a signed letter -------------------------------------------
    desk.sign_in("agent")
    open_customer(desk, number)
    desk.keys("Ctrl+N")
    intake = desk.wait_for_dialog("Uusi kirjallinen pyyntö")
    desk.qtbot.mouseClick(desk.find(QCheckBox, text="Pyytäjän allekirjoittama", root=intake),
                          Qt.MouseButton.LeftButton)
    desk.type("SKAN-2026-0042", desk.labelled("Skannattu asiakirja", intake))
    desk.type("Pyydän saada nähdä kaikki minusta tallennetut tiedot.", desk.labelled("Pyynnön teksti", intake))
    desk.click("Kirjaa", intake)
    desk.wait_closed(intake)
    desk.wait_idle()
    table = desk.labelled("Rekisteröidyn pyynnöt")
    reference = desk.rows(table)[table.currentRow()][0]

    # -- the agent opens it from the card, checks the identity and hands it to the supervisor ------------
    desk.keys("Return", table)
    detail = desk.wait_for_dialog(f"Pyyntö {reference}")
    desk.wait_idle()
    assert not desk.button("Hyväksy ja laadi vastaus", detail).isEnabled()  # an agent cannot sign off
    desk.click("Kirjaa henkilöllisyyden tarkistus", detail)
    desk.wait_until(lambda: shows(desk, detail, "Tarkistettu:"))
    desk.wait_idle()
    desk.click("→ Odottaa hyväksyntää", detail)
    desk.wait_until(lambda: shows(desk, detail, "Odottaa hyväksyntää"))
    desk.wait_idle()
    desk.quit()

    # -- the supervisor: the Requests page, sign-off, preview, print through CUPS, posted ---------------
    desk.sign_in("supervisor")
    output = sign_off_and_print(desk, cups_queue, reference)
    desk.click("Merkitse postitetuksi")
    today = dt.date.today()
    desk.wait_until(lambda: desk.find_all(QLabel, text=f"Suljettu. Postitettu {today.day}.{today.month}.{today.year}."))
    desk.wait_idle()

    # -- what was stored and logged -----------------------------------------------------------------------
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        request = session.scalars(select(DataRequest).where(DataRequest.reference == reference)).one()
        assert request.state == "dispatched" and request.dispatched_on == today
        assert request.scan_ref == "SKAN-2026-0042" and request.signed and request.channel == "letter"
        letter = session.scalars(select(Letter).where(Letter.request_id == request.id)).one()
        pdf, snapshot, page_count = letter.pdf, list(letter.address_snapshot), letter.page_count
        assert letter.letter_type == "access_reply" and letter.dispatched_on == today
        events = [e.to_state for e in session.scalars(
            select(RequestEvent).where(RequestEvent.request_id == request.id).order_by(RequestEvent.id)) if e.to_state]
        actions = [a.action for a in session.scalars(
            select(AuditEvent).where(AuditEvent.customer_id == customer_id).order_by(AuditEvent.id))]
    assert events == ["received", "identity_check", "in_preparation", "awaiting_sign_off", "ready_to_print",
                      "printed", "dispatched"]
    for step in ("request_created", "letter_generated", "letter_printed", "letter_dispatched"):
        assert actions.count(step) == 1, step
    assert actions.index("request_created") < actions.index("letter_generated") \
        < actions.index("letter_printed") < actions.index("letter_dispatched")
    info_out = pdfinfo(output)
    assert info_out["Pages"] == str(page_count) and info_out["Page size"].startswith("595 x 842 pts")

    # The stored PDF: the address block in the envelope window, the customer's data, Art. 15, no full hetu.
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == page_count
    runs = text_positions(reader.pages[0])
    left, top, _right, bottom = WINDOW
    assert snapshot[0].endswith(number) and surname in snapshot[1]
    for line in snapshot:
        [(_, x, y)] = [r for r in runs if r[0] == line]
        assert left <= x <= left + 10 * mm and top <= y <= bottom, (line, x / mm, y / mm)
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert number in text and reference in text
    texts = json.loads((LETTERS / f"{language}.json").read_text("utf-8"))
    for key in ("purposes", "categories", "recipients", "transfers", "retention", "sources", "rights",
                "complaint", "automated"):
        assert flat(texts["art15"][key]) in text, key
    assert HETU_IN_TEXT.search(text) is None
