"""The renderer reuses parsed texts and their broken lines between letters: the output must not depend on it."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.services import letter_pdf
from desktop.services.letter_pdf import Annex, PdfLetter, Section, Sender

SENDER = Sender("Keminmaan Energia ja Vesi Oy", "Jauholantie 5", "94400", "Keminmaa",
                "Keminmaan Energia ja Vesi Oy · Y-tunnus 0197138-9 · puh. 016 123 456 · asiakaspalvelu@example.fi")
LONG = ("Henkilötietoja käsitellään asiakassuhteen hoitamiseksi, laskutukseen, perintään ja lakisääteisten "
        "velvoitteiden täyttämiseen. ") * 40  # longer than a page: the cached lines are split across pages


def _letter(name: str, rows: int) -> PdfLetter:
    table = Section("Puhelut", columns=("Aika", "Aihe"), widths=(0.3, 0.7),
                    rows=tuple((f"{d}.1.2026 10.0{d % 10}", f"Asia {d} " * (1 + d % 9)) for d in range(rows)))
    annex = Annex("LIITE 1", "Teistä tallennetut tiedot", "Rekisterin tiedot.",
                  (Section("Käsittelyn tarkoitukset", paragraphs=(LONG,)), table,
                   Section("Oikeutenne", paragraphs=("Teillä on oikeus pyytää tietojen oikaisemista.",))))
    return PdfLetter(doc_type="VASTAUS", date_text="10.3.2026", reference_line="Viite TP-2026-00001",
                     address_lines=("Asiakasnro 100001", name, "Jauholantie 12 B 7", "94450 KEMINMAA"),
                     subject="Vastaus tarkastuspyyntöönne", greeting="Hyvä asiakas",
                     body=("Saimme 9.3.2026 pyyntönne.", LONG[:600]), closing=("Ystävällisesti", "KEV", "Asiakaspalvelu"),
                     attachments_heading="Liitteet", attachments=("Liite 1: Teistä tallennetut tiedot",),
                     annexes=(annex,), title="VASTAUS TP-2026-00001")


def test_cached_layout_gives_the_same_bytes_as_a_cold_render() -> None:
    letter_pdf._PARSED.clear()
    letter_pdf._LINES.clear()
    cold = letter_pdf.render(_letter("Maija Mäkinen", 60), SENDER)
    assert cold.page_count >= 4 and len(PdfReader(io.BytesIO(cold.pdf)).pages) == cold.page_count
    other = letter_pdf.render(_letter("Åsa Öhman", 7), SENDER)  # different rows, same recurring texts
    assert other.pdf != cold.pdf
    assert letter_pdf._LINES  # the recurring texts are cached now
    warm = letter_pdf.render(_letter("Maija Mäkinen", 60), SENDER)
    assert warm.pdf == cold.pdf and warm.page_count == cold.page_count
