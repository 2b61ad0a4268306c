from __future__ import annotations

import pytest

from analysis.risk import daily_risk_score


def test_quiet_day_scores_zero() -> None:
    assert daily_risk_score(0, 0, 0.1, {}, surge=False) == 0.0
    assert daily_risk_score(300, 30, 0.1, {}, surge=False) == 0.0  # normal negativity


def test_docstring_example() -> None:
    assert daily_risk_score(200, 60, 0.10, {"high": 2}, surge=True) == pytest.approx(56.5)


def test_parts_are_capped_and_total_is_bounded() -> None:
    worst = daily_risk_score(10_000, 10_000, 0.0, {"critical": 100}, surge=True)
    assert 99 <= worst <= 100
    assert daily_risk_score(10, 0, 0.1, {"critical": 10, "low": 5}, surge=False) == 50.0


def test_few_mentions_are_damped() -> None:
    small = daily_risk_score(4, 3, 0.1, {}, surge=False)
    large = daily_risk_score(400, 300, 0.1, {}, surge=False)
    assert small < large / 2


def test_monotonic_in_each_input() -> None:
    base = daily_risk_score(100, 20, 0.1, {"medium": 1}, surge=False)
    assert daily_risk_score(100, 30, 0.1, {"medium": 1}, surge=False) > base
    assert daily_risk_score(100, 20, 0.1, {"medium": 1, "high": 1}, surge=False) > base
    assert daily_risk_score(100, 20, 0.1, {"medium": 1}, surge=True) == base + 10
    assert daily_risk_score(100, 20, 0.05, {"medium": 1}, surge=False) > base


def test_bad_inputs_do_not_break_the_score() -> None:
    assert daily_risk_score(-5, 10, 2.0, {"unknown": 9, "low": -3}, surge=False) == 0.0
    assert daily_risk_score(10, 50, -1.0, {}, surge=False) == pytest.approx(20.0)
