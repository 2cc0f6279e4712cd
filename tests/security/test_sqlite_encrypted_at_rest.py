"""Issue 10 item 7: a SQLite file holds no full identity code, no full IBAN and no HMAC key in clear.

They are encrypted with a data key kept in the workstation user's keyring — here a real, file-based one
(keyrings.alt's PlaintextKeyring in the test's own folder), so that "another user" is another keyring
file and "a restart" is a new backend reading the same file. Read as someone who copied the file would:
the bytes of the file and its WAL, and ``sqlite3``'s own dump. The administrator's way back is the
recovery key printed once at ``init`` (``palvelutiski-admin rekey``).
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from cryptography.exceptions import InvalidTag
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from db import at_rest
from db.database import Database
from db.models import BankAccount, Customer, DatabaseSecret, PersonHetu
from db.repositories import hetu as hetu_repo
from desktop.cli import admin
from desktop.core.roles import Actor, Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import ConnectionTarget
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database
from tests.security.conftest import REGULAR, add_person

SUPERVISOR = Actor("sanna", Role.SUPERVISOR)
ADMIN_PASSWORD = "Ylläpitäjä-2024"
IBAN = "FI2112345600000785"


def file_keyring(folder: Path) -> PlaintextKeyring:
    """A real keyring backend that keeps its entries in a file of ``folder`` (one workstation user)."""
    backend = PlaintextKeyring()
    folder.mkdir(parents=True, exist_ok=True)
    backend.file_path = str(folder / "keyring_pass.cfg")  # type: ignore[misc]
    return backend


@pytest.fixture
def user_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    previous = keyring.get_keyring()
    backend = file_keyring(tmp_path / "aino-home")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def desk_file(tmp_path: Path, user_keyring: PlaintextKeyring) -> Iterator[tuple[Path, str, int]]:
    """An initialised SQLite register (demo customers too) and the recovery key printed at init."""
    path = tmp_path / "desk.sqlite3"
    database = Database.connect(str(path))
    try:
        result = initialise_database(database, "keminmaa", "admin", ADMIN_PASSWORD)
        demo_data.generate(database, 30, seed=5, workers=1)
        with database.transaction() as session:
            cid = add_person(session, "Virtanen", "Aino", REGULAR)
            session.add(BankAccount(customer_id=cid, iban=IBAN, bic="NDEAFIHH"))
    finally:
        database.dispose()
    assert result.recovery_key
    yield path, result.recovery_key, cid


def clear_values(path: Path) -> tuple[list[str], list[str], bytes]:
    """Every identity code and IBAN and the HMAC key, opened with the key from this user's keyring."""
    database = Database.connect(str(path))
    try:
        with database.transaction() as session:
            codes = [at_rest.open_hetu(session, v) for v in session.scalars(select(PersonHetu.hetu))]
            ibans = [at_rest.open_iban(session, v) for v in session.scalars(select(BankAccount.iban))]
            key = at_rest.open_secret(session, session.scalar(select(DatabaseSecret.value)))
    finally:
        database.dispose()
    assert key is not None
    return codes, ibans, key


def what_a_copy_shows(path: Path) -> tuple[bytes, str]:
    """The raw bytes of the file and its WAL, and sqlite3's full SQL dump of it."""
    raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
    conn.close()
    return raw, dump


def test_the_file_holds_no_full_code_iban_or_key(desk_file: tuple[Path, str, int]) -> None:
    path, _recovery, _cid = desk_file
    codes, ibans, key = clear_values(path)
    assert REGULAR in codes and IBAN in ibans and len(codes) > 10 and len(ibans) > 10
    raw, dump = what_a_copy_shows(path)
    for code in codes:
        assert code.encode() not in raw and code not in dump
    for iban in ibans:
        assert iban.encode() not in raw and iban not in dump
    assert key not in raw and key.hex().upper() not in dump.upper()
    # What stays readable is what every desk role sees anyway: the masks.
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT masked_hetu FROM customer_masked WHERE masked_hetu LIKE '131052%'").fetchone() \
            == ("131052*****",)
        assert ("FI21 **** 0785",) in conn.execute("SELECT masked_iban FROM bank_account_masked").fetchall()
    conn.close()


