"""Import of customers from a billing system's CSV file (columns: docs/csv-import.md).

The whole file is checked first; any bad row means nothing is imported and the report lists every
problem with its line number. A clean file is written in one transaction with one audit row. The
encoding is UTF-8 (with or without BOM) or, failing a strict UTF-8 decode, Windows-1252; the delimiter
is ``;`` (what Finnish Excel writes) or ``,``, chosen from the header line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stdnum import iban as iban_number
from stdnum.fi import ytunnus

from db import audit
from db.base import utcnow
from db.database import Database, Session
from db.repositories import bulk, settings
from db.repositories.hetu import HMAC_KEY_NAME as HMAC_SECRET
from desktop.core.errors import DomainError
from desktop.core.hetu import InvalidHetu, blind_index, parse
from desktop.core.i18n import N_
from desktop.core.roles import Actor
from desktop.core.text import email_key, fold, has_hidden_characters, name_key, only_invisible, phone_key
from desktop.services.postcodes import town_matches

COLUMNS = ("customer_number", "kind", "last_name", "first_names", "company_name", "hetu", "hetu_temporary",
           "business_id", "language", "care_of", "street", "postcode", "post_town", "country", "phone", "phone2",
           "email", "iban", "bic")
REQUIRED = ("customer_number", "street", "postcode", "post_town")
# Column widths of the tables the values go to (db/models/customer.py).
MAX_LENGTH = {"customer_number": 12, "last_name": 100, "first_names": 100, "company_name": 200, "care_of": 60,
              "street": 100, "postcode": 10, "post_town": 60, "email": 200, "phone": 200, "phone2": 200, "bic": 11}
_CUSTOMER_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_YES = {"1", "yes", "y", "true", "kyllä", "k", "x"}
_NO = {"", "0", "no", "n", "false", "ei", "e"}


class CsvImportError(DomainError):
    """The file as a whole cannot be read as a customer CSV (encoding, header, empty)."""


@dataclass(frozen=True)
class ImportProblem:
    line: int
    message: str  # N_()-marked source string; ``params`` fill it in after translation
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.line}: {self.message.format(**self.params)}"


@dataclass(frozen=True)
class ImportReport:
    file: str
    encoding: str
    delimiter: str
    rows: int
    imported: int
    problems: list[ImportProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (BOM stripped) when it decodes strictly, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise CsvImportError(N_("The file is neither UTF-8 nor Windows-1252 text.")) from None


def _delimiter(header: str) -> str:
    return ";" if header.count(";") >= header.count(",") else ","


@dataclass
class _Row:
    line: int
    values: dict[str, str]
    width: int  # fields on the line, to compare with the header
    hetu: str | None = None
    temporary: bool = False
    kind: str = "person"


class _Checker:
    """Validates rows one by one, collecting problems; remembers what must be unique across the file."""

    def __init__(self) -> None:
        self.problems: list[ImportProblem] = []
        self.numbers: dict[str, int] = {}
        self.hetus: dict[str, int] = {}

    def fail(self, line: int, message: str, **params: object) -> None:
        self.problems.append(ImportProblem(line, message, params))

    def check(self, row: _Row) -> None:
        v, line = row.values, row.line
        for name, limit in MAX_LENGTH.items():
            if len(v.get(name, "")) > limit:
                self.fail(line, N_("{column} is longer than {limit} characters."), column=name, limit=limit)
        for name, value in v.items():
            # The bulk insert passes the ORM's clean_text by: the same rule is applied here, as a problem
            # of the file (terminal escapes or text-direction overrides would otherwise be stored).
            if value and (has_hidden_characters(value) or only_invisible(value)):
                self.fail(line, N_("{column} contains invisible control or text-direction characters; remove "
                                   "them from the file."), column=name)
        for name in REQUIRED:
            if not v.get(name):
                self.fail(line, N_("{column} is missing."), column=name)
        number = v.get("customer_number", "")
        if number and not _CUSTOMER_NUMBER.match(number):
            self.fail(line, N_("The customer number {number} may contain only letters, digits and hyphens."),
                      number=number)
        elif number in self.numbers:
            self.fail(line, N_("Customer number {number} is repeated (first on line {first})."), number=number,
                      first=self.numbers[number])
        elif number:
            self.numbers[number] = line
        self._identity(row)
        language = v.get("language") or "fi"
        if language not in ("fi", "sv", "en"):
            self.fail(line, N_("The language must be fi, sv or en, not {value}."), value=language)
        country = (v.get("country") or "FI").upper()
        if len(country) != 2 or not country.isalpha():
            self.fail(line, N_("The country must be a two-letter code such as FI or SE."))
        postcode = v.get("postcode", "")
        if country == "FI" and postcode:
            if not re.fullmatch(r"\d{5}", postcode):
                self.fail(line, N_("The postcode {postcode} is not five digits."), postcode=postcode)
            elif town_matches(postcode, v.get("post_town", "")) is False:
                self.fail(line, N_("The post town {town} does not belong to postcode {postcode}."),
                          town=v.get("post_town", ""), postcode=postcode)
        for name in ("phone", "phone2"):
            if v.get(name) and len(phone_key(v[name])) < 6:
                self.fail(line, N_("The phone number {value} has too few digits."), value=v[name])
        if v.get("email") and not _EMAIL.match(v["email"]):
            self.fail(line, N_("The e-mail address {value} is not valid."), value=v["email"])
        if v.get("iban") and not iban_number.is_valid(v["iban"]):
            self.fail(line, N_("The IBAN {value} is not valid."), value=v["iban"])

    def _identity(self, row: _Row) -> None:
        v, line = row.values, row.line
        kind = (v.get("kind") or ("company" if v.get("company_name") else "person")).lower()
        if kind not in ("person", "company"):
            self.fail(line, N_("The kind must be person or company, not {value}."), value=kind)
            return
        row.kind = kind
        flag = (v.get("hetu_temporary") or "").lower()
        if flag not in _YES | _NO:
            self.fail(line, N_("hetu_temporary must be yes or no."))
        row.temporary = flag in _YES
        if kind == "company":
            if not v.get("company_name"):
                self.fail(line, N_("A company needs company_name."))
            if v.get("hetu"):
                self.fail(line, N_("A company has a Y-tunnus, not a personal identity code."))
            if v.get("business_id") and not ytunnus.is_valid(v["business_id"]):
                self.fail(line, N_("The Y-tunnus {value} is not valid."), value=v["business_id"])
            return
        if not v.get("last_name"):
            self.fail(line, N_("A person needs last_name."))
        if v.get("business_id"):
            self.fail(line, N_("A person has a personal identity code, not a Y-tunnus."))
        if v.get("hetu"):
            try:
                row.hetu = parse(v["hetu"], allow_temporary=row.temporary).value
            except InvalidHetu as exc:
                # never echo the code itself: the reason is enough to find it on the given line
                self.fail(line, N_("Bad personal identity code: {reason}"), reason=exc.message)
                return
            if row.hetu in self.hetus:
                self.fail(line, N_("The personal identity code is repeated (first on line {first})."),
                          first=self.hetus[row.hetu])
            else:
                self.hetus[row.hetu] = line


def read_rows(text: str) -> tuple[str, list[str], list[_Row]]:
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise CsvImportError(N_("The file is empty: the first line must name the columns."))
    delimiter = _delimiter(lines[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise CsvImportError(N_("Unknown columns: {columns}. The columns are listed in docs/csv-import.md."),
                             columns=", ".join(unknown))
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CsvImportError(N_("Required columns missing: {columns}."), columns=", ".join(missing))
    rows = []
    line = reader.line_num + 1
    for record in reader:
        if any(cell.strip() for cell in record):
            values = {name: cell.strip() for name, cell in zip(header, record, strict=False)}
            rows.append(_Row(line, values, len(record)))
        line = reader.line_num + 1
    return delimiter, header, rows


def import_customers(database: Database, actor: Actor, path: Path | str, *,
                     progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Check the whole file, then import it in one transaction, or import nothing and report why.

    ``progress(done, total)`` is told the rows written so far; Ctrl+C rolls everything back.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(N_("The file {file} cannot be read: {error}"), file=path.name,
                             error=exc.strerror or str(exc)) from None
    text, encoding = decode(data)
    delimiter, header, rows = read_rows(text)
    checker = _Checker()
    for row in rows:
        if row.width != len(header):
            checker.fail(row.line, N_("The line has {found} fields; the header has {expected}."),
                         found=row.width, expected=len(header))
        checker.check(row)

    def report(imported: int) -> ImportReport:
        problems = sorted(checker.problems, key=lambda p: p.line)
        return ImportReport(path.name, encoding, delimiter, len(rows), imported, problems)

    with database.transaction() as session:
        key = settings.secret(session, HMAC_SECRET)
        if key is None:
            raise CsvImportError(N_("The database is not initialised: run palvelutiski-admin init first."))
        taken = bulk.existing_customer_numbers(session, checker.numbers)
        for number in sorted(taken, key=checker.numbers.__getitem__):
            checker.fail(checker.numbers[number], N_("Customer number {number} is already in the database."),
                         number=number)
        indexes = {blind_index(code, key): line for code, line in checker.hetus.items()}
        for found in bulk.existing_blind_indexes(session, indexes):
            checker.fail(indexes[found], N_("The personal identity code is already registered to a customer."))
        if checker.problems or not rows:
            return report(0)
        _write(session, rows, key, progress)
        audit.append(session, actor, "customers_imported",
                     detail={"file": path.name, "customers": len(rows), "encoding": encoding})
    return report(len(rows))


def _write(session: Session, rows: list[_Row], key: bytes, progress: Callable[[int, int], None] | None) -> None:
    now = utcnow()
    first = bulk.next_customer_id(session)
    customers, hetus, addresses, contacts, accounts = [], [], [], [], []
    # SQLite: identity codes and IBANs go into the file encrypted (db.at_rest); PostgreSQL keeps them itself.
    sealing = bulk.sealing(session)
    for cid, row in enumerate(rows, start=first):
        v = row.values
        company = v.get("company_name") if row.kind == "company" else None
        customers.append({
            "id": cid, "customer_number": v["customer_number"], "kind": row.kind,
            "first_names": v.get("first_names") or None if row.kind == "person" else None,
            "last_name": v.get("last_name") or None if row.kind == "person" else None,
            "company_name": company, "business_id": v.get("business_id") or None if company else None,
            "language": v.get("language") or "fi", "search_name": name_key(v.get("last_name"), v.get("first_names"), company),
            "name_source": "import", "created_at": now, "version": 1})
        if row.hetu:
            hetus.append({"customer_id": cid, "hetu": sealing.seal_hetu(row.hetu) if sealing else row.hetu,
                          "blind_index": blind_index(row.hetu, key),
                          "is_temporary": row.temporary, "source": "import"})
        addresses.append({"customer_id": cid, "care_of": v.get("care_of") or None, "street": v["street"],
                          "postcode": v["postcode"], "post_town": v["post_town"],
                          "country": (v.get("country") or "FI").upper(), "street_key": fold(v["street"]),
                          "source": "import", "valid_from": now, "changed_by": None})
        for name in ("phone", "phone2"):
            if v.get(name):
                contacts.append({"customer_id": cid, "kind": "phone", "value": v[name], "value_key": phone_key(v[name]),
                                 "source": "import", "added_at": now})
        if v.get("email"):
            contacts.append({"customer_id": cid, "kind": "email", "value": v["email"], "value_key": email_key(v["email"]),
                             "source": "import", "added_at": now})
        if v.get("iban"):
            iban = iban_number.compact(v["iban"])
            accounts.append({"customer_id": cid, "iban": sealing.seal_iban(iban) if sealing else iban,
                             "bic": v.get("bic") or None,
                             "source": "import", "added_at": now})
    batches = (("customer", customers), ("person_hetu", hetus), ("postal_address", addresses),
               ("contact_point", contacts), ("bank_account", accounts))
    total, done = sum(len(values) for _table, values in batches), 0
    for table, values in batches:
        for start in range(0, len(values), 2000):
            if values[start:start + 2000]:
                bulk.insert_values(session, table, values[start:start + 2000])
                done += len(values[start:start + 2000])
                if progress is not None:
                    progress(done, total)
    bulk.BulkWriter(session).fix_sequences(["customer"])
