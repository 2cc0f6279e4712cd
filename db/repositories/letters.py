"""The letter aggregate's queries: stored letters, the print listings, and what a letter is made of (the
controller profile, the addressee's name and current address, the envelope's address offsets).

Plain, bounded queries taking the caller's Session first; the life of a letter (generate, print,
post) is desktop.services.letters. The addressee is read through ``customer_masked``, the view desk roles
may read (migration 0002), so a letter never needs the identity code.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, func, select, text
from sqlalchemy.orm import Session

from db.models import AppSetting, ControllerProfile, Customer, DataRequest, Letter, PostalAddress


def get(session: Session, letter_id: int) -> Letter | None:
    return session.get(Letter, letter_id)


def add(session: Session, letter: Letter) -> Letter:
    """Store a generated letter (its id is known afterwards)."""
    session.add(letter)
    session.flush()
    return letter


def printed_not_posted(session: Session, request_id: int) -> list[Letter]:
    """The request's letters printed but not yet marked posted."""
    return list(session.scalars(select(Letter).where(
        Letter.request_id == request_id, Letter.printed_at.is_not(None), Letter.dispatched_on.is_(None))
        .order_by(Letter.id)))


def counts_of_request(session: Session, request_id: int) -> tuple[int, int]:
    """(letters of the request, of them printed and not yet marked posted)."""
    waiting = case((Letter.printed_at.is_not(None) & Letter.dispatched_on.is_(None), 1), else_=0)
    total, to_post = session.execute(select(func.count(), func.coalesce(func.sum(waiting), 0))
                                     .where(Letter.request_id == request_id)).one()
    return int(total), int(to_post)


def controller_profile(session: Session) -> ControllerProfile | None:
    return session.scalar(select(ControllerProfile).order_by(ControllerProfile.id).limit(1))


def settings(session: Session, keys: tuple[str, ...]) -> dict[str, str]:
    """The app_setting values of ``keys`` that are set."""
    return {key: value for key, value in session.execute(select(AppSetting.key, AppSetting.value)
                                                         .where(AppSetting.key.in_(keys)))}


def addressee(session: Session, customer_id: int) -> Any | None:
    """Customer number, kind, names and language of one customer (a row with those attributes), or None."""
    return session.execute(text(
        "SELECT customer_number, kind, first_names, last_name, company_name, language FROM customer_masked"
        " WHERE id = :id"), {"id": customer_id}).first()


def current_address(session: Session, customer_id: int) -> PostalAddress | None:
    """The customer's postal address in force (the latest of those without an end)."""
    return session.scalars(select(PostalAddress).where(PostalAddress.customer_id == customer_id,
                                                       PostalAddress.valid_to.is_(None))
                           .order_by(PostalAddress.valid_from.desc(), PostalAddress.id.desc()).limit(1)).first()


# --- the print listings (PDF bytes are loaded only with the rows: a listing never reads them) -------

def _listing() -> Select[Letter, Customer]:
    return select(Letter, Customer).outerjoin(Customer, Customer.id == Letter.customer_id)


def of_request(session: Session, request_id: int) -> list[tuple[Letter, Customer | None]]:
    """Every letter of one request with its customer, oldest first."""
    return [(letter, customer) for letter, customer
            in session.execute(_listing().where(Letter.request_id == request_id).order_by(Letter.id))]


def not_printed(session: Session, *, leave_out_state: str) -> list[tuple[Letter, Customer | None]]:
    """Letters not printed yet, oldest first, except those of requests in ``leave_out_state``."""
    query = (_listing().outerjoin(DataRequest, DataRequest.id == Letter.request_id)
             .where(Letter.printed_at.is_(None))
             .where((DataRequest.id.is_(None)) | (DataRequest.state != leave_out_state))
             .order_by(Letter.id))
    return [(letter, customer) for letter, customer in session.execute(query)]


def with_customers(session: Session, letter_ids: list[int]) -> dict[int, tuple[Letter, Customer | None]]:
    """The letters of ``letter_ids`` (those that exist) with their customers, by id."""
    return {letter.id: (letter, customer) for letter, customer
            in session.execute(_listing().where(Letter.id.in_(letter_ids)))}


__all__ = ["add", "addressee", "controller_profile", "counts_of_request", "current_address", "get", "not_printed", "of_request",
           "printed_not_posted", "settings", "with_customers"]
