"""Rectification (GDPR Art. 16) carried out through the normal contact edit (issue 12): while the customer's
rectification request is being prepared, an edit is linked to it field by field (old → new, with the
address history kept), the card says so, and the reply lists the corrections. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import func, select

from db.database import Database
from db.models import PostalAddress, Rectification
from desktop.core.contact import AddressInput
from desktop.services.customers import ContactChanges, CustomerService
from desktop.services.requests import Intake, RequestService
from tests.desk.conftest import audit_rows


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_contact_edit_during_the_request_is_its_step_and_the_reply_lists_old_and_new(
        database: Database, data: RequestData, clock: Clock) -> None:
    customers = CustomerService(database, AGENT, clock)
    card = customers.open_card(data.maija_id, "request")
    assert card.rectification_request is None
    customers.update_contact(data.maija_id, card.version, ContactChanges(language="sv"))  # no request: not linked
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("rectification", "letter", True, customer_id=data.maija_id,
                               received_on=dt.date(2026, 3, 9), description="Osoitteeni on väärin."))
    card = customers.open_card(data.maija_id, "request")
    assert card.rectification_request is None  # identity not checked yet
    agent.record_identity_check(info.id, "signature_compared")
    card = customers.open_card(data.maija_id, "request")
    assert card.rectification_request == info.reference
    old_phone = card.phones[0]
    card = customers.update_contact(data.maija_id, card.version, ContactChanges(
        phones=("050 765 4321",), language="fi",
        postal_address=AddressInput("Pohjoistie 5 A 2", "94450", "Keminmaa")))
    with database.transaction() as session:
        rows = {r.field: (r.old_value, r.new_value) for r in session.scalars(
            select(Rectification).where(Rectification.request_id == info.id))}
        history = session.scalar(select(func.count()).select_from(PostalAddress)
                                 .where(PostalAddress.customer_id == data.maija_id))
    assert rows["phones"][0].startswith(old_phone) and rows["phones"][1] == "050 765 4321"
    assert rows["language"] == ("sv", "fi")
    assert rows["postal_address"][1] == "Pohjoistie 5 A 2, 94450 KEMINMAA" and history >= 3  # the old one kept
    assert json.loads(audit_rows(database, "contact_changed")[-1].detail)["request"] == info.reference
    source = f"request:{info.reference}"  # the history's source: the customer's request, by reference
    assert card.address_history[0].source == source and [c.source for c in card.contact_points if c.value == "050 765 4321"] == [source]

    agent.transition(info.id, "awaiting_sign_off")
    reply = RequestService(database, SUPERVISOR, clock).sign_off(info.id, "Korjasimme tietonne liitteen mukaisesti.")
    text = _text(reply.pdf)
    for expected in ("Korjatut tiedot", "puhelinnumerot", "050 765 4321", old_phone, "postiosoite",
                     "Pohjoistie 5 A 2, 94450 KEMINMAA", "asiointikieli", "ruotsi", "suomi",
                     f"asiakkaan pyyntö, {info.reference}"):
        assert expected in text, expected
