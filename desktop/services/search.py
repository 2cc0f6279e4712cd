"""Customer search for the desk's one search field: bounded, index-only, never a partial hetu.

The text is classified by desktop.core.search_query; each kind runs one bounded statement of
db.repositories.search (at most ``limit + 1`` rows, the extra one only tells that there are more) on
the database's own search connection (db.direct), so a keystroke costs little more than its SQL.
A whole identity code goes through the audited exact lookup (``by_hetu``, audited as hetu_search
found or not) and nothing else.
"""

from __future__ import annotations

from typing import NamedTuple

from db.database import Database
from db.direct import DirectConnection
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


class CustomerHit(NamedTuple):
    """One line of the result list: the row as stored, what matched, and what the view derives from them.

    A tuple built straight from the driver's row, because the search budget is 1.3× the raw SQL and a
    result list holds 51 of these; the display values and the highlighted spans are computed when the
    view asks for them (for the rows it paints), not for every row of every keystroke.

    ``matched_field`` says which field matched: "name" (spans on ``display_name``), "street" (on
    ``street``, the current postal address), "site" (the street of a usage site, on ``matched_value``), "customer_number", "business_id" (on ``masked_id``), "phone", "email",
    "metering_point" (on ``matched_value``, the stored value as formatted) or "hetu" (no spans:
    the code is never highlighted). ``matched_value`` is always the text the spans refer to.
    """

    customer_id: int
    customer_number: str
    kind: str
    last_name: str | None
    first_names: str | None
    company_name: str | None
    business_id: str | None
    masked_hetu: str | None
    stored_street: str | None
    stored_postcode: str | None
    stored_post_town: str | None
    matched: str
    matched_field: str
    query: ParsedQuery

    @property
    def display_name(self) -> str:
        if self.kind == "company":
            return self.company_name or ""
        return f"{self.last_name or ''} {self.first_names or ''}".strip()

    @property
    def masked_id(self) -> str:
        """Masked hetu of a person, Y-tunnus of a company, "" when unknown."""
        return (self.business_id if self.kind == "company" else self.masked_hetu) or ""

    @property
    def street(self) -> str:
        return self.stored_street or ""

    @property
    def postcode(self) -> str:
        return self.stored_postcode or ""

    @property
    def post_town(self) -> str:
        return self.stored_post_town or ""

    @property
    def matched_value(self) -> str:
        field = self.matched_field
        if field == "name":
            return self.display_name
        if field == "street":
            return self.street
        if field in ("business_id", "hetu"):
            return self.masked_id
        return self.matched

    @property
    def match_spans(self) -> list[tuple[int, int]]:
        field, value, parsed = self.matched_field, self.matched_value, self.query
        if field == "name":
            return word_prefix_spans(value, parsed.words)
        if field in ("street", "site"):
            return prefix_span(value, parsed.key)
        if field == "phone":
            return phone_span(value, parsed.key)
        if field == "email":
            start = len(value) - len(value.lstrip())
            return [(start, start + len(parsed.key))]
        if field == "hetu":
            return []
        return [(0, len(value))]  # customer number, Y-tunnus, metering point: the whole value matched


class SearchResult(NamedTuple):
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
        kind = parsed.kind
        if kind in _REFUSED:
            return SearchResult([], False, kind.value, parsed.message)
        if kind is QueryKind.HETU:
            assert parsed.hetu is not None
            rows = repo.by_hetu(self._database.direct, self._actor, parsed.hetu.value)
            if not rows:
                return SearchResult([], False, kind.value, NOT_FOUND_BY_HETU)
            return SearchResult(_hits(rows, "hetu", parsed), False, kind.value)
        hits = _SEARCH_OF_KIND[kind](self._database.direct, parsed, limit + 1)
        return SearchResult(hits[:limit], len(hits) > limit, kind.value)


