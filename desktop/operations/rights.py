"""The card's steps for the register's duties (issue 12), one typed operation each, run on the database lane:
restrict processing, lift the restriction, record a disclosure (each answers with the card read again),
erase, preview the retention run, render the privacy notice, decide an objection."""

from __future__ import annotations

import datetime as dt

from desktop.operations.op import Op
from desktop.operations.session import DeskSession
from desktop.services.customer_card import CustomerCard
from desktop.services.erasure import ErasureService
from desktop.services.erasure_dtos import ErasureView
from desktop.services.objection import ObjectionService
from desktop.services.privacy_notice import Notice, PrivacyNoticeService
from desktop.services.restrictions import DisclosureService, RestrictionService
from desktop.services.retention import RetentionPreview, RetentionService

__all__ = ["CustomerCard", "ErasureView", "Notice", "RetentionPreview", "carry_out_erasure", "decide_objection",
           "lift_restriction", "load_retention", "plan_erasure", "privacy_notice", "record_disclosure", "restrict"]


def restrict(session: DeskSession, customer_id: int, reason: str, ends_on: dt.date | None) -> Op[CustomerCard]:
    return Op(lambda: session.service(RestrictionService).record(customer_id, reason, ends_on))


def lift_restriction(session: DeskSession, customer_id: int, reason: str) -> Op[CustomerCard]:
    return Op(lambda: session.service(RestrictionService).lift(customer_id, reason))


def record_disclosure(session: DeskSession, customer_id: int, recipient: str, basis: str, data: str,
                      disclosed_on: dt.date) -> Op[CustomerCard]:
    return Op(lambda: session.service(DisclosureService).record(customer_id, recipient, basis, data, disclosed_on))


def plan_erasure(session: DeskSession, customer_id: int) -> Op[ErasureView]:
    """The erasure plan (nothing changes)."""
    return Op(lambda: session.service(ErasureService).plan(customer_id))


def carry_out_erasure(session: DeskSession, customer_id: int, digest: str) -> Op[ErasureView]:
    """Carry out the plan the supervisor saw (its digest); the answer is the executed plan."""
    return Op(lambda: session.service(ErasureService).carry_out(customer_id, digest))


def load_retention(session: DeskSession) -> Op[RetentionPreview]:
    """What the retention rules destroy today and the latest runs."""
    return Op(lambda: session.service(RetentionService).preview(), key="rights.retention")


def privacy_notice(session: DeskSession, language: str) -> Op[Notice]:
    """The register description / privacy notice as a PDF, with the profile's gaps."""
    return Op(lambda: session.service(PrivacyNoticeService).render(language))


def decide_objection(session: DeskSession, customer_id: int, processing: str, upheld: bool, reasons: str,
                     stops: str) -> Op[str]:
    """A supervisor's decision on the customer's objection request; the answer is the request's reference."""
    return Op(lambda: session.service(ObjectionService).decide(customer_id, processing, upheld, reasons, stops))
