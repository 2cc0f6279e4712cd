"""Erasure from the card (issue 12): the agent reads the plan (Ctrl+Shift+E) but cannot carry it out; the
supervisor opens the same customer, reads the plan — nothing erased yet — carries it out after the
confirmation, and the card reloads without the erased calls. The register and the audit trail agree."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget
from sqlalchemy import func, select

from db.models import Call, Customer, ErasureRecord
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from journeys.conftest import Desk
from journeys.test_written_requests import open_customer


def _customer_with_calls(journey_db, sql_guard) -> tuple[int, str, str]:
    """A demo customer with calls and an erasure request whose identity is checked (reference)."""
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer_id, number = session.execute(
            select(Customer.id, Customer.customer_number).join(Call, Call.customer_id == Customer.id)
            .where(Customer.kind == "person").order_by(Customer.id).limit(1)).one()
    with sql_guard.allowed():
        agent = RequestService(journey_db.admin, Actor(journey_db.logins["agent"][0], Role.AGENT))
        info = agent.intake(Intake("erasure", "letter", True, customer_id=customer_id, received_on=dt.date.today()))
        agent.record_identity_check(info.id, "signature_compared")
    return customer_id, number, info.reference


def _says(desk: Desk, root, text: str) -> bool:
    return any(text in label.text() for label in desk.find_all(QLabel, root=root))


def test_supervisor_reads_the_plan_and_carries_out_the_erasure(desk: Desk, journey_db, sql_guard):
    customer_id, number, reference = _customer_with_calls(journey_db, sql_guard)
    desk.sign_in("agent")
    open_customer(desk, number)
    desk.keys("Ctrl+Shift+E")
    dialog = desk.wait_for_dialog("Poistosuunnitelma")
    desk.wait_idle()
    desk.wait_until(lambda: _says(desk, dialog, f"Pyyntö {reference}"))
    assert not desk.find_all(type(desk.button("Sulje", dialog)), text="Toteuta poisto …", root=dialog)
    desk.click("Sulje", dialog)
    desk.wait_closed(dialog)
    desk.quit()

    desk.sign_in("supervisor")
    open_customer(desk, number)
    desk.keys("Ctrl+Shift+E")
    dialog = desk.wait_for_dialog("Poistosuunnitelma")
    desk.wait_idle()
    desk.wait_until(lambda: _says(desk, dialog, "Mitään ei ole vielä poistettu"))
    table = desk.find(QTableWidget, name="Poistosuunnitelma", root=dialog)
    rows = desk.rows(table)  # type: ignore[arg-type]
    by_data = {row[0]: row for row in rows}
    assert by_data["Puhelut, tallenteet ja puhelumuistiinpanot"][1] == "Poista"
    assert by_data["Tapahtumaloki"][1] == "Säilytä"
    assert by_data["Tietosuojapyynnöt ja niiden kirjeet"][3] == "Osoitusvelvollisuus (tietosuoja-asetus 5 art. 2 kohta)"
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Call).where(Call.customer_id == customer_id))

    desk.click("Toteuta poisto …", dialog)
    confirm = desk.wait_for_dialog("Toteuta poisto")
    assert isinstance(confirm, QMessageBox)
    desk.click("Poista", confirm)
    desk.wait_idle()
    desk.wait_until(lambda: _says(desk, dialog, f"Poisto tehtiin pyynnölle {reference}"))
    desk.click("Sulje", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()
    desk.wait_until(lambda: any("Poisto tehtiin" in label.text() for label in desk.find_all(QLabel)))

    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Call).where(Call.customer_id == customer_id)) == 0
        record = session.scalars(select(ErasureRecord).where(ErasureRecord.customer_id == customer_id)).one()
        assert record.carried_out_by == journey_db.logins["supervisor"][0]
    erased = [r for r in journey_db.audit_rows(sql_guard) if r.action == "erasure_carried_out"]
    assert len(erased) == 1 and erased[0].customer_id == customer_id
    assert json.loads(erased[0].detail)["request"] == reference
