"""brandrisk record: live pages (tweepy and praw over HTTP) saved, then replayed identically."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import responses

from connectors import reddit, x
from connectors.replay import ReplayRedditClient, ReplayXClient
from flows.cli import main
from flows.settings import EXAMPLE_PROFILE
from tests.conftest import FIXTURES

DAY = date(2026, 10, 5)
X_TOKEN = "AAAArecord-test-bearer-token"
R_SECRET = "record-test-reddit-secret"


def fixture(platform: str, name: str) -> dict:
    return json.loads((FIXTURES / platform / name).read_text())


@responses.activate
def test_record_then_replay_gives_the_same_mentions(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BRANDRISK_X_BEARER_TOKEN", X_TOKEN)
    monkeypatch.setenv("BRANDRISK_REDDIT_CLIENT_ID", "app-id")
    monkeypatch.setenv("BRANDRISK_REDDIT_CLIENT_SECRET", R_SECRET)
    x1, x2 = fixture("x", "search_recent_page1.json"), fixture("x", "search_recent_page2.json")
    r1, r2 = fixture("reddit", "search_page1.json"), fixture("reddit", "search_page2.json")

    def x_answer(request):  # type: ignore[no-untyped-def]
        second = f"next_token={x1['meta']['next_token']}" in request.url
        return 200, {"content-type": "application/json"}, json.dumps(x2 if second else x1)

    def r_answer(request):  # type: ignore[no-untyped-def]
        second = f"after={r1['data']['after']}" in request.url
        return 200, {"content-type": "application/json"}, json.dumps(r2 if second else r1)

    responses.add_callback(
        responses.GET, "https://api.twitter.com/2/tweets/search/recent", callback=x_answer
    )
    responses.add(
        responses.POST, "https://www.reddit.com/api/v1/access_token",
        json=fixture("reddit", "access_token.json"),
    )  # fmt: skip
    responses.add_callback(responses.GET, "https://oauth.reddit.com/search", callback=r_answer)
    for sub in ("harborline", "fintech"):  # the profile's subreddits: nothing new there
        responses.add(
            responses.GET, f"https://oauth.reddit.com/r/{sub}/search",
            json=fixture("reddit", "search_empty.json"),
        )  # fmt: skip
    c1, c2 = fixture("reddit", "comments_page1.json"), fixture("reddit", "comments_page2.json")

    def c_answer(request):  # type: ignore[no-untyped-def]
        second = f"after={c1['data']['after']}" in request.url
        return 200, {"content-type": "application/json"}, json.dumps(c2 if second else c1)

    responses.add_callback(
        responses.GET, "https://oauth.reddit.com/r/fintech/comments/", callback=c_answer
    )
    responses.add(
        responses.GET, "https://oauth.reddit.com/r/harborline/comments/",
        json=fixture("reddit", "search_empty.json"),
    )  # fmt: skip

    out = tmp_path / "rec"
    argv = [
        "record",
        "--out",
        str(out),
        "--day",
        DAY.isoformat(),
        "--profile",
        str(EXAMPLE_PROFILE),
    ]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    # reddit: 2 search pages, 2 empty subreddit searches, 2 + 1 comment stream pages
    assert "x: 2 pages" in printed and "reddit: 7 pages" in printed
    saved = " ".join(p.read_text() for p in out.rglob("*.json"))
    assert X_TOKEN not in saved and R_SECRET not in saved and "fake-access-token" not in saved
    assert "Stripe" not in saved  # comments about other things are not written

    live_x = [
        m.post_id for p in (x1, x2) for m in x.normalize_x_page(p, query=None, fetched_at=None)
    ]  # type: ignore[arg-type]
    replay_x = ReplayXClient(out, DAY)
    got = [m.post_id for _, ms in x.search_recent(replay_x, "q", since_id=None, max_requests=9)
           for m in ms]  # fmt: skip
    assert got == live_x
    replay_r = ReplayRedditClient(out, DAY)
    got_r = [m.post_id for _, ms in reddit.search_new(replay_r, "q", subreddit=None, seen=None,
                                                      max_requests=9) for m in ms]  # fmt: skip
    live_r = [m.post_id for p in (r1, r2)
              for m in reddit.normalize_reddit_listing(p, query=None, fetched_at=None)]  # type: ignore[arg-type]  # fmt: skip
    assert got_r == live_r and got_r
    # The comment stream replays as recorded: the kept comments of r/fintech, same ids.
    terms = '("Harborline" OR "HarborlinePay" OR "harborline_help") NOT "Harborline Ferries"'
    got_c = [m.post_id for _, ms in reddit.subreddit_comments(replay_r, "fintech", terms,
                                                              seen=None, max_requests=9)
             for m in ms]  # fmt: skip
    assert got_c == ["t1_lr0c3d2", "t1_lr0b9zz", "t1_lr0b8yy"]
