"""``palvelutiski-admin retention [--apply] [--batch N]``

Without ``--apply`` it prints what is due per rule (items, the oldest day, the period and its legal reason
from the profile) and changes nothing. With ``--apply`` it destroys what is due in batches, each one
transaction, printing progress; a run stopped by Ctrl+C keeps every batch it finished and the next run
carries on. Safe to run every night: see docs/retention.md for cron and Windows Task Scheduler.
"""

from __future__ import annotations

import argparse
import sys

from db.database import Database
from desktop.cli.messages import Messages
from desktop.core.i18n import N_
from desktop.core.retention import RULE_LABELS
from desktop.core.roles import Actor
from desktop.services.retention import BATCH, RetentionService

COMMAND = "retention"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        COMMAND, help="show (or with --apply, carry out) what the retention rules destroy today",
        description="What the utility profile's retention rules destroy today, per rule, with the oldest item. "
                    "--apply carries it out in batches (one transaction each), resumable; counts are recorded, "
                    "never content.")
    parser.add_argument("--apply", action="store_true", help="destroy what is due (default: only show it)")
    parser.add_argument("--batch", type=int, default=BATCH, metavar="N", help=f"items per transaction (default {BATCH})")
    return parser


def run(args: argparse.Namespace, database: Database, actor: Actor, say: Messages | None = None) -> int:
    say = say or Messages("en")
    service = RetentionService(database, actor)
    if args.apply:
        def progress(rule: str, done: int) -> None:
            print(say(N_("{rule}: {count} done …"), rule=say(RULE_LABELS[rule]), count=done), file=sys.stderr, flush=True)

        done = service.apply(max(1, args.batch), progress)
        print(say(N_("Retention carried out: {total} items destroyed."), total=sum(done.values())))
        for rule, count in done.items():
            print(f"  {say(RULE_LABELS[rule])}: {count}")
        return 0
    preview = service.preview()
    language = say.language if say.language in ("fi", "sv", "en") else "fi"
    print(say(N_("Due under the retention rules on {day} (nothing is changed; --apply carries it out):"),
              day=f"{preview.today.day}.{preview.today.month}.{preview.today.year}"))
    for row in preview.rules:
        oldest = f"{row.oldest.day}.{row.oldest.month}.{row.oldest.year}" if row.oldest else "–"
        print(f"  {say(RULE_LABELS[row.rule])}: {row.items} ({say(N_('oldest {day}'), day=oldest)})")
        print(f"      {row.reason.get(language) or row.reason.get('fi', '')}")
    if preview.recordings_listed and preview.recordings_listed_since:
        since = preview.recordings_listed_since
        print(say(N_("{count} recordings on the phone system's destruction list since {day} await its confirmation "
                     "(recordings list / confirm)."), count=preview.recordings_listed,
                  day=f"{since.day}.{since.month}.{since.year}"))
    return 0
