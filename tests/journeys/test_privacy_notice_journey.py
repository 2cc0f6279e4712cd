"""The agent prints the privacy notice (register description, GDPR Art. 13/14) from the card for the
customer at the desk, in the customer's language: Data protection → Print the privacy notice (Ctrl+Shift+P)
previews it, ready to print."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from sqlalchemy import select

from db.models import Customer
from journeys.conftest import Desk, plain
from journeys.test_written_requests import open_customer


def _text(preview) -> str:
    document = preview.document
    return " ".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_agent_prints_the_privacy_notice_in_the_customers_language(desk: Desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer = session.scalars(select(Customer).where(Customer.kind == "person").order_by(Customer.id)
                                   .limit(1)).one()
        customer.language = "sv"  # a Swedish-speaking customer at a Finnish desk
        number = customer.customer_number
    desk.sign_in("agent")
    open_customer(desk, number)
    menu = desk.find(QToolButton, text="Tietosuoja")
    assert "Tulosta tietosuojaseloste …" in [plain(a.text()) for a in menu.menu().actions() if a.isVisible()]
    desk.keys("Ctrl+Shift+P")
    preview = desk.wait_for_dialog("Tulostuksen esikatselu")
    desk.wait_idle()
    desk.wait_until(lambda: preview.document.pageCount() >= 2)
    text = _text(preview)
    assert "Register- och dataskyddsbeskrivning" in text and "artiklarna 13 och 14" in text  # Swedish, not Finnish
    desk.click("Sulje", preview)
    desk.wait_closed(preview)
