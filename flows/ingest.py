"""Ingest: fetch each partition (one query on one platform) and store it with its cursor.

A partition's pages, mentions and cursor land in one transaction. Anything fetched before a
failure is still stored (nothing lost), but the cursor only moves when the partition finished,
so the next run fetches again from where the last complete read ended (upserts make the
overlap harmless).

A malformed or truncated page stops only its partition: what came before it is stored, the
partition is reported incomplete with the error (the day's source status becomes ``partial``)
and the cursor stays, so the next run reads that page again; the other partitions go on.
Neither platform can skip just the broken page: the way to the next page is inside it
(connectors' module docstrings).
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
    MalformedPage,
    Mention,
    Page,
    RateLimited,
    RateLimitPolicy,
)
from flows.gcpause import paused_gc
from flows.store import Store

log = logging.getLogger(__name__)

_COMMENTS = "/comments:"


@dataclass(frozen=True)
class PartitionResult:
    """What one partition fetch did.

    ``n_requests`` counts the requests made to the platform for it, rate-limited and failed
    ones included (a live Reddit client also asks for an OAuth token once per run, not counted).
    """

    platform: str
    partition: str
    n_pages: int
    n_fetched: int
    n_new: int
    complete: bool
    error: str | None = None
    n_requests: int = 0


@dataclass(frozen=True)
class RedditPartition:
    """A Reddit partition key taken apart: what to read, where, with which query or filter."""

    endpoint: str  # "search" or "comments"
    subreddit: str | None
    query: str


def partitions(profile: Profile, platform: str) -> list[str]:
    """The partitions (cursor keys) a platform is read in for this profile.

    X: one key per query (split to fit X's query length). Reddit: the search across all of
    Reddit; one ``r/<subreddit>:<query>`` per profile subreddit, where new posts are searched
    inside the community too (site-wide search ranks small communities low); and one
    ``r/<subreddit>/comments:<filter>`` per profile subreddit, its stream of new comments kept
    when they name the company (Reddit search finds posts only).
    """
    if platform == "x":
        return q.x_queries(profile.names, profile.handles, profile.hashtags, profile.exclusions)
    if platform == "reddit":
        query = q.reddit_query(profile.names, profile.exclusions)
        terms = q.reddit_comment_filter(
            profile.names, profile.handles, profile.hashtags, profile.exclusions
        )
        return [
            query,
            *(f"r/{sub}:{query}" for sub in profile.subreddits),
            *(reddit.comments_partition(sub, terms) for sub in profile.subreddits),
        ]
    raise ValueError(f"unknown platform {platform!r}")


def parse_reddit_partition(partition: str) -> RedditPartition:
    """``r/<sub>/comments:<filter>``, ``r/<sub>:<query>`` or a bare query, taken apart."""
    if partition.startswith("r/") and ":" in partition:
        head, rest = partition[2:].split(":", 1)
        if head.endswith("/comments"):
            return RedditPartition("comments", head.removesuffix("/comments"), rest)
        return RedditPartition("search", head, rest)
    return RedditPartition("search", None, partition)


class RequestCounter:
    """A client port that counts the requests made through it, then passes them on."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.n = 0
        self.archive_window: x.ArchiveWindow | None = getattr(client, "archive_window", None)

    def search_recent(self, query: str, **kwargs: Any) -> dict[str, Any]:
        """``XClientPort.search_recent``, counted."""
        self.n += 1
        return self.client.search_recent(query, **kwargs)

    def search_all(self, query: str, **kwargs: Any) -> dict[str, Any]:
        """``XArchiveClientPort.search_all``, counted."""
        self.n += 1
        return self.client.search_all(query, **kwargs)

    def search_new(self, query: str, **kwargs: Any) -> dict[str, Any]:
        """``RedditClientPort.search_new``, counted."""
        self.n += 1
        return self.client.search_new(query, **kwargs)

    def subreddit_comments(self, subreddit: str, **kwargs: Any) -> dict[str, Any]:
        """``RedditCommentsPort.subreddit_comments``, counted."""
        self.n += 1
        return self.client.subreddit_comments(subreddit, **kwargs)


Fetch = Iterator[tuple[Page, list[Mention]]]


def cursor_key(client: Any, platform: str, partition: str) -> str:
    """Where a partition's cursor is kept: the partition, or per day for X archive search."""
    window = getattr(client, "archive_window", None)
    if platform == "x" and isinstance(window, x.ArchiveWindow):
        return window.partition(partition)
    return partition


def open_partition(
    client: Any,
    platform: str,
    partition: str,
    cursor: str | None,
    *,
    max_requests: int,
    on_rate_limit: RateLimitPolicy | None = None,
) -> tuple[Fetch, Callable[..., str | None]]:
    """The page generator that reads one partition from ``cursor``, and its cursor function.

    X reads recent search, or full-archive search of the client's ``archive_window`` when it
    has one; Reddit reads search or a subreddit's comment stream, after the partition key.

    Returns:
        ``(pages, newest)``: iterate ``pages``; ``newest(pages, default=cursor)`` gives the
        next cursor once it finished.
    """
    if platform == "x":
        window = getattr(client, "archive_window", None)
        if isinstance(window, x.ArchiveWindow):
            gen = x.search_all(client, partition, window=window, since_id=cursor,
                               max_requests=max_requests, on_rate_limit=on_rate_limit)  # fmt: skip
        else:
            gen = x.search_recent(client, partition, since_id=cursor, max_requests=max_requests,
                                  on_rate_limit=on_rate_limit)  # fmt: skip
        return gen, x.newest_id
    if platform == "reddit":
        part = parse_reddit_partition(partition)
        if part.endpoint == "comments" and part.subreddit:
            gen = reddit.subreddit_comments(client, part.subreddit, part.query, seen=cursor,
                                            max_requests=max_requests,
                                            on_rate_limit=on_rate_limit)  # fmt: skip
        else:
            gen = reddit.search_new(client, part.query, subreddit=part.subreddit, seen=cursor,
                                    max_requests=max_requests,
                                    on_rate_limit=on_rate_limit)  # fmt: skip
        return gen, reddit.newest_seen
    raise ValueError(f"unknown platform {platform!r}")


def _drain(
    gen: Fetch, fetched: list[Page], pages: list[Page], mentions: list[Mention]
) -> tuple[bool, str | None]:
    """Collect pages until the generator ends; return (complete, error message).

    Every page goes to ``fetched`` (the next cursor is computed over all of them). Pages that
    brought no mention (an empty "nothing new since" answer, a page of unrelated comments) are
    not stored: they hold no data, and storing them would make every re-run add rows.
    """
    try:
        for page, ms in gen:
            fetched.append(page)
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
    fetched is stored, the cursor stays, and the result says it is incomplete. A malformed
    page does the same (module docstring), with the error in the result.

    Raises:
        ConnectorError: the fetch failed otherwise (after storing whatever was fetched before
            it): credentials, server errors, timeouts.
    """
    # A partition's pages and records all live until they are stored (flows.gcpause).
    with paused_gc():
        return _ingest_partition(store, client, platform, partition, max_requests=max_requests,
                                 run_id=run_id, max_rate_wait_s=max_rate_wait_s)  # fmt: skip


def _ingest_partition(
    store: Store,
    client: Any,
    platform: str,
    partition: str,
    *,
    max_requests: int,
    run_id: str | None,
    max_rate_wait_s: float,
) -> PartitionResult:
    key = cursor_key(client, platform, partition)
    cursor = store.get_cursor(platform, key)
    counter = RequestCounter(client)
    gen, newest = open_partition(
        counter, platform, partition, cursor, max_requests=max_requests,
        on_rate_limit=rate_limit_waiter(max_rate_wait_s),
    )  # fmt: skip
    fetched: list[Page] = []
    pages: list[Page] = []
    mentions: list[Mention] = []

    def stopped(why: str) -> PartitionResult:
        # Keep what we have, leave the cursor, say so; the next run fetches the rest. Not an
        # error for the other partitions or platforms.
        n_new = store.save_partition(platform, key, pages, mentions, None, run_id)
        return PartitionResult(platform, partition, len(pages), len(mentions), n_new, False,
                               why, counter.n)  # fmt: skip

    try:
        complete, note = _drain(gen, fetched, pages, mentions)
    except RateLimited as exc:
        why = f"rate limited until {exc.reset_at or 'unknown'}: the rest comes next run"
        log.warning("%s %r: %s", platform, partition, why)
        return stopped(why)
    except MalformedPage as exc:
        why = (
            f"MalformedPage: {exc} (page {len(fetched) + 1}; the {len(fetched)} before it are "
            "stored, the cursor stays so the next run reads it again)"
        )
        log.error("%s %r: %s", platform, partition, why)
        return stopped(why)
    except ConnectorError:
        # Keep what we have; the cursor stays put so the next run reads it again.
        store.save_partition(platform, key, pages, mentions, None, run_id)
        raise
    new_cursor = newest(fetched, default=cursor) if complete else None
    n_new = store.save_partition(platform, key, pages, mentions, new_cursor, run_id)
    log.info(
        "%s %r: %d requests, %d pages, %d posts fetched, %d new%s",
        platform,
        partition,
        counter.n,
        len(pages),
        len(mentions),
        n_new,
        "" if complete else " (budget spent: cursor kept)",
    )
    return PartitionResult(
        platform, partition, len(pages), len(mentions), n_new, complete, note, counter.n
    )


def requests_summary(results: list[PartitionResult]) -> str:
    """One line for a platform's run: ``"12 requests, 340 new mentions (0.04 per mention)"``.

    What the daily flow logs per platform and keeps in the ingest step's ``detail``: X bills
    reads, and the ratio shows whether the partitions and budgets still fit the volume.
    """
    n_requests = sum(r.n_requests for r in results)
    n_new = sum(r.n_new for r in results)
    ratio = f"{n_requests / n_new:.2f} per new mention" if n_new else "no new mention"
    return f"{n_requests} requests, {n_new} new mentions ({ratio})"
