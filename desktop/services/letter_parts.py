"""What a letter is made of, as data: the sender, the annexes' sections, the letter itself, the rendered PDF.

Apart from their rendering (desktop.services.letter_pdf, ReportLab) so that what only builds these, the
annexes and the privacy notice's sections, does not import ReportLab: ~6 MiB that a desk opening a
customer's card needs only when it makes a letter (issue 14). letter_pdf re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Sender:
    name: str
    street: str
    postcode: str
    post_town: str
    footer: str
    country: str = ""  # FINLAND on letters going abroad


@dataclass(frozen=True, slots=True)
class Section:
    """One part of an annex: a heading and either paragraphs or a table (``columns`` None: label/value)."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    columns: tuple[str, ...] | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] | None = None  # fractions of the text width
    empty_text: str = ""


@dataclass(frozen=True, slots=True)
class Annex:
    doc_type: str
    title: str
    intro: str
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class PdfLetter:
    doc_type: str
    date_text: str
    reference_line: str
    address_lines: tuple[str, ...]
    subject: str
    greeting: str
    body: tuple[str, ...]
    closing: tuple[str, ...]
    attachments_heading: str = ""
    attachments: tuple[str, ...] = ()
    annexes: tuple[Annex, ...] = ()
    title: str = ""
    offset_mm: tuple[float, float] = (0.0, 0.0)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rendered:
    pdf: bytes
    page_count: int
