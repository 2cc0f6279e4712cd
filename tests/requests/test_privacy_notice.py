"""The register description / privacy notice (issue 12): every GDPR Art. 13/14 item checked from the PDF
text in fi, sv and en; the completeness check lists what the profile lacks instead of printing a gap; the
CLI refuses an incomplete notice unless --draft. On SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, RequestData

from db.database import Database
from db.models import ControllerProfile
from desktop.cli import notice as cli
from desktop.services.privacy_notice import PrivacyNoticeService
from desktop.services.profiles import get_profile

TEXTS = {lang: json.loads((Path(__file__).resolve().parents[2] / "resources" / "letters" / f"{lang}.json")
                          .read_text(encoding="utf-8")) for lang in ("fi", "sv", "en")}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _text(pdf: bytes) -> str:
    return _flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_art13_item_is_in_the_notice(database: Database, data: RequestData, language: str) -> None:
    bases = {"fi": "Sopimus (6 art. 1 b), lakisääteinen velvoite (6 art. 1 c)", "sv": "Avtal (art. 6.1 b)",
             "en": "Contract (Art. 6(1)(b)), legal obligation (Art. 6(1)(c))"}
    with database.transaction() as session:
        session.query(ControllerProfile).one().legal_bases = bases
    notice = PrivacyNoticeService(database, AGENT).render(language)
    assert notice.gaps == () and notice.page_count >= 2
    text = _text(notice.pdf)
    n, art15 = TEXTS[language]["notice"], TEXTS[language]["art15"]
    for key in ("controller", "contact", "purposes", "legal_bases", "categories", "sources", "recipients", "transfers",
                "retention", "retention_rules", "rights", "complaint", "automated", "security"):
        assert _flat(n[key]) in text, key
    profile = get_profile("keminmaa")
    for field in ("purposes", "data_content", "regular_sources", "regular_disclosures", "transfers_outside_eea",
                  "retention", "security_principles"):
        assert _flat(profile.text(field, language)) in text, field
    assert _flat(bases[language]) in text and profile.business_id in text
    for key in ("rights_text", "automated_text"):
        assert _flat(art15[key]) in text, key
    for rule in ("call_recordings", "ended_customers", "audit_trail"):
        assert _flat(profile.retention_rules[rule]["reason"][language])[:60] in text, rule
    assert _flat(n["draft"].split("{")[0]) not in text


def test_gaps_are_listed_not_printed_and_the_cli_refuses_without_draft(database: Database, data: RequestData,
                                                                       tmp_path: Path) -> None:
    with database.transaction() as session:
        session.query(ControllerProfile).one().business_id = ""  # as Hamina's description
    notice = PrivacyNoticeService(database, AGENT).render("fi")
    assert notice.gaps == ("business_id", "legal_bases")
    text = _text(notice.pdf)
    assert "LUONNOS" in text and "rekisterinpitäjän Y-tunnus" in text
    assert _flat(TEXTS["fi"]["notice"]["legal_bases"]) not in text  # no empty heading
    out = tmp_path / "seloste.pdf"
    args = argparse.Namespace(file=out, notice_language="fi", draft=False)
    assert cli.run(args, database, AGENT) == 1 and not out.exists()
    assert cli.run(argparse.Namespace(file=out, notice_language="sv", draft=True), database, AGENT) == 0
    assert "UTKAST" in _text(out.read_bytes())
