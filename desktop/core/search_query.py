"""What the desk typed into the one search field: a name, an address, a number, or an identity code.

Pure parsing, no I/O. The service runs the search that matches the kind; the view shows the kind's
hint. A hetu is searched only whole and valid (through the audited lookup); anything that merely
looks like part of one is refused here, so no code path can ever match on a partial identity code.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from desktop.core.hetu import Hetu, InvalidHetu
from desktop.core.hetu import parse as parse_hetu
from desktop.core.i18n import N_
from desktop.core.text import email_key, fold, phone_key


class QueryKind(enum.StrEnum):
    EMPTY = "empty"
    NAME = "name"  # person (last/first, any order) or company name; topped up with street matches
    STREET = "street"
    CUSTOMER_NUMBER = "customer_number"
    PHONE = "phone"
    EMAIL = "email"
    METERING_POINT = "metering_point"
    BUSINESS_ID = "business_id"
    HETU = "hetu"
    PARTIAL_HETU = "partial_hetu"
    INVALID_HETU = "invalid_hetu"


# More words than this add nothing to a name search but multiply its branches.
MAX_NAME_WORDS = 4

PARTIAL_HETU_MESSAGE = N_(
    "Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched."
)

_BUSINESS_ID = re.compile(r"^\d{7}-\d$")
_HETU_WHOLE = re.compile(r"^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$", re.IGNORECASE)
# A birth date followed by a century sign, or by part of an individual number and check character,
# or 10 characters without the sign: shapes that only a (part of a) hetu has. Digits alone are not
# included: those are customer numbers, phone numbers and metering points.
_HETU_PART = re.compile(
    r"^(?:\d{6}(?:[-+A-FU-Y]\d{0,3}[0-9A-Y]?|[-+A-FU-Y]?\d{0,3}[A-Y])|\d{2,6}[-+A-FU-Y]\d{3}[0-9A-Y])$",
    re.IGNORECASE,
)
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-()/.]+$")


class ParsedQuery(NamedTuple):
    """``key`` is the normalised search value (folded name, digits of a phone …, masked for a hetu).

    ``hetu`` carries the validated code for the audited lookup; its ``str``/``repr`` are masked.
    ``message`` is a translatable explanation when the query is refused. A tuple, because one is made
    per keystroke on the search budget (a frozen dataclass costs a microsecond more to build).
    """

    kind: QueryKind
    key: str = ""
    words: tuple[str, ...] = ()
    hetu: Hetu | None = None
    message: str | None = None


def parse_query(text: str) -> ParsedQuery:
    raw = (text or "").strip()
    if raw.isascii() and raw.isdigit():
        # The commonest exact searches (customer number, metering point, phone) on the fast path.
        return _digits_query(raw)
    raw = unicodedata.normalize("NFC", raw)
    compact = "".join(raw.split())
    if not compact:
        return ParsedQuery(QueryKind.EMPTY)
    upper = compact.upper()
    if _HETU_WHOLE.match(upper):
        try:
            # Temporary codes (individual number 900-999) exist in the register too.
            hetu = parse_hetu(upper, allow_temporary=True)
        except InvalidHetu as exc:
            return ParsedQuery(QueryKind.INVALID_HETU, message=exc.message)
        return ParsedQuery(QueryKind.HETU, key=hetu.masked, hetu=hetu)
    if _HETU_PART.match(upper):
        return ParsedQuery(QueryKind.PARTIAL_HETU, message=PARTIAL_HETU_MESSAGE)
    if _BUSINESS_ID.match(compact):
        return ParsedQuery(QueryKind.BUSINESS_ID, key=compact)
    if "@" in compact:
        return ParsedQuery(QueryKind.EMAIL, key=email_key(compact))
    if compact.isdigit():
        return _digits_query(compact)
    if _PHONE_CHARS.match(raw) and (compact.startswith("+") or compact.lstrip("(").startswith("0")):
        key = phone_key(compact)  # the same digits as in raw, without the spaces to skip
        return ParsedQuery(QueryKind.PHONE, key=key) if key else ParsedQuery(QueryKind.EMPTY)
    folded = fold(raw)
    if not any(ch.isalnum() for ch in folded):  # only separators or stray "+" / "."
        return ParsedQuery(QueryKind.EMPTY)
    words = tuple(folded.split())
    if any(ch.isdigit() for ch in folded):
        return ParsedQuery(QueryKind.STREET, key=folded, words=words)
    return ParsedQuery(QueryKind.NAME, key=folded, words=words[:MAX_NAME_WORDS])


def _digits_query(digits: str) -> ParsedQuery:
    if len(digits) == 18:
        return ParsedQuery(QueryKind.METERING_POINT, key=digits)
    if digits.startswith("0") or (digits.startswith("358") and len(digits) >= 11):
        return ParsedQuery(QueryKind.PHONE, key=phone_key(digits))
    return ParsedQuery(QueryKind.CUSTOMER_NUMBER, key=digits)


# --- highlighting -----------------------------------------------------------------------------------

_KEEP = re.compile(r"[0-9a-z@.+]")
_TABLE_CAP = 10_000  # distinct characters remembered; names use a few hundred


def _fold_char(ch: str) -> str:
    """A character's folded form: "" (accent), " " (separator) or the kept letters ("ß" → "ss")."""
    parts = [part for part in unicodedata.normalize("NFKD", ch.casefold()) if not unicodedata.combining(part)]
    return "".join(part if _KEEP.match(part) else " " for part in parts)


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding every character, filled on first sight (C speed afterwards)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _TABLE_CAP:
            self[code] = folded
        return folded


