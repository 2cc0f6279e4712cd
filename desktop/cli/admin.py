"""``palvelutiski-admin``: the operator's command line (init, users, demo data, import, backup, audit).

Run by the administrator who owns the database (the SQLite file's owner, or the PostgreSQL database
owner), so it acts as an admin actor named ``cli:<os user>``; the audit log records that name. User
errors print one line on stderr and exit 1; nothing prints a full hetu (messages are redacted anyway).
Messages are in the operator's language (``--lang``, else the terminal's locale, else Finnish: see
desktop/cli/messages.py); command names, options and their help stay English, like the shell around them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db import migrate
from db.database import Database
from db.engine import ENV_DB_URL, default_sqlite_path, is_sqlite, resolve_url, user_data_dir
from desktop.cli import backup as backup_cli
from desktop.cli import data_key as data_key_cli
from desktop.cli import marketing as marketing_cli
from desktop.cli import notice as notice_cli
from desktop.cli import recordings as recordings_cli
from desktop.cli import report as report_cli
from desktop.cli import retention as retention_cli
from desktop.cli import suppression as suppression_cli
from desktop.cli.messages import Messages, choose_language
from desktop.cli.progress import progress_bar
from desktop.core.errors import DomainError
from desktop.core.hetu import redact
from desktop.core.i18n import N_
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.core.text import printable
from desktop.services import data_key
from desktop.services.audit_receipts import FOLDER_NAME, AuditReceiptService
from desktop.services.profiles import load_profiles
from desktop.services.users import UserAdminService
from desktop.tooling import csv_import, demo_data, setup


class CliError(DomainError):
    """A problem with how the command was used (not a rule of the register)."""


def _operator(role: Role = Role.ADMIN) -> Actor:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in a container
        name = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return Actor(f"cli:{name}"[:63], role, "Command line")


def _password(args: argparse.Namespace, username: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CliError(N_("No password on standard input."))
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError(N_("No terminal to ask for the password: use --password-stdin."))
    say: Messages = args.say
    first = getpass.getpass(say(N_("Password for {name}: "), name=username))
    if getpass.getpass(say(N_("Repeat the password: "))) != first:
        raise CliError(N_("The passwords do not match."))
    return first


def _connect(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Only ``init`` (and ``migrate``) may bring a new SQLite file into being; a typo must not."""
    url = resolve_url(args.db)
    if not create and is_sqlite(url) and not Path(url.removeprefix("sqlite:///")).exists():
        raise CliError(N_("There is no database file at {path}; create one with palvelutiski-admin init."),
                       path=url.removeprefix("sqlite:///"))
    return Database.connect(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    password = _password(args, args.admin_user)
    database = _connect(args, create=True)
    try:
        result = setup.initialise_database(database, args.profile, args.admin_user, password, actor=_operator(),
                                           allow_key_file=args.key_file_without_keyring)
    finally:
        database.dispose()
    print(args.say(N_("Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created."),
                   where=_where(args), profile=result.profile_key, schema=result.schema_revision,
                   admin=result.admin_username))
    if result.recovery_key:
        print(data_key_cli.recovery_notice(args.say, result.recovery_key))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    database = _connect(args, create=True)
    try:
        before = migrate.current_revision(database.engine)
        migrate.upgrade(database.engine)
        after = migrate.current_revision(database.engine)
        # SQLite: what an older version left in clear is encrypted now (db.at_rest).
        sealed = data_key.seal(database)
    finally:
        database.dispose()
    print(args.say(N_("Schema of {where}: {before} -> {after}."), where=_where(args),
                   before=before or args.say(N_("empty")), after=after))
    if sealed is not None and sealed.sealed:
        print(args.say(N_("Values encrypted now (identity codes, bank accounts, keys): {count}."),
                       count=sealed.sealed))
    if sealed is not None and sealed.recovery_key:
        print(data_key_cli.recovery_notice(args.say, sealed.recovery_key))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    database = _connect(args)
    try:
        return data_key_cli.rekey(args, database)
    finally:
        database.dispose()


def _users(args: argparse.Namespace, action: Callable[[UserAdminService], str]) -> int:
    database = _connect(args)
    try:
        _require_initialised(database)
        print(action(UserAdminService(database, _operator())))
    finally:
        database.dispose()
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    _connect(args).dispose()  # fail on a missing database before asking for a password
    password = _password(args, args.name)

    def create(users: UserAdminService) -> str:
        info = users.create_user(args.name, Role(args.role), password, display_name=args.display_name)
        return args.say(N_("User {name} ({role}) created."), name=info.username, role=info.role.value)
    return _users(args, create)


def cmd_set_password(args: argparse.Namespace) -> int:
    password = _password(args, args.name)
    def set_password(users: UserAdminService) -> str:
        users.set_password(args.name, password)
        return args.say(N_("Password of {name} set. They must choose a new one at their next sign-in."),
                        name=args.name)
    return _users(args, set_password)


def cmd_deactivate_user(args: argparse.Namespace) -> int:
    def deactivate(users: UserAdminService) -> str:
        users.deactivate_user(args.name)
        return args.say(N_("User {name} deactivated."), name=args.name)
    return _users(args, deactivate)


def cmd_unlock_user(args: argparse.Namespace) -> int:
    def unlock(users: UserAdminService) -> str:
        users.unlock_user(args.name)
        return args.say(N_("User {name} unlocked."), name=args.name)
    return _users(args, unlock)


def cmd_list_users(args: argparse.Namespace) -> int:
    def listing(users: UserAdminService) -> str:
        active, inactive = args.say(N_("active")), args.say(N_("inactive"))
        width = max(len(active), len(inactive))
        # Names are shown escaped: a display name stored by an older version (or written past the app)
        # may hold terminal escape codes, which must never reach the operator's terminal raw.
        lines = [f"{printable(u.username):<24} {u.role.value:<11} {active if u.active else inactive:<{width}} "
                 f"{printable(u.display_name)}" for u in users.list_users()]
        return "\n".join(lines) or args.say(N_("No users."))
    return _users(args, listing)


def cmd_demo_data(args: argparse.Namespace) -> int:
    database = _connect(args)
    try:
        _require_initialised(database)
        with progress_bar(args.say, args.say(N_("Demo customers"))) as update:
            report = demo_data.generate(database, args.customers, args.seed, actor=_operator(),
                                        workers=args.workers, progress=update)
    finally:
        database.dispose()
    total = sum(report.rows.values())
    print(args.say(N_("Added {customers} demo customers ({rows} rows) to {where} in {seconds} s."),
                   customers=report.customers, rows=total, where=_where(args), seconds=f"{report.seconds:.1f}"))
    return 0


def cmd_import_customers(args: argparse.Namespace) -> int:
    database = _connect(args)
    try:
        _require_initialised(database)
        with progress_bar(args.say, args.say(N_("Importing"))) as update:
            report = csv_import.import_customers(database, _operator(), args.file, progress=update)
    finally:
        database.dispose()
    if not report.ok:
        print(args.say(N_("{file}: {count} problem(s); nothing was imported."), file=report.file,
                       count=len(report.problems)), file=sys.stderr)
        for problem in report.problems:
            text = redact(args.say(problem.message, **problem.params))
            print(f"{report.file}:{problem.line}: {text}", file=sys.stderr)
        return 1
    print(args.say(N_("Imported {count} customers from {file} ({encoding}, delimiter {delimiter})."),
                   count=report.imported, file=report.file, encoding=report.encoding,
                   delimiter=repr(report.delimiter)))
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    database = _connect(args)
    try:
        _require_initialised(database)
        # The operator's own receipt book: checked first, compared against when no receipt is given, and a
        # receipt of the head kept when the chain verifies (desktop.services.audit_receipts).
        receipts = AuditReceiptService(database, _operator(Role.AUDITOR), user_data_dir() / FOLDER_NAME)
        verification = receipts.verify(args.receipt)
    finally:
        database.dispose()
    result = verification.result
    if verification.check.broken:
        print(verification.check.describe(args.say.translate), file=sys.stderr)
    if not result.ok:
        problem = args.say(result.problem or "", id=result.first_bad_id, count=result.count,
                           receipt_count=result.receipt_count)
        print(args.say(N_("Audit log BROKEN: {problem}"), problem=problem), file=sys.stderr)
        return 1
    print(args.say(N_("Audit log intact: {count} rows. Receipt: {receipt}"), count=result.count,
                   receipt=result.receipt))
    return 0 if verification.check.extended else 1


def _with_database(args: argparse.Namespace, run: Callable[..., int], role: Role = Role.ADMIN) -> int:
    """Connect, check the database is initialised, run a subcommand's body as the operator, disconnect."""
    database = _connect(args)
    try:
        _require_initialised(database)
        return run(args, database, _operator(role), args.say)
    finally:
        database.dispose()


# Listing customers is register work, which the administrator role may not do; the operator of these
# commands holds the database owner's credentials anyway, and the exports are audited under a
# supervisor's authority (the role that may export suppression lists and marketing lists).
def cmd_export_suppression(args: argparse.Namespace) -> int:
    return _with_database(args, suppression_cli.run, Role.SUPERVISOR)


def cmd_export_marketing(args: argparse.Namespace) -> int:
    # A disclosure of customer data: one disclosure row is recorded per customer written.
    return _with_database(args, marketing_cli.run, Role.SUPERVISOR)


def cmd_retention(args: argparse.Namespace) -> int:
    # The nightly maintenance job: run by the database owner (cron, Task Scheduler) as an admin actor.
    return _with_database(args, retention_cli.run)


def cmd_recordings(args: argparse.Namespace) -> int:
    # The handover of the recordings' destruction to the phone system: the retention run's other half.
    return _with_database(args, recordings_cli.run)


def cmd_privacy_notice(args: argparse.Namespace) -> int:
    return _with_database(args, notice_cli.run)


def cmd_report(args: argparse.Namespace) -> int:
    # Counts over the register and, from the audit log, identity-code reveals per user: the data
    # protection officer's report, made by the operator who holds the database owner's credentials.
    return _with_database(args, report_cli.run, Role.AUDITOR)


def _require_initialised(database: Database) -> None:
    if not setup.is_initialised(database):
        raise CliError(N_("The database is not initialised: run palvelutiski-admin init first."))


def _where(args: argparse.Namespace) -> str:
    url = resolve_url(args.db)
    if is_sqlite(url):
        return url.removeprefix("sqlite:///")
    return url.split("@")[-1]  # host/database, never the user or a password


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="palvelutiski-admin", description="Administration of a Palvelutiski database.",
        epilog=f"Database: --db, else ${ENV_DB_URL}, else the SQLite file {default_sqlite_path()}.")
    parser.add_argument("--db", metavar="URL", help="postgresql://user@host/dbname or a SQLite file path")
    parser.add_argument("--lang", choices=("fi", "sv", "en"),
                        help="language of the messages (default: the terminal's locale, else fi)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(handler=handler)
        return p

    def password_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--password-stdin", action="store_true",
                       help="read the password from the first line of standard input instead of prompting")

    p = command("init", cmd_init, "Create the schema, store the utility profile and create the first administrator.")
    p.add_argument("--profile", required=True, choices=sorted(load_profiles()), help="the utility (controller)")
    p.add_argument("--admin-user", required=True, metavar="NAME", help="username of the first administrator")
    p.add_argument("--key-file-without-keyring", action="store_true",
                   help="SQLite on a machine with no keyring (tests, a build check): keep the encryption key in "
                        "FILE.key beside the database, which protects nothing against a copy of the folder")
    password_option(p)
    command("migrate", cmd_migrate, "Upgrade the schema to the newest version.")
    p = command("create-user", cmd_create_user, "Create a staff user.")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--display-name", metavar="TEXT", help="the name shown in the desk (default: NAME)")
    password_option(p)
    p = command("set-password", cmd_set_password, "Set a staff user's password.")
    p.add_argument("name", metavar="NAME")
    password_option(p)
    p = command("deactivate-user", cmd_deactivate_user, "Deactivate a staff user (the history is kept).")
    p.add_argument("name", metavar="NAME")
    p = command("unlock-user", cmd_unlock_user, "Unlock a user locked out by failed logins.")
    p.add_argument("name", metavar="NAME")
    command("list-users", cmd_list_users, "List the staff users.")
    p = command("demo-data", cmd_demo_data, "Add realistic demo customers (never into a production register).")
    p.add_argument("--customers", required=True, type=int, metavar="N")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    p.add_argument("--workers", type=int, default=None, help="generator processes (default: up to 2 for large N)")
    p = command("import-customers", cmd_import_customers,
                "Import customers from a billing-system CSV file (columns: docs/csv-import.md).")
    p.add_argument("file", metavar="FILE.csv")
    backup_cli.add_parsers(sub)
    p = command("verify-audit", cmd_verify_audit, "Check the hash chain of the audit log.")
    p.add_argument("--receipt", metavar="COUNT:HASH", help="a receipt printed by an earlier verify-audit")
    suppression_cli.add_parser(sub).set_defaults(handler=cmd_export_suppression)
    marketing_cli.add_parser(sub).set_defaults(handler=cmd_export_marketing)
    retention_cli.add_parser(sub).set_defaults(handler=cmd_retention)
    recordings_cli.add_parser(sub).set_defaults(handler=cmd_recordings)
    report_cli.add_parser(sub).set_defaults(handler=cmd_report)
    notice_cli.add_parser(sub).set_defaults(handler=cmd_privacy_notice)
    data_key_cli.add_parser(sub).set_defaults(handler=cmd_rekey)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    say = args.say = Messages(choose_language(args.lang, os.environ))
    try:
        return args.handler(args)
    except DomainError as exc:
        print(say(N_("error: {message}"), message=redact(say(exc.message, **exc.params))), file=sys.stderr)
    except PermissionDenied as exc:
        print(say(N_("error: {message}"), message=say(N_("permission denied: {permission}"),
                                                      permission=exc.permission.value)), file=sys.stderr)
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        print(say(N_("error: database {where}: {reason}"), where=_where(args), reason=redact(reason)),
              file=sys.stderr)
    except KeyboardInterrupt:
        # Every long command works in one transaction or into a partial file: nothing half-written stays.
        print(say(N_("Interrupted: nothing was changed.")), file=sys.stderr)
        return 130
    return 1


if __name__ == "__main__":
    sys.exit(main())
