"""The suppression list for the marketing department, through the service and the CLI subcommand's body."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from db.database import Database
from desktop.cli import suppression as cli
from desktop.core.errors import DomainError
from desktop.core.roles import PermissionDenied
from desktop.services.consents import ConsentService
from desktop.services.suppression import SuppressionRow, SuppressionService
from tests.desk.conftest import AGENT, SUPERVISOR, DeskData, audit_rows

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


def export(database: Database, purpose: str, channel: str, now: dt.datetime = NOW) -> list[SuppressionRow]:
    rows: list[SuppressionRow] = []
    count = SuppressionService(database, SUPERVISOR, clock=lambda: now).export_suppression(purpose, channel, rows.append)
    assert count == len(rows)
    return rows


@pytest.fixture
def recorded(database: Database, desk: DeskData) -> DeskData:
    consents = ConsentService(database, AGENT, clock=lambda: NOW - dt.timedelta(days=400))
    # Maija: no direct marketing of any kind, by phone.
    consents.prohibit_all_direct_marketing(desk.person_id, "customer_phone")
    # Åsa: a DVV genealogy ban and an ASML telephone restriction that ran out before NOW.
    consents.record(desk.swedish_id, "genealogy", "any", "prohibit", "dvv")
    consents.record(desk.swedish_id, "direct_advertising", "phone", "prohibit", "asml",
                    valid_until=dt.date(2026, 1, 31))
    # Örjan: consents to e-mail marketing; the company has no events at all.
    consents.record(desk.bystander_id, "electronic_marketing", "email", "consent", "customer_email")
    return desk


def test_prohibited_customers_for_post(database: Database, recorded: DeskData) -> None:
    rows = export(database, "direct_advertising", "post")
    assert [(r.customer_number, r.name, r.street, r.postcode, r.post_town, r.reason, r.sources) for r in rows] == [
        ("100001", "Mäkinen Maija Liisa", "Jauholantie 4 B 7", "94450", "Keminmaa", "prohibited", ("customer_phone",))]
    assert rows[0].contacts == ()  # post: the address is the contact


def test_expired_asml_restriction_no_longer_suppresses(database: Database, recorded: DeskData) -> None:
    assert [r.customer_number for r in export(database, "direct_advertising", "phone")] == ["100001"]
    while_valid = export(database, "direct_advertising", "phone", dt.datetime(2026, 1, 31, 12, tzinfo=dt.UTC))
    assert [(r.customer_number, r.sources, r.contacts) for r in while_valid] == [
        ("100001", ("customer_phone",), ("040 123 4567",)), ("100002", ("asml",), ())]


def test_genealogy_ban_from_dvv(database: Database, recorded: DeskData) -> None:
    assert [(r.customer_number, r.sources) for r in export(database, "genealogy", "sms")] == [("100002", ("dvv",))]
    assert export(database, "person_registers", "post") == []


def test_email_marketing_needs_consent_so_everyone_else_is_suppressed(database: Database, recorded: DeskData) -> None:
    rows = export(database, "direct_advertising", "email")
    assert [(r.customer_number, r.reason) for r in rows] == [
        ("100001", "prohibited"), ("200001", "no_consent"), ("100002", "no_consent")]
    assert rows[0].contacts == ("maija.makinen@example.fi",)
    # Örjan consented and is the only one the marketing department may e-mail; market research by
    # e-mail needs no consent, only the absence of a prohibition.
    assert [r.customer_number for r in export(database, "market_research", "email")] == ["100001"]


def test_export_is_audited_and_needs_the_permission(database: Database, recorded: DeskData) -> None:
    export(database, "genealogy", "post")
    rows = audit_rows(database, "export")
    assert [(r.actor, json.loads(r.detail)) for r in rows] == [
        ("sanna.super", {"kind": "suppression", "purpose": "genealogy", "channel": "post", "rows": 1})]
    with pytest.raises(PermissionDenied):
        SuppressionService(database, AGENT).export_suppression("genealogy", "post", print)
    with pytest.raises(DomainError):
        SuppressionService(database, SUPERVISOR).export_suppression("electronic_marketing", "email", print)


def test_cli_writes_the_csv(database: Database, recorded: DeskData, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers(dest="command"))
    target = tmp_path / "kielletyt.csv"
    args = parser.parse_args(["export-suppression", str(target), "--purpose", "distance_selling", "--channel", "sms"])
    assert cli.run(args, database, SUPERVISOR) == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel recognises UTF-8 by the BOM
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == list(cli.HEADER)
    assert [line[0] for line in lines[1:]] == ["100001", "200001", "100002", "100003"]  # customer id order
    assert lines[1][1:] == ["Mäkinen Maija Liisa", "Jauholantie 4 B 7", "94450", "Keminmaa", "040 123 4567",
                            "prohibited", "customer_phone"]
    assert not list(tmp_path.glob("*.partial"))


def test_cli_leaves_no_file_when_the_export_fails(database: Database, recorded: DeskData, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "kielletyt.csv"
    with pytest.raises(PermissionDenied):
        cli.export_suppression(database, AGENT, target, "genealogy", "post")
    assert list(out.iterdir()) == []
    with pytest.raises(SystemExit):
        parser = argparse.ArgumentParser()
        cli.add_parser(parser.add_subparsers(dest="command"))
        parser.parse_args(["export-suppression", str(target), "--purpose", "spam", "--channel", "post"])
