"""X (Twitter) API v2 search: client ports, pure normalizer, budgeted pagers, tweepy adapter.

``search_recent`` reads the last 7 days (``/2/tweets/search/recent``); ``search_all`` reads a
time window of the full archive (``/2/tweets/search/all``, tiers with archive access only), for
backfilling past days. Both share the normalizer, the budget and the error mapping.

The pager talks to an ``XClientPort`` that returns raw pages in X's own wire format, so the same
code runs against the real API (``TweepyXClient``), recorded pages (``connectors.replay``) and
fakes in tests.

Budget: ``search_recent`` makes at most ``max_requests`` requests. When the budget is spent while
X still offers a ``next_token``, it raises ``BudgetExhausted`` *after* yielding every page it
fetched. The pages are newest first, so the run has a gap between its oldest page and the old
``since_id``: the caller must store what it got but keep the old cursor, so that the next run
fetches the gap again (upserts make the overlap harmless).

A malformed or truncated page (``MalformedPage``) cannot be skipped: the next page is reached
only through that page's ``meta.next_token``, which a broken page does not deliver. The pager
stops there; the caller keeps what came before and its old cursor, so the next run reads the
same tweets again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, Protocol, TypeGuard

import requests

from connectors.base import (
    AuthError,
    BudgetExhausted,
    ConnectorError,
    MalformedPage,
    Mention,
    Page,
    RateLimited,
    RateLimitPolicy,
    TransientError,
    call_with_rate_limit,
)

log = logging.getLogger(__name__)

TWEET_FIELDS = [
    "author_id",
    "created_at",
    "conversation_id",
    "lang",
    "public_metrics",
    "referenced_tweets",
    "in_reply_to_user_id",
]
USER_FIELDS = ["username", "name", "description", "public_metrics", "verified"]
EXPANSIONS = ["author_id", "referenced_tweets.id"]
TOKEN_SETTING = "BRANDRISK_X_BEARER_TOKEN"  # noqa: S105 (a setting's name, not a secret)
SEARCH_SETTING = "BRANDRISK_X_SEARCH"

# Recent search only reaches back 7 days and answers 400 to an older since_id.
RECENT_WINDOW = timedelta(days=7)
# Full-archive search: an end_time must be at least 10 s in the past, and X allows one request
# a second.
_ARCHIVE_END_LAG = timedelta(seconds=30)
_ARCHIVE_MIN_INTERVAL_S = 1.0
_TWITTER_EPOCH_MS = 1288834974657

# When a tweet references several others, the first matching type decides its kind.
_KIND_BY_REFERENCE = (("retweeted", "repost"), ("replied_to", "reply"), ("quoted", "quote"))


class XClientPort(Protocol):
    """Anything that answers one X recent-search request with one raw page dict."""

    def search_recent(
        self, query: str, *, since_id: str | None, next_token: str | None, max_results: int
    ) -> dict[str, Any]:
        """Return one page: ``{"data": [...], "includes": {...}, "meta": {...}}``."""
        ...


@dataclass(frozen=True, slots=True)
class ArchiveWindow:
    """The time window a full-archive search reads: one report day, ``[start, end)``, UTC."""

    start: datetime
    end: datetime

    def partition(self, query: str) -> str:
        """The cursor key of ``query`` in this window; each backfilled day has its own cursor."""
        return f"all[{self.start:%Y-%m-%dT%H:%M:%SZ}/{self.end:%Y-%m-%dT%H:%M:%SZ}]:{query}"


class XArchiveClientPort(Protocol):
    """Anything that answers one X full-archive search request with one raw page dict."""

    archive_window: ArchiveWindow | None

    def search_all(
        self,
        query: str,
        *,
        start_time: datetime,
        end_time: datetime,
        since_id: str | None,
        next_token: str | None,
        max_results: int,
    ) -> dict[str, Any]:
        """Return one page: ``{"data": [...], "includes": {...}, "meta": {...}}``."""
        ...


def _malformed(what: str) -> MalformedPage:
    return MalformedPage(f"X search page: {what}")


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _parse_created_at(value: Any, tweet_id: str) -> datetime:
    if not isinstance(value, str):
        raise _malformed(f"tweet {tweet_id} has no created_at string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _malformed(f"tweet {tweet_id} has an unreadable created_at {value!r}") from exc
    if parsed.tzinfo is None:
        raise _malformed(f"tweet {tweet_id} has a created_at without a timezone: {value!r}")
    return parsed.astimezone(UTC)


def _is_mapping(value: Any) -> TypeGuard[Mapping[str, Any]]:
    # Parsed JSON is made of dicts: ask the (much slower) ABC only about anything else.
    return type(value) is dict or isinstance(value, Mapping)


def _users_by_id(page: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    includes = page.get("includes")
    if includes is None:
        return {}
    if not isinstance(includes, Mapping):
        raise _malformed("'includes' is not an object")
    users = includes.get("users", [])
    if not isinstance(users, list):
        raise _malformed("'includes.users' is not a list")
    return {str(u["id"]): u for u in users if _is_mapping(u) and "id" in u}


def _kind_and_parent(tweet: Mapping[str, Any], tweet_id: str) -> tuple[str, str | None]:
    refs = tweet.get("referenced_tweets") or []
    if not isinstance(refs, list):
        raise _malformed(f"tweet {tweet_id} has 'referenced_tweets' that is not a list")
    by_type = {r.get("type"): str(r.get("id")) for r in refs if _is_mapping(r)}
    for ref_type, kind in _KIND_BY_REFERENCE:
        if ref_type in by_type:
            return kind, by_type[ref_type]
    return "post", None


def normalize_x_page(
    page: Mapping[str, Any], *, query: str | None, fetched_at: datetime
) -> list[Mention]:
    """Turn one raw X recent-search page into ``Mention`` records.

    Authors are joined from ``includes.users``; a tweet whose author is missing there (X reports
    such gaps in ``errors``) keeps its ``author_id`` and gets no handle. The kind comes from
    ``referenced_tweets`` (retweeted > replied_to > quoted), the parent is the referenced tweet.

    Args:
        page: the page exactly as the API returned it.
        query: the search query that produced the page, stored on each record.
        fetched_at: when the page was fetched (timezone-aware).

    Returns:
        One mention per tweet in ``data``, in page order; ``[]`` for an empty page.

    Raises:
        MalformedPage: the page does not have the shape of an X search page.
    """
    if not isinstance(page, Mapping):
        raise _malformed(f"expected a JSON object, got {type(page).__name__}")
    tweets = page.get("data", [])
    if not isinstance(tweets, list):
        raise _malformed(f"'data' is {type(tweets).__name__}, expected a list of tweets")
    users = _users_by_id(page)
    mentions = []
    for pos, tweet in enumerate(tweets):
        if not _is_mapping(tweet):
            raise _malformed(f"data[{pos}] is not a tweet object")
        if not tweet.get("id") or not isinstance(tweet["id"], str | int):
            raise _malformed(f"data[{pos}] has no id")
        tweet_id = str(tweet["id"])
        if not isinstance(tweet.get("text"), str):
            raise _malformed(f"tweet {tweet_id} has no text")
        created_at = _parse_created_at(tweet.get("created_at"), tweet_id)
        kind, parent_id = _kind_and_parent(tweet, tweet_id)
        author_id = str(tweet["author_id"]) if tweet.get("author_id") is not None else None
        user = users.get(author_id or "", {})
        handle = user.get("username")
        metrics = tweet.get("public_metrics") or {}
        user_metrics = user.get("public_metrics") or {}
        followers = user_metrics.get("followers_count") if user_metrics else None
        path = f"{handle}/status/{tweet_id}" if handle else f"i/web/status/{tweet_id}"
        conversation = tweet.get("conversation_id")
        mentions.append(
            Mention(
                platform="x",
                post_id=tweet_id,
                url=f"https://x.com/{path}",
                kind=kind,
                created_at=created_at,
                author_id=author_id,
                author_handle=handle,
                text=tweet["text"],
                author_name=user.get("name"),
                author_description=user.get("description"),
                author_followers=followers if isinstance(followers, int) else None,
                lang=tweet.get("lang"),
                parent_id=parent_id,
                conversation_id=str(conversation) if conversation is not None else None,
                likes=_int(metrics.get("like_count")),
                reposts=_int(metrics.get("retweet_count")),
                replies=_int(metrics.get("reply_count")),
                quotes=_int(metrics.get("quote_count")),
                query=query,
                raw=dict(tweet),
                fetched_at=fetched_at,
            )
        )
    return mentions


def _meta(page: Mapping[str, Any]) -> Mapping[str, Any]:
    meta = page.get("meta") or {}
    if not isinstance(meta, Mapping):
        raise _malformed("'meta' is not an object")
    return meta


def _pages(
    fetch: Callable[[str | None], dict[str, Any]],
    *,
    partition: str,
    request: dict[str, Any],
    query: str,
    max_requests: int,
    on_rate_limit: RateLimitPolicy | None,
) -> Iterator[tuple[Page, list[Mention]]]:
    """Follow ``meta.next_token`` within the budget (both pagers' loop)."""
    next_token: str | None = None
    for _ in range(max(max_requests, 0)):
        fetched_at = datetime.now(UTC)
        payload: dict[str, Any] = call_with_rate_limit(partial(fetch, next_token), on_rate_limit)
        mentions = normalize_x_page(payload, query=query, fetched_at=fetched_at)
        page = Page(
            platform="x",
            partition=partition,
            payload=payload,
            request={**request, "next_token": next_token},
        )
        yield page, mentions
        token = _meta(payload).get("next_token")
        if not token:
            return
        next_token = str(token)
    raise BudgetExhausted(
        f"X search {partition!r}: request budget of {max_requests} spent with pages left; "
        "keep the old cursor so the next run fetches the rest"
    )


def search_recent(
    client: XClientPort,
    query: str,
    *,
    since_id: str | None,
    max_requests: int,
    max_results: int = 100,
    on_rate_limit: RateLimitPolicy | None = None,
) -> Iterator[tuple[Page, list[Mention]]]:
    """Fetch recent tweets matching ``query`` newer than ``since_id``, newest page first.

    Follows ``meta.next_token`` until X has no more pages or the budget is spent. Compute the
    next cursor with ``newest_id(pages, default=since_id)`` once the generator finishes.

    Args:
        client: the port to fetch raw pages from.
        query: an X search query.
        since_id: only tweets with a larger id (the saved cursor); ``None`` for a first run.
        max_requests: request budget for this call; 0 or less fetches nothing.
        max_results: tweets per page, 10 to 100 (X's limits).
        on_rate_limit: asked whether to wait and retry the same request after a 429.

    Yields:
        ``(page, mentions)`` per request: the raw page and its normalized tweets.

    Raises:
        BudgetExhausted: after the last yield, if the budget ran out with pages left; the
            caller keeps its old cursor (see the module docstring).
        MalformedPage: a page has the wrong shape; the pages after it cannot be reached
            (module docstring).
        ValueError: ``max_results`` is outside 10..100.
    """
    if not 10 <= max_results <= 100:
        raise ValueError(f"max_results must be between 10 and 100, got {max_results}")

    def fetch(next_token: str | None) -> dict[str, Any]:
        return client.search_recent(
            query, since_id=since_id, next_token=next_token, max_results=max_results
        )

    yield from _pages(
        fetch,
        partition=query,
        request={"query": query, "since_id": since_id, "max_results": max_results},
        query=query,
        max_requests=max_requests,
        on_rate_limit=on_rate_limit,
    )


def search_all(
    client: XArchiveClientPort,
    query: str,
    *,
    window: ArchiveWindow,
    since_id: str | None,
    max_requests: int,
    max_results: int = 100,
    on_rate_limit: RateLimitPolicy | None = None,
) -> Iterator[tuple[Page, list[Mention]]]:
    """Fetch the tweets of one time window from X's full archive, newest page first.

    The backfill counterpart of ``search_recent``: same pages, normalizer and budget. The
    cursor belongs to the window (``window.partition(query)``): the first read of a day takes
    the whole window; a later one only what is newer than that day's ``since_id``.

    Args:
        client: the port to fetch raw pages from.
        query: an X search query.
        window: the day to read, ``[start, end)``.
        since_id: the window's saved cursor; ``None`` for a first read.
        max_requests: request budget for this call; 0 or less fetches nothing.
        max_results: tweets per page, 10 to 500 (X's limits for the archive).
        on_rate_limit: asked whether to wait and retry the same request after a 429.

    Yields:
        ``(page, mentions)`` per request.

    Raises:
        BudgetExhausted: after the last yield, if the budget ran out with pages left.
        AuthError: the API tier has no full-archive access (HTTP 403).
        MalformedPage: a page has the wrong shape (module docstring).
        ValueError: ``max_results`` is outside 10..500.
    """
    if not 10 <= max_results <= 500:
        raise ValueError(f"max_results must be between 10 and 500, got {max_results}")

    def fetch(next_token: str | None) -> dict[str, Any]:
        return client.search_all(
            query,
            start_time=window.start,
            end_time=window.end,
            since_id=since_id,
            next_token=next_token,
            max_results=max_results,
        )

    request = {
        "query": query,
        "start_time": window.start.isoformat(),
        "end_time": window.end.isoformat(),
        "since_id": since_id,
        "max_results": max_results,
    }
    yield from _pages(
        fetch,
        partition=window.partition(query),
        request=request,
        query=query,
        max_requests=max_requests,
        on_rate_limit=on_rate_limit,
    )


def newest_id(
    pages: Iterable[Page | Mapping[str, Any]], *, default: str | None = None
) -> str | None:
    """Return the largest ``meta.newest_id`` over pages: the next ``since_id``.

    Ids are compared as integers (X ids are 64-bit snowflakes); empty pages have no
    ``newest_id`` and are skipped.

    Args:
        pages: ``Page`` objects or raw page dicts.
        default: the current cursor, returned if no page has a newer id.

    Returns:
        The newest id as a string, or ``default``.
    """
    best = default
    for page in pages:
        payload = page.payload if isinstance(page, Page) else page
        value = _meta(payload).get("newest_id")
        if value is not None and (best is None or int(value) > int(best)):
            best = str(value)
    return best


def snowflake_time(tweet_id: str) -> datetime:
    """Return when a tweet id was minted (X ids embed milliseconds since 2010-11-04)."""
    millis = (int(tweet_id) >> 22) + _TWITTER_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, UTC)


