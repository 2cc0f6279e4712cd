"""``palvelutiski-admin retention [--apply] [--batch N]``

Without ``--apply`` it prints what is due per rule (items, the oldest day, the period and its legal reason
from the profile) and changes nothing. With ``--apply`` it destroys what is due in batches, each one
transaction, with a progress bar and the time left on a terminal (desktop.cli.progress); a run stopped
by Ctrl+C keeps every batch it finished, says how many items that was, and the next run carries on. Safe to run every night: see docs/retention.md for cron and Windows Task Scheduler.
"""

from __future__ import annotations

import argparse
import sys

from db.database import Database
from desktop.cli.messages import Messages
from desktop.cli.progress import progress_bar
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
        return _apply(args, service, say)
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


def _apply(args: argparse.Namespace, service: RetentionService, say: Messages) -> int:
    """Carry out what is due: a bar with the time left (the preview's count is the whole), one line at the end."""
    total = sum(row.items for row in service.preview().rules)
    done: dict[str, int] = {}  # per rule, as the batches commit
    try:
        with progress_bar(say, say(N_("Retention"))) as update:
            def progress(rule: str, count: int) -> None:
                done[rule] = count
                update(sum(done.values()), max(total, sum(done.values())))

            done.update(service.apply(max(1, args.batch), progress))
    except KeyboardInterrupt:
        # The batch under way rolled back with its transaction; the finished ones stay done.
        print(say(N_("Interrupted: {count} items destroyed in finished batches are kept; the next run carries on."),
                  count=sum(done.values())), file=sys.stderr)
        return 130
    print(say(N_("Retention carried out: {total} items destroyed."), total=sum(done.values())))
    for rule, count in done.items():
        print(f"  {say(RULE_LABELS[rule])}: {count}")
    return 0
