"""Invoices on PostgreSQL: the desk reads them (the billing system writes them), the admin sees none."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.security.conftest import Register, Staff, connect_as

pytestmark = pytest.mark.postgres


def _add_invoice(register: Register) -> None:
    with psycopg.connect(register.url.replace("+psycopg", "")) as owner:
        owner.execute("INSERT INTO invoice (customer_id, invoice_number, invoice_date, due_date, amount_cents, state)"
                      " VALUES (%s, '1000000001', '2026-02-15', '2026-03-01', 8420, 'open')", (register.regular_id,))


def test_agents_supervisors_and_the_auditor_read_invoices_but_write_none(pg_register: Register, staff: Staff) -> None:
    _add_invoice(pg_register)
    for login in (staff.agent, staff.supervisor, staff.auditor):
        with connect_as(pg_register, login) as conn:
            assert conn.execute("SELECT invoice_number, amount_cents FROM invoice").fetchall() == [("1000000001", 8420)]
            for statement in ("UPDATE invoice SET state = 'paid'", "DELETE FROM invoice",
                              "INSERT INTO invoice (customer_id, invoice_number, invoice_date, due_date, amount_cents,"
                              f" state) VALUES ({pg_register.regular_id}, '9', '2026-01-01', '2026-01-15', 1, 'open')"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)


def test_the_admin_reads_no_invoices(pg_register: Register, staff: Staff) -> None:
    _add_invoice(pg_register)
    with connect_as(pg_register, staff.admin) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM invoice")


def test_invoices_go_only_through_an_audited_erasure_of_the_callers_own(pg_register: Register, staff: Staff) -> None:
    """Migration 0017 let a supervisor's own login DELETE invoices (accounting records) for erasure; now only
    desk_erase_vault does, for an erasure the caller recorded in the same transaction, and it audits itself."""
    _add_invoice(pg_register)
    with connect_as(pg_register, staff.supervisor) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM invoice")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT desk_erase_vault(%s, ARRAY['invoices'])", (pg_register.regular_id,))
        with pytest.raises(errors.InsufficientPrivilege):  # nor can the audit row be forged
            conn.execute("SELECT desk_audit_append(NULL, NULL, 'hetu_vault_erased', %s, 'erasure', '{}')",
                         (pg_register.regular_id,))
        assert conn.execute("SELECT count(*) FROM invoice").fetchone() == (1,)
