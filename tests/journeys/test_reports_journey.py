"""Reports through the program users start: the supervisor opens Raportit (Alt+6), shows the year's
report with its three charts, saves it as PDF through the save dialog; the data protection officer has
the page too, with identity-code reveals per user. Each run is audited. SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableView
from sqlalchemy import select

from db.models import AuditEvent
from journeys.conftest import Desk, JourneyDatabase


def _show_report(desk: Desk) -> QTableView:
    desk.keys("Alt+6")
    desk.wait_idle()
    assert desk.window.role_pages.tabText(desk.window.role_pages.currentIndex()) == "Raportit"
    desk.click("Näytä raportti")
    table = desk.find(QTableView, name="Raportin luvut")
    desk.wait_until(lambda: desk.rows(table))
    desk.wait_idle()
    return table


def _runs(journey_db: JourneyDatabase, sql_guard) -> list[tuple[str, str]]:
    return [(row.actor, row.detail) for row in journey_db.audit_rows(sql_guard) if row.action == "report_run"]


def test_supervisor_shows_the_report_and_saves_it_as_pdf(desk: Desk, journey_db, sql_guard):
    desk.sign_in("supervisor")
    table = _show_report(desk)
    rows = desk.rows(table)
    assert any(r[0] == "Saapuneet pyynnöt" for r in rows) and any(r[0] == "Vastattu määräajassa %" for r in rows)
    charts = [v for v in desk.find_all(QChartView) if v.chart().series()]
    assert {c.accessibleName() for c in charts} == {"Saapuneet pyynnöt kuukausittain",
                                                    "Määräajassa vastatut kuukausittain (%)",
                                                    "Päiviä saapumisesta vastauksen postitukseen"}
    assert any("Saapui" in label.text() for label in desk.find_all(QLabel))

    desk.click("Tallenna PDF-tiedostona…")
    dialog = desk.wait_for_dialog("Tallenna raportti")
    # The dialog opens in the user's home folder with a name made of the period; the user names it.
    target = Path.home() / "vuosiraportti.pdf"
    name_field = next(f for f in desk.find_all(QLineEdit, root=dialog) if f.text().endswith(".pdf"))
    name_field.clear()
    desk.type(target.name, name_field)
    box = desk.find(QDialogButtonBox, root=dialog)
    save = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    desk.wait_until(save.isEnabled)  # the dialog checks the typed name first
    desk.click(save.text(), dialog)  # the dialog's own Save button
    desk.wait_closed(dialog)
    desk.wait_until(lambda: desk.find_all(QLabel, text=f"Raportti tallennettu: {target}"))
    desk.wait_idle()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split())
    year = dt.date.today().year
    assert f"Tietosuojaraportti 1.1.{year}–" in text and "Saapuneet pyynnöt kuukausittain" in text
    runs = _runs(journey_db, sql_guard)
    assert [actor for actor, _d in runs] == [journey_db.logins["supervisor"][0]] * 2
    assert '"output":"screen"' in runs[0][1].replace(" ", "") and '"output":"pdf"' in runs[1][1].replace(" ", "")


def test_the_data_protection_officer_sees_reveals_per_user(desk: Desk, journey_db, sql_guard):
    desk.sign_in("auditor")
    table = _show_report(desk)
    # The demo register's reveals are the audit log's; the auditor's report has their row kind at least.
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        reveals = session.scalar(select(AuditEvent.id).where(AuditEvent.action == "hetu_reveal").limit(1))
    labels = {r[0] for r in desk.rows(table)}
    assert ("Paljastetut henkilötunnukset" in labels) == (reveals is not None)
    assert _runs(journey_db, sql_guard)[0][0] == journey_db.logins["auditor"][0]
