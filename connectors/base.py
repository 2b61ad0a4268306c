"""Record types and errors shared by every connector.

A connector turns raw API pages (dicts in the platform's own wire format) into ``Mention``
records. Errors are typed so that flows retry on the type of a failure, never on its text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

T = TypeVar("T")

Platform = Literal["x", "reddit"]
Kind = Literal["post", "reply", "repost", "quote", "comment"]

KINDS: tuple[str, ...] = ("post", "reply", "repost", "quote", "comment")


@dataclass(frozen=True, slots=True)
class Mention:
    """One public post that mentions the company, normalized across platforms.

    Ids are strings: X ids do not fit JavaScript's safe integer range, and Reddit ids are
    fullnames (``t3_abc`` a post, ``t1_def`` a comment: the base-36 part alone is not
    unique). ``created_at`` and ``fetched_at`` are timezone-aware UTC.
    """

    platform: str
    post_id: str
    url: str
    kind: str
    created_at: datetime
    author_id: str | None
    author_handle: str | None
    text: str
    author_name: str | None = None
    author_description: str | None = None
    author_followers: int | None = None
    lang: str | None = None
    parent_id: str | None = None
    conversation_id: str | None = None
    community: str | None = None
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    quotes: int = 0
    score: int = 0
    comments: int = 0
    query: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC), compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}; expected one of {KINDS}")
        if self.created_at.tzinfo is None:
            raise ValueError("created_at must be timezone-aware (UTC)")
        if not self.post_id:
            raise ValueError("post_id must be a non-empty string")

    @property
    def reach(self) -> int:
        """Followers plus engagement: a rough count of people a post can reach."""
        return (self.author_followers or 0) + self.likes + self.reposts + self.quotes + self.score

    def as_row(self) -> dict[str, Any]:
        """Return the record as a flat dict (``raw`` included) for bulk loading."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass(frozen=True, slots=True)
class Watermark:
    """How far a partition (one query or subreddit on one platform) has been read.

    ``value`` is the newest post id seen (X ``since_id``) or the newest fullname seen (Reddit).
    """

    platform: str
    partition: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Page:
    """One raw API page as fetched, kept so that nothing fetched is ever lost.

    ``watermark`` is set when ``payload`` was trimmed before storage (a subreddit's comment
    stream keeps only the comments that name the company): it is the newest item the request
    read, which the trimmed payload no longer shows, so the cursor still moves past it.
    """

    platform: str
    partition: str
    payload: dict[str, Any]
    request: dict[str, Any] = field(default_factory=dict)
    watermark: str | None = None


class ConnectorError(Exception):
    """Base class of every error a connector raises."""


class RateLimited(ConnectorError):
    """The platform refused the request for rate reasons (HTTP 429).

    ``reset_at`` is when the window resets, if the platform said so.
    """

    def __init__(self, message: str, reset_at: datetime | None = None) -> None:
        super().__init__(message)
        self.reset_at = reset_at


class AuthError(ConnectorError):
    """Credentials are missing, wrong or lack permission (HTTP 401/403); retrying won't help."""


class TransientError(ConnectorError):
    """A failure that may pass: 5xx, a timeout, a dropped connection."""


class MalformedPage(ConnectorError):
    """A page that is not in the wire format we expect (truncated or invalid JSON, bad shape)."""


class BudgetExhausted(ConnectorError):
    """The run's request budget is spent; the cursor stays where the last full page left it."""


RateLimitPolicy = Callable[[RateLimited], bool]
"""Called when a request is rate limited: wait and return True to retry the same request, or
return False to give up (the error is then raised to the caller)."""


def call_with_rate_limit(fn: Callable[[], T], on_rate_limit: RateLimitPolicy | None) -> T:
    """Call ``fn``; on ``RateLimited`` ask ``on_rate_limit`` whether to retry the same request.

    Retrying the same request (same page token) means no page is fetched twice when a limit
    is hit in the middle of paging.
    """
    while True:
        try:
            return fn()
        except RateLimited as exc:
            if on_rate_limit is None or not on_rate_limit(exc):
                raise
