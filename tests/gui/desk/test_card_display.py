"""What desk staff read on a full card: labels instead of codes, Finnish time, tables that fit the screen.

The customer gets a row in every table of the card (with a code of every kind the card shows), and
the card is opened in Finnish on a desk of the size of a 1440×900 screen.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from db.models import (
    BankAccount,
    Call,
    ConsentEvent,
    ConsumptionSummary,
    Contract,
    CustomerNote,
    DataRequest,
    Disclosure,
    Invoice,
    InvoiceSummary,
    Letter,
    PostalAddress,
    UsageSite,
)
from desktop.views.desk.card_view import CustomerCardView
from desktop.views.desk.desk_page import DeskPage
from desktop.views.desk.dialogs import PurposeDialog
from desktop.views.desk.labels import known_codes
from gui.desk.conftest import SUPERVISOR, T0, Register, back_to, press

UTC = dt.UTC
# Codes that would betray an untranslated cell; those that read the same in Finnish are left out.
CODE_GROUPS = ("purpose", "source", "contract_kind", "commodity", "direction", "consent_purpose", "channel",
               "consent_source", "decision", "request_type", "state", "letter_type", "action", "role", "language")
RAW_CODES = {code for group in CODE_GROUPS for code in known_codes(group)} - {"tv", "sms"}


def _fill_every_section(database, register: Register) -> None:
    cid = register.makinen_id
    with database.transaction() as session:
        session.add(PostalAddress(customer_id=cid, street="Vanha tie 1", postcode="94400", post_town="Keminmaa",
                                  street_key="vanha tie 1", source="posti_dvv_update",
                                  valid_from=T0 - dt.timedelta(days=900), valid_to=T0))
        # 08:18 UTC on 15 April is 11:18 in Helsinki (summer time, UTC+3).
        session.add(BankAccount(customer_id=cid, iban="FI4950009420028730", bic="OKOYFIHH",
                                source="customer_notice", added_at=dt.datetime(2018, 4, 15, 8, 18, tzinfo=UTC)))
        site = UsageSite(customer_id=cid, metering_point_id="643045120000000017", street="Jauholantie 4",
                         postcode="94450", post_town="Keminmaa", commodity="water")
        session.add(site)
        session.flush()
        session.add(ConsumptionSummary(usage_site_id=site.id, year=2025, quantity=Decimal("118.4"), unit="m3"))
        heat = Contract(customer_id=cid, usage_site_id=site.id, contract_number="S000000017",
                        kind="district_heat", product="Kaukolämpö, tilausvesivirta 0,4 m³/h",
                        start_date=dt.date(2007, 4, 21))
        session.add(heat)
        session.flush()
        session.add(Invoice(customer_id=cid, contract_id=heat.id, invoice_number="1000000017",
                            invoice_date=dt.date(2026, 1, 2), due_date=dt.date(2026, 1, 16), amount_cents=10563,
                            state="in_collection"))
        # 10:03 UTC in January is 12:03 in Helsinki (UTC+2).
        call = Call(customer_id=cid, direction="outbound", agent_username="aino.agent",
                    started_at=dt.datetime(2026, 1, 5, 10, 3, tzinfo=UTC),
                    ended_at=dt.datetime(2026, 1, 5, 10, 16, tzinfo=UTC),
                    notice_given_at=dt.datetime(2026, 1, 5, 10, 4, tzinfo=UTC), notice_version=1,
                    notice_language="fi", recording_ref="REC-20260105-00000001",
                    recording_destroy_due=dt.date(2027, 1, 5), notes="Kysyi laskusta.")
        session.add(call)
        session.flush()
        session.add(ConsentEvent(customer_id=cid, purpose="market_research", channel="phone", decision="prohibit",
                                 source="customer_phone", agent_username="aino.agent", call_id=call.id,
                                 occurred_at=dt.datetime(2026, 1, 5, 10, 10, tzinfo=UTC)))
        request = DataRequest(reference="TP-2026-00001", customer_id=cid, request_type="access",
                              state="in_preparation", channel="letter", received_on=dt.date(2026, 1, 7),
                              due_on=dt.date(2026, 2, 7), created_by="aino.agent")
        session.add(request)
        session.flush()
        session.add(Letter(request_id=request.id, customer_id=cid, letter_type="acknowledgement", language="sv",
                           reference="TP-2026-00001", address_snapshot=["Maija Mäkinen"], pdf=b"%PDF-1.4",
                           sha256="0" * 64, page_count=1, created_by="aino.agent",
                           created_at=dt.datetime(2026, 1, 8, 7, 0, tzinfo=UTC)))
        session.add(InvoiceSummary(customer_id=cid, open_count=1, open_amount=Decimal("105.63"),
                                   paid_last_12_months=Decimal("2983.93"), last_invoice_on=dt.date(2026, 1, 2),
                                   updated_at=dt.datetime(2026, 1, 9, 12, 0, tzinfo=UTC)))
        # 09:05 UTC in June is 12:05 in Helsinki (summer time).
        session.add(CustomerNote(customer_id=cid, body="Toivoo yhteydenottoa iltapäivisin.", created_by="aino.agent",
                                 created_at=dt.datetime(2026, 6, 10, 9, 5, tzinfo=UTC)))
        session.add(Disclosure(customer_id=cid, recipient="Fingrid Datahub Oy", basis="Sähkömarkkinalaki 588/2013",
                               data_description="Käyttöpaikka ja mittaustiedot", disclosed_on=dt.date(2026, 1, 9),
                               recorded_by="aino.agent"))


@pytest.fixture
def full_register(database, register, sql_guard) -> Register:
    with sql_guard.allowed():
        _fill_every_section(database, register)
    return register


def _tables(card: CustomerCardView) -> dict[str, QTableView]:
    """The card's list tables by object name (the consent grid is a form of its own, checked elsewhere)."""
    return {t.objectName(): t for t in card.findChildren(QTableView) if t.objectName() not in ("", "consent_grid")}


