"""A telephone call at the desk: the recording notice read before recording goes on, and the objection.

Recording a customer-service call needs a lawful basis and notice *before* recording starts, not
consent (finnish-domain.md §3.5). So the call keeps: when the notice was given, which version of the
script in which language, whether the customer objected and when the recording was stopped, and
when the recording must be destroyed (the controller profile's retention rule).

A call belongs to one customer (the caller). The same caller may speak about others (a family member,
a co-owner): the agent links them to the call (``call_customer``), so their cards are opened for the
call, and the call shows on their cards too. A different caller is a new call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from db import audit
from db.base import utcnow
from db.database import Database, Session
from db.models import Call, ControllerProfile, Customer
from db.repositories import calls as call_repository
from desktop.core.contact import LANGUAGES
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.notes import CALL_NOTES_MAX, clean_note
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import load_customer, local_date


class CallError(DomainError):
    """The call cannot change as asked (already ended, notice already marked …)."""


@dataclass(frozen=True, slots=True)
class CallCustomerInfo:
    """Whom a call is about, as the call panel names them."""

    customer_id: int
    display_name: str
    customer_number: str


@dataclass(frozen=True, slots=True)
class CallInfo:
    call_id: int
    customer_id: int | None
    agent_username: str
    direction: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    notice_text: str  # the script to read, in ``notice_language``
    notice_version: int
    notice_language: str
    notice_given_at: dt.datetime | None
    customer_objected: bool
    recording_ref: str | None
    recording_stopped_at: dt.datetime | None
    recording_destroy_due: dt.date | None
    notes: str | None
    customer: CallCustomerInfo | None = None  # the caller, once known
    linked: tuple[CallCustomerInfo, ...] = ()  # others the same caller spoke about, in the order linked

    @property
    def recording(self) -> bool:
        """Whether the recording is (still) running."""
        return self.ended_at is None and self.recording_stopped_at is None

    def involves(self, customer_id: int) -> bool:
        """Whether opening ``customer_id`` is for this call (the caller or a linked customer)."""
        return customer_id == self.customer_id or any(c.customer_id == customer_id for c in self.linked)


def _profile(session: Session) -> ControllerProfile:
    profile = call_repository.controller_profile(session)
    if profile is None:
        raise CallError(N_("The database has no controller profile; run palvelutiski-admin init first."))
    return profile


def notice_script(profile: ControllerProfile, language: str, version: int | None = None) -> tuple[int, str, str]:
    """(version, language actually used, text) of the current script, or of an earlier ``version``
    kept under ``previous`` in the profile; falls back to Finnish if a translation is missing, and to
    an empty text if that version is no longer known."""
    notice = profile.call_recording_notice
    scripts = [notice, *notice.get("previous", [])]
    wanted = int(notice["version"]) if version is None else version
    script = next((s for s in scripts if int(s["version"]) == wanted), None)
    if script is None:
        return wanted, language, ""
    texts: dict[str, str] = script["text"]
    used = language if texts.get(language) else "fi"
    return wanted, used, texts.get(used, "")


class CallService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def start_call(self, customer_id: int | None, *, direction: str = "inbound", language: str | None = None,
                   recording_ref: str | None = None) -> CallInfo:
        """Open a call record now, by this agent. The notice is in the customer's language unless the
        agent picks another (``language``); an unidentified caller gets Finnish until chosen."""
        self.actor.require(Permission.RECORD_CALL)
        if direction not in ("inbound", "outbound"):
            raise CallError(N_("A call is inbound or outbound."))
        if language is not None and language not in LANGUAGES:
            raise CallError(N_("The language must be Finnish, Swedish or English."))
        now = self.clock()
        with self.database.transaction() as session:
            profile = _profile(session)
            customer_language = load_customer(session, customer_id).language if customer_id is not None else "fi"
            version, used, _ = notice_script(profile, language or customer_language)
            call = call_repository.add(
                session, customer_id=customer_id, direction=direction, agent_username=self.actor.username,
                started_at=now, notice_version=version, notice_language=used,
                recording_destroy_due=local_date(now) + dt.timedelta(days=profile.recording_retention_days))
            # The switchboard's own reference when it gives one; otherwise ours, unique by the call id.
            call.recording_ref = recording_ref or f"REC-{local_date(now):%Y%m%d}-{call.id:08d}"
            audit.append(session, self.actor, "call_started", customer_id=customer_id, purpose="call",
                         detail={"call_id": call.id, "direction": direction})
            return self._info(session, call)

    def call(self, call_id: int) -> CallInfo:
        with self.database.transaction() as session:
            return self._info(session, self._load(session, call_id))

    def attach_customer(self, call_id: int, customer_id: int) -> CallInfo:
        """The caller was identified after the call started (search began from the call)."""
        self.actor.require(Permission.RECORD_CALL)
        with self.database.transaction() as session:
            call = self._load(session, call_id, open_only=True)
            if call.customer_id is not None and call.customer_id != customer_id:
                raise CallError(N_("This call is already attached to another customer."))
            load_customer(session, customer_id)
            call.customer_id = customer_id
            return self._info(session, call)

    def link_customer(self, call_id: int, customer_id: int) -> CallInfo:
        """The same caller speaks about another customer (a family member): that customer is linked to
        the call, so opening their card is for the call. Linking the call's own customer changes nothing."""
        self.actor.require(Permission.RECORD_CALL)
        with self.database.transaction() as session:
            call = self._load(session, call_id, open_only=True)
            load_customer(session, customer_id)
            if call.customer_id is None:
                call.customer_id = customer_id
            elif call.customer_id != customer_id and not call_repository.is_linked(session, call_id, customer_id):
                call_repository.link(session, call_id, customer_id, self.clock(), self.actor.username)
                audit.append(session, self.actor, "call_customer_linked", customer_id=customer_id, purpose="call",
                             detail={"call_id": call_id})
            call_repository.save(session)
            return self._info(session, call)

    def mark_notice(self, call_id: int, accepted: bool, *, language: str | None = None) -> CallInfo:
        """The notice was read. ``accepted=False``: the customer objected, the recording stops now.

        An accepting customer may still object later in the call (mark again with False); a stopped
        recording is not restarted.
        """
        self.actor.require(Permission.RECORD_CALL)
        now = self.clock()
        with self.database.transaction() as session:
            call = self._load(session, call_id, open_only=True)
            if call.customer_objected:
                raise CallError(N_("The customer has objected; the recording was stopped and stays stopped."))
            if accepted and call.notice_given_at is not None:
                raise CallError(N_("The notice has already been marked as given."))
            if language is not None:
                if language not in LANGUAGES:
                    raise CallError(N_("The language must be Finnish, Swedish or English."))
                call.notice_version, call.notice_language, _ = notice_script(_profile(session), language)
            if call.notice_given_at is None:
                call.notice_given_at = now
            if not accepted:
                call.customer_objected = True
                call.recording_stopped_at = now
            call_repository.save(session)
            return self._info(session, call)

    def end_call(self, call_id: int, notes: str | None = None, *, subject: str | None = None) -> CallInfo:
        self.actor.require(Permission.RECORD_CALL)
        cleaned = clean_note(notes, CALL_NOTES_MAX)  # too long: the call stays open, the notes are kept
        now = self.clock()
        with self.database.transaction() as session:
            call = self._load(session, call_id, open_only=True)
            call.ended_at = now
            call.notes = cleaned
            call.subject = (subject or "").strip()[:200] or None
            call_repository.save(session)
            audit.append(session, self.actor, "call_ended", customer_id=call.customer_id, purpose="call",
                         detail={"call_id": call.id, "notice_given": call.notice_given_at is not None,
                                 "objected": call.customer_objected})
            return self._info(session, call)

    def _load(self, session: Session, call_id: int, *, open_only: bool = False) -> Call:
        call = call_repository.get(session, call_id, for_update=open_only)
        if call is None:
            raise CallError(N_("Call {call_id} does not exist."), call_id=call_id)
        if open_only and call.ended_at is not None:
            raise CallError(N_("The call has already ended."))
        return call

    def _info(self, session: Session, call: Call) -> CallInfo:
        # The script of the version this call used, even if the profile has a newer one by now.
        version, language, text = notice_script(_profile(session), call.notice_language or "fi",
                                                call.notice_version)
        linked = call_repository.linked_customers(session, call.id)
        caller = None
        if call.customer_id is not None:
            caller = _named(load_customer(session, call.customer_id))
        return CallInfo(call.id, call.customer_id, call.agent_username, call.direction, call.started_at,
                        call.ended_at, text, version, language, call.notice_given_at,
                        call.customer_objected, call.recording_ref, call.recording_stopped_at,
                        call.recording_destroy_due, call.notes, caller,
                        tuple(_named(c) for c in linked))


def _named(customer: Customer) -> CallCustomerInfo:
    return CallCustomerInfo(customer.id, customer.display_name, customer.customer_number)
