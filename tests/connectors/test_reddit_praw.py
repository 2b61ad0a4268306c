"""PrawRedditClient: the real praw/prawcore code over HTTP, answered by `responses`."""

from __future__ import annotations

import json
import traceback
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from connectors.base import AuthError, ConnectorError, MalformedPage, RateLimited, TransientError
from connectors.reddit import PrawRedditClient, search_new
from tests.conftest import FIXTURES

TOKEN_URL = "https://www.reddit.com/api/v1/access_token"
SEARCH_URL = "https://oauth.reddit.com/search"
SECRET = "super-secret-reddit-app-secret"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / "reddit" / name).read_text(encoding="utf-8"))


def client() -> PrawRedditClient:
    return PrawRedditClient("app-id", SECRET, "brandrisk-tests/0.1 by u/brandrisk")


def params_of(request: requests.PreparedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(request.url).query).items()}


def add_token() -> None:
    responses.add(responses.POST, TOKEN_URL, json=fixture("access_token.json"))


def search(**kwargs: object) -> dict:
    args: dict = {"subreddit": None, "after": None, "limit": 100, **kwargs}
    return client().search_new("Harborline", **args)


@responses.activate
def test_pages_site_wide_search_with_raw_json_and_oauth() -> None:
    add_token()
    page1, page2 = fixture("search_page1.json"), fixture("search_page2.json")
    seen: list[dict[str, str]] = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict, str]:
        seen.append(params_of(request))
        assert request.headers["Authorization"] == "bearer fake-access-token-123"
        body = page2 if seen[-1].get("after") == "t3_1fs0a7c" else page1
        return 200, {"content-type": "application/json"}, json.dumps(body)

    responses.add_callback(responses.GET, SEARCH_URL, callback=answer)
    out = list(search_new(client(), "Harborline", subreddit=None, seen=None, max_requests=5))

    assert [len(m) for _, m in out] == [4, 2]
    assert out[0][0].payload == page1  # the raw JSON, not praw models
    assert seen[0] == {"q": "Harborline", "sort": "new", "limit": "100", "raw_json": "1"}
    assert seen[1]["after"] == "t3_1fs0a7c"
    assert responses.calls[0].request.url == TOKEN_URL


@responses.activate
def test_subreddit_search_is_restricted_to_the_subreddit() -> None:
    add_token()
    url = "https://oauth.reddit.com/r/harborline/search"
    responses.add(responses.GET, url, json=fixture("search_empty.json"))
    listing = search(subreddit="harborline", after="t3_abc", limit=25)
    assert listing["data"]["children"] == []
    params = params_of(responses.calls[1].request)
    assert params["restrict_sr"] == "on" and params["after"] == "t3_abc"
    assert params["limit"] == "25"


def test_a_subreddit_name_cannot_change_the_path() -> None:
    with pytest.raises(ValueError, match="subreddit"):
        search(subreddit="../api/v1/me")


@responses.activate
def test_429_is_rate_limited_with_a_reset_time() -> None:
    add_token()
    responses.add(
        responses.GET,
        SEARCH_URL,
        status=429,
        body="Too Many Requests",
        headers={
            "x-ratelimit-remaining": "0",
            "x-ratelimit-used": "100",
            "x-ratelimit-reset": "120",
        },
    )
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as err:
        search()
    assert err.value.reset_at is not None
    assert before + timedelta(seconds=110) < err.value.reset_at < before + timedelta(seconds=130)


@responses.activate
def test_bad_app_credentials_are_an_auth_error_without_the_secret() -> None:
    responses.add(responses.POST, TOKEN_URL, status=401, json={"message": "Unauthorized"})
    with pytest.raises(AuthError) as err:
        search()
    assert "BRANDRISK_REDDIT_CLIENT_SECRET" in str(err.value)
    assert SECRET not in "".join(traceback.format_exception(err.value))
    assert SECRET not in repr(client())


@responses.activate
def test_private_subreddit_is_forbidden() -> None:
    add_token()
    url = "https://oauth.reddit.com/r/secretclub/search"
    responses.add(responses.GET, url, status=403, json={"reason": "private", "error": 403})
    with pytest.raises(AuthError, match="403"):
        search(subreddit="secretclub")


@responses.activate
def test_server_errors_are_transient_after_prawcore_retries() -> None:
    add_token()
    responses.add(responses.GET, SEARCH_URL, status=503, body="upstream down")
    with pytest.raises(TransientError):
        search()
    assert len([c for c in responses.calls if "search" in c.request.url]) == 3


@responses.activate
def test_connection_failures_are_transient() -> None:
    add_token()
    responses.add(responses.GET, SEARCH_URL, body=requests.ConnectionError("reset by peer"))
    with pytest.raises(TransientError):
        search()


@responses.activate
def test_invalid_json_is_malformed() -> None:
    add_token()
    responses.add(responses.GET, SEARCH_URL, body="<html>oops</html>", status=200)
    with pytest.raises(MalformedPage):
        search()


@responses.activate
def test_unknown_subreddit_redirect_is_a_plain_connector_error() -> None:
    add_token()
    url = "https://oauth.reddit.com/r/nosuchsub/search"
    responses.add(
        responses.GET,
        url,
        status=302,
        headers={"location": "https://www.reddit.com/subreddits/search?q=nosuchsub"},
    )
    with pytest.raises(ConnectorError, match="does not exist") as err:
        search(subreddit="nosuchsub")
    assert not isinstance(err.value, TransientError | AuthError)


def test_missing_credentials_are_an_auth_error() -> None:
    with pytest.raises(AuthError, match="BRANDRISK_REDDIT_CLIENT_ID"):
        PrawRedditClient("", "", "ua")


@pytest.mark.parametrize(
    "headers", [{"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'}, {}]
)
@responses.activate
def test_401_on_search_is_an_auth_error(headers: dict[str, str]) -> None:
    add_token()
    responses.add(responses.GET, SEARCH_URL, status=401, json={"error": 401}, headers=headers)
    with pytest.raises(AuthError, match="401"):
        search()
