"""Validation of the contact data the desk edits: phone numbers, e-mail, language, postal address.

Every problem is reported at once (field name + translatable message), so the agent fixes the form
in one go while the customer is still on the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.address import COUNTRY_NAMES
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.text import email_key, has_hidden_characters, only_invisible, phone_key

LANGUAGES = ("fi", "sv", "en")
OPEN_PURPOSES = ("call", "letter", "request", "correction")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-]+$")
_FI_POSTCODE = re.compile(r"^[0-9]{5}$")
# Post towns are words of letters with spaces or hyphens (e.g. "Keminmaa", "Ekenäs", "Hamina-Vehkalahti").
_TOWN = re.compile(r"^[^\W\d_]+(?:[ \-][^\W\d_]+)*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class AddressInput:
    street: str
    postcode: str
    post_town: str
    care_of: str | None = None
    country: str = "FI"


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # phones, emails, language, street, postcode, post_town, care_of, country
    message: str
    value: str = ""
    params: dict[str, str] | None = None  # further {placeholders} of the message

    def __str__(self) -> str:
        return self.message.format(value=self.value, **(self.params or {}))


class InvalidContact(DomainError):
    """One or more fields are not valid; ``problems`` lists them all (the message is the first)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].message, value=problems[0].value, **(problems[0].params or {}))
        self.problems = tuple(problems)


def phone_problem(text: str) -> str | None:
    """A Finnish number (0… or +358…, 6–12 digits nationally) or another international +number."""
    raw = text.strip()
    if not raw or not _PHONE_CHARS.match(raw):
        return N_("The phone number {value} may contain only digits, spaces, hyphens and a leading +.")
    digits = phone_key(raw)
    if raw.startswith("+") and not raw.startswith("+358"):
        ok = 8 <= len(digits) <= 15
    else:
        ok = digits.startswith("0") and 6 <= len(digits) <= 12
    return None if ok else N_("The phone number {value} is not a Finnish number (0… or +358…) of the right length.")


def email_problem(text: str) -> str | None:
    value = text.strip()
    if len(value) > 200 or not _EMAIL.match(value):
        return N_("The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).")
    return None


def check_phones(phones: tuple[str, ...]) -> list[Problem]:
    problems = [Problem("phones", msg, p) for p in phones if (msg := phone_problem(p))]
    keys = [phone_key(p) for p in phones]
    if not problems and len(set(keys)) != len(keys):
        problems.append(Problem("phones", N_("The same phone number is given twice.")))
    return problems


def check_emails(emails: tuple[str, ...]) -> list[Problem]:
    problems = [Problem("emails", msg, e) for e in emails if (msg := email_problem(e))]
    keys = [email_key(e) for e in emails]
    if not problems and len(set(keys)) != len(keys):
        problems.append(Problem("emails", N_("The same e-mail address is given twice.")))
    return problems


def check_language(language: str) -> list[Problem]:
    if language in LANGUAGES:
        return []
    return [Problem("language", N_("The language must be Finnish, Swedish or English."), language)]


def check_address(address: AddressInput) -> list[Problem]:
    problems = []
    street = address.street.strip()
    if not street or len(street) > 100:
        problems.append(Problem("street", N_("Enter the street address (at most 100 characters)."), street))
    elif only_invisible(street) or has_hidden_characters(street):
        problems.append(Problem("street", N_("The street address holds invisible or control characters: type it "
                                             "again."), ""))
    if address.care_of and (only_invisible(address.care_of) or has_hidden_characters(address.care_of)):
        problems.append(Problem("care_of", N_("The c/o line holds invisible or control characters: type it again.")))
    country = address.country.strip().upper()
    if not _COUNTRY.match(country):
        problems.append(Problem("country", N_("The country is a two-letter code, e.g. FI or SE."), country))
    elif country != "FI" and country not in COUNTRY_NAMES:  # a letter there could not name the country
        problems.append(Problem("country", N_("The country code {value} is not known: letters could not be "
                                              "addressed there."), country))
    postcode = address.postcode.strip()
    if country == "FI" and not _FI_POSTCODE.match(postcode):
        problems.append(Problem("postcode", N_("A Finnish postcode has exactly 5 digits, e.g. 94450."), postcode))
    elif not postcode or len(postcode) > 10:
        problems.append(Problem("postcode", N_("Enter the postcode (at most 10 characters)."), postcode))
    town = address.post_town.strip()
    if not town or len(town) > 60 or not _TOWN.match(town):
        problems.append(Problem("post_town", N_("The post town {value} must be letters only, e.g. Keminmaa."), town))
    if address.care_of is not None and len(address.care_of.strip()) > 60:
        problems.append(Problem("care_of", N_("The c/o line has at most 60 characters.")))
    return problems


def normalised_address(address: AddressInput) -> AddressInput:
    """Trimmed fields; capitalisation of the town is left to the letter layout (Posti prints capitals)."""
    care_of = (address.care_of or "").strip() or None
    return AddressInput(address.street.strip(), address.postcode.strip(), address.post_town.strip(),
                        care_of, address.country.strip().upper())


def mask_iban(iban: str) -> str:
    """Like the hetu mask, enough to confirm with the caller and no more: country, check digits, last 4."""
    compact = "".join(iban.split()).upper()
    if len(compact) < 8:
        return "*****"
    return f"{compact[:4]} **** {compact[-4:]}"
