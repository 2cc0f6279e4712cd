"""The customer aggregate's queries: the customer and its masked identity, the records the card and the
access reply read, the contact edits that keep their history, and the customer's notes.

Every read takes what its two readers need (see db.repositories.customer_rows): ``newest_first`` is the
date column's direction (ties stay in id order either way) and ``staff=False`` leaves out the names of
staff. The identity is read through the ``customer_masked`` view of the security migration: on
PostgreSQL desk roles cannot read person_hetu, and the full code never reaches this process. The rules
(what an edit may change, optimistic locking's error, restriction reasons) are desktop.services.customers'.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from db.models import (
    ConsumptionSummary,
    ContactPoint,
    Contract,
    Customer,
    CustomerNote,
    DataRequest,
    Disclosure,
    InvoiceSummary,
    Letter,
    PostalAddress,
    UsageSite,
)
from db.repositories.bank_accounts import masked_accounts
from db.repositories.customer_rows import (
    AddressRow,
    BankAccountRow,
    ConsumptionRow,
    ContactPointRow,
    ContractRow,
    DisclosureRow,
    IdentityRow,
    InvoiceRow,
    LetterRow,
    NoteRow,
    RequestRow,
    SiteRow,
)
from desktop.core.contact import AddressInput
from desktop.core.text import fold


def get(session: Session, customer_id: int) -> Customer | None:
    return session.get(Customer, customer_id)


def masked_identity(session: Session, customer: Customer) -> tuple[str, bool]:
    """(masked hetu or Y-tunnus, is the hetu temporary); ("", False) when unknown."""
    if customer.kind == "company":
        return customer.business_id or "", False
    row = session.execute(text("SELECT masked_hetu, hetu_is_temporary FROM customer_masked WHERE id = :cid"),
                          {"cid": customer.id}).first()
    if row is None or row.masked_hetu is None:
        return "", False
    return row.masked_hetu, bool(row.hetu_is_temporary)


def identity(session: Session, customer_id: int) -> IdentityRow | None:
    """The customer's own columns as the access reply prints them (the code only masked), or None."""
    row = session.execute(text(
        "SELECT customer_number, kind, first_names, last_name, company_name, business_id, language,"
        " name_source, created_at, masked_hetu FROM customer_masked WHERE id = :id"), {"id": customer_id}).first()
    if row is None:
        return None
    # A plain text() read: SQLite hands the timestamp back as text, without the zone UtcDateTime adds.
    created_at = row.created_at if isinstance(row.created_at, dt.datetime) else dt.datetime.fromisoformat(
        str(row.created_at))
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=dt.UTC)
    return IdentityRow(row.customer_number, row.kind, row.first_names, row.last_name, row.company_name,
                       row.business_id, row.language, row.name_source, created_at, row.masked_hetu)


# --- the records --------------------------------------------------------------------------------------

def _by(column: Any, newest_first: bool) -> Any:
    return column.desc() if newest_first else column


def _who(name: str | None, staff: bool) -> str | None:
    return name if staff else None


def address_row(a: PostalAddress) -> AddressRow:
    return AddressRow(a.id, a.care_of, a.street, a.postcode, a.post_town, a.country, a.source, a.valid_from,
                      a.valid_to, a.changed_by)


def addresses(session: Session, customer_id: int, *, newest_first: bool) -> tuple[AddressRow, ...]:
    """Every address, the current one included."""
    return tuple(address_row(a) for a in session.scalars(
        select(PostalAddress).where(PostalAddress.customer_id == customer_id)
        .order_by(_by(PostalAddress.valid_from, newest_first), PostalAddress.id)))


def contact_points(session: Session, customer_id: int) -> tuple[ContactPointRow, ...]:
    """Phones before e-mail addresses, each in the order added."""
    return tuple(ContactPointRow(p.id, p.kind, p.value, p.source, p.added_at) for p in session.scalars(
        select(ContactPoint).where(ContactPoint.customer_id == customer_id)
        .order_by(ContactPoint.kind.desc(), ContactPoint.id)))


def bank_accounts(session: Session, customer_id: int) -> tuple[BankAccountRow, ...]:
    # Through the masked view: desk roles may not read bank_account.iban on PostgreSQL (migration 0005).
    return tuple(BankAccountRow(b.masked_iban, b.bic, b.source, b.added_at)
                 for b in masked_accounts(session, customer_id))


def sites(session: Session, customer_id: int) -> tuple[SiteRow, ...]:
    """The usage sites in the order added, each with its yearly consumption."""
    found = list(session.scalars(select(UsageSite).where(UsageSite.customer_id == customer_id)
                                 .order_by(UsageSite.id)))
    consumption: dict[int, list[ConsumptionRow]] = {}
    if found:
        meter_of = {s.id: s.metering_point_id for s in found}
        for c in session.scalars(select(ConsumptionSummary)
                                 .where(ConsumptionSummary.usage_site_id.in_(list(meter_of)))
                                 .order_by(ConsumptionSummary.year.desc())):
            consumption.setdefault(c.usage_site_id, []).append(
                ConsumptionRow(meter_of[c.usage_site_id], c.year, c.quantity, c.unit))
    return tuple(SiteRow(s.id, s.metering_point_id, s.street, s.postcode, s.post_town, s.commodity,
                         tuple(consumption.get(s.id, ()))) for s in found)


def contracts(session: Session, customer_id: int, own_sites: tuple[SiteRow, ...], *,
              newest_first: bool) -> tuple[ContractRow, ...]:
    meter_of = {s.id: s.metering_point_id for s in own_sites}
    return tuple(ContractRow(k.id, k.contract_number, k.kind, k.product, k.start_date, k.end_date, k.usage_site_id,
                             meter_of.get(k.usage_site_id or -1)) for k in session.scalars(
        select(Contract).where(Contract.customer_id == customer_id)
        .order_by(_by(Contract.start_date, newest_first), Contract.id)))


