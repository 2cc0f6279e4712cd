"""The two annexes of an access reply: the copy of the customer's data, and the Art. 15(1) information.

Turns :class:`SubjectData` and the controller profile into printable sections in the customer's
language. Dates are d.m.yyyy, times Finnish local time, amounts with the decimal separator of the
language; every code value (contract kinds, decisions, sources, units …) is printed through its label in
resources/letters/<lang>.json, never as the code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from db.models import ControllerProfile
from desktop.core.deadlines import format_date
from desktop.core.erasure import PlanItem
from desktop.core.letters import fill, value_label
from desktop.core.local_time import DESK_ZONE, format_moment
from desktop.core.rights import request_source
from desktop.services.customer_records import AddressRow
from desktop.services.letter_parts import Annex, Section
from desktop.services.subject_data import SubjectData

HELSINKI = DESK_ZONE  # the desk's zone (desktop.core.local_time)


def _date(day: dt.date | None) -> str:
    return format_date(day) if day else ""


def _time(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return format_moment(moment, separator=".")


def _number(value: Decimal | int, language: str, places: int = 2) -> str:
    text = f"{value:,.{places}f}".replace(",", "\u00a0")  # thin grouping with a no-break space
    return text if language == "en" else text.replace(".", ",")


def _quantity(value: Decimal, language: str) -> str:
    exponent = value.normalize().as_tuple().exponent
    places = min(3, max(0, -exponent)) if isinstance(exponent, int) else 0
    return _number(value, language, places)


def _address(a: AddressRow) -> str:
    parts = [f"c/o {a.care_of}" if a.care_of else "", a.street, f"{a.postcode} {a.post_town.upper()}",
             "" if a.country == "FI" else a.country]
    return ", ".join(p for p in parts if p)


def data_annex(s: SubjectData, texts: Mapping[str, Any], language: str, register_name: str) -> Annex:
    a = texts["annex"]
    c = texts["common"]

    def v(group: str, code: str | None) -> str:
        return value_label(texts, group, code)

    yes_no = {True: c["yes"], False: c["no"]}
    identity: list[tuple[str, str]] = [(a["customer_number"], s.customer_number), (a["name"], s.display_name),
                                       (a["customer_kind"], v("customer_kind", s.kind))]
    if s.kind == "person":
        identity.append((a["hetu"], s.masked_hetu or ""))
    if s.business_id:
        identity.append((a["business_id"], s.business_id))
    identity += [(a["language"], v("language", s.language)), (a["name_source"], v("source", s.name_source)),
                 (a["customer_since"], _date(s.created_at.astimezone(HELSINKI).date()))]
    invoice: tuple[tuple[str, ...], ...] = ()
    if s.invoice is not None:
        i = s.invoice
        collection = yes_no[i.in_collection] + (f" ({i.collection_agency})" if i.collection_agency else "")
        invoice = (
            (a["open_invoices"], f"{i.open_count} ({_number(i.open_amount, language)} €)"),
            (a["overdue_invoices"], str(i.overdue_count)),
            (a["in_collection"], collection),
            (a["paid_12_months"], f"{_number(i.paid_last_12_months, language)} €"),
            (a["last_invoice"], _date(i.last_invoice_on)),
            (a["updated"], _time(i.updated_at)),
        )
    site_address = {x.metering_point_id: f"{x.street}, {x.postcode} {x.post_town.upper()}" for x in s.sites}
    none = c["none"]

    def table(key: str, columns: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...],
              note: str | None = None) -> Section:
        return Section(a[key], paragraphs=(note,) if note else (), columns=tuple(a[col] for col in columns),
                       rows=tuple(rows), widths=widths, empty_text=none)

    restrictions: tuple[Section, ...] = ()
    if s.restrictions:  # only when there is one: most customers never ask
        restrictions = (table("restrictions", ("restriction_recorded", "restriction_reason", "restriction_ends",
                                               "restriction_lifted"),
                              [(_date(x.recorded_at.astimezone(HELSINKI).date()), x.reason,
                                _date(x.ends_on) or a["until_lifted"],
                                _date(x.lifted_at.astimezone(HELSINKI).date()) if x.lifted_at else "")
                               for x in s.restrictions], (0.15, 0.5, 0.18, 0.17), note=a["restrictions_note"]),)
    sections = (
        Section(a["identity"], rows=tuple(identity), empty_text=none),
        *restrictions,
        table("addresses", ("valid_from", "valid_to", "address", "source"),
              [(_date(x.valid_from.astimezone(HELSINKI).date()),
                _date(x.valid_to.astimezone(HELSINKI).date()) if x.valid_to else a["current"],
                _address(x), v("source", x.source)) for x in s.addresses], (0.14, 0.14, 0.47, 0.25)),
        table("contact_points", ("kind", "value", "source", "added"),
              [(v("contact_kind", x.kind), x.value, v("source", x.source), _date(x.added_at.astimezone(HELSINKI).date()))
               for x in s.contact_points], (0.16, 0.44, 0.25, 0.15)),
        table("bank_accounts", ("iban", "bic", "source", "added"),
              [(x.masked_iban, x.bic or "", v("source", x.source), _date(x.added_at.astimezone(HELSINKI).date()))
               for x in s.bank_accounts], (0.36, 0.16, 0.33, 0.15)),
        table("usage_sites", ("metering_point", "address", "commodity"),
              [(x.metering_point_id, site_address[x.metering_point_id], v("commodity", x.commodity))
               for x in s.sites], (0.3, 0.5, 0.2)),
        table("contracts", ("contract_number", "kind", "product", "site", "start", "end"),
              [(x.contract_number, v("contract_kind", x.kind), x.product, x.metering_point_id or "",
                _date(x.start_date), _date(x.end_date)) for x in s.contracts],
              (0.14, 0.18, 0.19, 0.23, 0.13, 0.13)),
        table("consumption", ("metering_point", "year", "quantity"),
              [(x.metering_point_id, str(x.year), f"{_quantity(x.quantity, language)} {v('unit', x.unit)}")
               for x in s.consumption], (0.4, 0.2, 0.4)),
        Section(a["invoices"], rows=invoice, empty_text=none),
        table("invoice_list", ("invoice_number", "invoice_date", "due_date", "amount", "state", "paid_on",
                               "contract_number"),
              [(x.invoice_number, _date(x.invoice_date), _date(x.due_date),
                f"{_number(Decimal(x.amount_cents).scaleb(-2), language)} €", v("invoice_state", x.state),
                _date(x.paid_on), x.contract_number or "") for x in s.invoices],
              (0.16, 0.13, 0.13, 0.15, 0.14, 0.13, 0.16)),
        table("calls", ("call_time", "direction", "subject", "recording", "notice_given", "objected"),
              [(_time(x.started_at), v("direction", x.direction),
                "\n".join(p for p in (x.subject, x.notes) if p),
                (x.recording_ref or "") + (f"\n{a['recording_deleted']} {_date(x.recording_destroyed_at.date())}"
                                           if x.recording_destroyed_at else ""),
                _time(x.notice_given_at) or c["no"], yes_no[x.customer_objected]) for x in s.calls],
              (0.17, 0.10, 0.26, 0.18, 0.14, 0.15)),
        table("customer_notes", ("note_written", "notes"),
              [(_time(x.created_at), x.body) for x in s.notes], (0.2, 0.8)),
        table("consents", ("occurred", "purpose", "channel", "decision", "source", "valid_until"),
              [(_time(x.occurred_at), v("purpose", x.purpose), v("channel", x.channel), v("decision", x.decision),
                v("source", x.source), _date(x.valid_until)) for x in s.consents],
              (0.17, 0.24, 0.14, 0.16, 0.16, 0.13)),
        table("requests", ("received", "kind", "state", "dispatched"),
              [(_date(x.received_on), v("request_type", x.request_type), v("state", x.state), _date(x.dispatched_on))
               for x in s.requests], (0.18, 0.4, 0.24, 0.18)),
        table("letters", ("letter_date", "letter_type", "dispatched"),
              [(_date(x.created_at.astimezone(HELSINKI).date()), v("letter_type", x.letter_type),
                _date(x.dispatched_on)) for x in s.letters], (0.2, 0.6, 0.2)),
        table("disclosures", ("disclosed_on", "recipient", "basis", "data"),
              # Recorded from the card or an export: codes, printed by their labels; older rows: free text.
              [(_date(x.disclosed_on), x.recipient, v("disclosure_basis", x.basis),
                v("disclosed_data", x.data_description)) for x in s.disclosures],
              (0.13, 0.27, 0.25, 0.35)),
        table("consultations", ("date", "action", "purpose"),
              [(_time(x.occurred_at), v("action", x.action), v("purpose", x.purpose)) for x in s.consultations],
              (0.2, 0.5, 0.3), note=a["consultations_note"]),
    )
    return Annex(a["doc_type"], a["title"], fill(a["intro"], {"register_name": register_name}), sections)


def erasure_annex(items: tuple[PlanItem, ...], full: bool, texts: Mapping[str, Any]) -> Annex:
    """What the erasure deleted, anonymised and kept, why and until when (the executed plan, in order)."""
    e = texts["erasure"]

    def v(group: str, code: str) -> str:
        return value_label(texts, group, code)

    rows = tuple((v("erasure_category", i.category), v("erasure_action", i.action), v("erasure_reason", i.reason),
                  _date(i.keep_until)) for i in items if i.count or i.category in ("identity", "audit_trail"))
    section = Section(e["title"], paragraphs=(e["full_note"] if full else e["partial_note"],),
                      columns=(e["data"], e["action"], e["reason"], e["kept_until"]), rows=rows,
                      widths=(0.27, 0.16, 0.42, 0.15), empty_text=texts["common"]["none"])
    return Annex(e["doc_type"], e["title"], e["intro"], (section,))


def rectification_annex(rows: list[tuple[str, str, str, dt.datetime]], texts: Mapping[str, Any],
                        reference: str) -> Annex:
    """Each corrected field, its value before and after, and the day (GDPR Art. 16), and the source the
    history records for them: the customer's request with its reference."""
    r = texts["rectification"]

    def shown(field: str, value: str) -> str:
        return value_label(texts, "language", value) if field == "language" else value

    source = fill(r["source_note"], {"source": value_label(texts, "source", request_source(reference))})
    section = Section(r["title"], paragraphs=(source,), columns=(r["field"], r["before"], r["after"], r["date"]),
                      rows=tuple((value_label(texts, "rectified_field", field), shown(field, old) or "–",
                                  shown(field, new) or "–", _date(at.astimezone(HELSINKI).date()))
                                 for field, old, new, at in rows),
                      widths=(0.2, 0.34, 0.34, 0.12), empty_text=texts["common"]["none"])
    return Annex(r["doc_type"], r["title"], r["intro"], (section,))


