"""The auditor verifies the audit chain; the receipt is kept on the workstation without anyone writing it
down. Someone with the database's highest powers then cuts the newest rows from the end (rows, seals and
the sealer's head, so the shorter chain verifies on its own); at the auditor's next sign-in the Tänään
page says in red that the trail no longer extends the receipt, and the receipts can be saved as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from sqlalchemy import select

from db.engine import user_data_dir
from db.models import AuditSeal
from desktop.core.local_time import format_moment
from desktop.services.audit_receipts import FOLDER_NAME, ReceiptBook
from journeys.conftest import Desk
from tests.security.test_audit_chain import remove

WARNING = "Lokiketju ei enää jatka {date} otettua kuittia ({receipt}): sen jälkeen rivejä on poistettu tai kirjoitettu uudelleen."


def _book() -> ReceiptBook:
    books = list((user_data_dir() / FOLDER_NAME).glob("*.json"))
    assert len(books) == 1, books
    data = books[0].read_text(encoding="utf-8")
    identity = data.split('"database": "', 1)[1].split('"', 1)[0]
    return ReceiptBook(user_data_dir() / FOLDER_NAME, identity)


def _warnings(desk: Desk) -> list[QLabel]:
    return [label for label in desk.find_all(QLabel) if label.text().startswith("Lokiketju ei enää jatka")]


def test_the_tail_cut_after_a_verification_is_shown_on_the_auditors_next_tanaan(desk: Desk, journey_db, sql_guard,
                                                                                  tmp_path: Path):
    desk.sign_in("auditor")
    assert not [w for w in _warnings(desk) if w.isVisible()]
    assert [e.occasion for e in _book().entries()] == ["daily"]  # the day's head, taken as the page loaded

    desk.tab("Loki")
    desk.tab("Ketjun tarkistus")
    desk.click("Tarkista ketju")
    desk.wait_idle()
    desk.wait_until(lambda: any(label.text().startswith("Lokiketju on eheä") for label in desk.find_all(QLabel)))
    taken = _book().latest()
    assert taken is not None and taken.occasion == "verification"
    shown = [field.text() for field in desk.find_all(QLineEdit) if field.isReadOnly()]
    assert taken.receipt in shown  # the same receipt to print or copy

    # The receipts saved as CSV, to keep elsewhere.
    desk.click("Tallenna kuitit…")
    dialog = desk.wait_for_dialog("Tallenna kuitit")
    target = tmp_path / "kuitit.csv"
    name = next(field for field in dialog.findChildren(QLineEdit) if field.isVisible())
    name.setText(str(target))
    box = dialog.findChild(QDialogButtonBox)
    save = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    desk.wait_until(save.isEnabled)
    desk.click(save.text(), dialog)
    desk.wait_until(target.exists)
    desk.wait_idle()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Otettu (Suomen aikaa)", "Otettu (UTC)", "Kuitti"]
    assert [row[2] for row in rows[1:]] == [e.receipt for e in _book().entries()]
    desk.quit()

    # The superuser removes the newest rows: from the receipt's own row to the end.
    with sql_guard.allowed():
        with journey_db.admin.transaction() as session:
            first = session.scalar(select(AuditSeal.event_id).where(AuditSeal.seal_no == taken.seal_no))
        remove(journey_db.admin, "id >= :id", id=first)

    desk.sign_in("auditor")
    expected = WARNING.format(date=format_moment(taken.taken_at), receipt=taken.receipt)
    desk.wait_idle()
    desk.wait_until(lambda: any(w.isVisible() and w.text() == expected for w in _warnings(desk)))
    assert _book().latest() == taken  # no new receipt hides it
    # Nothing beside the warning says the chain is fine.
    def summary() -> str:
        return " ".join(label.text() for label in desk.find_all(QLabel))

    desk.wait_until(lambda: "katso yllä oleva varoitus" in summary())
    assert "Lokiketju on tämän päivän osalta eheä" not in summary()
