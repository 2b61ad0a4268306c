"""Report helpers in spin: rising terms, surge windows, negative-share surges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from analysis.spin import Surge, negative_share_surges, rising_terms, surge_windows

H = datetime(2026, 10, 21, 11, tzinfo=UTC)


def test_rising_terms_lift_and_filters() -> None:
    got = rising_terms(
        [("outage", 40, 28), ("the", 90, 900), ("harborline", 80, 200), ("#down", 12, 0),
         ("login", 4, 0), ("usual", 30, 28 * 30)],
        28, ignore=["Harborline"],
    )  # fmt: skip
    assert [t.term for t in got] == ["outage", "#down"]
    assert got[0].lift == round(41 / 2, 2) and got[0].baseline_per_day == 1.0


def test_consecutive_surge_hours_are_one_window() -> None:
    hours = [Surge(H + timedelta(hours=i), 10 + i, 4.0 + i, 2.0) for i in (0, 1, 2, 5)]
    windows = surge_windows(hours)
    assert [(w.start, w.end) for w in windows] == [
        (H, H + timedelta(hours=3)), (H + timedelta(hours=5), H + timedelta(hours=6))
    ]  # fmt: skip
    assert windows[0].count == 33 and windows[0].peak_count == 12 and windows[0].peak_z == 6.0


def test_negative_share_surges_need_share_and_volume() -> None:
    hours = [(H, 20, 15), (H + timedelta(hours=1), 20, 5), (H + timedelta(hours=2), 3, 3)]
    got = negative_share_surges(hours, baseline_share=0.2, threshold=3.5)
    assert [s.hour for s in got] == [H]  # 75% of 20 against 20%; 3 of 3 is too few to judge
    assert got[0].count == 15 and got[0].z > 6
    assert negative_share_surges([(H, 10, 0)], baseline_share=0.0, threshold=3.5) == []
