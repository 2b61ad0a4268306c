"""Rate limits in the middle of paging: wait for the reset within budget, else stop cleanly."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from connectors.base import RateLimited
from flows.ingest import ingest_partition
from flows.store import Store


def tweet(i: int) -> dict[str, Any]:
    return {"id": str(1_900_000_000_000_000_000 + i), "text": f"Harborline {i}",
            "author_id": "7", "created_at": "2026-10-01T12:00:00.000Z"}  # fmt: skip


class LimitedX:
    """Three pages; the second request is refused once with a 429 that resets in ``reset_s``."""

    def __init__(self, reset_s: float) -> None:
        self.reset_s = reset_s
        self.calls: list[str | None] = []
        self.refused = False

    def search_recent(self, query, *, since_id, next_token, max_results):  # type: ignore[no-untyped-def]
        self.calls.append(next_token)
        n = 0 if next_token is None else int(next_token)
        if n == 1 and not self.refused:
            self.refused = True
            raise RateLimited("429", datetime.now(UTC) + timedelta(seconds=self.reset_s))
        ids = [tweet(3 * n + k) for k in range(3)]
        meta: dict[str, Any] = {"result_count": 3, "newest_id": ids[-1]["id"],
                                "oldest_id": ids[0]["id"]}  # fmt: skip
        if n < 2:
            meta["next_token"] = str(n + 1)
        return {"data": ids, "meta": meta}


def test_a_short_limit_is_waited_out_and_no_page_is_fetched_twice(
    tmp_path: Path, monkeypatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    client = LimitedX(reset_s=60)
    with Store.open(tmp_path / "b.duckdb") as store:
        result = ingest_partition(store, client, "x", "q", max_requests=10, max_rate_wait_s=900)
        assert result.complete and result.n_new == 9
        assert result.n_requests == 4  # the refused request counts: it reached X
        assert store.get_cursor("x", "q") == tweet(8)["id"]
    assert client.calls == [None, "1", "1", "2"]  # the refused page asked again, nothing else
    assert len(slept) == 1 and 55 <= slept[0] <= 62


def test_a_long_limit_stops_cleanly_and_keeps_the_cursor(tmp_path: Path, monkeypatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_partition("x", "q", [], [], "1")  # an earlier run's cursor
        result = ingest_partition(
            store, LimitedX(reset_s=3600), "x", "q", max_requests=10, max_rate_wait_s=900
        )
        assert not result.complete and "rate limited" in (result.error or "")
        assert result.n_new == 3  # the first page is kept
        assert result.n_requests == 2
        assert store.get_cursor("x", "q") == "1"  # not moved: the next run fetches the rest
    assert slept == []
