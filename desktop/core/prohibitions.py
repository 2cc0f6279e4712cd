"""Marketing prohibitions and the electronic-marketing consent: vocabulary, validation, derived state.

Everything the desk records is an append-only event (``consent_event``); the current state is never
stored, it is derived here. The rules, in the order they are applied:

1. **Holders.** A prohibition is held per (purpose, channel, source). ``prohibit`` from a source sets
   that holder; a later ``prohibit`` from the same source replaces it (an ASML re-registration moves
   its validity). Channel ``any`` is shorthand for all four channels and is expanded at once, so a
   later lift of one channel lifts only that channel.
2. **Lift.** A ``lift`` removes only what the same source set — except that the customer is one
   person whichever way they contact us: a lift from any ``customer_*`` source removes the holders of
   every ``customer_*`` source (prohibited by letter, lifted by phone). A customer's lift never removes
   a DVV or ASML prohibition: those are registered with third parties, and we honour them until the
   register itself tells us otherwise (a ``dvv`` lift from the DVV update, or the ASML validity ending).
3. **ASML expiry.** The telephone restriction service (formerly Puhelin-Robinson) registers for three
   years at a time, so an ``asml`` prohibition carries ``valid_until`` and is in force up to and
   including that day. ``valid_until`` is required for ASML prohibitions and refused for every other
   source (customer and DVV prohibitions stand until lifted).
4. **Most restrictive wins.** A purpose is prohibited on a channel while at least one holder is in
   force, whatever any other source says; the restriction lists every source that holds it.
5. **Electronic-marketing consent** (LSVP 917/2014 §200: e-mail and SMS marketing to persons needs
   prior opt-in) is a separate ``consent``/``withdraw`` track per channel; the latest event wins. It is
   only about marketing: service messages (invoices, outage notices, replies to requests) are not
   governed by anything here and are never suppressed. A consent never lifts a prohibition (rule 4):
   the customer must lift the prohibition explicitly.
6. **May we contact?** Not while prohibited; and advertising, distance selling or other direct
   marketing by e-mail or SMS additionally needs a consent in force. We do not apply the existing-customer
   exception of §200 automatically: a suppression list cannot judge "equivalent products".

7. **Corrections.** An event recorded by mistake is taken back by a correcting event (``corrects_id``
   names it) within a short window: both stay in the ledger, and the replay skips both, so the state is
   what it was before the mistake (a reverse decision could not restore it: a customer's lift removes
   every customer holder, not only the mistaken one).

"No direct marketing of any kind" (:data:`DIRECT_MARKETING`) means the five marketing and research
purposes on every channel, plus withdrawing the electronic consent: DVV's suoramarkkinointikielto too
covers market and opinion research. Person registers and genealogy are about disclosure, not contact,
and are left as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.errors import DomainError
from desktop.core.i18n import N_

PURPOSES = (
    "direct_advertising", "distance_selling", "other_direct_marketing", "market_research", "opinion_polls",
    "person_registers", "genealogy",
)
DIRECT_MARKETING = PURPOSES[:5]
# Marketing that LSVP §200 lets us send by e-mail or SMS only with an opt-in consent.
CONSENT_REQUIRED_PURPOSES = PURPOSES[:3]
ELECTRONIC_MARKETING = "electronic_marketing"
ALL_PURPOSES = (*PURPOSES, ELECTRONIC_MARKETING)

CHANNELS = ("post", "phone", "email", "sms")
ELECTRONIC_CHANNELS = ("email", "sms")
ANY_CHANNEL = "any"

CUSTOMER_SOURCES = ("customer_phone", "customer_letter", "customer_email", "customer_desk")
SOURCES = (*CUSTOMER_SOURCES, "dvv", "asml")
ASML_PURPOSES = CONSENT_REQUIRED_PURPOSES  # the restriction service is about telephone sales offers
ASML_VALIDITY_YEARS = 3

DECISIONS = ("prohibit", "lift", "consent", "withdraw")

PURPOSE_LABELS = {
    "direct_advertising": N_("Direct advertising"),
    "distance_selling": N_("Distance selling"),
    "other_direct_marketing": N_("Other direct marketing"),
    "market_research": N_("Market research"),
    "opinion_polls": N_("Opinion polls"),
    "person_registers": N_("Person registers"),
    "genealogy": N_("Genealogy"),
    ELECTRONIC_MARKETING: N_("Electronic marketing (consent)"),
}
CHANNEL_LABELS = {
    "post": N_("Post"), "phone": N_("Phone"), "email": N_("E-mail"), "sms": N_("SMS"), ANY_CHANNEL: N_("All channels"),
}
SOURCE_LABELS = {
    "customer_phone": N_("Customer by phone"),
    "customer_letter": N_("Customer by letter"),
    "customer_email": N_("Customer by e-mail"),
    "customer_desk": N_("Customer at the desk"),
    "dvv": N_("DVV (Population Information System)"),
    "asml": N_("ASML telephone restriction service"),
}
DECISION_LABELS = {
    "prohibit": N_("Prohibited"), "lift": N_("Prohibition lifted"),
    "consent": N_("Consent given"), "withdraw": N_("Consent withdrawn"),
}


class InvalidConsentEvent(DomainError):
    """The event cannot be recorded as given."""


@dataclass(frozen=True, slots=True)
class ConsentEventData:
    """One recorded decision, as the derivation needs it (``event_id`` orders events of equal time)."""

    purpose: str
    channel: str
    decision: str
    source: str
    occurred_at: dt.datetime
    valid_until: dt.date | None = None
    event_id: int = 0
    corrects_id: int | None = None  # this event takes back the event with that id (rule 7)


@dataclass(frozen=True, slots=True)
class Restriction:
    """A purpose prohibited on a channel; ``valid_until`` None means until lifted."""

    purpose: str
    channel: str
    sources: tuple[str, ...]
    since: dt.datetime
    valid_until: dt.date | None


@dataclass(frozen=True, slots=True)
class ElectronicConsent:
    channel: str
    given: bool
    at: dt.datetime
    source: str


@dataclass(frozen=True, slots=True)
class _Holder:
    since: dt.datetime
    valid_until: dt.date | None

    def in_force(self, today: dt.date) -> bool:
        return self.valid_until is None or today <= self.valid_until


@dataclass(frozen=True, slots=True)
class ConsentState:
    restrictions: tuple[Restriction, ...]
    consents: tuple[ElectronicConsent, ...]
    # ASML holders whose validity has run out and that nothing else replaced: shown, no longer in force.
    expired: tuple[Restriction, ...]

    def restriction(self, purpose: str, channel: str) -> Restriction | None:
        return next((r for r in self.restrictions if r.purpose == purpose and r.channel == channel), None)

    def is_prohibited(self, purpose: str, channel: str) -> bool:
        return self.restriction(purpose, channel) is not None

    def has_electronic_consent(self, channel: str) -> bool:
        return any(c.channel == channel and c.given for c in self.consents)

    def suppression_reason(self, purpose: str, channel: str) -> str | None:
        """Why the customer must not be contacted for ``purpose`` on ``channel`` (None: they may be)."""
        if self.is_prohibited(purpose, channel):
            return "prohibited"
        if purpose in CONSENT_REQUIRED_PURPOSES and channel in ELECTRONIC_CHANNELS \
                and not self.has_electronic_consent(channel):
            return "no_consent"
        return None

    def may_contact(self, purpose: str, channel: str) -> bool:
        return self.suppression_reason(purpose, channel) is None

    @property
    def no_direct_marketing(self) -> bool:
        """Every marketing and research purpose is prohibited on every channel."""
        return all(self.is_prohibited(p, c) for p in DIRECT_MARKETING for c in CHANNELS)


def channels_of(channel: str, purpose: str) -> tuple[str, ...]:
    """The concrete channels an event applies to (``any`` expands)."""
    if channel != ANY_CHANNEL:
        return (channel,)
    return ELECTRONIC_CHANNELS if purpose == ELECTRONIC_MARKETING else CHANNELS


def asml_valid_until(registered_on: dt.date) -> dt.date:
    """Three years from the registration day (29 February falls back to 28 February)."""
    try:
        return registered_on.replace(year=registered_on.year + ASML_VALIDITY_YEARS)
    except ValueError:
        return registered_on.replace(year=registered_on.year + ASML_VALIDITY_YEARS, day=28)


def validate(event: ConsentEventData) -> None:
    """Raise :class:`InvalidConsentEvent` unless the combination of fields makes sense on its own."""
    if event.purpose not in ALL_PURPOSES:
        raise InvalidConsentEvent(N_("Unknown purpose: {purpose}."), purpose=event.purpose)
    if event.channel not in (*CHANNELS, ANY_CHANNEL):
        raise InvalidConsentEvent(N_("Unknown channel: {channel}."), channel=event.channel)
    if event.source not in SOURCES:
        raise InvalidConsentEvent(N_("Unknown source: {source}."), source=event.source)
    if event.decision not in DECISIONS:
        raise InvalidConsentEvent(N_("Unknown decision: {decision}."), decision=event.decision)
    if event.purpose == ELECTRONIC_MARKETING:
        if event.decision not in ("consent", "withdraw"):
            raise InvalidConsentEvent(N_("Electronic marketing is given or withdrawn as a consent."))
        if event.channel not in (*ELECTRONIC_CHANNELS, ANY_CHANNEL):
            raise InvalidConsentEvent(N_("Electronic-marketing consent applies to e-mail and SMS only."))
        if event.source not in CUSTOMER_SOURCES:
            raise InvalidConsentEvent(N_("Only the customer can give or withdraw a consent."))
    elif event.decision not in ("prohibit", "lift"):
        raise InvalidConsentEvent(N_("A purpose other than electronic marketing is prohibited or lifted."))
    if event.source == "asml":
        if event.channel != "phone" or event.purpose not in ASML_PURPOSES:
            raise InvalidConsentEvent(N_("The ASML restriction service covers telephone marketing only."))
        if event.decision == "prohibit" and event.valid_until is None:
            raise InvalidConsentEvent(N_("An ASML telephone restriction needs its validity end date."))
    elif event.valid_until is not None:
        raise InvalidConsentEvent(N_("Only an ASML telephone restriction has a validity end date."))
    if event.valid_until is not None and event.valid_until < event.occurred_at.date():
        raise InvalidConsentEvent(N_("The validity end date is before the date of the event."))


def _ordered(events: Iterable[ConsentEventData]) -> list[ConsentEventData]:
    """In the order they happened, without corrections and the mistakes they take back (rule 7)."""
    listed = list(events)
    corrected = {e.corrects_id for e in listed if e.corrects_id is not None}
    kept = [e for e in listed if e.corrects_id is None and (e.event_id == 0 or e.event_id not in corrected)]
    return sorted(kept, key=lambda e: (e.occurred_at, e.event_id))


def correction_of(event: ConsentEventData, at: dt.datetime) -> ConsentEventData:
    """The correcting event that takes ``event`` back: the opposite decision, for the history's reader."""
    opposite = {"prohibit": "lift", "lift": "prohibit", "consent": "withdraw", "withdraw": "consent"}
    return ConsentEventData(event.purpose, event.channel, opposite[event.decision], event.source, at,
                            event.valid_until if opposite[event.decision] == "prohibit" else None,
                            corrects_id=event.event_id)


