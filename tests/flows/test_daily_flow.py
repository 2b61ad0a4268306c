"""The Prefect ``daily`` flow for real, against a temporary Prefect server on loopback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows.settings import EXAMPLE_PROFILE
from flows.store import Store

pytestmark = pytest.mark.integration


def run(tmp_path: Path, recorded: Path, day: str, **kw: object) -> dict[str, str]:
    from flows.daily import daily

    return daily(
        day=day,
        profile=str(EXAMPLE_PROFILE),
        db=str(tmp_path / "b.duckdb"),
        out=str(tmp_path / "reports"),
        source="replay",
        replay_dir=str(recorded),
        **kw,
    )


def test_daily_runs_and_rerunning_a_day_changes_nothing(
    prefect_server: None, tmp_path: Path, recorded: Path
) -> None:
    files = run(tmp_path, recorded, "2026-10-01")
    run(tmp_path, recorded, "2026-10-02")
    for name in ("marketing.html", "hr.html", "marketing.md", "hr.md", "marketing.json"):
        assert Path(files[name]).stat().st_size > 0
    with Store.open(tmp_path / "b.duckdb", read_only=True) as store:
        counts = {t: store.count(t) for t in ("mentions", "sentiment_scores", "flags")}
        summary = store.rows("select * exclude (generated_at) from daily_summary order by day")
        assert [str(r["day"]) for r in summary] == ["2026-10-01", "2026-10-02"]
        assert counts["mentions"] == counts["sentiment_scores"] > 0
    again = run(tmp_path, recorded, "2026-10-02")
    with Store.open(tmp_path / "b.duckdb", read_only=True) as store:
        assert {t: store.count(t) for t in counts} == counts
        assert store.rows("select * exclude (generated_at) from daily_summary order by day") == (
            summary
        )
        runs = store.rows("select step, status from runs where step = 'analyze'")
        assert len(runs) == 3 and {r["status"] for r in runs} == {"ok"}
        # Nothing configured to send to: every channel is recorded as skipped, per day.
        sent = store.rows("select distinct status from deliveries")
        assert sent == [{"status": "skipped"}] and store.count("deliveries") == 8
    day_json = json.loads(Path(again["marketing.json"]).read_text())
    assert day_json["summary"]["n_mentions"] == summary[1]["n_mentions"]
    assert day_json["missing_sources"] == []
    index = (tmp_path / "reports" / "index.html").read_text()
    assert "2026-10-01/marketing.html" in index and "2026-10-02/hr.html" in index


def test_a_missing_source_is_reported_not_hidden(
    prefect_server: None, tmp_path: Path, recorded: Path
) -> None:
    shutil.rmtree(recorded / "reddit" / "2026-10-03")
    files = run(tmp_path, recorded, "2026-10-03")
    md = Path(files["marketing.md"]).read_text()
    html = Path(files["marketing.html"]).read_text()
    assert "Incomplete data" in md and "reddit" in md
    assert 'id="missing-sources"' in html
    with Store.open(tmp_path / "b.duckdb", read_only=True) as store:
        row = store.rows("select missing_sources, n_reddit from daily_summary")[0]
        assert row == {"missing_sources": "reddit", "n_reddit": 0}


def test_a_broken_recorded_page_fails_only_its_platform(
    prefect_server: None, tmp_path: Path, recorded: Path
) -> None:
    page = sorted((recorded / "x" / "2026-10-04").glob("*.json"))[0]
    page.write_text('{"request": {}, "response": {"data": [')  # truncated JSON
    files = run(tmp_path, recorded, "2026-10-04")
    summary = json.loads(Path(files["marketing.json"]).read_text())
    assert [m["platform"] for m in summary["missing_sources"]] == ["x"]
    assert "MalformedPage" in summary["missing_sources"][0]["detail"]
    assert summary["summary"]["n_reddit"] > 0


def test_backfill_and_hourly_ingest(
    prefect_server: None, tmp_path: Path, recorded: Path, capsys
) -> None:
    from flows.cli import main
    from flows.daily import hourly_ingest

    db = tmp_path / "b.duckdb"
    n = hourly_ingest(
        profile=str(EXAMPLE_PROFILE), db=str(db), source="replay", replay_dir=str(recorded),
        day="2026-10-01",
    )  # fmt: skip
    assert n > 0
    argv = ["backfill", "--from", "2026-10-01", "--to", "2026-10-03", "--db", str(db),
            "--out", str(tmp_path / "r"), "--source", "replay", "--replay-dir", str(recorded),
            "--profile", str(EXAMPLE_PROFILE)]  # fmt: skip
    assert main(argv) == 0
    assert "backfilled 3 days" in capsys.readouterr().out
    with Store.open(db, read_only=True) as store:
        assert store.count("daily_summary") == 3
        # The hourly run already stored day 1: the backfill added no duplicate.
        assert store.count("mentions") == store.count("analyzed")
    assert main([*argv[:2], "2026-10-05", "--to", "2026-10-04", *argv[5:]]) == 1


def test_a_failed_run_notifies_ops(
    prefect_server: None, tmp_path: Path, recorded: Path, monkeypatch
) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    got: list[str] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"])))["text"])
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("BRANDRISK_WEBHOOK_OPS_URL", f"http://127.0.0.1:{server.server_address[1]}/")
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "Acme"\ntimezone = "Nowhere/Never"\n')
    from flows.daily import daily

    try:
        with pytest.raises(Exception, match="timezone"):
            daily(day="2026-10-01", profile=str(broken), db=str(tmp_path / "b.duckdb"),
                  source="replay", replay_dir=str(recorded))  # fmt: skip
    finally:
        server.shutdown()
    assert len(got) == 1 and "daily" in got[0] and "failed" in got[0]
