"""``brandrisk sentiment eval``: score labeled CSV files and print the measures per scorer."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.metrics import LABELS, evaluate
from analysis.sentiment import score_texts

# The team's labeled data sets sit beside the checkout (see ../shared/data/sentiment/README.md).
SHARED_SENTIMENT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "sentiment"
DEFAULT_SCORERS = ("default", "vader", "textblob")


class LabeledFileError(ValueError):
    """A labeled CSV file that cannot be used (missing columns, unknown labels)."""


def read_labeled(path: Path) -> tuple[list[str], list[str]]:
    """Read ``text,label`` rows; labels must be negative, neutral or positive.

    Raises:
        LabeledFileError: with the file and line of the first problem.
    """
    texts, labels = [], []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
            raise LabeledFileError(f"{path}: needs a header with 'text' and 'label' columns")
        for row in reader:
            label = (row["label"] or "").strip().lower()
            if label not in LABELS:
                raise LabeledFileError(
                    f"{path}:{reader.line_num}: label {row['label']!r} is not one of {LABELS}"
                )
            texts.append(row["text"] or "")
            labels.append(label)
    return texts, labels


def eval_files(files: Sequence[Path], scorers: Sequence[str] | None = None) -> int:
    """Print one table row per (file, scorer); return the exit code.

    With no files, every CSV in ``../shared/data/sentiment/`` is used; if that folder is
    absent the command says so and exits 0 (nothing to evaluate is not an error).
    """
    paths = list(files)
    if not paths:
        if not SHARED_SENTIMENT.is_dir():
            print(f"skipped: no labeled data at {SHARED_SENTIMENT} (pass CSV files instead)")
            return 0
        paths = sorted(SHARED_SENTIMENT.glob("*.csv"))
    names = list(scorers or DEFAULT_SCORERS)
    header = (
        f"{'data set':28} {'scorer':10} {'n':>6} {'AvgRec':>7} {'macroF1':>7}"
        f" {'acc':>6} {'negP':>6} {'negR':>6}"
    )
    print(header)
    print("-" * len(header))
    for path in paths:
        try:
            texts, gold = read_labeled(path)
        except LabeledFileError as exc:
            print(f"brandrisk: error: {exc}", file=sys.stderr)
            return 1
        for name in names:
            predicted = [s.label for s in score_texts(texts, scorer=name)]
            r = evaluate(gold, predicted)
            print(
                f"{path.stem[:28]:28} {name:10} {r.n:6d} {r.avg_recall:7.3f} {r.macro_f1:7.3f}"
                f" {r.accuracy:6.3f} {r.neg_precision:6.3f} {r.neg_recall:6.3f}",
                flush=True,
            )
    return 0
