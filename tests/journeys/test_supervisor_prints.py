"""The supervisor's day with written requests: sign in, the Requests page, sign off an access reply, print it
through the print dialog on the real CUPS PDF queue, mark it posted — and the customer's card shows it sent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cups_queue import CupsQueue, pdfinfo
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QTableView
from sqlalchemy import select

from db.models import AuditEvent, Customer, DataRequest, Letter, PostalAddress
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from journeys.conftest import Desk, JourneyDatabase

pytestmark = [pytest.mark.cups, pytest.mark.slow]


def access_request_awaiting_sign_off(journey_db: JourneyDatabase, sql_guard) -> tuple[int, str]:
    """What the agent did earlier (their own journey): a signed access request, identity checked, prepared."""
    agent = Actor(journey_db.logins["agent"][0], Role.AGENT)
    with sql_guard.allowed():
        with journey_db.admin.transaction() as session:
            customer_id = session.scalars(
                select(Customer.id).join(PostalAddress, PostalAddress.customer_id == Customer.id)
                .where(Customer.kind == "person", PostalAddress.valid_to.is_(None)).order_by(Customer.id.desc())
            ).first()
        service = RequestService(journey_db.admin, agent)
        info = service.intake(Intake("access", "letter", True, customer_id))
        service.record_identity_check(info.id, "signature_compared")
        service.transition(info.id, "awaiting_sign_off")
    return info.id, info.reference


def answer_print_dialog(desk: Desk, printer: str) -> None:
    """When the print dialog opens: choose ``printer`` in its printer list and press its Print button."""

    def answer(dialog: QDialog) -> None:
        combo = next(c for c in dialog.findChildren(QComboBox) if c.findText(printer) >= 0)
        combo.setCurrentIndex(combo.findText(printer))
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Ok).click()

    desk.when_dialog_opens("Tulosta kirje", answer)


def sign_off_and_print(desk: Desk, cups_queue: CupsQueue, reference: str, *, expect_waiting: bool = False) -> Path:
    """The signed-in supervisor on the Requests page: choose ``reference``, sign it off (the reply is
    generated), preview it and print it through the print dialog on the CUPS queue; the printed PDF's path."""
    if desk.window.role_pages.tabText(desk.window.role_pages.currentIndex()) != "Pyynnöt":
        desk.keys("Alt+2")
    desk.wait_idle()
    queue = desk.find(QTableView, name="Pyyntöjono")
    desk.wait_until(lambda: any(row[0] == reference for row in desk.rows(queue)))
    row = next(i for i, r in enumerate(desk.rows(queue)) if r[0] == reference)
    if expect_waiting:
        assert "Odottaa hyväksyntää" in desk.rows(queue)[row]
    desk.click_row(queue, row)
    desk.wait_idle()
    desk.wait_until(lambda: desk.button("Hyväksy ja laadi vastaus").isEnabled())

    # Sign-off: the access reply is generated in the customer's language and waits for the printer.
    desk.click("Hyväksy ja laadi vastaus")
    desk.wait_until(lambda: desk.button("Esikatsele ja tulosta…").isEnabled(), timeout=60_000)
    desk.wait_idle()

    # Preview, then print through the print dialog on the CUPS PDF queue.
    desk.click("Esikatsele ja tulosta…")
    preview = desk.wait_for_dialog("Tulostuksen esikatselu")
    before = cups_queue.outputs()
    answer_print_dialog(desk, cups_queue.name)
    desk.click("Tulosta…", preview)
    # A file of this job (a test run elsewhere on the machine may print the same demo letter meanwhile).
    output = cups_queue.wait_for_new_output(before, timeout=120, title=reference)[-1]
    desk.wait_until(lambda: desk.find_all(QLabel, text="Tulostettu. Laita kirje ikkunakuoreen ja merkitse se "
                                                        "postitetuksi."), timeout=60_000)
    desk.wait_idle()
    return output


def test_supervisor_signs_off_and_prints_the_reply_through_cups(desk: Desk, journey_db, sql_guard,
                                                                cups_queue: CupsQueue):
    request_id, reference = access_request_awaiting_sign_off(journey_db, sql_guard)
    desk.sign_in("supervisor")
    output = sign_off_and_print(desk, cups_queue, reference, expect_waiting=True)
    assert pdfinfo(output)["Page size"].startswith("595 x 842 pts")

    # Posted today: the request is closed and shows as dispatched.
    desk.click("Merkitse postitetuksi")
    today = dt.date.today()
    desk.wait_until(lambda: desk.find_all(QLabel, text=f"Suljettu. Postitettu {today.day}.{today.month}.{today.year}."))
    desk.wait_idle()

    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        request = session.get(DataRequest, request_id)
        assert request.state == "dispatched" and request.dispatched_on == today
        letter = session.scalars(select(Letter).where(Letter.request_id == request_id)).one()
        assert letter.letter_type == "access_reply" and letter.printed_by == journey_db.logins["supervisor"][0]
        printed = session.scalars(select(AuditEvent).where(AuditEvent.action == "letter_printed",
                                                           AuditEvent.customer_id == request.customer_id)).all()
    assert len(printed) == 1 and pdfinfo(output)["Pages"] == str(letter.page_count)
