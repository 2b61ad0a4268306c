"""Live ingest over HTTP (real tweepy and praw, `responses`): requests, re-runs, broken pages."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from analysis.profile import Profile
from flows.clients import make_client
from flows.ingest import PartitionResult, ingest_partition, partitions, requests_summary
from flows.settings import Settings
from flows.store import Store
from tests.conftest import FIXTURES

X_URL = "https://api.twitter.com/2/tweets/search/recent"
OAUTH = "https://oauth.reddit.com"
DAY = date(2026, 10, 5)
TRUNCATED_X = '{"data": [{"id": "1", "te'
TRUNCATED_REDDIT = '{"kind": "Listing", "data": {"after": "t1_x", "children": [{"kind": "t1", "da'
# Recent search refuses a since_id older than 7 days: move the fixtures' ids to an hour ago.
_SHIFT = ((int((datetime.now(UTC) - timedelta(hours=1)).timestamp() * 1000) - 1288834974657)
          << 22) - 1841000000000000000  # fmt: skip


def fixture(platform: str, name: str) -> Any:
    text = (FIXTURES / platform / name).read_text(encoding="utf-8")
    if platform == "x":
        text = re.sub(r"\b1841\d{15}\b", lambda m: str(int(m.group()) + _SHIFT), text)
    return json.loads(text)


def params_of(request: requests.PreparedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}


def reply(body: Any) -> tuple[int, dict, str]:
    text = body if isinstance(body, str) else json.dumps(body)
    return 200, {"content-type": "application/json"}, text


class Platforms:
    """X and Reddit as `responses` callbacks: two pages per stream, 'nothing new' past a cursor.

    ``broken`` names streams whose second page comes back truncated.
    """

    def __init__(self) -> None:
        self.broken: set[str] = set()
        self.x = [
            fixture("x", "search_recent_page1.json"),
            fixture("x", "search_recent_page2.json"),
        ]
        self.search = [fixture("reddit", "search_page1.json"),
                       fixture("reddit", "search_page2.json")]  # fmt: skip
        self.comments = [fixture("reddit", "comments_page1.json"),
                         fixture("reddit", "comments_page2.json")]  # fmt: skip

    def install(self) -> None:
        responses.add(responses.POST, "https://www.reddit.com/api/v1/access_token",
                      json=fixture("reddit", "access_token.json"))  # fmt: skip
        responses.add_callback(responses.GET, X_URL, callback=self.answer_x)
        responses.add_callback(responses.GET, f"{OAUTH}/search", callback=self.answer_search)
        responses.add_callback(responses.GET, f"{OAUTH}/r/fintech/comments/",
                               callback=self.answer_comments)  # fmt: skip
        for path in ("r/harborline/search", "r/fintech/search", "r/harborline/comments/"):
            responses.add(responses.GET, f"{OAUTH}/{path}",
                          json=fixture("reddit", "search_empty.json"))  # fmt: skip

    def answer_x(self, request: requests.PreparedRequest) -> tuple[int, dict, str]:
        params = params_of(request)
        if int(params.get("since_id", 0)) >= int(self.x[0]["meta"]["newest_id"]):
            return reply(fixture("x", "search_recent_empty.json"))
        if params.get("next_token") == self.x[0]["meta"]["next_token"]:
            return reply(TRUNCATED_X if "x" in self.broken else self.x[1])
        return reply(self.x[0])

    def answer_search(self, request: requests.PreparedRequest) -> tuple[int, dict, str]:
        second = params_of(request).get("after") == self.search[0]["data"]["after"]
        return reply(self.search[1] if second else self.search[0])

    def answer_comments(self, request: requests.PreparedRequest) -> tuple[int, dict, str]:
        if params_of(request).get("after") == self.comments[0]["data"]["after"]:
            return reply(TRUNCATED_REDDIT if "comments" in self.broken else self.comments[1])
        return reply(self.comments[0])


def settings(tmp_path: Path) -> Settings:
    return Settings(
        source="live", db=tmp_path / "b.duckdb", x_bearer_token="AAAAlive-ingest-token",
        reddit_client_id="app-id", reddit_client_secret="app-secret",
    )  # type: ignore[arg-type]  # fmt: skip


def ingest_all(store: Store, s: Settings, profile: Profile) -> dict[str, list[PartitionResult]]:
    """What the daily flow's ingest does per platform, without Prefect."""
    out: dict[str, list[PartitionResult]] = {}
    for platform in ("x", "reddit"):
        client = make_client(s, platform, DAY)
        out[platform] = [
            ingest_partition(store, client, platform, part, max_requests=10)
            for part in partitions(profile, platform)
        ]
    return out


