"""ReportLab rendering of a letter laid out after SFS 2487, for a C5 or E65 window envelope.

Qt-free and database-free: a :class:`PdfLetter` in, PDF bytes out. The bytes are reproducible: invariant
mode fixes the creation date and document id, and the fonts are embedded (DejaVu: every Finnish,
Swedish and Sami character), so the same letter rendered again is byte for byte the same.

Geometry (millimetres from the top-left corner of the A4 sheet):
* left margin 20; the metadata column (document type, date, reference) at 20 + 92 = 112 (SFS 2487
  9.2 cm from the margin), the page number "1 (3)" right-aligned at 190;
* the recipient block at x 20, first baseline 45, which sits inside both a C5 window (95 × 35 at
  18/40) and an E65 window (90 × 30 at 18/40); both offsets are adjustable (app_setting);
* body text indented one 23 mm grid step from the margin, headings hanging at the margin.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

from desktop.services.letter_parts import Annex, PdfLetter, Rendered, Section, Sender  # noqa: F401  (re-exported)

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"

PAGE_W, PAGE_H = A4
LEFT = 20 * mm
RIGHT = PAGE_W - 20 * mm
META_X = LEFT + 92 * mm
BODY_INDENT = 23 * mm
ADDRESS_X = 20 * mm
ADDRESS_FIRST_BASELINE = 45 * mm
ADDRESS_LEADING = 12  # points: six lines fit a 30 mm window
# Window outlines for the test page: (name, x, y from top, width, height) in mm.
CELL_PADDING = 3
WINDOWS = (("C5", 18, 40, 95, 35), ("E65", 18, 40, 90, 30))


@lru_cache(maxsize=1)
def register_fonts() -> None:
    for name, filename in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        path = FONT_DIR / filename
        if not path.exists():
            path = SYSTEM_FONT_DIR / filename
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    """Built once: styles are read-only during a build, and stable objects let parsed texts be reused."""
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=14.5, spaceAfter=10)
    styles = {
        "body": ParagraphStyle("body_i", parent=base, leftIndent=BODY_INDENT),
        "subject": ParagraphStyle("subject", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceAfter=12),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=13, leading=16, spaceAfter=6),
        "intro": ParagraphStyle("intro", parent=base, fontSize=9.5, leading=12, textColor=colors.HexColor("#333333")),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                                  spaceAfter=4),
        "annex_text": ParagraphStyle("annex_text", parent=base, fontSize=10, leading=13, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5),
        "cell_head": ParagraphStyle("cell_head", fontName=BOLD, fontSize=8.5, leading=10.5),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=11.5, spaceAfter=4,
                               textColor=colors.HexColor("#333333")),
    }
    styles["closing_first"] = ParagraphStyle("closing", parent=styles["body"], spaceAfter=14)
    styles["closing"] = ParagraphStyle("closing", parent=styles["body"], spaceAfter=0)
    styles["att_head"] = ParagraphStyle("att_head", parent=styles["body"], leftIndent=0, spaceAfter=2, fontName=BOLD)
    styles["att"] = ParagraphStyle("att", parent=styles["body"], spaceAfter=0)
    return styles


# Texts recur from letter to letter (headings, column labels, the Art. 15 texts, most of the cover letter):
# their parsed markup and their broken lines at a given width are kept, per style, and reused. Together
# they were a third of the render time. Layout treats both as read-only: a paragraph split across pages
# slices the cached lines into new ones, and each paragraph gets its own shallow copies of the fragments.
# Texts met once (cell values) come and go: the caches are emptied when full rather than grown.
_CACHE_MAX = 4096
_PARSED: dict[tuple[str, int], Paragraph] = {}
_LINES: dict[tuple[str, int, Any], Any] = {}


class _Paragraph(Paragraph):
    def breakLines(self, width: Any) -> Any:
        if not isinstance(self.text, str):  # the pieces of a paragraph split across pages
            return super().breakLines(width)
        key = (self.text, id(self.style), tuple(width) if isinstance(width, list) else width)
        lines = _LINES.get(key)
        if lines is None:
            if len(_LINES) >= _CACHE_MAX:
                _LINES.clear()
            lines = _LINES[key] = super().breakLines(width)
        return lines


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    key = (text, id(style))
    parsed = _PARSED.get(key)
    if parsed is None:
        if len(_PARSED) >= _CACHE_MAX:
            _PARSED.clear()
        parsed = _PARSED[key] = Paragraph(escape(text).replace("\n", "<br/>"), style)
    return _Paragraph(parsed.text, parsed.style, frags=[frag.clone() for frag in parsed.frags])


class _KeepTogether(KeepTogether):
    """KeepTogether measured without a deep copy of the current frame (which it makes in case the content
    generates frame content; ours is plain paragraphs and spacers). The height, and so the page breaks,
    are the same; the copy was a tenth of the render time of a letter."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        dims: list[tuple[float, float]] = []
        _width, height = _listWrapOn(self._content, aW, None, dims=dims)
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return _width, 0xFFFFFF  # force a split, as KeepTogether does


