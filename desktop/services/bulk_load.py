"""Bulk writing of prepared rows inside the caller's transaction: SQLite executemany, PostgreSQL COPY.

The ORM and even Core ``insert()`` convert every value in Python (``UtcDateTime`` for instance), which
costs minutes on a million customers. Rows here are already in storage form (timestamps as text, see
demo_rows.Clock), so they go straight to the driver: ``sqlite3.Cursor.executemany`` on SQLite and
``COPY … FROM STDIN`` on PostgreSQL, both on the connection of the session's transaction, so the load
commits or rolls back with everything else the caller does in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def _quoted(name: str) -> str:
    return f'"{name}"'


class BulkWriter:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self.raw: Any = session.connection().connection.driver_connection
        self.counts: dict[str, int] = {}

    def write(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
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
        self.counts[table] = self.counts.get(table, 0) + len(rows)

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
