"""Deployments for ops: the hourly ingest and the morning report on a schedule, and rescore.

``brandrisk serve`` runs them with ``prefect.serve`` on one machine (no work pool needed);
``prefect deploy --all`` with ``prefect.yaml`` registers the same three on a Prefect server for
a process work pool. ``rescore`` has no schedule: ops trigger it after a scorer or rules
change. The report runs at a morning hour in the company's timezone. Serving also creates the
Prefect global concurrency limits the flows take slots of (``flows.limits``).
"""

from __future__ import annotations

from typing import Any

from prefect.schedules import Cron

from analysis.profile import Profile

HOURLY_CRON = "5 * * * *"  # five past every hour: the hour's posts have arrived
TAGS = ["brandrisk"]


def deployments(profile: Profile, profile_path: str, report_hour: int = 7) -> list[Any]:
    """The runner deployments for a profile: hourly ingest, the morning report, rescore.

    Args:
        profile: the company (its timezone sets the report hour).
        profile_path: path the scheduled runs load the profile from.
        report_hour: local hour (0-23) of the daily report.

    Raises:
        ValueError: ``report_hour`` outside 0-23.
    """
    if not 0 <= report_hour <= 23:
        raise ValueError(f"report hour must be 0-23, got {report_hour}")
    from flows.daily import daily, hourly_ingest, rescore

    params = {"profile": profile_path}
    return [
        hourly_ingest.to_deployment(
            name="hourly-ingest",
            schedule=Cron(HOURLY_CRON, timezone=profile.timezone),
            parameters=params,
            tags=[*TAGS, "ingest"],
            description=f"Fetch and score new mentions of {profile.name} every hour.",
            concurrency_limit=1,
        ),
        daily.to_deployment(
            name="daily-report",
            schedule=Cron(f"0 {report_hour} * * *", timezone=profile.timezone),
            parameters=params,
            tags=[*TAGS, "report"],
            description=f"{profile.name}'s brand-risk report for yesterday, at "
            f"{report_hour:02d}:00 {profile.timezone}.",
            concurrency_limit=1,
        ),
        rescore.to_deployment(
            name="rescore",
            parameters=params,
            tags=[*TAGS, "score"],
            description=f"Analyze {profile.name}'s stored mentions again after a scorer or rules "
            "change and rebuild the reports (run by hand; no schedule).",
            concurrency_limit=1,
        ),
    ]


def serve_all(profile: Profile, profile_path: str, report_hour: int = 7) -> None:
    """Create the missing global concurrency limits, then serve the deployments (blocks).

    Args:
        profile: the company (its timezone sets the report hour).
        profile_path: path the scheduled runs load the profile from.
        report_hour: local hour (0-23) of the daily report.
    """
    from prefect import serve

    from flows.limits import ensure_limits

    runnable = deployments(profile, profile_path, report_hour)  # checks report_hour first
    ensure_limits()  # logs each limit it creates; leaves existing (tuned) ones alone
    serve(*runnable)
