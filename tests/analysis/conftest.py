"""Helpers for analysis tests: a compact way to build realistic mentions."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from connectors.base import Mention

_ids = itertools.count(1)


def make_mention(text: str, **overrides: Any) -> Mention:
    """A public X post by an ordinary account unless overridden."""
    fields: dict[str, Any] = {
        "platform": "x",
        "post_id": str(next(_ids)),
        "url": "https://x.com/i/status/1",
        "kind": "post",
        "created_at": datetime(2024, 5, 1, 12, tzinfo=UTC),
        "author_id": "42",
        "author_handle": "casual_user",
        "text": text,
        "author_description": "Coffee, running, dad jokes.",
        "author_followers": 120,
    }
    fields.update(overrides)
    return Mention(**fields)


@pytest.fixture
def mention() -> Callable[..., Mention]:
    """Factory fixture: ``mention("text", author_handle=..., author_description=...)``."""
    return make_mention
