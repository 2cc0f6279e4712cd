"""Peak memory of the desk, measured the way a user meets it, on SQLite and on PostgreSQL.

Each measured run is a fresh process that does what ``palvelutiski`` does (desktop.__main__.main: style,
icon, the login dialog), types a demo user's name and password and signs in, waits until the desk is
shown and its first queries are answered, and then brings every page of the role forward once. It
prints its resident memory (VmRSS) and peak (VmHWM, /proc/self/status) at each of those moments. The
baseline, in the same run and the same way: a process showing an empty PySide6 dialog with one line
edit (the floor of any Qt program).

Budget (issue 14): peak with the desk open <= 160 MiB on the demo database.
Usage: ``.venv/bin/python bench/desk_memory.py [--runs 3] [--only sqlite|postgresql] [--exercise]
[--sqlite FILE --username U --password P]`` (``--sqlite`` measures an existing file instead of the demo,
e.g. a register of 1,000,000 customers made with ``palvelutiski-admin demo-data``).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN = os.environ.get("PALVELUTISKI_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
BUDGET_MIB = 160

EMPTY_DIALOG = """
import json
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
app = QApplication([])
dialog = QDialog()
QVBoxLayout(dialog).addWidget(QLineEdit())
dialog.show()
app.processEvents()
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({"dialog": [int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024]}))
"""


def memory() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MiB."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


SEARCHES = ("Virtanen", "Korhonen Aino", "Mäki", "Kauppakatu", "Nieminen", "Laine", "Koskinen Juha", "Järvi")


def child(db: str, username: str, password: str, exercise: bool = False) -> int:
    """One user's start: the login dialog, sign in, the desk ready, every page brought forward once (and,
    with ``exercise``, a few searches over the register, which fill SQLite's page caches)."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QTabWidget

    from desktop import app_logging
    from desktop.__main__ import build_desk_app, parse_args
    from desktop.views import style

    app_logging.configure()
    QCoreApplication.setApplicationName("Palvelutiski")
    QCoreApplication.setOrganizationName("Palvelutiski")
    qapp = QApplication([])
    style.apply(qapp)
    desk = build_desk_app(qapp, parse_args(["--db", db, "--lang", "fi"]))
    desk.start()
    qapp.processEvents()
    figures: dict[str, tuple[float, float]] = {"dialog": memory()}

    def sign_in() -> None:
        dialog = desk.login_dialog
        assert dialog is not None
        dialog.ui.username_edit.setText(username)
        dialog.ui.password_edit.setText(password)
        dialog.submit()
        poll()

    def poll() -> None:
        # The desk is ready when the window is shown and the lane has had nothing to do for a moment.
        dialog = desk.login_dialog
        if desk.window is None and dialog is not None and not dialog.busy and not desk.runner.busy:
            print(f"sign-in refused: {dialog.ui.message_label.text()}", file=sys.stderr)
            qapp.exit(1)
            return
        if desk.window is None or desk.runner.busy:
            QTimer.singleShot(100, poll)
            return
        if "desk" not in figures:
            figures["desk"] = memory()
            tabs = desk.window.findChild(QTabWidget, "rolePages")
            pages = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else []
            for page in pages:
                tabs.setCurrentWidget(page)  # type: ignore[union-attr]
                qapp.processEvents()
            QTimer.singleShot(300, poll)
            return
        if "pages" not in figures:
            figures["pages"] = memory()
        if exercise and searches and callable(getattr(desk.window.desk, "search_for", None)):
            desk.window.desk.search_for(searches.pop(0))
            QTimer.singleShot(300, poll)
            return
        if exercise:
            figures["searches"] = memory()
        print(json.dumps(figures), flush=True)
        desk.window.close()

    searches = list(SEARCHES)

    # As a user: the dialog is on screen before the name and password are typed (the warm-up runs meanwhile).
    QTimer.singleShot(1000, sign_in)
    return qapp.exec()


