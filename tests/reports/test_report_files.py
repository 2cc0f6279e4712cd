"""The report as files: ``palvelutiski-admin report --from --to --format pdf|csv OUT`` through the installed
entry point (SQLite and PostgreSQL), the PDF's charts and figures, the CSV's rows, the audit row."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_fixture import FIRST, LAST, SUPERVISOR, insert_fixture
from sqlalchemy import select

from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent
from desktop.core.report_charts import day_bins
from desktop.services import report_output
from desktop.services.reports import ReportService
from desktop.tooling.setup import initialise_database
from tests.data.test_cli import run


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def register(migrated_db_url: str) -> str:
    database = Database(make_engine(migrated_db_url))
    try:
        initialise_database(database, "keminmaa", f"boss_{uuid.uuid4().hex[:6]}", "Ylläpitäjä-2024")
        insert_fixture(database)
    finally:
        database.dispose()
    return migrated_db_url


def test_the_command_line_writes_the_pdf_and_the_csv(register: str, tmp_path: Path) -> None:
    pdf, sheet = tmp_path / "raportti.pdf", tmp_path / "raportti.csv"
    result = run("--db", register, "report", "--from", "2026-01-01", "--to", "2026-02-28", "--format", "pdf",
                 str(pdf), lang="fi_FI.UTF-8")
    assert result.returncode == 0, result.stderr
    assert str(pdf) in result.stdout
    text = _text(pdf.read_bytes())
    assert "Tietosuojaraportti 1.1.2026–28.2.2026" in text
    assert "Vastattu määräajassa %" in text and "80,0 %" in text  # 4 of 5 replies on time
    assert "Perintätoimisto Oy" in text and "Mallikas" not in text  # recipients, never customers
    result = run("--db", register, "report", "--from", "2026-01-01", "--to", "2026-02-28", "--format", "csv",
                 str(sheet), lang="en_US.UTF-8")
    assert result.returncode == 0, result.stderr
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Figure", "Month", "Breakdown", "Value"]
    assert ["Answered on time %", "", "", "80.0 %".replace(".", ",")] in rows
    assert ["Median days to reply", "2/2026", "", "33"] in rows
    database = Database(make_engine(register))
    try:
        with database.transaction() as session:
            runs = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "report_run")))
            assert len(runs) == 2 and all(r.actor.startswith("cli:") and r.actor_role == "auditor" for r in runs)
    finally:
        database.dispose()
    bad = run("--db", register, "report", "--from", "2026-03-01", "--to", "2026-02-01", "--format", "csv",
              str(sheet), lang="en_US.UTF-8")
    assert bad.returncode == 1 and "ends before it begins" in bad.stderr


def test_the_pdf_draws_three_charts(database: Database, fixture_rows: None) -> None:
    figures = ReportService(database, SUPERVISOR).run(FIRST, LAST, "pdf")
    labels = report_output.values("en")
    drawings = report_output.charts(figures, lambda s: s, labels)
    assert len(drawings) == 3
    assert day_bins(figures.days_histogram)[:4] == [("0–7", 0), ("8–14", 1), ("15–21", 1), ("22–28", 0)]
    text = _text(report_output.pdf_bytes(figures, lambda s: s, labels))
    assert "Requests received per month" in text and "Days from receipt to the posted reply" in text
    assert "data protection officer's report" in text  # a supervisor's report has no hetu reveals
