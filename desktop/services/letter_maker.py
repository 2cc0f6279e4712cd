"""How a letter is made: the text in the customer's language, the address block, the annexes, the PDF,
and the stored ``letter`` row with its audit row — inside the caller's transaction.

A letter always goes to the postal address on record at generation time; that address is snapshotted
into the ``letter`` row with the PDF bytes, their SHA-256 and the page count, and ``letter_generated``
is audited in the same transaction. Texts come from resources/letters/<lang>.json (checked against
desktop.core.letters), the controller's own texts from the stored controller profile. The letter's life
after it is made (preview, printing, posting) is desktop.services.letters.LetterService's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import audit
from db.base import utcnow
from db.models import ControllerProfile, DataRequest, Letter
from db.repositories import erasure as erasure_repository
from db.repositories import letters as repo
from db.repositories import objections as objection_repository
from db.repositories import rectification as rectification_repository
from desktop.core import letters as spec
from desktop.core.address import AddressBlock, format_block, international_phone, person_name
from desktop.core.deadlines import format_date
from desktop.core.erasure import plan_from_json
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.letters import LetterType
from desktop.core.local_time import DESK_ZONE
from desktop.core.roles import Actor, Permission
from desktop.core.text import clean_text
from desktop.services.customer_card import CustomerNotFound
from desktop.services.customer_records import AddressRow, address_row
from desktop.services.letter_annex import access_annexes, erasure_annex, objection_annex, rectification_annex
from desktop.services.letter_parts import Annex, PdfLetter, Sender
from desktop.services.subject_data import collect

if TYPE_CHECKING:
    from db.database import Session

LETTERS_DIR = Path(__file__).resolve().parents[2] / "resources" / "letters"
HELSINKI = DESK_ZONE  # the desk's zone (desktop.core.local_time)
SETTING_OFFSET_X = "letter.address_offset_x_mm"
SETTING_OFFSET_Y = "letter.address_offset_y_mm"


class LetterError(DomainError):
    """A letter cannot be produced from what is on record."""


@dataclass(frozen=True, slots=True)
class GeneratedLetter:
    id: int
    request_id: int | None
    customer_id: int | None
    letter_type: str
    language: str
    reference: str
    pdf: bytes
    sha256: str
    page_count: int
    address_lines: tuple[str, ...]
    address_problems: tuple[str, ...]  # N_ messages: the desk checks the envelope before printing
    created_at: dt.datetime


@lru_cache(maxsize=8)
def load_texts(language: str) -> Mapping[str, Any]:
    if language not in spec.LANGUAGES:
        language = "fi"
    texts = json.loads((LETTERS_DIR / f"{language}.json").read_text(encoding="utf-8"))
    problems = spec.validate_texts(texts)
    if problems:  # a packaging error, not something the desk can fix
        raise RuntimeError(f"resources/letters/{language}.json: " + "; ".join(problems))
    return texts


def _profile(session: Session) -> ControllerProfile:
    profile = repo.controller_profile(session)
    if profile is None:
        raise LetterError(N_("No controller profile is stored; initialise the database first."))
    return profile


def _ptext(field: Mapping[str, str] | None, language: str) -> str:
    field = field or {}
    return field.get(language) or field.get("fi") or ""


def address_offsets(session: Session) -> tuple[float, float]:
    values = repo.settings(session, (SETTING_OFFSET_X, SETTING_OFFSET_Y))
    result = []
    for key in (SETTING_OFFSET_X, SETTING_OFFSET_Y):
        try:
            value = float(str(values.get(key, "0")).replace(",", "."))
        except ValueError:
            value = 0.0
        result.append(max(-15.0, min(15.0, value)))  # a typo must not push the address off the window
    return result[0], result[1]


@dataclass(frozen=True, slots=True)
class Addressee:
    """What every letter needs of the customer: the name, the language and the current postal address."""

    customer_number: str
    kind: str
    first_names: str | None
    last_name: str | None
    company_name: str | None
    language: str
    current_address: AddressRow | None


def read_addressee(session: Session, customer_id: int) -> Addressee:
    """Two small reads instead of the whole record: only the access reply needs everything."""
    row = repo.addressee(session, customer_id)
    if row is None:
        raise CustomerNotFound(customer_id)
    current = repo.current_address(session, customer_id)
    address = None if current is None else address_row(current)
    return Addressee(row.customer_number, row.kind, row.first_names, row.last_name, row.company_name, row.language,
                     address)


def address_block(subject: Addressee, texts: Mapping[str, Any]) -> AddressBlock:
    address = subject.current_address
    if address is None:
        raise LetterError(N_("The customer has no postal address on record; a letter cannot be sent."))
    if subject.kind == "company":
        name = subject.company_name or ""
    else:
        name = person_name(subject.first_names, subject.last_name)
    return format_block(
        customer_number_line=spec.fill(texts["common"]["customer_number_line"],
                                       {"customer_number": subject.customer_number}),
        name=name, care_of=address.care_of, street=address.street, postcode=address.postcode,
        post_town=address.post_town, country=address.country)


class LetterMaker:
    """Makes and stores letters for ``actor`` at ``clock``'s time, in the transaction it is given."""

    def __init__(self, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.actor = actor
        self.clock = clock

    def generate_in(self, session: Session, request: DataRequest, letter_type: LetterType, *,
                    reason: str | None = None, due_on: dt.date | None = None,
                    original_due_on: dt.date | None = None, outcome: str | None = None) -> GeneratedLetter:
        if request.customer_id is None:
            raise LetterError(N_("The request is not matched to a customer yet; no letter can be sent."))
        if letter_type in spec.OUTCOME_REPLIES and not (outcome or "").strip():
            raise LetterError(N_("Describe what was done: the reply tells the customer."))
        extra: dict[str, Any] = {  # printed on the letter: without pasted control characters
            "outcome": clean_text(outcome or "").strip(),
            "reason": clean_text(reason or request.outcome_reason or "").strip(),
            "due_on": format_date(due_on or request.extended_due_on or request.due_on),
            "original_due_on": format_date(original_due_on or request.due_on),
        }
        return self.generate(session, request.customer_id, request, letter_type, extra)

    def generate(self, session: Session, customer_id: int, request: DataRequest | None, letter_type: LetterType,
                  extra: dict[str, Any]) -> GeneratedLetter:
        self.actor.require(Permission.HANDLE_REQUEST)
        if letter_type is LetterType.ACCESS_REPLY:
            # The annex lists who-looked-when from the audit log, which only these roles may read.
            self.actor.require(Permission.VIEW_ACCESS_LOG)
        now = self.clock()
        subject = None
        if letter_type is LetterType.ACCESS_REPLY:
            subject = collect(session, customer_id, now)
            addressee = Addressee(subject.customer_number, subject.kind, subject.first_names, subject.last_name,
                                  subject.company_name, subject.language, subject.current_address)
        else:
            addressee = read_addressee(session, customer_id)
        language = addressee.language if addressee.language in spec.LANGUAGES else "fi"
        texts = load_texts(language)
        profile = _profile(session)
        block = address_block(addressee, texts)
        if not block.deliverable:  # refused with the reason, never printed to an address that cannot reach
            raise LetterError(N_("The letter was not made: {problem} Nothing was printed."),
                              problem=block.undeliverable[0])
        today = now.astimezone(HELSINKI).date()
        reference = request.reference if request is not None else f"{addressee.customer_number}/{today:%Y%m%d}"
        values = self._values(texts, profile, language, request, reference, today, extra)
        address = addressee.current_address
        abroad = address is not None and (address.country or "FI").upper() != "FI"
        phone = international_phone(profile.phone) if abroad else profile.phone  # dialled from abroad
        values["controller_phone"] = phone
        text = spec.letter_text(texts, letter_type, values, company=addressee.kind == "company")
        body = text.body
        if subject is not None and any(c.recording_ref and c.recording_destroyed_at is None for c in subject.calls):
            body = (*body[:3], texts["annex"]["recordings_offer"], *body[3:])  # only when there is a recording
        common = texts["common"]
        annexes: tuple[Annex, ...] = ()
        attachments: tuple[str, ...] = ()
        if subject is not None:
            annexes = access_annexes(subject, profile, texts, language)
        elif letter_type is LetterType.RECTIFICATION_REPLY and request is not None:
            corrected = rectification_repository.for_request(session, request.id)
            if corrected:  # old → new, field by field
                annexes = (rectification_annex(corrected, texts, request.reference),)
        elif letter_type is LetterType.OBJECTION_REPLY and request is not None:
            decided = objection_repository.decisions(session, request.id)
            if decided:
                annexes = (objection_annex(decided, texts),)
        elif letter_type is LetterType.ERASURE_REPLY and request is not None:
            erased = erasure_repository.latest_record(session, request.id)
            if erased is not None:  # what was erased and kept, and why (the executed plan)
                annexes = (erasure_annex(plan_from_json(erased.plan), erased.full_anonymisation, texts),)
        if annexes:
            attachments = tuple(f"{a.doc_type.capitalize()}: {a.title}" for a in annexes)
        from desktop.services import letter_pdf  # ReportLab, at the first letter (issue 14)

        pdf_letter = PdfLetter(
            doc_type=text.doc_type, date_text=format_date(today),
            reference_line=f"{common['reference_label']} {reference}", address_lines=block.lines,
            subject=text.subject, greeting=common["greeting"], body=body,
            closing=(common["closing"], profile.name, common["signature"]),
            attachments_heading=common["attachments"], attachments=attachments, annexes=annexes,
            title=f"{text.doc_type} {reference}", offset_mm=address_offsets(session),
        )
        sender = Sender(
            name=profile.name, street=str(profile.postal_address.get("street", "")),
            postcode=str(profile.postal_address.get("postcode", "")),
            post_town=str(profile.postal_address.get("post_town", "")),
            footer=spec.fill(common["footer"], {"controller_name": profile.name, "business_id": profile.business_id,
                                                "controller_phone": phone,
                                                "controller_email": profile.email}),
            country="FINLAND" if abroad else "")  # the return address of mail abroad names the country
        rendered = letter_pdf.render(pdf_letter, sender)
        row = Letter(request_id=request.id if request is not None else None, customer_id=customer_id,
                     letter_type=letter_type.value, language=language, reference=reference,
                     address_snapshot=list(block.lines), pdf=rendered.pdf,
                     sha256=hashlib.sha256(rendered.pdf).hexdigest(), page_count=rendered.page_count,
                     created_at=now, created_by=self.actor.username)
        repo.add(session, row)
        audit.append(session, self.actor, "letter_generated", customer_id=customer_id, purpose="letter",
                     detail={"letter_id": row.id, "letter_type": letter_type.value, "reference": reference,
                             "pages": rendered.page_count, "sha256": row.sha256})
        return as_generated(row, block.problems)

    @staticmethod
    def _values(texts: Mapping[str, Any], profile: ControllerProfile, language: str, request: DataRequest | None,
                reference: str, today: dt.date, extra: dict[str, Any]) -> dict[str, object]:
        address = profile.postal_address or {}
        prohibitions = extra.get("prohibitions") or []
        values: dict[str, object] = {
            "controller_name": profile.name,
            "register_name": _ptext(profile.register_name, language),
            "controller_phone": profile.phone,
            "controller_email": profile.email,
            "controller_address": spec.fill(texts["common"]["address_line"], {
                "street": address.get("street", ""), "postcode": address.get("postcode", ""),
                "post_town": address.get("post_town", "")}),
            "reference": reference,
            "request_type": spec.value_label(texts, "request_type", request.request_type if request else "objection"),
            "received_on": format_date(request.received_on if request else today),
            "letter_date": format_date(today),
            "registered_on": format_date(today),
            "done_on": format_date(today),
            "complaint_authority": _ptext(profile.complaint_authority, language)
            or texts["art15"]["complaint_default"],
            "prohibitions": ", ".join(spec.value_label(texts, "purpose", p) for p in prohibitions),
        }
        values.update({k: v for k, v in extra.items() if k != "prohibitions"})
        return values


def as_generated(row: Letter, problems: tuple[str, ...]) -> GeneratedLetter:
    return GeneratedLetter(row.id, row.request_id, row.customer_id, row.letter_type, row.language, row.reference,
                           row.pdf, row.sha256, row.page_count, tuple(row.address_snapshot), problems,
                           row.created_at)
