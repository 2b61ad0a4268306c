"""Every notebook runs top to bottom through a real Jupyter kernel, while a flow holds the DB.

The kernel is the venv's ipykernel (a kernelspec written for the test, pointing at this
Python), matplotlib draws with Agg, and the parameters cell is overridden the way papermill
does it: a cell right after it. Any error in any cell fails the test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

from flows.sample import API_KEY, CARD
from flows.store import Store
from tests.notebooks.support import NOTEBOOKS, FlowsDb

# Raw values planted in the sample posts: no notebook output may show them.
SECRETS = (CARD, API_KEY, "jamie.rivera@example.com", "555-0134", "jr88@example.net")
FAST = {"sentiment_quality": {"MAX_ROWS_PER_FILE": 150, "SAMPLE_MENTIONS": 150}}
COUNT_FIGURES = "import matplotlib.pyplot as plt\nprint('figures:', len(plt.get_fignums()))"


@pytest.fixture(scope="module")
def kernel_specs(tmp_path_factory: pytest.TempPathFactory) -> KernelSpecManager:
    root = tmp_path_factory.mktemp("kernels")
    spec = root / "brandrisk-test"
    spec.mkdir()
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "brandrisk test",
                "language": "python",
                "env": {"MPLBACKEND": "Agg", "PYDEVD_DISABLE_FILE_VALIDATION": "1"},
            }
        )
    )
    return KernelSpecManager(kernel_dirs=[str(root)], ensure_native_kernel=False)


def with_parameters(nb: nbformat.NotebookNode, values: dict[str, object]) -> None:
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    source = "\n".join(f"{k} = {v!r}" for k, v in values.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(at + 1, cell)


def output_text(nb: nbformat.NotebookNode) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for mime in ("text/plain", "text/html"):
                parts.append(out.get("data", {}).get(mime, ""))
    return "\n".join(parts)


@pytest.mark.parametrize(
    "source",
    sorted(p for p in NOTEBOOKS.glob("*.py") if not p.name.startswith("_")),
    ids=lambda p: p.stem,
)
def test_notebook_runs_while_a_flow_writes(
    source: Path,
    flows_db: FlowsDb,
    kernel_specs: KernelSpecManager,
    real_sleep: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    monkeypatch.setattr(time, "sleep", real_sleep)  # the kernel client polls with real waits
    nb = jupytext.read(source)
    values: dict[str, object] = {"DB": str(flows_db.path), "DAY": flows_db.days[-1].isoformat()}
    values.update(FAST.get(source.stem, {}))
    with_parameters(nb, values)
    nb.cells.append(nbformat.v4.new_code_cell(COUNT_FIGURES))
    km = AsyncKernelManager(kernel_name="brandrisk-test", kernel_spec_manager=kernel_specs)
    client = NotebookClient(
        nb, km=km, timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    # A flow holds the database for writing the whole time: the notebook reads the snapshot.
    with Store.open(flows_db.path, wait_s=0):
        client.execute()  # raises CellExecutionError on any error
    text = output_text(nb)
    leaked = [s for s in SECRETS if s in text]
    assert not leaked, f"{source.stem} shows raw {leaked}"
    figures = int(nb.cells[-1].outputs[0]["text"].split(":")[1])
    assert figures >= 2, f"{source.stem} drew {figures} figures"
