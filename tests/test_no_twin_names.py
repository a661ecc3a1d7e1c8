"""No module of crawler/ or pipelines/ defines the same top-level name twice.

Two branches merged cleanly can each add a constant or function of one name; the second then
silently replaces the first (a 1 MB setting ran as 5 MB, a 2-level search ran 4 levels deep).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for d in ("crawler", "pipelines") for p in (ROOT / d).rglob("*.py"))


def top_level_names(source: str) -> Counter[str]:
    """Count the names each top-level statement of *source* binds (def, class, assignment)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_a_twin_is_found() -> None:
    assert top_level_names("A = 1\ndef f(): pass\nA = 2\n")["A"] == 2


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = top_level_names(path.read_text(encoding="utf-8"))
    assert [name for name, n in names.items() if n > 1] == []
