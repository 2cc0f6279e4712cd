"""Database failures as the database lane (desktop.operations.runner) needs to see them.

The lane classifies whatever its work raised, retries a retryable failure once when nothing was
committed, and tells the status bar whether the database is reachable. The classification is db's
(db/errors.py, the one place that reads driver codes); this module is how operations reach it without
importing db or SQLAlchemy themselves.
"""

from __future__ import annotations

from db.errors import DatabaseProblem, classify, commit_count, is_connection_failure

__all__ = ["DatabaseProblem", "classify", "commit_count", "is_connection_failure"]
