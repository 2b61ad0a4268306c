"""Scoring and flagging of mentions not yet analyzed by the current versions.

The analysis itself is pure (``analysis``); this module moves batches between DuckDB and the
analysis functions, in worker processes when ``workers > 1`` so both cores are used.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

import pyarrow as pa

from analysis.flags import RULES_VERSION, detect_flags, is_excluded, neutral_terms
from analysis.profile import Profile
from analysis.sentiment import score_texts, scorer_version
from connectors.base import Mention
from flows.gcpause import paused_gc
from flows.scale import DaskPool, PendingResult
from flows.store import Store, mentions_from_table

log = logging.getLogger(__name__)
T = TypeVar("T")

# Below this many mentions, starting worker processes costs more than it saves.
MIN_PARALLEL = 2_000
# How often a following analysis pass looks for newly ingested mentions. Each look is a query
# (about 1 ms beside a busy ingest); the workers have chunks queued meanwhile, and the end of
# ingest wakes the pass at once.
FOLLOW_POLL_S = 0.25

_SCORES = pa.schema(
    [
        ("platform", pa.string()),
        ("post_id", pa.string()),
        ("scorer_version", pa.string()),
        ("label", pa.string()),
        ("score", pa.float64()),
    ]
)
_FLAGS = pa.schema(
    [
        ("platform", pa.string()),
        ("post_id", pa.string()),
        ("rules_version", pa.string()),
        ("category", pa.string()),
        ("severity", pa.string()),
        ("rule", pa.string()),
        ("policy", pa.string()),
        ("evidence", pa.string()),
        ("span_start", pa.int32()),
        ("span_end", pa.int32()),
    ]
)
_ANALYZED = pa.schema(
    [
        ("platform", pa.string()),
        ("post_id", pa.string()),
        ("scorer_version", pa.string()),
        ("rules_version", pa.string()),
        ("is_excluded", pa.bool_()),
    ]
)


@dataclass(frozen=True)
class ChunkResult:
    """Column lists for the three tables one analyzed chunk writes."""

    scores: dict[str, list[Any]]
    flags: dict[str, list[Any]]
    analyzed: dict[str, list[Any]]


def analyze_table(table: pa.Table, profile: Profile, scorer: str) -> ChunkResult:
    """``analyze_chunk`` over a ``Store.unanalyzed_arrow`` table (what worker processes get).

    Returns the column lists; the process that saves them makes the Arrow tables
    (``to_tables``). Making them here would have pyarrow import pandas in every worker
    process (a tenth of a second or more of CPU) for a few milliseconds of work per chunk.
    """
    with paused_gc():  # a chunk's records all live until it is done (flows.gcpause)
        return analyze_chunk(mentions_from_table(table), profile, scorer)


def analyze_chunk(mentions: Sequence[Mention], profile: Profile, scorer: str) -> ChunkResult:
    """Score and flag one chunk of mentions.

    Excluded mentions (about another company with the same name) get a score but no flags,
    and are marked so reports leave them out. The profile's own names, customers and code
    names are neutral for sentiment, so "Harborline Pay" does not read as negative.
    """
    sv = scorer_version(scorer)
    sentiments = score_texts(
        [m.text for m in mentions], scorer=scorer, neutral_terms=neutral_terms(profile)
    )
    n = len(mentions)
    platforms = [m.platform for m in mentions]
    post_ids = [m.post_id for m in mentions]
    excluded = [is_excluded(m.text, profile) for m in mentions]
    # Whole columns at once: about twice as fast as appending to ten lists per mention.
    scores: dict[str, list[Any]] = {
        "platform": platforms,
        "post_id": post_ids,
        "scorer_version": [sv] * n,
        "label": [s.label for s in sentiments],
        "score": [s.score for s in sentiments],
    }
    analyzed: dict[str, list[Any]] = {
        "platform": platforms,  # shared with scores: neither is changed after this
        "post_id": post_ids,
        "scorer_version": [sv] * n,
        "rules_version": [RULES_VERSION] * n,
        "is_excluded": excluded,
    }
    flags: dict[str, list[Any]] = {name: [] for name in _FLAGS.names}
    for m, s, skip in zip(mentions, sentiments, excluded, strict=True):
        if skip:
            continue
        for f in detect_flags(m, profile, s):
            flags["platform"].append(m.platform)
            flags["post_id"].append(m.post_id)
            flags["rules_version"].append(RULES_VERSION)
            flags["category"].append(f.category)
            flags["severity"].append(f.severity)
            flags["rule"].append(f.rule)
            flags["policy"].append(f.policy)
            flags["evidence"].append(f.evidence)
            flags["span_start"].append(f.start)
            flags["span_end"].append(f.end)
    return ChunkResult(scores, flags, analyzed)


def warm_up(profile: Profile, scorer: str) -> None:
    """Load the scorer's model and compile the profile's rules (in a new worker process)."""
    analyze_chunk([], profile, scorer)
    is_excluded("", profile)


def to_tables(r: ChunkResult) -> tuple[pa.Table, pa.Table, pa.Table]:
    """The scores, flags and analyzed tables of a chunk, ready for ``Store.save_analysis``."""
    return (
        pa.table(r.scores, schema=_SCORES),
        pa.table(r.flags, schema=_FLAGS),
        pa.table(r.analyzed, schema=_ANALYZED),
    )


@dataclass(frozen=True)
class AnalyzeStats:
    """What one analysis pass did."""

    n_analyzed: int
    n_flags: int
    seconds: float


def analyze_pending(
    store: Store,
    profile: Profile,
    *,
    scorer: str = "default",
    workers: int = 1,
    batch_size: int = 20_000,
    chunk_size: int = 10_000,
    follow: threading.Event | None = None,
    task_runner: str = "processes",
    dask_address: str | None = None,
    on_saved: Callable[[int], None] | None = None,
) -> AnalyzeStats:
    """Analyze every mention that the current scorer and rules versions have not seen.

    Mentions are read in rowid order (keyset paging) in chunks. With ``workers > 1`` the
    chunks go to worker processes and are kept in flight while the parent reads the next
    ones and writes finished results, so every core stays busy. Each result is written in
    one transaction: an interrupted pass resumes where it stopped and never doubles.

    With ``follow``, the pass runs beside an ingest that is still writing: it keeps polling
    for new mentions until ``follow`` is set, then makes a last sweep from the start.

    With ``task_runner="dask"`` the chunks run as Prefect tasks on a Dask cluster instead
    (``flows.scale.DaskPool``: the scheduler at ``dask_address``, or a LocalCluster of
    ``workers`` processes); their results are written here all the same. ``on_saved`` is
    told how many mentions each written chunk held (progress bars).
    """
    sv = scorer_version(scorer)
    started = time.perf_counter()
    n_done = n_flags = 0
    last_logged = 0

    def save(result: ChunkResult) -> None:
        nonlocal n_done, n_flags, last_logged
        scores, flags, analyzed = to_tables(result)
        store.save_analysis(scores, flags, analyzed)
        n_done += analyzed.num_rows
        n_flags += flags.num_rows
        if on_saved is not None:
            on_saved(analyzed.num_rows)
        if n_done - last_logged >= batch_size:
            last_logged = n_done
            log.info("analyzed %d mentions so far (%d flags)", n_done, n_flags)

    def chunks() -> Iterator[pa.Table | None]:
        # Yields ``None`` once, before the final sweep of a following pass: everything in
        # flight must be saved first, or the sweep would read those rows again.
        after = -1
        final_sweep = follow is None
        ingest_over = follow is None
        while True:
            # While ingest is still writing, wait for a full chunk: reading (and sending to a
            # worker, and saving) a few hundred rows at a time costs more than it scores.
            if follow is not None and not final_sweep and not follow.is_set():
                backlog = _backlog(store, after)
                if backlog < chunk_size:
                    if backlog >= MIN_PARALLEL and not dask:
                        start_pool(warm=True)  # workers start up while the chunk fills
                    follow.wait(FOLLOW_POLL_S)
                    continue
            if not ingest_over and follow is not None and follow.is_set():
                ingest_over = True
                # What ingest wrote is final: checkpoint it while the workers finish the
                # backlog, not when the store closes, after them (about 0.7 s at 200k posts).
                store.checkpoint()
            size = chunk_size
            if ingest_over and isinstance(pool, ProcessPoolExecutor):
                # Ingest is over, so the backlog only shrinks: cut what is left into pieces
                # that get smaller towards the end, so the workers finish together rather
                # than one of them running the last full chunk alone.
                left = _backlog(store, after)
                size = min(chunk_size, max(chunk_size // 4, -(-left // width)))
            rows = store.unanalyzed_arrow(sv, RULES_VERSION, size, after_rowid=after)
            if rows.num_rows:
                after = rows.column("row_id")[-1].as_py()
                yield rows
            elif final_sweep or follow is None:
                return
            elif follow.is_set():
                yield None
                final_sweep, after = True, -1  # catch anything committed behind the cursor
            else:
                follow.wait(FOLLOW_POLL_S)

    in_flight: deque[PendingResult[ChunkResult]] = deque()
    pool: ProcessPoolExecutor | DaskPool | None = None
    width = workers  # chunks running at once
    dask = task_runner == "dask"
    # Small bulk writes: DuckDB's own threads would only take the workers' CPU.
    threads = store.set_threads(1)

    def start_pool(warm: bool = False) -> None:
        """Start the worker pool once; with ``warm``, have each worker load what it needs."""
        nonlocal pool, width
        if pool is not None or not (workers > 1 or dask):
            return
        if dask:
            pool = DaskPool(workers, dask_address)
            width = pool.parallelism
            return
        pool = ProcessPoolExecutor(workers, mp_context=worker_context())
        if warm:
            # Each submission starts a worker (the first one also the fork server: about a
            # second of imports; then model and rules, ~0.3 s each) while ingest is still
            # filling the first chunk, instead of after it.
            for _ in range(workers):
                pool.submit(warm_up, profile, scorer)

    def drain(keep: int = 0) -> None:
        """Save finished chunks, oldest first, until at most ``keep`` are in flight."""
        while len(in_flight) > keep:
            save(in_flight.popleft().result())

    try:
        for rows in chunks():
            if rows is None:  # the final sweep comes next: save what is in flight
                drain()
                continue
            # Worker processes only pay off with a backlog: a full chunk (or a large first one).
            if rows.num_rows >= min(chunk_size, MIN_PARALLEL):
                start_pool()
            if pool is None:
                save(analyze_table(rows, profile, scorer))
                continue
            in_flight.append(pool.submit(analyze_table, rows, profile, scorer))
            # Keep one chunk queued per worker beyond the ones running.
            drain(keep=2 * width)
        drain()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        store.set_threads(threads)
    log.info("analyzed %d mentions (%d flags)", n_done, n_flags)
    return AnalyzeStats(n_done, n_flags, time.perf_counter() - started)


def worker_context() -> BaseContext:
    """Where analysis worker processes come from; never a fork of this one.

    This process holds a DuckDB connection and Prefect threads, so it is not forked. On Linux
    a fork server (a fresh interpreter that imported this module, and with it the analysis
    code, once) forks each worker: importing the analysis code takes about a second of CPU,
    which spawned workers would each spend again. Elsewhere every worker is spawned.
    """
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__])  # takes effect when the server first starts
        return ctx
    return multiprocessing.get_context("spawn")


def _backlog(store: Store, after_rowid: int) -> int:
    """Mentions stored after ``after_rowid`` (analyzed or not): a cheap size of the backlog."""
    rows = store.rows("select count(*) as n from mentions where rowid > ?", [after_rowid])
    return int(rows[0]["n"])


def analyze_while(
    ingest: Callable[[], T],
    store: Store,
    profile: Profile,
    *,
    scorer: str = "default",
    workers: int = 1,
    chunk_size: int = 10_000,
) -> tuple[T, AnalyzeStats]:
    """Run ``ingest()`` while a following analysis pass scores what it stores.

    The analysis uses its own cursor on the store, in a thread (its heavy work is in worker
    processes), so fetching and scoring overlap instead of taking turns.
    """
    done = threading.Event()
    with ThreadPoolExecutor(1, thread_name_prefix="analyze") as ex:
        fut = ex.submit(
            analyze_pending,
            store.cursor(),
            profile,
            scorer=scorer,
            workers=workers,
            chunk_size=chunk_size,
            follow=done,
        )
        try:
            result = ingest()
        finally:
            done.set()
        return result, fut.result()
