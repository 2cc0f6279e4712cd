"""Reads behind the request queue's control: claims, who prepared a reply, staff names, the settings.

Plain, bounded queries; the rules (when a claim lapses, who may sign off) live in desktop.core.claims and
are applied by desktop.services.request_claims.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AppSetting, DataRequest, RequestEvent, StaffUser

AWAITING_SIGN_OFF = "awaiting_sign_off"


def setting(session: Session, key: str) -> str | None:
    """An app_setting value as stored (text), or None when it is not set."""
    return session.scalar(select(AppSetting.value).where(AppSetting.key == key))


def preparer(session: Session, request_id: int) -> str | None:
    """Who last sent the request for sign-off (the username on its latest "→ awaiting sign-off")."""
    return session.scalar(select(RequestEvent.actor_username).where(
        RequestEvent.request_id == request_id, RequestEvent.to_state == AWAITING_SIGN_OFF)
        .order_by(RequestEvent.id.desc()).limit(1))


def display_names(session: Session, usernames: set[str]) -> dict[str, str]:
    """Each staff username's display name (the username itself where none is recorded)."""
    if not usernames:
        return {}
    rows = session.execute(select(StaffUser.username, StaffUser.display_name)
                           .where(StaffUser.username.in_(sorted(usernames))))
    return {username: display_name or username for username, display_name in rows}


def lapsed_claims(session: Session, active_before: dt.datetime, limit: int = 500) -> list[DataRequest]:
    """Claimed requests whose last activity is older than ``active_before`` (oldest first)."""
    return list(session.scalars(select(DataRequest).where(
        DataRequest.claimed_by.is_not(None), DataRequest.claim_active_at < active_before)
        .order_by(DataRequest.claim_active_at, DataRequest.id).limit(limit)))


__all__ = ["display_names", "lapsed_claims", "preparer", "setting"]