# One function per kind of query: (the search connection, the parsed query, rows to fetch) -> hits.
# A table rather than an if-chain: each comparison with an enum member costs a class-attribute lookup,
# and a keystroke's budget is counted in microseconds (bench/search.py).

def _by_name(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    hits = _hits(repo.by_name(direct, parsed.words, fetch), "name", parsed)
    if len(hits) < fetch:
        # A name-only query may be a street without a house number ("Pohjoinen Rantakatu").
        hits += _street_hits(hits, repo.by_street(direct, parsed.key, fetch - len(hits)), parsed, fetch)
    return hits


def _by_street(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    hits = _street_hits([], repo.by_street(direct, parsed.key, fetch), parsed, fetch)
    if len(hits) < fetch:
        # Housing companies carry an address in their name ("As Oy Kuusitie 5").
        words = parsed.words[:MAX_NAME_WORDS]
        hits += _new_hits(hits, repo.by_name(direct, words, fetch - len(hits)), "name", parsed)
    return hits


def _by_phone(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    return _new_hits([], repo.by_contact(direct, "phone", parsed.key, fetch), "phone", parsed)


def _by_email(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    return _new_hits([], repo.by_contact(direct, "email", parsed.key, fetch), "email", parsed)


def _by_customer_number(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    return _hits(repo.by_customer_number(direct, parsed.key), "customer_number", parsed)


def _by_business_id(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    return _hits(repo.by_business_id(direct, parsed.key, fetch), "business_id", parsed)


def _by_metering_point(direct: DirectConnection, parsed: ParsedQuery, fetch: int) -> list[CustomerHit]:
    return _hits(repo.by_metering_point(direct, parsed.key), "metering_point", parsed)


_SEARCH_OF_KIND = {
    QueryKind.NAME: _by_name, QueryKind.STREET: _by_street, QueryKind.PHONE: _by_phone,
    QueryKind.EMAIL: _by_email, QueryKind.CUSTOMER_NUMBER: _by_customer_number,
    QueryKind.BUSINESS_ID: _by_business_id, QueryKind.METERING_POINT: _by_metering_point,
}
_REFUSED = frozenset((QueryKind.EMPTY, QueryKind.PARTIAL_HETU, QueryKind.INVALID_HETU))
_hit = CustomerHit._make  # a tuple from (*row, field, parsed), without NamedTuple's keyword __new__
# Positions in the repository's rows (db.repositories.search.HIT_COLUMNS), read before a hit is made.
_ID, _STREET, _MATCHED = (repo.HIT_COLUMNS.index(name) for name in ("customer_id", "street", "matched"))


def _hits(rows: list[repo.Row], field: str, parsed: ParsedQuery) -> list[CustomerHit]:
    return [_hit((*row, field, parsed)) for row in rows]


def _new_hits(hits: list[CustomerHit], rows: list[repo.Row], field: str, parsed: ParsedQuery) -> list[CustomerHit]:
    """The rows of customers not yet in ``hits`` (or in an earlier row: one line per customer when several
    of their phone numbers or addresses match)."""
    seen = {hit.customer_id for hit in hits}
    new: list[CustomerHit] = []
    for row in rows:
        if row[_ID] not in seen:
            seen.add(row[_ID])
            new.append(_hit((*row, field, parsed)))
    return new


def _street_hits(hits: list[CustomerHit], rows: list[repo.Row], parsed: ParsedQuery,
                 fetch: int) -> list[CustomerHit]:
    """Customers matched by a postal address or a usage site, one line each, until ``fetch`` lines in all.

    A row whose matched street is the customer's current postal street is a "street" match (highlighted
    in the address column); any other is a usage site ("site", named in the matched-by column).
    """
    seen = {hit.customer_id for hit in hits}
    new: list[CustomerHit] = []
    room = fetch - len(hits)
    for row in rows:
        if len(new) == room:
            break
        if row[_ID] not in seen:
            seen.add(row[_ID])
            new.append(_hit((*row, "street" if row[_MATCHED] == row[_STREET] else "site", parsed)))
    return new
