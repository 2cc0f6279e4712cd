"""``palvelutiski-admin export-marketing FILE.csv --recipient NAME --purpose … --channel …``

The marketing register / partner export (desktop.services.marketing_export): every prohibition,
restriction and missing consent applied, one disclosure recorded per exported customer. The file is
written like the suppression list (UTF-8 with BOM, ``;``, every cell through spreadsheet_row so a name
like ``=HYPERLINK(…)`` stays text) to a temporary file that is renamed only after the disclosures are
committed: a failed export leaves neither a file nor disclosure rows.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from db.database import Database
from desktop.cli.csv_out import spreadsheet_csv
from desktop.cli.messages import Messages
from desktop.core import prohibitions
from desktop.core.i18n import N_
from desktop.core.roles import Actor
from desktop.services.marketing_export import MarketingExportService, MarketingReport

COMMAND = "export-marketing"
HEADER = ("customer_number", "name", "street", "postcode", "post_town", "contacts")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        COMMAND, help="write the customers who may be contacted for a purpose and record the disclosure",
        description="The marketing register / partner export: customers who may be contacted for PURPOSE on "
                    "CHANNEL today (no prohibition, consent where needed, processing not restricted). One "
                    "disclosure to RECIPIENT is recorded per customer written.")
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument("--recipient", required=True, metavar="NAME", help="who receives the list")
    parser.add_argument("--purpose", required=True, choices=prohibitions.DIRECT_MARKETING)
    parser.add_argument("--channel", required=True, choices=prohibitions.CHANNELS)
    return parser


def export_marketing(database: Database, actor: Actor, path: Path, recipient: str, purpose: str,
                     channel: str) -> MarketingReport:
    with spreadsheet_csv(path, HEADER) as write:
        return MarketingExportService(database, actor).export(recipient, purpose, channel, lambda row: write((
            row.customer_number, row.name, row.street, row.postcode, row.post_town, " ".join(row.contacts))))


def run(args: argparse.Namespace, database: Database, actor: Actor, say: Messages | None = None) -> int:
    say = say or Messages("en")
    report = export_marketing(database, actor, args.file, args.recipient, args.purpose, args.channel)
    print(say(N_("{count} customers written to {file}; a disclosure to {recipient} recorded for each. Left out: "
                 "{prohibited} prohibited or without consent, {restricted} restricted, {objected} by an upheld "
                 "objection, {unreachable} without an address or contact."), count=report.exported, file=args.file,
              recipient=args.recipient, prohibited=report.prohibited, restricted=report.restricted,
              objected=report.objected, unreachable=report.unreachable))
    return 0
