"""Letters as PDF, read back with pypdf: content, Art. 15 items, window position, masking, reproducibility."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from request_fixtures import AGENT, HETU, SAMI_HETU, SUPERVISOR, Clock, RequestData
from sqlalchemy import select

from db.database import Database
from db.models import AppSetting, AuditEvent, Letter
from desktop.core.letters import LetterType
from desktop.core.roles import PermissionDenied
from desktop.services.letters import SETTING_OFFSET_X, SETTING_OFFSET_Y, LetterService
from desktop.services.profiles import get_profile
from desktop.services.requests import Intake, RequestService
from desktop.services.subject_data import SubjectDataService

MM = 72 / 25.4
PAGE_H_MM = 297
TEXTS = {lang: json.loads((Path(__file__).resolve().parents[2] / "resources" / "letters" / f"{lang}.json")
                          .read_text(encoding="utf-8")) for lang in ("fi", "sv", "en")}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _text(pdf: bytes) -> str:
    return _flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x mm from left, baseline mm from top) of every text run on a page."""
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x / MM, PAGE_H_MM - y / MM))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return runs


def _request(database: Database, clock: Clock, customer_id: int, request_type: str = "access") -> int:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake(request_type, "letter", True, customer_id=customer_id, received_on=dt.date(2026, 3, 9)))
    agent.record_identity_check(info.id, "signature_compared")
    return info.id


def test_access_reply_holds_all_data_and_every_art15_item(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.maija_id)
    letter = LetterService(database, SUPERVISOR, clock).generate(request_id, LetterType.ACCESS_REPLY)
    text = _text(letter.pdf)
    for expected in (
        "VASTAUS", "LIITE 1", "LIITE 2", "10.3.2026", "Viite TP-2026-00001", "Maija Liisa Mäkinen", "100001",
        "131052*****", "Rantatie 3, 94400 KEMINMAA", "c/o Kaisa Mäkinen", "040 123 4567", "maija.makinen@example.fi",
        "FI21 **** 0785", "NDEAFIHH", "643007000000123456", "643007000000654321", "S-204711", "N-88120", "V-3301",
        "Lappi Vihreä 24 kk", "31.12.2025", "5 120,25 kWh", "61,4 m³", "84,20 €", "1 234,56 €", "REC-2026-000173",
        "Laskun eräpäivän siirto", "Eräpäivä siirretty 28.2.", "12.1.2026 12.05",
        "suoramainonta", "kielto", "sähköinen suoramarkkinointi", "suostumus",
        "asiakas puhelimitse", "asiakas sähköpostilla", "tietojen tarkastus", "Lapin Verkko Oy",
        "asiakastiedot avattu", "yhteystietoja muutettu", "tietojen korjaus", "Käsittelijöiden nimiä ei ilmoiteta.",
        "1 (5)", "5 (5)",
    ):
        assert expected in text, expected
    art15 = TEXTS["fi"]["art15"]
    for key in ("purposes", "categories", "recipients", "transfers", "retention", "sources", "rights", "complaint",
                "automated", "controller"):
        assert _flat(art15[key]) in text, key
    profile = get_profile("keminmaa")
    for field in ("purposes", "data_content", "regular_disclosures", "transfers_outside_eea", "retention",
                  "regular_sources", "complaint_authority"):
        assert _flat(profile.text(field, "fi")) in text, field
    for right in ("oikaisemista", "poistamista", "rajoittamista", "vastustaa", "siirtää ne toiselle"):
        assert right in text
    assert "Tietosuojavaltuutetun toimisto" in text and "00531 Helsinki" in text
    assert _flat(art15["automated_text"]) in text
    # never the full identity code, the full account number, or the names of staff
    for secret in (HETU, HETU.replace("-", ""), "FI2112345600000785", "2112345600000785", "aino.agent",
                   "Aino", "sanna.super", "Sanna"):
        assert secret not in text, secret


def test_address_sits_in_the_window(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.maija_id)
    letter = LetterService(database, SUPERVISOR, clock).generate(request_id, LetterType.ACCESS_REPLY)
    assert letter.address_lines == ("Asiakasnro 100001", "Maija Liisa Mäkinen", "c/o Kaisa Mäkinen",
                                    "Jauholantie 12 B 7", "94450 KEMINMAA")
    runs = _positions(letter.pdf)
    for line in letter.address_lines:
        x, y = next((x, y) for text, x, y in runs if text == line)
        width = stringWidth(line, "DejaVuSans", 10) / MM
        # inside both an E65 (90 × 30 mm at 18/40) and a C5 window (95 × 35 mm at 18/40), with a margin
        assert 19 <= x and x + width <= 18 + 90 - 2, line
        assert 40 + 3 <= y <= 40 + 30 - 1, line
    assert next(y for text, _, y in runs if text == letter.address_lines[0]) == pytest.approx(45, abs=0.2)


def test_address_offsets_come_from_settings(database: Database, data: RequestData, clock: Clock) -> None:
    with database.transaction() as session:
        session.add_all([AppSetting(key=SETTING_OFFSET_X, value="3,5"), AppSetting(key=SETTING_OFFSET_Y, value="-2")])
    request_id = _request(database, clock, data.maija_id)
    letter = LetterService(database, AGENT, clock).generate(request_id, LetterType.ACKNOWLEDGEMENT)
    x, y = next((x, y) for text, x, y in _positions(letter.pdf) if text == "Maija Liisa Mäkinen")
    assert x == pytest.approx(23.5, abs=0.2) and y == pytest.approx(45 + 12 / MM - 2, abs=0.2)
    test_page = LetterService(database, AGENT, clock).envelope_test_page("fi")
    reader = PdfReader(io.BytesIO(test_page))
    assert len(reader.pages) == 1 and "Ikkunakuoren testisivu" in reader.pages[0].extract_text()
    x, _ = next((x, y) for text, x, y in _positions(test_page) if text == "Asiakasnro 123456")
    assert x == pytest.approx(23.5, abs=0.2)


