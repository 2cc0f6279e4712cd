"""Customer search SQL: one bounded statement per query kind, the same text on SQLite and PostgreSQL.

Every statement has the same shape: an inner *match* selects at most ``limit`` rows as
``(id, sort_key, matched, tie)`` by walking one btree range in index order (never sorting all
matches), and the outer part fetches what the result list shows for those rows only: the customer,
the current postal address, and the masked code from the ``customer_masked`` view of migration 0002
(the desk never reads person_hetu, which PostgreSQL does not even grant it). The view is read by a
scalar subquery per row, not joined: PostgreSQL does not flatten a security_barrier view, so a join
would build the whole view (a million rows) before matching it, whereas the subquery's ``v.id = m.id``
is a leakproof condition that is pushed into the view and becomes a primary-key lookup.

Prefix ranges are written as ``key >= :lo AND key < :hi`` rather than LIKE: SQLite's LIKE is
case-insensitive and so cannot use a BINARY index, and the range states exactly what the index does.
The keys are folded to ``[0-9a-z@.+ ]`` (desktop.core.text) and byte-ordered on both databases
(SQLite BINARY, PostgreSQL collation "C" from migration 0003), so the range is precise.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sqlalchemy.exc import DBAPIError

from db.direct import DirectConnection
from db.repositories import hetu as hetu_vault
from desktop.core.roles import Actor, Permission

# The display part shared by every kind; {match} is the inner statement.
_DISPLAY = """
SELECT m.id, c.customer_number, c.kind, c.last_name, c.first_names, c.company_name, c.business_id,
       (SELECT v.masked_hetu FROM customer_masked AS v WHERE v.id = m.id) AS masked_hetu,
       a.street, a.postcode, a.post_town, m.matched
  FROM ({match}) AS m
  JOIN customer AS c ON c.id = m.id
  LEFT JOIN postal_address AS a ON a.customer_id = m.id AND a.valid_to IS NULL
 ORDER BY m.sort_key, m.tie"""

# Each inner statement names its columns id, sort_key, matched, tie and stops after :n rows.
_NAME_BRANCH = """SELECT * FROM (
    SELECT id, search_name AS sort_key, search_name AS matched, id AS tie FROM customer
     WHERE search_name >= :lo{i} AND search_name < :hi{i}{likes}
     ORDER BY search_name, id LIMIT :n) AS b{i}"""

# The current postal addresses and the usage sites (migration 0006), each range stopped after :n rows.
# A customer may appear in both (most live where they use energy): the service keeps one line each.
_STREET = """
SELECT * FROM (
    SELECT customer_id AS id, street_key AS sort_key, street AS matched, id AS tie FROM postal_address
     WHERE street_key >= :lo AND street_key < :hi AND valid_to IS NULL
     ORDER BY street_key, id LIMIT :n) AS postal
 UNION ALL
SELECT * FROM (
    SELECT customer_id AS id, street_key AS sort_key, street AS matched, id AS tie FROM usage_site
     WHERE street_key >= :lo AND street_key < :hi
     ORDER BY street_key, id LIMIT :n) AS site"""

_CONTACT = """
SELECT customer_id AS id, value_key AS sort_key, value AS matched, id AS tie FROM contact_point
 WHERE value_key >= :lo AND value_key < :hi AND kind = :kind
 ORDER BY value_key, id LIMIT :n"""

_CUSTOMER_NUMBER = """
SELECT id, customer_number AS sort_key, customer_number AS matched, id AS tie FROM customer
 WHERE customer_number = :key"""

_BUSINESS_ID = """
SELECT id, business_id AS sort_key, business_id AS matched, id AS tie FROM customer
 WHERE business_id = :key ORDER BY id LIMIT :n"""

_METERING_POINT = """
SELECT customer_id AS id, metering_point_id AS sort_key, metering_point_id AS matched, id AS tie
  FROM usage_site WHERE metering_point_id = :key"""

_BY_ID = """
SELECT id, '' AS sort_key, '' AS matched, id AS tie FROM customer WHERE id = :id"""

# PostgreSQL: the audited lookup is asked for in one autocommitted statement (the vault's own request,
# db.repositories.hetu, whose audit row commits with it), and the answer handed out with the hit's display
# columns in the next. The result function is volatile, so the CTE runs it exactly once.
_BY_HETU_POSTGRES = """
WITH f AS MATERIALIZED (SELECT desk_hetu_lookup_result(:ticket) AS id)
SELECT id, '' AS sort_key, '' AS matched, id AS tie FROM f WHERE id IS NOT NULL"""


# Every statement returns rows of these columns, in this order (the service names them).
HIT_COLUMNS = ("customer_id", "customer_number", "kind", "last_name", "first_names", "company_name", "business_id",
               "masked_hetu", "street", "postcode", "post_town", "matched")

Row = tuple[Any, ...]
# A statement (":name" parameters, as :func:`for_driver` converts them) and its parameters. The search
# runs these on the direct connection; bench/search.py runs the very same ones on a bare driver connection.
Query = tuple[str, dict[str, object]]


def prefix_bounds(prefix: str) -> tuple[str, str]:
    """``[lo, hi)`` of every key starting with ``prefix``: the last character's successor is the bound."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


@cache
def _display(match: str) -> str:
    return _DISPLAY.format(match=match)


@cache
def for_driver(is_postgres: bool, statement: str) -> str:
    """The statement in the driver's own parameter style: sqlite3 takes ``:name``, psycopg ``%(name)s``."""
    return re.sub(r":(\w+)", r"%(\1)s", statement) if is_postgres else statement


