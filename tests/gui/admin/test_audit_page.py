"""The auditor's page in the main window, on SQLite and PostgreSQL (as the auditor's own login): the log
with its filters, the chain check with a receipt (also after tampering by the database owner), the
printed receipt, and who opened a customer."""

from __future__ import annotations

import datetime as dt
import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select, text

from db import audit
from db.models import AuditEvent, AuditSeal, Customer
from desktop.core.roles import Actor, Role
from desktop.core.text import name_key
from desktop.services.customers import CustomerService
from desktop.services.users import UserAdminService
from desktop.views.audit.audit_page import AuditPage
from desktop.views.start.start_page import StartPage
from gui.keys import type_text


def audit_page(qtbot, runner, window) -> AuditPage:
    page = window.role_pages.page(AuditPage)
    assert page is not None and page.log is not None
    # The auditor starts on today's summary; the log is the next tab but one, a click away.
    assert isinstance(window.role_pages.currentWidget(), StartPage)
    tabs = window.role_pages
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page
    qtbot.waitUntil(lambda: bool(page.log.rows) and not runner.busy, timeout=15_000)
    return page


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_opened_customer(db, sql_guard, agent: str) -> tuple[str, int]:
    """A customer the agent opened twice (a call, then a correction); returns (customer number, id)."""
    number = str(uuid.uuid4().int)[:8]
    with sql_guard.allowed():
        with db.admin.transaction() as session:
            customer = Customer(customer_number=number, kind="person", last_name="Ylönen", first_names="Säde",
                                search_name=name_key("Ylönen", "Säde"))
            session.add(customer)
            session.flush()
            customer_id = customer.id
        service = CustomerService(db.admin, Actor(agent, Role.AGENT))
        service.open_card(customer_id, "call")
        service.open_card(customer_id, "correction")
    return number, customer_id


def tamper(db, sql_guard, *statements: str) -> None:
    """What only the database owner or a superuser can do: switch the append-only triggers off first."""
    with sql_guard.allowed(), db.admin.transaction() as session:
        for table in ("audit_event", "audit_seal"):
            if db.kind == "sqlite":
                session.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
                session.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
            else:
                session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_no_update_delete"))
        for statement in statements:
            session.execute(text(statement))
        if db.kind != "sqlite":
            for table in ("audit_event", "audit_seal"):
                session.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {table}_no_update_delete"))


def test_auditor_reads_and_filters_the_log(qtbot, runner, desk_db, staff, sign_in, make_window, sql_guard):
    number, _cid = add_opened_customer(desk_db, sql_guard, desk_db.agent)
    window = make_window(sign_in(desk_db, staff[Role.AUDITOR]))
    log = audit_page(qtbot, runner, window).log
    actions = [r.action for r in log.rows]
    assert actions[0] == "login" and log.rows[0].actor == staff[Role.AUDITOR]  # newest first
    assert {"database_initialised", "user_created", "customer_opened"} <= set(actions)
    assert [r.id for r in log.rows] == sorted((r.id for r in log.rows), reverse=True)
    assert log.ui.table.item(0, 3).text() == "Login" and log.ui.table.item(0, 2).text() == "Data protection officer"

    def search() -> list:
        with qtbot.waitSignal(log.message_shown, timeout=15_000) as shown:
            click(qtbot, log.ui.search_button)
        return [shown.args[0], log.rows]

    log.ui.action_combo.setCurrentIndex(log.ui.action_combo.findData("user_created"))
    message, rows = search()
    assert rows and {r.action for r in rows} == {"user_created"} and message == (f"{len(rows)} rows shown." if len(rows) != 1 else "1 row shown.")
    assert {log.ui.table.item(i, 3).text() for i in range(log.ui.table.rowCount())} == {"User created"}

    log.ui.action_combo.setCurrentIndex(0)
    type_text(log.ui.customer_edit, number)
    _message, rows = search()
    assert [(r.action, r.purpose, r.actor, r.customer_number) for r in rows] == [
        ("customer_opened", "correction", desk_db.agent, number), ("customer_opened", "call", desk_db.agent, number)]

    today = dt.date.today()
    type_text(log.ui.from_edit, f"{today.day}.{today.month}.{today.year}")
    # The auditor's own reading of this customer's trail is on it now, newest first.
    assert [(r.action, r.actor) for r in search()[1]] == [
        ("audit_log_read", staff[Role.AUDITOR]), ("customer_opened", desk_db.agent), ("customer_opened", desk_db.agent)]
    assert log.ui.table.item(0, 3).text() == "Customer's audit trail read"
    tomorrow = today + dt.timedelta(days=2)
    log.ui.from_edit.clear()
    type_text(log.ui.from_edit, f"{tomorrow.day}.{tomorrow.month}.{tomorrow.year}")
    assert search() == ["No audit rows match.", []]
    log.ui.from_edit.clear()
    type_text(log.ui.from_edit, "32.1.2026")
    assert search()[0] == "Write dates as d.m.yyyy, e.g. 1.3.2026."
    log.ui.from_edit.clear()
    log.ui.customer_edit.clear()
    type_text(log.ui.customer_edit, "99999999999")
    assert search()[0] == "No customer has the number 99999999999."


