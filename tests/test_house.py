"""The house rules docs/architecture.md states that a linter does not check: no two modules
of desk import each other, by any path (imports inside functions count), and no module
outside the migrations is much over 500 lines."""

from __future__ import annotations

from pathlib import Path

import grimp

DESK = Path(__file__).resolve().parents[1] / "desk"


def test_no_module_of_desk_reaches_back_to_what_imports_it() -> None:
    graph = grimp.build_graph("desk")
    circles = sorted({tuple(sorted((module, imported))) for module in graph.modules
                      for imported in graph.find_modules_directly_imported_by(module)
                      if graph.chain_exists(importer=imported, imported=module)})
    assert circles == [], f"modules that import each other: {circles}"


def test_no_module_is_a_hall() -> None:
    long = {str(p.relative_to(DESK)): n for p in DESK.rglob("*.py")
            if "migrations" not in p.parts
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > 520}
    assert long == {}, f"over 520 lines: split where the file parts: {long}"