def objection_annex(rows: list[tuple[str, bool, str, dt.datetime]], texts: Mapping[str, Any]) -> Annex:
    """The supervisor's decisions on the customer's objection (Art. 21(1)): what, upheld or not, why, when."""
    o = texts["objection"]
    sections = tuple(Section(processing, rows=((o["decision"], o["upheld"] if upheld else o["rejected"]),
                                               (o["reasons"], reasons),
                                               (o["date"], _date(at.astimezone(HELSINKI).date()))),
                             widths=(0.2, 0.8)) for processing, upheld, reasons, at in rows)
    return Annex(o["doc_type"], o["title"], o["intro"], sections)


def art15_annex(profile: ControllerProfile, texts: Mapping[str, Any], language: str) -> Annex:
    t = texts["art15"]

    def ptext(field: Mapping[str, str] | None) -> str:
        field = field or {}
        return field.get(language) or field.get("fi") or ""

    address = profile.postal_address or {}
    controller = (f"{profile.name} ({profile.business_id})\n{address.get('street', '')}, "
                  f"{address.get('postcode', '')} {address.get('post_town', '')}\n{profile.phone}, {profile.email}")
    items = (
        ("controller", controller),
        ("purposes", ptext(profile.purposes)),
        ("categories", ptext(profile.data_content)),
        ("recipients", ptext(profile.regular_disclosures)),
        ("transfers", ptext(profile.transfers_outside_eea)),
        ("retention", ptext(profile.retention)),
        ("sources", ptext(profile.regular_sources)),
        ("rights", t["rights_text"]),
        ("complaint", ptext(profile.complaint_authority) or t["complaint_default"]),
        ("automated", t["automated_text"]),
    )
    return Annex(t["doc_type"], t["title"], "",
                 tuple(Section(t[key], paragraphs=(body,)) for key, body in items if body))


def access_annexes(subject: SubjectData, profile: ControllerProfile, texts: Mapping[str, Any],
                   language: str) -> tuple[Annex, Annex]:
    names = profile.register_name or {}
    register = names.get(language) or names.get("fi") or profile.name
    return data_annex(subject, texts, language, register), art15_annex(profile, texts, language)
