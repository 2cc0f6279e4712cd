"""The supervisor prints all waiting letters: a progress dialog says how far and how long, and Cancel stops
cleanly (issue 14). The batch goes in parts (desktop.operations.batch_printing); Cancel lets the part in
the printer finish and be recorded, and leaves the rest waiting: every printed letter is recorded, no
unprinted one is, and one line on the page says so. Then the rest is printed without stopping.
"""

from __future__ import annotations

import pytest
from cups_queue import CupsQueue
from PySide6.QtWidgets import QLabel, QProgressDialog
from sqlalchemy import select

from db.models import Customer, Letter, PostalAddress
from desktop.core.roles import Actor, Role
from desktop.operations import batch_printing
from desktop.services.letters import LetterService
from desktop.services.requests import Intake, RequestService
from journeys.conftest import Desk, JourneyDatabase
from journeys.test_supervisor_prints import answer_print_dialog

pytestmark = [pytest.mark.cups, pytest.mark.slow]
PART = 2
LETTERS = 5


def waiting_letters(journey_db: JourneyDatabase, sql_guard, *, at_least: int = 0) -> list[int]:
    """The ids of the letters waiting for the printer, oldest first; replies signed off until ``at_least``."""
    supervisor = Actor(journey_db.logins["supervisor"][0], Role.SUPERVISOR)
    agent = Actor(journey_db.logins["agent"][0], Role.AGENT)
    with sql_guard.allowed():
        waiting = [letter.id for letter in LetterService(journey_db.admin, supervisor).waiting()]
        if len(waiting) < at_least:
            with journey_db.admin.transaction() as session:
                customers = session.scalars(
                    select(Customer.id).join(PostalAddress, PostalAddress.customer_id == Customer.id)
                    .where(Customer.kind == "person", PostalAddress.valid_to.is_(None)).order_by(Customer.id)
                ).all()
            for customer_id in customers[:at_least - len(waiting)]:
                info = RequestService(journey_db.admin, agent).intake(Intake("access", "letter", True, customer_id))
                RequestService(journey_db.admin, agent).record_identity_check(info.id, "signature_compared")
                RequestService(journey_db.admin, agent).transition(info.id, "awaiting_sign_off")
                RequestService(journey_db.admin, supervisor).sign_off(info.id)
            waiting = [letter.id for letter in LetterService(journey_db.admin, supervisor).waiting()]
    return waiting


def printed(journey_db: JourneyDatabase, sql_guard, ids: list[int]) -> list[bool]:
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        rows = {letter.id: letter.printed_at is not None
                for letter in session.scalars(select(Letter).where(Letter.id.in_(ids)))}
    return [rows[i] for i in ids]


def says(desk: Desk, line: str) -> bool:
    """A visible label of the window shows ``line`` (the queue's status line adds its counts before it)."""
    return any(label.isVisible() and line in label.text() for label in desk.window.findChildren(QLabel))


def progress_dialog(desk: Desk) -> QProgressDialog:
    desk.wait_until(lambda: any(isinstance(d, QProgressDialog) and d.isVisible()
                                and d.windowTitle() == "Kirjeiden tulostus" for d in desk.qapp.topLevelWidgets()))
    return next(d for d in desk.qapp.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible())


def test_batch_print_shows_progress_and_cancel_leaves_the_rest_waiting(desk: Desk, journey_db, sql_guard,
                                                                      cups_queue: CupsQueue, monkeypatch):
    monkeypatch.setattr(batch_printing, "PART_SIZE", PART)  # a few letters make several parts
    ids = waiting_letters(journey_db, sql_guard, at_least=LETTERS)
    desk.sign_in("supervisor")
    if desk.window.role_pages.tabText(desk.window.role_pages.currentIndex()) != "Pyynnöt":
        desk.keys("Alt+2")
    desk.wait_idle()

    # Cancel once the first letter is in the print job: its part is finished and recorded, no more.
    answer_print_dialog(desk, cups_queue.name)
    desk.click("Tulosta kaikki odottavat kirjeet…")
    dialog = progress_dialog(desk)
    assert dialog.maximum() == len(ids)
    desk.wait_until(lambda: dialog.value() >= 1, timeout=120_000)
    desk.click("Peruuta", dialog)
    summary = (f"Keskeytetty: {PART} kirjettä tulostettu ja kirjattu; {len(ids) - PART} kirjettä odottaa yhä "
               "tulostusta.")
    desk.wait_until(lambda: says(desk, summary), timeout=120_000)
    desk.wait_idle()
    assert printed(journey_db, sql_guard, ids) == [True] * PART + [False] * (len(ids) - PART)
    assert not any(isinstance(d, QProgressDialog) and d.isVisible() for d in desk.qapp.topLevelWidgets())

    # The rest, to the end: the dialog counts the letters and says how long is left.
    answer_print_dialog(desk, cups_queue.name)
    desk.click("Tulosta kaikki odottavat kirjeet…")
    dialog = progress_dialog(desk)
    assert dialog.maximum() == len(ids) - PART
    desk.wait_until(lambda: "Aikaa jäljellä: noin" in dialog.labelText(), timeout=120_000)
    desk.wait_until(lambda: says(desk, f"{len(ids) - PART} kirjettä tulostettu."), timeout=120_000)
    desk.wait_idle()
    assert printed(journey_db, sql_guard, ids) == [True] * len(ids)
