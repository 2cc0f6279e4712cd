"""A document that is not a letter — the register description / privacy notice — in the letters' look:
the sender and page header of a letter's later pages on every page, no address window, sections with
the annexes' headings, paragraphs and tables (desktop.services.letter_pdf)."""

from __future__ import annotations

import io
from typing import Any

from desktop.services import letter_pdf
from desktop.services.letter_pdf import PdfLetter, Rendered, Section, Sender


def render_document(doc_type: str, date_text: str, reference_line: str, title: str, intro: tuple[str, ...],
                    sections: tuple[Section, ...], sender: Sender) -> Rendered:
    letter_pdf.register_fonts()
    buffer = io.BytesIO()
    letter = PdfLetter(doc_type=doc_type, date_text=date_text, reference_line=reference_line, address_lines=(),
                       subject=title, greeting="", body=(), closing=(), title=title)
    doc = letter_pdf._LetterDoc(buffer, letter, sender)
    doc.pageTemplates.reverse()  # every page like a letter's later page: a notice has no address window
    styles = letter_pdf._styles()
    width = letter_pdf.RIGHT - letter_pdf.LEFT
    story: list[Any] = [letter_pdf._p(title, styles["title"])]
    story += [letter_pdf._p(text, styles["intro"]) for text in intro]
    for section in sections:
        story += letter_pdf.section_flowables(section, styles, width)
    canvases: list[Any] = []

    def maker(*args: Any, **kwargs: Any) -> Any:
        canv = letter_pdf._NumberedCanvas(*args, **kwargs)
        canvases.append(canv)
        return canv

    doc.build(story, canvasmaker=maker)
    return Rendered(buffer.getvalue(), canvases[-1].page_total)
