"""``brandrisk sentiment eval``: score labeled CSV files and print the measures per scorer.

Rows a model was trained on are never scored: a model file records the data sets it was
trained on (by a digest of their texts) and the fixed split it held out, and for such a file
every scorer is measured on the held-out rows only, so the table compares like with like.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.metrics import LABELS, Report, evaluate
from analysis.sentiment import SCORERS, score_texts, scorer_model
from analysis.sentiment_train import split_rows

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
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            raw = fh.read()
    except UnicodeDecodeError as exc:
        raise LabeledFileError(f"{path}: not UTF-8 ({exc.reason})") from None
    # A bare carriage return inside a post (seen in public tweet dumps) would end the row.
    raw = _LONE_CR.sub(" ", raw)
    reader = csv.DictReader(io.StringIO(raw, newline=""))
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


_LONE_CR = re.compile(r"\r(?!\n)")


def texts_digest(texts: Sequence[str]) -> str:
    """A short digest of a data set's texts, to recognize it whatever its file name."""
    h = hashlib.sha256()
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def heldout_rows(texts: Sequence[str], scorers: Sequence[str]) -> tuple[list[int] | None, str]:
    """Rows of a data set that none of the model ``scorers`` was trained on.

    Returns:
        ``(rows, note)``: ``rows`` is ``None`` when no scorer was trained on this data set
        (use every row); ``note`` says which split is used, for the table.
    """
    digest = None
    keep: set[int] | None = None
    notes = []
    for name in scorers:
        if name in SCORERS and name != "default":
            continue
        meta: dict[str, Any] = scorer_model(name).meta
        for used in meta.get("trained_on", []):
            digest = digest or texts_digest(texts)
            if used.get("digest") != digest or used.get("n_rows") != len(texts):
                continue
            fraction = float(used.get("heldout_fraction", 0.0))
            _, held = split_rows(len(texts), fraction, int(used.get("heldout_seed", 0)))
            rows = set(held.tolist())
            keep = rows if keep is None else keep & rows
            notes.append(f"{fraction:.0%} held out by {meta.get('name', name)}")
    if keep is None:
        return None, ""
    return sorted(keep), "; ".join(notes)


def eval_files(
    files: Sequence[Path], scorers: Sequence[str] | None = None, *, confusion: bool = True
) -> int:
    """Print one table row per (file, scorer), then the confusion matrices; return the exit code.

    With no files, every CSV in ``../shared/data/sentiment/`` is used; if that folder is
    absent the command says so and exits 0 (nothing to evaluate is not an error). For a file
    that a model scorer was trained on, only its held-out rows are scored (by every scorer).

    Args:
        files: CSV files with ``text,label`` columns.
        scorers: scorer names (default: ``default``, ``vader``, ``textblob``); model files as
            ``company:<path>``.
        confusion: also print each confusion matrix (rows: gold, columns: predicted).

    Returns:
        0 ok; 1 a file or scorer could not be used (one-line message on stderr).
    """
    paths = list(files)
    if not paths:
        if not SHARED_SENTIMENT.is_dir():
            print(f"skipped: no labeled data at {SHARED_SENTIMENT} (pass CSV files instead)")
            return 0
        paths = sorted(SHARED_SENTIMENT.glob("*.csv"))
    names = list(scorers or DEFAULT_SCORERS)
    matrices: list[tuple[str, str, Report]] = []
    header = (
        f"{'data set':28} {'scorer':10} {'n':>6} {'AvgRec':>7} {'macroF1':>7}"
        f" {'acc':>6} {'negP':>6} {'negR':>6}"
    )
    print(header)
    print("-" * len(header))
    notes: list[str] = []
    for path in paths:
        try:
            texts, gold = read_labeled(path)
            rows, note = heldout_rows(texts, names)
        except (LabeledFileError, ValueError, OSError) as exc:
            print(f"brandrisk: error: {exc}", file=sys.stderr)
            return 1
        label = path.stem[:27]
        if rows is not None:
            texts = [texts[i] for i in rows]
            gold = [gold[i] for i in rows]
            label += "*"
            notes.append(f"* {path.stem}: only rows no model was trained on ({note})")
        for name in names:
            try:
                predicted = [s.label for s in score_texts(texts, scorer=name)]
            except ValueError as exc:
                print(f"brandrisk: error: {exc}", file=sys.stderr)
                return 1
            r = evaluate(gold, predicted)
            matrices.append((label, name, r))
            print(
                f"{label:28} {_short(name):10} {r.n:6d} {r.avg_recall:7.3f} {r.macro_f1:7.3f}"
                f" {r.accuracy:6.3f} {r.neg_precision:6.3f} {r.neg_recall:6.3f}",
                flush=True,
            )
    for note in notes:
        print(note)
    if confusion and matrices:
        print()
        print("confusion matrices: rows gold, columns predicted (negative, neutral, positive)")
        for label, name, r in matrices:
            cells = "  ".join(" ".join(f"{c:5d}" for c in row) for row in r.confusion)
            print(f"{label:28} {_short(name):10} {cells}")
    for name in names:
        if name.startswith("company:"):
            print(f"{_short(name)} = {name}")
    return 0


def _short(name: str) -> str:
    return name if len(name) <= 10 else Path(name.split(":", 1)[-1]).stem[:10]
