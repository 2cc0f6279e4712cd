"""Every widget module is loaded by the program users start: a view nothing imports is a feature nobody
can reach (as the written-request views once were, while their tests built them by hand).

The import graph (grimp, which import-linter uses) counts imports inside functions too: the pages the
main window builds on demand (desktop.views.admin.role_pages) are imported there.
"""

from __future__ import annotations

import grimp


def test_every_view_module_is_reachable_from_the_entry_point():
    graph = grimp.build_graph("desktop")
    reachable = graph.find_upstream_modules("desktop.__main__")
    views = sorted(m for m in graph.modules if m.startswith("desktop.views."))
    # A package (__init__) is loaded with any module inside it.
    unreachable = [m for m in views if m not in reachable
                   and not (graph.find_children(m) and any(c in reachable for c in graph.find_descendants(m)))]
    assert views and not unreachable, f"not loaded by `palvelutiski` (desktop.__main__): {unreachable}"
