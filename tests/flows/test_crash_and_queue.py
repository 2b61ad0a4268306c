"""A crash half-way through ingest, then a clean resume; two writers started together queue."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from analysis.profile import Profile, load_profile
from connectors.replay import ReplayRedditClient, ReplayXClient, recorded_days
from flows.ingest import ingest_partition, partitions
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store

ROOT = Path(__file__).resolve().parents[2]


class Crashing(ReplayXClient):
    """Replays a day, but the process 'dies' on the second page."""

    def search_recent(self, query, **kw):  # type: ignore[no-untyped-def]
        if kw.get("next_token"):
            raise KeyboardInterrupt("power cut")
        return super().search_recent(query, **kw)


def test_crash_mid_partition_then_resume(tmp_path: Path, recorded: Path, example: Profile) -> None:
    busy = max(
        recorded_days(recorded, "x"),
        key=lambda d: len(list((recorded / "x" / d.isoformat()).glob("*.json"))),
    )
    part = partitions(example, "x")[0]
    with Store.open(tmp_path / "clean.duckdb") as clean:
        ingest_partition(clean, ReplayXClient(recorded, busy), "x", part, max_requests=99)
        expected = clean.rows("select post_id, n_likes from mentions order by post_id")
    with Store.open(tmp_path / "b.duckdb") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest_partition(store, Crashing(recorded, busy), "x", part, max_requests=99)
        assert store.get_cursor("x", part) is None  # the partition did not finish
        ingest_partition(store, ReplayXClient(recorded, busy), "x", part, max_requests=99)
        assert store.rows("select post_id, n_likes from mentions order by post_id") == expected
        assert store.get_cursor("x", part) is not None


@pytest.mark.integration
def test_two_writer_runs_started_together_queue_and_do_not_double(
    tmp_path: Path, recorded: Path
) -> None:
    db = tmp_path / "b.duckdb"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "ph"), "BRANDRISK_LOCK_WAIT_S": "300"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run", "--day", day, "--db", str(db),
             "--out", str(tmp_path / "r"), "--source", "replay", "--replay-dir", str(recorded),
             "--profile", str(EXAMPLE_PROFILE), "--no-send"],
            cwd=ROOT, env={**env, "PREFECT_HOME": str(tmp_path / f"ph-{i}")},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        for i, day in enumerate(("2026-10-01", "2026-10-01"))
    ]  # fmt: skip
    outs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    # Both runs did the same day (days out of order would rightly skip older posts: X's
    # since_id). One after the other in one process is the reference.
    with Store.open(tmp_path / "expected.duckdb") as ref:
        profile = load_profile(EXAMPLE_PROFILE)
        for day in (date(2026, 10, 1),):
            for platform, client in (("x", ReplayXClient(recorded, day)),
                                     ("reddit", ReplayRedditClient(recorded, day))):  # fmt: skip
                for part in partitions(profile, platform):
                    ingest_partition(ref, client, platform, part, max_requests=99)
        expected = ref.rows("select platform, post_id from mentions order by all")
    with Store.open(db, read_only=True) as store:
        assert store.count("daily_summary") == 1
        assert (
            store.count("runs") > 0
            and store.rows("select count(distinct run_id) as n from runs where step = 'report'")[0][
                "n"
            ]
            == 2
        )
        assert store.rows("select platform, post_id from mentions order by all") == expected
        assert store.count("analyzed") == len(expected)
