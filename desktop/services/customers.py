"""Opening the customer card, editing contact data with optimistic locking, revealing the hetu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from db import audit
from db.base import utcnow
from db.database import Database, Session
from db.repositories import customers as customer_repository
from db.repositories import hetu as hetu_repository
from db.repositories import rectification as rectification_repository
from db.repositories import restrictions as restriction_repository
from desktop.core import contact, rights
from desktop.core.contact import AddressInput, InvalidContact, Problem
from desktop.core.errors import DomainError
from desktop.core.hetu import redact
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission
from desktop.core.text import email_key, phone_key
from desktop.services.customer_card import CustomerCard, CustomerNotFound, load_card, local_date
from desktop.services.postcodes import postcode_table, town_matches

__all__ = ["AddressInput", "ContactChanges", "CustomerService", "InvalidContact", "InvalidPurpose", "ReasonNeeded",
           "StaleEdit"]


class StaleEdit(DomainError):
    """Somebody saved the customer after this editor loaded it; the editor's input is not lost."""

    def __init__(self, expected_version: int, current_version: int) -> None:
        super().__init__(N_("A colleague changed this customer's data a moment ago, so your changes were not "
                            "saved. The card has been reloaded with their changes."),
                         expected_version=expected_version, current_version=current_version)
        self.expected_version = expected_version
        self.current_version = current_version


class ReasonNeeded(DomainError):
    """Processing of the customer is restricted: an edit says why (the form asks and saves again)."""

    def __init__(self) -> None:
        super().__init__(N_("Processing of this customer is restricted (GDPR Art. 18): write why the data is "
                            "changed, e.g. the customer's request and its reference."))


class InvalidPurpose(DomainError):
    def __init__(self, purpose: str) -> None:
        super().__init__(N_("Choose why the card is opened: call, letter, request or correction."), purpose=purpose)


@dataclass(frozen=True, slots=True)
class ContactChanges:
    """What the agent changed; None leaves a field as it is, an empty tuple removes every phone/e-mail."""

    phones: tuple[str, ...] | None = None
    emails: tuple[str, ...] | None = None
    language: str | None = None
    postal_address: AddressInput | None = None
    # Why the data is changed while processing is restricted (GDPR Art. 18): required then, audited.
    reason: str | None = None

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        if self.phones is not None:
            found += contact.check_phones(self.phones)
        if self.emails is not None:
            found += contact.check_emails(self.emails)
        if self.language is not None:
            found += contact.check_language(self.language)
        if self.postal_address is not None:
            address_problems = contact.check_address(self.postal_address)
            if not any(p.field in ("postcode", "post_town") for p in address_problems):
                address_problems += _town_problems(self.postal_address)
            found += address_problems
        return found

    @property
    def fields(self) -> list[str]:
        names = ("phones", "emails", "language", "postal_address")
        return [n for n in names if getattr(self, n) is not None]


def _town_problems(address: AddressInput) -> list[Problem]:
    """A Finnish postcode of the shipped Posti extract must go with its own post town (Finnish or Swedish)."""
    postcode, town = address.postcode.strip(), address.post_town.strip()
    if address.country.strip().upper() != "FI" or not town or town_matches(postcode, town) is not False:
        return []
    expected = postcode_table()[postcode]
    return [Problem("post_town", N_("The postcode {value} belongs to {town}."), postcode,
                    {"town": expected.town_fi if not expected.bilingual else f"{expected.town_fi} / {expected.town_sv}"})]


class CustomerService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def open_card(self, customer_id: int, purpose: str) -> CustomerCard:
        """Everything the card shows; writes ``customer_opened`` with the purpose in the same transaction."""
        self.actor.require(Permission.READ_CUSTOMER)
        if purpose not in contact.OPEN_PURPOSES:
            raise InvalidPurpose(purpose)
        with self.database.transaction() as session:
            card = load_card(session, customer_id, self.actor, local_date(self.clock()))
            audit.append(session, self.actor, "customer_opened", customer_id=customer_id, purpose=purpose)
        return card

    def update_contact(self, customer_id: int, expected_version: int, changes: ContactChanges) -> CustomerCard:
        """Validate, then save all changes or none; raises InvalidContact or StaleEdit (nothing saved)."""
        self.actor.require(Permission.EDIT_CONTACT)
        problems = changes.problems()
        if problems:
            raise InvalidContact(problems)
        if not changes.fields:
            raise DomainError(N_("Nothing was changed."))
        now = self.clock()
        reason = (changes.reason or "").strip()
        detail: dict[str, object] = {"fields": changes.fields, "version": expected_version + 1}
        with self.database.transaction() as session:
            if restriction_repository.holding(session, customer_id, local_date(now)) is not None:
                if not reason:
                    raise ReasonNeeded()
                detail["restricted"] = True
                detail["reason"] = redact(reason)[:400]  # never a full hetu in the audit trail
            # During the customer's rectification request the edit is its step: old → new go into the reply.
            request = rectification_repository.open_request(session, customer_id)
            before = rectification_repository.snapshot(session, customer_id) if request else {}
            self._claim_version(session, customer_id, expected_version, changes.language)
            # What the history records as the source: the customer's notice, or their request by reference.
            source = rights.request_source(request[1]) if request is not None else "customer_notice"
            if changes.phones is not None:
                self._replace_points(session, customer_id, "phone", changes.phones, now, source)
            if changes.emails is not None:
                self._replace_points(session, customer_id, "email", changes.emails, now, source)
            if changes.postal_address is not None:
                customer_repository.move(session, customer_id, contact.normalised_address(changes.postal_address),
                                         now, self.actor.username, source)
            if request is not None:
                after = rectification_repository.snapshot(session, customer_id)
                if rectification_repository.add(session, request[0], customer_id, before, after, now,
                                                self.actor.username):
                    detail["request"] = request[1]
            audit.append(session, self.actor, "contact_changed", customer_id=customer_id, purpose="correction",
                         detail=detail)
            customer_repository.forget_loaded(session)
            card = load_card(session, customer_id, self.actor, local_date(now))
        return card

    def reveal_hetu(self, customer_id: int, reason: str) -> str:
        """The full identity code, for a supervisor who states why. The security area's vault does the
        work: on PostgreSQL a SECURITY DEFINER function that writes the ``hetu_reveal`` audit row itself."""
        self.actor.require(Permission.REVEAL_HETU)
        return hetu_repository.reveal(self.database, self.actor, customer_id, reason)

    # --- steps of update_contact, all inside the caller's transaction ---------------------------------

    def _claim_version(self, session: Session, customer_id: int, expected: int, language: str | None) -> None:
        """Compare-and-set on the customer's version as the first write of the transaction: a second
        editor who loaded the same version gets StaleEdit instead of overwriting (the repository says
        why the databases serialise the two)."""
        if customer_repository.claim_version(session, customer_id, expected, language):
            return
        current = customer_repository.version(session, customer_id)
        if current is None:
            raise CustomerNotFound(customer_id)
        raise StaleEdit(expected, current)

    def _replace_points(self, session: Session, customer_id: int, kind: str, values: tuple[str, ...],
                        now: dt.datetime, source: str) -> None:
        """Phones or e-mails by their normalised value: unchanged ones keep their row (added_at, source)."""
        key = phone_key if kind == "phone" else email_key
        customer_repository.replace_contact_points(session, customer_id, kind, {key(v): v.strip() for v in values},
                                                   now, source)
