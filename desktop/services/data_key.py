"""The SQLite file's data key (db.at_rest): seal what is in clear, show the recovery key once, re-key.

``palvelutiski-admin init`` and ``migrate`` seal the file (a key with a recovery copy; every identity code,
IBAN and HMAC key still in clear encrypted) and print a recovery key when one was made. ``rekey`` makes a
new data key in the operator's keyring and encrypts everything again under it, opening the old one from
the keyring or from the recovery key (a new workstation, another user account, a lost keyring).
PostgreSQL needs none of this: those values are kept from desk roles by the database itself.
"""

from __future__ import annotations

from db import at_rest
from db.at_rest import DataKeyMissing, NoKeyring, SealReport, WrongRecoveryKey
from db.database import Database

__all__ = ["DataKeyMissing", "NoKeyring", "SealReport", "WrongRecoveryKey", "rekey", "seal"]


def seal(database: Database, *, allow_key_file: bool = False) -> SealReport | None:
    """Seal a SQLite file (None for PostgreSQL). ``allow_key_file``: the demo only (db.at_rest.seal)."""
    if database.is_postgres:
        return None
    with database.transaction() as session:
        return at_rest.seal(session, allow_key_file=allow_key_file)


def rekey(database: Database, recovery_key: str | None = None) -> str | None:
    """A new data key (in this user's keyring) and a new recovery key, returned to be shown once."""
    if database.is_postgres:
        return None
    with database.transaction() as session:
        return at_rest.rekey(session, recovery_key)
