"""``palvelutiski-admin recordings list FILE.csv`` and ``recordings confirm FILE.csv --destroyed-on D.M.YYYY``

The call recordings live in the phone system. ``retention --apply`` puts the recordings due on its
destruction list; ``list`` writes that list (recording reference, call day, destruction day, listed day)
for whoever runs the phone system, and ``confirm`` records their answer: the first column of FILE (the same
file back, or the phone system's own list of references) holds the references destroyed. Only confirmed
recordings are "destroyed" on the card and in the letters. See docs/retention.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from db.database import Database
from desktop.cli.csv_out import spreadsheet_csv
from desktop.cli.messages import Messages
from desktop.core.i18n import N_
from desktop.core.local_time import to_local
from desktop.core.roles import Actor
from desktop.services.recordings import RecordingDestructionService

COMMAND = "recordings"
HEADER = ("recording_ref", "call_day", "destroy_by", "listed_on")


def _day(value: dt.date | None) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def _parse_day(text: str) -> dt.date:
    try:
        day, month, year = (int(part) for part in text.split("."))
        return dt.date(year, month, day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a day d.m.yyyy: {text}") from exc


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        COMMAND, help="the phone system's destruction list of call recordings, and its confirmation",
        description="list: write the recordings the retention run listed for destruction and the phone system "
                    "has not yet confirmed. confirm: record that the phone system destroyed the recordings "
                    "whose references are in the first column of FILE.")
    parser.add_argument("action", choices=("list", "confirm"))
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument("--destroyed-on", type=_parse_day, metavar="D.M.YYYY",
                        help="confirm: the day the phone system destroyed them (default: today)")
    return parser


def _references(path: Path) -> list[str]:
    with path.expanduser().open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(2048)
        handle.seek(0)
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
        rows = [row for row in csv.reader(handle, delimiter=delimiter) if row and row[0].strip()]
    if rows and rows[0][0].strip().lstrip("'") == HEADER[0]:
        rows = rows[1:]
    return [row[0].strip().lstrip("'") for row in rows]  # a neutralised cell came back with its apostrophe


def run(args: argparse.Namespace, database: Database, actor: Actor, say: Messages | None = None) -> int:
    say = say or Messages("en")
    service = RecordingDestructionService(database, actor)
    if args.action == "list":
        rows = service.destruction_list()
        with spreadsheet_csv(args.file, HEADER) as write:
            for r in rows:
                write((r.recording_ref, _day(to_local(r.call_started_at).date()), _day(r.destroy_due),
                       _day(to_local(r.listed_at).date())))
        print(say(N_("{count} recordings to destroy written to {file}: hand it to the phone system, then record "
                     "its confirmation with: recordings confirm FILE."), count=len(rows), file=args.file))
        return 0
    destroyed_on = args.destroyed_on or to_local(dt.datetime.now(dt.UTC)).date()
    result = service.confirm(_references(args.file), destroyed_on)
    print(say(N_("{count} recordings recorded as destroyed on {day}."), count=result.confirmed,
              day=_day(destroyed_on)))
    if result.not_listed:
        print(say(N_("{count} references were not on the destruction list (or were confirmed already) and were "
                     "left as they are:"), count=len(result.not_listed)), file=sys.stderr)
        for ref in result.not_listed[:50]:
            print(f"  {ref}", file=sys.stderr)
    return 0
