"""Database-wide settings and secrets: app_setting values, the controller profile, sealed secrets.

Values come back as stored (app_setting holds text); what they mean, their defaults and their bounds
are the services' and desktop.core's business.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import at_rest
from db.models import AppSetting, ControllerProfile, DatabaseSecret


def value(session: Session, key: str) -> str | None:
    """An app_setting value as stored (text), or None when it is not set."""
    return session.scalar(select(AppSetting.value).where(AppSetting.key == key))


def values(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """The app_setting values of ``keys`` that are set."""
    return dict(session.execute(select(AppSetting.key, AppSetting.value).where(AppSetting.key.in_(list(keys)))).all())


def controller_profile(session: Session) -> ControllerProfile | None:
    """The controller profile this database was initialised with (one row), or None before init."""
    return session.scalar(select(ControllerProfile).limit(1))


def add_controller_profile(session: Session, values: dict[str, object], installed_at: object) -> None:
    """The one controller_profile row, written at init (values: ProfileData.model_values())."""
    session.add(ControllerProfile(**values, installed_at=installed_at))
    session.flush()


def is_initialised(session: Session) -> bool:
    return session.scalar(select(ControllerProfile.id).limit(1)) is not None


def secret(session: Session, name: str) -> bytes | None:
    """A database_secret in clear (opened with the file's data key on SQLite at rest), None if missing."""
    stored = session.scalar(select(DatabaseSecret.value).where(DatabaseSecret.name == name))
    return at_rest.open_secret(session, stored)


def add_secret(session: Session, name: str, value: bytes, **columns: object) -> None:
    """Store a new database_secret, sealed on SQLite (db.at_rest.seal_secret), as is on PostgreSQL."""
    session.add(DatabaseSecret(name=name, value=at_rest.seal_secret(session, value), **columns))
    session.flush()
