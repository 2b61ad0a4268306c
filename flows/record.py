"""``brandrisk record``: save raw pages from the live APIs in the layout replay reads.

Users build their own fixtures and demos from it. Nothing is stored in DuckDB. Requests are
saved without credentials (they never carry any: tokens travel in headers, which are not
recorded), and any request field whose name looks secret is blanked all the same.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from analysis.profile import Profile
from connectors import reddit, x
from connectors.base import BudgetExhausted, Mention, Page
from connectors.replay import dump_page, page_path
from flows.clients import make_client
from flows.ingest import partitions, split_partition
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
            gen: Iterator[tuple[Page, list[Mention]]]
            if platform == "x":
                gen = x.search_recent(client, part, since_id=None, max_requests=budget)
            else:
                sub, query = split_partition(part)
                gen = reddit.search_new(
                    client, query, subreddit=sub, seen=None, max_requests=budget
                )
            try:
                for page, _ in gen:
                    n += 1
                    dump_page(
                        page_path(out_dir, platform, day, n),
                        request=scrub(page.request),
                        response=page.payload,
                    )
            except BudgetExhausted as exc:
                log.info("%s: %s", platform, exc)
        written[platform] = n
        log.info("recorded %d %s pages under %s", n, platform, out_dir)
    return written
