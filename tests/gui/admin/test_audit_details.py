"""The audit log's detail column reads as a sentence in the user's language (it was the stored JSON, with
English codes such as "call" and "prohibit" in the Finnish UI)."""

from __future__ import annotations

import json

from desktop.views.audit.detail_text import describe


def _json(**detail) -> str:
    return json.dumps(detail, separators=(",", ":"), sort_keys=True)


def test_each_action_reads_as_a_sentence_in_finnish_and_swedish(translations):
    consent = _json(purpose="direct_advertising", channel="phone", decision="prohibit", source="customer_phone",
                    events=1)
    assert translations.switch("fi")
    assert describe("consent_recorded", consent) == "Kielletty: Suoramainonta, Puhelin (lähde: Asiakas puhelimitse)"
    assert describe("call_ended", _json(call_id=7, notice_given=True, objected=False)) == (
        "Puhelu 7; tallennusilmoitus annettu: kyllä; asiakas kielsi tallennuksen: ei")
    assert describe("contact_changed", _json(fields=["phones", "postal_address"], version=3)) == (
        "Muutettu: puhelinnumerot, postiosoite")
    assert describe("login_failed", _json(reason="password")) == "Torjuttu: väärä salasana"
    # 10:00 UTC in January is 12:00 in Helsinki.
    assert describe("account_locked", _json(until="2026-01-05T10:00:00.000000Z")) == "Lukittu 5.1.2026 12:00 asti"
    assert describe("request_state_changed", _json(reference="TP-2026-000001", **{"from": "received",
                                                                                   "to": "in_preparation"})) \
        .startswith("TP-2026-000001: ")
    assert translations.switch("sv")
    assert describe("consent_recorded", consent) == "Förbjudet: Direktreklam, Telefon (källa: Kunden per telefon)"


def test_a_detail_of_another_shape_is_still_shown_and_never_a_full_identity_code(translations):
    assert translations.switch("fi")
    # An action this version has no sentence for: key by key, with the codes it knows labelled.
    assert describe("future_action", _json(channel="email", rows=3)) == "kanava: Sähköposti; rivejä: 3"
    assert describe("hetu_reveal", _json(reason="asiakas 131052-308T pyysi")) == "Ilmoitettu syy: asiakas 131052***** pyysi"
    assert describe("customer_opened", None) == ""
    assert describe("export", "not json") == "not json"
