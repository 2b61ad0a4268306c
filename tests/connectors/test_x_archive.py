"""X full-archive search (backfill): the real tweepy code over HTTP, answered by `responses`."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from connectors.base import AuthError
from connectors.x import ArchiveWindow, TweepyXClient, newest_id, search_all
from tests.conftest import FIXTURES

URL = "https://api.twitter.com/2/tweets/search/all"
TOKEN = "AAAAAAAAAAAAAAAAAAAAAarchive-bearer-token"
DAY = ArchiveWindow(datetime(2024, 10, 1, 4, tzinfo=UTC), datetime(2024, 10, 2, 4, tzinfo=UTC))


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / "x" / name).read_text(encoding="utf-8"))


def params_of(request: requests.PreparedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}


@responses.activate
def test_reads_the_day_window_through_next_token(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    page1, page2 = fixture("search_recent_page1.json"), fixture("search_recent_page2.json")

    def answer(request: requests.PreparedRequest) -> tuple[int, dict, str]:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        second = params_of(request).get("next_token") == page1["meta"]["next_token"]
        return 200, {"content-type": "application/json"}, json.dumps(page2 if second else page1)

    responses.add_callback(responses.GET, URL, callback=answer)
    client = TweepyXClient(TOKEN, archive_window=DAY)
    out = list(search_all(client, "Harborline", window=DAY, since_id=None, max_requests=5))

    assert [len(ms) for _, ms in out] == [4, 2]  # the same normalizer as recent search
    first, second = (params_of(c.request) for c in responses.calls)
    assert first["start_time"] == "2024-10-01T04:00:00Z"
    assert first["end_time"] == "2024-10-02T04:00:00Z"
    assert first["query"] == "Harborline" and "since_id" not in first
    assert set(first["expansions"].split(",")) == {"author_id", "referenced_tweets.id"}
    assert second["next_token"] == page1["meta"]["next_token"]
    assert len(slept) == 1 and 0 < slept[0] <= 1.0  # one request a second, X's archive limit
    assert out[0][0].partition == DAY.partition("Harborline")
    assert DAY.partition("q") == "all[2024-10-01T04:00:00Z/2024-10-02T04:00:00Z]:q"
    assert newest_id([p for p, _ in out]) == "1841190000000000005"


@responses.activate
def test_a_window_cursor_is_sent_and_today_ends_in_the_past() -> None:
    responses.add(responses.GET, URL, json=fixture("search_recent_empty.json"))
    now = datetime.now(UTC)
    today = ArchiveWindow(now - timedelta(hours=3), now + timedelta(hours=21))
    client = TweepyXClient(TOKEN, archive_window=today)
    page = client.search_all("q", start_time=today.start, end_time=today.end,
                             since_id="1841190000000000005", next_token=None,
                             max_results=100)  # fmt: skip
    assert page == {"meta": {"result_count": 0}}
    params = params_of(responses.calls[0].request)
    assert params["since_id"] == "1841190000000000005"
    end = datetime.fromisoformat(params["end_time"].replace("Z", "+00:00"))
    assert end <= now - timedelta(seconds=10)  # X refuses an end_time less than 10 s ago


@responses.activate
def test_a_window_in_the_future_makes_no_request() -> None:
    later = datetime.now(UTC) + timedelta(days=2)
    window = ArchiveWindow(later, later + timedelta(days=1))
    out = list(search_all(TweepyXClient(TOKEN, archive_window=window), "q", window=window,
                          since_id=None, max_requests=3))  # fmt: skip
    assert [ms for _, ms in out] == [[]] and len(responses.calls) == 0


@responses.activate
def test_403_without_archive_access_names_the_setting() -> None:
    body = {
        "client_id": "29114117",
        "detail": "When authenticating requests to the Twitter API v2 endpoints, you must use "
        "keys and tokens from a Twitter developer App that is attached to a Project. You can "
        "create a project via the developer portal.",
        "registration_url": "https://developer.twitter.com/en/docs/projects/overview",
        "title": "Client Forbidden",
        "required_enrollment": "Appropriate Level of API Access",
        "reason": "client-not-enrolled",
        "type": "https://api.twitter.com/2/problems/client-forbidden",
    }
    responses.add(responses.GET, URL, status=403, json=body)
    with pytest.raises(AuthError) as err:
        list(search_all(TweepyXClient(TOKEN, archive_window=DAY), "q", window=DAY,
                        since_id=None, max_requests=3))  # fmt: skip
    message = str(err.value)
    assert "BRANDRISK_X_SEARCH=recent" in message and "403" in message
    assert "archive" in message and TOKEN not in message


def test_max_results_limits_of_the_archive() -> None:
    with pytest.raises(ValueError, match="500"):
        list(search_all(TweepyXClient(TOKEN), "q", window=DAY, since_id=None, max_requests=1,
                        max_results=501))  # fmt: skip