def test_letter_is_stored_audited_and_reproducible(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.maija_id)
    service = LetterService(database, AGENT, clock)
    first = service.generate(request_id, LetterType.ACKNOWLEDGEMENT)
    again = service.generate(request_id, LetterType.ACKNOWLEDGEMENT)
    assert first.id != again.id and first.pdf == again.pdf and first.sha256 == again.sha256
    assert "Vastaamme viimeistään 9.4.2026." in _text(first.pdf)
    with database.transaction() as session:
        row = session.get(Letter, first.id)
        assert row is not None
        assert row.sha256 == hashlib.sha256(row.pdf).hexdigest() == first.sha256
        assert row.page_count == len(PdfReader(io.BytesIO(row.pdf)).pages) == 1
        assert row.address_snapshot == list(first.address_lines) and row.language == "fi"
        assert row.created_by == AGENT.username and row.request_id == request_id
        audits = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "letter_generated")))
    assert len(audits) == 2 and audits[0].customer_id == data.maija_id
    assert json.loads(audits[0].detail)["letter_id"] == first.id
    assert service.preview(first.id).pdf == first.pdf


def test_fonts_embedded(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.maija_id)
    letter = LetterService(database, AGENT, clock).generate(request_id, LetterType.ACKNOWLEDGEMENT)
    fonts = PdfReader(io.BytesIO(letter.pdf)).pages[0]["/Resources"]["/Font"]
    names = set()
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
        names.add(str(font["/BaseFont"]).split("+")[-1])
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}


def test_swedish_letter(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.asa_id, "rectification")
    letter = LetterService(database, AGENT, clock).generate(request_id, LetterType.ACKNOWLEDGEMENT)
    text = _text(letter.pdf)
    assert letter.language == "sv" and letter.address_lines == ("Kundnr 100002", "Åsa Öhman", "Runebergsgatan 3 B 12",
                                                                 "06150 BORGÅ")
    assert "BEKRÄFTELSE" in text and "rättelse av uppgifter" in text and "Referens TP-2026-00001" in text


def test_english_letter_prints_sami_characters(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.sami_id)
    letter = LetterService(database, SUPERVISOR, clock).generate(request_id, LetterType.ACCESS_REPLY)
    text = _text(letter.pdf)
    assert letter.language == "en"
    for expected in ("Máret Ánne Ŋuorra-Sárá", "Čeavetjávri 7", "99980 UTSJOKI", "010203*****", "REPLY", "ANNEX 2",
                     "Office of the Data Protection Ombudsman", "portability"):
        assert expected in text, expected
    assert SAMI_HETU not in text


def test_access_reply_needs_access_log_permission(database: Database, data: RequestData, clock: Clock) -> None:
    request_id = _request(database, clock, data.maija_id)
    with pytest.raises(PermissionDenied):
        LetterService(database, AGENT, clock).generate(request_id, LetterType.ACCESS_REPLY)
    with pytest.raises(PermissionDenied):
        SubjectDataService(database, AGENT).collect(data.maija_id)


def test_prohibition_confirmation(database: Database, data: RequestData, clock: Clock) -> None:
    letter = LetterService(database, AGENT, clock).prohibition_confirmation(
        data.maija_id, ["direct_advertising", "market_research"])
    text = _text(letter.pdf)
    assert letter.request_id is None and letter.reference == "100001/20260310"
    assert "suoramainonta, markkinatutkimus" in text


def test_subject_data_collects_every_table_without_staff(database: Database, data: RequestData) -> None:
    subject = SubjectDataService(database, SUPERVISOR).collect(data.maija_id)
    assert subject.masked_hetu == "131052*****" and subject.display_name == "Maija Liisa Mäkinen"
    assert len(subject.addresses) == 2 and subject.current_address is not None
    assert subject.current_address.street == "Jauholantie 12 B 7"
    assert (len(subject.contact_points), len(subject.bank_accounts), len(subject.sites), len(subject.contracts),
            len(subject.consumption), len(subject.calls), len(subject.consents), len(subject.disclosures)) == \
        (2, 1, 2, 3, 4, 2, 2, 1)
    assert subject.invoice is not None and subject.bank_accounts[0].masked_iban == "FI21 **** 0785"
    assert [c.action for c in subject.consultations] == ["customer_opened", "contact_changed"]
    assert "aino" not in repr(subject).lower() and HETU not in repr(subject)


def test_company_letter_uses_company_name(database: Database, data: RequestData, clock: Clock) -> None:
    from db.models import Customer, PostalAddress

    with database.transaction() as session:
        company = Customer(customer_number="900001", kind="company", company_name="Keminmaan Kone ja Kuljetus Oy",
                           business_id="0854658-5", search_name="keminmaan kone ja kuljetus oy")
        session.add(company)
        session.flush()
        session.add(PostalAddress(customer_id=company.id, street="PL 55", postcode="94451", post_town="Keminmaa",
                                  street_key="pl 55", care_of="Talousosasto"))
        company_id = company.id
    request_id = _request(database, clock, company_id, "objection")
    letter = LetterService(database, AGENT, clock).generate(request_id, LetterType.ACKNOWLEDGEMENT)
    assert letter.address_lines == ("Asiakasnro 900001", "Keminmaan Kone ja Kuljetus Oy", "c/o Talousosasto",
                                    "PL 55", "94451 KEMINMAA")
