"""The identity codes kept encrypted in a SQLite file still serve the desk (issue 10, item 7).

The supervisor reveals a customer's full code on the card, as at any desk, while the file itself holds
no such code; a workstation user whose keyring lacks the file's key is told at sign-in how the
administrator restores it. The reveal on SQLite and PostgreSQL (where the database keeps the code itself);
the missing key on SQLite only.
"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy import select

from db import at_rest
from db.models import Customer, PersonHetu
from journeys.conftest import visible_top_levels
from journeys.test_written_requests import open_customer
from tests.conftest import MemoryKeyring


def a_person_and_the_code(journey_db, sql_guard) -> tuple[str, str]:
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        number, stored = session.execute(select(Customer.customer_number, PersonHetu.hetu)
                                         .join(PersonHetu, PersonHetu.customer_id == Customer.id)
                                         .order_by(Customer.id)).first()
        return number, at_rest.open_hetu(session, stored)


def test_the_supervisor_reveals_a_code_that_the_file_keeps_encrypted(desk, journey_db, sql_guard):
    number, code = a_person_and_the_code(journey_db, sql_guard)
    if journey_db.kind == "sqlite":
        raw = b"".join(p.read_bytes() for p in (Path(journey_db.db_argument), Path(journey_db.db_argument + "-wal"))
                       if p.exists())
        assert code.encode() not in raw
    desk.sign_in("supervisor")
    open_customer(desk, number)
    assert desk.find_all(QLabel, text=code[:6] + "*****")
    desk.click("Näytä koko tunnus …")
    reason = desk.wait_for_dialog("Näytä koko henkilötunnus")
    field = desk.labelled("Kerro syy. Se tallennetaan lokiin nimelläsi.", reason)
    desk.type("Asiakas pyysi tarkistamaan tunnuksen", field)
    desk.keys("Return", field)
    desk.wait_closed(reason)
    desk.wait_until(lambda: bool(desk.find_all(QLabel, text=code)))
    supervisor = journey_db.logins["supervisor"][0]
    assert (supervisor, "hetu_reveal") in [(row.actor, row.action) for row in journey_db.audit_rows(sql_guard)]


@pytest.mark.parametrize("journey_db", ["sqlite"], indirect=True)
def test_a_user_whose_keyring_lacks_the_key_is_told_how_to_restore_it(desk, journey_db):
    # Another workstation user: an empty keyring (the root conftest's fixture puts the test's own back after).
    keyring.set_keyring(MemoryKeyring())
    dialog = desk.start("--lang", "fi")
    username, password = journey_db.logins["agent"]
    user_field, password_field = desk.field(dialog, 0), desk.field(dialog, 1)
    user_field.clear()
    desk.type(username, user_field)
    password_field.clear()
    desk.type(password, password_field)
    QTest.keyClick(password_field, Qt.Key.Key_Return)
    desk.wait_until(lambda: any("rekey --ask-recovery-key" in label.text()
                                for label in dialog.findChildren(QLabel) if label.isVisible()))
    shown = next(label.text() for label in dialog.findChildren(QLabel) if "rekey" in label.text())
    assert shown.startswith("Tämän tietokoneen avainnipussa ei ole tietokannan")
    assert not visible_top_levels(QMainWindow)
