"""``brandrisk bench``: throughput of each stage on generated data, and peak memory.

Runs the real path: the sample generator writes recorded pages, ingest replays them through
the connectors into a fresh DuckDB file, and ``analyze_pending`` scores and flags them with the
configured worker processes. The sentiment scorer is then timed alone, in one process, on the
same texts and through the same ``score_texts`` call (garbage collector paused, as in the
workers), as the yardstick the pipeline is compared with.
"""

from __future__ import annotations

import logging
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from analysis.flags import detect_flags, neutral_terms
from analysis.profile import Profile, load_profile
from analysis.sentiment import score_texts
from connectors.replay import ReplayRedditClient, ReplayXClient, recorded_days
from flows.gcpause import paused_gc
from flows.ingest import ingest_partition, partitions
from flows.report import build_summary, write_reports
from flows.sample import generate_sample
from flows.score import analyze_pending, analyze_while, worker_context
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store

log = logging.getLogger(__name__)

BENCH_START = date(2026, 1, 1)
BENCH_DAYS = 30
_UNLIMITED = 1_000_000


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _fresh_workers() -> None:
    """Stop the fork server analysis workers come from (``flows.score``, on Linux), if any.

    The next pass then starts its workers from scratch, as a new run does, rather than from
    the server an earlier pass started (that would spare it about a second of imports); and
    ``getrusage`` then covers the workers, which are the server's children, not this process's.
    """
    from multiprocessing import forkserver

    # The standard library's own way to stop it (its tests use it); private, hence the guard.
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop):
        stop()


def _time_detectors(pairs: list[tuple[Any, Any]], profile: Profile) -> tuple[int, float]:
    """Run the detectors over ``pairs`` once to warm up, then once timed: (posts, seconds)."""
    with paused_gc():
        for m, s in pairs[:200]:
            detect_flags(m, profile, s)
        t = time.perf_counter()
        for m, s in pairs:
            detect_flags(m, profile, s)
        return len(pairs), time.perf_counter() - t