def test_the_desk_reads_them_through_the_key_after_a_restart(desk_file: tuple[Path, str, int], tmp_path: Path) -> None:
    path, _recovery, cid = desk_file
    # A new program run: a new keyring backend object reading the same user's keyring file.
    keyring.set_keyring(file_keyring(tmp_path / "aino-home"))
    database = Database.connect(str(path))
    try:
        assert hetu_repo.lookup(database, SUPERVISOR, REGULAR) == cid
        assert hetu_repo.reveal(database, SUPERVISOR, cid, "asiakas pyysi") == REGULAR
    finally:
        database.dispose()


def test_another_user_without_the_key_reads_nothing_and_names_cannot_be_told_apart(
        desk_file: tuple[Path, str, int], tmp_path: Path) -> None:
    path, _recovery, cid = desk_file
    keyring.set_keyring(file_keyring(tmp_path / "someone-else"))
    database = Database.connect(str(path))
    try:
        with pytest.raises(at_rest.DataKeyMissing) as missing:
            hetu_repo.reveal(database, SUPERVISOR, cid, "uteliaisuus")
        assert "rekey" in str(missing.value)
        with pytest.raises(at_rest.DataKeyMissing):
            hetu_repo.lookup(database, SUPERVISOR, REGULAR)
    finally:
        database.dispose()
    # Every sign-in is refused alike, real name or not, right password or not: the key is needed first.
    target = ConnectionTarget.sqlite(path)
    for name, password in (("admin", ADMIN_PASSWORD), ("admin", "väärä"), ("nobody", "väärä")):
        with pytest.raises(at_rest.DataKeyMissing):
            AuthService().login(target, name, password)


