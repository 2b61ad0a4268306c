"""Train the sentiment models: the shipped default model, and company models.

``python -m flows.train_sentiment default`` rebuilds ``analysis/models/default.npz`` from
``../shared/data/sentiment/semeval_2013_2016.csv`` (the only file whose README says *train*):

1. a fixed random 20% of the rows (``TEST_SEED``) is held out for the figures we report and is
   never trained on, nor calibrated on;
2. of the other 80%, a fixed random eighth is the calibration set: the model is fitted on the
   rest with class-balanced weights; then two logit offsets (negative, positive) are chosen to
   maximize the mean average recall over the calibration set and the dev sets whose README
   says *dev* (Sanders brand tweets, GoEmotions Reddit comments, VADER's tweets), each counted
   the same, so the decision suits brand tweets and Reddit, not only SemEval's mix. No dev
   row is trained on; the airline file is not used at all (it measures transfer);
3. the model is then fitted again on all the 80% (fit and calibration rows), with the same
   settings, and the offsets found in step 2 are applied to it; both fits weigh each hashed
   column by ``nb_scale`` computed from the rows being fitted (``DEFAULT_SCALE``);
4. the model file records which rows of which file it was trained on, so ``brandrisk sentiment
   eval`` scores only the held-out rows of that file.

``python -m flows.train_sentiment company LABELED.csv --out PATH`` (and
``train_company_model``) fits a company model: the default model's weights, adjusted by the
company's own labeled posts (L2 penalty towards the default weights), with offsets chosen for
macro-F1 by 5-fold cross-validation. ``--holdout 0.3`` keeps a fixed 30% aside and prints the
figures on it. Score with it by scorer name ``company:PATH`` (``BRANDRISK_SCORER``, ``--scorer``).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from analysis.metrics import LABELS, Report, evaluate
from analysis.sentiment import prepare_for_model, scorer_model, scorer_version
from analysis.sentiment_features import (
    FeatureConfig,
    Features,
    Lexicon,
    emoji_signs,
    featurize,
    normalize,
)
from analysis.sentiment_model import DEFAULT_MODEL_PATH, LinearModel, save_model
from analysis.sentiment_train import (
    calibrate,
    calibrate_sets,
    class_weights,
    fit,
    labels_to_index,
    nb_scale,
    split_rows,
)
from flows.evaluate import SHARED_SENTIMENT, read_labeled, texts_digest

log = logging.getLogger(__name__)

TRAIN_FILE = "semeval_2013_2016.csv"
TEST_FRACTION = 0.2
TEST_SEED = 2017
CALIBRATION_FRACTION = 0.125
CALIBRATION_SEED = 1
DEV_FILES = ("sanders_brands.csv", "goemotions_reddit_dev.csv", "vader_tweets.csv")
# 2**20 buckets and a lighter penalty: measured against 2**18 / 1e-4 on the calibration split and
# the dev sets (mean AvgRec 0.687 vs 0.685; brand tweets +0.011, Reddit -0.006), see README.
# Emoji read as emoticons: SemEval has no emoji, so without it "@brand ❤️" reads neutral.
DEFAULT_CONFIG = FeatureConfig(
    dims=2**20, char_min=2, char_max=5, word_bigrams=True, vader=True, emoji_emoticons=True
)
DEFAULT_L2 = 5e-5
SCALES = (None, "nb", "nb-lexicon-floor")
# The NB scale with the lexicon words' columns floored at 1. Chosen on the fit-only model (AvgRec
# on the calibration split; mean AvgRec over it and the three dev sets): no scale 0.683; "nb"
# 0.693, mean 0.696; "nb-lexicon-floor" 0.696, mean 0.696, and single VADER lexicon words read
# with their sign 99.6 % of the time instead of 98.4 %. L2 1e-4 instead of 5e-5 gave the same
# mean (Reddit +0.007, airlines -0.010, calibration split -0.006).
DEFAULT_SCALE: str | None = "nb-lexicon-floor"
DEFAULT_ITERATIONS = 160

COMPANY_L2 = 1e-4
COMPANY_FOLDS = 5
COMPANY_SEED = 7
COMPANY_ITERATIONS = 200
FEATURE_BATCH = 4096


def vader_lexicon() -> Lexicon:
    """VADER's word valences plus emoji valences (from their names) and our emoticon tokens.

    Read from the installed ``vaderSentiment`` package at training time; the model file
    keeps its own copy, so scoring never depends on the installed lexicon version.
    """
    import vaderSentiment

    root = Path(vaderSentiment.__file__).parent
    items: dict[str, float] = {}
    for line in (root / "vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            items[parts[0].strip().lower()] = float(parts[1])
    emoji: dict[str, float] = {}
    for line in (root / "emoji_utf8_lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            value = sum(items.get(w, 0.0) for w in parts[1].lower().split())
            if value:
                emoji[parts[0]] = max(-4.0, min(4.0, value))
    items.update(emoji)
    items["xsmilex"] = 2.0  # normalize() turns emoticons into these tokens
    items["xfrownx"] = -2.0
    return Lexicon.from_items(items)


def features_of(texts: Sequence[str], config: FeatureConfig, lexicon: Lexicon) -> Features:
    """Features of raw post texts, prepared exactly as ``score_texts`` prepares them."""
    signs = emoji_signs(lexicon) if config.emoji_emoticons else None
    normalized = [normalize(prepare_for_model(t), config.vader, signs) for t in texts]
    parts = [
        featurize(normalized[i : i + FEATURE_BATCH], config, lexicon)
        for i in range(0, len(normalized), FEATURE_BATCH)
    ]
    return concat_features(parts, config)


def concat_features(parts: Sequence[Features], config: FeatureConfig) -> Features:
    """Stack feature batches row-wise."""
    if not parts:
        return featurize([], config, Lexicon(np.zeros(0, np.uint64), np.zeros(0, np.float32)))
    offsets = np.cumsum([0] + [p.n for p in parts])
    return Features(
        n=int(offsets[-1]),
        rows=np.concatenate([p.rows + off for p, off in zip(parts, offsets, strict=False)]),
        cols=np.concatenate([p.cols for p in parts]),
        vals=np.concatenate([p.vals for p in parts]),
        dense=np.concatenate([p.dense for p in parts]),
    )


def subset(x: Features, idx: np.ndarray) -> Features:
    """Rows ``idx`` (sorted) of a feature batch."""
    keep = np.zeros(x.n, dtype=bool)
    keep[idx] = True
    new_row = np.full(x.n, -1, dtype=np.int64)
    new_row[idx] = np.arange(len(idx))
    entries = keep[x.rows]
    return Features(
        n=len(idx),
        rows=new_row[x.rows[entries]].astype(np.int32),
        cols=x.cols[entries],
        vals=x.vals[entries],
        dense=x.dense[idx],
    )


def _report(model: LinearModel, x: Features, y: np.ndarray) -> Report:
    pred = model.logits_of(x).argmax(axis=1)
    return evaluate([LABELS[i] for i in y], [LABELS[i] for i in pred])


def _figures(r: Report) -> dict[str, Any]:
    return {
        "n": r.n,
        "avg_recall": round(r.avg_recall, 4),
        "macro_f1": round(r.macro_f1, 4),
        "accuracy": round(r.accuracy, 4),
        "neg_precision": round(r.neg_precision, 4),
        "neg_recall": round(r.neg_recall, 4),
    }


def _with_offsets(model: LinearModel, offsets: np.ndarray, meta: dict[str, Any]) -> LinearModel:
    return LinearModel(
        config=model.config,
        lexicon=model.lexicon,
        weights=model.weights,
        dense_weights=model.dense_weights,
        bias=model.bias + offsets,
        meta=meta,
    )


def train_default(
    data_dir: Path = SHARED_SENTIMENT,
    out_path: Path = DEFAULT_MODEL_PATH,
    *,
    config: FeatureConfig = DEFAULT_CONFIG,
    l2: float = DEFAULT_L2,
    iterations: int = DEFAULT_ITERATIONS,
    scale: str | None = DEFAULT_SCALE,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train, calibrate and save the default model; return its measured figures.

    ``scale``: ``None`` (plain L2), ``"nb"`` (``nb_scale`` per column, from the rows being
    fitted) or ``"nb-lexicon-floor"`` (the same, with the lexicon words' columns at least 1).

    Raises:
        FileNotFoundError: the training file is missing.
    """
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {SCALES}, got {scale!r}")
    path = data_dir / TRAIN_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: training data not found")
    texts, labels = read_labeled(path)
    y = labels_to_index(labels)
    train_idx, test_idx = split_rows(len(texts), TEST_FRACTION, TEST_SEED)
    rng = np.random.default_rng(CALIBRATION_SEED)
    shuffled = rng.permutation(train_idx)
    n_cal = round(len(train_idx) * CALIBRATION_FRACTION)
    cal_idx, fit_idx = np.sort(shuffled[:n_cal]), np.sort(shuffled[n_cal:])
    say(
        f"{path.name}: {len(texts):,} rows; fit {len(fit_idx):,}, calibrate {len(cal_idx):,},"
        f" held out {len(test_idx):,}"
    )
    lexicon = vader_lexicon()
    t = time.perf_counter()
    x = features_of(texts, config, lexicon)
    say(f"features: {len(x.rows):,} entries in {time.perf_counter() - t:.1f} s")

    def fit_rows(rows: np.ndarray) -> LinearModel:
        started = time.perf_counter()
        x_rows = subset(x, rows)
        column_scale = None
        if scale is not None:
            floor = scale == "nb-lexicon-floor"
            lexicon_cols = (lexicon.hashes & np.uint64(config.dims - 1)).astype(np.int64)
            column_scale = nb_scale(
                x_rows, y[rows], config.dims, floor_cols=lexicon_cols if floor else None
            )
        fitted = fit(
            x_rows,
            y[rows],
            config,
            lexicon,
            l2=l2,
            l2_dense=l2,
            sample_weight=class_weights(y[rows]),
            column_scale=column_scale,
            max_iter=iterations,
            log=say,
        )
        say(f"fitted on {len(rows):,} rows in {time.perf_counter() - started:.0f} s")
        return fitted

    model = fit_rows(fit_idx)
    x_cal = subset(x, cal_idx)
    sets = [(model.logits_of(x_cal), y[cal_idx])]
    dev_used = []
    for name in DEV_FILES:
        if (data_dir / name).is_file():
            dev_texts, dev_labels = read_labeled(data_dir / name)
            dev_x = features_of(dev_texts, config, lexicon)
            sets.append((model.logits_of(dev_x), labels_to_index(dev_labels)))
            dev_used.append(name)
    offsets = calibrate_sets(sets, "avg_recall")
    say(f"offsets {offsets.round(3).tolist()} from the calibration split and {dev_used}")
    calibration = _figures(_report(_with_offsets(model, offsets, {}), x_cal, y[cal_idx]))
    model = fit_rows(train_idx)  # again, on all training rows, keeping those offsets
    meta: dict[str, Any] = {
        "name": "default",
        "kind": "default",
        "trained_on": [
            {
                "file": path.name,
                "digest": texts_digest(texts),
                "n_rows": len(texts),
                "heldout_fraction": TEST_FRACTION,
                "heldout_seed": TEST_SEED,
            }
        ],
        "l2": l2,
        "iterations": iterations,
        "class_weights": "balanced",
        "column_scale": scale,
        "offsets": [round(float(o), 4) for o in offsets],
        "offsets_chosen_on": [f"{path.name} (calibration split)", *dev_used],
        "label_counts": dict(Counter(labels[i] for i in train_idx)),
        "refit_on": "fit and calibration rows (offsets from the fit-only model)",
    }
    final = _with_offsets(model, offsets, meta)
    meta["heldout"] = _figures(_report(final, subset(x, test_idx), y[test_idx]))
    meta["calibration"] = (
        calibration  # of the fit-only model, before the calibration rows were trained on
    )
    version = save_model(final, out_path)
    size_kb = out_path.stat().st_size / 1024
    say(f"wrote {out_path} ({size_kb:,.0f} KiB), version {version}")
    say(f"held-out {TEST_FRACTION:.0%} of {path.name}: {meta['heldout']}")
    return {"path": str(out_path), "version": version, **meta}


