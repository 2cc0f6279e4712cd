"""The card's steps for the register's duties (issue 12), one function each, run on the database lane:
restrict processing, lift the restriction, record a disclosure. Each answers with the card read again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from desktop.operations.desk import OnError, OnSuccess, _run
from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.erasure import ErasureService
from desktop.services.objection import ObjectionService
from desktop.services.privacy_notice import PrivacyNoticeService
from desktop.services.restrictions import DisclosureService, RestrictionService
from desktop.services.retention import RetentionService


def restrict(runner: TaskRunner, session: DeskSession, customer_id: int, reason: str, ends_on: dt.date | None, *,
             on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(RestrictionService).record(customer_id, reason, ends_on),
                on_success, on_error, owner)


def lift_restriction(runner: TaskRunner, session: DeskSession, customer_id: int, reason: str, *,
                     on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(RestrictionService).lift(customer_id, reason),
                on_success, on_error, owner)


def record_disclosure(runner: TaskRunner, session: DeskSession, customer_id: int, recipient: str, basis: str,
                      data: str, disclosed_on: dt.date, *, on_success: OnSuccess, on_error: OnError = None,
                      owner: QObject | None = None) -> Task:
    return _run(runner, lambda: session.service(DisclosureService).record(
        customer_id, recipient, basis, data, disclosed_on), on_success, on_error, owner)


def plan_erasure(runner: TaskRunner, session: DeskSession, customer_id: int, *, on_success: OnSuccess,
                 on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The erasure plan (nothing changes); the answer is an ErasureView."""
    return _run(runner, lambda: session.service(ErasureService).plan(customer_id), on_success, on_error, owner)


def carry_out_erasure(runner: TaskRunner, session: DeskSession, customer_id: int, digest: str, *,
                      on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """Carry out the plan the supervisor saw (its digest); the answer is the executed ErasureView."""
    return _run(runner, lambda: session.service(ErasureService).carry_out(customer_id, digest),
                on_success, on_error, owner)


def load_retention(runner: TaskRunner, session: DeskSession, *, on_success: OnSuccess, on_error: OnError = None,
                   owner: QObject | None = None) -> Task:
    """What the retention rules destroy today and the latest runs (a RetentionPreview)."""
    return _run(runner, lambda: session.service(RetentionService).preview(), on_success, on_error, owner,
                key="rights.retention")


def privacy_notice(runner: TaskRunner, session: DeskSession, language: str, *, on_success: OnSuccess,
                   on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The register description / privacy notice as a PDF (a Notice, with the profile's gaps)."""
    return _run(runner, lambda: session.service(PrivacyNoticeService).render(language), on_success, on_error, owner)


def decide_objection(runner: TaskRunner, session: DeskSession, customer_id: int, processing: str, upheld: bool,
                     reasons: str, stops: str, *, on_success: OnSuccess, on_error: OnError = None,
                     owner: QObject | None = None) -> Task:
    """A supervisor's decision on the customer's objection request; the answer is the request's reference."""
    return _run(runner, lambda: session.service(ObjectionService).decide(customer_id, processing, upheld, reasons,
                                                                         stops),
                on_success, on_error, owner)
