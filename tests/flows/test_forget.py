"""Forgetting posts: gone from every table and raw page, reports rebuilt without them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.profile import Profile
from flows.cli import main
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store
from tests.flows.test_pipeline import ingest_days


def test_forget_by_id_and_author(
    tmp_path: Path, recorded: Path, example: Profile, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.report import build_summary, write_reports
    from flows.score import analyze_pending

    db, out = tmp_path / "b.duckdb", tmp_path / "reports"
    with Store.open(db) as store:
        ingest_days(store, recorded, example)
        analyze_pending(store, example)
        victim = store.rows(
            "select post_id, author_handle, created_at from mentions where platform = 'x'"
            " and text ilike '%4111%' limit 1"
        )[0]
        author = store.rows(
            "select author_handle, count(*) as n from mentions where platform = 'x'"
            " and author_handle is not null and author_handle <> ?"
            " group by 1 having count(*) > 1 order by 1 limit 1",
            [victim["author_handle"]],
        )[0]
        day = victim["created_at"].astimezone(example.tz).date()
        write_reports(build_summary(store, example, day), out)
        before = store.count("mentions")
    report = out / str(day) / "hr.json"
    assert any(f["category"] == "personal_data" for f in json.loads(report.read_text())["flags"])

    argv = ["forget", "--platform", "x", "--id", victim["post_id"], "--db", str(db),
            "--out", str(out), "--profile", str(EXAMPLE_PROFILE)]  # fmt: skip
    assert main(argv) == 0
    # Only the one day that had a report is rebuilt, and the message says so.
    assert "forgot 1 x posts; rebuilt reports for 1 day(s)" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.count("mentions") == before - 1
        for table in ("mentions", "sentiment_scores", "flags", "analyzed"):
            left = store.rows(f"select count(*) as n from {table} where post_id = ?",
                              [victim["post_id"]])  # fmt: skip
            assert left[0]["n"] == 0, table
        pages = " ".join(
            r["payload"] for r in store.rows("select payload::varchar as payload from raw_pages")
        )
        assert victim["post_id"] not in pages and "4111 1111" not in pages
    # The day's report was rebuilt without the post's flag.
    assert not any(
        f["category"] == "personal_data" and victim["post_id"] in (f["url"] or "")
        for f in json.loads(report.read_text())["flags"]
    )
    assert main(["forget", "--platform", "x", "--author", author["author_handle"],
                 "--db", str(db), "--out", str(out)]) == 0  # fmt: skip
    with Store.open(db, read_only=True) as store:
        assert store.count("mentions") == before - 1 - author["n"]
    assert main(["forget", "--platform", "x", "--db", str(db)]) == 1


def _reddit_listing(*items: dict) -> dict:
    return {"kind": "Listing", "data": {"after": None, "children": list(items)}}


def _t3(ident: str, title: str) -> dict:
    return {"kind": "t3", "data": {
        "id": ident, "name": f"t3_{ident}", "title": title, "selftext": "", "author": "pat",
        "author_fullname": "t2_pat", "subreddit": "fintech", "created_utc": 1790900000.0,
        "score": 3, "num_comments": 1, "permalink": f"/r/fintech/comments/{ident}/post/",
    }}  # fmt: skip


def _t1(ident: str, body: str, link: str) -> dict:
    return {"kind": "t1", "data": {
        "id": ident, "name": f"t1_{ident}", "body": body, "author": "lou",
        "author_fullname": "t2_lou", "subreddit": "fintech", "created_utc": 1790900100.0,
        "score": 1, "parent_id": f"t3_{link}", "link_id": f"t3_{link}",
        "permalink": f"/r/fintech/comments/{link}/post/{ident}/"}}  # fmt: skip


def test_reddit_ids_become_fullnames_and_forget_takes_both_forms(
    tmp_path: Path, example: Profile
) -> None:
    """An old database (bare Reddit ids) migrates to fullnames; links and flags survive."""
    import dataclasses
    from datetime import UTC, datetime

    from connectors.base import Page
    from connectors.reddit import normalize_reddit_listing
    from flows.score import analyze_pending

    db, out = tmp_path / "b.duckdb", tmp_path / "reports"
    now = datetime.now(UTC)
    old = _reddit_listing(
        _t3("abc", "Harborline charged my card 4111 1111 1111 1111 twice"),
        _t1("def", "Same with Harborline, call me at 212-555-0187", "abc"),
    )
    with Store.open(db) as store:
        # What an older brandrisk stored: bare ids, bare parents and threads.
        bare = [
            dataclasses.replace(m, post_id=m.post_id[3:],
                                parent_id=m.parent_id and m.parent_id[3:],
                                conversation_id=m.conversation_id and m.conversation_id[3:])
            for m in normalize_reddit_listing(old, query="q", fetched_at=now)
        ]  # fmt: skip
        store.save_partition("reddit", "q", [Page("reddit", "q", old)], bare, None)
        analyze_pending(store, example)
        flag = store.rows("select flag_id, url from v_flags where post_id = 'abc' limit 1")[0]
        store.review(flag["flag_id"], "confirmed", reviewer="hr")
        counts = {t: store.count(t) for t in ("mentions", "sentiment_scores", "flags", "analyzed",
                                               "reviews")}  # fmt: skip
        store.con.execute("delete from schema_migrations where name = '006_reddit_fullnames.sql'")
        assert store.migrate() == ["006_reddit_fullnames.sql"]

        assert {t: store.count(t) for t in counts} == counts
        rows = store.rows("select post_id, kind, parent_id, conversation_id, url from mentions"
                          " order by post_id")  # fmt: skip
        assert [(r["post_id"], r["kind"], r["parent_id"], r["conversation_id"]) for r in rows] == [
            ("t1_def", "comment", "t3_abc", "t3_abc"),
            ("t3_abc", "post", None, "t3_abc"),
        ]
        for table in ("sentiment_scores", "flags", "analyzed", "reviews"):
            ids = {r["post_id"] for r in store.rows(f"select post_id from {table}")}
            assert ids <= {"t3_abc", "t1_def"}, table
        moved = store.rows("select flag_id, url, review_status from v_flags"
                           " where post_id = 't3_abc' limit 1")[0]  # fmt: skip
        assert moved["flag_id"] == flag["flag_id"].replace("reddit:abc:", "reddit:t3_abc:")
        assert moved["url"] == flag["url"] == "https://www.reddit.com/r/fintech/comments/abc/post/"
        assert moved["review_status"] == "confirmed"  # the HR decision followed the post
        assert store.migrate() == []

        # A comment with the same base-36 id as the post: two rows now, no collision.
        new = _reddit_listing(_t1("abc", "Harborline support never answers", "zzz"))
        mentions = normalize_reddit_listing(new, query="q", fetched_at=now)
        store.save_partition("reddit", "c", [Page("reddit", "c", new)], mentions, None)
        assert store.count("mentions") == 3

    base = ["--platform", "reddit", "--db", str(db), "--out", str(out)]
    assert main(["forget", "--id", "t3_abc", *base]) == 0  # the fullname: only the post
    with Store.open(db) as store:
        assert {r["post_id"] for r in store.rows("select post_id from mentions")} == {
            "t1_def", "t1_abc"}  # fmt: skip
        pages = " ".join(r["p"] for r in store.rows("select payload::varchar as p from raw_pages"))
        assert '"name":"t3_abc"' not in pages and "4111 1111" not in pages
        assert '"name":"t1_abc"' in pages  # the comment with the same base-36 id stays
    assert main(["forget", "--id", "def", *base]) == 0  # a bare id: the comment "def"
    with Store.open(db, read_only=True) as store:
        assert {r["post_id"] for r in store.rows("select post_id from mentions")} == {"t1_abc"}
        pages = " ".join(r["p"] for r in store.rows("select payload::varchar as p from raw_pages"))
        assert "212-555-0187" not in pages