def _fold(events: Iterable[ConsentEventData]) -> tuple[dict[tuple[str, str, str], _Holder], dict[str, ElectronicConsent]]:
    """Replay the events: prohibition holders by (purpose, channel, source), consents by channel."""
    holders: dict[tuple[str, str, str], _Holder] = {}
    consents: dict[str, ElectronicConsent] = {}
    for event in _ordered(events):
        for channel in channels_of(event.channel, event.purpose):
            if event.decision == "prohibit":
                holders[(event.purpose, channel, event.source)] = _Holder(event.occurred_at, event.valid_until)
            elif event.decision == "lift":
                lifted = CUSTOMER_SOURCES if event.source in CUSTOMER_SOURCES else (event.source,)
                for source in lifted:
                    holders.pop((event.purpose, channel, source), None)
            else:
                consents[channel] = ElectronicConsent(channel, event.decision == "consent", event.occurred_at,
                                                      event.source)
    return holders, consents


def _restrictions(holders: dict[tuple[str, str, str], _Holder]) -> tuple[Restriction, ...]:
    grouped: dict[tuple[str, str], list[tuple[str, _Holder]]] = {}
    for (purpose, channel, source), holder in holders.items():
        grouped.setdefault((purpose, channel), []).append((source, holder))
    result = []
    for (purpose, channel), items in grouped.items():
        ends = [h.valid_until for _, h in items]
        result.append(Restriction(
            purpose, channel, tuple(sorted((s for s, _ in items), key=SOURCES.index)),
            min(h.since for _, h in items), None if None in ends else max(e for e in ends if e is not None),
        ))
    result.sort(key=lambda r: (PURPOSES.index(r.purpose), CHANNELS.index(r.channel)))
    return tuple(result)


