"""Forgetting posts: gone from every table and raw page, reports rebuilt without them."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.profile import Profile
from flows.cli import main
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store
from tests.flows.test_pipeline import ingest_days


def test_forget_by_id_and_author(tmp_path: Path, recorded: Path, example: Profile) -> None:
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
