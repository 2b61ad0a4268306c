"""Prefect global concurrency limits on a real (temporary) Prefect API: slots really taken."""

from __future__ import annotations

import contextlib
import itertools
import logging
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from connectors.replay import ReplayXClient, recorded_days
from flows.limits import (
    DEFAULT_LIMITS,
    DUCKDB_WRITER,
    REDDIT_API,
    X_API,
    RateLimitedClient,
    ensure_limits,
    rate_limited,
    writer_slot,
)
from flows.settings import EXAMPLE_PROFILE, load_settings
from flows.store import Store, StoreLocked

pytestmark = pytest.mark.integration


@pytest.fixture
def client(prefect_server: None) -> Iterator[Any]:
    """A Prefect client on the test API, with no brandrisk limit left from another test."""
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as c:
        for spec in DEFAULT_LIMITS:
            with contextlib.suppress(ObjectNotFound):
                c.delete_global_concurrency_limit_by_name(spec.name)
        yield c


def create(client: Any, name: str, limit: int, decay: float) -> None:
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate

    client.create_global_concurrency_limit(
        GlobalConcurrencyLimitCreate(name=name, limit=limit, slot_decay_per_second=decay)
    )


class CountingX(ReplayXClient):
    """Replays a recorded day and counts the requests made to it."""

    calls = 0

    def search_recent(self, query, **kw):  # type: ignore[no-untyped-def]
        type(self).calls += 1
        return super().search_recent(query, **kw)


def test_ensure_limits_creates_the_defaults_and_keeps_tuned_ones(client: Any) -> None:
    assert ensure_limits() == [X_API, REDDIT_API, DUCKDB_WRITER]
    x = client.read_global_concurrency_limit_by_name(X_API)
    reddit = client.read_global_concurrency_limit_by_name(REDDIT_API)
    writer = client.read_global_concurrency_limit_by_name(DUCKDB_WRITER)
    assert (x.limit, x.slot_decay_per_second) == (1, 0.5)
    assert (reddit.limit, round(reddit.slot_decay_per_second * 60)) == (10, 100)
    assert (writer.limit, writer.slot_decay_per_second) == (1, 0.0)
    from prefect.client.schemas.actions import GlobalConcurrencyLimitUpdate

    client.update_global_concurrency_limit(X_API, GlobalConcurrencyLimitUpdate(limit=3))
    assert ensure_limits() == []  # ops' tuning survives `brandrisk serve` restarts
    assert client.read_global_concurrency_limit_by_name(X_API).limit == 3
    assert DEFAULT_LIMITS[0].command() == (
        "prefect gcl create brandrisk-x-api --limit 1 --slot-decay-per-second 0.5"
    )


def test_every_live_request_of_the_ingest_task_takes_one_slot(
    client: Any, recorded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.profile import load_profile
    from flows import daily

    # A rate limit that decays so slowly that every slot taken is still counted at the end.
    create(client, X_API, limit=1000, decay=0.0001)
    day = max(
        recorded_days(recorded, "x"),
        key=lambda d: len(list((recorded / "x" / d.isoformat()).glob("*.json"))),
    )
    CountingX.calls = 0
    monkeypatch.setattr(daily, "make_client", lambda s, p, d: CountingX(recorded, d))
    settings = load_settings(source="live", db=str(tmp_path / "b.duckdb"))
    with Store.open(tmp_path / "b.duckdb") as store:
        results = daily.ingest_platform.fn(
            store, settings, load_profile(EXAMPLE_PROFILE), "x", day, "test-run"
        )
    assert sum(r.n_fetched for r in results) > 0
    assert CountingX.calls > 1
    active = client.read_global_concurrency_limit_by_name(X_API).active_slots
    assert active == CountingX.calls


def test_a_limit_of_one_spaces_the_requests_by_its_decay(client: Any) -> None:
    create(client, X_API, limit=1, decay=5.0)  # one request per 0.2 s
    made: list[float] = []

    class Api:
        def search_recent(self, query: str) -> dict[str, Any]:
            made.append(time.monotonic())
            return {"data": []}

    limited = rate_limited(Api(), "x", max_wait_s=60)
    assert isinstance(limited, RateLimitedClient)
    for _ in range(4):
        assert limited.search_recent("q") == {"data": []}
    gaps = [b - a for a, b in itertools.pairwise(made)]
    assert len(gaps) == 3 and min(gaps) >= 0.19, gaps


def test_the_writer_slot_is_held_for_the_block_and_a_second_writer_waits(client: Any) -> None:
    create(client, DUCKDB_WRITER, limit=1, decay=0.0)
    with writer_slot(60):
        assert client.read_global_concurrency_limit_by_name(DUCKDB_WRITER).active_slots == 1
        with pytest.raises(StoreLocked, match="BRANDRISK_LOCK_WAIT_S"), writer_slot(1):
            pass
    assert client.read_global_concurrency_limit_by_name(DUCKDB_WRITER).active_slots == 0


def test_without_limits_nothing_is_wrapped_or_warned(
    client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api = object()
    with caplog.at_level(logging.INFO):
        assert rate_limited(api, "x", max_wait_s=60) is api
        assert rate_limited(api, "reddit", max_wait_s=60) is api
        with writer_slot(60):
            pass
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_with_no_api_in_reach_no_server_is_started(monkeypatch: pytest.MonkeyPatch) -> None:
    """`brandrisk rescore` and friends outside a flow, no PREFECT_API_URL: no lookup at all."""
    import prefect
    from prefect.settings import PREFECT_API_URL, temporary_settings

    def no(*a: object, **k: object) -> None:
        raise AssertionError("looked a limit up with no Prefect API configured")

    monkeypatch.setattr(prefect, "get_client", no)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        api = object()
        assert rate_limited(api, "x", max_wait_s=60) is api
        with writer_slot(60):
            pass


def test_a_flow_runs_with_the_default_limits_and_releases_the_writer(
    client: Any, recorded: Path, tmp_path: Path
) -> None:
    from flows.daily import hourly_ingest

    ensure_limits()
    n = hourly_ingest(
        profile=str(EXAMPLE_PROFILE), db=str(tmp_path / "b.duckdb"), source="replay",
        replay_dir=str(recorded), day=date(2026, 10, 2).isoformat(),
    )  # fmt: skip
    assert n > 0
    assert client.read_global_concurrency_limit_by_name(DUCKDB_WRITER).active_slots == 0
    # Replay reads local files: it takes no platform slot.
    assert client.read_global_concurrency_limit_by_name(X_API).active_slots == 0
