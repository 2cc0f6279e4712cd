"""``palvelutiski-admin export-suppression FILE.csv --purpose … --channel …``

The CSV is for the marketing department's spreadsheet (desktop.cli.csv_out: UTF-8 with a BOM, ``;``,
formula cells neutralised, written to a temporary file and renamed at the end).
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
from desktop.services.suppression import SuppressionService

COMMAND = "export-suppression"
HEADER = ("customer_number", "name", "street", "postcode", "post_town", "contacts", "reason", "sources")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        COMMAND, help="write the customers who must not be contacted for a purpose on a channel",
        description="Customers who must not be contacted for PURPOSE on CHANNEL today: a prohibition in force "
                    "(customer, DVV, ASML) or, for marketing by e-mail or SMS, no consent.")
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument("--purpose", required=True, choices=prohibitions.PURPOSES)
    parser.add_argument("--channel", required=True, choices=prohibitions.CHANNELS)
    return parser


def export_suppression(database: Database, actor: Actor, path: Path, purpose: str, channel: str) -> int:
    """Write the file; return the number of customers in it."""
    with spreadsheet_csv(path, HEADER) as write:
        # A name like "=HYPERLINK(…)" must stay text in the spreadsheet that opens this file.
        return SuppressionService(database, actor).export_suppression(purpose, channel, lambda row: write((
            row.customer_number, row.name, row.street, row.postcode, row.post_town, " ".join(row.contacts),
            row.reason, " ".join(row.sources))))


def run(args: argparse.Namespace, database: Database, actor: Actor, say: Messages | None = None) -> int:
    """The subcommand's body for desktop/cli/admin.py; returns the process exit status."""
    say = say or Messages("en")
    count = export_suppression(database, actor, args.file, args.purpose, args.channel)
    print(say(N_("{count} customers written to {file}"), count=count, file=args.file))
    return 0
