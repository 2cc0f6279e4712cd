"""The administrator sees what the nightly retention run will destroy (issue 12): Alt+5 brings the
Säilytys page forward with one row per rule of the utility profile — items due, the oldest, the period and
the legal reason in the user's language — and the latest runs; no customer data. After a run from the
command line (as the nightly job would), F5 shows its counts and nothing due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QTableWidget
from sqlalchemy import update

from db.models import Call
from desktop.core.roles import Actor, Role
from desktop.services.retention import RetentionService
from journeys.conftest import Desk


def test_admin_reads_the_retention_preview_and_the_nightly_runs(desk: Desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:  # two recordings past their day
        session.execute(update(Call).where(Call.id.in_([1, 2])).values(
            recording_ref="REC-X", recording_destroyed_at=None, recording_destroy_due=dt.date(2026, 1, 1)))
    desk.sign_in("admin")
    desk.keys("Alt+5")
    desk.wait_idle()
    rules = desk.find(QTableWidget, name="Säilytyssäännöt")
    desk.wait_until(lambda: rules.rowCount() == 6)
    rows = {row[0]: row for row in desk.rows(rules)}  # type: ignore[arg-type]
    recordings = rows["Puhelutallenteet"]
    assert int(recordings[1]) >= 2 and recordings[2]
    assert rows["Kirjeiden sisältö (PDF)"][3] == "1095 päivää"
    assert rows["Asiakkaat, joiden sopimukset ovat päättyneet"][3] == "6 vuotta"
    assert "kirjanpitolain" in rows["Asiakkaat, joiden sopimukset ovat päättyneet"][4]
    assert rows["Tapahtumaloki (ei koskaan poisteta)"][1] == "0"

    with sql_guard.allowed():
        done = RetentionService(journey_db.admin, Actor("cli:ops", Role.ADMIN)).apply()
    assert done["call_recordings"] >= 2
    desk.keys("F5", rules)
    desk.wait_idle()
    desk.wait_until(lambda: desk.rows(desk.find(QTableWidget, name="Säilytysajot")))  # type: ignore[arg-type]
    rows = {row[0]: row for row in desk.rows(rules)}  # type: ignore[arg-type]
    assert all(row[1] == "0" for row in rows.values())
    [run] = desk.rows(desk.find(QTableWidget, name="Säilytysajot"))  # type: ignore[arg-type]
    assert run[2] == "cli:ops" and "Puhelutallenteet" in run[3]
    # The recordings went on the phone system's destruction list: the page says they await its confirmation.
    desk.wait_until(lambda: any("puhelinjärjestelmän tuhottavien listalla" in label.text() and "odottaa" in label.text()
                                for label in desk.find_all(QLabel)))

    # The register description from the same page: a preview to print; the profile's gaps are said.
    desk.click("Rekisteriseloste …")
    preview = desk.wait_for_dialog("Tulostuksen esikatselu")
    desk.wait_idle()
    assert preview.document.pageCount() >= 2  # type: ignore[attr-defined]
    assert any("Luonnos: yhtiön profiilista puuttuu" in label.text() for label in desk.find_all(QLabel))
    desk.click("Sulje", preview)
    desk.wait_closed(preview)
