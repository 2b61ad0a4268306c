"""Classification metrics for three-class sentiment, as SemEval-2017 task 4A reports them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class Report:
    """Scores of predictions against gold labels.

    Attributes:
        n: number of examples.
        avg_recall: mean recall of the three classes (SemEval-2017 4A's official measure).
        macro_f1: mean F1 of the three classes.
        accuracy: share of exact matches.
        neg_precision: precision of the negative class.
        neg_recall: recall of the negative class.
        confusion: ``confusion[gold][predicted]`` counts, in ``LABELS`` order.
    """

    n: int
    avg_recall: float
    macro_f1: float
    accuracy: float
    neg_precision: float
    neg_recall: float
    confusion: tuple[tuple[int, ...], ...]


def evaluate(gold: Sequence[str], predicted: Sequence[str]) -> Report:
    """Compare predicted labels with gold labels (both from ``LABELS``).

    Raises:
        ValueError: the sequences differ in length, or a label is not one of ``LABELS``.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    index = {label: i for i, label in enumerate(LABELS)}
    matrix = [[0] * 3 for _ in LABELS]
    for g, p in zip(gold, predicted, strict=True):
        if g not in index or p not in index:
            raise ValueError(f"labels must be one of {LABELS}, got {g!r} / {p!r}")
        matrix[index[g]][index[p]] += 1
    recalls, f1s, precisions = [], [], []
    for i in range(3):
        tp = matrix[i][i]
        support = sum(matrix[i])
        predicted_i = sum(row[i] for row in matrix)
        recall = tp / support if support else 0.0
        precision = tp / predicted_i if predicted_i else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        recalls.append(recall)
        precisions.append(precision)
        f1s.append(f1)
    n = len(gold)
    return Report(
        n=n,
        avg_recall=sum(recalls) / 3,
        macro_f1=sum(f1s) / 3,
        accuracy=sum(matrix[i][i] for i in range(3)) / n if n else 0.0,
        neg_precision=precisions[0],
        neg_recall=recalls[0],
        confusion=tuple(tuple(row) for row in matrix),
    )
