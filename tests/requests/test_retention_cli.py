"""``palvelutiski-admin retention --apply`` on the command line (issue 14): a bar with the time left while the
batches run, one summary line at the end; Ctrl+C keeps the batches that finished and says how many items."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from test_retention import ADMIN, _due, aged  # noqa: F401  (aged: the fixture with something due under every rule)

from db.database import Database
from desktop.cli import retention as retention_cli
from desktop.cli.messages import Messages


def test_apply_shows_progress_and_ctrl_c_keeps_the_finished_batches(database: Database, aged, monkeypatch,  # noqa: F811
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    due = sum(items for items, _oldest in _due(database).values())
    updates: list[tuple[int, int]] = []

    @contextmanager
    def bar(_say: Messages, _description: str) -> Iterator:
        def update(done: int, total: int) -> None:
            updates.append((done, total))
            if len(updates) == 2:
                raise KeyboardInterrupt  # Ctrl+C after the second batch committed

        yield update

    monkeypatch.setattr(retention_cli, "progress_bar", bar)
    args = argparse.Namespace(apply=True, batch=1)
    assert retention_cli.run(args, database, ADMIN, Messages("en")) == 130
    assert updates == [(1, due), (2, due)]
    assert capsys.readouterr().err == ("Interrupted: 2 items destroyed in finished batches are kept; the next run "
                                       "carries on.\n")
    assert sum(items for items, _oldest in _due(database).values()) == due - 2

    monkeypatch.undo()
    assert retention_cli.run(args, database, ADMIN, Messages("en")) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"Retention carried out: {due - 2} items destroyed."
    assert sum(items for items, _oldest in _due(database).values()) == 0
