"""Replay clients: recorded pages served through the same ports as the real APIs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from connectors.base import ConnectorError, MalformedPage
from connectors.reddit import newest_seen, search_new, subreddit_comments
from connectors.replay import (
    ReplayRedditClient,
    ReplayXClient,
    dump_page,
    page_path,
    recorded_days,
)
from connectors.x import newest_id, search_recent
from tests.conftest import FIXTURES

DAY = date(2024, 10, 1)


def fixture(platform: str, name: str) -> dict:
    return json.loads((FIXTURES / platform / name).read_text(encoding="utf-8"))


@pytest.fixture
def recorded(tmp_path: Path) -> Path:
    """One day with two X pages and two Reddit listings, recorded from the fixtures."""
    x1, x2 = fixture("x", "search_recent_page1.json"), fixture("x", "search_recent_page2.json")
    dump_page(page_path(tmp_path, "x", DAY, 1), request={"query": "Harborline"}, response=x1)
    dump_page(page_path(tmp_path, "x", DAY, 2), request={"query": "Harborline"}, response=x2)
    r1, r2 = fixture("reddit", "search_page1.json"), fixture("reddit", "search_page2.json")
    request = {"query": "Harborline", "subreddit": None}
    dump_page(page_path(tmp_path, "reddit", DAY, 1), request=request, response=r1)
    dump_page(page_path(tmp_path, "reddit", DAY, 2), request=request, response=r2)
    return tmp_path


def test_layout_and_recorded_days(recorded: Path) -> None:
    assert page_path(recorded, "x", DAY, 1) == recorded / "x" / "2024-10-01" / "0001.json"
    (recorded / "x" / "2024-10-03").mkdir()  # an empty folder is not a recorded day
    (recorded / "x" / "notes").mkdir()
    dump_page(page_path(recorded, "reddit", date(2024, 9, 30), 1), request={}, response={})
    assert recorded_days(recorded) == [date(2024, 9, 30), DAY]
    assert recorded_days(recorded, "x") == [DAY]
    assert recorded_days(recorded / "nothing-here") == []


def test_x_replay_chains_pages_like_the_api(recorded: Path) -> None:
    client = ReplayXClient(recorded, DAY)
    out = list(search_recent(client, "Harborline", since_id=None, max_requests=9))
    assert [len(m) for _, m in out] == [4, 2]
    assert out[0][0].payload["meta"]["next_token"] == "replay-0001"
    assert "next_token" not in out[1][0].payload["meta"]
    assert newest_id([p for p, _ in out]) == "1841190000000000005"


def test_x_replay_emulates_since_id(recorded: Path) -> None:
    client = ReplayXClient(recorded, "2024-10-01")
    out = list(search_recent(client, "Harborline", since_id="1841170000000000003", max_requests=9))
    ((page, mentions),) = out  # paging ends where since_id was crossed
    assert [m.post_id for m in mentions] == ["1841190000000000005", "1841180000000000004"]
    meta = page.payload["meta"]
    assert meta == {
        "newest_id": "1841190000000000005",
        "oldest_id": "1841180000000000004",
        "result_count": 2,
    }
    users = {u["username"] for u in page.payload["includes"]["users"]}
    assert users == {"harborline_help"}  # only the authors still on the page
    newest = newest_id([page])
    again = list(search_recent(client, "Harborline", since_id=newest, max_requests=9))
    assert [p.payload for p, _ in again] == [{"meta": {"result_count": 0}}]


def test_x_replay_of_a_day_never_recorded_is_a_missing_source(tmp_path: Path) -> None:
    # A day with no recording must not read as a quiet day in the report.
    with pytest.raises(ConnectorError, match="no recorded x pages for 2024-10-01"):
        ReplayXClient(tmp_path, DAY).search_recent(
            "q", since_id=None, next_token=None, max_results=100
        )


def test_x_replay_of_an_empty_recorded_day_is_empty(tmp_path: Path) -> None:
    (tmp_path / "x" / DAY.isoformat()).mkdir(parents=True)
    page = ReplayXClient(tmp_path, DAY).search_recent(
        "q", since_id=None, next_token=None, max_results=100
    )
    assert page == {"meta": {"result_count": 0}}
    with pytest.raises(ValueError, match="next_token"):
        ReplayXClient(tmp_path, DAY).search_recent(
            "q", since_id=None, next_token="b26v89c19", max_results=100
        )


def test_x_replay_serves_the_matching_query_or_everything(recorded: Path) -> None:
    other = {"data": [], "meta": {"result_count": 0}}
    dump_page(page_path(recorded, "x", DAY, 3), request={"query": "Other"}, response=other)
    client = ReplayXClient(recorded, DAY)
    assert client.search_recent("Other", since_id=None, next_token=None, max_results=10) == {
        "meta": {"result_count": 0}
    }
    unknown = list(search_recent(client, "Unrecorded", since_id=None, max_requests=9))
    assert len(unknown) == 3  # no page recorded for that query: all pages are served


def test_reddit_replay_chains_by_after_and_stops_at_seen(recorded: Path) -> None:
    client = ReplayRedditClient(recorded, DAY)
    out = list(search_new(client, "Harborline", subreddit=None, seen=None, max_requests=9))
    assert [len(m) for _, m in out] == [4, 2]
    assert out[0][0].payload["data"]["after"] == "t3_1fs0a7c"
    assert out[1][0].payload["data"]["after"] is None
    seen = newest_seen([p for p, _ in out])
    again = list(search_new(client, "Harborline", subreddit=None, seen=seen, max_requests=9))
    assert [m for _, m in again] == [[]]


def test_reddit_replay_emulates_the_subreddit_filter(recorded: Path) -> None:
    client = ReplayRedditClient(recorded, DAY)
    out = list(
        search_new(client, "Harborline", subreddit="SmallBusiness", seen=None, max_requests=9)
    )
    # page 1 has no r/smallbusiness item: the replay skips it instead of serving an empty page
    assert [[m.post_id for m in ms] for _, ms in out] == [["t3_1fs09zz", "t1_lqx1zz0"]]
    assert out[0][0].payload["data"]["after"] is None
    none = client.search_new("Harborline", subreddit="nosuch", after=None, limit=100)
    assert none["data"]["children"] == [] and none["data"]["after"] is None


def test_broken_file_is_malformed_with_its_path(recorded: Path) -> None:
    broken = page_path(recorded, "x", DAY, 2)
    broken.write_text('{"request": {"query": "Harborline"}, "response": {"data": [', "utf-8")
    served = []
    with pytest.raises(MalformedPage, match=r"0002\.json") as err:
        for page in search_recent(
            ReplayXClient(recorded, DAY), "Harborline", since_id=None, max_requests=9
        ):
            served.append(page)
    assert "not valid JSON" in str(err.value)
    # Responses are read when served, as an API answers: the page before the broken one came.
    assert [len(ms) for _, ms in served] == [4]
    no_response = page_path(recorded, "reddit", DAY, 1)
    no_response.write_text('{"request": {}}', encoding="utf-8")
    with pytest.raises(MalformedPage, match=r"0001\.json"):
        ReplayRedditClient(recorded, DAY).search_new("q", subreddit=None, after=None, limit=1)


def test_reddit_replay_serves_comment_streams_apart_from_search(recorded: Path) -> None:
    c1, c2 = fixture("reddit", "comments_page1.json"), fixture("reddit", "comments_page2.json")
    stream = {"endpoint": "comments", "subreddit": "fintech"}
    dump_page(page_path(recorded, "reddit", DAY, 3), request=stream, response=c1)
    dump_page(page_path(recorded, "reddit", DAY, 4), request=stream, response=c2)
    client = ReplayRedditClient(recorded, DAY)
    terms = '("Harborline" OR "HarborlinePay" OR "harborline_help") NOT "Harborline Ferries"'
    out = list(subreddit_comments(client, "FinTech", terms, seen=None, max_requests=9))
    ids = [[m.post_id for m in ms] for _, ms in out]
    assert ids == [["t1_lr0c3d2", "t1_lr0b9zz"], ["t1_lr0b8yy"]]
    # Search never serves the comment stream's pages, whatever the query.
    searched = list(search_new(client, "Unrecorded", subreddit=None, seen=None, max_requests=9))
    assert [len(m) for _, m in searched] == [4, 2]
    # A subreddit whose stream was not recorded (or an older recording): an empty stream.
    assert client.subreddit_comments("harborline", after=None, limit=100)["data"]["children"] == []


def test_a_page_recorded_response_first_is_still_served(recorded: Path) -> None:
    # Requests are read from the head of a file as dump_page lays it out; any other layout is
    # read whole, with the same result.
    path = page_path(recorded, "x", DAY, 2)
    doc = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({"response": doc["response"], "request": doc["request"]}), "utf-8")
    long_query = {"query": "Harborline", "note": "x" * 10_000}  # longer than the head read
    dump_page(page_path(recorded, "x", DAY, 3), request=long_query, response={"data": []})
    client = ReplayXClient(recorded, DAY)
    out = list(search_recent(client, "Harborline", since_id=None, max_requests=9))
    assert [len(m) for _, m in out] == [4, 2, 0]
    assert [e.request for e in client._index()][1:] == [{"query": "Harborline"}, long_query]


def test_reddit_replay_finds_an_after_it_did_not_hand_out(recorded: Path) -> None:
    # A client that has served nothing yet still knows which page follows ``after``.
    first = ReplayRedditClient(recorded, DAY).search_new(
        "Harborline", subreddit=None, after=None, limit=100
    )
    fresh = ReplayRedditClient(recorded, DAY)
    after = first["data"]["after"]
    second = fresh.search_new("Harborline", subreddit=None, after=after, limit=100)
    assert len(second["data"]["children"]) == 2 and second["data"]["after"] is None
    last = second["data"]["children"][-1]["data"]["name"]
    nothing = fresh.search_new("Harborline", subreddit=None, after=last, limit=100)
    assert nothing["data"]["children"] == []
    unknown = fresh.search_new("Harborline", subreddit=None, after="t3_nosuch", limit=100)
    assert unknown["data"]["children"] == []
