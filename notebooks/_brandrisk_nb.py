"""What the analyst notebooks share: the read-only snapshot, the report SQL, masking.

Notebooks never open the database a flow writes. DuckDB lets one process hold a file for
writing, and a read-only connection from another process fails while it does; the other way
round, a notebook holding the file open would make the next flow wait for its lock. So flows
publish a copy after each run, ``<name>.snapshot.duckdb`` beside ``<name>.duckdb``, written to a
temporary file and renamed over the old one (atomic). A notebook reads that copy: a flow never
waits for it, and a notebook that is open while the next copy is published keeps reading the
one it opened (the old file stays readable until closed) and sees the new one when re-run.

The snapshot is only made here when none exists yet (a database from before flows published
one), by attaching the main file read-only for the second the copy takes.

Command line (used by ``make lab``)::

    python notebooks/_brandrisk_nb.py refresh [DB]   # publish a snapshot if missing or stale
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

REPO = Path(__file__).resolve().parent.parent
SCHEMA_SQL = REPO / "sql" / "schema"
REPORTS_SQL = REPO / "sql" / "reports"
DEMO_DB = REPO / "demo-output" / "brandrisk.duckdb"
SNAPSHOT_SUFFIX = ".snapshot.duckdb"
_OUT_ALIAS = "brandrisk_snapshot_out"
_SRC_ALIAS = "brandrisk_source"


class DatabaseBusy(RuntimeError):
    """A flow holds the database for writing and no snapshot has been published yet."""


# -- where things are ----------------------------------------------------------------------


def default_db() -> Path:
    """The database notebooks read: ``$BRANDRISK_DB`` if set, else the demo's."""
    env = os.environ.get("BRANDRISK_DB")
    return Path(env) if env else DEMO_DB


def snapshot_path(db: str | Path) -> Path:
    """The copy readers open: ``brandrisk.duckdb`` -> ``brandrisk.snapshot.duckdb`` beside it."""
    p = Path(db)
    return p.with_name(p.name.removesuffix(".duckdb") + SNAPSHOT_SUFFIX)


# -- publishing ------------------------------------------------------------------------------


def copy_database(
    con: duckdb.DuckDBPyConnection, catalog: str, target: str | Path, *, migrate: bool = False
) -> Path:
    """Copy the attached database ``catalog`` of ``con`` to ``target``, replacing it atomically.

    The copy is written to a temporary file beside ``target`` and renamed over it, so a reader
    opening ``target`` gets the old copy or the new one, never half of one. It holds every table
    and view of the source, plus ``snapshot_info(published_at)``. This is the same code a flow
    runs on its own write connection after a run (``Store.publish_snapshot``).

    Args:
        con: a connection on which ``catalog`` is attached (the flow's own, or an in-memory one
            with the database attached read-only).
        catalog: the database name in ``con`` (``select current_database()`` for the main one).
        target: the snapshot file.
        migrate: also apply to the copy the ``sql/schema`` migrations the source lacks (views
            such as ``v_analyst_mentions`` for a database no flow of this checkout has opened
            yet). A flow's own database is migrated already.

    Returns:
        ``target`` as a path.
    """
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    quoted = '"' + catalog.replace('"', '""') + '"'
    con.execute(f"attach ? as {_OUT_ALIAS}", [str(tmp)])
    try:
        con.execute(f"copy from database {quoted} to {_OUT_ALIAS}")
        if migrate:
            _migrate_copy(con)
        con.execute(
            f"create table {_OUT_ALIAS}.main.snapshot_info as "
            "select ?::timestamptz as published_at",
            [datetime.now(UTC)],
        )
        con.execute(f"detach {_OUT_ALIAS}")  # detaching checkpoints: no .wal left beside it
        os.replace(tmp, target)
    except BaseException:
        con.execute(f"detach database if exists {_OUT_ALIAS}")
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        raise
    return target


def _migrate_copy(con: duckdb.DuckDBPyConnection) -> None:
    """Apply missing ``sql/schema`` files to the copy being written (as ``Store.migrate`` does)."""
    done = {
        r[0]
        for r in con.execute(f"select name from {_OUT_ALIAS}.main.schema_migrations").fetchall()
    }
    con.execute(f"use {_OUT_ALIAS}")  # the migrations name their tables without a catalog
    try:
        for f in sorted(SCHEMA_SQL.glob("*.sql")):
            if f.name not in done:
                con.execute(f.read_text(encoding="utf-8"))
                con.execute(
                    "insert into schema_migrations values (?, ?)", [f.name, datetime.now(UTC)]
                )
    finally:
        con.execute("use memory")


