"""Pure functions for the marketing view: volume surges and copy-paste campaigns.

A *surge* is an hour whose mention count is far above what the baseline hours make normal,
measured with a robust z-score (median and MAD, so one earlier spike does not hide the next).
A *near-duplicate burst* is many posts with the same text, give or take links, handles, numbers
and punctuation, inside a short window: the signature of a coordinated campaign or a bot wave.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from analysis.text import HANDLE_RE, URL_RE, clean_text

MAD_TO_SIGMA = 1.4826  # MAD * 1.4826 estimates the standard deviation of normal data
MEANAD_TO_SIGMA = 1.2533  # mean absolute deviation * sqrt(pi/2), for the same purpose


def robust_z(values: Sequence[float], baseline: Sequence[float], floor: float = 1.0) -> list[float]:
    """Score each value against a baseline with a robust z-score.

    ``z = (value - median(baseline)) / scale`` where ``scale = 1.4826 * MAD(baseline)``, the
    median absolute deviation scaled to match a standard deviation. When more than half the
    baseline is identical (MAD = 0, common for hourly counts of a quiet brand) the scale falls
    back to ``1.2533 * mean absolute deviation``, and never drops below ``floor`` (default one
    count): a jump from 0 to 2 mentions is not a crisis.

    Args:
        values: the observations to score (e.g. this day's hourly counts).
        baseline: the history that defines normal (e.g. the same hours over the last 28 days).
        floor: smallest scale allowed.

    Returns:
        One z-score per value; all 0.0 when the baseline is empty (nothing to compare with).
    """
    if not baseline:
        return [0.0 for _ in values]
    median = statistics.median(baseline)
    deviations = [abs(b - median) for b in baseline]
    scale = MAD_TO_SIGMA * statistics.median(deviations)
    if scale == 0:
        scale = MEANAD_TO_SIGMA * statistics.fmean(deviations)
    scale = max(scale, floor)
    return [(v - median) / scale for v in values]


@dataclass(frozen=True, slots=True)
class Surge:
    """One hour whose mention count is unusually high.

    Attributes:
        hour: the hour (as given in ``hourly_counts``).
        count: mentions in that hour.
        z: robust z-score against the baseline.
        baseline_median: the baseline's median count per hour.
    """

    hour: datetime
    count: float
    z: float
    baseline_median: float


def detect_surges(
    hourly_counts: Sequence[tuple[datetime, float]],
    baseline_hourly: Sequence[float],
    threshold: float,
    min_count: float = 5,
) -> list[Surge]:
    """Return the hours whose count is a surge.

    An hour is a surge when its robust z-score (``robust_z``) is at least ``threshold``
    (``profile.thresholds.surge_z``, 3.5 by default: the usual cut-off for modified z-scores)
    and it has at least ``min_count`` mentions.

    Args:
        hourly_counts: ``(hour, count)`` pairs for the period under review.
        baseline_hourly: hourly counts from a comparable earlier period.
        threshold: z-score at or above which an hour is a surge.
        min_count: smallest count that can be a surge.

    Returns:
        Surges in the order of ``hourly_counts``.
    """
    counts = [c for _, c in hourly_counts]
    zs = robust_z(counts, baseline_hourly)
    median = statistics.median(baseline_hourly) if baseline_hourly else 0.0
    return [
        Surge(hour, count, round(z, 3), float(median))
        for (hour, count), z in zip(hourly_counts, zs, strict=True)
        if z >= threshold and count >= min_count
    ]


_NOT_WORD = re.compile(r"[\W\d_]+")


def normalize_for_dedup(text: str) -> str:
    """Reduce a post to the words that make it a copy of another.

    Lowercases, removes URLs, @handles, digits, punctuation and emoji, and collapses spaces:
    "@bob Harborline STOLE my $50!! https://t.co/x" becomes "harborline stole my".
    """
    text = clean_text(text, 2_000)
    text = HANDLE_RE.sub(" ", URL_RE.sub(" ", text))
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def dedup_key(text: str, min_words: int = 4) -> str | None:
    """Return a short key shared by near-duplicate texts, or None for texts too short to judge.

    The key hashes the normalized text's *set* of words, so reordering or repeating words
    does not escape it. Texts with fewer than ``min_words`` distinct words ("lol", "same")
    get no key: short texts repeat by chance.
    """
    words = sorted(set(normalize_for_dedup(text).split()))
    if len(words) < min_words:
        return None
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class Burst:
    """A group of near-identical posts published close together.

    Attributes:
        key: the shared ``dedup_key``.
        post_ids: the posts, in time order.
        start: time of the first post.
        end: time of the last post.
        sample: the normalized text of the first post, for the report.
    """

    key: str
    post_ids: tuple[str, ...]
    start: datetime
    end: datetime
    sample: str


def near_duplicate_bursts(
    items: Iterable[tuple[str, str, datetime]],
    min_size: int = 5,
    window: timedelta = timedelta(hours=1),
) -> list[Burst]:
    """Find copy-paste campaigns: at least ``min_size`` same-key posts within ``window``.

    Posts are grouped by ``dedup_key``; within a group, sorted by time, each maximal run that
    fits in ``window`` from its first post and has ``min_size`` posts is one burst. Linear in
    the number of posts after sorting; no pairwise comparison.

    Args:
        items: ``(post_id, text, created_at)`` triples.
        min_size: smallest number of posts that makes a burst.
        window: longest time span of one burst.

    Returns:
        Bursts, largest first (ties: earliest first).
    """
    groups: dict[str, list[tuple[datetime, str, str]]] = defaultdict(list)
    for post_id, text, created_at in items:
        key = dedup_key(text)
        if key is not None:
            groups[key].append((created_at, post_id, text))
    bursts: list[Burst] = []
    for key, posts in groups.items():
        if len(posts) < min_size:
            continue
        posts.sort()
        i = 0
        while i < len(posts):
            j = i
            while j < len(posts) and posts[j][0] - posts[i][0] <= window:
                j += 1
            if j - i >= min_size:
                run = posts[i:j]
                ids = tuple(p[1] for p in run)
                sample = normalize_for_dedup(run[0][2])
                bursts.append(Burst(key, ids, run[0][0], run[-1][0], sample))
                i = j
            else:
                i += 1
    bursts.sort(key=lambda b: (-len(b.post_ids), b.start))
    return bursts


# Words too common to be news (English; the list is short on purpose: rising terms are judged
# against the company's own baseline, which already discounts its everyday words).
_STOPWORDS_TEXT = """
    the and for you your are was were with this that have has had not but all any can our out
    just get got its it's from they them their there what when who why how will would could should
    about been being more most some than then too very into over under again also only really
    here now today yesterday still even much many such each other which while does did doing
    lol tbh imo omg yes yeah https http www com amp rt via"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


@dataclass(frozen=True, slots=True)
class RisingTerm:
    """A word or hashtag used far more today than usual.

    Attributes:
        term: the word or ``#hashtag``, lowercased.
        n_day: posts of the day that use it.
        baseline_per_day: posts per day that used it over the baseline.
        lift: ``(n_day + 1) / (baseline_per_day + 1)``.
    """

    term: str
    n_day: int
    baseline_per_day: float
    lift: float


def rising_terms(
    counts: Iterable[tuple[str, int, int]],
    baseline_days: int,
    *,
    ignore: Iterable[str] = (),
    min_count: int = 5,
    min_lift: float = 3.0,
    limit: int = 10,
) -> list[RisingTerm]:
    """Pick the terms whose use today is well above their baseline.

    Args:
        counts: ``(term, posts today, posts in the baseline)`` per term.
        baseline_days: how many days the baseline counts cover.
        ignore: words never reported (the company's own names, say); compared lowercased.
        min_count: fewest posts today for a term to count.
        min_lift: smallest ``lift`` (add-one smoothed ratio of today to a baseline day).
        limit: how many to return.

    Returns:
        Rising terms, highest lift first (ties: more posts first).
    """
    skip = {w.lower().lstrip("#@") for w in ignore}
    out = []
    for term, n_day, n_base in counts:
        word = term.lstrip("#")
        if n_day < min_count or word in STOPWORDS or word in skip or len(word) < 3:
            continue
        per_day = n_base / baseline_days if baseline_days else 0.0
        lift = (n_day + 1) / (per_day + 1)
        if lift >= min_lift:
            out.append(RisingTerm(term, n_day, round(per_day, 2), round(lift, 2)))
    out.sort(key=lambda t: (-t.lift, -t.n_day, t.term))
    return out[:limit]


@dataclass(frozen=True, slots=True)
class SurgeWindow:
    """Consecutive surge hours, reported as one event.

    Attributes:
        start: the first hour.
        end: the end of the last hour (exclusive).
        count: mentions over the window.
        peak_count: mentions in the busiest hour.
        peak_z: the highest robust z-score in the window.
        baseline_median: the baseline's median count per hour.
    """

    start: datetime
    end: datetime
    count: float
    peak_count: float
    peak_z: float
    baseline_median: float


def surge_windows(surges: Sequence[Surge]) -> list[SurgeWindow]:
    """Merge surges in consecutive hours into windows, in time order."""
    windows: list[SurgeWindow] = []
    for s in sorted(surges, key=lambda x: x.hour):
        last = windows[-1] if windows else None
        if last is not None and s.hour == last.end:
            windows[-1] = SurgeWindow(
                last.start,
                s.hour + timedelta(hours=1),
                last.count + s.count,
                max(last.peak_count, s.count),
                max(last.peak_z, s.z),
                last.baseline_median,
            )
        else:
            windows.append(
                SurgeWindow(
                    s.hour, s.hour + timedelta(hours=1), s.count, s.count, s.z, s.baseline_median
                )
            )
    return windows


def negative_share_surges(
    hours: Sequence[tuple[datetime, int, int]],
    baseline_share: float,
    threshold: float,
    min_count: int = 5,
) -> list[Surge]:
    """Hours whose share of negative posts is far above the usual share.

    A one-proportion z-score, ``(p - p0) / sqrt(p0 * (1 - p0) / n)``, for each hour with at
    least ``min_count`` mentions, against ``baseline_share`` (p0, e.g. the 28-day negative
    share, kept within 0.01..0.99 so a spotless baseline does not divide by zero). An hour
    with z >= ``threshold`` is a surge of negativity even when volume is normal.

    Args:
        hours: ``(hour, mentions, negative mentions)`` for the period under review.
        baseline_share: the usual negative share, 0..1.
        threshold: z-score at or above which an hour counts.
        min_count: fewest mentions in an hour for its share to mean anything.

    Returns:
        Surges (``count`` is the hour's negative mentions; ``baseline_median`` the expected
        negative mentions at the usual share), in the order of ``hours``.
    """
    p0 = min(0.99, max(0.01, baseline_share))
    out = []
    for hour, n, n_neg in hours:
        if n < min_count:
            continue
        z = (n_neg / n - p0) / ((p0 * (1 - p0) / n) ** 0.5)
        if z >= threshold:
            out.append(Surge(hour, float(n_neg), round(z, 3), round(p0 * n, 2)))
    return out