def invoice(session: Session, customer_id: int) -> InvoiceRow | None:
    i = session.get(InvoiceSummary, customer_id)
    if i is None:
        return None
    return InvoiceRow(i.open_count, i.open_amount, i.overdue_count, i.in_collection, i.collection_agency,
                      i.paid_last_12_months, i.last_invoice_on, i.updated_at)


def notes(session: Session, customer_id: int, *, newest_first: bool, staff: bool) -> tuple[NoteRow, ...]:
    return tuple(NoteRow(n.id, n.body, n.created_at, _who(n.created_by, staff), n.call_id)
                 for n in session.scalars(select(CustomerNote).where(CustomerNote.customer_id == customer_id)
                                          .order_by(_by(CustomerNote.created_at, newest_first), CustomerNote.id)))


def requests(session: Session, customer_id: int, *, newest_first: bool) -> tuple[RequestRow, ...]:
    return tuple(RequestRow(r.id, r.reference, r.request_type, r.state, r.channel, r.received_on, r.due_on,
                            r.extended_due_on, r.dispatched_on)
                 for r in session.scalars(select(DataRequest).where(DataRequest.customer_id == customer_id)
                                          .order_by(_by(DataRequest.received_on, newest_first), DataRequest.id)))


def letters(session: Session, customer_id: int, *, newest_first: bool, staff: bool) -> tuple[LetterRow, ...]:
    # Column list, not the entity: the PDF bytes are not loaded.
    rows = session.execute(select(
        Letter.id, Letter.request_id, Letter.letter_type, Letter.language, Letter.reference, Letter.sha256,
        Letter.page_count, Letter.created_at, Letter.created_by, Letter.printed_at, Letter.dispatched_on,
    ).where(Letter.customer_id == customer_id).order_by(_by(Letter.created_at, newest_first), Letter.id))
    return tuple(LetterRow(r.id, r.request_id, r.letter_type, r.language, r.reference, r.sha256, r.page_count,
                           r.created_at, _who(r.created_by, staff), r.printed_at, r.dispatched_on) for r in rows)


def disclosures(session: Session, customer_id: int, *, newest_first: bool,
                staff: bool) -> tuple[DisclosureRow, ...]:
    return tuple(DisclosureRow(d.id, d.recipient, d.basis, d.data_description, d.disclosed_on,
                               _who(d.recorded_by, staff))
                 for d in session.scalars(select(Disclosure).where(Disclosure.customer_id == customer_id)
                                          .order_by(_by(Disclosure.disclosed_on, newest_first), Disclosure.id)))


# --- contact edits and notes (inside the caller's transaction) ------------------------------------------

def claim_version(session: Session, customer_id: int, expected: int, language: str | None) -> bool:
    """Compare-and-set on customer.version (and the language, if given); False when no row matched.

    Run as the first write of the transaction: on PostgreSQL the UPDATE takes the row lock, so a second
    editor's UPDATE waits for the first to commit, then re-checks ``version = expected``, finds the new
    version and matches no row. On SQLite the database write lock serialises the same way.
    """
    values: dict[str, object] = {"version": Customer.version + 1}
    if language is not None:
        values["language"] = language
    result = session.execute(
        update(Customer).where(Customer.id == customer_id, Customer.version == expected).values(**values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def version(session: Session, customer_id: int) -> int | None:
    """The customer's current version, None when there is no such customer."""
    return session.scalar(select(Customer.version).where(Customer.id == customer_id))


def replace_contact_points(session: Session, customer_id: int, kind: str, wanted: dict[str, str],
                           now: dt.datetime, source: str) -> None:
    """Make the customer's ``kind`` points the values of ``wanted`` (normalised key → value as typed); new
    rows get ``source``. Rows whose key is unchanged are kept, so their added_at and source stay true."""
    existing = session.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer_id,
                                                          ContactPoint.kind == kind)).all()
    gone = [p.id for p in existing if p.value_key not in wanted]
    if gone:
        session.execute(delete(ContactPoint).where(ContactPoint.id.in_(gone)))
    kept = {p.value_key for p in existing if p.value_key in wanted}
    for value_key, value in wanted.items():
        if value_key not in kept:
            session.add(ContactPoint(customer_id=customer_id, kind=kind, value=value, value_key=value_key,
                                     source=source, added_at=now))
    session.flush()


def move(session: Session, customer_id: int, address: AddressInput, now: dt.datetime, changed_by: str,
         source: str) -> None:
    """Close the current postal address and open the new one: the history is never overwritten."""
    session.execute(update(PostalAddress)
                    .where(PostalAddress.customer_id == customer_id, PostalAddress.valid_to.is_(None))
                    .values(valid_to=now).execution_options(synchronize_session=False))
    session.add(PostalAddress(
        customer_id=customer_id, care_of=address.care_of, street=address.street, postcode=address.postcode,
        post_town=address.post_town, country=address.country, street_key=fold(address.street),
        source=source, valid_from=now, changed_by=changed_by,
    ))
    session.flush()


def forget_loaded(session: Session) -> None:
    """Drop what the session has loaded: the edits above UPDATE rows behind its identity map, so the card
    read after an edit must load the customer again."""
    session.expire_all()


def add_note(session: Session, customer_id: int, body: str, created_at: dt.datetime, created_by: str,
             call_id: int | None) -> int:
    """Store a note (append-only: a correction is a new note); returns its id."""
    note = CustomerNote(customer_id=customer_id, body=body, created_at=created_at, created_by=created_by,
                        call_id=call_id)
    session.add(note)
    session.flush()
    return note.id
