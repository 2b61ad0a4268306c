"""Scoring and flagging on Dask (prefect-dask) gives exactly what worker processes give."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from analysis.profile import Profile, load_profile
from connectors.replay import ReplayRedditClient, ReplayXClient, recorded_days
from flows.ingest import ingest_partition, partitions
from flows.sample import generate_sample
from flows.scale import TASK_NAME
from flows.score import analyze_pending
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store

pytestmark = pytest.mark.integration

POSTS = 3000
CHUNK = 1000  # small chunks: several partitions even for a few thousand posts
TABLES = {
    "sentiment_scores": "select * exclude (scored_at) from sentiment_scores order by all",
    "flags": "select * exclude (flagged_at) from flags order by all",
    "analyzed": "select * exclude (analyzed_at) from analyzed order by all",
}


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(EXAMPLE_PROFILE)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, profile: Profile) -> Path:
    """A database with a few thousand generated posts stored and none analyzed."""
    root = tmp_path_factory.mktemp("dask-data")
    db, recorded = root / "ingested.duckdb", root / "recorded"
    generate_sample(profile, recorded, start=date(2026, 10, 1), days=3, posts=POSTS)
    with Store.open(db) as store:
        for day in recorded_days(recorded):
            clients = (ReplayXClient(recorded, day), ReplayRedditClient(recorded, day))
            for platform, client in zip(("x", "reddit"), clients, strict=True):
                for part in partitions(profile, platform):
                    ingest_partition(store, client, platform, part, max_requests=10_000)
        assert store.count("mentions") > 2 * CHUNK
    return db


def analyze_copy(
    ingested: Path, dst: Path, profile: Profile, **kw: Any
) -> tuple[dict[str, list[dict]], float]:
    shutil.copy(ingested, dst)
    with Store.open(dst) as store:
        stats = analyze_pending(store, profile, workers=2, chunk_size=CHUNK, **kw)
        assert stats.n_analyzed == store.count("mentions")
        return {t: store.rows(sql) for t, sql in TABLES.items()}, stats.seconds


@pytest.fixture(scope="module")
def expected(
    ingested: Path, tmp_path_factory: pytest.TempPathFactory, profile: Profile
) -> dict[str, list[dict]]:
    """What the default runner (two worker processes) writes."""
    tables, _ = analyze_copy(ingested, tmp_path_factory.mktemp("ref") / "b.duckdb", profile)
    assert tables["flags"] and tables["sentiment_scores"]
    return tables


def partition_runs(n_expected: int) -> list[Any]:
    """The completed ``analyze-partition`` task runs the API knows (recorded from events)."""
    from prefect import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName

    runs: list[Any] = []
    deadline = time.monotonic() + 30
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            runs = client.read_task_runs(
                task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_=TASK_NAME)),
                limit=200,
            )
            if len([r for r in runs if r.state_name == "Completed"]) >= n_expected:
                break
            time.sleep(0.5)
    return [r for r in runs if r.state_name == "Completed"]


def test_a_local_dask_cluster_writes_row_for_row_what_processes_write(
    prefect_server: None, ingested: Path, tmp_path: Path, profile: Profile,
    expected: dict[str, list[dict]],
) -> None:  # fmt: skip
    got, _ = analyze_copy(ingested, tmp_path / "b.duckdb", profile, task_runner="dask")
    for table, rows in expected.items():
        assert got[table] == rows, f"{table} differs from the default runner's"
    # Every partition ran as a Prefect task run on a Dask worker, reported to the API.
    n_chunks = -(-len(expected["analyzed"]) // CHUNK)
    assert len(partition_runs(n_chunks)) == n_chunks


def test_an_existing_cluster_by_address_runs_the_partitions(
    prefect_server: None, ingested: Path, tmp_path: Path, profile: Profile,
    expected: dict[str, list[dict]],
) -> None:  # fmt: skip
    from distributed import Client, LocalCluster, get_task_stream

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        # Not the default client: the runner must connect by the address it is given.
        Client(cluster, set_as_default=False) as client,
    ):  # fmt: skip
        with get_task_stream(client) as stream:
            got, _ = analyze_copy(
                ingested, tmp_path / "b.duckdb", profile,
                task_runner="dask", dask_address=cluster.scheduler_address,
            )  # fmt: skip
        cluster_workers = set(client.scheduler_info()["workers"])
    for table, rows in expected.items():
        assert got[table] == rows, f"{table} differs from the default runner's"
    # Each partition ran on this cluster's workers.
    n_chunks = -(-len(expected["analyzed"]) // CHUNK)
    ran_on = [t["worker"] for t in stream.data]
    assert len(ran_on) == n_chunks and set(ran_on) <= cluster_workers, (ran_on, cluster_workers)


def test_a_remote_cluster_without_a_prefect_server_is_refused_with_the_fix(
    profile: Profile,
) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.scale import DaskPool

    with (
        temporary_settings(restore_defaults={PREFECT_API_URL}),
        pytest.raises(RuntimeError, match="set PREFECT_API_URL"),
    ):
        DaskPool(2, "tcp://dask-scheduler.example:8786")
