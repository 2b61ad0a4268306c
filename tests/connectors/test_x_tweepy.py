"""TweepyXClient: the real tweepy code over HTTP, answered by `responses` from fixture pages."""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from connectors.base import (
    AuthError,
    ConnectorError,
    MalformedPage,
    RateLimited,
    TransientError,
)
from connectors.x import TweepyXClient, newest_id, search_recent, snowflake_time
from tests.conftest import FIXTURES

URL = "https://api.twitter.com/2/tweets/search/recent"
TOKEN = "AAAAAAAAAAAAAAAAAAAAAsecret-bearer-token-value"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / "x" / name).read_text(encoding="utf-8"))


def recent_id(minutes_ago: int = 30) -> str:
    """A snowflake id minted ``minutes_ago`` (inside X's 7-day search window)."""
    ms = int((datetime.now(UTC) - timedelta(minutes=minutes_ago)).timestamp() * 1000)
    return str((ms - 1288834974657) << 22)


def params_of(request: requests.PreparedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}


@responses.activate
def test_pages_through_next_token_with_the_expected_request() -> None:
    page1, page2 = fixture("search_recent_page1.json"), fixture("search_recent_page2.json")
    seen: list[dict[str, str]] = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict, str]:
        params = params_of(request)
        seen.append(params)
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        body = page2 if params.get("next_token") == page1["meta"]["next_token"] else page1
        return 200, {"content-type": "application/json"}, json.dumps(body)

    responses.add_callback(responses.GET, URL, callback=answer)
    since = recent_id()
    out = list(search_recent(TweepyXClient(TOKEN), "Harborline", since_id=since, max_requests=5))

    assert [len(m) for _, m in out] == [4, 2]
    assert [m.kind for m in out[0][1]] == ["post", "repost", "quote", "reply"]
    assert newest_id([p for p, _ in out]) == "1841190000000000005"
    first = seen[0]
    assert first["query"] == "Harborline" and first["since_id"] == since
    assert first["max_results"] == "100" and "next_token" not in first
    assert set(first["expansions"].split(",")) == {"author_id", "referenced_tweets.id"}
    assert {"public_metrics", "referenced_tweets", "created_at", "author_id"} <= set(
        first["tweet.fields"].split(",")
    )
    assert {"description", "public_metrics", "username"} <= set(first["user.fields"].split(","))
    assert seen[1]["next_token"] == page1["meta"]["next_token"]


@responses.activate
def test_cursor_older_than_the_search_window_is_dropped() -> None:
    responses.add(responses.GET, URL, json=fixture("search_recent_empty.json"))
    old = str((1_600_000_000_000 - 1288834974657) << 22)  # September 2020
    assert snowflake_time(old).year == 2020
    page = TweepyXClient(TOKEN).search_recent("q", since_id=old, next_token=None, max_results=10)
    assert page == {"meta": {"result_count": 0}}
    assert "since_id" not in params_of(responses.calls[0].request)


@responses.activate
def test_429_is_rate_limited_with_the_reset_time() -> None:
    reset = 1_727_800_000
    responses.add(
        responses.GET,
        URL,
        status=429,
        json=fixture("error_429.json"),
        headers={
            "x-rate-limit-limit": "450",
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": str(reset),
        },
    )
    with pytest.raises(RateLimited) as err:
        TweepyXClient(TOKEN).search_recent("q", since_id=None, next_token=None, max_results=10)
    assert err.value.reset_at == datetime.fromtimestamp(reset, UTC)
    assert len(responses.calls) == 1  # no silent waiting or retrying inside tweepy


@pytest.mark.parametrize("status", [401, 403])
@responses.activate
def test_unauthorized_is_auth_error_without_the_token(
    status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    responses.add(responses.GET, URL, status=status, json=fixture("error_401.json"))
    with pytest.raises(AuthError) as err:
        TweepyXClient(TOKEN).search_recent("q", since_id=None, next_token=None, max_results=10)
    message = str(err.value)
    assert "BRANDRISK_X_BEARER_TOKEN" in message and str(status) in message
    rendered = "".join(traceback.format_exception(err.value))
    assert TOKEN not in rendered
    assert TOKEN not in caplog.text  # tweepy logs headers at DEBUG; the adapter drops those


@responses.activate
def test_server_error_is_transient() -> None:
    responses.add(responses.GET, URL, status=503, json=fixture("error_503.json"))
    with pytest.raises(TransientError, match="503"):
        TweepyXClient(TOKEN).search_recent("q", since_id=None, next_token=None, max_results=10)


@pytest.mark.parametrize(
    "failure", [requests.ConnectionError("reset by peer"), requests.ReadTimeout("slow")]
)
@responses.activate
def test_network_failures_are_transient(failure: Exception) -> None:
    responses.add(responses.GET, URL, body=failure)
    with pytest.raises(TransientError):
        TweepyXClient(TOKEN).search_recent("q", since_id=None, next_token=None, max_results=10)


@responses.activate
def test_truncated_json_is_malformed() -> None:
    responses.add(responses.GET, URL, body='{"data": [{"id": "1", "te', status=200)
    with pytest.raises(MalformedPage, match="not valid JSON"):
        TweepyXClient(TOKEN).search_recent("q", since_id=None, next_token=None, max_results=10)


@responses.activate
def test_bad_request_is_not_retryable() -> None:
    body = {"errors": [{"message": "Invalid query"}], "title": "Invalid Request"}
    responses.add(responses.GET, URL, status=400, json=body)
    with pytest.raises(ConnectorError, match="400") as err:
        TweepyXClient(TOKEN).search_recent("((", since_id=None, next_token=None, max_results=10)
    assert not isinstance(err.value, TransientError | RateLimited | AuthError)


def test_empty_token_is_an_auth_error_and_repr_hides_the_token() -> None:
    with pytest.raises(AuthError, match="BRANDRISK_X_BEARER_TOKEN"):
        TweepyXClient("")
    assert TOKEN not in repr(TweepyXClient(TOKEN))
