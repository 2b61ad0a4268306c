"""The learned second opinion for the HR rules: features, fitting, thresholds, the shipped file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analysis import policy as P
from analysis.hr import Finding
from analysis.hr_model import DENSE_NAMES, HrPost, asked, features, load_model, second_opinion
from flows.train_hr import NEVER, _threshold, fit


def _post(text: str, sentiment: float = 0.0) -> HrPost:
    low = text.lower()
    return HrPost(low, low, sentiment)


def test_rule_features_are_counted_in_order() -> None:
    feats = features([_post("management is a joke and the pay is worse", -0.6)])
    extra = feats.dense[0, -len(DENSE_NAMES) :]
    assert extra[DENSE_NAMES.index("topics")] > 0
    assert extra[DENSE_NAMES.index("sentiment")] == np.float32(-0.6)
    assert feats.n == 1 and len(feats.rows) > 0


def test_fit_learns_a_signal_in_the_words() -> None:
    bad = [f"the rota is chaos again week {i}, nobody upstairs cares" for i in range(12)]
    fine = [f"team lunch on friday week {i}, bring snacks" for i in range(12)]
    posts = [_post(t) for t in bad + fine]
    y = np.array([[True, False]] * 12 + [[False, False]] * 12)
    model = fit(features(posts), y, steps=80)
    p = model.probabilities(features([_post("the rota is chaos, nobody upstairs cares")]))
    q = model.probabilities(features([_post("team lunch on friday, bring snacks")]))
    assert p[0, 0] > 0.5 > q[0, 0]


def test_threshold_keeps_the_precision_of_the_model_alone() -> None:
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.1])
    y = np.array([True, True, False, False, True])
    assert _threshold(p, y, negative_weight=1.0) == 0.8  # 0.7 lets a false alarm in
    assert _threshold(p, y, min_precision=0.6, negative_weight=1.0) == 0.1  # 3 of 5
    assert _threshold(p, y, min_precision=0.6, negative_weight=3.0) == 0.8  # 3 / (3 + 2 * 3)
    assert _threshold(p, np.zeros(5, bool)) > 1.0  # nothing to find: model off


def test_shipped_model_decides_both_categories() -> None:
    model = load_model()
    assert model is not None
    assert all(0.0 < t < 1.0 for t in model.thresholds)
    assert model.meta["shipped"] == ["employee_disparagement", "job_hunting"]
    assert NEVER > 1.0  # what a category the model does not decide gets


def test_second_opinion_keeps_what_the_rules_found() -> None:
    rule = Finding(P.EMPLOYEE_DISPARAGEMENT, P.MEDIUM, "hr.workplace_complaint", 0, 4)
    text = "management here is hopeless and the rota is chaos"
    found, job = second_opinion(text, text, -0.5, rule, None)
    assert found is rule and job is None


def test_without_a_model_file_the_rules_decide(tmp_path: Path) -> None:
    assert load_model(tmp_path / "none.npz") is None


@pytest.mark.parametrize(
    ("text", "sentiment", "expected"),
    [
        ("the rota is chaos and nobody upstairs cares", -0.5, (True, True)),
        ("final round tomorrow, wish me luck!", 0.8, (False, True)),  # a happy search
        ("best team I have ever worked with", 0.9, (False, True)),  # praise: no disparagement
        ("two interviews this week with candidates for my team", 0.0, (True, False)),  # hiring
        ("my brother got an offer from a rival bank", 0.0, (True, False)),  # his search
        ("not looking for a new job, just a new saddle", 0.0, (True, False)),  # negated
        ("people keep saying management is clueless. disagree", -0.2, (False, False)),
    ],
)
def test_asked_lets_a_happy_post_be_a_job_search(
    text: str, sentiment: float, expected: tuple[bool, bool]
) -> None:
    low = text.lower()
    assert asked(low, low, sentiment) == expected
