"""The house's shape, checked: no import cycles among desktop/ and db/, no dialect branch outside db/,
views that import from desktop/services only its DTO and port modules.

import-linter (pyproject.toml [tool.importlinter]) keeps the layers; these rules it cannot say.
The first two carry an allow-list of what is still pending, each entry naming the room that removes it
(issue 11). The lists only shrink: an entry that no longer applies fails
``test_the_allow_lists_name_only_what_is_still_pending``, so delete it when your move lands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent

# Modules still inside an import cycle, and the room that breaks it.
CYCLES_PENDING: dict[str, str] = {}

# Files outside db/ that still branch on the database dialect, and the room that moves the branch below db/.
DIALECT_PENDING: dict[str, str] = {}

# What a dialect branch looks like: the engine's dialect name, a comparison of a ``.dialect`` property,
# or a URL's backend name. (Printing ``database.dialect`` in a benchmark's output is not a branch.)
DIALECT_BRANCH = re.compile(r"dialect\.name\b|\.dialect\s*(?:==|!=|\bin\b|\bnot\s+in\b)|get_backend_name\(")
SCANNED = ("desktop", "bench", "packaging")


def _import_cycles() -> list[list[str]]:
    """Strongly connected components (more than one module) of the import graph of desktop and db,
    TYPE_CHECKING imports included: a cycle for the type checker is still a cycle for the reader."""
    graph = grimp.build_graph("desktop", "db", cache_dir=None)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative Tarjan: the graph is deep enough for Python's recursion limit to matter one day.
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def _dialect_branches() -> dict[str, list[str]]:
    """Each scanned file outside db/ with a dialect branch: its lines "N: text" (comments skipped)."""
    found: dict[str, list[str]] = {}
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith("desktop/ui/"):  # compiled forms
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if DIALECT_BRANCH.search(code):
                    found.setdefault(relative, []).append(f"{number}: {line.strip()}")
    return found


def test_no_import_cycles_among_desktop_and_db() -> None:
    unexpected = [cycle for cycle in _import_cycles() if not set(cycle) <= CYCLES_PENDING.keys()]
    assert unexpected == [], (
        "These modules import each other (directly or round a loop); move what both need into a third "
        f"module that imports neither: {unexpected}")


def test_no_dialect_branch_outside_db() -> None:
    unexpected = {path: lines for path, lines in _dialect_branches().items() if path not in DIALECT_PENDING}
    assert unexpected == {}, (
        "Dialect branches belong in db/ (a repository function, db.engine or db.errors); the caller asks "
        f"what it needs, not which database it is: {unexpected}")


def test_the_allow_lists_name_only_what_is_still_pending() -> None:
    in_cycles = {module for cycle in _import_cycles() for module in cycle}
    branching = _dialect_branches().keys()
    stale = sorted([f"CYCLES_PENDING[{m!r}] ({room})" for m, room in CYCLES_PENDING.items() if m not in in_cycles]
                   + [f"DIALECT_PENDING[{p!r}] ({room})" for p, room in DIALECT_PENDING.items() if p not in branching])
    assert stale == [], f"Landed: delete these entries from tests/test_architecture.py: {stale}"


@pytest.mark.parametrize("line", ["if session.get_bind().dialect.name == 'postgresql':",
                                  "if database.dialect == 'sqlite':", "url.get_backend_name() == 'sqlite'"])
def test_the_dialect_check_sees_a_branch(line: str) -> None:
    assert DIALECT_BRANCH.search(line)


@pytest.mark.parametrize("line", ["print(f'{database.dialect}: {n} customers')", "detail={'dialect': database.dialect}"])
def test_the_dialect_check_lets_a_mention_be(line: str) -> None:
    assert not DIALECT_BRANCH.search(line)


def _views_service_imports() -> list[str]:
    """Each import of a desktop.services module by a desktop.views module whose name does not end in
    ``_dtos`` or ``_ports``, as "view -> service" (TYPE_CHECKING and function-level imports included)."""
    graph = grimp.build_graph("desktop", "db", cache_dir=None)
    found = []
    for view in sorted(m for m in graph.modules if m == "desktop.views" or m.startswith("desktop.views.")):
        for imported in sorted(graph.find_modules_directly_imported_by(view)):
            if (imported.startswith("desktop.services.")
                    and not imported.endswith(("_dtos", "_ports"))):
                found.append(f"{view} -> {imported}")
    return found


def test_views_import_only_service_dtos_and_ports() -> None:
    # A view shows what an operation returned and hands the user's input to an operation: it needs the
    # services' types (frozen DTOs, the failures it tells apart, ports the composition root fills), never
    # the services themselves, which run on the database lane (issue 11).
    assert _views_service_imports() == [], (
        "Views import from desktop.services only *_dtos and *_ports modules: move the type into the area's "
        "<area>_dtos.py (or a Protocol into <area>_ports.py), or run the work through an operation: "
        f"{_views_service_imports()}")


def test_service_dtos_and_ports_import_only_the_core() -> None:
    # What a view may import must not bring the services back in by the side door: a *_dtos or *_ports
    # module imports only desktop.core and other *_dtos/*_ports modules (no db, no SQLAlchemy behind it).
    graph = grimp.build_graph("desktop", "db", cache_dir=None)

    def is_dto(module: str) -> bool:
        return module.startswith("desktop.services.") and module.endswith(("_dtos", "_ports"))

    wrong = [f"{module} -> {imported}"
             for module in sorted(filter(is_dto, graph.modules))
             for imported in sorted(graph.find_modules_directly_imported_by(module))
             if not (imported.startswith("desktop.core.") or is_dto(imported))]
    assert wrong == [], f"A *_dtos or *_ports module imports only desktop.core and other DTOs/ports: {wrong}"
