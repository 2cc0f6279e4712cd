"""``palvelutiski-admin rekey``, and the recovery key that ``init``, ``migrate`` and ``rekey`` show once.

A SQLite file's identity codes, IBANs and HMAC key are encrypted with a data key kept in the operator's
keyring (db.at_rest). Its recovery key is printed exactly once, when it is made; with it, ``rekey
--recovery-key-stdin`` (or ``--ask-recovery-key``) opens the data on another computer or user account and
stores a new key there. ``rekey`` alone replaces the key (e.g. after the old one may have been seen).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from db.database import Database
from desktop.cli.messages import Messages
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.services import data_key

COMMAND = "rekey"


class RecoveryKeyNotGiven(DomainError):
    pass


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        COMMAND, help="SQLite: a new encryption key in your keyring (from the old one or the recovery key)",
        description="SQLite: encrypt the identity codes, IBANs and the HMAC key again under a new key kept in "
                    "your keyring, and print its new recovery key. The current key is taken from your keyring, "
                    "or from the recovery key printed when the database was created (another computer or user).")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--recovery-key-stdin", action="store_true",
                        help="read the recovery key from the first line of standard input")
    source.add_argument("--ask-recovery-key", action="store_true", help="ask for the recovery key on the terminal")
    return parser


def recovery_notice(say: Messages, key: str) -> str:
    return say(N_("Recovery key of the database's encryption key, shown only now:\n\n    {key}\n\n"
                  "Print it or write it down and keep it locked away from this computer. With it, "
                  "palvelutiski-admin rekey --ask-recovery-key restores access to the identity codes and bank "
                  "accounts on another computer or user account; without it and without this user's keyring "
                  "they cannot be read."), key=key)


def _recovery_key(args: argparse.Namespace) -> str | None:
    if args.recovery_key_stdin:
        line = sys.stdin.readline().strip()
        if not line:
            raise RecoveryKeyNotGiven(N_("No recovery key on standard input."))
        return line
    if args.ask_recovery_key:
        if not sys.stdin.isatty():
            raise RecoveryKeyNotGiven(N_("No terminal to ask for the recovery key: use --recovery-key-stdin."))
        return getpass.getpass(args.say(N_("Recovery key: ")))
    return None


def rekey(args: argparse.Namespace, database: Database) -> int:
    key = data_key.rekey(database, _recovery_key(args))
    if key is None:
        print(args.say(N_("Nothing to do: a PostgreSQL database keeps these values from desk logins itself.")))
        return 0
    print(args.say(N_("The database now has a new encryption key in your keyring; the old recovery key no "
                      "longer opens it.")))
    print(recovery_notice(args.say, key))
    return 0