class _SetDocType(ActionFlowable):
    """Switches the document type printed in the header from the next page on (cover letter → annex)."""

    def __init__(self, doc_type: str) -> None:
        super().__init__()
        self.doc_type = doc_type

    def apply(self, doc: Any) -> None:
        doc.current_doc_type = self.doc_type


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "2 (5)": the total is only known then."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(REGULAR, 10)
            self.drawRightString(RIGHT, PAGE_H - 15 * mm, f"{number} ({total})")
            Canvas.showPage(self)
        self.page_total = total
        Canvas.save(self)


class _LetterDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, letter: PdfLetter, sender: Sender) -> None:
        super().__init__(buffer, pagesize=A4, invariant=1, title=letter.title or letter.subject,
                         author=sender.name, creator="Palvelutiski", producer="Palvelutiski",
                         initialFontName=REGULAR, initialFontSize=10,
                         leftMargin=LEFT, rightMargin=20 * mm, topMargin=35 * mm, bottomMargin=22 * mm)
        self.letter = letter
        self.sender = sender
        self.current_doc_type = letter.doc_type
        width = RIGHT - LEFT
        first = Frame(LEFT, 22 * mm, width, PAGE_H - 22 * mm - 88 * mm, id="first", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(LEFT, 22 * mm, width, PAGE_H - 22 * mm - 32 * mm, id="later", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("first", [first], onPage=self._first_page),
                               PageTemplate("later", [later], onPage=self._later_page)])

    def _header(self, canv: Canvas) -> None:
        canv.setFont(BOLD, 11)
        canv.drawString(META_X, PAGE_H - 15 * mm, self.current_doc_type)
        canv.setFont(REGULAR, 10)
        canv.drawString(META_X, PAGE_H - 20.5 * mm, self.letter.date_text)
        canv.drawString(META_X, PAGE_H - 25.5 * mm, self.letter.reference_line)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(LEFT, 12 * mm, self.sender.footer)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.4)
        canv.line(LEFT, 15 * mm, RIGHT, 15 * mm)
        canv.setFillColor(colors.black)

    def _first_page(self, canv: Canvas, doc: Any) -> None:
        canv.saveState()
        canv.setFont(BOLD, 10)
        canv.drawString(LEFT, PAGE_H - 15 * mm, self.sender.name)
        canv.setFont(REGULAR, 9)
        canv.drawString(LEFT, PAGE_H - 19.5 * mm, self.sender.street)
        canv.drawString(LEFT, PAGE_H - 23.5 * mm, f"{self.sender.postcode} {self.sender.post_town}")
        if self.sender.country:
            canv.drawString(LEFT, PAGE_H - 27.5 * mm, self.sender.country)
        self._header(canv)
        draw_address(canv, self.letter.address_lines, self.letter.offset_mm)
        canv.restoreState()

    def _later_page(self, canv: Canvas, doc: Any) -> None:
        canv.saveState()
        canv.setFont(BOLD, 9)
        canv.drawString(LEFT, PAGE_H - 15 * mm, self.sender.name)
        self._header(canv)
        canv.restoreState()


def draw_address(canv: Canvas, lines: tuple[str, ...], offset_mm: tuple[float, float]) -> None:
    x = ADDRESS_X + offset_mm[0] * mm
    y = PAGE_H - ADDRESS_FIRST_BASELINE - offset_mm[1] * mm
    canv.setFont(REGULAR, 10)
    for line in lines:
        canv.drawString(x, y, line)
        y -= ADDRESS_LEADING


def _cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A plain string when it fits on one line (several times faster to lay out), else a wrapping paragraph."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING:
        return text
    return _p(text, style)


