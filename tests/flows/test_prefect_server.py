"""Ops' path for real: a Prefect server, ``prefect deploy --all`` from prefect.yaml, a worker.

The steps are the README's "A Prefect server and a worker", run as separate processes on
loopback with their own PREFECT_HOME and SQLite database: start the server, create the
``brandrisk`` process work pool, register the repository's deployments, trigger
``daily/daily-report`` for a recorded day, let a worker run it, and read the result back.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from analysis.profile import load_profile
from flows.sample import generate_sample
from flows.settings import EXAMPLE_PROFILE

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PREFECT = [sys.executable, "-m", "prefect"]
DAY = "2026-10-02"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[Any]) -> None:
    """Stop a process we started, and its children (it leads its own process group)."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=15)


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as r:  # loopback only
        return json.loads(r.read())


def _post(url: str, body: dict[str, Any]) -> Any:
    req = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """``prefect server start`` on a free loopback port; yields its API URL and a client env."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": (
            f"sqlite+aiosqlite:///{tmp_path / 'prefect.db'}"
        ),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    # No scheduler: the deployments' cron schedules must not add runs the worker would take.
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [*PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port),
         "--no-scheduler", "--no-late-runs", "--no-ui", "--analytics-off"],
        env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if _get(f"{api}/health") is True:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(
                    "Prefect server did not start:\n" + (tmp_path / "server.log").read_text()
                )
            time.sleep(0.5)
        yield api, env
    finally:
        _stop(proc)
        log.close()


def _run(argv: list[str], env: dict[str, str], cwd: Path, timeout: float = 90) -> str:
    proc = subprocess.run(
        argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )  # fmt: skip
    assert proc.returncode == 0, f"{argv}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def test_deploy_from_prefect_yaml_and_a_worker_runs_the_daily_report(
    server: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    api, env = server
    recorded = tmp_path / "recorded"
    generate_sample(
        load_profile(EXAMPLE_PROFILE), recorded, start=date(2026, 10, 1), days=2, posts=300
    )
    spec_before = (ROOT / "prefect.yaml").read_bytes()
    env = {**env, "BRANDRISK_HOME": str(ROOT)}

    _run([*PREFECT, "work-pool", "create", "brandrisk", "--type", "process"], env, tmp_path)
    _run([*PREFECT, "--no-prompt", "deploy", "--all"], env, ROOT)
    assert (ROOT / "prefect.yaml").read_bytes() == spec_before  # deploy must not rewrite it

    deployment = _get(f"{api}/deployments/name/daily/daily-report")
    # `prefect deploy` fills in BRANDRISK_HOME from its own environment: the worker goes to
    # that folder (the code and .env) before it loads the flow.
    assert deployment["pull_steps"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT)}}
    ]
    assert deployment["work_pool_name"] == "brandrisk"
    hourly = _get(f"{api}/deployments/name/hourly-ingest/hourly-ingest")
    assert hourly["entrypoint"] == "flows/daily.py:hourly_ingest"

    # What ops type to re-run a day, with the paths of this test.
    params = {
        "day": DAY,
        "db": str(tmp_path / "b.duckdb"),
        "out": str(tmp_path / "reports"),
        "source": "replay",
        "replay_dir": str(recorded),
        "send": False,
    }
    argv = [*PREFECT, "deployment", "run", "daily/daily-report", "--params", json.dumps(params)]
    _run(argv, env, tmp_path)
    runs = _post(f"{api}/flow_runs/filter", {"deployments": {"id": {"any_": [deployment["id"]]}}})
    assert len(runs) == 1 and runs[0]["state_type"] == "SCHEDULED"
    run_id = runs[0]["id"]

    # A worker somewhere else (another folder): the pull step takes it to the code.
    worker_dir = tmp_path / "worker"
    worker_dir.mkdir()
    worker = subprocess.Popen(
        [*PREFECT, "worker", "start", "--pool", "brandrisk", "--run-once"],
        env=env, cwd=worker_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        out, _ = worker.communicate(timeout=120)
    finally:
        _stop(worker)
    state: dict[str, Any] = {}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        state = _get(f"{api}/flow_runs/{run_id}")
        if state["state_type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}:
            break
        time.sleep(0.5)
    assert state["state_type"] == "COMPLETED", out
    assert state["parameters"]["day"] == DAY
    for name in ("marketing.html", "hr.html", "marketing.json"):
        assert (tmp_path / "reports" / DAY / name).stat().st_size > 0
    summary = json.loads((tmp_path / "reports" / DAY / "marketing.json").read_text())
    assert summary["summary"]["n_mentions"] > 0 and summary["missing_sources"] == []
