"""Ingest: fetch each partition (one query on one platform) and store it with its cursor.

A partition's pages, mentions and cursor land in one transaction. Anything fetched before a
failure is still stored (nothing lost), but the cursor only moves when the partition finished,
so the next run fetches again from where the last complete read ended (upserts make the
overlap harmless).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from analysis.profile import Profile
from connectors import query as q
from connectors import reddit, x
from connectors.base import (
    BudgetExhausted,
    ConnectorError,
    Mention,
    Page,
    RateLimited,
    RateLimitPolicy,
)
from flows.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartitionResult:
    """What one partition fetch did."""

    platform: str
    partition: str
    n_pages: int
    n_fetched: int
    n_new: int
    complete: bool
    error: str | None = None


def partitions(profile: Profile, platform: str) -> list[str]:
    """The partitions (cursor keys) a platform is read in for this profile.

    X: one key per query (split to fit X's query length). Reddit: the search across all of
    Reddit, then one ``r/<subreddit>:<query>`` per profile subreddit, where new posts are
    searched inside the community too (site-wide search ranks small communities low).
    """
    if platform == "x":
        return q.x_queries(profile.names, profile.handles, profile.hashtags, profile.exclusions)
    if platform == "reddit":
        query = q.reddit_query(profile.names, profile.exclusions)
        return [query, *(f"r/{sub}:{query}" for sub in profile.subreddits)]
    raise ValueError(f"unknown platform {platform!r}")


def split_partition(partition: str) -> tuple[str | None, str]:
    """``r/<subreddit>:<query>`` -> (subreddit, query); a bare query -> (None, query)."""
    if partition.startswith("r/") and ":" in partition:
        sub, query = partition[2:].split(":", 1)
        return sub, query
    return None, partition


def _drain(
    gen: Iterator[tuple[Page, list[Mention]]], pages: list[Page], mentions: list[Mention]
) -> tuple[bool, str | None]:
    """Collect pages until the generator ends; return (complete, error message).

    Pages that brought no mention (an empty "nothing new since" answer) are not kept: they
    hold no data, and storing them would make every re-run add rows.
    """
    try:
        for page, ms in gen:
            if ms:
                pages.append(page)
                mentions.extend(ms)
    except BudgetExhausted as exc:
        return False, str(exc)
    return True, None


def rate_limit_waiter(max_wait_s: float) -> RateLimitPolicy:
    """A policy that sleeps until a rate limit resets while the total wait stays in budget.

    A limit with no reset time, or one that would take the run's total wait past
    ``max_wait_s``, is not waited for: the partition stops cleanly and keeps its cursor.
    """
    waited = 0.0

    def policy(exc: RateLimited) -> bool:
        nonlocal waited
        if exc.reset_at is None:
            return False
        wait = max(0.0, (exc.reset_at - datetime.now(UTC)).total_seconds()) + 1.0
        if waited + wait > max_wait_s:
            return False
        log.warning("rate limited until %s: waiting %.0f s, then the same page again",
                    exc.reset_at, wait)  # fmt: skip
        time.sleep(wait)
        waited += wait
        return True

    return policy


def ingest_partition(
    store: Store,
    client: Any,
    platform: str,
    partition: str,
    *,
    max_requests: int,
    run_id: str | None = None,
    max_rate_wait_s: float = 0.0,
) -> PartitionResult:
    """Fetch one partition from its saved cursor and store what came back.

    A rate limit that resets within ``max_rate_wait_s`` (over the partition) is waited out
    and the same page asked again; a longer one stops the partition cleanly: what was
    fetched is stored, the cursor stays, and the result says it is incomplete.

    Raises:
        ConnectorError: the fetch failed (after storing whatever was fetched before it).
    """
    cursor = store.get_cursor(platform, partition)
    pages: list[Page] = []
    mentions: list[Mention] = []
    gen: Iterator[tuple[Page, list[Mention]]]
    newest: Callable[..., str | None]
    waiter = rate_limit_waiter(max_rate_wait_s)
    if platform == "x":
        gen = x.search_recent(
            client, partition, since_id=cursor, max_requests=max_requests, on_rate_limit=waiter
        )
        newest = x.newest_id
    else:
        subreddit, query = split_partition(partition)
        gen = reddit.search_new(
            client, query, subreddit=subreddit, seen=cursor, max_requests=max_requests,
            on_rate_limit=waiter,
        )  # fmt: skip
        newest = reddit.newest_seen
    try:
        complete, note = _drain(gen, pages, mentions)
    except RateLimited as exc:
        # Out of waiting budget: keep what we have, leave the cursor, say so; the next run
        # fetches the rest. Not an error for the other partitions or platforms.
        n_new = store.save_partition(platform, partition, pages, mentions, None, run_id)
        why = f"rate limited until {exc.reset_at or 'unknown'}: the rest comes next run"
        log.warning("%s %r: %s", platform, partition, why)
        return PartitionResult(platform, partition, len(pages), len(mentions), n_new, False, why)
    except ConnectorError:
        # Keep what we have; the cursor stays put so the next run reads it again.
        store.save_partition(platform, partition, pages, mentions, None, run_id)
        raise
    new_cursor = newest(pages, default=cursor) if complete else None
    n_new = store.save_partition(platform, partition, pages, mentions, new_cursor, run_id)
    log.info(
        "%s %r: %d pages, %d posts fetched, %d new%s",
        platform,
        partition,
        len(pages),
        len(mentions),
        n_new,
        "" if complete else " (budget spent: cursor kept)",
    )
    return PartitionResult(platform, partition, len(pages), len(mentions), n_new, complete, note)
