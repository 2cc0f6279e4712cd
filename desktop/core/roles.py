"""Staff roles and what each may do: the one place the role → permission table lives."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.core.i18n import N_


class Role(enum.StrEnum):
    AGENT = "agent"  # asiakaspalvelija
    SUPERVISOR = "supervisor"  # esimies
    ADMIN = "admin"  # pääkäyttäjä
    AUDITOR = "auditor"  # tietosuojavastaava


ROLE_LABELS = {
    Role.AGENT: N_("Customer service agent"),
    Role.SUPERVISOR: N_("Supervisor"),
    Role.ADMIN: N_("Administrator"),
    Role.AUDITOR: N_("Data protection officer"),
}

# The PostgreSQL NOLOGIN group role each staff role's login is a member of (see db/sql).
GROUP_ROLES = {role: f"desk_{role.value}" for role in Role}


class Permission(enum.StrEnum):
    READ_CUSTOMER = "read_customer"  # search and open the card, hetu masked
    EDIT_CONTACT = "edit_contact"
    RECORD_CALL = "record_call"
    RECORD_CONSENT = "record_consent"
    HANDLE_REQUEST = "handle_request"  # register and work on requests
    PRINT_LETTER = "print_letter"
    REVEAL_HETU = "reveal_hetu"  # with a stated reason, audited
    REVIEW_QUEUE = "review_queue"
    SIGN_OFF = "sign_off"  # replies and refusals
    REASSIGN = "reassign"
    BATCH_PRINT = "batch_print"
    VIEW_ACCESS_LOG = "view_access_log"  # "who has looked at this customer"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    VERIFY_AUDIT = "verify_audit"
    EXPORT_SUPPRESSION = "export_suppression"
    RESTRICT_PROCESSING = "restrict_processing"  # record a restriction (GDPR Art. 18)
    LIFT_RESTRICTION = "lift_restriction"
    RECORD_DISCLOSURE = "record_disclosure"
    EXPORT_MARKETING = "export_marketing"  # the marketing register / partner export, disclosures recorded
    RELEASE_HETU_LOOKUPS = "release_hetu_lookups"  # after too many identity-code searches found nobody
    CARRY_OUT_ERASURE = "carry_out_erasure"  # sign off and carry out an erasure plan (GDPR Art. 17)
    VIEW_RETENTION = "view_retention"  # what the retention run will destroy: counts and days, no customer data
    APPLY_RETENTION = "apply_retention"  # the nightly run (the admin command line, as the database owner)
    RUN_REPORTS = "run_reports"  # counts over a period, never customers' names (issue 13)


_AGENT = frozenset({
    Permission.READ_CUSTOMER, Permission.EDIT_CONTACT, Permission.RECORD_CALL, Permission.RECORD_CONSENT,
    Permission.HANDLE_REQUEST, Permission.PRINT_LETTER, Permission.RESTRICT_PROCESSING, Permission.RECORD_DISCLOSURE,
})

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: _AGENT,
    Role.SUPERVISOR: _AGENT | {
        Permission.REVEAL_HETU, Permission.REVIEW_QUEUE, Permission.SIGN_OFF, Permission.REASSIGN,
        Permission.BATCH_PRINT, Permission.VIEW_ACCESS_LOG, Permission.EXPORT_SUPPRESSION,
        Permission.LIFT_RESTRICTION, Permission.EXPORT_MARKETING,
        Permission.RELEASE_HETU_LOOKUPS, Permission.CARRY_OUT_ERASURE, Permission.RUN_REPORTS,
    },
    # The administrator runs the system, not the register: no customer data by default.
    Role.ADMIN: frozenset({Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.VIEW_RETENTION,
                           Permission.APPLY_RETENTION}),
    Role.AUDITOR: frozenset({
        Permission.READ_AUDIT, Permission.VERIFY_AUDIT, Permission.VIEW_ACCESS_LOG, Permission.READ_CUSTOMER,
        Permission.VIEW_RETENTION, Permission.RUN_REPORTS,
    }),
}


def can(role: Role | str, permission: Permission) -> bool:
    # Checked on every keystroke of the search: skip the Role() lookup when role is one already.
    return permission in PERMISSIONS[role if type(role) is Role else Role(role)]


class PermissionDenied(Exception):
    def __init__(self, permission: Permission) -> None:
        super().__init__(f"permission denied: {permission.value}")
        self.permission = permission


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: the logged-in staff user (or the admin CLI's operator)."""

    username: str
    role: Role
    display_name: str = ""

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission)