def test_older_rows_come_page_by_page(qtbot, runner, sqlite_desk_db, sign_in, make_window, sql_guard):
    db = sqlite_desk_db
    auditor = f"tuula_{uuid.uuid4().hex[:8]}"
    with sql_guard.allowed():
        UserAdminService(db.admin, Actor("setup", Role.ADMIN)).create_user(auditor, Role.AUDITOR, "Tietosuoja-2024")
        with db.admin.transaction() as session:
            for n in range(250):
                audit.append(session, Actor(db.agent, Role.AGENT), "export", detail={"n": n})
            total = session.scalar(select(func.count()).select_from(AuditEvent))
    db.passwords[auditor] = "Tietosuoja-2024"
    window = make_window(sign_in(db, auditor))
    log = audit_page(qtbot, runner, window).log
    assert len(log.rows) == 200 and log.ui.more_button.isEnabled()
    with qtbot.waitSignal(log.page_loaded, timeout=15_000):
        click(qtbot, log.ui.more_button)
    assert len(log.rows) == log.ui.table.rowCount() == total + 1  # + the auditor's own login
    assert not log.ui.more_button.isEnabled()
    assert len({r.id for r in log.rows}) == len(log.rows)


def test_verify_gives_a_receipt_and_checks_against_it(qtbot, runner, desk_db, staff, sign_in, make_window,
                                                      sql_guard, tmp_path):
    window = make_window(sign_in(desk_db, staff[Role.AUDITOR]))
    page = audit_page(qtbot, runner, window)
    view = page.verify
    page.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.verified, timeout=30_000) as done:
        click(qtbot, view.ui.verify_button)
    result = done.args[0]
    with sql_guard.allowed(), desk_db.admin.transaction() as session:
        count = session.scalar(select(func.count()).select_from(AuditSeal))
        head = session.scalar(select(AuditSeal.row_hash).order_by(AuditSeal.seal_no.desc()).limit(1))
    assert result.ok and (result.count, result.head_hash) == (count, head)
    assert view.ui.receipt_output.text() == f"{count}:{head}"
    assert view.ui.result_label.text().startswith(f"The audit chain is intact: {count} rows, head hash {head}.")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "receipt.pdf"))
    view.print_receipt(printer)
    # Without whitespace: the PDF text extraction splits words where glyphs are kerned apart.
    printed = "".join("".join(p.extract_text().split()) for p in PdfReader(tmp_path / "receipt.pdf").pages)
    assert "Auditlogreceipt" in printed and f"({staff[Role.AUDITOR]})" in printed
    assert f"Receipt{count}:{head}" in printed and f"Rows{count}Headhash{head}" in printed

    type_text(view.ui.receipt_edit, view.ui.receipt_output.text())
    with qtbot.waitSignal(view.verified, timeout=30_000) as done:
        click(qtbot, view.ui.verify_button)
    assert done.args[0].ok and "It matches the receipt." in view.ui.result_label.text()

    view.ui.receipt_edit.clear()
    type_text(view.ui.receipt_edit, "12:ei-kuitti")
    with qtbot.waitSignal(view.message_shown, timeout=15_000) as refused:
        click(qtbot, view.ui.verify_button)
    assert refused.args[0].startswith("A receipt is the row count and the head hash")