def _cells(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in range(model.columnCount())]


def _open_for_correction(qtbot, card: CustomerCardView, customer_id: int, widget) -> None:
    card.open_customer(customer_id, "Mäkinen Maija")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("4")
    back_to(qtbot, widget)


def test_the_finnish_card_shows_labels_and_finnish_time(qtbot, runner, make_session, full_register, window,
                                                       translations):
    assert translations.switch("fi")
    card = window(CustomerCardView(runner, make_session(SUPERVISOR)))
    _open_for_correction(qtbot, card, full_register.makinen_id, card)
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("F5")  # the access log now holds the first opening

    tables = _tables(card)
    assert set(tables) >= {"addressHistory", "bankAccounts", "contracts", "sites", "consumption", "calls",
                           "consent_history", "requests", "letters", "disclosures", "accessLog"}
    for name, table in tables.items():
        assert table.model().rowCount() > 0, name
        for text in _cells(table):
            words = set(text.replace(",", " ").split())
            assert text not in RAW_CODES and not words & RAW_CODES, (name, text)

    assert "Kieli: suomi" in card.ui.details.text() and "Tietojen korjaus" in card.ui.details.text()
    history = _cells(tables["addressHistory"])
    assert "Jauholantie 4 B 7\n94450 Keminmaa" in history and "Posti/DVV-päivitys" in history
    assert _cells(tables["bankAccounts"]) == ["FI49 **** 8730", "OKOYFIHH", "Asiakkaan ilmoitus", "15.4.2018 11:18"]
    assert _cells(tables["contracts"])[1] == "Kaukolämpö"
    assert _cells(tables["sites"])[1] == "Vesi"
    assert _cells(tables["consumption"])[2:] == ["118", "m³"]
    calls = _cells(tables["calls"])
    assert calls[:4] == ["5.1.2026 12:03–12:16", "Lähtevä", "aino.agent", "12:04"]
    request = _cells(tables["requests"])
    assert request[1:3] == ["Tarkastuspyyntö (pääsy tietoihin)", "Valmistelussa"]
    letter = _cells(tables["letters"])
    assert letter[1:3] == ["Vastaanottoilmoitus", "ruotsi"]
    assert _cells(tables["invoice_list"]) == ["1000000017", "2.1.2026", "16.1.2026", "105,63 €", "Perinnässä",
                                             "Kaukolämpö"]
    assert "päivitetty 9.1.2026 14:00" in card.invoices.ui.summary.text()
    consent = _cells(tables["consent_history"])
    assert consent[1:5] == ["Markkinatutkimus", "Puhelin", "Kielletty", "Asiakas puhelimitse"]
    assert _cells(tables["customerNotes"]) == ["10.6.2026 12:05", "aino.agent", "Toivoo yhteydenottoa iltapäivisin."]


def test_every_table_of_the_desk_fits_its_pane_at_1440_by_900(qtbot, runner, make_session, full_register, window,
                                                              translations):
    """No horizontal scrolling: the columns of each table add up to at most the width it has."""
    assert translations.switch("fi")
    desk = DeskPage(runner, make_session(SUPERVISOR))
    window(desk)
    desk.resize(1366, 720)  # a 1366x768 laptop: the menu and status bar take the rest
    with qtbot.waitSignal(desk.search.results_shown, timeout=5000):
        desk.search.search_for("mäkinen")
    desk.search.ui.table.setFocus()
    _open_for_correction(qtbot, desk.card, full_register.makinen_id, desk)

    def fits(table: QTableView) -> bool:
        return 0 < table.horizontalHeader().length() <= table.viewport().width()

    qtbot.waitUntil(lambda: fits(desk.search.ui.table))
    card = desk.card
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        for table in card.tabs.currentWidget().findChildren(QTableView):
            qtbot.waitUntil(lambda table=table: table.isVisible() and fits(table))
    # Every section's title is in view at once: no scrolling to reach the last one.
    sections = card.tabs.list
    assert sections.verticalScrollBar().maximum() == 0
    for index in range(card.tabs.count()):
        assert sections.viewport().rect().contains(card.tabs.tabRect(index))
