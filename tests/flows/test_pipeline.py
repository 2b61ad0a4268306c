"""Ingest and analysis on a recorded sample, without Prefect: counts, re-runs, resumption."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from analysis.flags import RULES_VERSION
from analysis.profile import Profile
from connectors.replay import ReplayRedditClient, ReplayXClient, recorded_days
from flows.ingest import ingest_partition, partitions
from flows.score import analyze_pending, analyze_while
from flows.store import Store

BIG = 1_000


def ingest_days(store: Store, recorded: Path, profile: Profile) -> int:
    new = 0
    for day in recorded_days(recorded):
        for platform, client in (
            ("x", ReplayXClient(recorded, day)),
            ("reddit", ReplayRedditClient(recorded, day)),
        ):
            for part in partitions(profile, platform):
                new += ingest_partition(store, client, platform, part, max_requests=BIG).n_new
    return new


def snapshot(store: Store) -> dict[str, int]:
    return {
        t: store.count(t)
        for t in ("mentions", "raw_pages", "cursors", "sentiment_scores", "flags", "analyzed")
    }


def test_ingest_then_rerun_adds_nothing(tmp_path: Path, recorded: Path, example: Profile) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        first = ingest_days(store, recorded, example)
        assert first == store.count("mentions") > 800
        analyze_pending(store, example)
        before = snapshot(store)
        assert ingest_days(store, recorded, example) == 0
        stats = analyze_pending(store, example)
        assert stats.n_analyzed == 0
        assert snapshot(store) == before


def test_every_mention_is_analyzed_once_and_planted_risks_are_flagged(
    tmp_path: Path, recorded: Path, example: Profile
) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        ingest_days(store, recorded, example)
        stats = analyze_pending(store, example)
        assert stats.n_analyzed == store.count("mentions") == store.count("sentiment_scores")
        cats = {r["category"] for r in store.rows("select distinct category from v_flags")}
        assert {"confidential_leak", "personal_data", "credential"} <= cats
        # The unrelated same-name company is marked excluded, never flagged.
        excluded = store.rows(
            "select count(*) as n from v_mentions where is_excluded and text ilike '%ferr%'"
        )[0]["n"]
        assert excluded > 0
        flagged_excluded = store.rows(
            "select count(*) as n from v_flags f join analyzed a"
            " using (platform, post_id) where a.is_excluded"
        )
        assert flagged_excluded[0]["n"] == 0
        # No evidence leaves the database with a full card number or key in it.
        evidence = " ".join(r["evidence"] for r in store.rows("select evidence from flags"))
        assert "4111 1111 1111 1111" not in evidence
        assert "AKIAIOSFODNN7EXAMPLE" not in evidence


def test_interrupted_analysis_resumes_without_doubling(
    tmp_path: Path, recorded: Path, example: Profile, monkeypatch
) -> None:
    import flows.score as score

    with Store.open(tmp_path / "b.duckdb") as store:
        ingest_days(store, recorded, example)
        real = store.save_analysis
        calls = {"n": 0}

        def crash_on_second(*args):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("power cut")
            return real(*args)

        monkeypatch.setattr(store, "save_analysis", crash_on_second)
        with pytest.raises(RuntimeError, match="power cut"):
            analyze_pending(store, example, chunk_size=200)
        assert 0 < store.count("analyzed") < store.count("mentions")
        monkeypatch.setattr(store, "save_analysis", real)
        analyze_pending(store, example, chunk_size=200)
        assert store.count("analyzed") == store.count("mentions") == store.count("sentiment_scores")
        assert score.RULES_VERSION == RULES_VERSION


def test_analysis_following_ingest_matches_stage_by_stage(
    tmp_path: Path, recorded: Path, example: Profile
) -> None:
    query = "select platform, post_id, label, score from sentiment_scores order by all"
    flags_q = "select platform, post_id, rule, span_start from flags order by all"
    with Store.open(tmp_path / "a.duckdb") as a:
        ingest_days(a, recorded, example)
        analyze_pending(a, example)
        expected = (a.rows(query), a.rows(flags_q))
    with Store.open(tmp_path / "b.duckdb") as b:
        analyze_while(lambda: ingest_days(b, recorded, example), b, example, workers=2)
        assert (b.rows(query), b.rows(flags_q)) == expected


def test_following_analysis_waits_for_full_chunks_while_ingest_writes(
    tmp_path: Path, recorded: Path, example: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading, dispatching and saving a partition's few hundred rows at a time cost the main
    # process more than the scoring; while ingest is writing, only full chunks are read.
    sizes: list[tuple[bool, int]] = []
    real = Store.unanalyzed_arrow
    ingesting = True

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        table = real(self, *args, **kwargs)
        sizes.append((ingesting, table.num_rows))
        return table

    monkeypatch.setattr(Store, "unanalyzed_arrow", spy)

    chunk = 150

    def ingest() -> int:
        # Day by day, giving the follower a moment to catch up once a chunk is waiting, so
        # the test does not depend on how fast this machine ingests.
        nonlocal ingesting
        n = 0
        for day in recorded_days(recorded):
            for platform, client in (
                ("x", ReplayXClient(recorded, day)),
                ("reddit", ReplayRedditClient(recorded, day)),
            ):
                for part in partitions(example, platform):
                    n += ingest_partition(b, client, platform, part, max_requests=BIG).n_new
            seen = len(sizes)
            for _ in range(100):
                if len(sizes) > seen:
                    break
                threading.Event().wait(0.02)
        ingesting = False
        return n

    with Store.open(tmp_path / "b.duckdb") as b:
        _, stats = analyze_while(ingest, b, example, workers=2, chunk_size=chunk)
        assert stats.n_analyzed == b.count("mentions") == b.count("analyzed")
    during = [n for live, n in sizes if live]
    assert during, "the follower should start analyzing while ingest still writes"
    assert all(n == chunk for n in during), during


def test_following_analysis_starts_its_workers_while_the_first_chunk_fills(
    tmp_path: Path, recorded: Path, example: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker process takes most of a second to start (imports, model, rules): with a
    # backlog worth parallel work, that happens while ingest fills the first chunk.
    import flows.score as score

    submitted: list[str] = []

    class InlinePool:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def submit(self, fn, *args):  # type: ignore[no-untyped-def]
            submitted.append(fn.__name__)
            done: Future[object] = Future()
            done.set_result(fn(*args))
            return done

        def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
            pass

    monkeypatch.setattr(score, "ProcessPoolExecutor", InlinePool)
    monkeypatch.setattr(score, "MIN_PARALLEL", 100)

    def ingest() -> int:
        n = ingest_days(b, recorded, example)
        for _ in range(250):  # give the polling follower time to see the backlog
            if submitted:
                break
            threading.Event().wait(0.02)
        return n

    with Store.open(tmp_path / "b.duckdb") as b:
        _, stats = analyze_while(ingest, b, example, workers=2, chunk_size=100_000)
        assert stats.n_analyzed == b.count("mentions") == b.count("analyzed")
    assert submitted[:2] == ["warm_up", "warm_up"]
    assert submitted[2:] == ["analyze_table"]
