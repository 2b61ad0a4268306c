"""Training for ``analysis.sentiment_model``: logistic regression by L-BFGS in numpy.

Pure functions over in-memory data; reading CSV files and writing model files is done by
``flows.train_sentiment``.

* ``fit`` minimizes weighted cross-entropy plus an L2 penalty towards given starting weights
  (zero for the default model; the shipped model's weights for a company model, so a few
  thousand company posts adjust the general model instead of replacing it).
* ``class_weights`` balances the classes, which is what maximizes average recall when the
  class mix of the posts to score is unknown (it differs a lot between data sets: SemEval is
  45% neutral, tweets to airlines 63% negative).
* ``calibrate`` then picks per-class logit offsets on held-out data for the measure that
  matters (average recall for the default model, macro-F1 for company models).
* ``nb_scale`` (optional) weighs each hashed column by how unevenly it falls over the three
  classes, as NB-SVM does (Wang & Manning 2012): values are multiplied by the scale before
  fitting and the fitted weights by the scale after, so inference is unchanged. In effect the
  L2 penalty of a column is divided by its squared scale: class-skewed n-grams are penalized
  less, even ones more. Columns passed as ``floor_cols`` (the lexicon words) get a scale of at
  least 1, so a rare lexicon word is not shrunk below what it would be without the scale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from analysis.sentiment_features import FeatureConfig, Features, Lexicon, n_dense
from analysis.sentiment_model import LABELS, LinearModel

VADER_NEGATION = -0.74


@dataclass
class Params:
    """Trainable parameters."""

    weights: np.ndarray  # (dims, 3)
    dense: np.ndarray  # (N_DENSE, 3)
    bias: np.ndarray  # (3,)

    def flat(self) -> np.ndarray:
        return np.concatenate([self.weights.ravel(), self.dense.ravel(), self.bias])

    @classmethod
    def unflat(cls, theta: np.ndarray, dims: int, n_dense: int) -> Params:
        w = theta[: dims * 3].reshape(dims, 3)
        d = theta[dims * 3 : dims * 3 + n_dense * 3].reshape(n_dense, 3)
        return cls(w, d, theta[dims * 3 + n_dense * 3 :])


def labels_to_index(labels: Sequence[str]) -> np.ndarray:
    """``negative/neutral/positive`` to 0/1/2."""
    index = {label: i for i, label in enumerate(LABELS)}
    return np.array([index[label] for label in labels], dtype=np.int64)


def class_weights(y: np.ndarray) -> np.ndarray:
    """Per-example weights that give each class the same total weight."""
    counts = np.bincount(y, minlength=3).astype(np.float64)
    per_class = np.where(counts > 0, len(y) / (3 * np.maximum(counts, 1)), 0.0)
    return per_class[y]


def nb_scale(
    x: Features,
    y: np.ndarray,
    dims: int,
    *,
    alpha: float = 1.0,
    floor_cols: np.ndarray | None = None,
) -> np.ndarray:
    """Per-column scale from class-conditional counts of ``x``'s entries.

    ``share_jk = (count_jk + alpha) / (total_k + alpha)``, ``r_j = max_k |log(share_jk /
    mean_k share_jk)|``, scale ``r_j / mean(r)`` (mean over the columns that occur), at least
    1 on ``floor_cols``. Columns that do not occur get 1 (their weights are not fitted).

    Args:
        x: features of the rows being fitted (counts come from these rows only).
        y: their class indexes.
        dims: number of hashed columns.
        alpha: additive smoothing of the counts.
        floor_cols: columns whose scale is raised to at least 1.
    """
    counts = np.zeros((dims, 3))
    entry_class = y[x.rows]
    for k in range(3):
        counts[:, k] = np.bincount(x.cols[entry_class == k], minlength=dims)
    share = (counts + alpha) / (counts.sum(axis=0) + alpha)
    r = np.abs(np.log(share / share.mean(axis=1, keepdims=True))).max(axis=1)
    active = counts.sum(axis=1) > 0
    scale = np.ones(dims)
    scale[active] = r[active] / r[active].mean()
    if floor_cols is not None:
        scale[floor_cols] = np.maximum(scale[floor_cols], 1.0)
    # A column spread exactly evenly would get 0 and a weight pinned at 0; keep it fittable.
    return np.maximum(scale, 1e-3)


def _logits(p: Params, x: Features) -> np.ndarray:
    z = x.dense.astype(np.float64) @ p.dense + p.bias
    if len(x.rows):
        contrib = p.weights[x.cols] * x.vals[:, None]
        for k in range(3):
            z[:, k] += np.bincount(x.rows, weights=contrib[:, k], minlength=x.n)
    return z


def _objective(
    x: Features,
    y: np.ndarray,
    sw: np.ndarray,
    prior: Params,
    l2: float,
    l2_dense: float,
    dims: int,
) -> Callable[[np.ndarray], tuple[float, np.ndarray]]:
    total = sw.sum()
    onehot = np.zeros((x.n, 3))
    onehot[np.arange(x.n), y] = 1.0
    dense64 = x.dense.astype(np.float64)
    vals64 = x.vals.astype(np.float64)

    def f(theta: np.ndarray) -> tuple[float, np.ndarray]:
        p = Params.unflat(theta, dims, x.dense.shape[1])
        z = _logits(p, x)
        z -= z.max(axis=1, keepdims=True)
        lse = np.log(np.exp(z).sum(axis=1))
        loss = float(np.dot(sw, lse - z[np.arange(x.n), y]) / total)
        prob = np.exp(z - lse[:, None])
        g = (prob - onehot) * (sw / total)[:, None]
        dw = p.weights - prior.weights
        dd = p.dense - prior.dense
        loss += 0.5 * l2 * float(np.vdot(dw, dw)) + 0.5 * l2_dense * float(np.vdot(dd, dd))
        gw = np.empty((dims, 3))
        for k in range(3):
            gw[:, k] = np.bincount(x.cols, weights=vals64 * g[x.rows, k], minlength=dims)
        gw += l2 * dw
        gd = dense64.T @ g + l2_dense * dd
        gb = g.sum(axis=0)
        return loss, np.concatenate([gw.ravel(), gd.ravel(), gb])

    return f


def lbfgs(
    f: Callable[[np.ndarray], tuple[float, np.ndarray]],
    theta: np.ndarray,
    max_iter: int = 300,
    memory: int = 10,
    tol: float = 1e-6,
    log: Callable[[str], None] | None = None,
) -> np.ndarray:
    """Minimize a smooth function with L-BFGS and a backtracking (Armijo) line search."""
    loss, grad = f(theta)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for it in range(max_iter):
        q = grad.copy()
        alphas = []
        for s, yv in zip(reversed(s_hist), reversed(y_hist), strict=True):
            a = np.dot(s, q) / np.dot(yv, s)
            alphas.append(a)
            q -= a * yv
        if s_hist:
            q *= np.dot(s_hist[-1], y_hist[-1]) / np.dot(y_hist[-1], y_hist[-1])
        else:
            q /= max(1.0, float(np.linalg.norm(grad)))
        for s, yv, a in zip(s_hist, y_hist, reversed(alphas), strict=True):
            b = np.dot(yv, q) / np.dot(yv, s)
            q += (a - b) * s
        direction = -q
        slope = float(np.dot(grad, direction))
        if slope >= 0:  # not a descent direction: restart from steepest descent
            s_hist.clear()
            y_hist.clear()
            direction = -grad / max(1.0, float(np.linalg.norm(grad)))
            slope = float(np.dot(grad, direction))
        step = 1.0
        for _ in range(30):
            new_theta = theta + step * direction
            new_loss, new_grad = f(new_theta)
            if new_loss <= loss + 1e-4 * step * slope:
                break
            step *= 0.5
        else:
            break
        s_vec, y_vec = new_theta - theta, new_grad - grad
        if np.dot(s_vec, y_vec) > 1e-12:
            s_hist.append(s_vec)
            y_hist.append(y_vec)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        improvement = loss - new_loss
        theta, loss, grad = new_theta, new_loss, new_grad
        if log is not None and it % 25 == 0:
            log(f"  iteration {it}: loss {loss:.5f}")
        if improvement < tol * max(1.0, abs(loss)) and it > 5:
            break
    return theta


def fit(
    x: Features,
    y: np.ndarray,
    config: FeatureConfig,
    lexicon: Lexicon,
    *,
    l2: float = 1e-4,
    l2_dense: float = 1e-4,
    sample_weight: np.ndarray | None = None,
    prior: LinearModel | None = None,
    column_scale: np.ndarray | None = None,
    max_iter: int = 300,
    meta: dict[str, object] | None = None,
    log: Callable[[str], None] | None = None,
) -> LinearModel:
    """Fit logistic regression; penalize distance to ``prior`` (or to zero).

    Args:
        x: features of the training posts (``featurize`` with ``config`` and ``lexicon``).
        y: class index per post (``labels_to_index``).
        config: feature configuration (stored in the model).
        lexicon: the lexicon the features were computed with.
        l2: L2 strength on sparse weights; ``l2_dense`` on dense weights.
        sample_weight: per-post weights (default: all 1).
        prior: start from, and shrink towards, this model's weights (same ``config``).
        column_scale: ``(config.dims,)`` positive scale per sparse column (``nb_scale``):
            the fit sees values times the scale and the weights are divided back, so the
            returned model scores unscaled features.
        max_iter: L-BFGS iterations.
        meta: stored with the model.
    """
    dims = config.dims
    if prior is not None:
        start = Params(
            prior.weights.astype(np.float64),
            prior.dense_weights.astype(np.float64),
            prior.bias.astype(np.float64),
        )
    else:
        start = Params(np.zeros((dims, 3)), np.zeros((n_dense(config), 3)), np.zeros(3))
    sw = np.ones(x.n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    # Only columns that occur in the data have a gradient from the loss; every other weight's
    # optimum is its starting value. Optimizing the active columns alone makes a company fit
    # on a few thousand posts take seconds instead of minutes.
    active, compact = np.unique(x.cols, return_inverse=True)
    vals, start_w = x.vals, start.weights[active]
    if column_scale is not None:
        scale = np.asarray(column_scale, dtype=np.float64)[active]
        vals = (x.vals * scale[compact]).astype(np.float32)
        start_w = start_w / scale[:, None]  # the same model, in scaled coordinates
    xa = Features(x.n, x.rows, compact.astype(np.int64), vals, x.dense)
    start_a = Params(start_w, start.dense, start.bias)
    f = _objective(xa, y, sw, start_a, l2, l2_dense, len(active))
    theta = lbfgs(f, start_a.flat(), max_iter=max_iter, log=log)
    p = Params.unflat(theta, len(active), n_dense(config))
    weights = start.weights.astype(np.float32)
    weights[active] = p.weights if column_scale is None else p.weights * scale[:, None]
    return LinearModel(
        config=config,
        lexicon=lexicon,
        weights=weights,
        dense_weights=p.dense.copy(),
        bias=p.bias.copy(),
        meta=dict(meta or {}),
    )


def avg_recall(y: np.ndarray, pred: np.ndarray) -> float:
    """Mean recall over the three classes (classes absent from ``y`` are skipped)."""
    recalls = [float(np.mean(pred[y == k] == k)) for k in range(3) if np.any(y == k)]
    return float(np.mean(recalls)) if recalls else 0.0


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    """Mean F1 over the three classes."""
    f1s = []
    for k in range(3):
        tp = float(np.sum((pred == k) & (y == k)))
        fp = float(np.sum((pred == k) & (y != k)))
        fn = float(np.sum((pred != k) & (y == k)))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


MEASURES: dict[str, Callable[[np.ndarray, np.ndarray], float]] = {
    "avg_recall": avg_recall,
    "macro_f1": macro_f1,
}


def calibrate(
    logits: np.ndarray, y: np.ndarray, measure: str = "avg_recall", span: float = 2.0
) -> np.ndarray:
    """Offsets for the negative and positive logits (neutral fixed) that maximize ``measure``.

    A coarse grid, then a fine one around the best point. Ties go to the smallest offsets,
    so calibration moves the model only when it pays.
    """
    return calibrate_sets([(logits, y)], measure, span)


def calibrate_sets(
    sets: Sequence[tuple[np.ndarray, np.ndarray]], measure: str = "avg_recall", span: float = 2.0
) -> np.ndarray:
    """Like ``calibrate``, maximizing the mean of ``measure`` over several ``(logits, y)`` sets.

    Each set counts the same whatever its size, so offsets suit a range of sources (tweets,
    brand tweets, Reddit) rather than the largest one.
    """
    score = MEASURES[measure]

    def best_on(grid_neg: np.ndarray, grid_pos: np.ndarray) -> tuple[float, float, float]:
        best = (-1.0, 0.0, 0.0)
        for a in grid_neg:
            for b in grid_pos:
                shift = np.array([a, 0.0, b])
                values = [score(y, (z + shift).argmax(axis=1)) for z, y in sets]
                s = float(np.mean(values)) - 1e-6 * (abs(a) + abs(b))
                if s > best[0]:
                    best = (s, float(a), float(b))
        return best

    coarse = np.linspace(-span, span, 21)
    _, a, b = best_on(coarse, coarse)
    fine_step = coarse[1] - coarse[0]
    fine_a = np.linspace(a - fine_step, a + fine_step, 11)
    fine_b = np.linspace(b - fine_step, b + fine_step, 11)
    _, a, b = best_on(fine_a, fine_b)
    return np.array([a, 0.0, b])


def split_rows(n: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A fixed random split of ``range(n)``: ``(kept, held_out)``, both sorted.

    ``held_out`` has ``round(n * fraction)`` rows; the same ``n``, ``fraction`` and ``seed``
    always give the same split (numpy's PCG64 stream is stable across versions).
    """
    perm = np.random.default_rng(seed).permutation(n)
    k = round(n * fraction)
    return np.sort(perm[k:]), np.sort(perm[:k])
