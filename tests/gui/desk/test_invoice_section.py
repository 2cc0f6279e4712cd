"""The card's invoice section as a desk worker reads it: Finnish amounts and dates, translated states, the
unpaid total in its title, overdue invoices marked, sorting by value, and a language switch at once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from db.repositories.invoices import InvoiceLine, InvoicePage
from desktop.services.customer_records import InvoiceRow
from desktop.views.desk.invoice_section import AMOUNT, DATE, STATE, InvoicesSection
from desktop.views.style import ERROR


def _line(number: str, day: dt.date, cents: int, state: str, overdue: bool = False) -> InvoiceLine:
    return InvoiceLine(id=int(number), invoice_number=number, invoice_date=day, due_date=day + dt.timedelta(days=14),
                       amount_cents=cents, state=state, paid_on=None if state != "paid" else day,
                       contract_number="S000000017", contract_kind="district_heat", overdue=overdue)


LINES = (
    _line("1000000012", dt.date(2026, 12, 1), 9_90, "open"),
    _line("1000000011", dt.date(2026, 11, 1), 123_456_78, "open", overdue=True),
    _line("1000000010", dt.date(2026, 10, 1), 100_00, "in_collection", overdue=True),
    _line("1000000009", dt.date(2026, 9, 1), 87_05, "paid"),
)
CARD = SimpleNamespace(
    invoice_list=InvoicePage(LINES, total_count=130, unpaid_count=3, unpaid_cents=123_566_68, overdue_count=2),
    invoices=InvoiceRow(open_count=3, open_amount=Decimal("123566.68"), overdue_count=2, in_collection=True,
                        collection_agency="RopoCapital", paid_last_12_months=Decimal("2983.93"),
                        last_invoice_on=dt.date(2026, 12, 1),
                        updated_at=dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)),
)


def _column(section: InvoicesSection, column: int) -> list[str]:
    return [section.ui.invoice_list.item(r, column).text() for r in range(section.ui.invoice_list.rowCount())]


def test_the_finnish_section_shows_rows_totals_and_overdue_invoices(qtbot, translations):
    assert translations.switch("fi")
    section = InvoicesSection()
    qtbot.addWidget(section)
    section.show_card(CARD)
    section.show()

    assert section.ui.title.text() == "Laskut: 3 maksamatta, yhteensä 123\u00a0566,68 € · 2 erääntynyttä"
    headers = [section.ui.invoice_list.horizontalHeaderItem(c).text() for c in range(section.ui.invoice_list.columnCount())]
    assert headers == ["Numero", "Päivämäärä", "Eräpäivä", "Summa", "Tila", "Sopimus"]
    assert section.ui.invoice_list.item(0, 0).text() == "1000000012"
    assert _column(section, DATE) == ["1.12.2026", "1.11.2026", "1.10.2026", "1.9.2026"]
    assert section.ui.invoice_list.item(0, 2).text() == "15.12.2026"
    assert _column(section, AMOUNT) == ["9,90 €", "123\u00a0456,78 €", "100,00 €", "87,05 €"]
    assert _column(section, 4) == ["Avoin", "Avoin, erääntynyt", "Perinnässä", "Maksettu"]
    assert section.ui.invoice_list.item(0, 5).text() == "Kaukolämpö"
    amount = section.ui.invoice_list.item(1, AMOUNT)
    assert amount.textAlignment() & Qt.AlignmentFlag.AlignRight
    # overdue rows are drawn in the error colour and their state in bold; the others are not
    assert section.ui.invoice_list.item(1, 4).foreground().color() == QColor(ERROR) and section.ui.invoice_list.item(1, 4).font().bold()
    assert section.ui.invoice_list.item(0, 4).foreground().color() != QColor(ERROR)
    assert section.ui.note.isVisible() and section.ui.note.text() == "Näytetään uusimmat 4/130 laskusta."
    assert "Perinnässä: RopoCapital" in section.ui.summary.text()
    assert "Maksettu 12 kk aikana: 2\u00a0983,93 €" in section.ui.summary.text()
    assert "1.12.2026 12:00" in section.ui.summary.text()  # 10:00 UTC is noon in Helsinki in winter


def test_sorting_follows_the_values_not_the_text(qtbot, translations):
    assert translations.switch("fi")
    section = InvoicesSection()
    qtbot.addWidget(section)
    section.show_card(CARD)
    section.ui.invoice_list.sortItems(AMOUNT, Qt.SortOrder.AscendingOrder)
    assert _column(section, AMOUNT) == ["9,90 €", "87,05 €", "100,00 €", "123\u00a0456,78 €"]
    section.ui.invoice_list.sortItems(DATE, Qt.SortOrder.AscendingOrder)  # 1.9. before 1.10. although "1.1" < "1.9"
    assert _column(section, DATE) == ["1.9.2026", "1.10.2026", "1.11.2026", "1.12.2026"]
    section.ui.invoice_list.sortItems(STATE, Qt.SortOrder.DescendingOrder)  # what needs attention first
    assert _column(section, STATE) == ["Perinnässä", "Avoin, erääntynyt", "Avoin", "Maksettu"]


def test_a_language_switch_rewrites_the_section_at_once(qtbot, translations):
    assert translations.switch("fi")
    section = InvoicesSection()
    qtbot.addWidget(section)
    section.show_card(CARD)
    assert translations.switch("sv")
    assert section.ui.title.text() == "Fakturor: 3 obetalda, totalt 123\u00a0566,68 € · 2 förfallna"
    assert _column(section, 4)[:3] == ["Öppen", "Öppen, förfallen", "Hos inkasso"]
    assert section.ui.invoice_list.horizontalHeaderItem(AMOUNT).text() == "Belopp"


def test_a_customer_without_invoices(qtbot, translations):
    assert translations.switch("fi")
    section = InvoicesSection()
    qtbot.addWidget(section)
    section.show_card(SimpleNamespace(invoice_list=InvoicePage((), 0, 0, 0, 0), invoices=None))
    assert section.ui.title.text() == "Laskut: ei laskuja"
    assert section.ui.invoice_list.rowCount() == 0 and not section.ui.note.isVisible() and section.ui.summary.text() == ""
