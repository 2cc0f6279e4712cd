"""The audit log's detail column as a sentence in the user's language, not the stored JSON.

The stored detail is canonical JSON with codes ("call", "prohibit", "direct_advertising"); the auditor
reads e.g. "Kielletty: Suoramainonta, Puhelin (lähde: Asiakas puhelimitse)". Each action has its own
sentence; a detail this module does not know (an older or newer row) is still shown, key by key, with
the codes it can label. Nothing here is stored: the chain hashes the JSON, this is only its reading.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from desktop.core.hetu import redact
from desktop.core.i18n import N_
from desktop.core.local_time import format_moment
from desktop.views.desk.common import translate_domain as tr
from desktop.views.desk.labels import label
from desktop.views.requests.common import channel_labels

SIGN_IN_REASONS = {"password": N_("wrong password"), "inactive": N_("account deactivated"),
                   "locked": N_("account locked"), "unknown_user": N_("unknown username")}
CONTACT_FIELDS = {"phones": N_("phone numbers"), "emails": N_("e-mail addresses"), "language": N_("language"),
                  "postal_address": N_("postal address")}
AUDIT_VIEWS = {"log": N_("the audit log"), "accesses": N_("who opened the customer")}
# Key names for a detail without a sentence of its own.
KEY_LABELS = {
    "reference": N_("reference"), "call_id": N_("call"), "letter_id": N_("letter"), "username": N_("user"),
    "role": N_("role"), "reason": N_("reason"), "customers": N_("customers"), "rows": N_("rows"),
    "events": N_("entries"), "pages": N_("pages"), "months": N_("months"), "file": N_("file"),
    "purpose": N_("purpose"), "channel": N_("channel"), "decision": N_("decision"), "source": N_("source"),
    "from": N_("from"), "to": N_("to"), "posted_on": N_("posted on"), "until": N_("until"),
}
_CODE_GROUPS = {"purpose": "consent_purpose", "channel": "channel", "decision": "decision",
                "source": "consent_source", "role": "role", "request_type": "request_type",
                "letter_type": "letter_type", "direction": "direction"}


def _yes_no(value: object) -> str:
    return tr(N_("yes")) if value else tr(N_("no"))


def _moment(text: object) -> str:
    try:
        return format_moment(dt.datetime.fromisoformat(str(text).replace("Z", "+00:00")))
    except ValueError:
        return str(text)


def _day(text: object) -> str:
    try:
        return format_moment(dt.date.fromisoformat(str(text)))
    except ValueError:
        return str(text)


def _value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, list):
        return ", ".join(_value(key, v) for v in value)
    if value is None:
        return "–"
    group = _CODE_GROUPS.get(key)
    return label(group, str(value)) if group else str(value)


def _consent(d: Mapping[str, Any]) -> str:
    if d.get("all_direct_marketing"):
        return tr(N_("No direct marketing of any kind: {events} entries (source: {source})")).format(
            events=d.get("events", ""), source=_value("source", d.get("source")))
    return tr(N_("{decision}: {purpose}, {channel} (source: {source})")).format(
        **{k: _value(k, d.get(k)) for k in ("decision", "purpose", "channel", "source")})


def _state_change(d: Mapping[str, Any]) -> str:
    if d.get("event") == "customer_matched":
        return tr(N_("{reference}: customer identified")).format(reference=d.get("reference", ""))
    return tr(N_("{reference}: {source} → {target}")).format(
        reference=d.get("reference", ""), source=label("state", d.get("from")), target=label("state", d.get("to")))


_SENTENCES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "login_failed": lambda d: tr(N_("Refused: {reason}")).format(
        reason=tr(SIGN_IN_REASONS[d["reason"]]) if d.get("reason") in SIGN_IN_REASONS else d.get("reason")),
    "account_locked": lambda d: tr(N_("Locked until {time}")).format(time=_moment(d["until"])),
    "hetu_search": lambda d: tr(N_("A customer was found") if d.get("found") else N_("No customer was found")),
    "hetu_reveal": lambda d: tr(N_("Reason given: {reason}")).format(reason=d.get("reason", "")),
    "contact_changed": lambda d: tr(N_("Changed: {fields}")).format(fields=", ".join(
        tr(CONTACT_FIELDS[f]) if f in CONTACT_FIELDS else str(f) for f in d.get("fields", ()))),
    "consent_recorded": _consent,
    "consent_corrected": lambda d: tr(N_("Mistaken entries taken back: {events}")).format(events=d.get("events", "")),
    "call_started": lambda d: tr(N_("Call {call}, {direction}")).format(
        call=d["call_id"], direction=label("direction", d.get("direction")).lower()),
    "call_ended": lambda d: tr(N_("Call {call}; recording notice given: {notice}; customer objected: {objected}"))
    .format(call=d["call_id"], notice=_yes_no(d.get("notice_given")), objected=_yes_no(d.get("objected"))),
    "call_customer_linked": lambda d: tr(N_("Linked to call {call}")).format(call=d["call_id"]),
    "note_added": lambda d: tr(N_("Note of {length} characters")).format(length=d.get("length", "")),
    "request_created": lambda d: tr(N_("{reference}: {type}, received as {channel}")).format(
        reference=d.get("reference", ""), type=label("request_type", d.get("request_type")),
        channel=channel_labels().get(d.get("channel", ""), d.get("channel", "")).lower()),
    "request_state_changed": _state_change,
    "request_reassigned": lambda d: tr(N_("{reference}: from {source} to {target}")).format(
        reference=d.get("reference", ""), source=d.get("from") or "–", target=d.get("to") or "–"),
    "letter_generated": lambda d: tr(N_("{reference}: {type}, pages: {pages}")).format(
        reference=d.get("reference", ""), type=label("letter_type", d.get("letter_type")), pages=d.get("pages", "")),
    "letter_printed": lambda d: tr(N_("Letter {letter} ({reference})")).format(
        letter=d["letter_id"], reference=d.get("reference", "")),
    "letter_dispatched": lambda d: tr(N_("Letter {letter} posted on {day}")).format(
        letter=d["letter_id"], day=_day(d.get("posted_on"))),
    "user_created": lambda d: tr(N_("{username}, role: {role}")).format(
        username=d["username"], role=label("role", d.get("role"))),
    "user_password_set": lambda d: tr(N_("User {username}")).format(username=d["username"]),
    "user_password_changed": lambda d: tr(N_("User {username}")).format(username=d["username"]),
    "user_deactivated": lambda d: tr(N_("User {username}")).format(username=d["username"]),
    "user_reactivated": lambda d: tr(N_("User {username}")).format(username=d["username"]),
    "user_unlocked": lambda d: tr(N_("User {username}")).format(username=d["username"]),
    "export": lambda d: tr(N_("Suppression list: {purpose}, {channel}, rows: {rows}")).format(
        purpose=_value("purpose", d.get("purpose")), channel=_value("channel", d.get("channel")),
        rows=d.get("rows", "")),
    "customers_imported": lambda d: tr(N_("File {file}: {customers} customers ({encoding})")).format(
        file=d["file"], customers=d.get("customers", ""), encoding=d.get("encoding", "")),
    "database_initialised": lambda d: tr(N_("Profile {profile}, administrator {admin}, database {dialect}")).format(
        profile=d.get("profile", ""), admin=d.get("admin", ""), dialect=d.get("dialect", "")),
    "audit_log_read": lambda d: tr(N_("Read: {view}")).format(
        view=tr(AUDIT_VIEWS[d["view"]]) if d.get("view") in AUDIT_VIEWS else d.get("view", "")),
    "demo_data": lambda d: tr(N_("{customers} demo customers (seed {seed})")).format(
        customers=d.get("customers", ""), seed=d.get("seed", "")),
}


def _key_by_key(d: Mapping[str, Any]) -> str:
    return "; ".join(f"{tr(KEY_LABELS[k]) if k in KEY_LABELS else k}: {_value(k, v)}" for k, v in d.items())


def describe(action: str, detail: str | None) -> str:
    """The detail of an audit row of ``action`` as the auditor reads it ("" when there is none)."""
    if not detail:
        return ""
    try:
        data = json.loads(detail)
    except ValueError:
        return redact(detail)
    if not isinstance(data, dict):
        return redact(detail)
    sentence = _SENTENCES.get(action)
    if sentence is not None:
        try:
            return redact(sentence(data))
        except (KeyError, TypeError, ValueError):
            pass  # a row of another shape than this version writes: read it key by key
    return redact(_key_by_key(data))
