"""Reddit: client ports, pure normalizer, budgeted pagers, praw/prawcore adapter.

Two ways in, both newest first and both paged by ``after``:

- ``search_new``: Reddit search (``sort=new``) site-wide or inside one subreddit. Search finds
  posts only.
- ``subreddit_comments``: a subreddit's stream of new comments (``/r/<sub>/comments``, what
  praw's ``subreddit.comments()`` pages through), since comments cannot be searched. Only the
  comments that name the company (a term filter) are kept; the others are dropped before
  anything is stored, raw pages included.

Reddit has no "since" parameter, so both pagers stop at the first item already seen. The
watermark is the newest item seen, written as ``"<created_utc>:<fullname>"`` (e.g.
``"1727740800.0:t3_abc"``); items compare by creation time, then by type and base-36 id, so two
items created in the same second still have an order.

Ids are fullnames (``t3_abc`` for a post, ``t1_def`` for a comment): a post and a comment can
share a base-36 id, so the bare id is not a key. ``parent_id`` and ``conversation_id`` are
fullnames too.

Deleted and removed items: a comment whose body is ``[deleted]``/``[removed]`` is skipped (there
is nothing left to analyse); a post whose selftext was removed keeps its title, which is still
public. Skipped items still count for the watermark and for the stop check.

Budget: as for X, when ``max_requests`` runs out with pages left, ``BudgetExhausted`` is raised
after the last yield, and the caller keeps its old watermark.

A malformed or truncated page (``MalformedPage``) cannot be skipped: the next page is asked for
with ``after=<fullname of this page's last item>``, which only the broken page knew, and Reddit
listings have no offset to jump with. The pager therefore stops at that page; the caller keeps
what came before and its old watermark, so the next run reads the same items again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, Protocol, TypeGuard

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
from connectors.query import TermFilter

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


class RedditCommentsPort(Protocol):
    """Anything that answers one request for a subreddit's newest comments with a Listing."""

    def subreddit_comments(
        self, subreddit: str, *, after: str | None, limit: int
    ) -> dict[str, Any]:
        """Return ``{"kind": "Listing", "data": {"after": ..., "children": [t1, ...]}}``."""
        ...


def _malformed(what: str) -> MalformedPage:
    return MalformedPage(f"Reddit listing: {what}")