def test_tampering_by_the_owner_shows_the_first_bad_row(qtbot, runner, desk_db, staff, sign_in, make_window,
                                                        sql_guard):
    window = make_window(sign_in(desk_db, staff[Role.AUDITOR]))
    page = audit_page(qtbot, runner, window)
    view = page.verify
    page.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.verified, timeout=30_000) as done:
        click(qtbot, view.ui.verify_button)
    receipt = done.args[0].receipt
    count = done.args[0].count

    # The newest row, its seal, and the sealer's head put back one step, as a careful attacker would.
    tamper(desk_db, sql_guard, "DELETE FROM audit_seal WHERE seal_no = (SELECT max(seal_no) FROM audit_seal)",
           "DELETE FROM audit_event WHERE id NOT IN (SELECT event_id FROM audit_seal)",
           "UPDATE audit_seal_state SET head_no = (SELECT max(seal_no) FROM audit_seal), sealed_upto = 0,"
           " sealed_max = (SELECT max(event_id) FROM audit_seal), head_hash = (SELECT row_hash FROM audit_seal"
           " ORDER BY seal_no DESC LIMIT 1), pending_upto = NULL, pending_xmax = NULL")
    type_text(view.ui.receipt_edit, receipt)
    with qtbot.waitSignal(view.verified, timeout=30_000) as done:
        click(qtbot, view.ui.verify_button)
    assert not done.args[0].ok
    assert view.ui.result_label.text() == (f"The audit chain is NOT intact. The audit log has {count - 1} rows but the "
                                        f"receipt lists {count}: rows have been removed from the end.")
    assert view.ui.receipt_output.text() == "" and not view.ui.print_button.isEnabled()

    with sql_guard.allowed(), desk_db.admin.transaction() as session:
        second = session.scalars(select(AuditEvent.id).order_by(AuditEvent.id).limit(2)).all()[1]
    tamper(desk_db, sql_guard, f"UPDATE audit_event SET actor = 'joku_muu' WHERE id = {second}")
    view.ui.receipt_edit.clear()
    with qtbot.waitSignal(view.verified, timeout=30_000) as done:
        click(qtbot, view.ui.verify_button)
    assert (done.args[0].ok, done.args[0].first_bad_id) == (False, second)
    assert view.ui.result_label.text() == (f"The audit chain is NOT intact. Audit row {second} has been altered: "
                                        "its content no longer matches its hash.")


def test_who_opened_a_customer_when_and_why(qtbot, runner, desk_db, staff, sign_in, make_window, sql_guard):
    number, _cid = add_opened_customer(desk_db, sql_guard, desk_db.agent)
    window = make_window(sign_in(desk_db, staff[Role.AUDITOR]))
    page = audit_page(qtbot, runner, window)
    view = page.accesses
    page.tabs.setCurrentWidget(view)
    type_text(view.ui.number_edit, number)
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        click(qtbot, view.ui.list_button)
    assert view.ui.heading.text() == f"Ylönen Säde, customer {number}: 2 audited actions."
    rows = [[view.ui.table.item(r, c).text() for c in range(1, 5)] for r in range(view.ui.table.rowCount())]
    assert rows == [[desk_db.agent, "Customer service agent", "Customer opened", "Call"],
                    [desk_db.agent, "Customer service agent", "Customer opened", "Correction of data"]]
    view.ui.number_edit.clear()
    type_text(view.ui.number_edit, "404")
    with qtbot.waitSignal(view.message_shown, timeout=15_000) as shown:
        click(qtbot, view.ui.list_button)
    assert shown.args[0] == "No customer has the number 404." and view.ui.table.rowCount() == 0
