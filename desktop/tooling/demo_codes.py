"""Identifiers for demo data that are valid *and* unique without looking anything up.

Codes are derived from the customer id through a fixed pseudo-random bijection, so two customers never
share a hetu, a Y-tunnus or a metering point — across chunks generated in parallel processes and across
repeated runs on the same database (ids only grow). The mapping is fixed, not seeded: a second run with
another seed must not reuse the codes of the first.
"""

from __future__ import annotations

import datetime as dt
import functools

from stdnum import luhn

BIRTH_FIRST = dt.date(1930, 1, 1)  # customers are adults: born 1930–2006
BIRTH_LAST = dt.date(2006, 12, 31)
BIRTH_DAYS = (BIRTH_LAST - BIRTH_FIRST).days + 1
NEW_SIGNS = {1900: "YXWVU", 2000: "BCDEF"}  # the century signs introduced in 2023
_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_MULTIPLIER = 2_654_435_761  # Knuth's golden-ratio constant; any number coprime to the modulus works
_OFFSET = 40_503


def _is_prime(n: int) -> bool:
    if n < 2 or n % 2 == 0:
        return n == 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True


@functools.cache
def _prime_at_least(n: int) -> int:
    while not _is_prime(n):
        n += 1
    return n


def permute(k: int, size: int) -> int:
    """A bijection of ``range(size)``: an affine map modulo a prime, cycle-walked back into range."""
    if not 0 <= k < size:
        raise ValueError("index outside the code space")
    prime = _prime_at_least(size)
    x = k
    while True:
        x = (_MULTIPLIER * x + _OFFSET) % prime
        if x < size:
            return x


def _birth(day_index: int) -> dt.date:
    return BIRTH_FIRST + dt.timedelta(days=day_index)


@functools.cache
def _day_texts() -> tuple[tuple[str, int], ...]:
    """DDMMYY and century of every birth day (compose() per code would dominate a million-row run)."""
    days = (_birth(i) for i in range(BIRTH_DAYS))
    return tuple((f"{d.day:02d}{d.month:02d}{d.year % 100:02d}", d.year // 100 * 100) for d in days)


def _code(day: int, individual: int, sign: str | None = None) -> str:
    ddmmyy, century = _day_texts()[day]
    number = f"{individual:03d}"
    return f"{ddmmyy}{sign or ('-' if century == 1900 else 'A')}{number}{_CHECK[int(ddmmyy + number) % 31]}"


def hetu_kind(customer_id: int) -> str:
    """Which code space a person's hetu comes from: ``new_sign`` (2023 signs), ``temporary`` or ``main``."""
    if customer_id % 41 == 13:
        return "new_sign"
    if customer_id % 199 == 7:
        return "temporary"
    return "main"


def hetu_for(customer_id: int) -> str:
    """A valid identity code, unique among all customer ids (individual numbers 002–899, temporary 900–999)."""
    kind = hetu_kind(customer_id)
    if kind == "new_sign":
        x = permute(customer_id // 41, BIRTH_DAYS * 898 * 5)
        x, variant = divmod(x, 5)
        day, individual = divmod(x, 898)
        return _code(day, individual + 2, NEW_SIGNS[_day_texts()[day][1]][variant])
    if kind == "temporary":
        day, individual = divmod(permute(customer_id // 199, BIRTH_DAYS * 100), 100)
        return _code(day, individual + 900)
    day, individual = divmod(permute(customer_id, BIRTH_DAYS * 898), 898)
    return _code(day, individual + 2)


_YTUNNUS_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def ytunnus_for(customer_id: int) -> str:
    """A valid Y-tunnus, unique per customer id below nine million.

    For any six-digit prefix at least nine of the ten last digits give a valid code (remainder 1 is
    never issued), so ``customer_id`` picks the prefix (the id modulo a million, permuted) and which
    valid last digit (the millions).
    """
    if customer_id >= 9_000_000:
        raise ValueError("customer id outside the Y-tunnus space")
    prefix = permute(customer_id % 1_000_000, 1_000_000)
    digits = f"{prefix:06d}"
    partial = sum(int(d) * w for d, w in zip(digits, _YTUNNUS_WEIGHTS, strict=False))
    valid = [d for d in range(10) if (partial + 2 * d) % 11 != 1]
    last = valid[customer_id // 1_000_000]
    remainder = (partial + 2 * last) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return f"{digits}{last}-{check}"


def gsrn(prefix: str, serial: int) -> str:
    """18-digit GS1 service relation number (Finnish metering point id): 643 + prefix + serial + check."""
    body = f"643{prefix}{serial:0{14 - len(prefix)}d}"
    if len(body) != 17:
        raise ValueError("metering point serial out of range")
    total = 3 * sum(map(int, body[::-2])) + sum(map(int, body[-2::-2]))
    return body + str((10 - total % 10) % 10)


_BANKS = (("1", "NDEAFIHH", 30), ("5", "OKOYFIHH", 35), ("8", "DABAFIHH", 12), ("31", "HANDFIHH", 5),
          ("405", "HELSFIHH", 8), ("47", "POPFFI22", 10))
BANK_PREFIXES = tuple((p, bic) for p, bic, _ in _BANKS)
BANK_WEIGHTS = tuple(w for _, _, w in _BANKS)


def iban_for(bank_prefix: str, account_digits: int) -> str:
    """A Finnish IBAN: 14-digit BBAN with its Luhn check digit, then the ISO 7064 mod-97 check."""
    body = f"{bank_prefix}{account_digits:0{13 - len(bank_prefix)}d}"[:13]
    bban = body + luhn.calc_check_digit(body)
    check = 98 - int(bban + "151800") % 97  # "FI00" moved to the end, letters as numbers (F=15, I=18)
    return f"FI{check:02d}{bban}"