class _UnevenTable(dict[int, str]):
    """Deletes each character that folds to exactly one character: what survives shifts positions."""

    def __missing__(self, code: int) -> str:
        value = "" if len(_FOLD[code]) == 1 else chr(code)
        if len(self) < _TABLE_CAP:
            self[code] = value
        return value


_FOLD = _FoldTable()
_UNEVEN = _UnevenTable()


@lru_cache(maxsize=16_384)  # result lists show the same names again while the agent types on
def fold_map(text: str) -> tuple[str, tuple[int, ...]]:
    """``fold(text)`` together with, for each of its characters, the index of the source character.

    Lets the view highlight the matched part of the text as displayed ("Mäki" in "Mäkinen"), although
    matching happened on the folded key. Folding per character equals folding the whole text: NFKD
    and casefold act character by character, and separators collapse the same way.
    """
    folded = text.translate(_FOLD)
    if not text.translate(_UNEVEN) and "  " not in folded and folded[:1] != " " and folded[-1:] != " ":
        return folded, tuple(range(len(text)))  # the usual name: one folded character per character
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for part in _FOLD[ord(ch)]:
            if part == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(part)
            origin.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return "".join(chars), tuple(origin)


def _word_starts(folded: str, word: str) -> Iterator[int]:
    """Positions in ``folded`` where a word starting with ``word`` begins."""
    if folded.startswith(word):
        yield 0
    position = folded.find(" " + word)
    while position != -1:
        yield position + 1
        position = folded.find(" " + word, position + 1)


def word_prefix_spans(display: str, words: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
    """Spans of ``display`` whose folded words start with the query words, each word used once."""
    folded, origin = fold_map(display)
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    # Longest words first, so "juha ju" gives "juha" its own token before "ju" takes one.
    for word in sorted(words, key=len, reverse=True):
        for start in _word_starts(folded, word):
            if start not in used:
                used.add(start)
                spans.append((origin[start], origin[start + len(word) - 1] + 1))
                break
    return sorted(spans)


def prefix_span(display: str, folded_prefix: str) -> list[tuple[int, int]]:
    """The span of ``display`` whose folded form is ``folded_prefix`` (empty if it is not a prefix)."""
    folded, origin = fold_map(display)
    if not folded_prefix or not folded.startswith(folded_prefix):
        return []
    return [(origin[0], origin[len(folded_prefix) - 1] + 1)]


def phone_span(value: str, key: str) -> list[tuple[int, int]]:
    """The part of a stored phone number (as formatted) that the typed digits matched."""
    for end in range(1, len(value) + 1):
        if phone_key(value[:end]) == key:
            start = len(value) - len(value.lstrip())
            return [(start, end)]
    return []
