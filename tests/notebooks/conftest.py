"""A small flows database for the notebook tests, built once per session.

Six days of the recorded sample are generated; the first five are ingested, analyzed and
summarized the way the daily flow does it (without Prefect, as tests/flows/test_pipeline.py
does), and the snapshot is published. The sixth day is left for a test to write while a
notebook reads.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.profile import load_profile
from connectors.replay import recorded_days
from flows.sample import generate_sample
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store
from tests.notebooks.support import DAYS, POSTS, START, FlowsDb, helper, publish, run_day


@pytest.fixture(scope="session")
def _built(tmp_path_factory: pytest.TempPathFactory) -> FlowsDb:
    root = tmp_path_factory.mktemp("nbdb")
    profile = load_profile(EXAMPLE_PROFILE)
    recorded = root / "recorded"
    generate_sample(profile, recorded, start=START, days=DAYS, posts=POSTS)
    days = recorded_days(recorded)
    db = root / "brandrisk.duckdb"
    with Store.open(db) as store:
        for day in days[:-1]:
            run_day(store, recorded, profile, day)
        publish(store)
    return FlowsDb(db, recorded, days[:-1], days[-1], profile)


@pytest.fixture(scope="session")
def flows_db(_built: FlowsDb) -> FlowsDb:
    """The shared database (tests must not write to it)."""
    return _built


@pytest.fixture
def own_db(_built: FlowsDb, tmp_path: Path) -> Iterator[FlowsDb]:
    """A private copy of the database and its snapshot, for tests that write."""
    nb = helper()
    db = tmp_path / "brandrisk.duckdb"
    shutil.copyfile(_built.path, db)
    shutil.copyfile(nb.snapshot_path(_built.path), nb.snapshot_path(db))
    yield FlowsDb(db, _built.recorded, _built.days, _built.next_day, _built.profile)
