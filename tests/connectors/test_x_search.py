"""search_recent's paging, budget and cursor logic, over a fake client port."""

from __future__ import annotations

import json
from typing import Any

import pytest

from connectors.base import BudgetExhausted, Page
from connectors.x import newest_id, search_recent
from tests.conftest import FIXTURES

PAGE1 = json.loads((FIXTURES / "x" / "search_recent_page1.json").read_text(encoding="utf-8"))
PAGE2 = json.loads((FIXTURES / "x" / "search_recent_page2.json").read_text(encoding="utf-8"))
EMPTY = {"meta": {"result_count": 0}}


class FakeX:
    """Serves pages by next_token and records every call."""

    def __init__(self, pages: dict[str | None, dict[str, Any]]) -> None:
        self.pages = pages
        self.calls: list[dict[str, Any]] = []

    def search_recent(
        self, query: str, *, since_id: str | None, next_token: str | None, max_results: int
    ) -> dict[str, Any]:
        self.calls.append(
            {"query": query, "since_id": since_id, "next_token": next_token, "n": max_results}
        )
        return self.pages[next_token]


TOKEN = PAGE1["meta"]["next_token"]


def test_follows_next_token_until_the_last_page() -> None:
    client = FakeX({None: PAGE1, TOKEN: PAGE2})
    out = list(search_recent(client, "Harborline", since_id="123", max_requests=10))

    assert [len(m) for _, m in out] == [4, 2]
    assert [c["next_token"] for c in client.calls] == [None, TOKEN]
    assert all(c["since_id"] == "123" and c["n"] == 100 for c in client.calls)
    page, mentions = out[0]
    assert page.platform == "x" and page.partition == "Harborline"
    assert page.payload is PAGE1
    assert page.request == {
        "query": "Harborline",
        "since_id": "123",
        "next_token": None,
        "max_results": 100,
    }
    assert all(m.query == "Harborline" for m in mentions)


def test_budget_spent_with_pages_left_raises_after_yielding() -> None:
    client = FakeX({None: PAGE1, TOKEN: PAGE2})
    got: list[Page] = []
    with pytest.raises(BudgetExhausted, match="budget of 1"):
        for page, _ in search_recent(client, "Harborline", since_id=None, max_requests=1):
            got.append(page)
    assert len(got) == 1 and len(client.calls) == 1


def test_budget_exactly_enough_is_not_exhausted() -> None:
    client = FakeX({None: PAGE1, TOKEN: PAGE2})
    assert len(list(search_recent(client, "q", since_id=None, max_requests=2))) == 2


def test_zero_budget_fetches_nothing() -> None:
    client = FakeX({None: PAGE1})
    with pytest.raises(BudgetExhausted):
        list(search_recent(client, "q", since_id=None, max_requests=0))
    assert client.calls == []


def test_nothing_new_is_one_empty_page() -> None:
    client = FakeX({None: EMPTY})
    ((page, mentions),) = list(search_recent(client, "q", since_id="9", max_requests=5))
    assert mentions == [] and newest_id([page], default="9") == "9"


def test_newest_id_compares_as_integers() -> None:
    pages = [PAGE1, PAGE2, EMPTY, {"meta": {"newest_id": "999", "result_count": 1}}]
    assert newest_id(pages) == "1841190000000000005"
    assert newest_id([Page("x", "q", PAGE2)], default="1841190000000000005") == (
        "1841190000000000005"
    )
    assert newest_id([], default=None) is None


@pytest.mark.parametrize("n", [9, 101])
def test_max_results_outside_x_limits(n: int) -> None:
    with pytest.raises(ValueError, match="max_results"):
        list(search_recent(FakeX({}), "q", since_id=None, max_requests=1, max_results=n))
