"""The controller (rekisterinpitäjä) profile, settings and the per-database secret."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Id, utcnow


class ControllerProfile(Base):
    """The utility that keeps the register; its texts are dicts by language code (fi, sv, en).

    Exactly one row: chosen at ``palvelutiski-admin init`` from the profiles in resources/profiles.
    Letters and the printable register description are built from it.
    """

    __tablename__ = "controller_profile"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    profile_key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str] = mapped_column(String(9))
    postal_address: Mapped[dict[str, Any]] = mapped_column(JSON)  # street, postcode, post_town
    visiting_address: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(200))
    contact_person: Mapped[dict[str, Any]] = mapped_column(JSON)
    register_name: Mapped[dict[str, str]] = mapped_column(JSON)
    purposes: Mapped[dict[str, str]] = mapped_column(JSON)
    legal_bases: Mapped[dict[str, str] | None] = mapped_column(JSON)  # None: the profile states none
    data_content: Mapped[dict[str, str]] = mapped_column(JSON)
    regular_sources: Mapped[dict[str, str]] = mapped_column(JSON)
    regular_disclosures: Mapped[dict[str, str]] = mapped_column(JSON)
    transfers_outside_eea: Mapped[dict[str, str]] = mapped_column(JSON)
    security_principles: Mapped[dict[str, str]] = mapped_column(JSON)
    retention: Mapped[dict[str, str]] = mapped_column(JSON)
    complaint_authority: Mapped[dict[str, str]] = mapped_column(JSON)
    # Recording notice scripts by version: {"version": n, "text": {"fi": …, "sv": …, "en": …}}.
    call_recording_notice: Mapped[dict[str, Any]] = mapped_column(JSON)
    recording_retention_days: Mapped[int]
    # Retention rules with their legal reasons (desktop.core.retention), from the profile file.
    retention_rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    contract_kinds: Mapped[list[str]] = mapped_column(JSON)
    data_service_company: Mapped[str | None] = mapped_column(String(200))
    installed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AppSetting(Base):
    """Database-wide settings (idle lock minutes, lockout policy, envelope offsets …)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DatabaseSecret(Base):
    """Keys generated at init (the HMAC key of the hetu blind index). Unreadable to desk roles on PostgreSQL."""

    __tablename__ = "database_secret"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DataKey(Base):
    """SQLite at rest (db.at_rest): which key encrypts the file's identity codes, IBANs and HMAC key.

    One row. The key itself is in the workstation user's keyring under ``key_id`` (the demo without a
    keyring: a ``.key`` file beside the database); ``recovery_wrap`` is the key encrypted under the
    recovery key shown once to the administrator. PostgreSQL has the table for one schema, unused.
    """

    __tablename__ = "data_key"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),
                      CheckConstraint("kept_in IN ('keyring', 'file')", name="kept_in"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key_id: Mapped[str] = mapped_column(String(32))
    kept_in: Mapped[str] = mapped_column(String(8))
    recovery_wrap: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
