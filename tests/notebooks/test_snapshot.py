"""Never in each other's way: notebooks read the snapshot; a flow writes the database.

A notebook holding its connection open must not stop a flow from taking the write lock, and a
flow holding the write lock must not stop a notebook from opening or reading.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flows.store import Store
from tests.notebooks.support import NOTEBOOKS, FlowsDb, helper, publish, run_day

# A notebook in another process: opens the snapshot as the notebooks do, reads, then reads
# again each time it gets a line on stdin, and stops on "stop".
READER = textwrap.dedent(
    """
    import sys
    import _brandrisk_nb as nb
    con = nb.open_snapshot(sys.argv[1])
    count = "select count(*) from v_analyst_mentions"
    print(con.execute(count).fetchone()[0], flush=True)
    for line in sys.stdin:
        if line.strip() == "stop":
            break
        print(con.execute(count).fetchone()[0], flush=True)
    con.close()
    """
)


def python(code: str, *args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=NOTEBOOKS,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        **kw,  # type: ignore[arg-type]
    )


def count_in_new_notebook(db: Path) -> int:
    done = python(
        "import sys, _brandrisk_nb as nb; con = nb.open_snapshot(sys.argv[1]);"
        "print(con.execute('select count(*) from mentions').fetchone()[0])",
        str(db),
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_open_notebook_and_running_flow_do_not_block_each_other(own_db: FlowsDb) -> None:
    db = own_db.path
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)],
        cwd=NOTEBOOKS,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdin and reader.stdout
    try:
        before = int(reader.stdout.readline())
        assert before > 0
        # The flow takes the write lock at once (no waiting) while the notebook is open...
        with Store.open(db, wait_s=0) as store:
            run_day(store, own_db.recorded, own_db.profile, own_db.next_day)
            after = store.count("mentions")
            assert after > before
            # ...the open notebook keeps reading while the flow writes...
            reader.stdin.write("read\n")
            reader.stdin.flush()
            assert int(reader.stdout.readline()) == before
            # ...a notebook opened now works too, while the flow still holds the database...
            assert count_in_new_notebook(db) == before
            # ...whereas reading the database itself would fail: this is why the snapshot.
            direct = python(
                "import sys, duckdb; duckdb.connect(sys.argv[1], read_only=True)", str(db)
            )
            assert direct.returncode != 0 and "lock" in direct.stderr.lower()
            # The flow publishes over the snapshot the notebook has open.
            publish(store)
            reader.stdin.write("read\n")
            reader.stdin.flush()
            assert int(reader.stdout.readline()) == before  # its own copy, consistent
        # Re-running the notebook shows the new day.
        assert count_in_new_notebook(db) == after
        reader.stdin.write("stop\n")
        reader.stdin.flush()
        assert reader.wait(timeout=30) == 0, reader.stderr.read() if reader.stderr else ""
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()


def test_snapshot_is_made_once_when_missing(own_db: FlowsDb) -> None:
    nb = helper()
    snap = nb.snapshot_path(own_db.path)
    assert snap.name == "brandrisk.snapshot.duckdb"
    snap.unlink()
    # A flow is writing and there is no snapshot yet: a clear message, the flow unharmed.
    # (Another process: DuckDB's file lock does not stop the process that holds it.)
    with Store.open(own_db.path, wait_s=0):
        busy = python(
            "import sys, _brandrisk_nb as nb; nb.open_snapshot(sys.argv[1])", str(own_db.path)
        )
        assert busy.returncode != 0
        assert "DatabaseBusy" in busy.stderr and "re-run this cell" in busy.stderr
        assert not snap.exists()
        assert not list(snap.parent.glob(f".{snap.name}*"))  # no temporary left behind
    con = nb.open_snapshot(own_db.path)
    try:
        assert con.execute("select count(*) from v_analyst_mentions").fetchone()[0] > 0
        assert con.execute("select count(*) from snapshot_info").fetchone()[0] == 1
    finally:
        con.close()
    # A flow can take the database right after (the notebook never held it).
    with Store.open(own_db.path, wait_s=0):
        pass


def test_missing_database_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make demo"):
        helper().open_snapshot(tmp_path / "nothing.duckdb")


def test_refresh_command_publishes_only_when_stale(own_db: FlowsDb) -> None:
    nb = helper()
    script = str(NOTEBOOKS / "_brandrisk_nb.py")
    snap = nb.snapshot_path(own_db.path)
    old = snap.stat().st_mtime - 60
    os.utime(snap, (old, old))
    out = subprocess.run(
        [sys.executable, script, "refresh", str(own_db.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "published" in out.stdout
    out = subprocess.run(
        [sys.executable, script, "refresh", str(own_db.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "up to date" in out.stdout
    with Store.open(own_db.path, wait_s=0):  # a flow is running: skip, do not fail
        os.utime(snap, (old, old))
        out = subprocess.run(
            [sys.executable, script, "refresh", str(own_db.path)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "being written" in out.stdout


def test_snapshot_path_agrees_with_flows() -> None:
    import flows.store

    if not hasattr(flows.store, "snapshot_path"):
        pytest.skip("flows.store.snapshot_path not wired yet (publish hook, issue 8)")
    for name in ("brandrisk.duckdb", "x/y/other.db"):
        assert flows.store.snapshot_path(name) == helper().snapshot_path(name)


def test_snapshot_of_an_older_database_gets_the_analyst_views(own_db: FlowsDb) -> None:
    # A database no flow of this checkout has opened yet lacks 003: the copy gets it, the
    # database itself is left alone (the next flow run migrates it).
    nb = helper()
    with Store.open(own_db.path) as store:
        store.con.execute("drop view v_analyst_daily; drop view v_analyst_mentions")
        store.con.execute("delete from schema_migrations where name = '003_analyst_views.sql'")
        publish(store)  # what an older flow published: no analyst views either
    con = nb.open_snapshot(own_db.path)
    try:
        assert con.execute("select count(*) from v_analyst_daily").fetchone()[0] > 0
    finally:
        con.close()
    import duckdb

    main = duckdb.connect(str(own_db.path), read_only=True)
    try:
        views = {r[0] for r in main.execute("select view_name from duckdb_views()").fetchall()}
        assert "v_analyst_mentions" not in views
    finally:
        main.close()
