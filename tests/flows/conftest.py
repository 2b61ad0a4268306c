"""Fixtures for flow tests: a small recorded sample and fresh DuckDB files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from analysis.profile import Profile, load_profile
from flows.sample import generate_sample
from flows.settings import EXAMPLE_PROFILE

START = date(2026, 10, 1)
DAYS = 6


@pytest.fixture(scope="session")
def _recorded_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("recorded")
    generate_sample(load_profile(EXAMPLE_PROFILE), root, start=START, days=DAYS, posts=900)
    return root


@pytest.fixture
def recorded(_recorded_once: Path, tmp_path: Path) -> Path:
    """A private copy of a 6-day recorded sample (tests may break files in it)."""
    dst = tmp_path / "recorded"
    shutil.copytree(_recorded_once, dst)
    return dst


@pytest.fixture
def example() -> Profile:
    """The shipped example profile (fictional Harborline)."""
    return load_profile(EXAMPLE_PROFILE)


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A throwaway Prefect server (SQLite in a temp PREFECT_HOME) for the module's runs."""
    mp = pytest.MonkeyPatch()
    mp.setenv("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect-home")))
    mp.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
    mp.undo()
