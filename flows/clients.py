"""Build the platform client ports a run uses, from settings: live APIs or recorded pages."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from flows.secrets import require
from flows.settings import Settings

if TYPE_CHECKING:
    from connectors.x import ArchiveWindow


def make_client(settings: Settings, platform: str, day: date) -> Any:
    """Return the client port for one platform.

    Live credentials come from settings (env ``BRANDRISK_*``, ``.env``) or else from Prefect
    Secret blocks (``flows.secrets``). With ``x_search = "all"`` the X client reads the report
    day (company timezone) from X's full archive instead of the last 7 days.

    Args:
        settings: the run's settings; ``source`` picks live APIs or replay.
        platform: ``x`` or ``reddit``.
        day: the report day; replay serves the pages recorded for it.

    Raises:
        AuthError: live mode without the credentials, naming the setting and block to fix.
        ValueError: an unknown platform.
    """
    if settings.source == "replay":
        from connectors.replay import ReplayRedditClient, ReplayXClient

        if platform == "x":
            return ReplayXClient(settings.replay_dir, day)
        if platform == "reddit":
            return ReplayRedditClient(settings.replay_dir, day)
    else:
        if platform == "x":
            from connectors.x import TweepyXClient

            token = require(settings, "x_bearer_token", "X bearer token")
            window = archive_window(settings, day) if settings.x_search == "all" else None
            return TweepyXClient(token, archive_window=window)
        if platform == "reddit":
            from connectors.reddit import PrawRedditClient

            return PrawRedditClient(
                require(settings, "reddit_client_id", "Reddit client id"),
                require(settings, "reddit_client_secret", "Reddit client secret"),
                settings.reddit_user_agent,
            )
    raise ValueError(f"unknown platform {platform!r}; expected 'x' or 'reddit'")


def archive_window(settings: Settings, day: date) -> ArchiveWindow:
    """The report day as a UTC window: company-local midnight to the next midnight."""
    from analysis.profile import load_profile
    from connectors.x import ArchiveWindow

    tz = load_profile(settings.profile).tz
    start = datetime.combine(day, time(), tz)
    end = datetime.combine(day + timedelta(days=1), time(), tz)
    return ArchiveWindow(start.astimezone(UTC), end.astimezone(UTC))