@dataclass(frozen=True)
class CompanyModelInfo:
    """What ``train_company_model`` did.

    Attributes:
        path: the model file written.
        version: its scorer version (``<name>-<hash>``).
        scorer: the scorer name to use it with: ``company:<path>``.
        n_train: labeled posts it was fitted on.
        label_counts: of those posts.
        cv: 5-fold cross-validated figures on the training posts (calibrated offsets).
        heldout: figures on the held-out part, when ``holdout`` > 0.
    """

    path: str
    version: str
    scorer: str
    n_train: int
    label_counts: dict[str, int]
    cv: dict[str, Any]
    heldout: dict[str, Any] | None


def train_company_model(
    csv_path: Path,
    out_path: Path,
    *,
    name: str = "company",
    base: str = "default",
    holdout: float = 0.0,
    seed: int = COMPANY_SEED,
    l2: float = COMPANY_L2,
    say: Callable[[str], None] = lambda _msg: None,
) -> CompanyModelInfo:
    """Fit a company model from labeled posts (CSV with ``text,label`` columns).

    The company model starts from the ``base`` model's weights and is pulled towards them, so
    a few hundred labeled posts are enough to shift it to the company's own vocabulary and
    class mix. Per-class offsets for macro-F1 are chosen on out-of-fold predictions (5-fold).

    Args:
        csv_path: the company's labeled mentions.
        out_path: where the model file is written (``.npz``).
        name: model name; the version string is ``<name>-<hash of the file>``.
        base: scorer name of the model to start from (``default`` or ``company:<path>``).
        holdout: fraction of rows kept aside (fixed ``seed``) and reported on, not trained on.
        seed: seed of the hold-out and fold splits.
        l2: strength of the pull towards the base weights.
        say: progress messages.

    Returns:
        A ``CompanyModelInfo``.

    Raises:
        flows.evaluate.LabeledFileError: bad CSV; ``ValueError``: too few rows or classes.
    """
    texts, labels = read_labeled(csv_path)
    y_all = labels_to_index(labels)
    if holdout > 0:
        train_idx, test_idx = split_rows(len(texts), holdout, seed)
    else:
        train_idx, test_idx = np.arange(len(texts)), np.zeros(0, dtype=np.int64)
    y = y_all[train_idx]
    counts = np.bincount(y, minlength=3)
    if len(train_idx) < 2 * COMPANY_FOLDS or (counts < 2).any():
        raise ValueError(
            f"{csv_path}: need at least {2 * COMPANY_FOLDS} labeled posts with 2 or more of"
            f" each label, got {dict(zip(LABELS, counts.tolist(), strict=True))}"
        )
    prior = scorer_model(base)
    x_all = features_of(texts, prior.config, prior.lexicon)
    x = subset(x_all, train_idx)

    def fit_on(rows: np.ndarray) -> LinearModel:
        return fit(
            subset(x, rows),
            y[rows],
            prior.config,
            prior.lexicon,
            l2=l2,
            l2_dense=l2,
            prior=prior,
            max_iter=COMPANY_ITERATIONS,
        )

    folds = np.random.default_rng(seed).permutation(len(y)) % COMPANY_FOLDS
    oof = np.zeros((len(y), 3))
    for k in range(COMPANY_FOLDS):
        say(f"fold {k + 1}/{COMPANY_FOLDS}")
        held = np.flatnonzero(folds == k)
        oof[held] = fit_on(np.flatnonzero(folds != k)).logits_of(subset(x, held))
    offsets = calibrate(oof, y, "macro_f1")
    cv = evaluate([LABELS[i] for i in y], [LABELS[i] for i in (oof + offsets).argmax(1)])
    say("final fit on all training rows")
    model = fit_on(np.arange(len(y)))
    meta: dict[str, Any] = {
        "name": name,
        "kind": "company",
        "base_version": scorer_version(base),
        # The base model's training rows count too: eval must not score them either.
        "trained_on": [
            *prior.meta.get("trained_on", []),
            {
                "file": csv_path.name,
                "digest": texts_digest(texts),
                "n_rows": len(texts),
                "heldout_fraction": holdout,
                "heldout_seed": seed,
            },
        ],
        "l2": l2,
        "offsets": [round(float(o), 4) for o in offsets],
        "label_counts": dict(Counter(labels[i] for i in train_idx)),
        "cv": _figures(cv),
    }
    final = _with_offsets(model, offsets, meta)
    heldout = None
    if len(test_idx):
        heldout = _figures(_report(final, subset(x_all, test_idx), y_all[test_idx]))
        meta["heldout"] = heldout
    version = save_model(final, out_path)
    return CompanyModelInfo(
        path=str(out_path),
        version=version,
        scorer=f"company:{out_path}",
        n_train=len(train_idx),
        label_counts=meta["label_counts"],
        cv=meta["cv"],
        heldout=heldout,
    )


