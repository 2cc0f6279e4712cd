"""The customer, their identity code, postal addresses, contact points and bank account."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, LargeBinary, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Id, search_key, utcnow

# Normalised search keys compare byte-wise on PostgreSQL (collation "C", migration 0003) so that a
# prefix range or LIKE 'maki%' walks the btree in order whatever the database's locale is.
# Where an item of data came from (register description §5: regular sources). A change at the customer's
# request is stored as "request:<reference>" (desktop.core.rights.request_source), code customer_request.
DATA_SOURCES = ("contract", "customer_notice", "customer_request", "posti_dvv_update", "data_service_company",
                "import")


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'company')", name="kind"),
        CheckConstraint("language IN ('fi', 'sv', 'en')", name="language"),
        CheckConstraint(
            "(kind = 'person' AND last_name IS NOT NULL) OR (kind = 'company' AND company_name IS NOT NULL)",
            name="names",
        ),
        # With id in it the index alone answers a name search (index-only scan on PostgreSQL, also while
        # a LIKE filter skips non-matching names) and gives its ORDER BY search_name, id (migration 0003).
        Index("ix_customer_search_name", "search_name", "id"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_number: Mapped[str] = mapped_column(String(12), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    first_names: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    company_name: Mapped[str | None] = mapped_column(String(200))
    business_id: Mapped[str | None] = mapped_column(String(9), index=True)  # Y-tunnus of companies
    language: Mapped[str] = mapped_column(String(2), default="fi")
    # Folded "last first" (persons) or company name, for prefix search; see desktop.core.text.fold.
    search_name: Mapped[str] = mapped_column(search_key(300))
    name_source: Mapped[str] = mapped_column(String(24), default="contract")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Optimistic locking: every edit of contact data bumps it; a stale editor is told, not overwritten.
    version: Mapped[int] = mapped_column(default=1)

    addresses: Mapped[list[PostalAddress]] = relationship(
        back_populates="customer", order_by="PostalAddress.valid_from", cascade="all, delete-orphan"
    )
    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        if self.kind == "company":
            return self.company_name or ""
        return f"{self.last_name} {self.first_names or ''}".strip()


class PersonHetu(Base):
    """The identity code, apart from the customer row: PostgreSQL grants this table to no desk role."""

    __tablename__ = "person_hetu"

    customer_id: Mapped[int] = mapped_column(
        Id, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    # All 11 characters, exactly; on SQLite encrypted (db.at_rest), so longer there.
    hetu: Mapped[str] = mapped_column(String(11), unique=True, info={"sealed_on_sqlite": True})
    blind_index: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)  # HMAC-SHA256 (key per db)
    is_temporary: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(24), default="contract")


class PostalAddress(Base):
    """Postal address in Posti's fields; history kept (valid_to set when replaced)."""

    __tablename__ = "postal_address"
    __table_args__ = (
        Index("ix_postal_address_current", "customer_id", unique=True, sqlite_where=text("valid_to IS NULL"),
              postgresql_where=text("valid_to IS NULL")),
        Index("ix_postal_address_street_key", "street_key"),
        # The card reads a customer's whole address history; the partial index above covers only the current row.
        Index("ix_postal_address_customer_history", "customer_id", "valid_from"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"))
    care_of: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str] = mapped_column(String(100))
    postcode: Mapped[str] = mapped_column(String(10))
    post_town: Mapped[str] = mapped_column(String(60))
    country: Mapped[str] = mapped_column(String(2), default="FI")
    street_key: Mapped[str] = mapped_column(search_key(100))  # folded street, for search
    source: Mapped[str] = mapped_column(String(24), default="contract")
    valid_from: Mapped[dt.datetime] = mapped_column(default=utcnow)
    valid_to: Mapped[dt.datetime | None]
    changed_by: Mapped[str | None] = mapped_column(String(63))

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class ContactPoint(Base):
    """A phone number or an e-mail address; ``value_key`` is the normalised form used by search."""

    __tablename__ = "contact_point"
    __table_args__ = (
        CheckConstraint("kind IN ('phone', 'email')", name="kind"),
        Index("ix_contact_point_value_key", "value_key"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(5))
    value: Mapped[str] = mapped_column(String(200))
    value_key: Mapped[str] = mapped_column(search_key(200))
    source: Mapped[str] = mapped_column(String(24), default="contract")
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="contact_points")


class BankAccount(Base):
    """Account for direct debit and refunds; shown masked like the hetu."""

    __tablename__ = "bank_account"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    iban: Mapped[str] = mapped_column(String(34), info={"sealed_on_sqlite": True})  # SQLite: db.at_rest
    bic: Mapped[str | None] = mapped_column(String(11))
    source: Mapped[str] = mapped_column(String(24), default="customer_notice")
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
