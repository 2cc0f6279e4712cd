"""Normalisation of what the desk types: stored text (:func:`clean_text`) and search keys (names,
streets, phones, e-mails)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.core.errors import DomainError
from desktop.core.i18n import N_

_NON_WORD = re.compile(r"[^0-9a-z@.+]+")
# C0 controls but tab and line feed, DEL and the C1 controls: invisible, and NUL cannot even be stored
# in PostgreSQL text. They come with text pasted from documents, terminals and web pages. With them the
# Unicode bidi embedding/override/isolate characters (U+202A–U+202E, U+2066–U+2069), which make text
# display in another order than it is stored ("Trojan Source"): a name or a note could read differently
# on screen, in a letter or in the audit log than what was saved.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
_HIDDEN = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}]")  # what a one-line field must not hold at all
# Cells a spreadsheet would read as a formula (OWASP "CSV injection"), also after a tab or CR.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class TextRefused(DomainError):
    """Typed or imported text that cannot be kept as it is; the message says what to change."""


def visible(text: str | None) -> str:
    """``text`` without control and invisible format characters (zero-width spaces and joiners, bidi marks):
    what a reader of the screen or a letter sees."""
    return "".join(ch for ch in (text or "") if unicodedata.category(ch) not in ("Cc", "Cf"))


def only_invisible(text: str | None) -> bool:
    """True for text that has characters but none a reader would see: it prints as a blank line."""
    return bool(text) and not visible(text).strip()


def has_hidden_characters(text: str, *, multiline: bool = False) -> bool:
    """True when ``text`` holds control or bidi characters (line breaks and tabs allowed when ``multiline``)."""
    return not text.isprintable() and (_CONTROL if multiline else _HIDDEN).search(text) is not None


def check_typed_text(text: str, *, limit: int, multiline: bool = False) -> str:
    """Text a person typed (or a file brought), checked the same way for both databases.

    Too long for its column, or holding control or text-direction characters, it is refused with a
    message rather than stored cut or altered (PostgreSQL refused a too-long value with a raw error
    while SQLite kept it whole). Multi-line fields keep line breaks and tabs; the ORM's clean_text
    (db.engine) still strips hidden characters from every text written, typed here or not.
    """
    value = (text or "").strip()
    if multiline:
        value = value.replace("\r\n", "\n")
    if has_hidden_characters(value, multiline=multiline):
        raise TextRefused(N_("The text contains invisible control or text-direction characters (for example "
                             "pasted from a terminal or a web page). Remove them and try again."))
    if len(value) > limit:
        raise TextRefused(N_("The text is too long: at most {limit} characters, now {length}. Shorten it and "
                             "try again."), limit=limit, length=len(value))
    return value


def printable(text: str) -> str:
    """Text safe to print on a terminal: every hidden character shown as an escape (``\\x1b``), never sent raw."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" if ord(ch) > 0xff
                   else f"\\x{ord(ch):02x}" for ch in text)


def spreadsheet_cell(value: object) -> str:
    """One CSV cell that a spreadsheet shows as text, never runs as a formula (OWASP CSV injection):
    a cell starting with = + - @, tab or CR gets a leading apostrophe. Every CSV export writes through it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def spreadsheet_row(values: Iterable[object]) -> list[str]:
    return [spreadsheet_cell(value) for value in values]


def clean_text(text: str) -> str:
    """Text as it is stored: control characters removed (line breaks kept, ``\\r\\n`` made ``\\n``).

    Nothing the user can see is lost, and a pasted NUL no longer makes a save fail. The data layer
    applies this to every text column it writes (db.engine), so no field can be forgotten.
    """
    if text.isprintable():  # the common case, in one C pass
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def fold(text: str) -> str:
    """Case- and accent-insensitive key: ``"Äijälä-Öhman Åsa"`` → ``"aijala ohman asa"``.

    The desk types fast and often without ä/ö/å on a borrowed keyboard, so "makinen" finds "Mäkinen".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", stripped).split())


# Legal-form words that often lead a company name ("Oy Hartwall Ab", "Asunto Oy Kuusikko"); the search
# key moves them to the end so that the distinctive word is the one a prefix search starts from.
_LEADING_LEGAL_FORMS = frozenset({"oy", "oyj", "ab", "ky", "ay", "tmi", "ry", "as", "koy", "osk"})
_LEGAL_FORM_QUALIFIERS = frozenset({"asunto", "kiinteisto"})  # only before "oy": "Kiinteistö Oy …"


def name_key(last_name: str | None, first_names: str | None = None, company: str | None = None) -> str:
    """The ``customer.search_name`` value: folded "last first" for persons, the name for companies.

    A company's leading legal form goes to the end: ``"Asunto Oy Kuusikko"`` → ``"kuusikko asunto oy"``.
    """
    if company:
        words = fold(company).split()
        lead = 0
        while lead < len(words) - 1:
            word = words[lead].rstrip(".")
            is_qualifier = word in _LEGAL_FORM_QUALIFIERS and words[lead + 1].rstrip(".") == "oy"
            if word not in _LEADING_LEGAL_FORMS and not is_qualifier:
                break
            lead += 1
        return " ".join(words[lead:] + words[:lead])
    return fold(f"{last_name or ''} {first_names or ''}")


_NOT_DIGIT = re.compile(r"\D")
# str.translate deletes these in one C pass: five times quicker than the regex on what the desk types.
_ASCII_NOT_DIGIT = dict.fromkeys(c for c in range(128) if not chr(c).isdigit())


def phone_key(text: str) -> str:
    """Digits in national form: ``+358 40 123 4567``, ``040-1234567`` and ``0401234567`` all → ``0401234567``."""
    digits = text.translate(_ASCII_NOT_DIGIT) if text.isascii() else _NOT_DIGIT.sub("", text)
    if text.lstrip().startswith("+358") or (digits.startswith("358") and len(digits) >= 11):
        digits = "0" + digits[3:]
    elif digits.startswith("00358"):
        digits = "0" + digits[5:]
    return digits


def email_key(text: str) -> str:
    return text.strip().casefold()
