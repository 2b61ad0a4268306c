"""Reddit search: client port, pure normalizer, budgeted pager, praw/prawcore adapter.

Reddit has no "since" parameter, so ``search_new`` pages newest first (``sort=new``) and stops
at the first item it has already seen. The watermark is the newest item seen, written as
``"<created_utc>:<fullname>"`` (e.g. ``"1727740800.0:t3_abc"``); items compare by creation time,
then by type and base-36 id, so two items created in the same second still have an order.

Deleted and removed items: a comment whose body is ``[deleted]``/``[removed]`` is skipped (there
is nothing left to analyse); a post whose selftext was removed keeps its title, which is still
public. Skipped items still count for the watermark and for the stop check.

Budget: as for X, when ``max_requests`` runs out with pages left, ``BudgetExhausted`` is raised
after the last yield, and the caller keeps its old watermark.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, Protocol

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

GONE = frozenset({"[deleted]", "[removed]"})
CREDENTIAL_SETTINGS = "BRANDRISK_REDDIT_CLIENT_ID / BRANDRISK_REDDIT_CLIENT_SECRET"
_SUBREDDIT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_]{1,20}$")

WatermarkKey = tuple[float, str, int]


class RedditClientPort(Protocol):
    """Anything that answers one Reddit search request with one raw Listing dict."""

    def search_new(
        self, query: str, *, subreddit: str | None, after: str | None, limit: int
    ) -> dict[str, Any]:
        """Return ``{"kind": "Listing", "data": {"after": ..., "children": [...]}}``."""
        ...


def _malformed(what: str) -> MalformedPage:
    return MalformedPage(f"Reddit listing: {what}")


def _strip(fullname: Any) -> str | None:
    """``"t3_abc"`` -> ``"abc"``."""
    if not isinstance(fullname, str) or not fullname:
        return None
    return fullname.split("_", 1)[1] if "_" in fullname else fullname


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _children(listing: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if not isinstance(listing, Mapping) or listing.get("kind") != "Listing":
        raise _malformed("expected an object with kind 'Listing'")
    data = listing.get("data")
    if not isinstance(data, Mapping) or not isinstance(data.get("children"), list):
        raise _malformed("'data.children' is missing or not a list")
    children = data["children"]
    for pos, child in enumerate(children):
        if not (isinstance(child, Mapping) and isinstance(child.get("data"), Mapping)):
            raise _malformed(f"children[{pos}] is not a {{kind, data}} object")
        if child.get("kind") in ("t1", "t3"):
            item = child["data"]
            if not isinstance(item.get("name"), str) or not isinstance(
                item.get("created_utc"), int | float
            ):
                raise _malformed(f"children[{pos}] has no name or numeric created_utc")
    return children


def _created(item: Mapping[str, Any]) -> datetime:
    return datetime.fromtimestamp(float(item["created_utc"]), UTC)


def _mention(
    kind: str, item: Mapping[str, Any], query: str | None, fetched_at: datetime
) -> Mention | None:
    name = item["name"]
    post_id = _strip(item.get("id")) or _strip(name) or ""
    author = item.get("author")
    if kind == "t1":
        body = item.get("body")
        if not isinstance(body, str):
            raise _malformed(f"comment {name} has no body")
        if body.strip() in GONE:
            return None
        text, mention_kind = body, "comment"
        parent_id, conversation = _strip(item.get("parent_id")), _strip(item.get("link_id"))
    else:
        title, selftext = item.get("title"), item.get("selftext") or ""
        if not isinstance(title, str) or not isinstance(selftext, str):
            raise _malformed(f"post {name} has no title")
        selftext = "" if selftext.strip() in GONE else selftext
        text = f"{title}\n\n{selftext}" if selftext else title
        mention_kind, parent_id, conversation = "post", None, post_id
    permalink = item.get("permalink")
    url = f"https://www.reddit.com{permalink}" if isinstance(permalink, str) else ""
    return Mention(
        platform="reddit",
        post_id=post_id,
        url=url,
        kind=mention_kind,
        created_at=_created(item),
        author_id=item.get("author_fullname"),
        author_handle=None if author in GONE else author,
        text=text,
        parent_id=parent_id,
        conversation_id=conversation,
        community=item.get("subreddit"),
        score=_int(item.get("score")),
        comments=_int(item.get("num_comments")),
        query=query,
        raw=dict(item),
        fetched_at=fetched_at,
    )


def normalize_reddit_listing(
    listing: Mapping[str, Any], *, query: str | None, fetched_at: datetime
) -> list[Mention]:
    """Turn one raw Reddit Listing into ``Mention`` records.

    Posts (``t3``) become kind ``post`` with ``title + "\\n\\n" + selftext``; comments (``t1``)
    become kind ``comment`` with their parent and thread (``link_id``). Ids lose their ``t3_``
    / ``t1_`` prefix. Other kinds are skipped, as are deleted comments (module docstring).

    Args:
        listing: the Listing exactly as the API returned it.
        query: the search query that produced it, stored on each record.
        fetched_at: when the page was fetched (timezone-aware).

    Returns:
        One mention per kept item, in listing order.

    Raises:
        MalformedPage: the listing does not have the shape of a Reddit Listing.
    """
    mentions = []
    for child in _children(listing):
        if child.get("kind") in ("t1", "t3"):
            mention = _mention(child["kind"], child["data"], query, fetched_at)
            if mention is not None:
                mentions.append(mention)
    return mentions


def format_watermark(created_utc: float, fullname: str) -> str:
    """Return the watermark string for an item, e.g. ``"1727740800.0:t3_abc"``."""
    return f"{float(created_utc)!r}:{fullname}"


def watermark_key(value: str) -> WatermarkKey:
    """Parse a watermark string into a sortable key (created, type, numeric id).

    Raises:
        ValueError: the value is not ``"<created_utc>:<fullname>"``.
    """
    created, sep, fullname = value.partition(":")
    prefix, _, ident = fullname.partition("_")
    if not sep or not ident:
        raise ValueError(f"not a Reddit watermark (expected '<created_utc>:t3_<id>'): {value!r}")
    return float(created), prefix, int(ident, 36)


def _item_key(item: Mapping[str, Any]) -> tuple[WatermarkKey, str]:
    mark = format_watermark(item["created_utc"], item["name"])
    return watermark_key(mark), mark


def newest_seen(
    pages: Iterable[Page | Mapping[str, Any]], *, default: str | None = None
) -> str | None:
    """Return the watermark of the newest item over listings: the next ``seen`` value.

    Args:
        pages: ``Page`` objects or raw Listing dicts.
        default: the current watermark, returned if no item is newer.

    Returns:
        A watermark string, or ``default``.
    """
    best, best_key = default, watermark_key(default) if default else None
    for page in pages:
        payload = page.payload if isinstance(page, Page) else page
        for child in _children(payload):
            if child.get("kind") in ("t1", "t3"):
                key, mark = _item_key(child["data"])
                if best_key is None or key > best_key:
                    best, best_key = mark, key
    return best


def search_new(
    client: RedditClientPort,
    query: str,
    *,
    subreddit: str | None,
    seen: str | None,
    max_requests: int,
    limit: int = 100,
    on_rate_limit: RateLimitPolicy | None = None,
) -> Iterator[tuple[Page, list[Mention]]]:
    """Fetch the newest items matching ``query`` down to the first one already seen.

    Args:
        client: the port to fetch raw listings from.
        query: a Reddit search query.
        subreddit: search only this subreddit (without ``r/``), or ``None`` for all of Reddit.
        seen: the saved watermark (see module docstring); ``None`` for a first run.
        max_requests: request budget for this call; 0 or less fetches nothing.
        limit: items per page, 1 to 100 (Reddit's limits).

    Yields:
        ``(page, mentions)`` per request. The page holds the whole listing as fetched; the
        mentions stop before the first seen item.

    Raises:
        BudgetExhausted: after the last yield, if the budget ran out with pages left.
        MalformedPage: a listing has the wrong shape.
        ValueError: ``limit`` outside 1..100 or a ``seen`` that is not a watermark.
    """
    if not 1 <= limit <= 100:
        raise ValueError(f"limit must be between 1 and 100, got {limit}")
    seen_key = watermark_key(seen) if seen else None
    partition = f"r/{subreddit}:{query}" if subreddit else query
    after: str | None = None
    for _ in range(max(max_requests, 0)):
        request = {"query": query, "subreddit": subreddit, "after": after, "limit": limit}
        fetched_at = datetime.now(UTC)
        fetch = partial(client.search_new, query, subreddit=subreddit, after=after, limit=limit)
        payload: dict[str, Any] = call_with_rate_limit(fetch, on_rate_limit)
        children, stop = _children(payload), False
        if seen_key is not None:
            for pos, child in enumerate(children):
                if child.get("kind") in ("t1", "t3") and _item_key(child["data"])[0] <= seen_key:
                    children, stop = children[:pos], True
                    break
        fresh = {"kind": "Listing", "data": {"children": children}}
        mentions = normalize_reddit_listing(fresh, query=query, fetched_at=fetched_at)
        page = Page(platform="reddit", partition=partition, payload=payload, request=request)
        yield page, mentions
        after = payload["data"].get("after")
        if stop or not after or not payload["data"]["children"]:
            return
    raise BudgetExhausted(
        f"Reddit search {partition!r}: request budget of {max_requests} spent with pages "
        "left; keep the old watermark so the next run fetches the rest"
    )


class PrawRedditClient:
    """``RedditClientPort`` over the real API with praw's prawcore session (app-only OAuth).

    Returns Reddit's raw JSON (``raw_json=1``), not praw models, so pages can be stored as
    fetched. Errors are mapped to the connector's typed errors; messages never hold secrets.
    """

    def __init__(
        self, client_id: str, client_secret: str, user_agent: str, *, timeout: float = 30.0
    ) -> None:
        """Create the adapter (no request is made until the first search).

        Args:
            client_id: the Reddit app's id.
            client_secret: the Reddit app's secret.
            user_agent: a descriptive user agent, as Reddit's API rules require.
            timeout: seconds to wait for Reddit to answer.

        Raises:
            AuthError: the id or secret is empty.
        """
        import praw

        if not client_id or not client_secret:
            raise AuthError(f"Reddit credentials are missing: set {CREDENTIAL_SETTINGS}")
        self._reddit = praw.Reddit(
            client_id=client_id,
            client_secret=client_secret,
            user_agent=user_agent,
            check_for_updates=False,
            check_for_async=False,
            requestor_kwargs={"timeout": timeout},
        )

    def __repr__(self) -> str:
        return "PrawRedditClient(client_id=***, client_secret=***)"

    def search_new(
        self, query: str, *, subreddit: str | None, after: str | None, limit: int
    ) -> dict[str, Any]:
        """Fetch one page of ``GET /search`` or ``GET /r/{subreddit}/search``, newest first."""
        from praw.exceptions import PRAWException
        from prawcore.exceptions import PrawcoreException

        if subreddit is not None and not _SUBREDDIT.match(subreddit):
            raise ValueError(f"not a subreddit name: {subreddit!r}")
        path = f"/r/{subreddit}/search" if subreddit else "/search"
        params: dict[str, str | int] = {"q": query, "sort": "new", "limit": limit, "raw_json": 1}
        if subreddit:
            params["restrict_sr"] = "on"
        if after:
            params["after"] = after
        try:
            listing = self._reddit.request(method="GET", path=path, params=params)
        except (PrawcoreException, PRAWException) as exc:
            raise _map_reddit_error(exc, path) from exc
        except KeyError as exc:
            # prawcore looks up a 401/403 without a www-authenticate header in a dict that has
            # no entry for it, and the KeyError (holding the status) escapes.
            if exc.args and exc.args[0] in (401, 403):
                raise AuthError(
                    f"Reddit refused the app credentials (HTTP {exc.args[0]}); "
                    f"check {CREDENTIAL_SETTINGS}"
                ) from exc
            raise ConnectorError(f"Reddit gave an unexpected answer to {path}") from exc
        if not isinstance(listing, dict):
            raise _malformed(f"expected a JSON object from {path}, got {type(listing).__name__}")
        return listing


def _map_reddit_error(exc: Exception, path: str) -> Exception:
    """Translate a prawcore/praw exception into a typed connector error."""
    from prawcore import exceptions as pc

    if isinstance(exc, pc.TooManyRequests):
        headers = exc.response.headers
        wait = headers.get("retry-after") or headers.get("x-ratelimit-reset")
        reset_at = None
        if wait is not None:
            try:
                reset_at = datetime.now(UTC) + timedelta(seconds=float(wait))
            except ValueError:
                reset_at = None
        return RateLimited(f"Reddit rate limit hit (HTTP 429) on {path}", reset_at)
    if isinstance(exc, pc.OAuthException | pc.InvalidToken | pc.InsufficientScope):
        return AuthError(f"Reddit refused the app credentials ({exc}); check {CREDENTIAL_SETTINGS}")
    if isinstance(exc, pc.Forbidden):
        return AuthError(
            f"Reddit refused access to {path} (HTTP 403): the subreddit may be private, or "
            f"the app in {CREDENTIAL_SETTINGS} lacks access"
        )
    if isinstance(exc, pc.BadJSON):
        return MalformedPage(f"Reddit answered {path} with invalid JSON")
    if isinstance(exc, pc.ServerError):
        return TransientError(f"Reddit server error on {path} ({exc})")
    if isinstance(exc, pc.RequestException):
        cause = type(exc.original_exception).__name__
        return TransientError(f"Reddit did not answer {path}: {cause}")
    if isinstance(exc, pc.Redirect):
        return ConnectorError(f"Reddit redirected {path}: the subreddit probably does not exist")
    if isinstance(exc, pc.ResponseException):
        status = exc.response.status_code
        if status in (401, 403):  # the token endpoint answers a bad secret with a bare 401
            return AuthError(
                f"Reddit refused the app credentials (HTTP {status}); check {CREDENTIAL_SETTINGS}"
            )
        if status >= 500:
            return TransientError(f"Reddit server error on {path} (HTTP {status})")
        return ConnectorError(f"Reddit rejected {path} (HTTP {status})")
    return ConnectorError(f"Reddit request to {path} failed: {type(exc).__name__}: {exc}")