def publish_snapshot(db: str | Path) -> Path:
    """Make the snapshot of ``db`` from a process that does not hold it (attached read-only).

    Raises:
        FileNotFoundError: ``db`` does not exist.
        DatabaseBusy: a flow is writing ``db`` right now.
    """
    db = Path(db)
    if not db.exists():
        raise FileNotFoundError(f"{db}: no database yet; run `make demo` or `brandrisk run` first")
    con = duckdb.connect()
    try:
        con.execute("set enable_progress_bar = false")
        try:
            con.execute(f"attach ? as {_SRC_ALIAS} (read_only)", [str(db)])
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            raise DatabaseBusy(
                f"{db} is being written by a flow and has no usable snapshot yet; the flow "
                f"publishes {snapshot_path(db).name} when its run ends: re-run this cell then"
            ) from exc
        return copy_database(con, _SRC_ALIAS, snapshot_path(db), migrate=True)
    finally:
        con.close()


def is_stale(db: str | Path) -> bool:
    """The snapshot is missing or older than the database file."""
    snap = snapshot_path(db)
    return not snap.exists() or snap.stat().st_mtime < Path(db).stat().st_mtime


# -- reading ---------------------------------------------------------------------------------


def open_snapshot(db: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the snapshot of ``db`` (default ``default_db()``) read-only.

    Only when no snapshot exists yet, or it predates the analyst views, is one made from
    ``db`` (see ``publish_snapshot``); otherwise ``db`` itself is never opened, so a running
    flow is never in the way.
    """
    db = Path(db) if db else default_db()
    snap = snapshot_path(db)
    if not snap.exists():
        publish_snapshot(db)
    con = duckdb.connect(str(snap), read_only=True)
    if not _has_view(con, "v_analyst_mentions"):
        con.close()
        publish_snapshot(db)
        con = duckdb.connect(str(snap), read_only=True)
    con.execute("set TimeZone = 'UTC'")
    return con


def _has_view(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = con.execute("select count(*) from duckdb_views() where view_name = ?", [name])
    return bool(found.fetchone()[0])  # type: ignore[index]


def describe(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the snapshot holds: when published, how many mentions, which days, the timezone."""
    tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    published = None
    if "snapshot_info" in tables:
        published = con.execute("select max(published_at) from snapshot_info").fetchone()[0]  # type: ignore[index]
    row = con.execute(
        "select count(*), min(local_day), max(local_day), any_value(timezone)"
        " from v_analyst_mentions"
    ).fetchone()
    assert row is not None
    last_run = con.execute("select max(finished_at) from runs").fetchone()[0]  # type: ignore[index]
    return {
        "snapshot": con.execute(
            "select path from duckdb_databases() where database_name = current_database()"
        ).fetchone()[0],  # type: ignore[index]
        "published_at": published,
        "last_run_finished_at": last_run,
        "n_mentions": row[0],
        "first_day": row[1],
        "last_day": row[2],
        "timezone": row[3],
    }


def pick_day(con: duckdb.DuckDBPyConnection, day: str | date | None) -> date:
    """``day`` as a date; empty means the latest company-local day with mentions."""
    if isinstance(day, date):
        return day
    if day:
        return date.fromisoformat(day)
    latest = con.execute("select max(local_day) from v_analyst_mentions").fetchone()[0]  # type: ignore[index]
    if latest is None:
        raise LookupError("the snapshot holds no mentions yet")
    return latest


def report_sql(name: str) -> str:
    """The text of ``sql/reports/<name>.sql``."""
    return (REPORTS_SQL / f"{name}.sql").read_text(encoding="utf-8")


def query(con: duckdb.DuckDBPyConnection, sql: str, **params: Any) -> Any:
    """Run SQL with named parameters (``$name``) and return a pandas DataFrame."""
    return con.execute(sql, params or None).df()


def report(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> Any:
    """Run ``sql/reports/<name>.sql`` with named parameters; a pandas DataFrame."""
    return query(con, report_sql(name), **params)


def data_dictionary(con: duckdb.DuckDBPyConnection, view: str) -> Any:
    """Columns of ``view`` with their type and documented meaning."""
    return query(
        con,
        "select column_name, data_type, comment from duckdb_columns()"
        " where table_name = $view order by column_index",
        view=view,
    )


def mask(texts: Iterable[str | None]) -> list[str]:
    """Mask personal data and secrets (``analysis.masking.mask_text``) before showing text."""
    from analysis.masking import mask_text  # cleans first: zero-width tricks do not hide a card

    return [mask_text(t or "") for t in texts]


# -- command line ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """``refresh [DB]``: publish a snapshot when it is missing or older than the database."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "refresh" or len(args) > 2:
        print("usage: python notebooks/_brandrisk_nb.py refresh [DB]", file=sys.stderr)
        return 2
    db = Path(args[1]) if len(args) > 1 else default_db()
    if not db.exists():
        print(f"{db}: no database yet; run `make demo` first", file=sys.stderr)
        return 1
    if not is_stale(db):
        print(f"snapshot {snapshot_path(db)} is up to date")
        return 0
    try:
        print(f"published {publish_snapshot(db)}")
    except DatabaseBusy:
        # A flow is running; it publishes a fresh snapshot when it ends.
        print(f"{db} is being written by a flow; notebooks read the last snapshot meanwhile")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