def _detectors_in_parallel(pairs: list[tuple[Any, Any]], profile: Profile, workers: int) -> float:
    """Posts per second of the detectors on ``workers`` processes at once, each on its share.

    Each process times its own loop (start-up and pickling are not counted), all at the same
    time, so the sum of their rates is what the machine's cores do together.
    """
    shares = [pairs[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=worker_context()) as pool:
        results = list(pool.map(_time_detectors, shares, [profile] * workers))
    return sum(n / s for n, s in results if s > 0)


def run_bench(posts: int = 200_000, workers: int = 2, keep: Path | None = None) -> dict[str, float]:
    """Generate ``posts`` posts, run ingest and analysis, print and return the figures."""
    profile = load_profile(EXAMPLE_PROFILE)
    root = keep or Path(tempfile.mkdtemp(prefix="brandrisk-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    recorded, db = root / "recorded", root / "bench.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    out: dict[str, float] = {}

    def say(msg: str) -> None:
        print(msg, flush=True)

    try:
        say(f"generating {posts:,} posts over {BENCH_DAYS} days in {recorded} ...")
        t = time.perf_counter()
        generate_sample(profile, recorded, start=BENCH_START, days=BENCH_DAYS, posts=posts)
        out["generate_s"] = time.perf_counter() - t

        def ingest_all(store: Store) -> None:
            days = recorded_days(recorded)
            for i, day in enumerate(days, 1):
                clients = {
                    "x": ReplayXClient(recorded, day),
                    "reddit": ReplayRedditClient(recorded, day),
                }
                for platform, client in clients.items():
                    for part in partitions(profile, platform):
                        ingest_partition(store, client, platform, part, max_requests=_UNLIMITED)
                if i % 10 == 0 or i == len(days):
                    say(f"  ingested {i}/{len(days)} days")

        say("stage by stage (ingest, then analysis) into a fresh database ...")
        # Timings include opening and closing the file: closing runs the last checkpoint.
        t = time.perf_counter()
        with Store.open(db) as store:
            ingest_all(store)
            n_stored = store.count("mentions")
        out["ingest_s"] = time.perf_counter() - t
        t = time.perf_counter()
        with Store.open(db) as store:
            analyze_pending(store, profile, workers=workers)
        out["analyze_s"] = time.perf_counter() - t
        _fresh_workers()
        with Store.open(db, read_only=True) as store:
            texts = [r["text"] for r in store.rows("select text from mentions")]
            sample = store.unanalyzed("none", "none", 20_000)
        for stale in (db, db.with_suffix(".duckdb.wal")):
            stale.unlink(missing_ok=True)

        say("end to end (analysis following ingest, as the daily flow runs) ...")
        t = time.perf_counter()
        with Store.open(db) as store:
            analyze_while(lambda: ingest_all(store), store, profile, workers=workers)
            n_analyzed = store.count("analyzed")
        out["end_to_end_s"] = time.perf_counter() - t
        _fresh_workers()
        if n_analyzed != n_stored:
            raise RuntimeError(f"end to end analyzed {n_analyzed} of {n_stored} mentions")

        last_day = recorded_days(recorded)[-1]
        say(f"report for {last_day} over the whole database (28-day baselines) ...")
        with Store.open(db) as store:
            t = time.perf_counter()
            ctx = build_summary(store, profile, last_day, platforms=["x", "reddit"])
            write_reports(ctx, root / "reports")
            out["report_s"] = time.perf_counter() - t

        say("timing the sentiment scorer alone (1 process) on the same texts ...")
        # With the garbage collector paused, as the pipeline's workers run it (flows.gcpause):
        # the yardstick gets the same help as the pipeline it measures.
        with paused_gc():
            t = time.perf_counter()
            score_texts(texts, neutral_terms=neutral_terms(profile))
            out["scorer_alone_s"] = time.perf_counter() - t
            # The detectors as the pipeline runs them: with the post's sentiment already scored.
            sentiments = score_texts([m.text for m in sample], neutral_terms=neutral_terms(profile))
            t = time.perf_counter()
            for m, s in zip(sample, sentiments, strict=True):
                detect_flags(m, profile, s)
            out["flags_alone_per_s"] = len(sample) / (time.perf_counter() - t)
        # Before the detector processes below: starting their fork server from this process,
        # big by now, would count this process's memory as a worker's (fork, then exec).
        out["peak_mb_worker"] = _peak_mb(resource.RUSAGE_CHILDREN)
        if workers > 1:
            say(f"timing the flag detectors in {workers} processes at once ...")
            out["flags_parallel_per_s"] = _detectors_in_parallel(
                list(zip(sample, sentiments, strict=True)), profile, workers
            )
        _fresh_workers()

        out["posts"] = float(n_stored)
        out["ingest_per_s"] = n_stored / out["ingest_s"]
        out["analyze_per_s"] = n_stored / out["analyze_s"]
        out["end_to_end_per_s"] = n_stored / out["end_to_end_s"]
        out["scorer_alone_per_s"] = len(texts) / out["scorer_alone_s"]
        out["ratio"] = out["end_to_end_per_s"] / out["scorer_alone_per_s"]
        out["peak_mb_main"] = _peak_mb(resource.RUSAGE_SELF)
        out["db_mb"] = db.stat().st_size / 1e6

        o = out
        lines = [
            "",
            f"brandrisk bench: {n_stored:,} posts, {workers} analysis worker(s),"
            f" python {sys.version.split()[0]}",
            f"  generate (not counted)   {o['generate_s']:8.1f} s",
            f"  ingest (replay+store)    {o['ingest_per_s']:10,.0f} posts/s"
            f"  ({o['ingest_s']:.1f} s)",
            f"  score+flag (analyze)     {o['analyze_per_s']:10,.0f} posts/s"
            f"  ({o['analyze_s']:.1f} s)",
            f"  end to end               {o['end_to_end_per_s']:10,.0f} posts/s"
            f"  ({o['end_to_end_s']:.1f} s)",
            f"  sentiment scorer alone   {o['scorer_alone_per_s']:10,.0f} posts/s  (1 process)",
            f"  flag detectors alone     {o['flags_alone_per_s']:10,.0f} posts/s  (1 process)",
            *(
                [
                    f"  flag detectors alone     {o['flags_parallel_per_s']:10,.0f} posts/s"
                    f"  ({workers} processes at once)"
                ]
                if "flags_parallel_per_s" in o
                else []
            ),
            f"  end to end / scorer      {100 * o['ratio']:9.0f} %",
            f"  peak memory              {o['peak_mb_main']:8.0f} MB main,"
            f" {o['peak_mb_worker']:.0f} MB largest worker",
            f"  daily report (1 day)     {o['report_s']:8.2f} s    (on {n_stored:,} mentions)",
            f"  database file            {o['db_mb']:8.0f} MB",
        ]
        for line in lines:
            say(line)
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return out
