"""The DuckDB store: migrations, merge semantics, atomic partitions, read-only access."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from connectors.base import Mention, Page
from flows.store import Store, StoreLocked

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


def test_identical_pages_are_stored_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        for _ in range(3):
            store.save_partition("x", "q", [page("1")], [mention("1")], "1")
        assert store.count("raw_pages") == 1
        assert store.count("mentions") == 1


def test_a_failed_partition_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        store.save_partition("x", "q", [page("1")], [mention("1")], "1")
        import flows.store as fs

        real = fs.read_sql

        def broken(name: str) -> str:
            if name == "dml/upsert_mentions":
                return "insert into mentions select * from no_such_table"
            return real(name)

        monkeypatch.setattr(fs, "read_sql", broken)
        with pytest.raises(duckdb.Error):
            store.save_partition("x", "q", [page("2")], [mention("2")], "2")
        # Neither the page, the mention nor the cursor of the failed partition landed.
        assert store.count("raw_pages") == 1
        assert store.count("mentions") == 1
        assert store.get_cursor("x", "q") == "1"


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
