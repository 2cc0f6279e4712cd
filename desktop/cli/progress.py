"""Progress of long commands on the terminal: a bar with the time left, then one summary line.

rich draws the bar on stderr while the command runs and removes it at the end (the command prints its
own summary line). When stderr is not a terminal (a log file, a scheduled task) nothing is drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop.cli.messages import Messages
from desktop.core.i18n import N_

Update = Callable[[int, int], None]  # (done, total)


@contextmanager
def progress_bar(say: Messages, description: str) -> Iterator[Update]:
    if not sys.stderr.isatty():
        yield lambda _done, _total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
               TextColumn(say(N_("left"))))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        yield update