def gets() -> list[str]:
    return [c.request.url for c in responses.calls if c.request.method == "GET"]


@responses.activate
def test_no_page_twice_and_a_rerun_costs_one_request_per_partition(
    tmp_path: Path, example: Profile
) -> None:
    Platforms().install()
    s = settings(tmp_path)
    with Store.open(s.db) as store:
        first = ingest_all(store, s, example)
        urls = gets()
        assert len(urls) == len(set(urls))  # no page fetched twice
        results = [r for rs in first.values() for r in rs]
        assert sum(r.n_requests for r in results) == len(urls)
        # X: 2 pages; Reddit: search 2, two subreddit searches 1 each, comments 2 + 1.
        assert [r.n_requests for r in first["x"]] == [2]
        assert [r.n_requests for r in first["reddit"]] == [2, 1, 1, 1, 2]
        assert requests_summary(first["x"]) == "2 requests, 6 new mentions (0.33 per new mention)"
        assert sum(r.n_new for r in first["reddit"]) == 6 + 3  # 6 from search, 3 comments
        assert all(r.complete for r in results)

        responses.calls.reset()
        again = ingest_all(store, s, example)
        rerun = [r for rs in again.values() for r in rs]
        assert [r.n_requests for r in rerun] == [1] * len(rerun) == [1] * len(gets())
        assert sum(r.n_new for r in rerun) == 0
        assert requests_summary(again["reddit"]).endswith("(no new mention)")
        x_cursor = store.get_cursor("x", partitions(example, "x")[0])
        assert params_of(responses.calls[0].request)["since_id"] == x_cursor


@pytest.mark.parametrize("stream", ["x", "comments"])
@responses.activate
def test_a_broken_page_stops_only_its_partition_and_is_read_again(
    tmp_path: Path, example: Profile, stream: str
) -> None:
    platforms = Platforms()
    platforms.broken.add(stream)
    platforms.install()
    s = settings(tmp_path)
    platform = "x" if stream == "x" else "reddit"
    part = partitions(example, platform)[0 if stream == "x" else -1]
    # An earlier run's cursor, older than every item served here.
    old = str(int(platforms.x[1]["meta"]["oldest_id"]) - 1) if stream == "x" else (
        "1727790000.0:t1_lqzzzzz")  # fmt: skip
    with Store.open(s.db) as store:
        store.save_partition(platform, part, [], [], old)
        results = ingest_all(store, s, example)
        (broken,) = [r for r in results[platform] if r.partition == part]
        assert not broken.complete and broken.n_requests == 2
        assert broken.error is not None and broken.error.startswith("MalformedPage")
        assert "cursor stays" in broken.error
        assert broken.n_new == (4 if stream == "x" else 2)  # the page before it is stored
        assert store.get_cursor(platform, part) == old  # not moved past the broken page
        others = [r for rs in results.values() for r in rs if r is not broken]
        assert all(r.complete for r in others) and sum(r.n_new for r in others) > 0
        kept = {r["post_id"] for r in store.rows("select post_id from mentions")}

        # The next run reads the partition again from the old cursor; now the page is whole.
        platforms.broken.clear()
        responses.calls.reset()
        again = next(r for r in ingest_all(store, s, example)[platform] if r.partition == part)
        assert again.complete and again.n_requests == 2
        assert again.n_new == (2 if stream == "x" else 1)  # what the broken page held
        url = X_URL if stream == "x" else f"{OAUTH}/r/fintech/comments/"
        first_get = next(c.request for c in responses.calls if c.request.url.startswith(url))
        assert params_of(first_get).get("since_id") == (old if stream == "x" else None)
        assert "after" not in params_of(first_get) and "next_token" not in params_of(first_get)
        assert store.get_cursor(platform, part) not in (None, old)
        assert kept < {r["post_id"] for r in store.rows("select post_id from mentions")}
