"""SQLite at rest: identity codes, full IBANs and the HMAC key are encrypted in the file (issue 10, item 7).

The *data key* (AES-256-GCM, ``cryptography``) never sits in the database file. It is kept in the OS
keyring of the workstation user (Windows Credential Manager, Secret Service, macOS Keychain: whatever
``keyring`` finds), under the service :data:`KEYRING_SERVICE` and the file's random key id. The file
holds only the key id and the data key wrapped under a *recovery key*: 160 random bits shown once to
the administrator (``palvelutiski-admin init`` / ``migrate`` / ``rekey``), with which ``palvelutiski-admin
rekey --recovery-key`` unlocks the data on another workstation or user account and stores a new key.

What is encrypted, each value under a fresh 96-bit nonce, authenticated with the column's name and the
value's visible part (so neither can be swapped in the file unnoticed):

- ``person_hetu.hetu`` — stored as ``pt1:<mask>:<base64>``; the mask (``131052*****``) is what every desk
  role sees anyway and what the ``customer_masked`` view shows (it cannot decrypt).
- ``bank_account.iban`` — ``pt1:<FI21 **** 0785>:<base64>``, read only through ``bank_account_masked``.
- ``database_secret.value`` — ``b"pt1\\0" + nonce + ciphertext``: without the data key the blind index
  (HMAC of the code) cannot be used to try the ~2000 codes of one birth date.

The blind index and the masks stay in clear (they are what the desk searches and shows). A value without
the prefix is an older, not yet sealed one: it is read as it is, and :func:`seal` (run by the admin CLI's
``init`` and ``migrate``) encrypts every such value.

A file that has no key yet gets one on its first encrypted write (test copies of the migrated template
each get their own). Such a key has no recovery copy until :func:`seal` makes one. The demo database,
whose people are invented, may keep its key in a ``.key`` file beside it when the machine has no keyring,
and so may a file made with ``palvelutiski-admin init --key-file-without-keyring`` (build checks, tests).

PostgreSQL is not concerned: there the database keeps these values from desk roles (migrations 0002, 0005).
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import secrets
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from desktop.core.contact import mask_iban
from desktop.core.errors import DomainError
from desktop.core.hetu import mask as mask_hetu
from desktop.core.i18n import N_

SEALED = "pt1:"
SEALED_BYTES = b"pt1\x00"
KEYRING_SERVICE = "palvelutiski-data-key"
HETU, IBAN, SECRET = "person_hetu.hetu", "bank_account.iban", "database_secret.value"
IN_KEYRING, IN_KEY_FILE = "keyring", "file"
_NONCE = 12
_RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, shown as 8 groups of 4
_REFUSED_BACKENDS = ("keyring.backends.fail", "keyring.backends.null")


class DataKeyMissing(DomainError):
    def __init__(self, path: str) -> None:
        super().__init__(N_("This computer's keyring does not hold the key of the database {path}, so its identity "
                            "codes and bank accounts cannot be read. The administrator can restore access with "
                            "the recovery key: palvelutiski-admin --db {path} rekey --ask-recovery-key"), path=path)


class NoKeyring(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows "
                            "Credential Manager) to keep the database's encryption key in. Enable one, or use "
                            "PostgreSQL."))


class WrongRecoveryKey(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("The recovery key does not open this database. Check it against the printed copy "
                            "(8 groups of 4 letters and digits)."))


# cryptography and keyring (~10 MiB with the Secret Service client) are imported at their first use: a
# PostgreSQL desk never needs them, and every desk imports this module through db.engine (issue 14).
def _aead(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _new_key() -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM.generate_key(bit_length=256)


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def _keyring() -> Any:
    import keyring

    return keyring


def _keyring_error() -> type[Exception]:
    from keyring.errors import KeyringError

    return KeyringError


@dataclass(frozen=True)
class FieldCipher:
    """AES-256-GCM over single values; ``purpose`` (the column) and the visible part are authenticated."""

    key_id: str
    key: bytes

    def seal_text(self, value: str, purpose: str, visible: str) -> str:
        assert ":" not in visible
        nonce = os.urandom(_NONCE)
        sealed = _aead(self.key).encrypt(nonce, value.encode("utf-8"), _aad(purpose, visible))
        return f"{SEALED}{visible}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def open_text(self, stored: str, purpose: str) -> str:
        if not stored.startswith(SEALED):
            return stored  # not sealed yet (written before this version)
        visible, _, blob = stored[len(SEALED):].rpartition(":")
        raw = base64.b64decode(blob)
        return _aead(self.key).decrypt(raw[:_NONCE], raw[_NONCE:], _aad(purpose, visible)).decode("utf-8")

    def seal_bytes(self, value: bytes, purpose: str) -> bytes:
        nonce = os.urandom(_NONCE)
        return SEALED_BYTES + nonce + _aead(self.key).encrypt(nonce, value, _aad(purpose, ""))

    def open_bytes(self, stored: bytes, purpose: str) -> bytes:
        if not stored.startswith(SEALED_BYTES):
            return stored
        raw = stored[len(SEALED_BYTES):]
        return _aead(self.key).decrypt(raw[:_NONCE], raw[_NONCE:], _aad(purpose, ""))

    def seal_hetu(self, code: str) -> str:
        return self.seal_text(code, HETU, mask_hetu(code))

    def seal_iban(self, iban: str) -> str:
        return self.seal_text(iban, IBAN, mask_iban(iban))


def _aad(purpose: str, visible: str) -> bytes:
    return f"palvelutiski {purpose} {visible}".encode()


# --- where the key is -----------------------------------------------------------------------------------

def raw_connection(session_or_conn: Any) -> sqlite3.Connection:
    """The sqlite3 connection of a SQLAlchemy session (inside its transaction), or the connection itself."""
    if isinstance(session_or_conn, sqlite3.Connection):
        return session_or_conn
    return session_or_conn.connection().connection.driver_connection


def is_sqlite(session: Any) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def keyring_usable(backend: Any | None = None) -> bool:
    backend = backend or _keyring().get_keyring()
    children = getattr(backend, "backends", None)
    if children is not None:
        return any(keyring_usable(child) for child in children)
    return not type(backend).__module__.startswith(_REFUSED_BACKENDS)


def _file_path(conn: sqlite3.Connection) -> str:
    for _seq, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return path or ":memory:"
    return ":memory:"


def _key_file(conn: sqlite3.Connection) -> Path:
    return Path(_file_path(conn) + ".key")


def _row(conn: sqlite3.Connection) -> tuple[str, str, bytes | None] | None:
    return conn.execute("SELECT key_id, kept_in, recovery_wrap FROM data_key WHERE id = 1").fetchone()


def _load(conn: sqlite3.Connection, key_id: str, kept_in: str) -> bytes:
    text = None
    try:
        if kept_in == IN_KEY_FILE:
            path = _key_file(conn)
            text = path.read_text(encoding="ascii").strip() if path.is_file() else None
        else:
            text = _keyring().get_password(KEYRING_SERVICE, key_id)
    except (_keyring_error(), OSError, ValueError):
        text = None
    if not text:
        raise DataKeyMissing(_file_path(conn))
    return base64.b64decode(text)


def _keep(conn: sqlite3.Connection, key_id: str, key: bytes, kept_in: str) -> None:
    text = base64.b64encode(key).decode("ascii")
    if kept_in == IN_KEY_FILE:
        path = _key_file(conn)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
        return
    if not keyring_usable():
        raise NoKeyring()
    try:
        _keyring().set_password(KEYRING_SERVICE, key_id, text)
    except _keyring_error():
        raise NoKeyring() from None


def _forget(key_id: str, kept_in: str) -> None:
    if kept_in != IN_KEYRING:
        return
    try:
        _keyring().delete_password(KEYRING_SERVICE, key_id)
    except _keyring_error():
        pass


def cipher(session_or_conn: Any, *, create: bool = False) -> FieldCipher | None:
    """The file's cipher; None when the file has no key (then it holds nothing encrypted).

    ``create``: a file without a key gets one now (kept in the keyring, no recovery copy yet: :func:`seal`
    makes one). Raises :class:`DataKeyMissing` when the file has a key this user's keyring does not hold.
    """
    conn = raw_connection(session_or_conn)
    row = _row(conn)
    if row is None:
        if not create:
            return None
        return _create(conn, IN_KEYRING)[0]
    key_id, kept_in, _wrap = row
    return FieldCipher(key_id, _load(conn, key_id, kept_in))


def _create(conn: sqlite3.Connection, kept_in: str, *, with_recovery: bool = False) -> tuple[FieldCipher, str | None]:
    new = FieldCipher(uuid.uuid4().hex, _new_key())
    _keep(conn, new.key_id, new.key, kept_in)
    recovery = new_recovery_key() if with_recovery else None
    # The timestamp in SQLAlchemy's SQLite text form (db.base.UtcDateTime), as db.audit writes it.
    conn.execute("INSERT INTO data_key (id, key_id, kept_in, recovery_wrap, created_at) VALUES (1, ?, ?, ?, ?)",
                 (new.key_id, kept_in, None if recovery is None else wrap(new, recovery),
                  dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")))
    return new, recovery


# --- the recovery key -----------------------------------------------------------------------------------

def new_recovery_key() -> str:
    text = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _kek(recovery: str, key_id: str) -> bytes:
    compact = "".join(recovery.split()).replace("-", "").upper()
    try:
        material = base64.b32decode(compact)
    except ValueError:
        raise WrongRecoveryKey() from None
    if len(material) != _RECOVERY_BYTES:
        raise WrongRecoveryKey()
    # The recovery key is 160 random bits, not a password: a KDF for stretching would add nothing.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=key_id.encode(), info=b"palvelutiski recovery").derive(material)


def wrap(data: FieldCipher, recovery: str) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + _aead(_kek(recovery, data.key_id)).encrypt(nonce, data.key, b"palvelutiski data key")


def unwrap(key_id: str, wrapped: bytes, recovery: str) -> FieldCipher:
    try:
        key = _aead(_kek(recovery, key_id)).decrypt(wrapped[:_NONCE], wrapped[_NONCE:], b"palvelutiski data key")
    except _invalid_tag():
        raise WrongRecoveryKey() from None
    return FieldCipher(key_id, key)


# --- sealing what is there, and re-keying -------------------------------------------------------------------

@dataclass(frozen=True)
class SealReport:
    recovery_key: str | None  # shown once: a new recovery key was made (new data key, or none on record)
    sealed: int  # values that were in clear and are now encrypted
    key_file: bool = False  # the demo's key is in a file beside the database (no keyring)


def seal(session: Any, *, allow_key_file: bool = False) -> SealReport:
    """Give the file a data key with a recovery copy (if it lacks either) and encrypt every clear value.

    Inside the caller's transaction. ``allow_key_file`` (the demo, ``init --key-file-without-keyring``): without
    a keyring the key goes into ``<file>.key`` beside the database instead of failing.
    """
    conn = raw_connection(session)
    row = _row(conn)
    recovery: str | None = None
    kept_in = IN_KEYRING
    if row is None:
        kept_in = IN_KEY_FILE if allow_key_file and not keyring_usable() else IN_KEYRING
        data, recovery = _create(conn, kept_in, with_recovery=True)
    else:
        key_id, kept_in, wrapped = row
        data = FieldCipher(key_id, _load(conn, key_id, kept_in))
        if wrapped is None:
            recovery = new_recovery_key()
            conn.execute("UPDATE data_key SET recovery_wrap = ? WHERE id = 1", (wrap(data, recovery),))
    sealed = _reseal(conn, lambda stored, _purpose: stored, data, only_clear=True)
    return SealReport(recovery, sealed, kept_in == IN_KEY_FILE)


def rekey(session: Any, recovery_key: str | None = None) -> str:
    """A new data key in this user's keyring, every value encrypted again under it; returns the new recovery key.

    The current key comes from the keyring, or from ``recovery_key`` (another workstation, a lost keyring).
    """
    conn = raw_connection(session)
    row = _row(conn)
    if row is None:
        return seal(session).recovery_key or ""
    key_id, kept_in, wrapped = row
    if recovery_key is not None:
        if wrapped is None:
            raise WrongRecoveryKey()
        old = unwrap(key_id, wrapped, recovery_key)
    else:
        old = FieldCipher(key_id, _load(conn, key_id, kept_in))
    new = FieldCipher(uuid.uuid4().hex, _new_key())
    _keep(conn, new.key_id, new.key, IN_KEYRING)
    recovery = new_recovery_key()
    conn.execute("UPDATE data_key SET key_id = ?, kept_in = ?, recovery_wrap = ? WHERE id = 1",
                 (new.key_id, IN_KEYRING, wrap(new, recovery)))

    def reopen(stored: Any, purpose: str) -> Any:
        try:
            return old.open_bytes(stored, purpose) if isinstance(stored, bytes) else old.open_text(stored, purpose)
        except _invalid_tag():
            raise WrongRecoveryKey() from None

    _reseal(conn, reopen, new, only_clear=False)
    _forget(key_id, kept_in)
    return recovery


def _reseal(conn: sqlite3.Connection, opened: Any, data: FieldCipher, *, only_clear: bool) -> int:
    count = 0
    text_columns = (("person_hetu", "customer_id", "hetu", data.seal_hetu, HETU),
                    ("bank_account", "id", "iban", data.seal_iban, IBAN))
    for table, key, column, seal_value, purpose in text_columns:
        where = f" WHERE {column} NOT LIKE 'pt1:%'" if only_clear else ""
        rows = conn.execute(f"SELECT {key}, {column} FROM {table}{where}").fetchall()
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE {key} = ?",
                         [(seal_value(opened(value, purpose)), ident) for ident, value in rows])
        count += len(rows)
    secrets_rows = [(name, value) for name, value in conn.execute("SELECT name, value FROM database_secret")
                    if not (only_clear and bytes(value).startswith(SEALED_BYTES))]
    conn.executemany("UPDATE database_secret SET value = ? WHERE name = ?",
                     [(data.seal_bytes(opened(bytes(value), SECRET), SECRET), name) for name, value in secrets_rows])
    return count + len(secrets_rows)


# --- helpers for the writers ----------------------------------------------------------------------------

def seal_flushed_values(session: Any, _context: Any = None, _instances: Any = None) -> None:
    """before_flush (db.engine): on SQLite every column marked ``sealed_on_sqlite`` is written encrypted,
    whoever sets it through the ORM; a value sealed already is left as it is."""
    if not is_sqlite(session):
        return
    found: FieldCipher | None = None
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:
            column = attribute.columns[0]
            value = state.dict.get(attribute.key)
            if not column.info.get("sealed_on_sqlite") or not isinstance(value, str) or value.startswith(SEALED):
                continue
            found = found or cipher(session, create=True)
            assert found is not None
            purpose = f"{column.table.name}.{column.name}"
            setattr(obj, attribute.key, found.seal_hetu(value) if purpose == HETU else found.seal_iban(value))

def open_secret(session_or_conn: Any, stored: bytes | None) -> bytes | None:
    """The clear HMAC key (or other secret) as stored in ``database_secret.value``."""
    if stored is None or not bytes(stored).startswith(SEALED_BYTES):
        return None if stored is None else bytes(stored)
    found = cipher(session_or_conn)
    if found is None:
        raise DataKeyMissing(_file_path(raw_connection(session_or_conn)))
    return found.open_bytes(bytes(stored), SECRET)


def open_hetu(session_or_conn: Any, stored: str) -> str:
    """The clear identity code as stored in ``person_hetu.hetu`` (SQLite)."""
    return _open_text(session_or_conn, stored, HETU)


def open_iban(session_or_conn: Any, stored: str) -> str:
    """The full IBAN as stored in ``bank_account.iban`` (SQLite; the desk itself reads only the mask)."""
    return _open_text(session_or_conn, stored, IBAN)


def _open_text(session_or_conn: Any, stored: str, purpose: str) -> str:
    if not stored.startswith(SEALED):
        return stored
    found = cipher(session_or_conn)
    if found is None:
        raise DataKeyMissing(_file_path(raw_connection(session_or_conn)))
    return found.open_text(stored, purpose)


def seal_secret(session: Any, value: bytes) -> bytes:
    """What to store in ``database_secret.value``: sealed on SQLite, the value itself on PostgreSQL."""
    if not is_sqlite(session):
        return value
    found = cipher(session, create=True)
    assert found is not None
    return found.seal_bytes(value, SECRET)


def seal_rows(found: FieldCipher | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[tuple]:
    """Bulk rows of person_hetu / bank_account with their ``hetu`` / ``iban`` column sealed (None: as they are)."""
    rows = [tuple(row) for row in rows]
    if found is None:
        return rows  # type: ignore[return-value]
    for column, seal_value in (("hetu", found.seal_hetu), ("iban", found.seal_iban)):
        if column in columns:
            at = list(columns).index(column)
            rows = [(*row[:at], seal_value(row[at]), *row[at + 1:]) for row in rows]
    return rows  # type: ignore[return-value]
