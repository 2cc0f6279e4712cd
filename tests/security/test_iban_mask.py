"""Bank account numbers: the view's mask equals desktop.core.contact.mask_iban on both databases, and on
PostgreSQL a desk login cannot read ``bank_account.iban`` at all (raw psycopg as that login)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from db.database import Database
from db.models import BankAccount
from db.repositories.bank_accounts import masked_accounts
from desktop.core.contact import mask_iban
from desktop.core.roles import Actor, Role
from desktop.services.customers import CustomerService
from desktop.services.subject_data import SubjectDataService
from tests.security.conftest import Register, Staff, connect_as

IBANS = [
    "FI21 1234 5600 0007 85",  # as printed on an invoice
    "FI2112345600000785",  # as stored by the CSV import
    "fi21 1234 5600 0007 85",  # typed in lowercase
    "DE89 3704 0044 0532 0130 00",
    "SE4550000000058398257466",
    "NO93\t8601 1117 947",  # a tab pasted from a spreadsheet
    "FI21\u00a01234\u00a05600\u00a00007\u00a085",  # no-break spaces from a web page
    "FI21 12",  # too short to show anything
]


def test_mask_keeps_country_check_digits_and_last_four() -> None:
    assert mask_iban("FI21 1234 5600 0007 85") == "FI21 **** 0785"
    assert mask_iban("de89370400440532013000") == "DE89 **** 3000"
    assert mask_iban("FI21 12") == "*****"


def test_view_mask_equals_the_core_function(register: Register) -> None:
    with register.database.transaction() as session:
        for iban in IBANS:
            session.add(BankAccount(customer_id=register.regular_id, iban=iban, source="customer_notice"))
    with register.database.transaction() as session:
        shown = [a.masked_iban for a in masked_accounts(session, register.regular_id)]
        accounts = masked_accounts(session, register.regular_id)
    assert shown == [mask_iban(i) for i in IBANS]
    assert shown[0] == "FI21 **** 0785" and shown[-1] == "*****"
    assert all(a.added_at.tzinfo is not None and a.customer_id == register.regular_id for a in accounts)


def test_card_and_access_reply_show_only_the_mask(register: Register) -> None:
    with register.database.transaction() as session:
        session.add(BankAccount(customer_id=register.regular_id, iban="FI21 1234 5600 0007 85", bic="NDEAFIHH"))
    supervisor = Actor("esimies", Role.SUPERVISOR)
    card = CustomerService(register.database, supervisor).open_card(register.regular_id, "call")
    assert [(b.masked_iban, b.bic) for b in card.bank_accounts] == [("FI21 **** 0785", "NDEAFIHH")]
    data = SubjectDataService(register.database, supervisor).collect(register.regular_id)
    assert [b.masked_iban for b in data.bank_accounts] == ["FI21 **** 0785"]


@pytest.mark.postgres
def test_desk_logins_cannot_select_the_iban_column(pg_register: Register, staff: Staff) -> None:
    with pg_register.database.transaction() as session:
        session.add(BankAccount(customer_id=pg_register.regular_id, iban="FI2112345600000785", bic="NDEAFIHH"))
    for login in (staff.agent, staff.supervisor, staff.auditor):
        with connect_as(pg_register, login) as conn:
            for query in ("SELECT iban FROM bank_account", "SELECT * FROM bank_account",
                          "SELECT count(*) FROM bank_account WHERE iban LIKE 'FI21%'"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(query)
            rows = conn.execute("SELECT * FROM bank_account_masked").fetchall()
            assert [r[2] for r in rows] == ["FI21 **** 0785"]
            assert "12345600000" not in str(rows)
            # The other columns stay readable, so the card can list accounts and the desk can address rows.
            assert conn.execute("SELECT customer_id, bic FROM bank_account").fetchall() == [
                (pg_register.regular_id, "NDEAFIHH")]
    with connect_as(pg_register, staff.admin) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM bank_account_masked")
    # The refusal is about privilege: the owner reads the full number.
    with psycopg.connect(pg_register.url.replace("+psycopg", "")) as owner:
        assert owner.execute("SELECT iban FROM bank_account").fetchone()[0] == "FI2112345600000785"


@pytest.mark.postgres
def test_agent_still_records_and_replaces_an_account(pg_register: Register, staff: Staff) -> None:
    """Writing is not reading: a customer's new account is inserted, and an old one deleted by id."""
    with connect_as(pg_register, staff.agent) as conn:
        new_id = conn.execute("INSERT INTO bank_account (customer_id, iban, source, added_at)"
                              " VALUES (%s, 'FI2112345600000785', 'customer_notice', now()) RETURNING id",
                              (pg_register.regular_id,)).fetchone()[0]
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO bank_account (customer_id, iban, source, added_at)"
                         " VALUES (%s, 'FI2112345600000785', 'x', now()) RETURNING iban", (pg_register.regular_id,))
        conn.execute("DELETE FROM bank_account WHERE id = %s", (new_id,))
        assert conn.execute("SELECT count(*) FROM bank_account_masked").fetchone()[0] == 0


@pytest.mark.postgres
def test_agent_login_opens_the_card_with_the_masked_account(pg_register: Register, staff: Staff) -> None:
    with pg_register.database.transaction() as session:
        session.add(BankAccount(customer_id=pg_register.regular_id, iban="FI21 1234 5600 0007 85"))
    url = make_url(pg_register.url).set(username=staff.agent)
    agent_db = Database.connect(url.render_as_string(hide_password=False))
    try:
        card = CustomerService(agent_db, Actor(staff.agent, Role.AGENT)).open_card(pg_register.regular_id, "call")
        assert [b.masked_iban for b in card.bank_accounts] == ["FI21 **** 0785"]
        with agent_db.transaction() as session, pytest.raises(ProgrammingError) as refused:
            session.execute(select(BankAccount.iban)).all()
        assert isinstance(refused.value.orig, errors.InsufficientPrivilege)
    finally:
        agent_db.dispose()
