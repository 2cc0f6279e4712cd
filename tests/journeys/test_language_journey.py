"""An agent switches the language while working (menu Näytä → Kieli): with a search shown and a customer card
open, everything on screen follows at once — card header, section list, section headings and table headings,
the search list's headings and count, the status line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QTableView
from sqlalchemy import select

from db.models import Customer
from journeys.conftest import WAIT_MS

# (menu path to the language, what the screen says then)
EXPECTED = {
    "sv": {"sections": ["Kontakt", "Avtal", "Förbrukning"], "search_heading": "Kundnr", "count": "1 kund",
           "status": "● Ansluten", "details": "Kundnr {number} · Språk:", "addresses": "Postadresser (nyaste först)",
           "address_heading": "Adress", "role": "Kundtjänstmedarbetare"},
    "en": {"sections": ["Contact", "Contracts", "Consumption"], "search_heading": "Customer no.",
           "count": "1 customer", "status": "● Connected", "details": "Customer no. {number} · Language:",
           "addresses": "Postal addresses (newest first)", "address_heading": "Address",
           "role": "Customer service agent"},
    "fi": {"sections": ["Yhteystiedot", "Sopimukset", "Kulutus"], "search_heading": "Asiakasnro",
           "count": "1 asiakas", "status": "● Yhteys toimii", "details": "Asiakasnro {number} · Kieli:",
           "addresses": "Postiosoitteet (uusin ensin)", "address_heading": "Osoite", "role": "Asiakaspalvelija"},
}
MENUS = {"fi": ("Näytä", "Kieli"), "sv": ("Visa", "Språk"), "en": ("View", "Language")}
NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def _headings(header: QHeaderView) -> list[str]:
    model = header.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
            if not header.isSectionHidden(c)]


def test_switching_the_language_with_a_card_open_changes_everything_on_screen(desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        number = session.scalars(select(Customer.customer_number).where(Customer.kind == "person")
                                 .order_by(Customer.id).limit(1)).one()
    desk.sign_in("agent")
    desk.keys("Ctrl+F")
    desk.type(number)
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text="1 asiakas")), timeout=WAIT_MS)
    desk.keys("Return")
    purpose = desk.wait_for_dialog()
    desk.keys("4", purpose)  # opened to correct data
    desk.wait_idle()
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text=EXPECTED["fi"]["addresses"])), timeout=WAIT_MS)

    language = "fi"
    for target in ("sv", "en", "fi"):
        desk.choose(*MENUS[language], NAMES[target])
        language = target
        expected = EXPECTED[target]
        desk.wait_idle()
        sections = desk.find(QListWidget, name={"fi": "Kortin osat", "sv": "Kortets delar",
                                                 "en": "Card sections"}[target])
        assert [sections.item(i).text() for i in range(3)] == expected["sections"]
        search = desk.find(QTableView, name={"fi": "Hakutulokset", "sv": "Sökresultat",
                                             "en": "Search results"}[target])
        assert _headings(search.horizontalHeader())[0] == expected["search_heading"]
        assert desk.find_all(QLabel, text=expected["count"])
        assert desk.find_all(QLabel, text=expected["status"]) and desk.find_all(QLabel, text=expected["role"])
        details = [w.text() for w in desk.find_all(QLabel) if w.text().startswith(expected["details"].format(
            number=number))]
        assert details, f"no card header line in {target}"
        assert desk.find_all(QLabel, text=expected["addresses"])
        addresses = desk.find(QTableView, name=expected["addresses"])
        assert _headings(addresses.horizontalHeader())[0] == expected["address_heading"]
        assert desk.menu_texts()[:2] == {"fi": ["Istunto", "Asiakas"], "sv": ["Session", "Kund"],
                                         "en": ["Session", "Customer"]}[target]
