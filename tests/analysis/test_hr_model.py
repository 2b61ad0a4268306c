"""The learned second opinion for the HR rules: features, fitting, thresholds, the shipped file."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from analysis import policy as P
from analysis.hr import Finding
from analysis.hr_model import DENSE_NAMES, HrPost, features, load_model, second_opinion
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


def test_threshold_keeps_the_precision_of_rules_or_model() -> None:
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.1])
    rule = np.array([False, False, False, False, True])
    y = np.array([True, True, False, False, True])
    assert _threshold(p, rule, y) == 0.8  # 0.7 would let a false alarm in
    assert _threshold(p, rule, np.zeros(5, bool)) > 1.0  # nothing to gain: model off


def test_shipped_model_decides_disparagement_only() -> None:
    model = load_model()
    assert model is not None
    assert 0.0 < model.thresholds[0] < 1.0 and model.thresholds[1] == NEVER
    assert model.meta["shipped"] == ["employee_disparagement"]


def test_second_opinion_keeps_what_the_rules_found() -> None:
    rule = Finding(P.EMPLOYEE_DISPARAGEMENT, P.MEDIUM, "hr.workplace_complaint", 0, 4)
    text = "management here is hopeless and the rota is chaos"
    found, job = second_opinion(text, text, -0.5, rule, None)
    assert found is rule and job is None


def test_without_a_model_file_the_rules_decide(tmp_path: Path) -> None:
    assert load_model(tmp_path / "none.npz") is None
