"""The envelope window, measured in the PDF: the six lines the address block may use (the customer number
above at most five address lines) stay inside the E65 window, and an address that cannot reach the
customer refuses the letter with the reason instead of printing it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from request_fixtures import AGENT, Clock, RequestData

from db.database import Database
from db.models import PostalAddress
from desktop.core.address import WINDOW_LINES, format_block
from desktop.core.letters import LetterType
from desktop.services import letter_pdf
from desktop.services.letters import LetterError, LetterService
from desktop.services.requests import Intake, RequestService

E65_TOP_MM, E65_HEIGHT_MM = 40.0, 30.0  # 90 × 30 mm at 18/40 mm (letter_pdf.WINDOWS)
ASCENT, DESCENT = 0.928, 0.236  # DejaVu Sans, as a fraction of the font size


def _baselines(pdf: bytes) -> dict[str, float]:
    """Each drawn text run on page 1 and its baseline, in mm from the top of the sheet."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            found.setdefault(text.strip(), (letter_pdf.PAGE_H - tm[5]) / mm)

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def test_six_lines_fit_the_smaller_window_and_a_seventh_would_not() -> None:
    assert ("E65", 18, E65_TOP_MM, 90, E65_HEIGHT_MM) in letter_pdf.WINDOWS
    block = format_block(customer_number_line="Asiakasnro 100234", name="Åsa Lindqvist", care_of="Erik Berg",
                         street="Storgatan 5", postcode="123 45", post_town="Stockholm", country="SE")
    assert len(block.lines) == WINDOW_LINES and block.deliverable
    letter = letter_pdf.PdfLetter(doc_type="KIRJE", date_text="1.1.2026", reference_line="Viite X",
                                  address_lines=block.lines, subject="S", greeting="", body=("b",), closing=("c",))
    sender = letter_pdf.Sender("Energia Oy", "Tie 1", "94450", "KEMINMAA", "footer", country="FINLAND")
    placed = _baselines(letter_pdf.render(letter, sender).pdf)
    baselines = [placed[line] for line in block.lines]
    size_mm = 10 / 72 * 25.4
    assert baselines[0] - ASCENT * size_mm >= E65_TOP_MM
    assert baselines[-1] + DESCENT * size_mm <= E65_TOP_MM + E65_HEIGHT_MM
    leading = baselines[1] - baselines[0]
    assert baselines[-1] + leading + DESCENT * size_mm > E65_TOP_MM + E65_HEIGHT_MM  # a 7th would not fit


@pytest.mark.parametrize(("address", "reason"), [
    ({"street": "Rue 1", "postcode": "1000", "post_town": "Ville", "country": "XX"}, "country code"),
    ({"street": "Storgatan 5", "postcode": "123 45", "post_town": "Stockholm", "country": "SE",
      "care_of": "Kiinteistö Oy Pitkänimisen Asunto-osakeyhtiön isännöitsijä"}, "more than five lines"),
])
def test_an_undeliverable_address_refuses_the_letter_with_the_reason(
        database: Database, data: RequestData, clock: Clock, address: dict[str, str], reason: str) -> None:
    with database.transaction() as session:
        session.query(PostalAddress).filter(PostalAddress.customer_id == data.asa_id).update({"valid_to": clock()})
        session.add(PostalAddress(customer_id=data.asa_id, street_key="x", **address))
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=data.asa_id, received_on=dt.date(2026, 3, 9)))
    with pytest.raises(LetterError) as refused:
        LetterService(database, AGENT, clock).generate(info.id, LetterType.ACKNOWLEDGEMENT)
    assert reason in str(refused.value) and "Nothing was printed" in str(refused.value)
