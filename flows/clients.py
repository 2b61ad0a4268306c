"""Build the platform client ports a run uses, from settings: live APIs or recorded pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from connectors.base import AuthError
from flows.settings import Settings


def make_client(settings: Settings, platform: str, day: date) -> Any:
    """Return the client port for one platform.

    Args:
        settings: the run's settings; ``source`` picks live APIs or replay.
        platform: ``x`` or ``reddit``.
        day: the report day; replay serves the pages recorded for it.

    Raises:
        AuthError: live mode without the credentials, naming the setting to fix.
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

            if settings.x_bearer_token is None:
                raise AuthError("X bearer token is missing: set BRANDRISK_X_BEARER_TOKEN")
            return TweepyXClient(settings.x_bearer_token.get_secret_value())
        if platform == "reddit":
            from connectors.reddit import PrawRedditClient

            if settings.reddit_client_id is None or settings.reddit_client_secret is None:
                raise AuthError(
                    "Reddit credentials are missing: set BRANDRISK_REDDIT_CLIENT_ID and "
                    "BRANDRISK_REDDIT_CLIENT_SECRET"
                )
            return PrawRedditClient(
                settings.reddit_client_id.get_secret_value(),
                settings.reddit_client_secret.get_secret_value(),
                settings.reddit_user_agent,
            )
    raise ValueError(f"unknown platform {platform!r}; expected 'x' or 'reddit'")
