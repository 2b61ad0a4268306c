"""The DuckDB store: migrations, merge semantics, atomic partitions, read-only access."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from connectors.base import Mention, Page
from flows.store import UNANALYZED_COLUMNS, Store, StoreLocked, mentions_from_table

T0 = datetime(2026, 10, 1, 12, tzinfo=UTC)


def mention(post_id: str, text: str = "Harborline is fine", likes: int = 0) -> Mention:
    return Mention(
        platform="x",
        post_id=post_id,
        url=f"https://x.com/a/status/{post_id}",
        kind="post",
        created_at=T0,
        author_id="1",
        author_handle="a",
        text=text,
        likes=likes,
        raw={"id": post_id, "text": text},
    )


def page(*ids: str) -> Page:
    return Page("x", "q", {"data": [{"id": i} for i in ids]}, {"query": "q"})


def test_migrations_apply_once(tmp_path: Path) -> None:
    db = tmp_path / "b.duckdb"
    with Store.open(db) as store:
        first = store.count("schema_migrations")
        assert first >= 2
        assert store.migrate() == []
    with Store.open(db) as store:
        assert store.count("schema_migrations") == first


def test_upsert_merges_on_platform_and_post_id(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        new = store.save_partition("x", "q", [page("1", "2")], [mention("1"), mention("2")], "2")
        assert new == 2
        # The same post fetched again with fresh metrics, plus a duplicate within the batch.
        again = [mention("2", likes=5), mention("2", likes=5), mention("3")]
        assert store.save_partition("x", "q", [page("2", "3")], again, "3") == 1
        assert store.count("mentions") == 3
        row = store.rows("select n_likes from mentions where post_id = '2'")[0]
        assert row["n_likes"] == 5
        assert store.get_cursor("x", "q") == "3"


@pytest.mark.parametrize("latest_first", [True, False])
def test_a_post_fetched_twice_in_one_batch_keeps_its_latest_copy(
    tmp_path: Path, latest_first: bool
) -> None:
    early, late, later = T0, T0 + timedelta(minutes=5), T0 + timedelta(minutes=9)
    copies = [replace(mention("1", likes=7), fetched_at=late)]
    copies.append(replace(mention("1", likes=3), fetched_at=early))
    if not latest_first:
        copies.reverse()
    fetched = "select n_likes, first_fetched_at, last_fetched_at from mentions"
    with Store.open(tmp_path / "b.duckdb") as store:
        assert store.save_partition("x", "q", [page("1")], copies, "1") == 1
        assert store.rows(fetched) == [
            {"n_likes": 7, "first_fetched_at": late, "last_fetched_at": late}
        ]
        # Fetched again later: fresh metrics and last_fetched_at, the first fetch is kept.
        again = [replace(mention("1", likes=9), fetched_at=later)]
        assert store.save_partition("x", "q", [page("1", "2")], again, "2") == 0
        assert store.rows(fetched) == [
            {"n_likes": 9, "first_fetched_at": late, "last_fetched_at": later}
        ]


def test_a_page_fetched_twice_in_one_batch_is_stored_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_partition("x", "q", [page("1"), page("2"), page("1")], [mention("1")], "2")
        assert store.count("raw_pages") == 2


def test_records_built_from_an_arrow_chunk_are_the_rows_records(tmp_path: Path) -> None:
    # Workers build records column by column; the result must be the keyword-built record of
    # each row (the fields the query does not read keep url "" and their defaults).
    with Store.open(tmp_path / "b.duckdb") as store:
        ms = [mention(str(i), text=f"post {i}", likes=i) for i in range(1, 6)]
        store.save_partition("x", "q", [page("1")], ms, None)
        table = store.unanalyzed_arrow("none", "none", 100)
    built = mentions_from_table(table)
    rows = list(zip(*(c.to_pylist() for c in table.columns), strict=True))
    assert built == [
        Mention(url="", **dict(zip(UNANALYZED_COLUMNS[1:], r[1:], strict=True))) for r in rows
    ]
    assert [m.created_at for m in built] == [T0] * 5
    assert all(m.created_at.tzinfo is not None and m.url == "" for m in built)
    assert sorted(m.likes for m in built) == [1, 2, 3, 4, 5]
    assert mentions_from_table(table.slice(0, 0)) == []


def test_identical_pages_are_stored_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        for _ in range(3):
            store.save_partition("x", "q", [page("1")], [mention("1")], "1")
        assert store.count("raw_pages") == 1
        assert store.count("mentions") == 1


@pytest.mark.parametrize(
    ("post_id", "broken"),
    [
        ("2", "dml/insert_mentions"),  # a new post: the plain insert fails
        (
            "1",
            "dml/mentions_on_conflict",
        ),  # a stored post: the insert conflicts, then the merge fails
    ],
)
def test_a_failed_partition_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, post_id: str, broken: str
) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_partition("x", "q", [page("1")], [mention("1")], "1")
        import flows.store as fs

        real = fs.read_sql

        def broken_sql(name: str) -> str:
            if name == broken:
                return "no such statement"  # fails alone and appended alike
            return real(name)

        monkeypatch.setattr(fs, "read_sql", broken_sql)
        with pytest.raises(duckdb.Error):
            store.save_partition("x", "q", [page("2")], [mention(post_id, likes=9)], "2")
        # Neither the page, the mention nor the cursor of the failed partition landed.
        assert store.count("raw_pages") == 1
        assert store.count("mentions") == 1
        assert store.rows("select n_likes from mentions") == [{"n_likes": 0}]
        assert store.get_cursor("x", "q") == "1"
        monkeypatch.undo()
        # The store is still usable: the same partition goes through the next time.
        assert store.save_partition("x", "q", [page("2")], [mention(post_id, likes=9)], "2") == (
            1 if post_id == "2" else 0
        )
        assert store.count("raw_pages") == 2


def test_new_and_stored_posts_in_one_batch_are_merged(tmp_path: Path) -> None:
    # A batch of new posts is inserted as is; one with a post already stored is merged.
    with Store.open(tmp_path / "b.duckdb") as store:
        first = [mention("1"), mention("2")]
        assert store.save_partition("x", "q", [page("1", "2")], first, "2") == 2
        batch = [mention("3"), mention("1", likes=4), mention("4")]
        assert store.save_partition("x", "q", [page("1", "3", "4")], batch, "4") == 2
        likes = store.rows("select post_id, n_likes from mentions order by post_id")
        assert likes == [
            {"post_id": "1", "n_likes": 4},
            {"post_id": "2", "n_likes": 0},
            {"post_id": "3", "n_likes": 0},
            {"post_id": "4", "n_likes": 0},
        ]
        assert store.count("raw_pages") == 2
        assert store.get_cursor("x", "q") == "4"


def test_hostile_text_is_stored(tmp_path: Path) -> None:
    nasty = "<script>alert(1)</script> \u202e\u200b lone \ud800 surrogate " + "x" * 100_000
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_partition("x", "q", [page("9")], [mention("9", text=nasty)], None)
        text = store.rows("select text from mentions")[0]["text"]
        assert text.startswith("<script>") and "\ufffd" in text and len(text) > 100_000


def test_read_only_open_of_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="brandrisk run"):
        Store.open(tmp_path / "none.duckdb", read_only=True)


def test_a_second_writer_waits_then_gives_up_with_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "b.duckdb"
    Store.open(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True);"
         " time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreLocked, match="in use by another writer"):
            Store.open(db, wait_s=0.5)
    finally:
        holder.kill()
        holder.wait()
    Store.open(db, wait_s=5).close()  # free again once the other process is gone


def test_page_hash_is_the_one_stored_pages_always_had() -> None:
    # Pages are hashed from bytes now; the hash of a page must not change, or a page fetched
    # again after an upgrade would be stored twice. The digest was computed from the text.
    from flows.store import _page_sha, dumps_bytes

    payload = {"data": [{"id": "1", "text": "Harborline é 😀"}], "meta": {"result_count": 1}}
    assert _page_sha("x", "q", dumps_bytes(payload)) == (
        "646dfa3f3facafb249836eab0d39c02bf06ac34c801e80250fd727ae100e829e"
    )


def test_json_staged_without_a_second_check_is_stored_as_json(tmp_path: Path) -> None:
    # Raw items, requests and payloads skip DuckDB's JSON check (flows.store._JSON): what lands
    # must still be the same JSON text, valid, and queryable as JSON.
    import json

    from flows.store import dumps

    raw = {"id": "1", "text": "Harborline é 😀 \ud800", "n": [1, 2.5, None, True]}
    m = replace(mention("1"), raw=raw)
    p = Page("x", "q", {"data": [raw]}, {"query": "q", "next_token": None})
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_partition("x", "q", [p], [m], "1")
        row = store.rows(
            "select raw::varchar as raw, raw->>'text' as text, json_valid(raw) as ok from mentions"
        )[0]
        page = store.rows(
            "select payload::varchar as payload, request::varchar as request,"
            " json_valid(payload) and json_valid(request) as ok from raw_pages"
        )[0]
    assert row == {"raw": dumps(raw), "text": "Harborline é 😀 \ufffd", "ok": True}
    assert page == {"payload": dumps(p.payload), "request": dumps(p.request), "ok": True}
    assert json.loads(page["payload"])["data"][0]["n"] == [1, 2.5, None, True]


def _analysis(post_ids: list[str], label: str, flags: int) -> tuple[object, object, object]:
    import pyarrow as pa

    from flows.score import ChunkResult, to_tables

    n = len(post_ids)
    flag_cols: dict[str, list] = {
        "platform": ["x"] * flags, "post_id": post_ids[:flags], "rules_version": ["r1"] * flags,
        "category": ["leak"] * flags, "severity": ["high"] * flags, "rule": [label] * flags,
        "policy": ["p"] * flags, "evidence": ["e"] * flags, "span_start": [0] * flags,
        "span_end": [1] * flags,
    }  # fmt: skip
    result = ChunkResult(
        {"platform": ["x"] * n, "post_id": post_ids, "scorer_version": ["s1"] * n,
         "label": [label] * n, "score": [0.5] * n},
        flag_cols,
        {"platform": ["x"] * n, "post_id": post_ids, "scorer_version": ["s1"] * n,
         "rules_version": ["r1"] * n, "is_excluded": [False] * n},
    )  # fmt: skip
    tables = to_tables(result)
    assert all(isinstance(t, pa.Table) for t in tables)
    return tables


ANALYSIS_ROWS = (
    "select s.post_id, s.label, a.scorer_version, a.rules_version,"
    " (select list(f.rule order by f.rule) from flags f where f.post_id = s.post_id) as rules"
    " from sentiment_scores s join analyzed a using (platform, post_id) order by s.post_id"
)


def test_first_analysis_inserts_and_a_second_one_replaces(tmp_path: Path) -> None:
    # New mentions take plain inserts (store._FIRST_ANALYSIS); mentions analyzed before make
    # that fail on its key and are replaced (store._REANALYSIS): the rows are the same as if
    # every chunk had been replaced, and nothing is left over from the first analysis.
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_analysis(*_analysis(["1", "2"], "negative", flags=2))  # type: ignore[arg-type]
        first = store.rows(ANALYSIS_ROWS)
        assert first == [
            {"post_id": p, "label": "negative", "scorer_version": "s1", "rules_version": "r1",
             "rules": ["negative"]}
            for p in ("1", "2")
        ]  # fmt: skip
        # Analyzed again (one of them) plus a new one: replaced, one flag fewer, nothing doubled.
        store.save_analysis(*_analysis(["2", "3"], "positive", flags=1))  # type: ignore[arg-type]
        assert store.rows(ANALYSIS_ROWS) == [
            first[0],
            {"post_id": "2", "label": "positive", "scorer_version": "s1", "rules_version": "r1",
             "rules": ["positive"]},
            {"post_id": "3", "label": "positive", "scorer_version": "s1", "rules_version": "r1",
             "rules": None},
        ]  # fmt: skip
        assert store.count("sentiment_scores") == 3 and store.count("analyzed") == 3


def test_a_failed_first_analysis_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.store as fs

    real = fs.read_sql
    with Store.open(tmp_path / "b.duckdb") as store:
        monkeypatch.setattr(
            fs, "read_sql", lambda name: "no such statement" if "analysis" in name else real(name)
        )
        with pytest.raises(duckdb.Error):
            store.save_analysis(*_analysis(["1"], "negative", flags=1))  # type: ignore[arg-type]
        monkeypatch.undo()
        assert [store.count(t) for t in ("sentiment_scores", "flags", "analyzed")] == [0, 0, 0]
        store.save_analysis(*_analysis(["1"], "negative", flags=1))  # type: ignore[arg-type]
        assert store.count("analyzed") == 1


def test_a_partition_that_merged_goes_straight_to_the_merge_with_the_same_rows(
    tmp_path: Path,
) -> None:
    # After a batch that merged, the partition's next batch skips the plain insert; the rows,
    # counts and cursors must be those of a store that tries the plain insert every time.
    batches = [
        ["1", "2"],  # new: plain insert
        ["2", "3"],  # one stored: the insert fails, merged; learned
        ["3", "4", "1"],  # merged directly
        ["5", "6"],  # merged directly, all new: unlearned
        ["7"],  # plain insert again
        ["7"],  # stored: merged again
    ]
    results = {}
    for learns in (True, False):
        with Store.open(tmp_path / f"{learns}.duckdb") as store:
            news, learned = [], []
            for n, ids in enumerate(batches):
                if not learns:
                    store._merging.clear()
                ms = [mention(i, likes=10 * n) for i in ids]
                news.append(store.save_partition("x", "q", [page(*ids)], ms, ids[-1]))
                learned.append(("x", "q") in store._merging)
            rows = store.rows("select post_id, n_likes from mentions order by post_id")
            results[learns] = (news, rows, store.get_cursor("x", "q"), store.count("raw_pages"))
            if learns:
                assert learned == [False, True, True, False, False, True]
    assert results[True] == results[False]
    assert results[True][0] == [2, 1, 1, 2, 1, 0]
