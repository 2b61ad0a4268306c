"""Compliance over HTTP: X's tweet lookup (real tweepy, `responses`) in batches of 100."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import responses

from connectors.base import Mention
from flows.cli import main
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store
from tests.flows.test_store import page

LOOKUP = "https://api.twitter.com/2/tweets"


@responses.activate
def test_posts_gone_from_x_are_forgotten(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BRANDRISK_X_BEARER_TOKEN", "AAAAcompliance-token")
    now = datetime.now(UTC)
    ids = [str(1_900_000_000_000_000_000 + i) for i in range(250)]
    deleted = set(ids[::7])
    db = tmp_path / "b.duckdb"
    with Store.open(db) as store:
        ms = [
            Mention(platform="x", post_id=i, url="", kind="post", created_at=now,
                    author_id="1", author_handle="a", text=f"Harborline {i}")
            for i in ids
        ]  # fmt: skip
        store.save_partition("x", "q", [page(*ids)], ms, None)
    batches: list[int] = []

    def lookup(request):  # type: ignore[no-untyped-def]
        asked = parse_qs(urlparse(request.url).query)["ids"][0].split(",")
        batches.append(len(asked))
        body = {
            "data": [{"id": i, "text": "x", "edit_history_tweet_ids": [i]}
                     for i in asked if i not in deleted],
            "errors": [{"value": i, "detail": f"Could not find tweet with ids: [{i}].",
                        "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids",
                        "resource_id": i, "type": "https://api.twitter.com/2/problems/resource-not-found"}
                       for i in asked if i in deleted],
        }  # fmt: skip
        return 200, {"content-type": "application/json"}, json.dumps(body)

    responses.add_callback(responses.GET, LOOKUP, callback=lookup)
    assert main(["compliance", "--db", str(db), "--profile", str(EXAMPLE_PROFILE)]) == 0
    assert f"removed {len(deleted)} X posts" in capsys.readouterr().out
    assert batches == [100, 100, 50]
    with Store.open(db, read_only=True) as store:
        left = {r["post_id"] for r in store.rows("select post_id from mentions")}
        assert left == set(ids) - deleted
        payload = store.rows("select payload::varchar as p from raw_pages")[0]["p"]
        assert not any(f'"{i}"' in payload for i in deleted)
