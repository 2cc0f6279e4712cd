"""The pure contact-data rules: which phone numbers, e-mails and addresses the desk accepts."""

from __future__ import annotations

import pytest

from desktop.core import contact
from desktop.core.contact import AddressInput


@pytest.mark.parametrize("phone", ["040 123 4567", "+358 40 123 4567", "0401234567", "(09) 123 456", "016-123 4567",
                                   "+46 8 123 456 78", "+3584012345"])
def test_accepted_phone_numbers(phone: str) -> None:
    assert contact.phone_problem(phone) is None


@pytest.mark.parametrize("phone", ["", "12345", "40 123 4567", "040 1234 5678 901", "+358", "+1 234", "040/1234567",
                                   "puh 0401234567"])
def test_refused_phone_numbers(phone: str) -> None:
    assert contact.phone_problem(phone) is not None


@pytest.mark.parametrize(("email", "ok"), [
    ("maija.makinen@example.fi", True), ("a.b+tag@sub.example.com", True), ("äiti@esimerkki.fi", True),
    ("maija@example", False), ("maija@@example.fi", False), ("maija example.fi", False), ("@example.fi", False),
    ("maija@example.f", False), ("x" * 195 + "@ex.fi", False),
])
def test_email_rules(email: str, ok: bool) -> None:
    assert (contact.email_problem(email) is None) is ok


def test_address_rules() -> None:
    assert contact.check_address(AddressInput("Jauholantie 4", "94450", "Keminmaa")) == []
    assert contact.check_address(AddressInput("Storgatan 1", "111 22", "Stockholm", country="se")) == []
    assert contact.check_address(AddressInput("Kirkkokatu 1", "00100", "Helsinki-Helsingfors")) == []
    fields = [p.field for p in contact.check_address(AddressInput("", "944500", "94450", care_of="x" * 61,
                                                                  country="FIN"))]
    # With the country wrong the postcode cannot be judged by the Finnish rule.
    assert fields == ["street", "country", "post_town", "care_of"]
    assert [p.field for p in contact.check_address(AddressInput("Tie 1", "944500", "Keminmaa"))] == ["postcode"]
    assert contact.normalised_address(AddressInput(" Tie 1 ", " 94450 ", " Keminmaa ", " ", "fi")) == AddressInput(
        "Tie 1", "94450", "Keminmaa", None, "FI")


def test_iban_mask_keeps_country_check_digits_and_last_four() -> None:
    assert contact.mask_iban("FI21 1234 5600 0007 85") == "FI21 **** 0785"
    assert contact.mask_iban("fi2112345600000785") == "FI21 **** 0785"
    assert contact.mask_iban("FI21") == "*****"
