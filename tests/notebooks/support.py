"""What the notebook tests share: where the notebooks are, the helper module, a flow's steps."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType

from analysis.profile import Profile
from connectors.replay import ReplayRedditClient, ReplayXClient
from flows.ingest import ingest_partition, partitions
from flows.report import build_summary
from flows.score import analyze_pending
from flows.store import Store

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
START = date(2026, 10, 1)
DAYS = 6
POSTS = 900
PLATFORMS = ("x", "reddit")
# The notebooks do not depend on the scorer; VADER ships its lexicon, so this fixture does
# not depend on the trained default model either.
SCORER = "vader"


def helper() -> ModuleType:
    """``notebooks/_brandrisk_nb.py``, imported the way the notebooks import it."""
    if str(NOTEBOOKS) not in sys.path:
        sys.path.insert(0, str(NOTEBOOKS))
    import _brandrisk_nb

    return _brandrisk_nb


def publish(store: Store) -> Path:
    """What a flow does after its run: ``Store.publish_snapshot`` once flows/store.py has it."""
    if hasattr(store, "publish_snapshot"):
        return Path(store.publish_snapshot())
    nb = helper()
    catalog = store.con.execute("select current_database()").fetchone()[0]  # type: ignore[index]
    return nb.copy_database(store.con, catalog, nb.snapshot_path(store.path))


def run_day(store: Store, recorded: Path, profile: Profile, day: date) -> None:
    """Ingest, analyze and summarize one recorded day, as the daily flow does."""
    for platform, client in (
        ("x", ReplayXClient(recorded, day)),
        ("reddit", ReplayRedditClient(recorded, day)),
    ):
        for part in partitions(profile, platform):
            ingest_partition(store, client, platform, part, max_requests=1_000)
        store.set_source_status(day, platform, "ok")
    started = datetime.now(UTC)
    stats = analyze_pending(store, profile, scorer=SCORER)
    build_summary(store, profile, day, platforms=list(PLATFORMS))
    store.record_step(
        f"test-{day}", "analyze", day=day, started_at=started, status="ok", n_in=stats.n_analyzed
    )


@dataclass(frozen=True)
class FlowsDb:
    """The built database: its file, the recorded pages, the days in it and the day left out."""

    path: Path
    recorded: Path
    days: list[date]
    next_day: date
    profile: Profile
