"""Customer search for the desk's one search field: bounded, index-only, never a partial hetu.

The text is classified by desktop.core.search_query; each kind runs one bounded statement of
db.repositories.search (at most ``limit + 1`` rows, the extra one only tells that there are more).
A whole identity code goes through the audited exact lookup of db.repositories.hetu and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from db.database import Database
from db.repositories import hetu as hetu_vault
from db.repositories import search as repo
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.core.search_query import (
    MAX_NAME_WORDS,
    ParsedQuery,
    QueryKind,
    parse_query,
    phone_span,
    prefix_span,
    word_prefix_spans,
)

# The desk shows 50; callers may ask for fewer, never for an unbounded list.
MAX_LIMIT = 200

NOT_FOUND_BY_HETU = N_("No customer has this identity code.")


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """One line of the result list.

    ``matched_field`` says which field matched: "name" (spans on ``display_name``), "street" (on
    ``street``), "customer_number", "business_id" (on ``masked_id``), "phone", "email",
    "metering_point" (on ``matched_value``, the stored value as formatted) or "hetu" (no spans:
    the code is never highlighted). ``matched_value`` is always the text the spans refer to.
    """

    customer_id: int
    customer_number: str
    display_name: str
    masked_id: str  # masked hetu of a person, Y-tunnus of a company, "" when unknown
    street: str
    postcode: str
    post_town: str
    matched_field: str
    match_spans: list[tuple[int, int]]
    matched_value: str = ""


@dataclass(frozen=True, slots=True)
class SearchResult:
    """``kind`` is the QueryKind value; ``message`` (translatable) explains a refused or empty search."""

    rows: list[CustomerHit]
    more: bool
    kind: str
    message: str | None = None


class CustomerSearchService:
    def __init__(self, database: Database, actor: Actor) -> None:
        self._database = database
        self._actor = actor

    def search(self, query: str, limit: int = 50) -> SearchResult:
        self._actor.require(Permission.READ_CUSTOMER)
        limit = max(1, min(limit, MAX_LIMIT))
        parsed = parse_query(query)
        if parsed.kind in (QueryKind.EMPTY, QueryKind.PARTIAL_HETU, QueryKind.INVALID_HETU):
            return SearchResult([], False, parsed.kind.value, parsed.message)
        if parsed.kind is QueryKind.HETU:
            return self._by_hetu(parsed)
        with self._read_connection() as conn:
            hits = self._run(conn, parsed, limit + 1)
        return SearchResult(hits[:limit], len(hits) > limit, parsed.kind.value)

    def _read_connection(self) -> Connection:
        conn = self._database.engine.connect()
        if self._database.is_postgres:
            # Reads only: without BEGIN and ROLLBACK around it a search is one round trip per statement.
            conn.execution_options(isolation_level="AUTOCOMMIT")
        return conn

    def _run(self, conn: Connection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
        kind, key = parsed.kind, parsed.key
        if kind is QueryKind.NAME:
            hits = [_hit(row, "name", parsed) for row in repo.by_name(conn, parsed.words, fetch)]
            if len(hits) < fetch:
                # A name-only query may be a street without a house number ("Pohjoinen Rantakatu").
                seen = {hit.customer_id for hit in hits}
                hits += [_hit(row, "street", parsed) for row in repo.by_street(conn, key, fetch - len(hits))
                         if row.customer_id not in seen]
            return hits
        if kind is QueryKind.STREET:
            hits = [_hit(row, "street", parsed) for row in repo.by_street(conn, key, fetch)]
            if len(hits) < fetch:
                # Housing companies carry an address in their name ("As Oy Kuusitie 5").
                seen = {hit.customer_id for hit in hits}
                hits += [_hit(row, "name", parsed) for row in repo.by_name(conn, parsed.words[:MAX_NAME_WORDS],
                                                                           fetch - len(hits))
                         if row.customer_id not in seen]
            return hits
        if kind is QueryKind.PHONE:
            return _unique(_hit(row, "phone", parsed) for row in repo.by_contact(conn, "phone", key, fetch))
        if kind is QueryKind.EMAIL:
            return _unique(_hit(row, "email", parsed) for row in repo.by_contact(conn, "email", key, fetch))
        if kind is QueryKind.CUSTOMER_NUMBER:
            return [_hit(row, "customer_number", parsed) for row in repo.by_customer_number(conn, key)]
        if kind is QueryKind.BUSINESS_ID:
            return [_hit(row, "business_id", parsed) for row in repo.by_business_id(conn, key, fetch)]
        if kind is QueryKind.METERING_POINT:
            return [_hit(row, "metering_point", parsed) for row in repo.by_metering_point(conn, key)]
        raise AssertionError(f"unhandled query kind {kind}")

    def _by_hetu(self, parsed: ParsedQuery) -> SearchResult:
        assert parsed.hetu is not None
        # The lookup writes its audit row (found or not) in this transaction; the hit is read in it too.
        with self._database.transaction() as session:
            customer_id = hetu_vault.lookup_in(session, self._actor, parsed.hetu.value)
            rows = [] if customer_id is None else repo.by_customer_id(session.connection(), customer_id)
        if not rows:
            return SearchResult([], False, parsed.kind.value, NOT_FOUND_BY_HETU)
        return SearchResult([_hit(row, "hetu", parsed) for row in rows], False, parsed.kind.value)


def _unique(hits: object) -> list[CustomerHit]:
    """One line per customer when several of their phone numbers or addresses match."""
    seen: set[int] = set()
    unique: list[CustomerHit] = []
    for hit in hits:  # type: ignore[attr-defined]
        if hit.customer_id not in seen:
            seen.add(hit.customer_id)
            unique.append(hit)
    return unique


def display_name(row: repo.HitRow) -> str:
    if row.kind == "company":
        return row.company_name or ""
    return f"{row.last_name or ''} {row.first_names or ''}".strip()


def _hit(row: repo.HitRow, field: str, parsed: ParsedQuery) -> CustomerHit:
    name = display_name(row)
    masked_id = (row.business_id if row.kind == "company" else row.masked_hetu) or ""
    street = row.street or ""
    if field == "name":
        value, spans = name, word_prefix_spans(name, parsed.words)
    elif field == "street":
        value, spans = street, prefix_span(street, parsed.key)
    elif field == "phone":
        value, spans = row.matched, phone_span(row.matched, parsed.key)
    elif field == "email":
        start = len(row.matched) - len(row.matched.lstrip())
        value, spans = row.matched, [(start, start + len(parsed.key))]
    elif field == "business_id":
        value, spans = masked_id, [(0, len(masked_id))]
    elif field == "hetu":
        value, spans = masked_id, []
    else:  # customer_number, metering_point: exact matches of the whole value
        value, spans = row.matched, [(0, len(row.matched))]
    return CustomerHit(
        customer_id=row.customer_id, customer_number=row.customer_number, display_name=name,
        masked_id=masked_id, street=street, postcode=row.postcode or "", post_town=row.post_town or "",
        matched_field=field, match_spans=spans, matched_value=value,
    )
