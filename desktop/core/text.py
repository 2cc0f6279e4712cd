"""Normalisation of what the desk types: stored text (:func:`clean_text`) and search keys (names,
streets, phones, e-mails)."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z@.+]+")
# C0 controls but tab and line feed, DEL and the C1 controls: invisible, and NUL cannot even be stored
# in PostgreSQL text. They come with text pasted from documents, terminals and web pages.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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
