"""Controller profiles: the utility that keeps the register, shipped as JSON in resources/profiles.

A profile is chosen once, at ``palvelutiski-admin init``, and copied into ``controller_profile``;
letters and the printable register description are built from the stored copy. The files are read
and checked here so that a broken file fails at init with a message naming the file and the field,
not later inside a letter.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from stdnum.fi import ytunnus

from db.database import Session
from db.models.contract import CONTRACT_KINDS
from db.repositories import settings
from desktop.core import retention
from desktop.core.errors import DomainError
from desktop.core.i18n import N_

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
PROFILES_DIR = RESOURCES / "profiles"
LANGUAGES = ("fi", "sv", "en")

# Texts the letters print in the customer's language: every one must exist in fi, sv and en.
TEXT_FIELDS = (
    "register_name", "purposes", "data_content", "regular_sources", "regular_disclosures",
    "transfers_outside_eea", "security_principles", "retention", "complaint_authority",
)
_PLAIN_FIELDS = ("profile_key", "name", "business_id", "visiting_address", "phone", "email")
_ADDRESS_KEYS = ("street", "postcode", "post_town")
_POSTCODE = re.compile(r"^\d{5}$")


class ProfileError(DomainError):
    """A profile file is missing, unreadable or does not describe a controller completely."""


@dataclass(frozen=True)
class ProfileData:
    """One controller profile as validated from its file (``notes`` explain choices; not stored)."""

    profile_key: str
    name: str
    business_id: str
    postal_address: dict[str, str]
    visiting_address: str
    phone: str
    email: str
    contact_person: dict[str, Any]
    register_name: dict[str, str]
    purposes: dict[str, str]
    legal_bases: dict[str, str] | None  # per purpose (GDPR Art. 13(1)(c)); None: not stated (a notice gap)
    data_content: dict[str, str]
    regular_sources: dict[str, str]
    regular_disclosures: dict[str, str]
    transfers_outside_eea: dict[str, str]
    security_principles: dict[str, str]
    retention: dict[str, str]
    complaint_authority: dict[str, str]
    call_recording_notice: dict[str, Any]
    recording_retention_days: int
    retention_rules: dict[str, Any]  # desktop.core.retention: period and legal reason per rule
    contract_kinds: list[str]
    data_service_company: str | None
    notes: str | None = None

    def model_values(self) -> dict[str, Any]:
        """The columns of ``controller_profile`` (everything but the notes)."""
        values = asdict(self)
        values.pop("notes")
        return values

    def text(self, field: str, language: str) -> str:
        """A translated text of the profile, falling back to Finnish."""
        texts: dict[str, str] = getattr(self, field)
        return texts.get(language) or texts["fi"]


def _fail(file: str, field: str, problem: str) -> ProfileError:
    return ProfileError(N_("Profile file {file}: field {field} {problem}."), file=file, field=field, problem=problem)


def _check_texts(file: str, field: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(file, field, "must be an object with fi, sv and en texts")
    for lang in LANGUAGES:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            raise _fail(file, field, f"has no {lang} text")
    return value


def _check_address(file: str, field: str, value: Any) -> None:
    if not isinstance(value, dict) or any(not isinstance(value.get(k), str) for k in _ADDRESS_KEYS):
        raise _fail(file, field, "must have street, postcode and post_town")
    if not _POSTCODE.match(value["postcode"]):
        raise _fail(file, field, "has a postcode that is not five digits")


def parse_profile(raw: dict[str, Any], file: str) -> ProfileData:
    """Validate the decoded JSON of one profile file; raise :class:`ProfileError` naming the problem."""
    if not isinstance(raw, dict):
        raise ProfileError(N_("Profile file {file} does not contain a JSON object."), file=file)
    known = set(ProfileData.__dataclass_fields__)
    missing = [name for name in known - {"notes"} if name not in raw]
    if missing:
        raise _fail(file, ", ".join(sorted(missing)), "is missing")
    unknown = sorted(set(raw) - known)
    if unknown:
        raise _fail(file, ", ".join(unknown), "is not a profile field")
    for name in _PLAIN_FIELDS:
        if not isinstance(raw[name], str):
            raise _fail(file, name, "must be text")
    for name in ("profile_key", "name", "visiting_address", "phone", "email"):
        if not raw[name].strip():
            raise _fail(file, name, "is empty")
    # An empty Y-tunnus is allowed (a seed may not state it) but a wrong one never is.
    if raw["business_id"] and not ytunnus.is_valid(raw["business_id"]):
        raise _fail(file, "business_id", "is not a valid Y-tunnus")
    _check_address(file, "postal_address", raw["postal_address"])
    if not isinstance(raw["contact_person"], dict):
        raise _fail(file, "contact_person", "must be an object")
    for name in TEXT_FIELDS:
        _check_texts(file, name, raw[name])
    notice = raw["call_recording_notice"]
    if not isinstance(notice, dict) or not isinstance(notice.get("version"), int) or notice["version"] < 1:
        raise _fail(file, "call_recording_notice", "must have a version number of 1 or more")
    _check_texts(file, "call_recording_notice.text", notice.get("text"))
    days = raw["recording_retention_days"]
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3650:
        raise _fail(file, "recording_retention_days", "must be a whole number of days between 1 and 3650")
    if raw["legal_bases"] is not None:
        _check_texts(file, "legal_bases", raw["legal_bases"])
    problem = retention.check_rules(raw["retention_rules"])
    if problem:
        raise _fail(file, "retention_rules", problem)
    kinds = raw["contract_kinds"]
    if not isinstance(kinds, list) or not kinds or any(kind not in CONTRACT_KINDS for kind in kinds):
        raise _fail(file, "contract_kinds", "must list contract kinds from " + ", ".join(CONTRACT_KINDS))
    if raw["data_service_company"] is not None and not isinstance(raw["data_service_company"], str):
        raise _fail(file, "data_service_company", "must be text or null")
    if raw.get("notes") is not None and not isinstance(raw["notes"], str):
        raise _fail(file, "notes", "must be text")
    return ProfileData(**raw)


def load_profile(path: Path) -> ProfileData:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(N_("Profile file {file} cannot be read: {error}"), file=path.name,
                           error=exc.strerror or str(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError(N_("Profile file {file} is not valid UTF-8 JSON: {error}"), file=path.name,
                           error=str(exc)) from None
    profile = parse_profile(raw, path.name)
    if profile.profile_key != path.stem:
        raise _fail(path.name, "profile_key", f"must equal the file name ({path.stem})")
    return profile


def load_profiles(directory: Path | None = None) -> dict[str, ProfileData]:
    """Every profile shipped in ``directory`` (default resources/profiles), by key."""
    directory = directory or PROFILES_DIR
    return {path.stem: load_profile(path) for path in sorted(directory.glob("*.json"))}


def get_profile(key: str, directory: Path | None = None) -> ProfileData:
    directory = directory or PROFILES_DIR
    path = directory / f"{key}.json"
    if not re.fullmatch(r"[a-z0-9_-]+", key or "") or not path.is_file():
        raise ProfileError(N_("There is no utility profile called {key}; choose one of: {choices}."),
                           key=key, choices=", ".join(sorted(p.stem for p in directory.glob("*.json"))))
    return load_profile(path)


def stored_profile(session: Session) -> ProfileData | None:
    """The profile this database was initialised with, or None for an uninitialised database."""
    row = settings.controller_profile(session)
    if row is None:
        return None
    return ProfileData(**{name: getattr(row, name) for name in ProfileData.__dataclass_fields__ if name != "notes"})
