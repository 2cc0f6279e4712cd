"""Bank accounts as the desk may see them: through the ``bank_account_masked`` view of migration 0005.

On PostgreSQL desk roles cannot read ``bank_account.iban`` at all; the view gives the mask (the same as
desktop.core.contact.mask_iban) and the other columns. SQLite has the same view, so one query serves
both databases. Typed columns (not a bare text() query) so SQLite's zone-less timestamps come back aware.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import BigInteger, String, column, select, table
from sqlalchemy.orm import Session

from db.base import UtcDateTime

bank_account_masked = table(
    "bank_account_masked",
    column("id", BigInteger()),
    column("customer_id", BigInteger()),
    column("masked_iban", String()),
    column("bic", String()),
    column("source", String()),
    column("added_at", UtcDateTime()),
)


@dataclass(frozen=True, slots=True)
class MaskedAccount:
    id: int
    customer_id: int
    masked_iban: str
    bic: str | None
    source: str
    added_at: dt.datetime


def masked_accounts(session: Session, customer_id: int) -> list[MaskedAccount]:
    """The customer's accounts, oldest first, IBAN masked."""
    v = bank_account_masked.c
    rows = session.execute(select(v.id, v.customer_id, v.masked_iban, v.bic, v.source, v.added_at)
                           .where(v.customer_id == customer_id).order_by(v.id))
    return [MaskedAccount(*row) for row in rows]
