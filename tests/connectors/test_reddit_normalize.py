"""normalize_reddit_listing and the watermark helpers on hand-made Listings."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from connectors.base import MalformedPage
from connectors.reddit import (
    format_watermark,
    fullname_candidates,
    normalize_reddit_listing,
    watermark_key,
)
from tests.conftest import FIXTURES

FETCHED = datetime(2024, 10, 1, 19, 0, tzinfo=UTC)


def load(name: str) -> dict:
    return json.loads((FIXTURES / "reddit" / name).read_text(encoding="utf-8"))


def test_posts_and_comments_are_normalized_and_deleted_comments_skipped() -> None:
    mentions = normalize_reddit_listing(load("search_page1.json"), query="q", fetched_at=FETCHED)
    by_id = {m.post_id: m for m in mentions}
    # Fullnames: a post and a comment may share a base-36 id. t1_lqx2k1a is [deleted].
    assert list(by_id) == ["t1_lqx2k9d", "t3_1fs0b11", "t3_1fs0a9f", "t3_1fs0a7c"]

    comment = by_id["t1_lqx2k9d"]
    assert comment.platform == "reddit" and comment.kind == "comment"
    assert comment.text.startswith("Same here, Harborline support")
    assert (comment.parent_id, comment.conversation_id) == ("t3_1fs0b11", "t3_1fs0b11")
    assert comment.author_handle == "mateo_runs" and comment.author_id == "t2_9q8w7ed"
    assert comment.url == "https://www.reddit.com/r/harborline/comments/1fs0b11/slug/lqx2k9d/"
    assert comment.created_at == datetime.fromtimestamp(1727802000, UTC)

    post = by_id["t3_1fs0b11"]
    assert post.kind == "post" and post.community == "harborline"
    assert post.text == (
        "Harborline payout stuck for a week?\n\nAnyone else? Ticket #48213 has no answer."
        "\n\nEdit: fixed now."
    )
    assert (post.score, post.comments, post.parent_id, post.conversation_id) == (
        12,
        4,
        None,
        "t3_1fs0b11",
    )
    assert post.raw["name"] == "t3_1fs0b11" and post.query == "q"

    link = by_id["t3_1fs0a9f"]  # a link post: no selftext, the title is the text
    assert link.text == "Harborline Pay launches instant payouts" and link.community == "fintech"

    removed = by_id["t3_1fs0a7c"]  # selftext removed and author deleted: the title is still public
    assert removed.text == "Anyone tried Harborline for a bakery?"
    assert removed.author_handle is None and removed.author_id is None


def test_empty_listing_and_other_kinds() -> None:
    assert normalize_reddit_listing(load("search_empty.json"), query=None, fetched_at=FETCHED) == []
    listing = {"kind": "Listing", "data": {"children": [{"kind": "t5", "data": {"id": "x"}}]}}
    assert normalize_reddit_listing(listing, query=None, fetched_at=FETCHED) == []


@pytest.mark.parametrize(
    ("listing", "words"),
    [
        (load("malformed_children.json"), "children"),
        (load("malformed_no_created_utc.json"), "created_utc"),
        ({"kind": "t3", "data": {}}, "Listing"),
        ({"kind": "Listing", "data": {"children": ["x"]}}, "children[0]"),
        (
            {
                "kind": "Listing",
                "data": {
                    "children": [
                        {"kind": "t1", "data": {"name": "t1_a", "id": "a", "created_utc": 1.0}}
                    ]
                },
            },
            "no body",
        ),
    ],
)
def test_malformed_listings_raise(listing: dict, words: str) -> None:
    with pytest.raises(MalformedPage, match="Reddit listing") as err:
        normalize_reddit_listing(listing, query=None, fetched_at=FETCHED)
    assert words in str(err.value)


def test_watermarks_order_by_time_then_id() -> None:
    assert format_watermark(1727740800, "t3_abc") == "1727740800.0:t3_abc"
    same_second = [watermark_key("1727740800.0:t3_zz"), watermark_key("1727740800.0:t3_100")]
    assert same_second[0] < same_second[1]  # base-36 numbers, not strings
    assert watermark_key("1727740799.5:t3_zzzzz") < watermark_key("1727740800.0:t1_0")
    with pytest.raises(ValueError, match="watermark"):
        watermark_key("t3_abc")


def test_comment_stream_items_normalize_like_search_comments() -> None:
    listing = load("comments_page1.json")
    mentions = normalize_reddit_listing(listing, query=None, fetched_at=FETCHED)
    reply = next(m for m in mentions if m.post_id == "t1_lr0c3d2")
    assert reply.kind == "comment" and reply.community == "fintech"
    assert reply.parent_id == "t1_lr0b9zz"  # a reply to a comment: the parent keeps its type
    assert reply.conversation_id == "t3_1ft7k2m"
    assert reply.url == "https://www.reddit.com/r/fintech/comments/1ft7k2m/payout_apis/lr0c3d2/"
    assert reply.score == 7 and reply.author_handle == "ledger_lou"
    assert "t1_lr0c1aa" not in {m.post_id for m in mentions}  # [removed]


def test_a_comment_without_permalink_gets_its_thread_url() -> None:
    item = {"name": "t1_abc", "id": "abc", "created_utc": 1.0, "body": "Harborline!",
            "link_id": "t3_xyz", "subreddit": "fintech", "parent_id": "t3_xyz"}  # fmt: skip
    listing = {"kind": "Listing", "data": {"children": [{"kind": "t1", "data": item}]}}
    (m,) = normalize_reddit_listing(listing, query=None, fetched_at=FETCHED)
    assert m.url == "https://www.reddit.com/r/fintech/comments/xyz/_/abc/"


def test_fullname_candidates() -> None:
    assert fullname_candidates("t3_1fs0b11") == ["t3_1fs0b11"]
    assert fullname_candidates("t1_lqx2k9d") == ["t1_lqx2k9d"]
    assert fullname_candidates("1fs0b11") == ["t3_1fs0b11", "t1_1fs0b11"]
