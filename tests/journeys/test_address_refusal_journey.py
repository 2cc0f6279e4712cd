"""An address that cannot reach the customer refuses the letter with the reason where the supervisor signs
off: a foreign address with a c/o line so long that the block needs more than five lines. Nothing is
printed, no letter is stored, the request still waits for sign-off (issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView
from sqlalchemy import func, select, update

from db.models import DataRequest, Letter, PostalAddress
from journeys.conftest import Desk
from journeys.test_supervisor_prints import access_request_awaiting_sign_off


def test_sign_off_refuses_a_letter_whose_address_does_not_fit_the_window(desk: Desk, journey_db, sql_guard):
    request_id, reference = access_request_awaiting_sign_off(journey_db, sql_guard)
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer_id = session.get(DataRequest, request_id).customer_id
        session.execute(update(PostalAddress).where(PostalAddress.customer_id == customer_id,
                                                    PostalAddress.valid_to.is_(None))
                        .values(country="SE", postcode="111 22", post_town="Stockholm", street="Storgatan 1",
                                care_of="Kiinteistö Oy Pitkänimisen Asunto-osakeyhtiön isännöitsijä"))

    desk.sign_in("supervisor")
    if desk.window.role_pages.tabText(desk.window.role_pages.currentIndex()) != "Pyynnöt":
        desk.keys("Alt+2")
    desk.wait_idle()
    queue = desk.find(QTableView, name="Pyyntöjono")
    desk.wait_until(lambda: any(row[0] == reference for row in desk.rows(queue)))
    desk.click_row(queue, next(i for i, r in enumerate(desk.rows(queue)) if r[0] == reference))
    desk.wait_idle()
    desk.wait_until(lambda: desk.button("Hyväksy ja laadi vastaus").isEnabled())
    desk.click("Hyväksy ja laadi vastaus")
    desk.wait_idle()
    desk.wait_until(lambda: any("Kirjettä ei tehty" in label.text() and "yli viisi riviä" in label.text()
                                for label in desk.find_all(QLabel)))
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Letter).where(Letter.request_id == request_id)) == 0
        assert session.get(DataRequest, request_id).state == "awaiting_sign_off"
