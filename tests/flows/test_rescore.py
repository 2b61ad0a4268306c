"""``brandrisk rescore``: after a scorer change, history is analyzed again and reports rebuilt."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from analysis.profile import Profile
from analysis.sentiment import scorer_version
from connectors.replay import ReplayRedditClient, ReplayXClient
from flows.cli import main
from flows.ingest import ingest_partition, partitions
from flows.report import build_summary, write_reports
from flows.score import analyze_pending
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store, snapshot_path

DAYS = [date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 3)]


@pytest.fixture
def reported(tmp_path: Path, recorded: Path, example: Profile) -> Path:
    """Three days ingested, analyzed by the default scorer and reported."""
    db = tmp_path / "b.duckdb"
    with Store.open(db) as store:
        for day in DAYS:
            clients = (ReplayXClient(recorded, day), ReplayRedditClient(recorded, day))
            for platform, client in zip(("x", "reddit"), clients, strict=True):
                for part in partitions(example, platform):
                    ingest_partition(store, client, platform, part, max_requests=99)
        analyze_pending(store, example)
        for day in DAYS:
            write_reports(build_summary(store, example, day), tmp_path / "reports")
    return db


def test_rescore_analyzes_everything_again_and_rebuilds_the_days_asked(
    reported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    old, new = scorer_version("default"), scorer_version("vader")
    monkeypatch.setenv("BRANDRISK_SCORER", "vader")  # the change ops made
    argv = ["rescore", "--from", "2026-10-02", "--to", "2026-10-03", "--db", str(reported),
            "--out", str(tmp_path / "reports"), "--profile", str(EXAMPLE_PROFILE)]  # fmt: skip
    assert main(argv) == 0
    with Store.open(reported, read_only=True) as store:
        n = store.count("mentions")
        assert f"analyzed {n} mentions with {new}" in capsys.readouterr().out
        versions = store.rows("select distinct scorer_version from analyzed")
        assert versions == [{"scorer_version": new}]
        # Old scores stay (per version); the reports read the newest.
        assert store.count("sentiment_scores") == 2 * n
        summary = store.rows("select day, scorer_version from daily_summary order by day")
    assert [r["scorer_version"] for r in summary] == [old, new, new]
    day2 = json.loads((tmp_path / "reports" / "2026-10-02" / "marketing.json").read_text())
    assert new in json.dumps(day2)
    # Nothing left to do: a second rescore only rebuilds.
    assert main(argv) == 0
    assert f"analyzed 0 mentions with {new}" in capsys.readouterr().out


def test_rescore_checks_its_arguments(tmp_path: Path, capsys) -> None:
    assert main(["rescore", "--from", "2026-10-03", "--to", "2026-10-02"]) == 1
    assert "before --from" in capsys.readouterr().err
    assert main(["rescore", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no database yet" in capsys.readouterr().err


@pytest.mark.integration
def test_the_rescore_flow_does_the_same_for_ops(
    prefect_server: None, reported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The `rescore` deployment runs this flow; what it leaves must match the command's.
    from flows.daily import rescore

    new = scorer_version("vader")
    monkeypatch.setenv("BRANDRISK_SCORER", "vader")
    n = rescore(
        profile=str(EXAMPLE_PROFILE), db=str(reported), out=str(tmp_path / "reports"),
        since="2026-10-03",
    )  # fmt: skip
    with Store.open(reported, read_only=True) as store:
        assert n == store.count("mentions") > 0
        assert store.rows("select distinct scorer_version from analyzed") == [
            {"scorer_version": new}
        ]
        summary = store.rows("select day, scorer_version from daily_summary order by day")
        steps = store.rows("select step, status from runs order by started_at")
    first, *_, last = (r["scorer_version"] for r in summary)
    assert last == new
    assert first != new  # before `since`: left alone
    assert {"step": "analyze", "status": "ok"} in steps
    assert (tmp_path / "reports" / "2026-10-03" / "hr.html").is_file()
    assert snapshot_path(reported).exists()  # readers see the new scores
    again = rescore(profile=str(EXAMPLE_PROFILE), db=str(reported), out=str(tmp_path / "r2"))
    assert again == 0  # nothing left to analyze
