"""The recipient block of a window-envelope letter, in Posti's format.

Order of lines: customer number (above the name, Posti row 0), addressee, c/o, street or PO box,
``00100 HELSINKI`` (postcode, one space, post town in capitals), and for mail abroad the country in
capitals on the last line. Empty lines are left out; a line holds at most 30 characters. What does not
fit is shortened where a standard abbreviation exists, else wrapped, and always flagged so the desk
checks the letter before it is printed.

At most five address lines (Posti's rows 1–5: addressee, supplement such as c/o, delivery address,
postcode and town, and abroad the country); the customer number goes above them only while the whole
block still fits the envelope window. An address that cannot reach the customer as it stands (no name,
no street, no town, a Finnish postcode that is not five digits, a country code nobody knows, more than
five lines) is *undeliverable*: the letter is refused with the reason rather than printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.i18n import N_
from desktop.core.text import visible

MAX_LINE = 30
# Posti's address rows 1–5 (addressee, supplement/c/o, delivery address, postcode and town; abroad the
# country takes the place of the spare row).
MAX_ADDRESS_LINES = 5
# The smaller window, E65 (90 × 30 mm at 40 mm from the top), holds six lines of 10 pt type on 12 pt
# leading from the first baseline at 45 mm: the sixth line's descenders end at 67.0 mm, a seventh would
# start below the window's edge at 70 mm (tests/requests/test_address_window.py measures it in the PDF).
WINDOW_LINES = 6

# Country names on mail leaving Finland: English is understood by every postal administration (UPU).
COUNTRY_NAMES = {
    "SE": "SWEDEN", "NO": "NORWAY", "DK": "DENMARK", "IS": "ICELAND", "EE": "ESTONIA", "LV": "LATVIA",
    "LT": "LITHUANIA", "DE": "GERMANY", "PL": "POLAND", "NL": "NETHERLANDS", "BE": "BELGIUM",
    "LU": "LUXEMBOURG", "FR": "FRANCE", "ES": "SPAIN", "PT": "PORTUGAL", "IT": "ITALY", "AT": "AUSTRIA",
    "CH": "SWITZERLAND", "IE": "IRELAND", "GB": "UNITED KINGDOM", "CZ": "CZECHIA", "SK": "SLOVAKIA",
    "HU": "HUNGARY", "SI": "SLOVENIA", "HR": "CROATIA", "RO": "ROMANIA", "BG": "BULGARIA", "GR": "GREECE",
    "CY": "CYPRUS", "MT": "MALTA", "US": "UNITED STATES", "CA": "CANADA", "AU": "AUSTRALIA",
    "UA": "UKRAINE", "TR": "TURKEY", "TH": "THAILAND",
}

# Abbreviations Posti and Kotus accept in a delivery address, tried only when a line is too long.
_STREET_ABBREVIATIONS = (
    (re.compile(r"\basunto\b", re.IGNORECASE), "as."),
    (re.compile(r"\bpostilokero\b", re.IGNORECASE), "PL"),
    (re.compile(r"\bpostbox\b", re.IGNORECASE), "PB"),
    (re.compile(r"\bbostad\b", re.IGNORECASE), "bst."),
)


@dataclass(frozen=True, slots=True)
class AddressBlock:
    lines: tuple[str, ...]
    problems: tuple[str, ...] = ()  # N_-marked messages for the desk: everything to check
    undeliverable: tuple[str, ...] = ()  # the part of ``problems`` that refuses the letter
    customer_number_in_window: bool = True  # False: the number did not fit above the address

    @property
    def overflow(self) -> bool:
        return bool(self.problems)

    @property
    def deliverable(self) -> bool:
        return not self.undeliverable


def _clean(text: str | None) -> str:
    """One line as printed: without invisible and control characters (a name made only of those would print
    as a blank line; it is flagged as missing instead), blanks collapsed."""
    return " ".join(visible(text).split())


def _wrap(text: str, width: int = MAX_LINE) -> list[str]:
    """Break at spaces (or after a hyphen) so that each piece fits; a word longer than a line is cut."""
    lines: list[str] = []
    current = ""
    for word in re.split(r"(?<=-)|\s+", text):
        if not word:
            continue
        joiner = "" if current.endswith("-") or not current else " "
        if len(current) + len(joiner) + len(word) <= width:
            current += joiner + word
            continue
        if current:
            lines.append(current)
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        current = word
    if current:
        lines.append(current)
    return lines


def person_name(first_names: str | None, last_name: str | None) -> str:
    """``Matti Juhani Virtanen``, shortened to ``Matti Virtanen`` and then ``M. Virtanen`` if too long."""
    first, last = _clean(first_names), _clean(last_name)
    full = _clean(f"{first} {last}")
    if len(full) <= MAX_LINE or not first:
        return full
    given = first.split(" ")[0]
    shorter = f"{given} {last}"
    if len(shorter) <= MAX_LINE:
        return shorter
    initials = "-".join(f"{part[0]}." for part in given.split("-") if part)  # Anna-Liisa → A.-L.
    return f"{initials} {last}"


def _fit(text: str, problems: list[str], *, max_pieces: int, abbreviate: bool = False) -> list[str]:
    if len(text) <= MAX_LINE:
        return [text]
    if abbreviate:
        for pattern, short in _STREET_ABBREVIATIONS:
            text = pattern.sub(short, text)
        if len(text) <= MAX_LINE:
            return [text]
    pieces = _wrap(text)
    if len(pieces) > 1 and (abbreviate or len(pieces) > max_pieces):
        problems.append(N_("A line of the address is longer than 30 characters and was wrapped; check it."))
    return pieces


def format_block(*, name: str, street: str, postcode: str, post_town: str, care_of: str | None = None,
                 customer_number_line: str | None = None, country: str | None = "FI") -> AddressBlock:
    """Lines for the envelope window. ``name`` is already in addressing order (see :func:`person_name`)."""
    problems: list[str] = []
    blocking: list[str] = []
    lines: list[str] = []
    if any(part and visible(part) != part for part in (name, care_of, street, postcode, post_town)):
        # Stored before input refused them (an import, an older version): printed without them, but said.
        problems.append(N_("The name or address holds invisible or control characters; they were left out of "
                           "the envelope. Check the name and address on the customer's card."))
    addressee = _clean(name)
    if not addressee:
        blocking.append(N_("The address has no recipient name."))
    else:
        lines += _fit(addressee, problems, max_pieces=2)  # a long company name may take two lines
    co = _clean(care_of)
    if co:
        if not co.casefold().startswith("c/o"):
            co = f"c/o {co}"
        lines += _fit(co, problems, max_pieces=1)
    delivery = _clean(street)
    if not delivery:
        blocking.append(N_("The address has no street or PO box."))
    else:
        lines += _fit(delivery, problems, max_pieces=1, abbreviate=True)
    code = (country or "FI").strip().upper()
    town = _clean(post_town).upper()
    pcode = _clean(postcode)
    if code == "FI":
        pcode = pcode.replace(" ", "")
        if pcode.upper().startswith("FI-"):
            pcode = pcode[3:]
        if not re.fullmatch(r"\d{5}", pcode):
            blocking.append(N_("A Finnish postcode has five digits."))
    if not town:
        blocking.append(N_("The address has no post town."))
    lines += _fit(_clean(f"{pcode} {town}"), problems, max_pieces=1)
    if code != "FI":
        if code not in COUNTRY_NAMES:
            # The code itself (e.g. "XX") on the envelope's last line would send the letter nowhere.
            blocking.append(N_("The country code of the address is not known, so the envelope cannot name the "
                               "country. Correct the country on the customer's card."))
        else:
            lines.append(COUNTRY_NAMES[code])
    lines = [line for line in lines if line]
    if len(lines) > MAX_ADDRESS_LINES:
        blocking.append(N_("The address needs more than five lines and does not fit the envelope window. Shorten "
                           "it on the customer's card (for example the c/o line or a long name)."))
    number = _clean(customer_number_line)
    in_window = True
    if number:
        pieces = _fit(number, problems, max_pieces=1)
        in_window = len(pieces) + len(lines) <= WINDOW_LINES
        if in_window:  # Posti's row 0, above the name; else it stays in the letter's header only
            lines = pieces + lines
    problems += blocking
    return AddressBlock(tuple(lines), tuple(dict.fromkeys(problems)), tuple(dict.fromkeys(blocking)), in_window)


def international_phone(phone: str) -> str:
    """A Finnish number as dialled from abroad: ``040 1870 200`` → ``+358 40 1870 200``."""
    text = phone.strip()
    if text.startswith("+") or not text.startswith("0"):
        return text
    return "+358 " + text[1:]
