"""One number per day for the brand-risk report, simple enough to explain in a meeting."""

from __future__ import annotations

from collections.abc import Mapping

from analysis.policy import SEVERITIES

# Points per flag by severity; one critical flag weighs as much as twenty low ones.
SEVERITY_POINTS: Mapping[str, float] = dict(zip(SEVERITIES, (1.0, 3.0, 8.0, 20.0), strict=True))
NEGATIVITY_MAX = 40.0  # points for a negative share far above normal
NEGATIVITY_FULL_LIFT = 0.25  # a negative share 25 points above baseline earns all 40
VOLUME_PRIOR = 10  # mentions of evidence before the negative share is fully trusted
FLAGS_MAX = 50.0
SURGE_POINTS = 10.0


def daily_risk_score(
    n_mentions: int,
    n_negative: int,
    baseline_negative_share: float,
    flags_by_severity: Mapping[str, int],
    surge: bool,
) -> float:
    """Score a day's brand risk from 0 (quiet) to 100 (act now).

    The score adds three capped parts:

    * **negativity, up to 40**: ``lift = max(0, negative_share - baseline_negative_share)``;
      ``40 * min(1, lift / 0.25) * n / (n + 10)``. Only negativity above normal counts, and
      a day with few mentions is damped (3 angry posts out of 4 are not a crisis).
    * **flags, up to 50**: 1 point per low, 3 per medium, 8 per high, 20 per critical flag.
    * **surge, 10**: when the day had at least one volume surge (``spin.detect_surges``).

    Example: 200 mentions, 60 negative (30%) against a 10% baseline, 2 high flags and a
    surge: ``40 * 0.8 * 200/210 + 16 + 10 = 56.5``.

    Args:
        n_mentions: the day's mentions.
        n_negative: how many of them were negative.
        baseline_negative_share: the usual negative share (0..1), e.g. over the last 28 days.
        flags_by_severity: flag counts keyed by severity; unknown keys are ignored.
        surge: whether the day had a volume surge.

    Returns:
        The score, rounded to one decimal.
    """
    n = max(0, n_mentions)
    negativity = 0.0
    if n:
        share = min(1.0, max(0, n_negative) / n)
        lift = max(0.0, share - min(1.0, max(0.0, baseline_negative_share)))
        negativity = NEGATIVITY_MAX * min(1.0, lift / NEGATIVITY_FULL_LIFT) * n / (n + VOLUME_PRIOR)
    flag_points = sum(
        SEVERITY_POINTS[severity] * max(0, count)
        for severity, count in flags_by_severity.items()
        if severity in SEVERITY_POINTS
    )
    total = negativity + min(FLAGS_MAX, flag_points) + (SURGE_POINTS if surge else 0.0)
    return round(min(100.0, total), 1)