def train_command(labeled: Path, out: Path, *, name: str = "company", holdout: float = 0.0) -> int:
    """``brandrisk sentiment train LABELED.csv --out PATH``: fit, save, print a summary.

    Returns:
        Exit code: 0 ok, 1 on a handled error (message on stderr).
    """
    from flows.evaluate import LabeledFileError

    try:
        info = train_company_model(labeled, out, name=name, holdout=holdout, say=log.info)
    except (LabeledFileError, ValueError, OSError) as exc:
        print(f"brandrisk: error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {info.path}  version {info.version}")
    print(f"trained on {info.n_train} posts {info.label_counts}")
    print(f"5-fold cross-validated: {_one_line(info.cv)}")
    if info.heldout:
        print(f"held out ({holdout:.0%}): {_one_line(info.heldout)}")
    print(f"score with it: --scorer {info.scorer}  (or BRANDRISK_SCORER={info.scorer})")
    return 0


def _one_line(fig: dict[str, Any]) -> str:
    return (
        f"n={fig['n']} AvgRec {fig['avg_recall']:.3f} macro-F1 {fig['macro_f1']:.3f}"
        f" acc {fig['accuracy']:.3f} negP {fig['neg_precision']:.3f}"
        f" negR {fig['neg_recall']:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m flows.train_sentiment {default,company} ...``."""
    parser = argparse.ArgumentParser(
        prog="python -m flows.train_sentiment", description="Train sentiment models."
    )
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("default", help="rebuild the shipped default model")
    p.add_argument("--data", type=Path, default=SHARED_SENTIMENT, help="labeled data folder")
    p.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH, help="model file to write")
    p = sub.add_parser("company", help="fit a company model from labeled posts")
    p.add_argument("labeled", type=Path, help="CSV with text,label columns")
    p.add_argument("--out", type=Path, required=True, help="model file to write (.npz)")
    p.add_argument("--name", default="company", help="model name (version prefix)")
    p.add_argument("--holdout", type=float, default=0.0, help="fraction kept aside to report on")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.what == "default":
        try:
            info = train_default(args.data, args.out)
        except FileNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print({k: v for k, v in info.items() if k in ("version", "heldout", "calibration")})
        return 0
    return train_command(args.labeled, args.out, name=args.name, holdout=args.holdout)


if __name__ == "__main__":
    sys.exit(main())
