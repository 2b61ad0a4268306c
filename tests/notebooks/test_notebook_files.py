"""The notebooks as files: paired .py/.ipynb in sync, no outputs, no magics, a parameters cell."""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
import pytest

from flows.evaluate import read_labeled
from tests.notebooks.support import NOTEBOOKS

SOURCES = sorted(p for p in NOTEBOOKS.glob("*.py") if not p.name.startswith("_"))


def cells(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


def test_there_are_the_three_notebooks() -> None:
    assert {p.stem for p in SOURCES} >= {"explore_mentions", "review_flags", "sentiment_quality"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_py_and_ipynb_are_in_sync(source: Path) -> None:
    paired = source.with_suffix(".ipynb")
    assert paired.exists(), f"{paired.name} missing: run `make notebooks`"
    from_py = jupytext.read(source)
    stored = nbformat.read(paired, as_version=4)
    assert cells(from_py) == cells(stored), (
        f"{source.name} and {paired.name} differ: run `make notebooks`"
    )
    assert from_py.metadata["jupytext"]["formats"] == "ipynb,py:percent"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_stored_notebook_has_no_outputs(source: Path) -> None:
    # Outputs would put the database's contents (personal data included) into git.
    stored = nbformat.read(source.with_suffix(".ipynb"), as_version=4)
    code = [c for c in stored.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_no_magics_and_a_parameters_cell(source: Path) -> None:
    nb = jupytext.read(source)
    code = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code:
        for line in cell.source.splitlines():
            assert not line.lstrip().startswith(("%", "!")), f"magic in {source.name}: {line}"
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1, f"{source.name} needs exactly one cell tagged 'parameters'"
    names = {line.split("=")[0].strip() for line in params[0].source.splitlines() if "=" in line}
    assert {"DB", "DAY"} <= names


def test_bundled_labeled_sample_is_usable() -> None:
    texts, labels = read_labeled(NOTEBOOKS / "data" / "labeled_sample.csv")
    assert len(texts) == 50
    assert {labels.count(x) for x in ("negative", "neutral", "positive")} >= {16}
    assert all(t.strip() for t in texts)
