"""A subreddit's comment stream: term filter, stop at seen, trimmed pages, the praw adapter."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from connectors.base import AuthError, BudgetExhausted, MalformedPage
from connectors.query import TermFilter, reddit_comment_filter
from connectors.reddit import (
    PrawRedditClient,
    format_watermark,
    newest_seen,
    subreddit_comments,
)
from tests.conftest import FIXTURES

PAGE1 = json.loads((FIXTURES / "reddit" / "comments_page1.json").read_text(encoding="utf-8"))
PAGE2 = json.loads((FIXTURES / "reddit" / "comments_page2.json").read_text(encoding="utf-8"))
TERMS = reddit_comment_filter(
    ["Harborline", "Harborline Pay", "HarborlinePay"],
    ["@harborline", "harborline_help"],
    ["#harborlinepay"],
    ["Harborline Ferries"],
)
TOKEN_URL = "https://www.reddit.com/api/v1/access_token"
STREAM_URL = "https://oauth.reddit.com/r/fintech/comments/"


class FakeStream:
    """Serves comment listings by `after` and records every call."""

    def __init__(self, pages: dict[str | None, dict[str, Any]]) -> None:
        self.pages = pages
        self.calls: list[tuple[str, str | None, int]] = []

    def subreddit_comments(self, subreddit: str, *, after: str | None, limit: int) -> dict:
        self.calls.append((subreddit, after, limit))
        return self.pages[after]


def fake() -> FakeStream:
    return FakeStream({None: PAGE1, "t1_lr0b9zz": PAGE2})


def test_filter_text_round_trips_and_matches_whole_words() -> None:
    assert TERMS == (
        '("Harborline" OR "Harborline Pay" OR "HarborlinePay" OR "harborline_help") '
        'NOT "Harborline Ferries"'
    )
    f = TermFilter.parse(TERMS)
    assert f.matches("harborline's app") and f.matches("#HarborlinePay rocks")
    assert f.matches("ask u/harborline_help") and f.matches("Harborline\n Pay is down")
    assert not f.matches("Harborlines everywhere") and not f.matches("nothing to see")
    assert not f.matches("the Harborline Ferries app")  # an exclusion wins
    with pytest.raises(ValueError, match="no quoted term"):
        TermFilter.parse("Harborline")


def test_keeps_only_comments_that_name_the_company() -> None:
    client = fake()
    out = list(subreddit_comments(client, "fintech", TERMS, seen=None, max_requests=9))
    assert [[m.post_id for m in ms] for _, ms in out] == [
        ["t1_lr0c3d2", "t1_lr0b9zz"],  # unrelated, [removed] and the exclusion are dropped
        ["t1_lr0b8yy"],
    ]
    assert client.calls == [("fintech", None, 100), ("fintech", "t1_lr0b9zz", 100)]
    page = out[0][0]
    assert page.partition == f"r/fintech/comments:{TERMS}"
    assert page.request == {"endpoint": "comments", "subreddit": "fintech", "limit": 100,
                            "after": None}  # fmt: skip
    # The stored page holds only the kept comments; its watermark covers the dropped ones.
    stored = [c["data"]["name"] for c in page.payload["data"]["children"]]
    assert stored == ["t1_lr0c3d2", "t1_lr0b9zz"] and page.payload["data"]["dist"] == 2
    assert "Stripe" not in json.dumps(page.payload)
    assert page.watermark == "1727805600.0:t1_lr0c3d2"
    assert newest_seen([p for p, _ in out]) == "1727805600.0:t1_lr0c3d2"


def test_a_page_of_unrelated_comments_still_moves_the_watermark() -> None:
    listing = {
        "kind": "Listing",
        "data": {"after": None, "children": PAGE2["data"]["children"][1:]},
    }
    ((page, mentions),) = list(
        subreddit_comments(FakeStream({None: listing}), "fintech", TERMS, seen=None,
                           max_requests=9)
    )  # fmt: skip
    assert mentions == [] and page.payload["data"]["children"] == []
    assert newest_seen([page]) == "1727803900.0:t1_lr0b7xx"  # the next run won't read it again


def test_stops_at_the_first_seen_comment() -> None:
    client = fake()
    seen = format_watermark(1727805300.0, "t1_lr0c1aa")
    ((page, mentions),) = list(subreddit_comments(client, "fintech", TERMS, seen=seen,
                                                  max_requests=9))  # fmt: skip
    assert [m.post_id for m in mentions] == ["t1_lr0c3d2"] and len(client.calls) == 1
    assert newest_seen([page], default=seen) == "1727805600.0:t1_lr0c3d2"
    again = list(subreddit_comments(client, "fintech", TERMS, seen=newest_seen([page]),
                                    max_requests=9))  # fmt: skip
    assert [ms for _, ms in again] == [[]] and len(client.calls) == 2  # one request, nothing new


def test_budget_and_malformed_pages() -> None:
    with pytest.raises(BudgetExhausted, match="budget of 1"):
        list(subreddit_comments(fake(), "fintech", TERMS, seen=None, max_requests=1))
    broken = FakeStream({None: PAGE1, "t1_lr0b9zz": {"kind": "Listing", "data": {}}})
    got = []
    with pytest.raises(MalformedPage, match="children"):
        for page, _ in subreddit_comments(broken, "fintech", TERMS, seen=None, max_requests=9):
            got.append(page)
    assert len(got) == 1  # the good page came out before the broken one


def params_of(request: requests.PreparedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}


@responses.activate
def test_praw_adapter_reads_the_stream_praw_pages_through() -> None:
    responses.add(
        responses.POST, TOKEN_URL,
        json=json.loads((FIXTURES / "reddit" / "access_token.json").read_text()),
    )  # fmt: skip

    def answer(request: requests.PreparedRequest) -> tuple[int, dict, str]:
        assert request.headers["Authorization"] == "bearer fake-access-token-123"
        body = PAGE2 if params_of(request).get("after") == "t1_lr0b9zz" else PAGE1
        return 200, {"content-type": "application/json"}, json.dumps(body)

    responses.add_callback(responses.GET, STREAM_URL, callback=answer)
    client = PrawRedditClient("app-id", "app-secret", "brandrisk-tests/0.1")
    out = list(subreddit_comments(client, "fintech", TERMS, seen=None, max_requests=5))
    assert [len(ms) for _, ms in out] == [2, 1]
    calls = [c.request for c in responses.calls]
    assert calls[0].url == TOKEN_URL and len(calls) == 3
    assert params_of(calls[1]) == {"limit": "100", "raw_json": "1"}
    assert params_of(calls[2]) == {"limit": "100", "raw_json": "1", "after": "t1_lr0b9zz"}


@responses.activate
def test_praw_adapter_maps_a_private_subreddit_and_refuses_odd_names() -> None:
    responses.add(
        responses.POST, TOKEN_URL,
        json=json.loads((FIXTURES / "reddit" / "access_token.json").read_text()),
    )  # fmt: skip
    responses.add(responses.GET, "https://oauth.reddit.com/r/secretclub/comments/", status=403,
                  json={"reason": "private", "error": 403})  # fmt: skip
    client = PrawRedditClient("app-id", "app-secret", "brandrisk-tests/0.1")
    with pytest.raises(AuthError, match="403"):
        client.subreddit_comments("secretclub", after=None, limit=100)
    with pytest.raises(ValueError, match="subreddit"):
        client.subreddit_comments("../api/v1/me", after=None, limit=100)
