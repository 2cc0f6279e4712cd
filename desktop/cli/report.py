"""``palvelutiski-admin report --from 2026-01-01 --to 2026-12-31 --format pdf|csv OUT``

The data protection officer's report as a file (counts only, charts in the PDF), made by the database's
operator under the DPO's authority (the report includes identity-code reveals per user, from the audit
log). Each run is audited. Written to a temporary file beside OUT and renamed, so a failed run leaves
no half-written report.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from db.database import Database
from desktop.cli.messages import Messages
from desktop.core.i18n import N_
from desktop.core.roles import Actor
from desktop.services import report_output
from desktop.services.reports import ReportService

COMMAND = "report"


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    text = "Write the supervisors' and data protection officer's report for a period (counts, charts) as PDF or CSV."
    parser = subparsers.add_parser(COMMAND, help=text, description=text)
    parser.add_argument("--from", dest="first", required=True, type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=True, type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--format", dest="fmt", required=True, choices=("pdf", "csv"))
    parser.add_argument("out", type=Path, metavar="OUT")
    return parser


def run(args: argparse.Namespace, database: Database, actor: Actor, say: Messages) -> int:
    figures = ReportService(database, actor).run(args.first, args.last, args.fmt)
    path = report_output.write(figures, args.fmt, args.out, say.translate, report_output.values(say.language))
    print(say(N_("Report {first}–{last} written to {file}"), first=args.first.isoformat(),
              last=args.last.isoformat(), file=path))
    return 0
