"""Dependencies point one way: connectors import nothing of ours, analysis only record types."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = {"connectors", "analysis", "flows"}
ALLOWED = {
    "connectors": {"connectors"},
    "analysis": {"analysis", "connectors.base"},
    "flows": OURS,
}


def imports(path: Path) -> set[str]:
    """Our own modules a file imports."""
    return {m for m in _all_imports(path) if m.split(".")[0] in OURS}


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_dependencies_point_one_way(package: str) -> None:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for module in imports(path):
            if not any(module == ok or module.startswith(ok + ".") for ok in ALLOWED[package]):
                bad.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not bad, "\n".join(bad)


def test_only_flows_store_talks_to_duckdb() -> None:
    users = [
        p.relative_to(ROOT).as_posix()
        for pkg in OURS
        for p in (ROOT / pkg).rglob("*.py")
        if "duckdb" in {m.split(".")[0] for m in _all_imports(p)}
    ]
    assert users == ["flows/store.py"]


def _all_imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out
