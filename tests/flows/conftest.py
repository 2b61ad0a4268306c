"""Fixtures for flow tests: a small recorded sample and fresh DuckDB files."""

from __future__ import annotations

import shutil
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
