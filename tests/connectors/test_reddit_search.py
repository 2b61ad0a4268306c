"""search_new's paging, stop-at-seen and budget logic, over a fake client port."""

from __future__ import annotations

import json
from typing import Any

import pytest

from connectors.base import BudgetExhausted
from connectors.reddit import format_watermark, newest_seen, search_new
from tests.conftest import FIXTURES

PAGE1 = json.loads((FIXTURES / "reddit" / "search_page1.json").read_text(encoding="utf-8"))
PAGE2 = json.loads((FIXTURES / "reddit" / "search_page2.json").read_text(encoding="utf-8"))


class FakeReddit:
    """Serves listings by `after` and records every call."""

    def __init__(self, pages: dict[str | None, dict[str, Any]]) -> None:
        self.pages = pages
        self.calls: list[dict[str, Any]] = []

    def search_new(
        self, query: str, *, subreddit: str | None, after: str | None, limit: int
    ) -> dict[str, Any]:
        self.calls.append({"query": query, "subreddit": subreddit, "after": after, "n": limit})
        return self.pages[after]


def fake() -> FakeReddit:
    return FakeReddit({None: PAGE1, "t3_1fs0a7c": PAGE2})


def test_pages_through_after_until_it_is_null() -> None:
    client = fake()
    out = list(search_new(client, "Harborline", subreddit="harborline", seen=None, max_requests=9))
    assert [len(m) for _, m in out] == [4, 2]
    assert [c["after"] for c in client.calls] == [None, "t3_1fs0a7c"]
    assert client.calls[0]["subreddit"] == "harborline" and client.calls[0]["n"] == 100
    page = out[0][0]
    assert page.platform == "reddit" and page.partition == "r/harborline:Harborline"
    assert page.payload is PAGE1 and page.request["after"] is None


def test_stops_at_the_first_seen_item_and_keeps_the_whole_page() -> None:
    client = fake()
    seen = format_watermark(1727800000.0, "t3_1fs0b11")  # the third item of page 1
    out = list(search_new(client, "q", subreddit=None, seen=seen, max_requests=9))
    ((page, mentions),) = out
    assert [m.post_id for m in mentions] == ["t1_lqx2k9d"]  # the deleted comment is skipped
    assert len(page.payload["data"]["children"]) == 5  # nothing fetched is dropped
    assert len(client.calls) == 1
    assert newest_seen([page], default=seen) == "1727802000.0:t1_lqx2k9d"


def test_nothing_new_yields_one_page_without_mentions() -> None:
    seen = "1727802000.0:t1_lqx2k9d"
    ((page, mentions),) = list(search_new(fake(), "q", subreddit=None, seen=seen, max_requests=9))
    assert mentions == [] and newest_seen([page], default=seen) == seen


def test_budget_spent_with_pages_left_raises_after_yielding() -> None:
    client, got = fake(), []
    with pytest.raises(BudgetExhausted, match="budget of 1"):
        for page, _ in search_new(client, "q", subreddit=None, seen=None, max_requests=1):
            got.append(page)
    assert len(got) == 1 and len(client.calls) == 1


def test_newest_seen_over_pages() -> None:
    assert newest_seen([PAGE2, PAGE1]) == "1727802000.0:t1_lqx2k9d"
    assert newest_seen([], default=None) is None


@pytest.mark.parametrize("limit", [0, 101])
def test_limit_outside_reddit_limits(limit: int) -> None:
    with pytest.raises(ValueError, match="limit"):
        list(search_new(fake(), "q", subreddit=None, seen=None, max_requests=1, limit=limit))
