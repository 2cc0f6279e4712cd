"""palvelutiski-admin end to end through its installed entry point, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from db.database import Database
from db.models import AuditEvent
from tests.data.conftest import PASSWORD, unique

ADMIN = Path(sys.executable).with_name("palvelutiski-admin")
COMMANDS = ("init", "migrate", "create-user", "set-password", "deactivate-user", "unlock-user", "list-users",
            "demo-data", "import-customers", "backup", "verify-audit", "export-suppression", "report", "rekey")
FILE_KEYRING = "keyrings.alt.file.PlaintextKeyring"


def run(*args: str, stdin: str | None = None, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command in a terminal whose locale is ``lang`` (English unless a test asks otherwise)."""
    # A real, file-based keyring (keyrings.alt) in the test's own home: where a SQLite file's data key goes.
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")} | {
        "LANG": lang, "PYTHON_KEYRING_BACKEND": FILE_KEYRING}
    return subprocess.run([str(ADMIN), *args], input=stdin, capture_output=True, text=True, timeout=600,
                          check=False, env=env)


def test_every_command_has_help() -> None:
    top = run("--help")
    assert top.returncode == 0 and all(name in top.stdout for name in COMMANDS)
    for name in COMMANDS:
        result = run(name, "--help")
        assert result.returncode == 0 and f"palvelutiski-admin {name}" in result.stdout, name


def test_init_users_demo_data_and_import_end_to_end(empty_db_url: str, tmp_path: Path) -> None:
    db = ["--db", empty_db_url]
    admin, agent = unique("boss"), unique("anna")
    result = run(*db, "init", "--profile", "hamina", "--admin-user", admin, "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "profile hamina" in result.stdout

    again = run(*db, "init", "--profile", "keminmaa", "--admin-user", unique("x"), "--password-stdin",
                stdin=PASSWORD + "\n")
    assert again.returncode == 1 and "already initialised" in again.stderr and "Traceback" not in again.stderr

    result = run(*db, "create-user", agent, "--role", "agent", "--display-name", "Anna Äijälä", "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    weak = run(*db, "create-user", unique("weak"), "--role", "agent", "--password-stdin", stdin="short\n")
    assert weak.returncode == 1 and "at least" in weak.stderr
    assert run(*db, "deactivate-user", agent).returncode == 0
    listing = run(*db, "list-users")
    assert f"{agent}" in listing.stdout and "inactive" in listing.stdout and "Anna Äijälä" in listing.stdout

    result = run(*db, "demo-data", "--customers", "150", "--seed", "4")
    assert result.returncode == 0 and "Added 150 demo customers" in result.stdout, result.stderr

    good = tmp_path / "good.csv"
    good.write_bytes("customer_number;last_name;first_names;street;postcode;post_town\n"
                     "A-1;Öhman;Åke;Strandvägen 1;06100;BORGÅ\n".encode("cp1252"))
    result = run(*db, "import-customers", str(good))
    assert result.returncode == 0 and "Imported 1 customers" in result.stdout and "cp1252" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("customer_number;last_name;street;postcode;post_town\nA-2;;Tie 1;123;KEMI\n", encoding="utf-8")
    result = run(*db, "import-customers", str(bad))
    assert result.returncode == 1 and "nothing was imported" in result.stderr
    assert "bad.csv:2:" in result.stderr and "last_name" in result.stderr and "123" in result.stderr

    audit = run(*db, "verify-audit")
    assert audit.returncode == 0 and "intact" in audit.stdout, audit.stderr
    receipt = audit.stdout.rsplit("Receipt: ", 1)[1].strip()
    assert run(*db, "verify-audit", "--receipt", receipt).returncode == 0


def test_backup_makes_a_readable_copy_of_the_sqlite_file(tmp_path: Path) -> None:
    source, copy = tmp_path / "desk.sqlite3", tmp_path / "copy.sqlite3"
    assert run("--db", str(source), "init", "--profile", "keminmaa", "--admin-user", "admin", "--password-stdin",
               stdin=PASSWORD + "\n").returncode == 0
    assert run("--db", str(source), "demo-data", "--customers", "60").returncode == 0
    result = run("--db", str(source), "backup", str(copy))
    assert result.returncode == 0 and "integrity ok" in result.stdout
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 60
        assert conn.execute("SELECT profile_key FROM controller_profile").fetchone()[0] == "keminmaa"
    assert run("--db", str(copy), "verify-audit").returncode == 0
    assert run("--db", str(source), "backup", str(copy)).returncode == 1  # never overwrites


def test_user_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite3"
    result = run("--db", str(missing), "demo-data", "--customers", "5")
    assert result.returncode == 1 and "no database file" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists()
    result = run("--db", "postgresql://nobody@127.0.0.1:1/none", "migrate")
    assert result.returncode == 1 and result.stderr.startswith("error: database") and "Traceback" not in result.stderr
    result = run("--db", str(tmp_path / "n.sqlite3"), "init", "--profile", "oulu", "--admin-user", "a")
    assert result.returncode == 2  # argparse: invalid choice


def test_export_suppression_writes_the_list_and_audits_it(empty_db_url: str, tmp_path: Path) -> None:
    db = ["--db", empty_db_url]
    assert run(*db, "init", "--profile", "keminmaa", "--admin-user", unique("boss"), "--password-stdin",
               stdin=PASSWORD + "\n").returncode == 0
    assert run(*db, "demo-data", "--customers", "300", "--seed", "7").returncode == 0
    out = tmp_path / "no-post-advertising.csv"
    result = run(*db, "export-suppression", str(out), "--purpose", "direct_advertising", "--channel", "post")
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("customer_number;name;street")
    written = int(result.stdout.split()[0])
    assert written == len(lines) - 1 and written > 0
    assert not (tmp_path / "no-post-advertising.csv.partial").exists()

    database = Database.connect(empty_db_url)
    try:
        with database.transaction() as session:
            actions = session.scalars(select(AuditEvent.action).where(AuditEvent.action == "export")).all()
    finally:
        database.dispose()
    assert actions == ["export"]

    bad = run(*db, "export-suppression", str(out), "--purpose", "spam", "--channel", "post")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_messages_speak_the_terminals_language_or_the_one_asked_for(tmp_path: Path) -> None:
    """An operator in Vaasa gets Swedish, one in Kemi Finnish; a bare C locale gets the desk's Finnish."""
    db = ["--db", str(tmp_path / "desk.sqlite3")]
    assert run(*db, "init", "--profile", "keminmaa", "--admin-user", "paakayttaja", "--password-stdin",
               stdin=PASSWORD + "\n").returncode == 0
    bad = tmp_path / "huono.csv"
    bad.write_text("customer_number;last_name;street;postcode;post_town\nA-2;;Tie 1;123;KEMI\n", encoding="utf-8")

    finnish = run(*db, "import-customers", str(bad), lang="fi_FI.UTF-8")
    assert finnish.returncode == 1 and "mitään ei tuotu" in finnish.stderr and "huono.csv:2:" in finnish.stderr
    assert "nothing was imported" not in finnish.stderr
    swedish = run("--lang", "sv", *db, "import-customers", str(bad), lang="fi_FI.UTF-8")
    assert "ingenting importerades" in swedish.stderr
    bare = run(*db, "list-users", lang="C.UTF-8")
    assert bare.returncode == 0 and "käytössä" in bare.stdout and "paakayttaja" in bare.stdout
    missing = run("--db", str(tmp_path / "ei-ole.sqlite3"), "list-users", lang="sv_FI.UTF-8")
    assert missing.returncode == 1 and missing.stderr.startswith("fel: ") and "Traceback" not in missing.stderr
