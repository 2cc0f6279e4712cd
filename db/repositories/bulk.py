"""Bulk loads (demo data, CSV import): prepared rows written inside the caller's transaction, and the
reads that plan such a load (free id ranges, clashing customer numbers). SQLite executemany, PostgreSQL COPY.

The ORM and even Core ``insert()`` convert every value in Python (``UtcDateTime`` for instance), which
costs minutes on a million customers. Rows here are already in storage form (timestamps as text, see
demo_rows.Clock), so they go straight to the driver: ``sqlite3.Cursor.executemany`` on SQLite and
``COPY … FROM STDIN`` on PostgreSQL, both on the connection of the session's transaction, so the load
commits or rolls back with everything else the caller does in it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.orm import Session

from db import at_rest
from db.at_rest import FieldCipher
from db.models import (
    BankAccount,
    Call,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    Customer,
    DataRequest,
    Disclosure,
    Invoice,
    PersonHetu,
    PostalAddress,
    RequestEvent,
    UsageSite,
)

# The tables whose ids a bulk load assigns in Python (each from the largest id already there).
ID_TABLES = {
    "postal_address": PostalAddress, "contact_point": ContactPoint, "bank_account": BankAccount,
    "usage_site": UsageSite, "contract": Contract, "consumption_summary": ConsumptionSummary, "invoice": Invoice,
    "call": Call, "consent_event": ConsentEvent, "disclosure": Disclosure, "data_request": DataRequest,
    "request_event": RequestEvent,
}
_LOAD_CACHE_KIB = 1_000_000  # SQLite page cache during a load: random-order unique keys (hetu, blind index)
_NORMAL_CACHE_KIB = 200_000  # db.engine's setting


class RowsClash(Exception):
    """A loaded row clashes with one already in the database (a unique key); ``table`` names where."""

    def __init__(self, table: str) -> None:
        super().__init__(table)
        self.table = table


def largest_ids(session: Session) -> dict[str, int]:
    """The largest id in each of :data:`ID_TABLES` (0 when empty)."""
    return {name: session.scalar(select(func.max(model.id))) or 0 for name, model in ID_TABLES.items()}


def next_customer_id(session: Session) -> int:
    return (session.scalar(select(func.max(Customer.id))) or 0) + 1


def customer_numbers_taken(session: Session, low: str, high: str) -> int:
    """How many customers have a number between ``low`` and ``high`` of the same length (text order)."""
    return session.scalar(select(func.count()).select_from(Customer).where(
        Customer.customer_number.between(low, high), func.length(Customer.customer_number) == len(high))) or 0


def _existing(session: Session, column: Any, values: Iterable[Any]) -> set[Any]:
    wanted, found = list(values), set()
    for start in range(0, len(wanted), 500):  # a bounded IN list per statement
        found |= set(session.scalars(select(column).where(column.in_(wanted[start:start + 500]))))
    return found


def existing_customer_numbers(session: Session, numbers: Iterable[str]) -> set[str]:
    """Those of ``numbers`` that a customer has already."""
    return _existing(session, Customer.customer_number, numbers)


def existing_blind_indexes(session: Session, indexes: Iterable[bytes]) -> set[bytes]:
    """Those of the identity codes' blind ``indexes`` registered to a customer already."""
    return _existing(session, PersonHetu.blind_index, indexes)


_INSERTABLE = {"customer": Customer, "person_hetu": PersonHetu, "postal_address": PostalAddress,
               "contact_point": ContactPoint, "bank_account": BankAccount}


def insert_values(session: Session, table: str, values: Sequence[dict[str, Any]]) -> None:
    """Rows given as column dicts in Python types (converted by the models' column types): the CSV import's
    path, a few thousand customers at a time."""
    if values:
        session.execute(insert(_INSERTABLE[table]), list(values))


def sealing(session: Session) -> FieldCipher | None:
    """SQLite: the file's cipher for identity codes and IBANs (db.at_rest, created when missing);
    PostgreSQL keeps them itself (None)."""
    return at_rest.cipher(session, create=True) if at_rest.is_sqlite(session) else None


def analyse(engine: Engine) -> None:
    """Fresh planner statistics, so the first searches on a million rows pick the indexes."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
            conn.commit()


def _quoted(name: str) -> str:
    return f'"{name}"'


class BulkWriter:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self.raw: Any = session.connection().connection.driver_connection
        self.counts: dict[str, int] = {}

    @property
    def timestamp_suffix(self) -> str:
        """What ends a UTC timestamp as text in this database: "+00" on PostgreSQL, nothing on SQLite."""
        return "+00" if self.dialect == "postgresql" else ""

    def sealing(self) -> FieldCipher | None:
        return sealing(self.session)

    def large_load(self, on: bool) -> None:
        """SQLite: a bigger page cache for this load only (on), then back to db.engine's setting (off)."""
        if self.dialect != "postgresql":
            self.session.execute(text(f"PRAGMA cache_size=-{_LOAD_CACHE_KIB if on else _NORMAL_CACHE_KIB}"))

    def write(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        try:
            self._write(table, columns, rows)
        except (sqlite3.IntegrityError, psycopg.errors.IntegrityError) as exc:
            raise RowsClash(table) from exc
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def _write(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        cols = ", ".join(_quoted(c) for c in columns)
        if self.dialect == "postgresql":
            with self.raw.cursor() as cursor, cursor.copy(f"COPY {_quoted(table)} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns))
            cursor = self.raw.cursor()
            try:
                cursor.executemany(f"INSERT INTO {_quoted(table)} ({cols}) VALUES ({marks})", rows)
            finally:
                cursor.close()

    def drop_secondary_indexes(self, tables: Iterable[str]) -> list[str]:
        """Drop the plain (non-unique) ``ix_*`` indexes of ``tables`` and return how to recreate them.

        Building an index once over sorted data is far cheaper than growing it row by row in random key
        order (search_name, street_key …); unique indexes stay, they are the integrity checks. DDL is
        transactional on both databases, so a failed load leaves the indexes as they were.
        """
        names = list(tables)
        if self.dialect == "postgresql":
            found = self.session.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = ANY(:t) AND indexname LIKE 'ix\\_%' AND indexdef NOT LIKE 'CREATE UNIQUE%'"),
                {"t": names}).all()
        else:
            marks = ", ".join(f":t{i}" for i in range(len(names)))
            found = self.session.execute(text(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) "
                "AND name LIKE 'ix\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE UNIQUE%'"),
                {f"t{i}": name for i, name in enumerate(names)}).all()
        for name, _sql in found:
            self.session.execute(text(f"DROP INDEX {_quoted(name)}"))
        return [sql for _name, sql in found]

    def create_indexes(self, statements: Iterable[str]) -> None:
        for statement in statements:
            self.session.execute(text(statement))

    def fix_sequences(self, tables: Iterable[str]) -> None:
        """Ids were assigned in Python; move PostgreSQL's sequences past them (SQLite uses max(rowid))."""
        if self.dialect != "postgresql":
            return
        for table in tables:
            self.session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{_quoted(table)}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {_quoted(table)}), false)"))
