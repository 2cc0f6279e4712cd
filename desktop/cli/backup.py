"""``palvelutiski-admin backup DEST`` and ``restore DUMP``: copies that restore (desktop/tooling/backup.py).

Progress with the time left while the copy runs; one summary line at the end; Ctrl+C stops cleanly
with nothing half-written (the service removes its partial file, the restore drops its new database).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.progress import progress_bar
from desktop.core.i18n import N_
from desktop.tooling import backup as backup_service


def cmd_backup(args: argparse.Namespace) -> int:
    say = args.say
    with progress_bar(say, say(N_("Backing up"))) as update:
        result = backup_service.backup(args.db, Path(args.dest), progress=update)
    if result.roles:
        print(say(N_("Backed up to {dest} with pg_dump ({size} bytes, {seconds} s). These roles must exist on the "
                     "server you restore to (listed in {roles_file}): {roles}"), dest=result.dest, size=result.size,
                  seconds=f"{result.seconds:.1f}", roles_file=backup_service.roles_file(result.dest),
                  roles=", ".join(result.roles)))
    else:
        print(say(N_("Backed up to {dest} ({size} bytes, {seconds} s, integrity ok)."), dest=result.dest,
                  size=result.size, seconds=f"{result.seconds:.1f}"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    say = args.say
    with progress_bar(say, say(N_("Restoring"))) as update:
        result = backup_service.restore(args.db, Path(args.dump), progress=update)
    if not result.audit.ok:
        problem = say(result.audit.problem or "", id=result.audit.first_bad_id, count=result.audit.count,
                      receipt_count=result.audit.receipt_count)
        print(say(N_("Restored into {database}, but its audit log is BROKEN: {problem}"), database=result.database,
                  problem=problem), file=sys.stderr)
        return 1
    print(say(N_("Restored into {database} in {seconds} s. Audit log intact: {count} rows. Receipt: {receipt}"),
              database=result.database, seconds=f"{result.seconds:.1f}", count=result.audit.count,
              receipt=result.audit.receipt))
    return 0


def add_parsers(sub: Any) -> None:
    text = ("Copy the database to the new file DEST while it is in use: SQLite's online backup, or pg_dump -Fc "
            "for PostgreSQL (with DEST.roles.txt, the roles the restore needs).")
    p = sub.add_parser("backup", help=text, description=text)
    p.add_argument("dest", metavar="DEST")
    p.set_defaults(handler=cmd_backup)
    text = ("Restore a backup into a new database: --db names it (a SQLite file or a PostgreSQL database that "
            "does not exist yet); the audit chain of the result is verified.")
    p = sub.add_parser("restore", help=text, description=text)
    p.add_argument("dump", metavar="DUMP")
    p.set_defaults(handler=cmd_restore)
