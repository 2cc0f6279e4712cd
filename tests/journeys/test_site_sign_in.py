"""With IT's site configuration the agent starts `palvelutiski` with no options, sees the server, types only
the user name and password, and works: the card opens from a search (issue 14). PostgreSQL only: a site
file is about the shared database."""

from __future__ import annotations

import pytest
from gui.keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy import select
from sqlalchemy.engine import make_url

from db.models import Customer
from desktop.__main__ import build_desk_app, parse_args
from journeys.conftest import WAIT_MS, visible_top_levels

ON_POSTGRES = pytest.mark.parametrize("journey_db", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                                      indirect=True)


@ON_POSTGRES
def test_the_agent_signs_in_with_name_and_password_only_and_finds_a_customer(desk, journey_db, sql_guard,
                                                                             tmp_path, monkeypatch):
    monkeypatch.delenv("PALVELUTISKI_SITE_CONFIG", raising=False)
    url = make_url(journey_db.db_argument)
    site = tmp_path / "site.ini"
    site.write_text(f"[database]\nhost = {url.host}\nport = {url.port}\nname = {url.database}\n"
                    "[desk]\nlanguage = fi\nidle_lock_minutes = 5\n", encoding="utf-8")
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        number = session.scalars(select(Customer.customer_number).where(Customer.kind == "person")
                                 .order_by(Customer.id)).first()

    desk.app = build_desk_app(desk.qapp, parse_args(["--site-config", str(site)]))  # `palvelutiski` as IT set it up
    desk.app.start()
    dialog = desk.wait_for_dialog()
    assert desk.find(QLabel, name="Tietokantapalvelin").text().startswith(f"{url.host} / {url.database}")
    assert not desk.find_all(QLabel, text="Tietokanta:")  # nothing about the database to type or choose
    username, password = journey_db.logins["agent"]
    type_text(desk.field(dialog, 0), username)
    type_text(desk.field(dialog, 1), password)
    QTest.keyClick(desk.field(dialog, 1), Qt.Key.Key_Return)
    desk.qtbot.waitUntil(lambda: bool(visible_top_levels(QMainWindow)), timeout=WAIT_MS)
    desk.wait_idle()

    desk.keys("F2")  # the phone rings: the call is the purpose of opening the card
    desk.wait_idle()
    desk.keys("Ctrl+F")
    desk.type(number)
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text="1 asiakas")), timeout=WAIT_MS)
    desk.keys("Return")
    desk.wait_idle()
    assert ("customer_opened", username) in [(row.action, row.actor) for row in journey_db.audit_rows(sql_guard)]