def test_the_recovery_key_restores_access_as_a_new_key_and_the_old_one_stops_working(
        desk_file: tuple[Path, str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, recovery, cid = desk_file
    codes_before, ibans_before, key_before = clear_values(path)
    # The file goes to another computer (another user's keyring): the administrator uses the printed key.
    keyring.set_keyring(file_keyring(tmp_path / "new-workstation"))
    monkeypatch.setattr("sys.stdin", io.StringIO("  " + recovery.lower().replace("-", " ") + "\n"))
    assert admin.main(["--db", str(path), "--lang", "en", "rekey", "--recovery-key-stdin"]) == 0
    printed = capsys.readouterr().out
    new_recovery = next(line.strip() for line in printed.splitlines() if line.count("-") == 7)
    assert new_recovery != recovery and "shown only now" in printed
    assert clear_values(path) == (codes_before, ibans_before, key_before)
    database = Database.connect(str(path))
    try:
        assert hetu_repo.reveal(database, SUPERVISOR, cid, "asiakas pyysi") == REGULAR
        with database.transaction() as session, pytest.raises(at_rest.WrongRecoveryKey):
            at_rest.rekey(session, recovery)  # the old recovery key no longer opens the file
    finally:
        database.dispose()
    raw, dump = what_a_copy_shows(path)
    assert REGULAR.encode() not in raw and REGULAR not in dump


def test_a_wrong_recovery_key_changes_nothing(desk_file: tuple[Path, str, int], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path, recovery, _cid = desk_file
    keyring.set_keyring(file_keyring(tmp_path / "new-workstation"))
    wrong = at_rest.new_recovery_key()
    monkeypatch.setattr("sys.stdin", io.StringIO(wrong + "\n"))
    assert admin.main(["--db", str(path), "--lang", "en", "rekey", "--recovery-key-stdin"]) == 1
    assert "recovery key does not open" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(recovery + "\n"))
    assert admin.main(["--db", str(path), "--lang", "en", "rekey", "--recovery-key-stdin"]) == 0


def test_migrate_encrypts_what_an_older_version_left_in_clear(tmp_path: Path, user_keyring: PlaintextKeyring,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.sqlite3"
    database = Database.connect(str(path))
    try:
        initialise_database(database, "keminmaa", "admin", ADMIN_PASSWORD)
        with database.transaction() as session:
            cid = add_person(session, "Virtanen", "Aino", REGULAR)
    finally:
        database.dispose()
    # As the previous version wrote them: in clear, and no key on record.
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM data_key")
        conn.execute("UPDATE person_hetu SET hetu = ? WHERE customer_id = ?", (REGULAR, cid))
        conn.execute("INSERT INTO bank_account (customer_id, iban, source, added_at) VALUES (?, ?, 'import', "
                     "'2026-01-01 00:00:00.000000')", (cid, IBAN))
        conn.execute("UPDATE database_secret SET value = ?", (bytes(range(32)),))
    conn.close()
    assert admin.main(["--db", str(path), "--lang", "en", "migrate"]) == 0
    printed = capsys.readouterr().out
    assert "Values encrypted now (identity codes, bank accounts, keys): 3." in printed and "shown only now" in printed
    raw, dump = what_a_copy_shows(path)
    assert REGULAR not in dump and IBAN not in dump and bytes(range(32)) not in raw
    assert clear_values(path) == ([REGULAR], [IBAN], bytes(range(32)))


def test_a_tampered_value_does_not_open(desk_file: tuple[Path, str, int]) -> None:
    """The mask in clear is authenticated: moving ciphertext under another birth date is detected."""
    path, _recovery, cid = desk_file
    with sqlite3.connect(path) as conn:
        (stored,) = conn.execute("SELECT hetu FROM person_hetu WHERE customer_id = ?", (cid,)).fetchone()
    conn.close()
    forged = stored.replace("131052*****", "010101*****")
    database = Database.connect(str(path))
    try:
        with database.transaction() as session:
            assert at_rest.open_hetu(session, stored) == REGULAR
            with pytest.raises(InvalidTag):
                at_rest.open_hetu(session, forged)
    finally:
        database.dispose()


def test_copies_of_the_migrated_template_each_get_their_own_key(request: pytest.FixtureRequest,
                                                                tmp_path: Path) -> None:
    """The tests' template is migrated but holds no key; a copy gets one at its first encrypted write."""
    from db_templates import migrated_sqlite_url

    key_ids = []
    for name in ("a.sqlite3", "b.sqlite3"):
        database = Database.connect(migrated_sqlite_url(request, tmp_path / name))
        try:
            with database.transaction() as session:
                assert at_rest.cipher(session) is None
                hetu_repo.install_key(session)
                customer = Customer(customer_number=name[:1], kind="person", last_name="X", search_name="x")
                session.add(customer)
                session.flush()
                hetu_repo.store(session, customer.id, REGULAR)
                key_ids.append(at_rest.cipher(session).key_id)  # type: ignore[union-attr]
            assert hetu_repo.reveal(database, SUPERVISOR, customer.id, "testi") == REGULAR
        finally:
            database.dispose()
    assert key_ids[0] != key_ids[1]


def test_without_any_keyring_init_refuses_unless_told_to_keep_the_key_beside_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        path = tmp_path / "headless.sqlite3"
        init = ["--db", str(path), "--lang", "en", "init", "--profile", "keminmaa", "--admin-user", "pekka",
                "--password-stdin"]
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        assert admin.main(init) == 1
        assert "no password keyring" in capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        assert admin.main([*init, "--key-file-without-keyring"]) == 0
        key_file = Path(f"{path}.key")
        assert key_file.is_file() and key_file.stat().st_mode & 0o077 == 0
        _codes, _ibans, key = clear_values(path)
        assert len(key) == 32 and key not in path.read_bytes()
    finally:
        keyring.set_keyring(previous)