def run_child(env: dict[str, str], *args: str) -> dict[str, list[float]]:
    out = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{args[:3]} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def demo_postgres() -> tuple[str, str, str, object]:
    """A PostgreSQL database like the SQLite demo (users, 2,000 customers, today's work); its URL, the agent's
    login and a clean-up."""
    import psycopg

    from db.database import Database
    from desktop.core.roles import Role
    from desktop.services.users import UserAdminService
    from desktop.tooling import demo_data, demo_today, setup

    name = f"bench_memory_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    database = Database.connect(url)
    suffix = secrets.token_hex(3)
    logins = {role: f"bench_{role.value}_{suffix}" for role in Role}
    setup.initialise_database(database, setup.DEMO_PROFILE, logins[Role.ADMIN], setup.DEMO_PASSWORD)
    users = UserAdminService(database, setup.SETUP_ACTOR)
    for role, login in logins.items():
        if role is not Role.ADMIN:
            users.create_user(login, role, setup.DEMO_PASSWORD)
    demo_data.generate(database, setup.DEMO_CUSTOMERS, setup.DEMO_SEED, actor=setup.SETUP_ACTOR, workers=1)
    demo_today.add_todays_work(database)
    database.dispose()

    def drop() -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for login in logins.values():
                conn.execute(f'DROP ROLE IF EXISTS "{login}"')

    host = PG_ADMIN.split("@", 1)[1].rsplit("/", 1)[0]
    return f"postgresql://{host}/{name}", logins[Role.AGENT], setup.DEMO_PASSWORD, drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--sqlite", type=Path, help="measure this existing SQLite file instead of the demo")
    parser.add_argument("--username", default="agent")
    parser.add_argument("--password")
    parser.add_argument("--exercise", action="store_true",
                        help="after the pages, search the register a few times (a large file's page caches fill)")
    parser.add_argument("--child", nargs=3, metavar=("DB", "USER", "PASSWORD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child, exercise=args.exercise)
    from desktop.tooling import setup

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        if not args.sqlite:  # the demo in a home of its own; an existing file's key is in the user's keyring
            env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                    "XDG_STATE_HOME": str(home / "state")}
        targets: list[tuple[str, str, str, str]] = []
        cleanups = []
        try:
            if args.sqlite:
                targets.append((f"sqlite {args.sqlite.name}", str(args.sqlite), args.username,
                                args.password or setup.DEMO_PASSWORD))
            else:
                if args.only in (None, "sqlite"):
                    demo = home / "demo.sqlite3"
                    # Made in the measured processes' home: the demo's key goes to that home's keyring.
                    run_child(env, "-c", f"from desktop.tooling import setup; "
                              f"setup.ensure_demo_database({str(demo)!r}).dispose(); print('{{}}')")
                    targets.append(("sqlite demo", str(demo), args.username, setup.DEMO_PASSWORD))
                if args.only in (None, "postgresql"):
                    url, login, password, drop = demo_postgres()
                    cleanups.append(drop)
                    targets.append(("postgresql demo", url, login, password))
            for label, db, user, password in targets:
                extra = ["--exercise"] if args.exercise else []
                runs = [run_child(env, __file__, *extra, "--child", db, user, password) for _ in range(args.runs)]
                floors = [run_child(env, "-c", EMPTY_DIALOG)["dialog"][1] for _ in range(args.runs)]
                rows.append((label, runs, statistics.median(floors)))
        finally:
            for drop in cleanups:
                drop()  # type: ignore[operator]
    print("| database | moment | RSS MiB | peak MiB | empty dialog peak MiB | ratio |")
    print("|---|---|---:|---:|---:|---:|")
    for label, runs, floor in rows:
        moments = [("dialog", "login dialog shown"), ("desk", "desk ready"), ("pages", "every page shown")]
        for key, moment in moments + ([("searches", f"after {len(SEARCHES)} searches")] if args.exercise else []):
            rss = statistics.median(r[key][0] for r in runs)
            peak = statistics.median(r[key][1] for r in runs)
            print(f"| {label} | {moment} | {rss:.0f} | {peak:.0f} | {floor:.0f} | {peak / floor:.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
