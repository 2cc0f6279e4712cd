"""CSV files for the marketing department's spreadsheet, written all or nothing.

UTF-8 with a byte-order mark and ``;`` as the delimiter, as Excel with Finnish regional settings opens it
directly; every cell through desktop.core.text.spreadsheet_row (a cell beginning = + - @ tab CR is
neutralised). The rows go to ``FILE.partial`` beside the target, renamed when the block ends without an
error: a failed export (or one whose transaction rolled back) never leaves half a list behind.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.text import spreadsheet_row

WriteRow = Callable[[Iterable[object]], None]


@contextmanager
def spreadsheet_csv(path: Path, header: Iterable[str]) -> Iterator[WriteRow]:
    path = path.expanduser()
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            yield lambda values: writer.writerow(spreadsheet_row(values))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
