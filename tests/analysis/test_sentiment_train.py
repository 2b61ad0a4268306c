from __future__ import annotations

import numpy as np
import pytest

from analysis.sentiment_features import FeatureConfig, Lexicon, featurize, normalize, word_hashes
from analysis.sentiment_train import (
    avg_recall,
    calibrate,
    class_weights,
    fit,
    labels_to_index,
    lbfgs,
    macro_f1,
    nb_scale,
    split_rows,
)

SMALL = FeatureConfig(dims=2**12)
LEXICON = Lexicon.from_items({"good": 2.0, "bad": -2.0})


def test_lbfgs_minimizes_a_quadratic() -> None:
    target = np.array([1.0, -2.0, 3.0])
    scale = np.array([1.0, 10.0, 100.0])

    def f(x: np.ndarray) -> tuple[float, np.ndarray]:
        d = x - target
        return float(0.5 * np.sum(scale * d * d)), scale * d

    assert lbfgs(f, np.zeros(3), max_iter=200) == pytest.approx(target, abs=1e-3)


def test_fit_learns_a_separable_toy_problem() -> None:
    texts = ["love it great"] * 10 + ["meh it is a thing"] * 10 + ["hate it awful"] * 10
    y = labels_to_index(["positive"] * 10 + ["neutral"] * 10 + ["negative"] * 10)
    x = featurize([normalize(t) for t in texts], SMALL, LEXICON)
    model = fit(x, y, SMALL, LEXICON, l2=1e-3, l2_dense=1e-3, max_iter=100)
    pred = model.logits_of(x).argmax(axis=1)
    assert (pred == y).all()
    # Starting from a model and pulling towards it keeps what it knew.
    again = fit(x, y, SMALL, LEXICON, l2=1.0, prior=model, max_iter=5)
    assert np.abs(again.weights - model.weights).max() < 0.05


def test_measures_and_class_weights() -> None:
    y = np.array([0, 0, 1, 2])
    assert avg_recall(y, y) == 1.0 and macro_f1(y, y) == 1.0
    assert avg_recall(y, np.array([1, 1, 1, 1])) == pytest.approx(1 / 3)
    w = class_weights(np.array([0, 0, 0, 1]))
    assert w[:3].sum() == pytest.approx(w[3])


def test_calibrate_moves_a_biased_boundary() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 600)
    logits = np.eye(3)[y] * 2.0 + rng.normal(0, 0.6, (600, 3))
    logits[:, 1] += 1.5  # a model that says "neutral" far too often
    before = avg_recall(y, logits.argmax(1))
    offsets = calibrate(logits, y)
    assert offsets[1] == 0.0
    assert avg_recall(y, (logits + offsets).argmax(1)) > before + 0.1


def test_split_rows_is_fixed_and_disjoint() -> None:
    kept, held = split_rows(100, 0.2, 5)
    assert len(held) == 20 and len(kept) == 80
    assert not set(kept) & set(held)
    again = split_rows(100, 0.2, 5)
    assert (again[1] == held).all()
    assert list(held) == sorted(held)


def test_nb_scale_favours_class_skewed_columns() -> None:
    texts = ["love it great"] * 10 + ["meh it is a thing"] * 10 + ["hate it awful"] * 10
    y = labels_to_index(["positive"] * 10 + ["neutral"] * 10 + ["negative"] * 10)
    x = featurize([normalize(t) for t in texts], SMALL, LEXICON)
    scale = nb_scale(x, y, SMALL.dims)
    col = {w: int(word_hashes([w])[0] & np.uint64(SMALL.dims - 1)) for w in ("love", "it")}
    assert scale[col["love"]] > 1.0 > scale[col["it"]] > 0  # "it" is in every class
    assert np.mean(scale[np.unique(x.cols)]) == pytest.approx(1.0)
    unseen = np.setdiff1d(np.arange(SMALL.dims), x.cols)
    assert (scale[unseen] == 1.0).all()
    floored = nb_scale(x, y, SMALL.dims, floor_cols=np.array([col["it"]]))
    assert floored[col["it"]] == 1.0 and floored[col["love"]] == scale[col["love"]]


def test_fit_with_a_column_scale_scores_unscaled_features() -> None:
    texts = ["love it great"] * 10 + ["meh it is a thing"] * 10 + ["hate it awful"] * 10
    y = labels_to_index(["positive"] * 10 + ["neutral"] * 10 + ["negative"] * 10)
    x = featurize([normalize(t) for t in texts], SMALL, LEXICON)
    plain = fit(x, y, SMALL, LEXICON, l2=1e-2, l2_dense=1e-2, max_iter=100)
    ones = fit(
        x, y, SMALL, LEXICON, l2=1e-2, l2_dense=1e-2, max_iter=100, column_scale=np.ones(SMALL.dims)
    )
    assert np.allclose(ones.weights, plain.weights, atol=1e-6)
    scaled = fit(
        x,
        y,
        SMALL,
        LEXICON,
        l2=1e-2,
        l2_dense=1e-2,
        max_iter=100,
        column_scale=nb_scale(x, y, SMALL.dims),
    )
    assert (scaled.logits_of(x).argmax(axis=1) == y).all()
    # The skewed word gets more of the weight than without the scale, the even word less.
    love = int(word_hashes(["love"])[0] & np.uint64(SMALL.dims - 1))
    it = int(word_hashes(["it"])[0] & np.uint64(SMALL.dims - 1))
    assert np.ptp(scaled.weights[love]) > np.ptp(plain.weights[love])
    assert np.ptp(scaled.weights[it]) < np.ptp(plain.weights[it])
