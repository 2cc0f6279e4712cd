"""The hand-computed report fixture (see tests/reports/test_report_figures.py for what it adds up to)."""

from __future__ import annotations

import datetime as dt

from db.database import Database
from db.models import Call, ConsentEvent, Customer, DataRequest, Disclosure, RequestEvent
from desktop.core.roles import Actor, Role
from desktop.core.text import name_key

D = dt.date
UTC = dt.UTC
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR, "Sanna Esimies")
DPO = Actor("tuula.dpo", Role.AUDITOR, "Tuula Tarkastaja")
FIRST, LAST = D(2026, 1, 1), D(2026, 2, 28)


def _at(y: int, m: int, d: int, h: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, minute, tzinfo=UTC)


def insert_fixture(database: Database) -> None:
    with database.transaction() as session:
        customer = Customer(customer_number="900001", kind="person", first_names="Maija", last_name="Mallikas",
                            language="fi", search_name=name_key("Mallikas", "Maija"), created_at=_at(2020, 1, 1))
        session.add(customer)
        session.flush()

        def request(ref: str, received: dt.date, due: dt.date, kind: str, channel: str, *, posted: dt.date | None = None,
                    extended: dt.date | None = None, reason: str | None = None, paused: int = 0,
                    state: str = "received") -> DataRequest:
            row = DataRequest(reference=ref, customer_id=customer.id, request_type=kind, state=state, channel=channel,
                              received_on=received, due_on=due, extended_due_on=extended, extension_reason=reason,
                              paused_days=paused, dispatched_on=posted, created_by="aino.agent")
            session.add(row)
            session.flush()
            return row

        request("R1", D(2026, 1, 5), D(2026, 2, 5), "access", "letter", posted=D(2026, 1, 20), state="dispatched")
        request("R2", D(2026, 1, 10), D(2026, 2, 10), "access", "desk", posted=D(2026, 2, 12), state="dispatched")
        request("R3", D(2026, 1, 15), D(2026, 2, 16), "erasure", "letter", posted=D(2026, 2, 20),
                extended=D(2026, 4, 15), reason="Laaja pyyntö", state="dispatched")
        request("R4", D(2026, 2, 2), D(2026, 3, 2), "access", "letter", posted=D(2026, 2, 12), paused=5,
                state="dispatched")
        request("R5", D(2026, 2, 25), D(2026, 3, 25), "rectification", "email_signed")
        request("R6", D(2025, 12, 20), D(2026, 1, 20), "access", "letter", posted=D(2026, 1, 19), state="dispatched")
        r7 = request("R7", D(2026, 1, 3), D(2026, 2, 3), "access", "letter", state="withdrawn")
        request("R8", D(2026, 3, 5), D(2026, 4, 7), "objection", "letter")
        r9 = request("R9", D(2026, 2, 10), D(2026, 3, 10), "access", "letter", state="refused")
        session.add_all([
            RequestEvent(request_id=r7.id, occurred_at=_at(2026, 1, 8), actor_username="aino.agent",
                         kind="state_changed", from_state="received", to_state="withdrawn", reason="Peruttu"),
            RequestEvent(request_id=r9.id, occurred_at=_at(2026, 1, 31, 22, 30), actor_username="sanna.super",
                         kind="state_changed", from_state="received", to_state="refused", reason="Perusteeton"),
        ])

        def consent(at: dt.datetime, purpose: str, channel: str, source: str, decision: str,
                    corrects: int | None = None) -> ConsentEvent:
            row = ConsentEvent(customer_id=customer.id, purpose=purpose, channel=channel, source=source,
                               decision=decision, agent_username="aino.agent", occurred_at=at, corrects_id=corrects)
            session.add(row)
            session.flush()
            return row

        consent(_at(2026, 1, 10), "direct_advertising", "phone", "customer_phone", "prohibit")
        consent(_at(2026, 2, 1), "direct_advertising", "phone", "customer_phone", "prohibit")
        consent(_at(2026, 2, 5), "direct_advertising", "post", "dvv", "prohibit")
        mistaken = consent(_at(2026, 2, 6), "distance_selling", "email", "customer_email", "consent")
        consent(_at(2026, 2, 6, 11), "distance_selling", "email", "customer_email", "withdraw", corrects=mistaken.id)
        consent(_at(2025, 12, 31, 21, 59), "direct_advertising", "phone", "customer_phone", "prohibit")

        for day, objected in ((5, False), (6, True), (7, False), (8, False)):
            session.add(Call(customer_id=customer.id, agent_username="aino.agent", started_at=_at(2026, 1, day),
                             customer_objected=objected))
        session.add(Call(agent_username="aino.agent", started_at=_at(2026, 2, 28, 21, 30), customer_objected=True))
        session.add(Call(agent_username="aino.agent", started_at=_at(2026, 2, 28, 22, 30), customer_objected=True))

        for recipient, day in (("Perintätoimisto Oy", D(2026, 1, 15)), ("Perintätoimisto Oy", D(2026, 2, 1)),
                               ("Verkkoyhtiö", D(2026, 2, 10)), ("Perintätoimisto Oy", D(2025, 12, 31))):
            session.add(Disclosure(customer_id=customer.id, recipient=recipient, basis="sopimus",
                                   data_description="nimi ja osoite", disclosed_on=day, recorded_by="aino.agent"))
