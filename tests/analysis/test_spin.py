from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from analysis.spin import (
    Burst,
    dedup_key,
    detect_surges,
    near_duplicate_bursts,
    normalize_for_dedup,
    robust_z,
)

T0 = datetime(2024, 5, 1, tzinfo=UTC)


def test_robust_z_uses_median_and_mad() -> None:
    baseline = [10, 12, 11, 9, 10, 13, 10, 8]  # median 10, MAD 1 -> scale 1.4826
    z = robust_z([10, 25, 4], baseline)
    assert z[0] == 0
    assert z[1] == pytest.approx(15 / 1.4826)
    assert z[2] == pytest.approx(-6 / 1.4826)


def test_robust_z_ignores_one_old_spike() -> None:
    calm = [10, 12, 11, 9, 10, 13, 10, 8]
    assert robust_z([25], [*calm, 500])[0] > 5  # a mean/stdev z would be about 0


def test_robust_z_flat_and_empty_baselines() -> None:
    # Quiet brand: most hours zero. MAD is 0, mean absolute deviation takes over, floor 1.
    assert robust_z([2], [0] * 20) == [2.0]
    assert robust_z([30], [0] * 18 + [5, 5])[0] == pytest.approx(30 / 1.0)
    assert robust_z([5, 6], []) == [0.0, 0.0]
    assert robust_z([], [1, 2]) == []


def test_detect_surges_threshold_and_min_count() -> None:
    hours = [(T0 + timedelta(hours=h), c) for h, c in enumerate([10, 11, 60, 9, 4])]
    baseline = [10, 12, 11, 9, 10, 13, 10, 8] * 3
    surges = detect_surges(hours, baseline, threshold=3.5)
    assert [(s.hour, s.count) for s in surges] == [(T0 + timedelta(hours=2), 60)]
    assert surges[0].z > 3.5 and surges[0].baseline_median == 10
    # Quiet baseline: 4 mentions is far above normal but below min_count.
    quiet = detect_surges([(T0, 4)], [0] * 24, threshold=3.5)
    assert quiet == []
    assert len(detect_surges([(T0, 4)], [0] * 24, threshold=3.5, min_count=3)) == 1


def test_normalize_for_dedup() -> None:
    text = "@bob Harborline STOLE my $50!! https://t.co/x #Scam 😡 &amp; more"
    assert normalize_for_dedup(text) == "harborline stole my scam more"


def test_dedup_key_ignores_noise_and_order_but_not_content() -> None:
    a = dedup_key("@a Boycott Harborline now, they freeze accounts! https://t.co/1")
    b = dedup_key("@zz boycott harborline NOW they freeze accounts 2 https://t.co/9")
    c = dedup_key("they freeze accounts, boycott Harborline now")
    d = dedup_key("Harborline is great, they unfreeze accounts fast")
    assert a == b == c
    assert a != d
    assert dedup_key("lol same") is None  # too short to judge


def _campaign(n: int, minutes: int, start: datetime = T0) -> list[tuple[str, str, datetime]]:
    return [
        (f"c{i}", f"@user{i} Boycott Harborline now, they froze my account #{i}",
         start + timedelta(minutes=minutes * i))
        for i in range(n)
    ]  # fmt: skip


def test_near_duplicate_bursts_finds_a_campaign() -> None:
    chatter = [(f"n{i}", f"random post number {i} about harborline cards and fees {'x' * i}",
                T0 + timedelta(minutes=i)) for i in range(30)]  # fmt: skip
    bursts = near_duplicate_bursts(_campaign(8, 3) + chatter, min_size=5)
    assert len(bursts) == 1
    burst = bursts[0]
    assert isinstance(burst, Burst)
    assert burst.post_ids == tuple(f"c{i}" for i in range(8))
    assert burst.start == T0 and burst.end == T0 + timedelta(minutes=21)
    assert burst.sample == "boycott harborline now they froze my account"


def test_near_duplicate_bursts_respects_window_and_min_size() -> None:
    spread = _campaign(8, 30)  # one every 30 min: never 5 within an hour
    assert near_duplicate_bursts(spread, min_size=5, window=timedelta(hours=1)) == []
    assert len(near_duplicate_bursts(spread, min_size=5, window=timedelta(hours=3))) == 1
    assert near_duplicate_bursts(_campaign(4, 1), min_size=5) == []


def test_two_waves_are_two_bursts_largest_first() -> None:
    items = _campaign(5, 1) + [
        (f"w{i}", t, when + timedelta(days=1)) for i, (_, t, when) in enumerate(_campaign(7, 1))
    ]
    bursts = near_duplicate_bursts(items, min_size=5)
    assert [len(b.post_ids) for b in bursts] == [7, 5]
