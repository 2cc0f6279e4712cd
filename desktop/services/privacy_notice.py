"""The register description / privacy notice (GDPR Art. 13/14), printed from the stored utility profile.

Every Art. 13/14 item in the customer-facing order: the controller and the contact person, purposes, the
legal basis of each, the data, sources, recipients, transfers, retention (the profile's text and its
retention rules with their periods and reasons), the data subject's rights, the complaint authority,
automated decisions, security. A completeness check lists what the profile lacks (a Y-tunnus, the legal
bases, retention rules) instead of printing an empty heading: such a notice is marked a draft and
``palvelutiski-admin privacy-notice`` refuses it without ``--draft``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from db.base import utcnow
from db.database import Database
from desktop.core import letters as spec
from desktop.core import retention
from desktop.core.deadlines import format_date
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor
from desktop.services.customer_card import local_date
from desktop.services.letter_parts import Section, Sender
from desktop.services.letters import load_texts
from desktop.services.profiles import ProfileData, stored_profile


@dataclass(frozen=True, slots=True)
class Notice:
    pdf: bytes
    page_count: int
    language: str
    gaps: tuple[str, ...]  # codes of resources/letters values.notice_gap; empty: complete


def gaps(profile: ProfileData) -> tuple[str, ...]:
    found = []
    if not profile.business_id:
        found.append("business_id")
    if not profile.legal_bases:
        found.append("legal_bases")
    if retention.check_rules(profile.retention_rules) is not None:
        found.append("retention_rules")
    return tuple(found)


class PrivacyNoticeService:
    """Anyone signed in may print it: it holds no customer data."""

    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def render(self, language: str) -> Notice:
        if language not in spec.LANGUAGES:
            raise DomainError(N_("Unknown language: {language}."), language=language)
        with self.database.transaction() as session:
            profile = stored_profile(session)
        if profile is None:
            raise DomainError(N_("No controller profile is stored; initialise the database first."))
        texts = load_texts(language)
        missing = gaps(profile)
        today = local_date(self.clock())
        n = texts["notice"]

        def ptext(field: Mapping[str, str] | None) -> str:
            field = field or {}
            return field.get(language) or field.get("fi") or ""

        address = profile.postal_address
        business = f" ({profile.business_id})" if profile.business_id else ""
        controller = (f"{profile.name}{business}\n{address['street']}, {address['postcode']} {address['post_town']}\n"
                      f"{profile.phone}, {profile.email}")
        person = profile.contact_person or {}
        contact = "\n".join(p for p in (person.get("name") or "", ptext(person.get("title")),
                                        f"{person.get('street', '')}, {person.get('postcode', '')} "
                                        f"{person.get('post_town', '')}".strip(", "),
                                        ", ".join(x for x in (person.get("phone"), person.get("email")) if x)) if p)
        art15 = texts["art15"]
        sections = [Section(n["controller"], paragraphs=(controller,)), Section(n["contact"], paragraphs=(contact,)),
                    Section(n["purposes"], paragraphs=(ptext(profile.purposes),))]
        if profile.legal_bases:
            sections.append(Section(n["legal_bases"], paragraphs=(ptext(profile.legal_bases),)))
        sections += [Section(n["categories"], paragraphs=(ptext(profile.data_content),)),
                     Section(n["sources"], paragraphs=(ptext(profile.regular_sources),)),
                     Section(n["recipients"], paragraphs=(ptext(profile.regular_disclosures),)),
                     Section(n["transfers"], paragraphs=(ptext(profile.transfers_outside_eea),)),
                     Section(n["retention"], paragraphs=(ptext(profile.retention),))]
        if "retention_rules" not in missing:
            sections.append(Section(n["retention_rules"], columns=(n["rule"], n["period"], n["reason"]),
                                    rows=tuple(_rule_row(texts, profile, key, language)
                                               for key in retention.RULES), widths=(0.25, 0.2, 0.55)))
        sections += [Section(n["rights"], paragraphs=(art15["rights_text"],)),
                     Section(n["complaint"], paragraphs=(ptext(profile.complaint_authority)
                                                         or art15["complaint_default"],)),
                     Section(n["automated"], paragraphs=(art15["automated_text"],)),
                     Section(n["security"], paragraphs=(ptext(profile.security_principles),))]
        register = ptext(profile.register_name) or profile.name
        intro = [spec.fill(n["intro"], {"date": format_date(today)})]
        if missing:
            intro.insert(0, spec.fill(n["draft"], {"gaps": "; ".join(spec.value_label(texts, "notice_gap", g)
                                                                    for g in missing)}))
        common = texts["common"]
        sender = Sender(name=profile.name, street=str(address.get("street", "")),
                        postcode=str(address.get("postcode", "")), post_town=str(address.get("post_town", "")),
                        footer=spec.fill(common["footer"], {"controller_name": profile.name,
                                                            "business_id": profile.business_id,
                                                            "controller_phone": profile.phone,
                                                            "controller_email": profile.email}))
        from desktop.services.notice_pdf import render_document  # ReportLab, at the first notice (issue 14)

        rendered = render_document(n["doc_type"], format_date(today), "", spec.fill(n["title"], {"register_name": register}),
                                   tuple(intro), tuple(sections), sender)
        return Notice(rendered.pdf, rendered.page_count, language, missing)


def _rule_row(texts: Mapping[str, Any], profile: ProfileData, key: str, language: str) -> tuple[str, str, str]:
    n = texts["notice"]
    rule = profile.retention_rules[key]
    if key == "call_recordings":
        period = spec.fill(n["recording_days"], {"n": profile.recording_retention_days})
    elif key == "audit_trail":
        period = n["never"]
    elif key == "erasure_replies":
        period = n["until_posted"]
    elif "days" in rule:
        period = spec.fill(n["days"], {"n": rule["days"]})
    else:
        period = spec.fill(n["years"], {"n": rule["years"]})
    return spec.value_label(texts, "retention_rule", key), period, retention.reason(profile.retention_rules, key, language)
