"""``brandrisk record``: save raw pages from the live APIs in the layout replay reads.

Users build their own fixtures and demos from it. Nothing is stored in DuckDB. Requests are
saved without credentials (they never carry any: tokens travel in headers, which are not
recorded), and any request field whose name looks secret is blanked all the same.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from analysis.profile import Profile
from connectors.base import BudgetExhausted, MalformedPage
from connectors.replay import dump_page, page_path
from flows.clients import make_client
from flows.ingest import open_partition, partitions
from flows.settings import Settings

log = logging.getLogger(__name__)

_SECRET_WORDS = ("token", "secret", "password", "authorization", "bearer", "key")


def scrub(request: dict[str, Any]) -> dict[str, Any]:
    """A copy of a request dict with secret-looking fields blanked (``next_token`` kept)."""
    return {
        k: ("***" if any(w in k.lower() for w in _SECRET_WORDS) and k != "next_token" else v)
        for k, v in request.items()
    }


def record(settings: Settings, profile: Profile, out_dir: Path, day: date) -> dict[str, int]:
    """Fetch every partition of every platform from the live APIs and write the pages.

    Subreddit comment streams are written trimmed to the comments that name the company,
    as ingest stores them.

    Args:
        settings: credentials and request budgets (``source`` is taken as ``live``).
        profile: the company, for the queries.
        out_dir: root of the replay layout.
        day: the folder day the pages are filed under.

    Returns:
        Pages written per platform.
    """
    live = settings.model_copy(update={"source": "live"})
    written: dict[str, int] = {}
    for platform in live.platforms:
        client = make_client(live, platform, day)
        budget = live.x_max_requests if platform == "x" else live.reddit_max_requests
        n = 0
        for part in partitions(profile, platform):
            pages, _ = open_partition(client, platform, part, None, max_requests=budget)
            try:
                for page, _ in pages:
                    if page.watermark is not None and not page.payload["data"]["children"]:
                        continue  # comments that all named something else: nothing to keep
                    n += 1
                    dump_page(
                        page_path(out_dir, platform, day, n),
                        request=scrub(page.request),
                        response=page.payload,
                    )
            except BudgetExhausted as exc:
                log.info("%s: %s", platform, exc)
            except MalformedPage as exc:  # the pages before it are written; go on
                log.error("%s %r: skipped the rest of the partition: %s", platform, part, exc)
        written[platform] = n
        log.info("recorded %d %s pages under %s", n, platform, out_dir)
    return written