def _table(section: Section, styles: dict[str, ParagraphStyle], width: float) -> Table:
    head, cell = styles["cell_head"], styles["cell"]
    if section.columns is None:  # label / value pairs
        fractions = section.widths or (0.32, 0.68)
        widths = [f * width for f in fractions]
        data = [[_cell(label, head, widths[0]), _cell(value, cell, widths[1])] for label, value in section.rows]
        header_rows = 0
    else:
        fractions = section.widths or tuple(1 / len(section.columns) for _ in section.columns)
        widths = [f * width for f in fractions]
        data = [[_cell(c, head, w) for c, w in zip(section.columns, widths, strict=True)]]
        data += [[_cell(v, cell, w) for v, w in zip(row, widths, strict=True)] for row in section.rows]
        header_rows = 1
    table = Table(data, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    # Plain-string cells take their font from the style; paragraphs bring their own.
    bold_cells = (0, 0, -1, 0) if header_rows else (0, 0, 0, -1)
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, cell.fontSize, cell.leading),
        ("FONT", bold_cells[:2], bold_cells[2:], BOLD, head.fontSize, head.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
    ]
    if header_rows:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#666666"))]
    table.setStyle(TableStyle(style))
    return table


def _story(letter: PdfLetter) -> list[Any]:
    styles = _styles()
    width = RIGHT - LEFT
    story: list[Any] = [NextPageTemplate("later"), _p(letter.subject, styles["subject"])]
    if letter.greeting:
        story.append(_p(letter.greeting, styles["body"]))
    story += [_p(paragraph, styles["body"]) for paragraph in letter.body]
    story.append(_KeepTogether([Spacer(1, 4)] + [_p(line, styles["closing"] if i else styles["closing_first"])
                                                  for i, line in enumerate(letter.closing)]))
    if letter.attachments:
        story += [Spacer(1, 14), _p(letter.attachments_heading, styles["att_head"])]
        story += [_p(item, styles["att"]) for item in letter.attachments]
    for annex in letter.annexes:
        story += [_SetDocType(annex.doc_type), PageBreak(), _p(annex.title, styles["title"])]
        if annex.intro:
            story.append(_p(annex.intro, styles["intro"]))
        for section in annex.sections:
            story += section_flowables(section, styles, width)
    return story


def section_flowables(section: Section, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """One section of an annex (or of a notice): its heading, paragraphs and table."""
    heading = _p(section.heading, styles["heading"])
    if section.columns is None and not section.rows and section.paragraphs:
        return [_KeepTogether([heading] + [_p(t, styles["annex_text"]) for t in section.paragraphs])]
    # A heading never ends a page, and a short table moves whole to the next page. An estimate
    # instead of KeepTogether: that would lay every table out twice (it is most of the render time).
    rows = len(section.rows) + (1 if section.columns else 0)
    story: list[Any] = [CondPageBreak(min(16 + 5 * rows, 60) * mm), heading]
    story += [_p(t, styles["note"]) for t in section.paragraphs]
    story.append(_table(section, styles, width) if section.rows else _p(section.empty_text, styles["note"]))
    return story


def render(letter: PdfLetter, sender: Sender) -> Rendered:
    register_fonts()
    buffer = io.BytesIO()
    doc = _LetterDoc(buffer, letter, sender)
    canvases: list[_NumberedCanvas] = []

    def maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        canv = _NumberedCanvas(*args, **kwargs)
        canvases.append(canv)
        return canv

    doc.build(_story(letter), canvasmaker=maker)
    return Rendered(buffer.getvalue(), canvases[-1].page_total)


def render_envelope_test(address_lines: tuple[str, ...], offset_mm: tuple[float, float], title: str,
                         instructions: str) -> bytes:
    """One page with the window outlines, fold marks and a sample address at the configured offsets."""
    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR, initialFontSize=10)
    canv.setTitle(title)
    canv.setFont(BOLD, 12)
    canv.drawString(LEFT, PAGE_H - 15 * mm, title)
    text = canv.beginText(LEFT, PAGE_H - 95 * mm)
    text.setFont(REGULAR, 10)
    for line in instructions.splitlines():
        text.textLine(line)
    canv.drawText(text)
    canv.setLineWidth(0.5)
    for i, (name, x, top, w, h) in enumerate(WINDOWS):
        canv.setDash(3, 2) if i else canv.setDash()
        canv.rect(x * mm, PAGE_H - (top + h) * mm, w * mm, h * mm)
        canv.setFont(REGULAR, 7)
        canv.drawString((x + w + 2) * mm, PAGE_H - (top + h - 1 - 4 * i) * mm, f"{name} {w} × {h} mm")
    canv.setDash()
    for fold in (99, 198, 148.5):  # E65: A4 in three; C5: A4 folded once
        canv.line(0, PAGE_H - fold * mm, 8 * mm, PAGE_H - fold * mm)
    draw_address(canv, address_lines, offset_mm)
    canv.showPage()
    canv.save()
    return buffer.getvalue()