@cache
def _name_statement(word_count: int) -> str:
    """One branch per word taking the lead (matching the start of the last or company name).

    The other words must each start a later word of the key: ``'maki% juh%'``. So "juha mäki" and
    "mäki juha" both find "Mäkinen Juha", through the branch that starts at "maki". Each branch is
    an index range read in order and stopped after :n rows; the union is cut to :n again.
    """
    branches = []
    for i in range(word_count):
        likes = "".join(
            f" AND search_name LIKE :like{i}_{j}" for j in range(word_count) if j != i
        )
        branches.append(_NAME_BRANCH.format(i=i, likes=likes))
    if word_count == 1:
        match = branches[0]
    else:
        match = "\n UNION ".join(branches) + "\n ORDER BY sort_key, tie LIMIT :n"
    return _display(match)


def _run(direct: DirectConnection, statement: str, params: dict[str, object]) -> list[Row]:
    # The statements are fixed texts run on the search field's own driver connection (db.direct):
    # nothing is compiled, checked out or wrapped per keystroke.
    return direct.rows(for_driver(direct.is_postgres, statement), params)


# --- each kind's statement and parameters --------------------------------------------------------------

def name_query(words: tuple[str, ...] | list[str], limit: int) -> Query:
    params: dict[str, object] = {"n": limit}
    for i, lead in enumerate(words):
        params[f"lo{i}"], params[f"hi{i}"] = prefix_bounds(lead)
        for j, other in enumerate(words):
            if j != i:
                params[f"like{i}_{j}"] = f"{lead}% {other}%"
    return _name_statement(len(words)), params


def street_query(key: str, limit: int) -> Query:
    """Up to ``2 × limit`` rows: the same customer may come twice (home and site), and the first ``limit``
    different customers are exact only if each branch was read at least that far."""
    lo, hi = prefix_bounds(key)
    return _display(_STREET), {"lo": lo, "hi": hi, "n": 2 * limit}


def contact_query(kind: str, key: str, limit: int) -> Query:
    lo, hi = prefix_bounds(key)
    return _display(_CONTACT), {"lo": lo, "hi": hi, "kind": kind, "n": limit}


def customer_number_query(number: str) -> Query:
    return _display(_CUSTOMER_NUMBER), {"key": number}


def business_id_query(business_id: str, limit: int) -> Query:
    return _display(_BUSINESS_ID), {"key": business_id, "n": limit}


def metering_point_query(metering_point_id: str) -> Query:
    return _display(_METERING_POINT), {"key": metering_point_id}


def by_id_query(customer_id: int) -> Query:
    """The hit of a customer the SQLite vault found by identity code."""
    return _display(_BY_ID), {"id": customer_id}


def hetu_request_query(actor: Actor, code: str) -> Query:
    """PostgreSQL: ask the vault for the lookup (its answer is a ticket; the audit row commits with it)."""
    return hetu_vault.LOOKUP_REQUEST, {"code": code, "purpose": None, "actor": actor.username,
                                       "role": actor.role.value}


def hetu_result_query(ticket: object) -> Query:
    """PostgreSQL: the ticket's answer with the hit's display columns, in one round trip."""
    return _display(_BY_HETU_POSTGRES), {"ticket": ticket}


# --- the searches ------------------------------------------------------------------------------------

def by_name(direct: DirectConnection, words: tuple[str, ...], limit: int) -> list[Row]:
    return _run(direct, *name_query(words, limit))


def by_street(direct: DirectConnection, key: str, limit: int) -> list[Row]:
    """Postal addresses and usage sites whose street starts with ``key``, in street order."""
    return _run(direct, *street_query(key, limit))


def by_contact(direct: DirectConnection, kind: str, key: str, limit: int) -> list[Row]:
    """Phone numbers (``kind`` "phone") or e-mail addresses starting with ``key``; exact ones sort first."""
    return _run(direct, *contact_query(kind, key, limit))


def by_customer_number(direct: DirectConnection, number: str) -> list[Row]:
    return _run(direct, *customer_number_query(number))


def by_business_id(direct: DirectConnection, business_id: str, limit: int) -> list[Row]:
    return _run(direct, *business_id_query(business_id, limit))


def by_metering_point(direct: DirectConnection, metering_point_id: str) -> list[Row]:
    return _run(direct, *metering_point_query(metering_point_id))


def by_hetu(direct: DirectConnection, actor: Actor, code: str) -> list[Row]:
    """The customer whose identity code is exactly ``code`` (audited as hetu_search, found or not), through
    the vault's one lookup (db.repositories.hetu) on the search connection."""
    actor.require(Permission.READ_CUSTOMER)
    if direct.is_postgres:
        try:
            # The direct connection autocommits: the request's audit row is committed when it returns.
            ticket = _run(direct, *hetu_request_query(actor, code))[0][0]
            return _run(direct, *hetu_result_query(ticket))
        except DBAPIError as exc:
            hetu_vault.translate_refusal(exc, Permission.READ_CUSTOMER)
            raise
    with direct.transaction() as conn:
        customer_id = hetu_vault.lookup_on_sqlite_driver(conn, actor, code)
    if isinstance(customer_id, hetu_vault.Suspended):
        raise hetu_vault.LookupsSuspended()
    return [] if customer_id is None else _run(direct, *by_id_query(customer_id))
