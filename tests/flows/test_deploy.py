"""Deployments for ops: schedules in the company's timezone, and prefect.yaml in step."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from analysis.profile import Profile
from flows.deploy import HOURLY_CRON, deployments

ROOT = Path(__file__).resolve().parents[2]


def test_deployments_run_hourly_and_each_morning_in_company_time(example: Profile) -> None:
    hourly, report, rescore = deployments(example, "/srv/acme.toml", report_hour=6)
    assert (hourly.name, report.name, rescore.name) == ("hourly-ingest", "daily-report", "rescore")
    assert not rescore.schedules  # ops start it by hand after a version change
    assert hourly.schedules[0].schedule.cron == HOURLY_CRON
    assert report.schedules[0].schedule.cron == "0 6 * * *"
    assert report.schedules[0].schedule.timezone == example.timezone == "America/New_York"
    assert report.parameters == {"profile": "/srv/acme.toml"}
    assert "BEARER" not in str(report.parameters).upper()


def test_report_hour_is_checked(example: Profile) -> None:
    with pytest.raises(ValueError, match="0-23"):
        deployments(example, "p.toml", report_hour=24)


def test_prefect_yaml_points_at_real_flows() -> None:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    names = {d["name"] for d in spec["deployments"]}
    assert names == {"hourly-ingest", "daily-report", "rescore"}
    for d in spec["deployments"]:
        path, func = d["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert getattr(module, func).name in {"daily", "hourly-ingest", "rescore"}
        assert d["work_pool"]["name"] == "brandrisk"
        if d["name"] == "rescore":
            assert "schedules" not in d  # run by hand after a version change
        else:
            assert d["schedules"][0]["timezone"] == "America/New_York"


def test_serve_creates_the_limits_then_serves_the_deployments(
    example: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    import prefect

    from flows import deploy, limits

    calls: list[object] = []
    monkeypatch.setattr(limits, "ensure_limits", lambda: calls.append("limits") or [])
    monkeypatch.setattr(prefect, "serve", lambda *ds: calls.append([d.name for d in ds]))
    deploy.serve_all(example, "/srv/acme.toml", report_hour=6)
    assert calls == ["limits", ["hourly-ingest", "daily-report", "rescore"]]
    calls.clear()
    with pytest.raises(ValueError, match="0-23"):
        deploy.serve_all(example, "/srv/acme.toml", report_hour=25)
    assert calls == []  # a bad hour is refused before the API is touched