def derive(events: Iterable[ConsentEventData], today: dt.date) -> ConsentState:
    """The state in force on ``today`` (the Finnish calendar day) after replaying ``events``."""
    holders, consents = _fold(events)
    active = {k: h for k, h in holders.items() if h.in_force(today)}
    expired = {k: h for k, h in holders.items() if not h.in_force(today)}
    return ConsentState(
        restrictions=_restrictions(active),
        consents=tuple(consents[c] for c in ELECTRONIC_CHANNELS if c in consents),
        expired=_restrictions(expired),
    )


def check_new(events: Iterable[ConsentEventData], new: ConsentEventData, today: dt.date) -> None:
    """Validate ``new`` against the history: a lift must lift something this source is able to lift.

    The messages tell the agent where a prohibition the customer cannot lift here has to be lifted.
    """
    validate(new)
    if new.decision != "lift":
        return
    holders, _ = _fold(events)
    channels = channels_of(new.channel, new.purpose)
    held = {s for (p, c, s), h in holders.items() if p == new.purpose and c in channels and h.in_force(today)}
    liftable = set(CUSTOMER_SOURCES) if new.source in CUSTOMER_SOURCES else {new.source}
    if held & liftable:
        return
    if "dvv" in held:
        raise InvalidConsentEvent(N_("This prohibition is registered at DVV; the customer lifts it there."))
    if "asml" in held:
        raise InvalidConsentEvent(N_("This is an ASML telephone restriction; the customer cancels it there."))
    raise InvalidConsentEvent(N_("There is no prohibition from this source to lift."))


def no_direct_marketing(state: ConsentState, source: str, at: dt.datetime) -> list[ConsentEventData]:
    """The events of "no direct marketing of any kind": every marketing purpose on every channel is
    prohibited (one event each, so a later lift of one channel reads plainly in the history), and a
    consent in force is withdrawn. Only the customer or DVV makes such a blanket statement."""
    if source not in (*CUSTOMER_SOURCES, "dvv"):
        raise InvalidConsentEvent(N_("Only the customer or DVV can prohibit all direct marketing."))
    events = [ConsentEventData(p, c, "prohibit", source, at) for p in DIRECT_MARKETING for c in CHANNELS]
    if source in CUSTOMER_SOURCES:
        events += [ConsentEventData(ELECTRONIC_MARKETING, c.channel, "withdraw", source, at)
                   for c in state.consents if c.given]
    return events
