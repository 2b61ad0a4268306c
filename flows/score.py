"""Scoring and flagging of mentions not yet analyzed by the current versions.

The analysis itself is pure (``analysis``); this module moves batches between DuckDB and the
analysis functions, in worker processes when ``workers > 1`` so both cores are used.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import pyarrow as pa

from analysis.flags import RULES_VERSION, detect_flags, is_excluded, neutral_terms
from analysis.profile import Profile
from analysis.sentiment import score_texts, scorer_version
from connectors.base import Mention
from flows.scale import DaskPool, PendingResult
from flows.store import Store, mentions_from_table

log = logging.getLogger(__name__)
T = TypeVar("T")

# Below this many mentions, starting worker processes costs more than it saves.
MIN_PARALLEL = 2_000
# How often a following analysis pass looks for newly ingested mentions.
FOLLOW_POLL_S = 0.1

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


def analyze_table(
    table: pa.Table, profile: Profile, scorer: str
) -> tuple[pa.Table, pa.Table, pa.Table]:
    """``analyze_chunk`` over a ``Store.unanalyzed_arrow`` table (what worker processes get).

    Returns the scores, flags and analyzed tables, ready for ``Store.save_analysis``.
    """
    return _to_tables(analyze_chunk(mentions_from_table(table), profile, scorer))


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
    scores: dict[str, list[Any]] = {n: [] for n in _SCORES.names}
    flags: dict[str, list[Any]] = {n: [] for n in _FLAGS.names}
    analyzed: dict[str, list[Any]] = {n: [] for n in _ANALYZED.names}
    for m, s in zip(mentions, sentiments, strict=True):
        excluded = is_excluded(m.text, profile)
        scores["platform"].append(m.platform)
        scores["post_id"].append(m.post_id)
        scores["scorer_version"].append(sv)
        scores["label"].append(s.label)
        scores["score"].append(s.score)
        analyzed["platform"].append(m.platform)
        analyzed["post_id"].append(m.post_id)
        analyzed["scorer_version"].append(sv)
        analyzed["rules_version"].append(RULES_VERSION)
        analyzed["is_excluded"].append(excluded)
        if excluded:
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


def _to_tables(r: ChunkResult) -> tuple[pa.Table, pa.Table, pa.Table]:
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

    def save(result: tuple[pa.Table, pa.Table, pa.Table]) -> None:
        nonlocal n_done, n_flags, last_logged
        scores, flags, analyzed = result
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
        while True:
            # While ingest is still writing, wait for a full chunk: reading (and sending to a
            # worker, and saving) a few hundred rows at a time costs more than it scores.
            if (
                follow is not None
                and not final_sweep
                and not follow.is_set()
                and _backlog(store, after) < chunk_size
            ):
                follow.wait(FOLLOW_POLL_S)
                continue
            rows = store.unanalyzed_arrow(sv, RULES_VERSION, chunk_size, after_rowid=after)
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

    in_flight: deque[PendingResult[tuple[pa.Table, pa.Table, pa.Table]]] = deque()
    pool: ProcessPoolExecutor | DaskPool | None = None
    width = workers  # chunks running at once
    dask = task_runner == "dask"
    # Small bulk writes: DuckDB's own threads would only take the workers' CPU.
    threads = store.set_threads(1)

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
            if (
                pool is None
                and (workers > 1 or dask)
                and rows.num_rows >= min(chunk_size, MIN_PARALLEL)
            ):
                if dask:
                    pool = DaskPool(workers, dask_address)
                    width = pool.parallelism
                else:
                    # spawn, not fork: the parent holds a DuckDB connection and Prefect threads.
                    ctx = multiprocessing.get_context("spawn")
                    pool = ProcessPoolExecutor(workers, mp_context=ctx)
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