class _TimeoutSession(requests.Session):
    """A session that never waits forever: tweepy passes no timeout of its own."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self._timeout = timeout

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self._timeout)
        return super().request(*args, **kwargs)


class _DropDebug(logging.Filter):
    """tweepy logs request headers, bearer token included, at DEBUG: never let those out."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


def _guard_tweepy_logger() -> None:
    logger = logging.getLogger("tweepy.client")
    if not any(isinstance(f, _DropDebug) for f in logger.filters):
        logger.addFilter(_DropDebug())


@contextmanager
def _mapped_errors(what: str) -> Iterator[None]:
    """Turn tweepy and requests failures into the connector's typed errors."""
    import tweepy

    try:
        yield
    except tweepy.TooManyRequests as exc:
        reset = getattr(exc, "reset_time", None)
        reset_at = datetime.fromtimestamp(reset, UTC) if reset else None
        raise RateLimited(f"X rate limit hit (HTTP 429); resets at {reset_at}", reset_at) from exc
    except tweepy.Forbidden as exc:
        if what != "full-archive search":
            raise _auth_error(exc) from exc
        detail = "; ".join(str(m) for m in exc.api_messages)[:200]
        raise AuthError(
            f"X refused full-archive search (HTTP 403{': ' + detail if detail else ''}): the "
            f"API tier of the app in {TOKEN_SETTING} has no archive access; set "
            f"{SEARCH_SETTING}=recent (the last 7 days) or use a tier with full-archive search"
        ) from exc
    except tweepy.Unauthorized as exc:
        raise _auth_error(exc) from exc
    except tweepy.TwitterServerError as exc:
        raise TransientError(f"X server error (HTTP {exc.response.status_code})") from exc
    except tweepy.HTTPException as exc:
        detail = "; ".join(str(m) for m in exc.api_messages)[:300]
        raise ConnectorError(
            f"X rejected the {what} (HTTP {exc.response.status_code}): {detail}"
        ) from exc
    except (requests.Timeout, requests.ConnectionError) as exc:
        raise TransientError(f"X did not answer: {type(exc).__name__}") from exc
    except requests.exceptions.ChunkedEncodingError as exc:
        raise TransientError("X connection dropped mid-response") from exc
    except ValueError as exc:  # requests' JSONDecodeError is a ValueError
        raise MalformedPage(f"X {what} page is not valid JSON: {exc}") from exc


