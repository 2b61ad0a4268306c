"""Train and measure ``analysis.hr_model`` on the labeled flag sets.

``python -m flows.train_hr loco`` measures it honestly: leave one writer out (a split folder:
each was written by someone else, and a writer's style carries across their companies) and
train on the others; choose each category's threshold out of writer over the training writers
only (``INNER_FOLDS`` groups of them): the lowest threshold at which the model alone keeps
``MIN_PRECISION``; score the held-out writer, and sum over writers. ``--by
company`` leaves one company out instead, which flatters the model (the other company of the
same writer stays in training). The rules alone are scored on the same posts. ``python -m
flows.train_hr fit`` trains on every writer and writes ``analysis/models/hr.npz``.

Posts: every line of the splits in ``SPLITS`` whose author the rules place at the company
(``hr_view``), labeled by its ``expected_categories``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from analysis import hr
from analysis import hr_lexicon as H
from analysis.flags import NEWS, _lower, _rules, detect_flags, neutral_terms
from analysis.hr_model import CATEGORIES, CONFIG, MODEL_PATH, HrModel, HrPost, asked, features
from analysis.profile import Profile, load_profile
from analysis.sentiment import Sentiment, score_texts
from analysis.sentiment_features import Features
from analysis.text import clean_text
from connectors.base import Mention
from flows.adhoc import parse_line
from flows.flag_eval import FLAG_SETS

SPLITS = (
    "dev",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "train",
    "train2",
    "train3",
)
SHIPPED = ("employee_disparagement", "job_hunting")
"""Categories the shipped model decides (both: leave-one-writer-out, each adds to the rules)."""
NEVER = 2.0
"""The threshold of a category the model does not decide (probabilities stay below 1)."""
MIN_PRECISION = 0.9
"""Precision of the model alone, measured out of writer: the policy's target for every
category."""
NEGATIVE_WEIGHT = 2.0
"""How much a false alarm counts when choosing a threshold. The labeled sets are mostly
complaints and searches; an employee's real feed is mostly lunch and launches, where a
threshold that keeps P 0.9 on the sets would not."""
L2 = 1e-4
"""Leave-one-writer-out, the model's recall at precision 0.9 was 0.63 (disparagement) and 0.75
(job search) at 1e-4, against 0.58 / 0.72 at 1e-3 and 0.55 / 0.70 at 1e-2. 1e-5 scored 0.66 /
0.75 but reads rare n-grams into short harmless posts ("had a great lunch": job search)."""
INNER_FOLDS = 5
"""Folds of writers (or companies) for choosing thresholds out of group (see ``_oof``)."""
STEPS = 300


@dataclass
class Data:
    """Labeled employee posts: features, labels (n, 2), rule decisions (n, 2), companies."""

    feats: Features
    labels: np.ndarray
    rules: np.ndarray
    vetoed: np.ndarray  # (n, 2): ``hr_model.asked`` is false, the model is not asked
    company: np.ndarray
    writer: np.ndarray  # the split folder: one writer each
    ids: list[str]


def _const(value: float) -> Callable[[], float]:
    return lambda: value


def hr_view(mention: Mention, profile: Profile) -> tuple[str, str] | None:
    """The lowercased post and its name-blanked copy, if the HR rules read this post at all.

    None for excluded posts, the company's own accounts, former employees and authors the
    rules do not place at the company (as in ``analysis.flags.detect_flags``).
    """
    rules = _rules(profile)
    text = clean_text(mention.text)
    low = _lower(text)
    if not text or rules.excluded(text, low) or H.LEFT_COMPANY.search(low):
        return None
    if (mention.author_handle or "").lower().lstrip("@") in rules.official:
        return None
    if not (
        rules.employed(mention, low)
        or rules.employees.placed(low, mention.author_description or "")
    ):
        return None
    return low, rules.employees.blank(low)


def _news(mention: Mention, profile: Profile, mood: Sentiment) -> bool:
    """Whether the rules flag the post as a leak or a customer disclosure (see
    ``analysis.flags._employee_rules``: the model is not asked about such posts)."""
    flags = detect_flags(mention, profile, mood, learned=False)
    return any(f.category in NEWS for f in flags)


def load(splits: Sequence[str] = SPLITS, root: Path = FLAG_SETS) -> Data:
    """Read every employee post of ``splits`` and compute its features."""
    now = datetime.now(UTC)
    posts: list[HrPost] = []
    labels: list[list[bool]] = []
    rules: list[list[bool]] = []
    vetoed: list[list[bool]] = []
    companies: list[str] = []
    writers: list[str] = []
    ids: list[str] = []
    for split in splits:
        for data in sorted((root / split).glob("*.jsonl")):
            profile = load_profile(data.with_suffix(".toml"))
            kept = []
            for line in data.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                obj = json.loads(line)
                _, mention = parse_line(line, now)
                view = hr_view(mention, profile)
                if view is not None:
                    kept.append((obj, mention, view))
            moods = score_texts([m.text for _, m, _ in kept], neutral_terms=neutral_terms(profile))
            for (obj, mention, (low, work)), mood in zip(kept, moods, strict=True):
                posts.append(HrPost(low, work, mood.score))
                news = _news(mention, profile, mood)
                job = hr.job_search(low)
                disp = hr.disparagement(low, work, _const(mood.score), job is not None or news)
                rules.append([disp is not None, job is not None])
                vetoed.append([news or not a for a in asked(low, work, mood.score)])
                labels.append([c in obj["expected_categories"] for c in CATEGORIES])
                companies.append(data.stem)
                writers.append(split)
                ids.append(str(obj["id"]))
    feats = features(posts)
    return Data(
        feats,
        np.array(labels, bool),
        np.array(rules, bool),
        np.array(vetoed, bool),
        np.array(companies),
        np.array(writers),
        ids,
    )


def _subset(f: Features, idx: np.ndarray) -> Features:
    keep = np.isin(f.rows, idx)
    remap = np.full(f.n, -1, np.int64)
    remap[idx] = np.arange(len(idx))
    return Features(
        len(idx), remap[f.rows[keep]].astype(np.int32), f.cols[keep], f.vals[keep], f.dense[idx]
    )


def fit(f: Features, y: np.ndarray, steps: int = STEPS) -> HrModel:
    """Fit both logistic regressions (class-balanced, L2) by full-batch Adam."""
    dims, n_dense = CONFIG.dims, f.dense.shape[1]
    w = np.zeros((dims, 2))
    v = np.zeros((n_dense, 2))
    b = np.zeros(2)
    pos = y.mean(0).clip(1e-3, 1 - 1e-3)
    sw = np.where(y, 0.5 / pos, 0.5 / (1 - pos))
    params = [w, v, b]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    model = HrModel(w, v, b, np.full(2, 0.5), {})
    for t in range(1, steps + 1):
        err = (model.probabilities(f) - y) * sw / f.n
        gw = np.zeros((dims, 2))
        for k in range(2):
            gw[:, k] = np.bincount(f.cols, weights=f.vals * err[f.rows, k], minlength=dims)
        grads = [gw + L2 * w, f.dense.T @ err + L2 * v, err.sum(0)]
        for p, g, a, s in zip(params, grads, m1, m2, strict=True):
            a *= 0.9
            a += 0.1 * g
            s *= 0.999
            s += 0.001 * g * g
            p -= 0.05 * (a / (1 - 0.9**t)) / (np.sqrt(s / (1 - 0.999**t)) + 1e-8)
    return model


def _threshold(
    p: np.ndarray,
    y: np.ndarray,
    min_precision: float = MIN_PRECISION,
    negative_weight: float = NEGATIVE_WEIGHT,
) -> float:
    """Lowest threshold at which the model alone keeps ``min_precision``.

    The model alone, not what it adds to the rules: the rules were tuned on every training
    writer, so out of writer they already find nearly all of those posts and what the model
    adds there is mostly false alarms, while on a new writer's posts the rules find a third.
    Measuring the additions shut the job-search model off. Each false alarm counts
    ``negative_weight`` times. Above 1: the model adds nothing.
    """
    best = 1.01
    for t in sorted(set(np.round(p, 3).tolist()), reverse=True):
        found = p >= t
        tp = int((found & y).sum())
        fp = int((found & ~y).sum())
        if tp and tp / (tp + negative_weight * fp) >= min_precision:
            best = t
    return best


def _oof(d: Data, idx: np.ndarray, group: np.ndarray) -> np.ndarray:
    """Out-of-group probabilities for the posts ``idx``.

    The groups (writers or companies, ``group`` per post) are dealt into ``INNER_FOLDS`` folds
    and each fold is scored by a model fitted on the others: every post is scored by a model
    that never saw its group.
    """
    out = np.zeros((len(idx), 2))
    groups = np.unique(group[idx])
    for k in range(min(INNER_FOLDS, len(groups))):
        test = np.isin(group[idx], groups[k::INNER_FOLDS])
        model = fit(_subset(d.feats, idx[~test]), d.labels[idx[~test]])
        out[test] = model.probabilities(_subset(d.feats, idx[test]))
    return out


def train(
    d: Data, idx: np.ndarray, min_precision: float = MIN_PRECISION, by: str = "writer"
) -> HrModel:
    """Fit on ``idx`` with thresholds chosen on its own out-of-group predictions."""
    oof = _oof(d, idx, _groups(d, by))
    oof[d.vetoed[idx]] = 0.0  # never asked, as in ``hr_model.second_opinion``
    ts = [_threshold(oof[:, k], d.labels[idx, k], min_precision) for k in (0, 1)]
    model = fit(_subset(d.feats, idx), d.labels[idx])
    return HrModel(model.weights, model.dense_weights, model.bias, np.array(ts), {})


def _groups(d: Data, by: str) -> np.ndarray:
    return d.writer if by == "writer" else d.company


def loco(
    d: Data, min_precision: float = MIN_PRECISION, by: str = "writer"
) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Leave-one-group-out (tp, fp, fn) per category for "rules" and "rules+model".

    ``by`` is "writer" (a split folder) or "company".
    """
    out = {s: {c: (0, 0, 0) for c in CATEGORIES} for s in ("rules", "rules+model")}
    group = _groups(d, by)
    for c in np.unique(group):
        test = np.flatnonzero(group == c)
        model = train(d, np.flatnonzero(group != c), min_precision, by)
        p = model.probabilities(_subset(d.feats, test))
        p[d.vetoed[test]] = 0.0
        for k, cat in enumerate(CATEGORIES):
            y = d.labels[test, k]
            rule = d.rules[test, k]
            for name, pred in (
                ("rules", rule),
                ("rules+model", rule | (p[:, k] >= model.thresholds[k])),
            ):
                tp, fp, fn = out[name][cat]
                out[name][cat] = (
                    tp + int((pred & y).sum()),
                    fp + int((pred & ~y).sum()),
                    fn + int((~pred & y).sum()),
                )
            gain = rule | (p[:, k] >= model.thresholds[k])
            print(
                f"{c}: {cat} threshold {model.thresholds[k]:.3f} rules tp/fp"
                f" {int((rule & y).sum())}/{int((rule & ~y).sum())} +model"
                f" {int((gain & y).sum())}/{int((gain & ~y).sum())} of {int(y.sum())}",
                file=sys.stderr,
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``loco`` prints the cross-validated table, ``fit`` writes the model."""
    ap = argparse.ArgumentParser(
        prog="python -m flows.train_hr", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument("command", choices=("loco", "fit"))
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument(
        "--by",
        choices=("writer", "company"),
        default="writer",
        help="what to leave out and choose thresholds across (default %(default)s)",
    )
    ap.add_argument(
        "--min-precision",
        type=float,
        default=MIN_PRECISION,
        help="precision the model alone must keep out of writer (default %(default)s)",
    )
    args = ap.parse_args(argv)
    d = load()
    if args.command == "loco":
        for name, row in loco(d, args.min_precision, args.by).items():
            for cat, (tp, fp, fn) in row.items():
                p = tp / (tp + fp) if tp + fp else 1.0
                r = tp / (tp + fn) if tp + fn else 1.0
                print(f"{name:12} {cat:24} tp {tp:3d} fp {fp:3d} fn {fn:3d}  P {p:.2f} R {r:.2f}")
        return 0
    from analysis.hr_model import save_model

    model = train(d, np.arange(d.feats.n), args.min_precision, args.by)
    thresholds = np.array(
        [t if c in SHIPPED else NEVER for c, t in zip(CATEGORIES, model.thresholds, strict=True)]
    )
    meta: dict[str, object] = {
        "name": "hr-v2",
        "trained_on": list(SPLITS),
        "posts": int(d.feats.n),
        "positives": dict(zip(CATEGORIES, d.labels.sum(0).tolist(), strict=True)),
        "min_precision": args.min_precision,
        "shipped": list(SHIPPED),
    }
    model = HrModel(model.weights, model.dense_weights, model.bias, thresholds, meta)
    save_model(model, args.out)
    print(f"wrote {args.out}: thresholds {model.thresholds.round(3).tolist()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
