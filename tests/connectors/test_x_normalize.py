"""normalize_x_page on hand-made pages in X API v2's wire format."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from connectors.base import MalformedPage
from connectors.x import normalize_x_page
from tests.conftest import FIXTURES

FETCHED = datetime(2024, 10, 1, 19, 0, tzinfo=UTC)


def load(name: str) -> dict:
    return json.loads((FIXTURES / "x" / name).read_text(encoding="utf-8"))


def test_page_with_reply_quote_retweet_and_unknown_author() -> None:
    page = load("search_recent_page1.json")
    mentions = normalize_x_page(page, query="Harborline", fetched_at=FETCHED)

    by_id = {m.post_id: m for m in mentions}
    assert [m.post_id for m in mentions] == [t["id"] for t in page["data"]]
    assert {m.kind for m in mentions} == {"post", "repost", "quote", "reply"}

    reply = by_id["1841160000000000002"]
    assert reply.kind == "reply"
    assert reply.parent_id == "1841050000000000777"
    assert reply.conversation_id == "1841050000000000777"
    assert reply.author_handle == "harborline_help"
    assert reply.author_name == "Harborline Support"
    assert reply.author_followers == 40213
    assert reply.url == "https://x.com/harborline_help/status/1841160000000000002"

    quote = by_id["1841170000000000003"]
    assert (quote.kind, quote.parent_id) == ("quote", "1841100000000000001")
    assert (quote.likes, quote.reposts, quote.replies, quote.quotes) == (9, 1, 4, 0)
    assert quote.author_description == "Ops at somewhere. Opinions my own."

    repost = by_id["1841180000000000004"]
    assert (repost.kind, repost.parent_id) == ("repost", "1841100000000000001")

    orphan = by_id["1841190000000000005"]  # author reported in `errors`, not in includes
    assert orphan.kind == "post" and orphan.parent_id is None
    assert orphan.author_id == "55555" and orphan.author_handle is None
    assert orphan.author_followers is None
    assert orphan.url == "https://x.com/i/web/status/1841190000000000005"


def test_fields_are_typed_and_raw_is_the_tweet() -> None:
    page = load("search_recent_page2.json")
    first = normalize_x_page(page, query="q", fetched_at=FETCHED)[0]
    assert first.platform == "x"
    assert first.created_at == datetime(2024, 10, 1, 13, 5, 11, tzinfo=UTC)
    assert first.created_at.utcoffset() is not None
    assert isinstance(first.post_id, str) and isinstance(first.author_id, str)
    assert first.text == "Harborline payouts landed in 2 minutes today. Impressed 🙂"
    assert first.lang == "en" and first.query == "q" and first.fetched_at == FETCHED
    assert first.raw == page["data"][0]
    assert first.reach == 1840 + 25 + 3 + 1


def test_empty_page_has_no_mentions() -> None:
    assert normalize_x_page(load("search_recent_empty.json"), query="q", fetched_at=FETCHED) == []


def test_reply_that_also_quotes_is_a_reply() -> None:
    tweet = {
        "id": "5",
        "text": "hi",
        "created_at": "2024-10-01T00:00:00.000Z",
        "referenced_tweets": [{"type": "quoted", "id": "3"}, {"type": "replied_to", "id": "4"}],
    }
    (mention,) = normalize_x_page({"data": [tweet]}, query=None, fetched_at=FETCHED)
    assert (mention.kind, mention.parent_id) == ("reply", "4")
    assert mention.likes == 0 and mention.author_id is None


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (load("malformed_data_not_list.json"), "'data' is dict"),
        (load("malformed_tweet_without_text.json"), "has no text"),
        ([], "expected a JSON object"),
        ({"data": ["not a tweet"]}, "data[0] is not a tweet"),
        ({"data": [{"text": "no id", "created_at": "2024-10-01T00:00:00Z"}]}, "no id"),
        ({"data": [{"id": "1", "text": "x", "created_at": "yesterday"}]}, "unreadable created_at"),
        ({"data": [{"id": "1", "text": "x", "created_at": "2024-10-01T00:00:00"}]}, "timezone"),
        ({"data": [], "includes": {"users": {}}}, "includes.users"),
    ],
)
def test_malformed_pages_raise_with_a_clear_message(page: object, words: str) -> None:
    with pytest.raises(MalformedPage, match="X search page") as err:
        normalize_x_page(page, query="q", fetched_at=FETCHED)  # type: ignore[arg-type]
    assert words in str(err.value)
