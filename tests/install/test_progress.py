"""Long commands show progress and stop cleanly on Ctrl+C (issue 14): demo-data and import-customers
tell their progress; a KeyboardInterrupt part-way leaves the register as it was (one transaction, the
generator processes ended), and the command says so in one line."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from db_templates import ON_SQLITE
from sqlalchemy import func, select

from db.database import Database
from db.models import AuditEvent, Customer
from desktop.cli import admin
from desktop.core.roles import Actor, Role
from desktop.tooling import csv_import, demo_data
from desktop.tooling.demo_chunk import CHUNK
from desktop.tooling.setup import initialise_database

SETUP = Actor("setup", Role.ADMIN, "Initial setup")


@pytest.fixture
def register(migrated_db_url: str) -> Iterator[Database]:
    database = Database.connect(migrated_db_url)
    initialise_database(database, "keminmaa", f"adm_{uuid.uuid4().hex[:8]}", "Edistyminen-2026")
    yield database
    database.dispose()


def counts(database: Database) -> tuple[int, int]:
    with database.transaction() as session:
        return (session.scalar(select(func.count()).select_from(Customer)) or 0,
                session.scalar(select(func.count()).select_from(AuditEvent)
                               .where(AuditEvent.action.in_(["demo_data", "customers_imported"]))) or 0)


def test_demo_data_tells_its_progress_and_ctrl_c_leaves_nothing(register: Database) -> None:
    seen: list[tuple[int, int]] = []
    demo_data.generate(register, 30, 1, actor=SETUP, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (30, 30)
    before = counts(register)

    def interrupt(_done: int, _total: int) -> None:
        raise KeyboardInterrupt  # every row written, nothing committed yet

    with pytest.raises(KeyboardInterrupt):
        demo_data.generate(register, 30, 2, actor=SETUP, progress=interrupt)
    assert counts(register) == before


@ON_SQLITE
@pytest.mark.slow
def test_ctrl_c_stops_the_generator_processes_part_way(register: Database) -> None:
    before = counts(register)

    def interrupt(done: int, total: int) -> None:
        assert done < total
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):  # two generator processes, stopped after the first chunk
        demo_data.generate(register, CHUNK + 1, 2, actor=SETUP, workers=2, progress=interrupt)
    assert counts(register) == before


def test_import_tells_its_progress_and_ctrl_c_leaves_nothing(register: Database, tmp_path: Path) -> None:
    csv = tmp_path / "asiakkaat.csv"
    csv.write_text("customer_number;kind;last_name;first_names;street;postcode;post_town\n"
                   + "".join(f"9{i:06d};person;Virtanen;Aino;Kauppakatu {i};94100;KEMI\n" for i in range(50)),
                   encoding="utf-8")
    before = counts(register)

    def interrupt(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        csv_import.import_customers(register, SETUP, csv, progress=interrupt)
    assert counts(register) == before
    seen: list[tuple[int, int]] = []
    report = csv_import.import_customers(register, SETUP, csv, progress=lambda d, t: seen.append((d, t)))
    assert report.ok and report.imported == 50 and seen[-1][0] == seen[-1][1]


@pytest.mark.parametrize("command", ["demo-data", "import-customers"])
def test_the_command_says_in_one_line_that_nothing_changed(command: str, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                           sqlite_template: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(sqlite_template.read_bytes())

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(admin, "_require_initialised", lambda _database: None)
    monkeypatch.setattr(demo_data, "generate", interrupted)
    monkeypatch.setattr(csv_import, "import_customers", interrupted)
    arguments = ["--customers", "5"] if command == "demo-data" else [str(tmp_path / "x.csv")]
    assert admin.main(["--lang", "en", "--db", str(db), command, *arguments]) == 130
    assert capsys.readouterr().err == "Interrupted: nothing was changed.\n"
