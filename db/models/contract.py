"""Contracts, usage sites with their metering points, consumption, the invoices and their summary."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Id, search_key, utcnow
from desktop.core.text import fold

# Contract kinds of the seeds (Keminmaa: the first five; Hamina also gas, broadband and TV).
CONTRACT_KINDS = (
    "grid_connection", "electricity_transmission", "electricity_sales", "district_heat", "water",
    "gas", "broadband", "tv",
)


def _folded_street(context: Any) -> str:
    return fold(context.get_current_parameters()["street"])


class UsageSite(Base):
    """A käyttöpaikka: the address where energy or water is used, with its 18-digit metering point id."""

    __tablename__ = "usage_site"
    # The desk finds customers by the streets of their sites too (migration 0006).
    __table_args__ = (Index("ix_usage_site_street_key", "street_key", "id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    metering_point_id: Mapped[str] = mapped_column(String(18), unique=True)
    street: Mapped[str] = mapped_column(String(100))
    postcode: Mapped[str] = mapped_column(String(10))
    post_town: Mapped[str] = mapped_column(String(60))
    commodity: Mapped[str] = mapped_column(String(20))  # electricity, district_heat, water, gas
    # The folded street, for search; written with the row (sites are not re-addressed, only replaced).
    street_key: Mapped[str] = mapped_column(search_key(100), default=_folded_street, server_default="")


class Contract(Base):
    __tablename__ = "contract"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('grid_connection', 'electricity_transmission', 'electricity_sales', 'district_heat',"
            " 'water', 'gas', 'broadband', 'tv')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    usage_site_id: Mapped[int | None] = mapped_column(Id, ForeignKey("usage_site.id"), index=True)
    contract_number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    product: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ConsumptionSummary(Base):
    """Consumption per usage site and calendar year (the desk shows summaries, not meter series)."""

    __tablename__ = "consumption_summary"
    __table_args__ = (Index("ix_consumption_site_year", "usage_site_id", "year", unique=True),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    usage_site_id: Mapped[int] = mapped_column(Id, ForeignKey("usage_site.id", ondelete="CASCADE"))
    year: Mapped[int]
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    unit: Mapped[str] = mapped_column(String(6))  # kWh, MWh, m3


# An invoice is open until paid; an overdue open one may be handed over to the collection agency.
INVOICE_STATES = ("open", "paid", "in_collection")


class Invoice(Base):
    """One invoice as the billing system reports it (migration 0009): the desk reads, never writes them.

    The amount is in cents (an integer: no rounding anywhere between the billing system and the screen).
    ``invoice_summary`` is the billing system's own summary of the same invoices; the two are loaded together.
    """

    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'paid', 'in_collection')", name="state"),
        # The card reads a customer's invoices newest first, one page at a time.
        Index("ix_invoice_customer_date", "customer_id", "invoice_date", "id"),
        Index("ix_invoice_contract", "contract_id"),  # deleting a contract (erasure) unlinks its invoices
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"))
    contract_id: Mapped[int | None] = mapped_column(Id, ForeignKey("contract.id", ondelete="SET NULL"))
    invoice_number: Mapped[str] = mapped_column(String(20), unique=True)
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(20))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)


class InvoiceSummary(Base):
    """Billing state of a customer as the billing system reports it (a summary of its ``invoice`` rows)."""

    __tablename__ = "invoice_summary"

    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    open_count: Mapped[int] = mapped_column(default=0)
    open_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    overdue_count: Mapped[int] = mapped_column(default=0)
    in_collection: Mapped[bool] = mapped_column(default=False)
    collection_agency: Mapped[str | None] = mapped_column(String(100))
    paid_last_12_months: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    last_invoice_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
