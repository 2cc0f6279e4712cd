"""Henkilötunnus (Finnish personal identity code): validation, masking, blind index.

Since 2023 the century sign is part of the identity (``100190-999P`` and ``100190Y999P`` are two
people), so a code is always kept as all 11 characters, upper-cased, never normalised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass

from desktop.core.errors import DomainError
from desktop.core.i18n import N_

_CENTURIES = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}
_CHECK_ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Finds anything shaped like a hetu inside free text (used by the log redaction filter).
HETU_IN_TEXT = re.compile(r"\b(\d{6})[-+ABCDEFYXWVU](\d{3})[0-9A-Y]\b", re.IGNORECASE)
MASK = "*****"


class InvalidHetu(DomainError):
    """The text is not a valid henkilötunnus."""


@dataclass(frozen=True, slots=True)
class Hetu:
    """A validated identity code. ``str()`` gives the masked form so that it cannot leak by accident."""

    value: str

    @property
    def birth_date(self) -> dt.date:
        return birth_date(self.value)

    @property
    def is_temporary(self) -> bool:
        return int(self.value[7:10]) >= 900

    @property
    def masked(self) -> str:
        return mask(self.value)

    def __str__(self) -> str:
        return self.masked

    def __repr__(self) -> str:
        return f"Hetu({self.masked!r})"


def birth_date(code: str) -> dt.date:
    code = code.strip().upper()
    return dt.date(_CENTURIES[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))


def parse(text: str, *, allow_temporary: bool = False, today: dt.date | None = None) -> Hetu:
    """Validate ``text`` and return a :class:`Hetu`; raise :class:`InvalidHetu` with a translatable reason."""
    code = (text or "").strip().upper()
    if len(code) != 11:
        raise InvalidHetu(N_("A personal identity code has 11 characters, e.g. 131052-308T."))
    if code[6] not in _CENTURIES:
        raise InvalidHetu(N_("The 7th character of a personal identity code must be one of + - A–F U–Y."))
    # python-stdnum at the first code checked: its import (15 ms) is not for the login dialog to wait for,
    # and every module that redacts codes imports this one (issue 14).
    from stdnum.exceptions import ValidationError
    from stdnum.fi import hetu as stdnum_hetu

    try:
        stdnum_hetu.validate(code, allow_temporary=True)
    except ValidationError as exc:
        name = type(exc).__name__
        if name == "InvalidChecksum":
            raise InvalidHetu(N_("The check character of the personal identity code is wrong.")) from None
        if name == "InvalidComponent":
            raise InvalidHetu(N_("The personal identity code has an impossible birth date or number.")) from None
        raise InvalidHetu(N_("The personal identity code is not in the form DDMMYYCZZZQ.")) from None
    hetu = Hetu(code)
    if hetu.birth_date > (today or dt.date.today()):
        raise InvalidHetu(N_("The birth date in the personal identity code is in the future."))
    if hetu.is_temporary and not allow_temporary:
        raise InvalidHetu(N_("Individual numbers 900–999 are temporary codes; mark the code as temporary."))
    return hetu


def is_valid(text: str, *, allow_temporary: bool = False) -> bool:
    try:
        parse(text, allow_temporary=allow_temporary)
    except InvalidHetu:
        return False
    return True


def mask(code: str) -> str:
    """Masked display form, e.g. ``131052-*****``.

    We keep the birth date (staff confirm it with the caller) and hide the century sign too: since
    2023 the sign distinguishes people, so showing it would leak part of the identity. The same mask
    is computed in PostgreSQL (see db/sql) so both databases show identical text.
    """
    code = (code or "").strip().upper()
    if len(code) != 11:
        return MASK
    return code[:6] + MASK


def check_character(digits9: str) -> str:
    """The control character of DDMMYY + ZZZ (century sign excluded)."""
    return _CHECK_ALPHABET[int(digits9) % 31]


def compose(birth: dt.date, individual: int, sign: str | None = None) -> str:
    """Build a valid code for a birth date and individual number (used by the demo-data generator)."""
    if sign is None:
        sign = {1800: "+", 1900: "-", 2000: "A"}[birth.year // 100 * 100]
    if _CENTURIES.get(sign) != birth.year // 100 * 100:
        raise ValueError("century sign does not match the birth year")
    ddmmyy = birth.strftime("%d%m") + f"{birth.year % 100:02d}"
    return f"{ddmmyy}{sign}{individual:03d}{check_character(ddmmyy + f'{individual:03d}')}"


def blind_index(code: str, key: bytes) -> bytes:
    """HMAC-SHA256 of the exact 11 characters: equality lookup without storing or indexing the code."""
    return hmac.new(key, code.strip().upper().encode("ascii"), hashlib.sha256).digest()


def redact(text: str) -> str:
    """Replace every hetu-shaped substring in ``text`` with its mask (for logs and error messages)."""
    return HETU_IN_TEXT.sub(lambda m: m.group(1) + MASK, text)
