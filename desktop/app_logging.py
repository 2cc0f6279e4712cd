"""Application logging: a rotating file in the platform's log directory, with every hetu redacted.

Redaction happens twice on purpose: the filter cleans the message before any handler sees it, and
the formatter cleans the final text, which also covers tracebacks and exception messages that
are formatted after the filters ran.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from desktop.core.hetu import redact

APP_NAME = "palvelutiski"
LOG_FILE = "palvelutiski.log"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class HetuRedactingFilter(logging.Filter):
    """Replaces every hetu-shaped substring of the rendered message with its mask."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_directory() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Log to ``<log dir>/palvelutiski.log`` (5 × 1 MB) and to stderr; returns the file's path."""
    directory = directory or log_directory()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                        encoding="utf-8")
    console = logging.StreamHandler()
    root = logging.getLogger()
    for handler in (file_handler, console):
        handler.addFilter(HetuRedactingFilter())
        handler.setFormatter(RedactingFormatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    # Alembic announces every plugin and migration context at INFO; only its problems belong here.
    logging.getLogger("alembic").setLevel(max(level, logging.WARNING))
    return path
