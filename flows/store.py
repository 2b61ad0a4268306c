"""The only module that talks to DuckDB.

Writes are bulk (Arrow tables registered as views, then ``insert ... select``); SQL text lives
in ``sql/`` and every value is a bind parameter. One writer process at a time is DuckDB's rule:
``Store.open`` waits for the file lock instead of failing, so two flows started together queue.
Readers (notebooks, report readers) open read-only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import time
import warnings
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import orjson
import pyarrow as pa

from connectors.base import Mention, Page
from connectors.reddit import fullname_candidates

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent


def sql_dir() -> Path:
    """Where the ``.sql`` files are: ``flows/sql`` in a wheel, ``../sql`` in a checkout."""
    for candidate in (_HERE / "sql", _HERE.parent / "sql"):
        if (candidate / "schema").is_dir():
            return candidate
    raise FileNotFoundError("sql/ folder not found next to the flows package; reinstall brandrisk")


def read_sql(name: str) -> str:
    """Read ``sql/<name>.sql`` (``name`` like ``reports/daily_summary``)."""
    return (sql_dir() / f"{name}.sql").read_text(encoding="utf-8")


UNANALYZED_COLUMNS = (
    "row_id", "platform", "post_id", "kind", "created_at", "author_id", "author_handle",
    "author_name", "author_description", "author_followers", "text", "lang", "community",
    "likes", "reposts", "replies", "quotes", "score", "comments",
)  # fmt: skip


CHECKPOINT_THRESHOLD = "256MB"
TABLES = frozenset(
    {
        "mentions", "raw_pages", "cursors", "sentiment_scores", "flags", "analyzed", "runs",
        "daily_summary", "source_status", "schema_migrations", "reviews", "deliveries",
    }
)  # fmt: skip
_SURROGATE = re.compile("[\ud800-\udfff]")


# ``Mention``'s fields in constructor order, up to the last one the unanalyzed query reads (the
# rest keep their defaults), and the values of the ones it does not read.
_MENTION_INIT = [f.name for f in dataclasses.fields(Mention) if f.init]
_FROM_ROW = _MENTION_INIT[: max(_MENTION_INIT.index(c) for c in UNANALYZED_COLUMNS[1:]) + 1]
_NOT_READ: dict[str, Any] = {"url": "", "parent_id": None, "conversation_id": None}
assert set(_FROM_ROW) == set(UNANALYZED_COLUMNS[1:]) | set(_NOT_READ)


_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=ZoneInfo("UTC"))  # the tzinfo Arrow gives "UTC"


def _pylist(column: pa.ChunkedArray) -> list[Any]:
    """``column.to_pylist()``; UTC microsecond timestamps made about ten times faster.

    Arrow builds each aware datetime through its time zone (and imports pandas for it, a
    tenth of a second or more in every new worker process); for UTC, adding the microseconds
    to the epoch gives the same datetimes at a fraction of the cost.
    """
    t = column.type
    if not (pa.types.is_timestamp(t) and t.unit == "us" and t.tz == "UTC"):
        return column.to_pylist()
    epoch = _EPOCH_UTC
    return [
        None if us is None else epoch + timedelta(microseconds=us)
        for us in column.cast(pa.int64()).to_pylist()
    ]


def mentions_from_table(table: pa.Table) -> list[Mention]:
    """Records from a ``Store.unanalyzed_arrow`` table (columns in ``UNANALYZED_COLUMNS`` order).

    Built positionally, not by keyword: a worker makes one per post, and keyword arguments
    through a dict cost about twice as much. The fields the query does not read get their
    values from ``_NOT_READ``; ``raw`` keeps its default.
    """
    read = dict(zip(UNANALYZED_COLUMNS, table.columns, strict=True))
    n = table.num_rows
    columns = [_pylist(read[name]) if name in read else [_NOT_READ[name]] * n for name in _FROM_ROW]
    return [Mention(*row) for row in zip(*columns, strict=True)]


# Saving a chunk's analysis (``Store.save_analysis``), from the statements in ``sql/dml/``:
# mentions analyzed for the first time take plain inserts; mentions analyzed before are
# replaced. "a+b" is one statement: b's clause appended to a's insert.
_FIRST_ANALYSIS = (
    "analysis_analyzed_insert",  # first: a mention analyzed before fails here, on its key
    "analysis_scores_insert",
    "analysis_flags_delete",
    "analysis_flags_insert",
)
_REANALYSIS = (
    "analysis_scores_delete",
    "analysis_scores_insert",
    "analysis_flags_delete",
    "analysis_flags_insert",
    "analysis_analyzed_insert+analysis_analyzed_on_conflict",
)


def _statements(*names: str) -> str:
    """The ``sql/dml/`` statements ``names`` as one script (``a+b``: b appended to a)."""
    return ";\n".join(
        "\n".join(read_sql(f"dml/{part}") for part in name.split("+")) for name in names
    )


class StoreLocked(RuntimeError):
    """Another process holds the DuckDB write lock for longer than we were willing to wait."""


# JSON text this module made itself (``dumps_bytes``) is staged as Arrow's JSON type, so DuckDB
# takes it into the ``json`` columns as it is instead of parsing it again to check it (measured
# on the bench's pages: that check cost about 1.6 us of the ~47 us of CPU ingesting a post
# takes). pyarrow before 19 has no JSON type: the text is then staged as a string and checked.
_HAS_JSON_TYPE = hasattr(pa, "json_")
_JSON: pa.DataType = pa.json_() if _HAS_JSON_TYPE else pa.string()


def _json_array(texts: list[bytes]) -> pa.Array:
    """Arrow JSON (or string) array of UTF-8 JSON texts; the cast checks they are UTF-8."""
    arr = pa.array(texts, pa.binary()).cast(pa.string())
    return pa.ExtensionArray.from_storage(_JSON, arr) if _HAS_JSON_TYPE else arr


_MENTION_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("post_id", pa.string()),
        ("url", pa.string()),
        ("kind", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("author_id", pa.string()),
        ("author_handle", pa.string()),
        ("author_name", pa.string()),
        ("author_description", pa.string()),
        ("author_followers", pa.int64()),
        ("text", pa.string()),
        ("lang", pa.string()),
        ("parent_id", pa.string()),
        ("conversation_id", pa.string()),
        ("community", pa.string()),
        ("n_likes", pa.int64()),
        ("n_reposts", pa.int64()),
        ("n_replies", pa.int64()),
        ("n_quotes", pa.int64()),
        ("score", pa.int64()),
        ("n_comments", pa.int64()),
        ("query", pa.string()),
        ("raw", _JSON),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
    ]
)

# Mention field -> mentions column where the names differ.
_RENAMED = {
    "likes": "n_likes",
    "reposts": "n_reposts",
    "replies": "n_replies",
    "quotes": "n_quotes",
    "comments": "n_comments",
}


_MENTION_FIELDS = (
    "platform", "post_id", "url", "kind", "created_at", "author_id", "author_handle",
    "author_name", "author_description", "author_followers", "text", "lang", "parent_id",
    "conversation_id", "community", "likes", "reposts", "replies", "quotes", "score",
    "comments", "query", "fetched_at",
)  # fmt: skip


def mentions_to_arrow(mentions: Sequence[Mention]) -> pa.Table:
    """Turn mentions into one Arrow table shaped like the ``mentions`` staging input."""
    # One comprehension per column: about twice as fast as filling all columns row by row.
    cols: dict[str, list[Any]] = {
        _RENAMED.get(field, field): [getattr(m, field) for m in mentions]
        for field in _MENTION_FIELDS
    }
    raw = _json_array([dumps_bytes(m.raw) for m in mentions])
    try:
        return pa.table({**cols, "raw": raw}, schema=_MENTION_SCHEMA)
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeEncodeError):
        # Lone surrogates (hostile or broken text) are not UTF-8: store U+FFFD instead.
        for name, values in cols.items():
            if _MENTION_SCHEMA.field(name).type == pa.string():
                cols[name] = [_valid_utf8(v) for v in values]
        return pa.table({**cols, "raw": raw}, schema=_MENTION_SCHEMA)


def latest_copies(mentions: Sequence[Mention]) -> Sequence[Mention]:
    """One mention per ``(platform, post_id)``: the copy fetched last (of equal times, the last).

    A post fetched twice in one batch is merged once, with its freshest metrics.
    """
    latest: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        key = (m.platform, m.post_id)
        seen = latest.get(key)
        if seen is None or _aware(m.fetched_at) >= _aware(seen.fetched_at):
            latest[key] = m
    return mentions if len(latest) == len(mentions) else list(latest.values())


def _aware(at: datetime) -> datetime:
    # Arrow stores a naive fetched_at as UTC; compare it the same way.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _valid_utf8(value: Any) -> Any:
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def dumps(obj: Any) -> str:
    """Compact JSON text; orjson for speed, the stdlib for what orjson refuses.

    Hostile text can hold lone surrogates (``"\\ud800"`` decodes to one), which are not
    UTF-8: orjson and DuckDB refuse them, so they become U+FFFD and the post is stored.
    """
    try:
        return orjson.dumps(obj).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
        return _SURROGATE.sub("\ufffd", text)


def dumps_bytes(obj: Any) -> bytes:
    """``dumps(obj)`` encoded as UTF-8: what the store hashes and stages, without a str between."""
    try:
        return orjson.dumps(obj)
    except (TypeError, orjson.JSONEncodeError):
        return dumps(obj).encode("utf-8")


def _page_sha(platform: str, partition: str, payload_json: bytes) -> str:
    # The hash of the page's ``dumps`` text as UTF-8: the same for the same page ever since
    # pages were first stored, so a page fetched again is recognized.
    h = hashlib.sha256(f"{platform}\x1f{partition}\x1f".encode())
    h.update(payload_json)
    return h.hexdigest()


SNAPSHOT_SUFFIX = ".snapshot.duckdb"


def snapshot_path(db: str | Path) -> Path:
    """The read-only copy readers open: ``brandrisk.duckdb`` -> ``brandrisk.snapshot.duckdb``."""
    p = Path(db)
    return p.with_name(p.name.removesuffix(".duckdb") + SNAPSHOT_SUFFIX)


def _without_items(payload: dict[str, Any], ids: set[str]) -> dict[str, Any] | None:
    """A raw X or Reddit page without the items whose id is in ``ids``; None if none is left."""
    if isinstance(payload.get("data"), list):  # X: {"data": [tweets], "includes": ...}
        payload["data"] = [t for t in payload["data"] if str(t.get("id")) not in ids]
        includes = payload.get("includes")
        if isinstance(includes, dict) and isinstance(includes.get("tweets"), list):
            includes["tweets"] = [t for t in includes["tweets"] if str(t.get("id")) not in ids]
        return payload if payload["data"] else None
    data = payload.get("data")
    if isinstance(data, dict) and isinstance(data.get("children"), list):  # Reddit Listing
        # Reddit post ids are fullnames (t3_abc, t1_def): the item's "name", not its "id".
        data["children"] = [
            c for c in data["children"] if str((c.get("data") or {}).get("name")) not in ids
        ]
        return payload if data["children"] else None
    return payload


class Store:
    """A DuckDB file holding mentions, scores, flags, cursors, runs and summaries."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        # Partitions whose last batch merged posts stored already (a subreddit's search finds
        # what the site-wide search stored): their next batch skips the plain insert that
        # would fail (save_partition).
        self._merging: set[tuple[str, str]] = set()

    # -- lifecycle -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, wait_s: float = 0.0) -> Store:
        """Open the DuckDB file, waiting up to ``wait_s`` seconds for another writer to finish.

        Args:
            path: the database file (created, with its folder, when opened for writing).
            read_only: open for reading only; many readers may share the file.
            wait_s: how long to keep retrying while another process holds the lock.

        Raises:
            StoreLocked: the lock was still held after ``wait_s`` seconds.
            FileNotFoundError: ``read_only`` and the file does not exist yet.
        """
        p = Path(path)
        if read_only and not p.exists():
            raise FileNotFoundError(f"{p}: no database yet; run `brandrisk run` or `make demo`")
        if not read_only:
            p.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + wait_s
        delay = 0.2
        while True:
            try:
                con = duckdb.connect(str(p), read_only=read_only)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise
                if time.monotonic() >= deadline:
                    raise StoreLocked(
                        f"{p} is in use by another writer; wait for that run to finish "
                        f"or raise BRANDRISK_LOCK_WAIT_S (waited {wait_s:.0f}s)"
                    ) from exc
                log.info("database %s is locked by another process; waiting", p)
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
        con.execute("set TimeZone = 'UTC'")
        store = cls(con, p, read_only)
        if not read_only:
            # Checkpoint less often than DuckDB's 16 MB default: each checkpoint rewrites
            # row groups, and at ingest rates that doubled the cost of a commit (measured).
            con.execute(f"set checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
            store.migrate()
        return store

    def cursor(self) -> Store:
        """A second handle on the same database for another thread of this process.

        DuckDB connections are not shared between threads; cursors are, and their
        transactions are independent (e.g. analysis writing while ingest writes).
        """
        return Store(self.con.cursor(), self.path, self.read_only)

    def close(self) -> None:
        """Close the connection (commits nothing; every write commits itself)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply the ``sql/schema/NNN_*.sql`` migrations not yet applied; return their names."""
        self.con.execute(
            "create table if not exists schema_migrations"
            " (name varchar primary key, applied_at timestamptz not null)"
        )
        done = {r[0] for r in self.con.execute("select name from schema_migrations").fetchall()}
        applied = []
        for f in sorted((sql_dir() / "schema").glob("*.sql")):
            if f.name in done:
                continue
            self.con.execute("begin")
            try:
                self.con.execute(f.read_text(encoding="utf-8"))
                self.con.execute(
                    "insert into schema_migrations values (?, ?)", [f.name, datetime.now(UTC)]
                )
                self.con.execute("commit")
            except Exception:
                self.con.execute("rollback")
                raise
            applied.append(f.name)
            log.info("applied migration %s", f.name)
        return applied

    # -- reading helpers -----------------------------------------------------------------

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict]:
        """Run a query and return rows as dicts."""
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def report(self, name: str, **params: Any) -> list[dict]:
        """Run ``sql/reports/<name>.sql`` with named parameters (``$name`` in the file)."""
        return self.rows(read_sql(f"reports/{name}"), params)

    def checkpoint(self) -> bool:
        """Write what the WAL holds into the database file now, as closing the store would.

        For when a writer knows its big writes are over but the store stays open a while:
        closing then has little left to do. Returns False (and closing does it) if DuckDB
        declines while other transactions run.
        """
        try:
            self.con.execute("checkpoint")
        except duckdb.Error as exc:
            log.info("checkpoint left to closing the store: %s", exc)
            return False
        return True

    def set_threads(self, n: int) -> int:
        """Set DuckDB's worker threads for the whole database (all cursors); return the old value.

        Ingest and analysis write in many small bulk statements that parallel operators do not
        speed up; on a small machine their extra threads only take CPU from the analysis worker
        processes (measured: about 5 % of the end-to-end CPU per post on 2 cores). Reports scan
        whole tables and want every thread back.
        """
        row = self.con.execute("select current_setting('threads')").fetchone()
        self.con.execute(f"set threads = {int(n)}")
        return int(row[0])  # type: ignore[index]

    def count(self, table: str) -> int:
        """Number of rows in one of our tables (names checked against a fixed list)."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        return int(self.con.execute(f"select count(*) from {table}").fetchone()[0])  # type: ignore[index]

    # -- ingest --------------------------------------------------------------------------

    def get_cursor(self, platform: str, partition: str) -> str | None:
        """The saved watermark of one partition, or ``None`` if it was never read."""
        row = self.con.execute(
            "select value from cursors where platform = ? and partition_key = ?",
            [platform, partition],
        ).fetchone()
        return None if row is None else row[0]

    def save_partition(
        self,
        platform: str,
        partition: str,
        pages: Sequence[Page],
        mentions: Sequence[Mention],
        cursor: str | None,
        run_id: str | None = None,
    ) -> int:
        """Store one partition's pages and mentions and move its cursor, atomically.

        Raw pages are appended (an identical page is stored once), mentions are merged on
        ``(platform, post_id)`` (metrics refreshed, nothing duplicated), and the cursor moves
        in the same transaction, so a crash leaves either all of it or none of it.

        Returns:
            How many mentions were new.
        """
        now = datetime.now(UTC)
        # Duplicates within the batch are dropped here rather than in SQL: a window over the
        # staged rows copies every column, payloads and raw JSON included (measured: about
        # 4 us per stored post of the ~50 ingest costs).
        unique: dict[str, tuple[Page, bytes]] = {}
        for p in pages:
            body = dumps_bytes(p.payload)
            unique.setdefault(_page_sha(p.platform, p.partition, body), (p, body))
        kept = [p for p, _ in unique.values()]
        page_tbl = pa.table(
            {
                "page_sha256": list(unique),
                "platform": [p.platform for p in kept],
                "partition_key": [p.partition for p in kept],
                "run_id": [run_id] * len(kept),
                "fetched_at": pa.array([now] * len(kept), pa.timestamp("us", tz="UTC")),
                "request": _json_array([dumps_bytes(p.request) for p in kept]),
                "payload": _json_array([body for _, body in unique.values()]),
            }
        )
        men_tbl = mentions_to_arrow(latest_copies(mentions))
        con = self.con

        def stage() -> None:
            con.register("stg_pages", page_tbl)
            con.register("stg_mentions", men_tbl)

        key = (platform, partition)
        merge_first = key in self._merging
        con.execute("begin")
        try:
            stage()
            new = None if merge_first else self._insert_new_mentions()
            if new is None:  # a post is stored already: merge instead (nothing written yet)
                if not merge_first:
                    con.execute("rollback")
                    con.execute("begin")
                    stage()  # registrations go with a rollback
                before = self._n_mentions()
                con.execute(_statements("insert_mentions+mentions_on_conflict"))
                new = self._n_mentions() - before
                # Learn for the partition's next batch; a batch of new posts only unlearns it.
                (self._merging.discard if new == men_tbl.num_rows else self._merging.add)(key)
            con.execute(read_sql("dml/insert_raw_pages"))
            if cursor is not None:
                self._set_cursor(platform, partition, cursor, now)
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        finally:
            con.unregister("stg_pages")
            con.unregister("stg_mentions")
        return new

    def _insert_new_mentions(self) -> int | None:
        """Insert ``stg_mentions`` if none is stored yet; None (statement failed) if one is.

        DuckDB's "on conflict" merge costs about four times a plain insert per row (measured:
        ~9 against ~2.3 us on the bench's posts), and most batches hold only new posts: they
        take the plain insert. A post already stored fails the whole statement on its key, and
        the caller merges instead. (Rows that break another constraint break the merge too.)
        """
        try:
            row = self.con.execute(_statements("insert_mentions")).fetchone()
        except duckdb.ConstraintException:
            return None
        return int(row[0]) if row else 0

    def _set_cursor(self, platform: str, partition: str, value: str, now: datetime) -> None:
        # Update, else insert: the cursor mostly exists already, and DuckDB plans an
        # "insert ... on conflict do update" three times slower than an update (~1 ms).
        row = self.con.execute(
            "update cursors set value = ?, updated_at = ? where platform = ? and partition_key = ?",
            [value, now, platform, partition],
        ).fetchone()
        if not row or not row[0]:
            self.con.execute(
                "insert into cursors values (?, ?, ?, ?)", [platform, partition, value, now]
            )

    def _n_mentions(self) -> int:
        return int(self.con.execute("select count(*) from mentions").fetchone()[0])  # type: ignore[index]

    # -- analysis ------------------------------------------------------------------------

    def unanalyzed_arrow(
        self, scorer_version: str, rules_version: str, limit: int, after_rowid: int = -1
    ) -> pa.Table:
        """Up to ``limit`` not-yet-analyzed mentions after ``after_rowid``, as an Arrow table.

        Columns in ``UNANALYZED_COLUMNS`` order; no Python objects are made in this process.
        Worker processes get the table (pickled as buffers) and build records themselves with
        ``mentions_from_table``, which keeps the parent, that also ingests, out of the per-row
        work.
        """
        params = {
            "scorer_version": scorer_version,
            "rules_version": rules_version,
            "after_rowid": after_rowid,
            "limit": limit,
        }
        cur = self.con.execute(read_sql("dml/select_unanalyzed"), params)
        with warnings.catch_warnings():
            # DuckDB warns that this copies the rows once; for one chunk that is fine.
            warnings.simplefilter("ignore", UserWarning)
            return cur.to_arrow_table()

    def unanalyzed(self, scorer_version: str, rules_version: str, limit: int) -> list[Mention]:
        """Up to ``limit`` mentions not yet analyzed by these scorer and rules versions."""
        return mentions_from_table(self.unanalyzed_arrow(scorer_version, rules_version, limit))

    def save_analysis(self, scores: pa.Table, flags: pa.Table, analyzed: pa.Table) -> None:
        """Replace scores and flags of the analyzed mentions for these versions, in one go.

        ``scores`` has columns platform, post_id, scorer_version, label, score;
        ``flags`` platform, post_id, rules_version, category, severity, rule, policy,
        evidence, span_start, span_end; ``analyzed`` platform, post_id, scorer_version,
        rules_version, is_excluded.
        """
        con = self.con

        def stage() -> None:
            con.register("stg_scores", scores)
            con.register("stg_flags", flags)
            con.register("stg_analyzed", analyzed)

        # Mentions analyzed for the first time (nearly every chunk) take plain inserts; the
        # replacing merge (_REANALYSIS) costs more per row and its deletes join the whole
        # scores table (measured: about 1.7 us of the ~12 the parent spends per analyzed post).
        con.execute("begin")
        try:
            stage()
            try:
                con.execute(_statements(*_FIRST_ANALYSIS))
            except duckdb.ConstraintException:  # analyzed before: replace (nothing written yet)
                con.execute("rollback")
                con.execute("begin")
                stage()  # registrations go with a rollback
                con.execute(_statements(*_REANALYSIS))
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        finally:
            for name in ("stg_scores", "stg_flags", "stg_analyzed"):
                con.unregister(name)

    # -- snapshot for readers ----------------------------------------------------------------

    def publish_snapshot(self) -> Path:
        """Copy the database to ``snapshot_path(self.path)`` for readers, replacing it atomically.

        DuckDB lets one process write a file, and a read-only connection from another process
        fails while it does; notebooks therefore read this copy, so an analyst never blocks a
        flow and a flow never blocks a notebook. Written under a temporary name and renamed
        over the old snapshot: a reader gets the old copy or the new one. COPY FROM DATABASE
        writes a fresh file, so rows deleted here (``forget``) are not carried over.
        """
        target = snapshot_path(self.path)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        row = self.con.execute("select current_database()").fetchone()
        catalog = str(row[0]) if row else "main"
        quoted = '"' + catalog.replace('"', '""') + '"'
        self.con.execute("attach ? as brandrisk_snapshot_out", [str(tmp)])
        try:
            self.con.execute(f"copy from database {quoted} to brandrisk_snapshot_out")
            self.con.execute(
                "create table brandrisk_snapshot_out.main.snapshot_info as"
                " select ?::timestamptz as published_at",
                [datetime.now(UTC)],
            )
            self.con.execute("detach brandrisk_snapshot_out")  # checkpoints: no .wal left
            os.replace(tmp, target)
        except BaseException:
            self.con.execute("detach database if exists brandrisk_snapshot_out")
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}.wal").unlink(missing_ok=True)
            raise
        log.info("published snapshot %s", target)
        return target

    # -- forgetting ------------------------------------------------------------------------

    def forget(
        self, platform: str, *, post_ids: Sequence[str] = (), author: str | None = None
    ) -> tuple[int, list[Any]]:
        """Remove posts everywhere: mentions, scores, flags, reviews, and their raw pages.

        A post deleted on the platform must be deletable here. Raw pages are rewritten
        without the post's item (the rest of the page is kept); a page left empty is deleted.
        Daily summaries are not touched here: re-summarize the returned days.

        Args:
            platform: ``x`` or ``reddit``.
            post_ids: the posts' ids (Reddit: fullnames like ``t3_abc``; a bare id matches
                the post and the comment with that id).
            author: also every post of this author (handle, without ``@``, or author id).

        Returns:
            How many mentions were removed, and when they were posted (to find the report days
            to summarize again).
        """
        ids = list(dict.fromkeys(str(i) for i in post_ids))
        if platform == "reddit":  # stored as fullnames; a bare id may be a post or a comment
            ids = list(dict.fromkeys(f for i in ids for f in fullname_candidates(i)))
        if author:
            ids += [
                r["post_id"]
                for r in self.rows(
                    "select post_id from mentions where platform = ?"
                    " and (lower(author_handle) = lower(?) or author_id = ?)",
                    [platform, author.lstrip("@"), author],
                )
                if r["post_id"] not in ids
            ]
        if not ids:
            return 0, []
        posted = [
            r["created_at"]
            for r in self.rows(
                "select distinct created_at from mentions"
                " where platform = ? and list_contains(?, post_id) order by 1",
                [platform, ids],
            )
        ]
        pages = self.rows(
            "select page_sha256, payload from raw_pages where platform = ?"
            " and list_has_any(?, regexp_extract_all(payload::varchar,"
            ' \'"(?:id|name)":"([^"]+)"\', 1))',
            [platform, ids],
        )
        wanted = set(ids)
        self.con.execute("begin")
        try:
            n = self.con.execute(
                "select count(*) from mentions where platform = ? and list_contains(?, post_id)",
                [platform, ids],
            ).fetchone()[0]  # type: ignore[index]
            for table in ("mentions", "sentiment_scores", "flags", "analyzed", "reviews"):
                self.con.execute(
                    f"delete from {table} where platform = ? and list_contains(?, post_id)",
                    [platform, ids],
                )
            for page in pages:
                payload = _without_items(json.loads(page["payload"]), wanted)
                if payload is None:
                    self.con.execute(
                        "delete from raw_pages where page_sha256 = ?", [page["page_sha256"]]
                    )
                else:
                    self.con.execute(
                        "update raw_pages set payload = ? where page_sha256 = ?",
                        [dumps(payload), page["page_sha256"]],
                    )
            self.con.execute("commit")
        except Exception:
            self.con.execute("rollback")
            raise
        log.info("forgot %d %s posts (%d raw pages rewritten)", n, platform, len(pages))
        return int(n), posted

    # -- reviews ---------------------------------------------------------------------------

    def review(
        self, flag_id: str, decision: str, *, reviewer: str | None = None, note: str | None = None
    ) -> dict[str, Any]:
        """Record an HR decision (``confirmed`` or ``dismissed``) on one flag.

        Args:
            flag_id: ``platform:post_id:rule`` as ``v_flags.flag_id`` and the reports show it.
            decision: ``confirmed`` or ``dismissed``; a dismissed post/rule pair never returns.
            reviewer: who decided (free text).
            note: why.

        Returns:
            The flag as it now stands in ``v_flags``.

        Raises:
            KeyError: no current flag has that id.
            ValueError: an unknown decision.
        """
        if decision not in {"confirmed", "dismissed"}:
            raise ValueError(f"decision must be 'confirmed' or 'dismissed', not {decision!r}")
        found = self.rows(
            "select platform, post_id, rule from v_flags where flag_id = ?", [flag_id]
        )
        if not found:
            raise KeyError(f"no flag {flag_id!r}; `brandrisk review list` shows the ids")
        f = found[0]
        self.con.execute(
            "insert or replace into reviews values (?, ?, ?, ?, ?, ?, ?)",
            [f["platform"], f["post_id"], f["rule"], decision, reviewer, note, datetime.now(UTC)],
        )
        return self.rows("select * from v_flags where flag_id = ?", [flag_id])[0]

    # -- runs, sources, summaries ----------------------------------------------------------

    def record_step(
        self,
        run_id: str,
        step: str,
        *,
        day: Any = None,
        started_at: datetime,
        status: str,
        n_in: int | None = None,
        n_out: int | None = None,
        detail: str | None = None,
    ) -> None:
        """Record (or overwrite) one step of a run, for ops to see what happened."""
        self.con.execute(
            "insert or replace into runs values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, step, day, started_at, datetime.now(UTC), status, n_in, n_out, detail],
        )

    def set_source_status(self, day: Any, platform: str, status: str, detail: str = "") -> None:
        """Say whether a platform's data for a day is complete (``ok``) or not."""
        self.con.execute(
            "insert or replace into source_status values (?, ?, ?, ?, ?)",
            [day, platform, status, detail, datetime.now(UTC)],
        )

    def record_delivery(
        self, day: Any, audience: str, channel: str, status: str, n_attempts: int, detail: str
    ) -> None:
        """Record the latest delivery outcome of one view on one channel for a day."""
        self.con.execute(
            "insert or replace into deliveries values (?, ?, ?, ?, ?, ?, ?)",
            [day, audience, channel, status, n_attempts, detail, datetime.now(UTC)],
        )

    def replace_daily_summary(self, row: dict[str, Any]) -> None:
        """Delete-and-insert the summary of one day: re-running a day never double counts."""
        cols = list(row)
        self.con.execute("begin")
        try:
            self.con.execute("delete from daily_summary where day = ?", [row["day"]])
            self.con.execute(
                f"insert into daily_summary ({', '.join(cols)}) "
                f"values ({', '.join('?' for _ in cols)})",
                [row[c] for c in cols],
            )
            self.con.execute("commit")
        except Exception:
            self.con.execute("rollback")
            raise

    def iter_days(self) -> Iterator[Any]:
        """Days that have a summary, oldest first."""
        for (day,) in self.con.execute("select day from daily_summary order by day").fetchall():
            yield day
