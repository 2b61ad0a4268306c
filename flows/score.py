"""Scoring and flagging of mentions not yet analyzed by the current versions.

The analysis itself is pure (``analysis``); this module moves batches between DuckDB and the
analysis functions, in worker processes when ``workers > 1`` so both cores are used.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from analysis.flags import RULES_VERSION, detect_flags, is_excluded
from analysis.profile import Profile
from analysis.sentiment import score_texts, scorer_version
from connectors.base import Mention
from flows.store import Store

log = logging.getLogger(__name__)

# Below this many mentions, starting worker processes costs more than it saves.
MIN_PARALLEL = 5_000

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


def analyze_chunk(mentions: Sequence[Mention], profile: Profile, scorer: str) -> ChunkResult:
    """Score and flag one chunk of mentions (runs in a worker process).

    Excluded mentions (about another company with the same name) get a score but no flags,
    and are marked so reports leave them out.
    """
    sv = scorer_version(scorer)
    sentiments = score_texts([m.text for m in mentions], scorer=scorer)
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


def _split(items: Sequence[Mention], n: int) -> list[Sequence[Mention]]:
    size = max(1, -(-len(items) // n))
    return [items[i : i + size] for i in range(0, len(items), size)]


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
) -> AnalyzeStats:
    """Analyze every mention that the current scorer and rules versions have not seen.

    Batches are read from DuckDB, split across ``workers`` processes, and written back in one
    transaction per batch, so an interrupted pass resumes where it stopped and never doubles.
    """
    sv = scorer_version(scorer)
    started = time.perf_counter()
    n_done = n_flags = 0
    pool: ProcessPoolExecutor | None = None
    try:
        while True:
            batch = store.unanalyzed(sv, RULES_VERSION, batch_size * max(workers, 1))
            if not batch:
                break
            if workers <= 1 or len(batch) < MIN_PARALLEL:
                results = [analyze_chunk(batch, profile, scorer)]
            else:
                if pool is None:
                    # spawn, not fork: the parent holds a DuckDB connection and Prefect threads.
                    ctx = multiprocessing.get_context("spawn")
                    pool = ProcessPoolExecutor(workers, mp_context=ctx)
                chunks = _split(batch, workers * 2)
                results = list(
                    pool.map(analyze_chunk, chunks, [profile] * len(chunks), [scorer] * len(chunks))
                )
            scores = pa.concat_tables(pa.table(r.scores, schema=_SCORES) for r in results)
            flag_t = pa.concat_tables(pa.table(r.flags, schema=_FLAGS) for r in results)
            analyzed = pa.concat_tables(pa.table(r.analyzed, schema=_ANALYZED) for r in results)
            store.save_analysis(scores, flag_t, analyzed)
            n_done += len(batch)
            n_flags += flag_t.num_rows
            log.info("analyzed %d mentions so far (%d flags)", n_done, n_flags)
    finally:
        if pool is not None:
            pool.shutdown()
    return AnalyzeStats(n_done, n_flags, time.perf_counter() - started)
