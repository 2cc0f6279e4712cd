"""CSV import from a billing system: UTF-8 (BOM or not) and Windows-1252, ; or ,; all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import at_rest
from db.database import Database
from db.models import AuditEvent, BankAccount, ContactPoint, Customer, PersonHetu, PostalAddress
from desktop.core.hetu import compose
from desktop.core.roles import Actor, Role
from desktop.tooling.csv_import import CsvImportError, decode, import_customers

ACTOR = Actor("cli:test", Role.ADMIN)
HETU_1 = compose(dt.date(1952, 10, 13), 308)  # 131052-308T
HETU_2 = compose(dt.date(2003, 2, 1), 124, "B")  # a 2023 century sign
HEADER = ("customer_number;kind;last_name;first_names;company_name;hetu;business_id;language;care_of;street;"
          "postcode;post_town;country;phone;email;iban")
GOOD = "\n".join([
    HEADER,
    f"70001;person;Äijälä;Åsa Öhman;;{HETU_1};;sv;;Strandvägen 3 B 12;00100;HELSINGFORS;FI;+358 40 123 4567;"
    "asa.aijala@example.com;FI21 1234 5600 0007 85",
    "70002;company;;;Keminmaan Sähkö Oy;;0854658-5;fi;c/o Kirjanpito;Jauholantie 4;94450;KEMINMAA;FI;(016) 234567;;",
    f"70003;person;Mäkinen;Pärttyli;;{HETU_2};;fi;;Rantakatu 1 A 2;94100;Kemi;FI;0401234567;;",
    "",
])


def _count(database: Database, model: type) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_a_good_file_is_imported_with_its_letters_intact(initialised: Database, tmp_path: Path,
                                                         encoding: str) -> None:
    path = tmp_path / "asiakkaat.csv"
    path.write_bytes(GOOD.replace("\n", "\r\n").encode(encoding))
    report = import_customers(initialised, ACTOR, path)
    assert report.ok and report.imported == 3 and report.delimiter == ";"
    assert report.encoding == encoding
    with initialised.transaction() as session:
        asa = session.scalar(select(Customer).where(Customer.customer_number == "70001"))
        assert (asa.last_name, asa.first_names, asa.language) == ("Äijälä", "Åsa Öhman", "sv")
        assert asa.search_name == "aijala asa ohman" and asa.name_source == "import"
        address = session.scalar(select(PostalAddress).where(PostalAddress.customer_id == asa.id))
        assert (address.street, address.post_town, address.street_key) == (
            "Strandvägen 3 B 12", "HELSINGFORS", "strandvagen 3 b 12")
        company = session.scalar(select(Customer).where(Customer.customer_number == "70002"))
        assert company.kind == "company" and company.business_id == "0854658-5"
        hetus = {cid: at_rest.open_hetu(session, code)  # encrypted in a SQLite file (db.at_rest)
                 for cid, code in session.execute(select(PersonHetu.customer_id, PersonHetu.hetu)).all()}
        assert hetus[asa.id] == HETU_1 and HETU_2 in hetus.values()
        assert at_rest.open_iban(session, session.scalar(select(BankAccount.iban))) == "FI2112345600000785"
        phones = set(session.scalars(select(ContactPoint.value_key).where(ContactPoint.kind == "phone")))
        assert phones == {"0401234567", "016234567"}
        audit = session.scalar(select(AuditEvent).where(AuditEvent.action == "customers_imported"))
        assert '"customers":3' in audit.detail and HETU_1 not in audit.detail


def test_comma_delimited_file_with_only_required_columns(initialised: Database, tmp_path: Path) -> None:
    path = tmp_path / "min.csv"
    path.write_text('customer_number,last_name,street,postcode,post_town\n80001,"Niemi, Jr",Tie 1,95400,TORNIO\n',
                    encoding="utf-8")
    report = import_customers(initialised, ACTOR, path)
    assert report.ok and report.delimiter == "," and report.imported == 1
    with initialised.transaction() as session:
        assert session.scalar(select(Customer.last_name)) == "Niemi, Jr"


def test_a_bad_file_reports_every_problem_by_line_and_imports_nothing(initialised: Database,
                                                                      tmp_path: Path) -> None:
    bad_check = HETU_1[:-1] + ("X" if HETU_1[-1] != "X" else "Y")
    lines = [
        "customer_number;last_name;first_names;hetu;street;postcode;post_town;email;iban",
        f"90001;Virtanen;Ville;{bad_check};Katu 1;00100;HELSINKI;;",  # 2: bad hetu
        "90002;;Matti;;Katu 2;00100;HELSINKI;;",  # 3: missing name
        "90003;Laine;Liisa;;Katu 3;0010;HELSINKI;;",  # 4: bad postcode
        "90001;Koski;Kalle;;Katu 4;94450;HAMINA;;",  # 5: repeated number, town not of the postcode
        f"90005;Aho;Anni;{HETU_1};Katu 5;94450;KEMINMAA;anni@;FI00 1234",  # 6: e-mail and IBAN
        f"90006;Aho;Aino;{HETU_1};Katu 6;94450;KEMINMAA;;",  # 7: hetu repeated in the file
        "90007;Oja;Olli;;Katu 7;94450;KEMINMAA;;;extra",  # 8: too many fields
    ]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_customers(initialised, ACTOR, path)
    assert not report.ok and report.imported == 0
    by_line: dict[int, list[str]] = {}
    for problem in report.problems:
        by_line.setdefault(problem.line, []).append(problem.message)
        assert bad_check not in str(problem) and HETU_1 not in str(problem)
    assert set(by_line) == {2, 3, 4, 5, 6, 7, 8}
    assert any("check character" in str(p) for p in report.problems if p.line == 2)
    assert any("postcode" in m for m in by_line[4]) and len(by_line[5]) == 2 and len(by_line[6]) == 2
    assert _count(initialised, Customer) == 0
    with initialised.transaction() as session:
        assert session.scalar(select(func.count()).where(AuditEvent.action == "customers_imported")) == 0


def test_clashes_with_the_database_are_reported(initialised: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text(GOOD, encoding="utf-8")
    assert import_customers(initialised, ACTOR, first).ok
    again = tmp_path / "again.csv"
    again.write_text("\n".join([HEADER, "70001;person;Uusi;Urho;;;;fi;;Tie 1;94450;KEMINMAA;FI;;;",
                                f"71000;person;Toinen;Tiina;;{HETU_1};;fi;;Tie 2;94450;KEMINMAA;FI;;;"]),
                     encoding="utf-8")
    report = import_customers(initialised, ACTOR, again)
    messages = {p.line: str(p) for p in report.problems}
    assert "already in the database" in messages[2] and "already registered" in messages[3]
    assert _count(initialised, Customer) == 3


def test_unreadable_files_are_refused_as_a_whole(initialised: Database, tmp_path: Path) -> None:
    unknown = tmp_path / "u.csv"
    unknown.write_text("customer_number;surname;street;postcode;post_town\n1;X;Y;00100;HELSINKI\n", encoding="utf-8")
    with pytest.raises(CsvImportError, match="surname"):
        import_customers(initialised, ACTOR, unknown)
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    with pytest.raises(CsvImportError):
        import_customers(initialised, ACTOR, empty)
    with pytest.raises(CsvImportError):
        import_customers(initialised, ACTOR, tmp_path / "missing.csv")


def test_decoding_prefers_strict_utf8() -> None:
    assert decode("Äö".encode()) == ("Äö", "utf-8")
    assert decode("Äö".encode("cp1252")) == ("Äö", "cp1252")
    assert decode(b"\xef\xbb\xbfA") == ("A", "utf-8-sig")


def test_terminal_escapes_and_bidi_overrides_in_a_file_are_problems_of_the_file(initialised: Database,
                                                                               tmp_path: Path) -> None:
    # Issue 10 item 8: the bulk insert passes the ORM's cleaning by, so the checker refuses hidden characters.
    path = tmp_path / "hostile.csv"
    path.write_text("customer_number;last_name;street;postcode;post_town\n"
                    "80001;Niemi\x1b[2J;Tie 1;95400;TORNIO\n80002;\u202eenimeiN;Tie 2;95400;TORNIO\n", encoding="utf-8")
    report = import_customers(initialised, ACTOR, path)
    assert not report.ok and [p.line for p in report.problems] == [2, 3]
    assert all("text-direction" in p.message for p in report.problems)
    assert _count(initialised, Customer) == 0


def test_a_name_made_only_of_invisible_characters_is_a_problem_of_the_file(initialised: Database,
                                                                           tmp_path: Path) -> None:
    # Issue 12: zero-width characters alone would print as a blank line on the envelope.
    path = tmp_path / "blank.csv"
    path.write_text("customer_number;last_name;street;postcode;post_town\n"
                    "80003;\u200b\u2060;Tie 1;95400;TORNIO\n", encoding="utf-8")
    report = import_customers(initialised, ACTOR, path)
    assert not report.ok and [p.line for p in report.problems] == [2]
    assert _count(initialised, Customer) == 0