def _auth_error(exc: Any) -> AuthError:
    status = exc.response.status_code
    detail = "; ".join(str(m) for m in exc.api_messages)[:200]
    return AuthError(
        f"X refused the credentials (HTTP {status}{': ' + detail if detail else ''}); "
        f"check {TOKEN_SETTING} and the app's access level"
    )


def still_available(client: Any, ids: Iterable[str], *, batch: int = 100) -> set[str]:
    """Which of ``ids`` X still serves, looked up ``batch`` at a time (X's limit is 100).

    Used by compliance: stored posts X no longer returns (deleted, protected, suspended)
    must be removed here too.

    Raises:
        MalformedPage: a lookup page has the wrong shape.
    """
    ids = list(dict.fromkeys(str(i) for i in ids))
    alive: set[str] = set()
    for start in range(0, len(ids), batch):
        page = client.get_tweets(ids[start : start + batch])
        data = page.get("data", [])
        if not isinstance(data, list):
            raise _malformed("'data' is not a list")
        alive |= {str(t["id"]) for t in data if isinstance(t, dict) and "id" in t}
    return alive


class TweepyXClient:
    """``XClientPort`` (and ``XArchiveClientPort``) over the real API with ``tweepy.Client``.

    App-only bearer token. With ``archive_window`` set, ingest reads that window through
    ``search_all`` instead of recent search (``flows.ingest.open_partition``).

    Errors are mapped to the connector's typed errors; messages never contain the token.
    """

    def __init__(
        self,
        bearer_token: str,
        *,
        timeout: float = 30.0,
        archive_window: ArchiveWindow | None = None,
    ) -> None:
        """Create the adapter.

        Args:
            bearer_token: the app's bearer token (setting ``BRANDRISK_X_BEARER_TOKEN``).
            timeout: seconds to wait for X to connect and to answer.
            archive_window: read this window with full-archive search instead of recent
                search (setting ``BRANDRISK_X_SEARCH=all``); see ``search_all``.

        Raises:
            AuthError: the token is empty.
        """
        import tweepy  # the SDK is only needed when talking to the real API

        if not bearer_token:
            raise AuthError(f"X bearer token is missing: set {TOKEN_SETTING}")
        _guard_tweepy_logger()
        self._client = tweepy.Client(
            bearer_token=bearer_token, return_type=dict, wait_on_rate_limit=False
        )
        self._client.session = _TimeoutSession(timeout)
        self.archive_window = archive_window
        self._last_archive_request = 0.0

    def __repr__(self) -> str:
        return "TweepyXClient(bearer_token=***)"

    def search_recent(
        self, query: str, *, since_id: str | None, next_token: str | None, max_results: int
    ) -> dict[str, Any]:
        """Fetch one page of ``GET /2/tweets/search/recent``; see ``XClientPort``.

        A ``since_id`` older than X's 7-day window is dropped (X would answer 400): nothing
        older than the window can be fetched anyway.
        """

        if since_id is not None and snowflake_time(since_id) < datetime.now(UTC) - (
            RECENT_WINDOW - timedelta(minutes=5)
        ):
            log.warning("X cursor %s is older than the 7-day search window; ignoring it", since_id)
            since_id = None
        return self._search_page(
            "search",
            self._client.search_recent_tweets,
            query,
            since_id=since_id,
            next_token=next_token,
            max_results=max_results,
        )

    @staticmethod
    def _search_page(what: str, method: Any, query: str, **params: Any) -> dict[str, Any]:
        """One page of a search endpoint with our expansions and fields, errors mapped."""
        with _mapped_errors(what):
            page = method(
                query,
                expansions=EXPANSIONS,
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
                **params,
            )
        if not isinstance(page, dict):
            raise _malformed(f"expected a JSON object, got {type(page).__name__}")
        return page

    def search_all(
        self,
        query: str,
        *,
        start_time: datetime,
        end_time: datetime,
        since_id: str | None,
        next_token: str | None,
        max_results: int,
    ) -> dict[str, Any]:
        """Fetch one page of ``GET /2/tweets/search/all``; see ``XArchiveClientPort``.

        ``end_time`` is kept at least 30 s in the past (X refuses a later one) and requests are
        spaced by a second (X's limit for this endpoint). A window entirely in the future
        gives an empty page without a request.

        Raises:
            AuthError: HTTP 403, the API tier has no archive access (names the setting).
        """
        end_time = min(end_time, datetime.now(UTC) - _ARCHIVE_END_LAG)
        if start_time >= end_time:
            return {"meta": {"result_count": 0}}
        wait = self._last_archive_request + _ARCHIVE_MIN_INTERVAL_S - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_archive_request = time.monotonic()
        return self._search_page(
            "full-archive search",
            self._client.search_all_tweets,
            query,
            start_time=start_time,
            end_time=end_time,
            since_id=since_id,
            next_token=next_token,
            max_results=max_results,
        )

    def get_tweets(self, ids: list[str]) -> dict[str, Any]:
        """Fetch ``GET /2/tweets?ids=...`` (at most 100 ids): which of them X still serves.

        Deleted or protected tweets come back in ``errors``, not in ``data``.
        """
        with _mapped_errors("tweet lookup"):
            page = self._client.get_tweets(ids, tweet_fields=["id"])
        if not isinstance(page, dict):
            raise _malformed(f"expected a JSON object, got {type(page).__name__}")
        return page
