"""The administrator's and the auditor's actions, one small function each, run on the database lane.

Services are built inside the lane task (``session.service``), so their connections stay on the lane
thread; the frozen DTOs they return reach the page's callbacks on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.roles import Role
from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.audit_log import AuditFilter, AuditLogService
from desktop.services.audit_receipts import AuditReceiptService
from desktop.services.audit_report import AuditReportService
from desktop.services.users import UserAdminService

OnSuccess = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None


# -- users (MANAGE_USERS) ------------------------------------------------------------------------

def list_users(runner: TaskRunner, session: DeskSession, *, on_success: OnSuccess, on_error: OnError = None,
               owner: QObject | None = None) -> Task:
    """``list[UserInfo]``, by username; a newer reload supersedes an older one."""
    return runner.submit(lambda: session.service(UserAdminService).list_users(),
                         on_success=on_success, on_error=on_error, owner=owner, key="admin.users")


def create_user(runner: TaskRunner, session: DeskSession, username: str, role: Role, password: str,
                display_name: str | None, *, on_success: OnSuccess, on_error: OnError = None,
                owner: QObject | None = None) -> Task:
    return runner.submit(
        lambda: session.service(UserAdminService).create_user(username, role, password, display_name),
        on_success=on_success, on_error=on_error, owner=owner)


def set_password(runner: TaskRunner, session: DeskSession, username: str, password: str, *,
                 on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    return runner.submit(lambda: session.service(UserAdminService).set_password(username, password),
                         on_success=on_success, on_error=on_error, owner=owner)


def deactivate_user(runner: TaskRunner, session: DeskSession, username: str, *, on_success: OnSuccess,
                    on_error: OnError = None, owner: QObject | None = None) -> Task:
    return runner.submit(lambda: session.service(UserAdminService).deactivate_user(username),
                         on_success=on_success, on_error=on_error, owner=owner)


def unlock_user(runner: TaskRunner, session: DeskSession, username: str, *, on_success: OnSuccess,
                on_error: OnError = None, owner: QObject | None = None) -> Task:
    return runner.submit(lambda: session.service(UserAdminService).unlock_user(username),
                         on_success=on_success, on_error=on_error, owner=owner)


# -- audit log (READ_AUDIT, VERIFY_AUDIT, VIEW_ACCESS_LOG) ----------------------------------------

def audit_page(runner: TaskRunner, session: DeskSession, filters: AuditFilter, before_id: int | None = None, *,
               on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """``AuditPage``; a new filter supersedes the page still being read for the old one."""
    return runner.submit(lambda: session.service(AuditLogService).page(filters, before_id=before_id),
                         on_success=on_success, on_error=on_error, owner=owner, key="audit.page")


def verify_chain(runner: TaskRunner, session: DeskSession, receipt: str | None, *, on_success: OnSuccess,
                 on_error: OnError = None, owner: QObject | None = None) -> Task:
    """``VerifyResult``: walks the whole chain (seconds for millions of rows), off the GUI thread."""
    return runner.submit(lambda: session.service(AuditReportService).verify_chain(receipt),
                         on_success=on_success, on_error=on_error, owner=owner, key="audit.verify")


def customer_accesses(runner: TaskRunner, session: DeskSession, customer_number: str, *,
                      on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """``CustomerAccesses``: who opened the customer, when and why."""
    return runner.submit(lambda: session.service(AuditLogService).accesses(customer_number),
                         on_success=on_success, on_error=on_error, owner=owner, key="audit.accesses")


# -- the auditor's receipt book (desktop.services.audit_receipts; the folder comes with the session) --

def _receipts(session: DeskSession) -> AuditReceiptService:
    if session.receipts_dir is None:
        raise ValueError("this session keeps no receipts")
    return session.service(AuditReceiptService, session.receipts_dir)


def verify_with_receipts(runner: TaskRunner, session: DeskSession, receipt: str | None, *, on_success: OnSuccess,
                         on_error: OnError = None, owner: QObject | None = None) -> Task:
    """``ReceiptedVerification``: the latest receipt checked, the chain verified (against ``receipt``, else
    the latest stored one), and a receipt of the head taken when it passes."""
    return runner.submit(lambda: _receipts(session).verify(receipt), on_success=on_success, on_error=on_error,
                         owner=owner, key="audit.verify")


def daily_receipt(runner: TaskRunner, session: DeskSession, *, on_success: OnSuccess, on_error: OnError = None,
                  owner: QObject | None = None) -> Task:
    """``ReceiptCheck``: the latest receipt checked, and today's head taken (once a day) while it holds."""
    return runner.submit(lambda: _receipts(session).daily(), on_success=on_success, on_error=on_error,
                         owner=owner, key="audit.daily_receipt")


def save_receipts(runner: TaskRunner, session: DeskSession, path: Path, tr: Callable[[str], str], *,
                  on_success: OnSuccess, on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The receipt book written to ``path`` as CSV; ``on_success`` receives the path."""
    return runner.submit(lambda: _receipts(session).export(path, tr), on_success=on_success, on_error=on_error,
                         owner=owner)
