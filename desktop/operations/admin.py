"""The administrator's and the auditor's actions, one typed operation each, run on the database lane.

Services are built inside the lane work (``session.service``), so their connections stay on the lane
thread; the frozen DTOs they return reach the page's callbacks on the GUI thread, typed as returned.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.roles import Role
from desktop.operations.op import Op
from desktop.operations.session import DeskSession
from desktop.services.audit_dtos import (
    AuditFilter,
    AuditPage,
    CustomerAccesses,
    ReceiptCheck,
    ReceiptedVerification,
    VerifyResult,
)
from desktop.services.audit_log import AuditLogService
from desktop.services.audit_receipts import AuditReceiptService
from desktop.services.audit_report import AuditReportService
from desktop.services.users import UserAdminService
from desktop.services.users_dtos import UserInfo

__all__ = [
    "AuditPage", "CustomerAccesses", "ReceiptCheck", "ReceiptedVerification", "UserInfo", "VerifyResult",
    "audit_page", "create_user", "customer_accesses", "daily_receipt", "deactivate_user", "list_users",
    "save_receipts", "set_password", "unlock_user", "verify_chain", "verify_with_receipts",
]


# -- users (MANAGE_USERS) ------------------------------------------------------------------------

def list_users(session: DeskSession) -> Op[list[UserInfo]]:
    """The users by username; a newer reload supersedes an older one."""
    return Op(lambda: session.service(UserAdminService).list_users(), key="admin.users")


def create_user(session: DeskSession, username: str, role: Role, password: str,
                display_name: str | None) -> Op[UserInfo]:
    return Op(lambda: session.service(UserAdminService).create_user(username, role, password, display_name))


def set_password(session: DeskSession, username: str, password: str) -> Op[None]:
    return Op(lambda: session.service(UserAdminService).set_password(username, password))


def deactivate_user(session: DeskSession, username: str) -> Op[None]:
    return Op(lambda: session.service(UserAdminService).deactivate_user(username))


def unlock_user(session: DeskSession, username: str) -> Op[None]:
    return Op(lambda: session.service(UserAdminService).unlock_user(username))


# -- audit log (READ_AUDIT, VERIFY_AUDIT, VIEW_ACCESS_LOG) ----------------------------------------

def audit_page(session: DeskSession, filters: AuditFilter, before_id: int | None = None) -> Op[AuditPage]:
    """A page of the log; a new filter supersedes the page still being read for the old one."""
    return Op(lambda: session.service(AuditLogService).page(filters, before_id=before_id), key="audit.page")


def verify_chain(session: DeskSession, receipt: str | None) -> Op[VerifyResult]:
    """Walks the whole chain (seconds for millions of rows), off the GUI thread."""
    return Op(lambda: session.service(AuditReportService).verify_chain(receipt), key="audit.verify")


def customer_accesses(session: DeskSession, customer_number: str) -> Op[CustomerAccesses]:
    """Who opened the customer, when and why."""
    return Op(lambda: session.service(AuditLogService).accesses(customer_number), key="audit.accesses")


# -- the auditor's receipt book (desktop.services.audit_receipts; the folder comes with the session) --

def _receipts(session: DeskSession) -> AuditReceiptService:
    if session.receipts_dir is None:
        raise ValueError("this session keeps no receipts")
    return session.service(AuditReceiptService, session.receipts_dir)


def verify_with_receipts(session: DeskSession, receipt: str | None) -> Op[ReceiptedVerification]:
    """The latest receipt checked, the chain verified (against ``receipt``, else the latest stored one),
    and a receipt of the head taken when it passes."""
    return Op(lambda: _receipts(session).verify(receipt), key="audit.verify")


def daily_receipt(session: DeskSession) -> Op[ReceiptCheck]:
    """The latest receipt checked, and today's head taken (once a day) while it holds."""
    return Op(lambda: _receipts(session).daily(), key="audit.daily_receipt")


def save_receipts(session: DeskSession, path: Path, tr: Callable[[str], str]) -> Op[Path]:
    """The receipt book written to ``path`` as CSV; the answer is the path."""
    return Op(lambda: _receipts(session).export(path, tr))
