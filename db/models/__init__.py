"""ORM models, one module per aggregate. Importing this package registers every table."""

from db.models.activity import Call, CallCustomer, ConsentEvent, CustomerNote, Disclosure
from db.models.contract import ConsumptionSummary, Contract, Invoice, InvoiceSummary, UsageSite
from db.models.customer import BankAccount, ContactPoint, Customer, PersonHetu, PostalAddress
from db.models.profile import AppSetting, ControllerProfile, DatabaseSecret, DataKey
from db.models.requests import DataRequest, Letter, RequestEvent
from db.models.rights import (
    ErasureRecord,
    ObjectionDecision,
    ProcessingRestriction,
    Rectification,
    RetentionRun,
)
from db.models.staff import (
    AuditEvent,
    AuditSeal,
    AuditSealLock,
    AuditSealState,
    HetuAnswer,
    HetuLookupQuota,
    PasswordReset,
    StaffUser,
    UnknownLoginName,
)

__all__ = [
    "AppSetting",
    "AuditEvent",
    "AuditSeal",
    "AuditSealLock",
    "AuditSealState",
    "BankAccount",
    "Call",
    "CallCustomer",
    "ConsentEvent",
    "ConsumptionSummary",
    "ContactPoint",
    "Contract",
    "ControllerProfile",
    "Customer",
    "CustomerNote",
    "DataKey",
    "DataRequest",
    "DatabaseSecret",
    "Disclosure",
    "ErasureRecord",
    "HetuAnswer",
    "HetuLookupQuota",
    "Invoice",
    "InvoiceSummary",
    "Letter",
    "ObjectionDecision",
    "PasswordReset",
    "PersonHetu",
    "PostalAddress",
    "ProcessingRestriction",
    "Rectification",
    "RequestEvent",
    "RetentionRun",
    "StaffUser",
    "UnknownLoginName",
    "UsageSite",
]
