"""Report SQL from given rows to expected figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from analysis.profile import Profile
from connectors.base import Mention
from flows.report import build_summary, day_bounds
from flows.store import Store
from tests.flows.test_store import page

DAY = date(2026, 10, 10)  # a report day in America/New_York (UTC-4 in October)


def m(post_id: str, at: datetime, text: str, platform: str = "x", handle: str = "u") -> Mention:
    return Mention(
        platform=platform, post_id=post_id, url="", kind="post", created_at=at,
        author_id=handle, author_handle=handle, text=text, author_followers=100,
    )  # fmt: skip


def load(store: Store, mentions: list[Mention], labels: dict[str, str]) -> None:
    store.save_partition("x", "q", [page("0")], mentions, None)
    import pyarrow as pa

    keys = [(x.platform, x.post_id) for x in mentions]
    store.save_analysis(
        pa.table({
            "platform": [k[0] for k in keys], "post_id": [k[1] for k in keys],
            "scorer_version": ["t"] * len(keys), "label": [labels[k[1]] for k in keys],
            "score": [0.0] * len(keys),
        }),
        pa.table({
            "platform": ["x"], "post_id": ["n1"], "rules_version": ["r"],
            "category": ["negative_spin"], "severity": ["high"], "rule": ["spin.test"],
            "policy": ["public_reputation"], "evidence": ["masked"],
            "span_start": pa.array([0], pa.int32()), "span_end": pa.array([3], pa.int32()),
        }),
        pa.table({
            "platform": [k[0] for k in keys], "post_id": [k[1] for k in keys],
            "scorer_version": ["t"] * len(keys), "rules_version": ["r"] * len(keys),
            "is_excluded": [k[1] == "ex" for k in keys],
        }),
    )  # fmt: skip


def test_day_figures_from_given_rows(tmp_path: Path, example: Profile) -> None:
    start, end = day_bounds(DAY, example.tz)
    assert start == datetime(2026, 10, 10, 4, tzinfo=UTC)
    rows = [
        m("p1", start + timedelta(hours=1), "Harborline is great"),
        m("n1", start + timedelta(hours=2), "Harborline is awful"),
        m("n2", start + timedelta(hours=3), "Harborline broke", platform="reddit"),
        m("u1", start + timedelta(hours=4), "Harborline pay ok"),
        m("ex", start + timedelta(hours=5), "Harborline Ferries late"),  # excluded: not counted
        m("before", start - timedelta(minutes=1), "Harborline yesterday"),  # the day before
        m("after", end, "Harborline tomorrow"),  # the next day
    ]
    labels = {"p1": "positive", "n1": "negative", "n2": "negative", "u1": "neutral",
              "ex": "negative", "before": "negative", "after": "negative"}  # fmt: skip
    with Store.open(tmp_path / "b.duckdb") as store:
        load(store, rows, labels)
        ctx = build_summary(store, example, DAY, platforms=["x", "reddit"])
        s = ctx["summary"]
        assert (s["n_mentions"], s["n_x"], s["n_reddit"]) == (4, 3, 1)
        assert (s["n_positive"], s["n_neutral"], s["n_negative"]) == (1, 1, 2)
        assert s["net_sentiment"] == (1 - 2) / 4
        assert s["n_flags"] == 1 and s["n_flags_high"] == 1
        assert s["baseline_7d"] == 1 / 7 and s["baseline_28d"] == 1 / 28  # "before" only
        assert ctx["missing_sources"] == [
            {"platform": "x", "detail": "not fetched for this day"},
            {"platform": "reddit", "detail": "not fetched for this day"},
        ]
        # Delete-and-insert per day: building the same day twice keeps one row.
        build_summary(store, example, DAY, platforms=["x", "reddit"])
        assert store.count("daily_summary") == 1