def _fullname(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def fullname_candidates(post_id: str) -> list[str]:
    """The stored ids a user-given Reddit id may mean: ``t3_abc`` -> itself; ``abc`` -> both.

    Reddit ids are stored as fullnames. A bare base-36 id (as in a post's URL) names a post or
    a comment, and the two kinds have separate counters, so it may stand for either.
    """
    post_id = post_id.strip().lower()
    if re.fullmatch(r"t[1-6]_[0-9a-z]+", post_id):
        return [post_id]
    return [f"t3_{post_id}", f"t1_{post_id}"]


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _is_mapping(value: Any) -> TypeGuard[Mapping[str, Any]]:
    # Parsed JSON is made of dicts: ask the (much slower) ABC only about anything else.
    return type(value) is dict or isinstance(value, Mapping)


def _children(listing: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if not _is_mapping(listing) or listing.get("kind") != "Listing":
        raise _malformed("expected an object with kind 'Listing'")
    data = listing.get("data")
    if not _is_mapping(data) or not isinstance(data.get("children"), list):
        raise _malformed("'data.children' is missing or not a list")
    children = data["children"]
    for pos, child in enumerate(children):
        if not (_is_mapping(child) and _is_mapping(child.get("data"))):
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
    author = item.get("author")
    if kind == "t1":
        body = item.get("body")
        if not isinstance(body, str):
            raise _malformed(f"comment {name} has no body")
        if body.strip() in GONE:
            return None
        text, mention_kind = body, "comment"
        parent_id, conversation = _fullname(item.get("parent_id")), _fullname(item.get("link_id"))
    else:
        title, selftext = item.get("title"), item.get("selftext") or ""
        if not isinstance(title, str) or not isinstance(selftext, str):
            raise _malformed(f"post {name} has no title")
        selftext = "" if selftext.strip() in GONE else selftext
        text = f"{title}\n\n{selftext}" if selftext else title
        mention_kind, parent_id, conversation = "post", None, name
    return Mention(
        platform="reddit",
        post_id=name,
        url=_url(kind, item),
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


def _url(kind: str, item: Mapping[str, Any]) -> str:
    """The item's page: its permalink, or for a comment without one, built from its thread."""
    permalink = item.get("permalink")
    if isinstance(permalink, str) and permalink:
        return f"https://www.reddit.com{permalink}"
    link, sub, ident = item.get("link_id"), item.get("subreddit"), item.get("id")
    if kind == "t1" and isinstance(link, str) and "_" in link and sub and ident:
        return f"https://www.reddit.com/r/{sub}/comments/{link.split('_', 1)[1]}/_/{ident}/"
    return ""


def normalize_reddit_listing(
    listing: Mapping[str, Any], *, query: str | None, fetched_at: datetime
) -> list[Mention]:
    """Turn one raw Reddit Listing into ``Mention`` records.

    Posts (``t3``) become kind ``post`` with ``title + "\\n\\n" + selftext``; comments (``t1``)
    become kind ``comment`` with their parent and thread (``link_id``). Ids are fullnames
    (``t3_abc``, ``t1_def``). Other kinds are skipped, as are deleted comments (module docstring).

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


def _item_key(item: Mapping[str, Any]) -> WatermarkKey:
    """``watermark_key(format_watermark(...))`` of an item, without the text in between."""
    created, name = float(item["created_utc"]), item["name"]
    prefix, _, ident = name.partition("_")  # float(repr(x)) == x: the same key as the text's
    if not ident:
        mark = format_watermark(created, name)
        raise ValueError(f"not a Reddit watermark (expected '<created_utc>:t3_<id>'): {mark!r}")
    return created, prefix, int(ident, 36)


def newest_seen(
    pages: Iterable[Page | Mapping[str, Any]], *, default: str | None = None
) -> str | None:
    """Return the watermark of the newest item over listings: the next ``seen`` value.

    A ``Page`` whose payload was trimmed carries the newest item it read in ``watermark``.

    Args:
        pages: ``Page`` objects or raw Listing dicts.
        default: the current watermark, returned if no item is newer.

    Returns:
        A watermark string, or ``default``.
    """
    best, best_key = default, watermark_key(default) if default else None
    for page in pages:
        if isinstance(page, Page) and page.watermark:
            key = watermark_key(page.watermark)
            if best_key is None or key > best_key:
                best, best_key = page.watermark, key
        payload = page.payload if isinstance(page, Page) else page
        for child in _children(payload):
            if child.get("kind") in ("t1", "t3"):
                item = child["data"]
                key = _item_key(item)
                if best_key is None or key > best_key:  # the text only for a newer one
                    best, best_key = format_watermark(item["created_utc"], item["name"]), key
    return best


def _pages(
    fetch: Callable[[str | None], dict[str, Any]],
    *,
    partition: str,
    request: dict[str, Any],
    query: str | None,
    seen: str | None,
    max_requests: int,
    keep: Callable[[str], bool] | None,
    on_rate_limit: RateLimitPolicy | None,
) -> Iterator[tuple[Page, list[Mention]]]:
    """Page a listing through ``after`` down to the first seen item (both pagers' loop).

    With ``keep``, only comments whose body it accepts are kept, in the mentions and in the
    stored page; the page's ``watermark`` then says how far the request read.
    """
    seen_key = watermark_key(seen) if seen else None
    after: str | None = None
    for _ in range(max(max_requests, 0)):
        fetched_at = datetime.now(UTC)
        payload: dict[str, Any] = call_with_rate_limit(partial(fetch, after), on_rate_limit)
        children, stop = _children(payload), False
        if seen_key is not None:
            for pos, child in enumerate(children):
                if child.get("kind") in ("t1", "t3") and _item_key(child["data"]) <= seen_key:
                    children, stop = children[:pos], True
                    break
        stored, watermark = payload, None
        if keep is not None:
            children = [c for c in children if _kept(c, keep)]
            if len(children) < len(payload["data"]["children"]):
                data = {**payload["data"], "children": children, "dist": len(children)}
                stored = {**payload, "data": data}
                watermark = newest_seen([payload])
        fresh = {"kind": "Listing", "data": {"children": children}}
        mentions = normalize_reddit_listing(fresh, query=query, fetched_at=fetched_at)
        page = Page(
            platform="reddit",
            partition=partition,
            payload=stored,
            request={**request, "after": after},
            watermark=watermark,
        )
        yield page, mentions
        after = payload["data"].get("after")
        if stop or not after or not payload["data"]["children"]:
            return
    raise BudgetExhausted(
        f"Reddit {partition!r}: request budget of {max_requests} spent with pages left; "
        "keep the old watermark so the next run fetches the rest"
    )


def _kept(child: Mapping[str, Any], keep: Callable[[str], bool]) -> bool:
    body = child["data"].get("body") if child.get("kind") == "t1" else None
    return isinstance(body, str) and keep(body)


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
        on_rate_limit: asked whether to wait and retry the same request after a 429.

    Yields:
        ``(page, mentions)`` per request. The page holds the whole listing as fetched; the
        mentions stop before the first seen item.

    Raises:
        BudgetExhausted: after the last yield, if the budget ran out with pages left.
        MalformedPage: a listing has the wrong shape; nothing of it is yielded (module
            docstring: the pages after it cannot be reached).
        ValueError: ``limit`` outside 1..100 or a ``seen`` that is not a watermark.
    """
    if not 1 <= limit <= 100:
        raise ValueError(f"limit must be between 1 and 100, got {limit}")

    def fetch(after: str | None) -> dict[str, Any]:
        return client.search_new(query, subreddit=subreddit, after=after, limit=limit)

    yield from _pages(
        fetch,
        partition=f"r/{subreddit}:{query}" if subreddit else query,
        request={"query": query, "subreddit": subreddit, "limit": limit},
        query=query,
        seen=seen,
        max_requests=max_requests,
        keep=None,
        on_rate_limit=on_rate_limit,
    )


def subreddit_comments(
    client: RedditCommentsPort,
    subreddit: str,
    terms: str,
    *,
    seen: str | None,
    max_requests: int,
    limit: int = 100,
    on_rate_limit: RateLimitPolicy | None = None,
) -> Iterator[tuple[Page, list[Mention]]]:
    """Fetch a subreddit's newest comments down to the first one seen; keep those naming us.

    The stream holds every comment of the subreddit, so each body is checked against
    ``terms`` (``connectors.query.TermFilter``: names, handles, hashtags, minus exclusions)
    and the rest is dropped, from the mentions and from the stored page; the page's
    ``watermark`` still covers them, so the next run does not read them again.

    Args:
        client: the port to fetch raw comment listings from.
        subreddit: the subreddit, without ``r/``.
        terms: the filter text (``connectors.query.reddit_comment_filter``); it is also part
            of the partition key ``r/<subreddit>/comments:<terms>``.
        seen: the saved watermark; ``None`` for a first run.
        max_requests: request budget for this call; 0 or less fetches nothing.
        limit: comments per page, 1 to 100.
        on_rate_limit: asked whether to wait and retry the same request after a 429.

    Yields:
        ``(page, mentions)`` per request, the page trimmed to the kept comments.

    Raises:
        BudgetExhausted: after the last yield, if the budget ran out with pages left.
        MalformedPage: a listing has the wrong shape (see the module docstring).
        ValueError: ``limit`` outside 1..100, a filter without terms, or a bad ``seen``.
    """
    if not 1 <= limit <= 100:
        raise ValueError(f"limit must be between 1 and 100, got {limit}")
    match = TermFilter.parse(terms).matches

    def fetch(after: str | None) -> dict[str, Any]:
        return client.subreddit_comments(subreddit, after=after, limit=limit)

    yield from _pages(
        fetch,
        partition=comments_partition(subreddit, terms),
        request={"endpoint": "comments", "subreddit": subreddit, "limit": limit},
        query=terms,
        seen=seen,
        max_requests=max_requests,
        keep=match,
        on_rate_limit=on_rate_limit,
    )


def comments_partition(subreddit: str, terms: str) -> str:
    """The partition (cursor) key of a subreddit's comment stream under a term filter."""
    return f"r/{subreddit}/comments:{terms}"


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
        if subreddit is not None:
            _check_subreddit(subreddit)
        path = f"/r/{subreddit}/search" if subreddit else "/search"
        params: dict[str, str | int] = {"q": query, "sort": "new", "limit": limit, "raw_json": 1}
        if subreddit:
            params["restrict_sr"] = "on"
        if after:
            params["after"] = after
        return self._get(path, params)

    def subreddit_comments(
        self, subreddit: str, *, after: str | None, limit: int
    ) -> dict[str, Any]:
        """Fetch one page of ``GET /r/{subreddit}/comments/``, newest first.

        The path is the one praw's ``subreddit.comments()`` pages through; the raw Listing is
        returned (``raw_json=1``) instead of praw's models, so the page can be stored as read.
        """
        _check_subreddit(subreddit)
        path = self._reddit.subreddit(subreddit).comments._path  # "r/<sub>/comments/"
        params: dict[str, str | int] = {"limit": limit, "raw_json": 1}
        if after:
            params["after"] = after
        return self._get(path, params)

    def _get(self, path: str, params: dict[str, str | int]) -> dict[str, Any]:
        """One GET through prawcore (OAuth token, its retries), errors mapped to ours."""
        from praw.exceptions import PRAWException
        from prawcore.exceptions import PrawcoreException

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


def _check_subreddit(name: str) -> None:
    if not _SUBREDDIT.match(name):
        raise ValueError(f"not a subreddit name: {name!r}")


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
