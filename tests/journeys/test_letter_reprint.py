"""A letter on the customer card: the agent opens it from the Letters section (Enter), sees the print
preview and prints it again through the print dialog on the real CUPS queue; the reprint is in the audit log.
"""

from __future__ import annotations

import json

import pytest
from cups_queue import CupsQueue, pdfinfo
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from db.models import Customer, Letter
from journeys.conftest import Desk
from journeys.test_supervisor_prints import answer_print_dialog
from journeys.test_written_requests import open_customer

pytestmark = [pytest.mark.cups, pytest.mark.slow]


def test_agent_previews_and_reprints_a_letter_from_the_card(desk: Desk, journey_db, sql_guard,
                                                            cups_queue: CupsQueue):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        letter, number = session.execute(
            select(Letter, Customer.customer_number).join(Customer, Customer.id == Letter.customer_id)
            .where(Letter.printed_at.is_not(None)).order_by(Letter.id)).first()
        letter_id, reference, pages, first_printed = letter.id, letter.reference, letter.page_count, letter.printed_at
    desk.sign_in("agent")
    open_customer(desk, number)
    desk.go_to("Kirjeet")
    table = desk.labelled("Kirjeet")
    row = next(i for i, r in enumerate(desk.rows(table)) if r[0] == reference)
    desk.click_row(table, row)
    desk.keys("Return", table)
    preview = desk.wait_for_dialog("Tulostuksen esikatselu")
    assert reference in preview.windowTitle()
    assert desk.find_all(QLabel, root=preview, text="1 sivu" if pages == 1 else f"{pages} sivua")

    before = cups_queue.outputs()
    answer_print_dialog(desk, cups_queue.name)
    desk.click("Tulosta…", preview)
    # A file of this job (a test run elsewhere on the machine may print the same demo letter meanwhile).
    output = cups_queue.wait_for_new_output(before, timeout=120, title=reference)[-1]
    assert pdfinfo(output)["Pages"] == str(pages)
    desk.wait_until(lambda: desk.find_all(
        QLabel, text="Tulostettu uudelleen; uusintatulostus on kirjattu tapahtumalokiin."), timeout=60_000)
    desk.wait_idle()

    printed = [row for row in journey_db.audit_rows(sql_guard) if row.action == "letter_printed"
               and row.actor == journey_db.logins["agent"][0]]
    assert len(printed) == 1 and json.loads(printed[0].detail) == {"letter_id": letter_id, "reference": reference,
                                                                   "reprint": True}
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.get(Letter, letter_id).printed_at == first_printed  # the first printing stays on record
