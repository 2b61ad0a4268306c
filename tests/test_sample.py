"""The sample generator: deterministic, realistic wire format, every planted scenario present."""

from __future__ import annotations

import hashlib
import json
import re
import statistics
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from analysis.profile import Profile
from connectors.base import Mention
from connectors.query import reddit_comment_filter
from connectors.reddit import (
    newest_seen,
    normalize_reddit_listing,
    search_new,
    subreddit_comments,
)
from connectors.replay import ReplayRedditClient, ReplayXClient, load_page, recorded_days
from connectors.x import newest_id, normalize_x_page, search_recent
from flows import sample
from flows.sample import SampleStats, generate_sample, main, scenario_days

START = date(2024, 9, 1)
FETCHED = datetime(2024, 10, 2, tzinfo=UTC)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SampleStats, Profile]:
    from analysis.profile import load_profile
    from tests.conftest import EXAMPLE_PROFILE

    profile = load_profile(EXAMPLE_PROFILE)
    out = tmp_path_factory.mktemp("sample")
    return out, generate_sample(profile, out, start=START), profile


def digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*.json"))
    }


def mentions_by_day(root: Path) -> dict[date, list[Mention]]:
    out: dict[date, list[Mention]] = {}
    for day in recorded_days(root):
        ms: list[Mention] = []
        for path in sorted((root / "x" / day.isoformat()).glob("*.json")):
            ms += normalize_x_page(load_page(path)[1], query=None, fetched_at=FETCHED)
        for path in sorted((root / "reddit" / day.isoformat()).glob("*.json")):
            ms += normalize_reddit_listing(load_page(path)[1], query=None, fetched_at=FETCHED)
        out[day] = ms
    return out


@pytest.fixture(scope="module")
def by_day(generated: tuple[Path, SampleStats, Profile]) -> dict[date, list[Mention]]:
    return mentions_by_day(generated[0])


def test_same_seed_same_bytes_other_seed_other_bytes(
    generated: tuple[Path, SampleStats, Profile], tmp_path: Path
) -> None:
    root, _, profile = generated
    generate_sample(profile, tmp_path / "again", start=START)
    assert digest(tmp_path / "again") == digest(root)
    generate_sample(profile, tmp_path / "other", start=START, seed=8)
    assert digest(tmp_path / "other") != digest(root)


def test_counts_split_and_page_sizes(generated: tuple[Path, SampleStats, Profile]) -> None:
    root, stats, _ = generated
    assert stats.posts == 3000 and stats.days == 30
    assert 0.65 < stats.x_posts / stats.posts < 0.75
    assert recorded_days(root) == [date(2024, 9, d) for d in range(1, 31)]
    pages = list(root.rglob("*.json"))
    assert len(pages) == stats.x_pages + stats.reddit_pages
    for path in pages:
        _, response = load_page(path)
        items = response.get("data", [])
        items = items["children"] if isinstance(items, dict) else items
        assert 0 < len(items) <= 100


def test_days_pages_and_ids_are_like_the_apis(
    generated: tuple[Path, SampleStats, Profile],
) -> None:
    root, _, profile = generated
    for folder in (root / "x").iterdir():
        day, previous = date.fromisoformat(folder.name), None
        for path in sorted(folder.glob("*.json")):
            tweets = load_page(path)[1]["data"]
            ids = [int(t["id"]) for t in tweets]
            assert ids == sorted(ids, reverse=True)  # newest first, also across pages
            assert previous is None or previous > ids[0]
            previous = ids[-1]
            for t in tweets:
                assert len(t["id"]) == 19
                created = datetime.fromisoformat(t["created_at"])
                assert created.astimezone(profile.tz).date() == day  # company-local day
    for folder in (root / "reddit").iterdir():
        for path in sorted(folder.glob("*.json")):
            children = load_page(path)[1]["data"]["children"]
            times = [c["data"]["created_utc"] for c in children]
            assert times == sorted(times, reverse=True)
            assert all(re.fullmatch(r"t[13]_[0-9a-z]+", c["data"]["name"]) for c in children)


def test_texts_vary(by_day: dict[date, list[Mention]]) -> None:
    texts = [m.text for ms in by_day.values() for m in ms if m.kind != "repost"]
    assert len(set(texts)) > 0.6 * len(texts)
    assert {m.lang for ms in by_day.values() for m in ms} >= {"en", "es", "de"}
    assert {m.kind for ms in by_day.values() for m in ms} == {
        "post",
        "reply",
        "quote",
        "repost",
        "comment",
    }


def test_launch_and_outage_are_surges(
    generated: tuple[Path, SampleStats, Profile], by_day: dict[date, list[Mention]]
) -> None:
    days = generated[1].scenario_days
    median = statistics.median(len(ms) for ms in by_day.values())
    assert len(by_day[days["launch"]]) > 2 * median
    assert len(by_day[days["outage"]]) > 3 * median
    outage = " ".join(m.text for m in by_day[days["outage"]])
    assert outage.count("down") > 40
    launch = " ".join(m.text for m in by_day[days["launch"]])
    assert launch.count("launch") + launch.count("new") > 20


def test_bot_burst_is_near_identical_posts_in_one_window(
    generated: tuple[Path, SampleStats, Profile], by_day: dict[date, list[Mention]]
) -> None:
    day = generated[1].scenario_days["bot_burst"]
    burst = [m for m in by_day[day] if m.text.startswith("Avoid Harborline!!!")]
    assert len(burst) >= 60
    assert (max(m.created_at for m in burst) - min(m.created_at for m in burst)).seconds <= 5400
    assert all((m.author_followers or 0) < 20 for m in burst)
    assert Counter(m.text for m in burst).most_common(1)[0][1] > 5


def find(by_day: dict[date, list[Mention]], day: date, needle: str) -> list[Mention]:
    return [m for m in by_day[day] if needle in m.text]


def test_each_planted_scenario_is_on_its_day(
    generated: tuple[Path, SampleStats, Profile], by_day: dict[date, list[Mention]]
) -> None:
    days, profile = generated[1].scenario_days, generated[2]
    card = find(by_day, days["pii_card"], "4111 1111 1111 1111")
    assert card and "@example.com" in card[0].text and "555-0134" in card[0].text
    assert find(by_day, days["pii_card"], "212-555-0187")

    leak = find(by_day, days["code_name_leak"], "Bluefin")
    assert leak[0].author_handle == "dana_at_harbor" and "Harborline" in str(
        leak[0].author_description
    )
    assert find(by_day, days["code_name_leak"], "Project Tidewater")[0].kind == "comment"
    assert find(by_day, days["code_name_leak"], "Q4 layoffs")

    assert len(find(by_day, days["api_key_leak"], "AKIAIOSFODNN7EXAMPLE")) == 2

    angry = find(by_day, days["disgruntled_employee"], "Management at Harborline")
    assert angry[0].author_handle == "mk_ops_hl"
    assert "@ Harborline" in str(angry[0].author_description)

    hunter = find(by_day, days["job_hunter"], "#OpenToWork")
    assert "Harborline" in str(hunter[0].author_description)

    deal = find(by_day, days["customer_deal"], "Greenleaf Grocers")
    assert "$2.4M" in deal[0].text
    assert find(by_day, days["customer_deal"], "Metro Health Partners")[0].kind == "comment"

    hostile = [
        m
        for m in by_day[days["hostile_reach"]]
        if (m.author_followers or 0) >= 100_000 and m.kind == "post"
    ]
    words = " ".join(m.text.lower() for m in hostile)
    assert all(w in words for w in ("scam", "boycott", "lawsuit"))
    assert sum(m.likes > 1000 for m in hostile) >= 4

    odd = " ".join(m.text for m in by_day[days["hostile_text"]])
    for needle in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\u200b",
        "\u202e",
        "😭",
        "{{7*7}}",
        "DROP TABLE",
    ):
        assert needle in odd, needle
    assert profile.exclusions[0] in odd  # the daily post about the same-name company


def test_exclusions_appear_every_day(by_day: dict[date, list[Mention]]) -> None:
    assert all(any("Harborline Ferries" in m.text for m in ms) for ms in by_day.values())


def test_deleted_reddit_comments_are_in_the_raw_pages(
    generated: tuple[Path, SampleStats, Profile],
) -> None:
    bodies = [
        c["data"].get("body")
        for p in (generated[0] / "reddit").rglob("*.json")
        for c in load_page(p)[1]["data"]["children"]
    ]
    assert "[removed]" in bodies


def test_replay_round_trip_is_incremental(
    generated: tuple[Path, SampleStats, Profile],
) -> None:
    root, stats, profile = generated
    terms = reddit_comment_filter(profile.names, profile.handles, profile.hashtags,
                                  profile.exclusions)  # fmt: skip
    since: str | None = None
    seen: dict[str | None, str | None] = {}
    n_x = n_reddit = n_comments = 0
    for day in recorded_days(root):
        x_pages = []
        for page, ms in search_recent(
            ReplayXClient(root, day), "q", since_id=since, max_requests=50
        ):
            x_pages.append(page)
            n_x += len(ms)
        since = newest_id(x_pages, default=since)
        client = ReplayRedditClient(root, day)
        # Search finds posts; comments come from the watched subreddits' streams.
        streams = [(None, search_new(client, "q", subreddit=None, seen=seen.get(None),
                                     max_requests=50))]  # fmt: skip
        streams += [
            (sub, subreddit_comments(client, sub, terms, seen=seen.get(sub), max_requests=50))
            for sub in profile.subreddits
        ]
        for key, pages in streams:
            r_pages = []
            for page, ms in pages:
                r_pages.append(page)
                n_reddit += len(ms)
                n_comments += sum(m.kind == "comment" for m in ms)
                assert key is not None or all(m.kind == "post" for m in ms)
            seen[key] = newest_seen(r_pages, default=seen.get(key))
    assert n_x == stats.x_posts
    removed = stats.reddit_posts - n_reddit  # deleted comments are skipped
    assert 0 < removed < 0.05 * stats.reddit_posts
    assert n_comments > 0.2 * n_reddit and stats.reddit_unrelated > 0.2 * n_comments
    last = recorded_days(root)[-1]
    again = list(search_recent(ReplayXClient(root, last), "q", since_id=since, max_requests=5))
    assert [ms for _, ms in again] == [[]]  # nothing new after the last day


def test_scenarios_fit_in_short_samples(tmp_path: Path, profile: Profile) -> None:
    stats = generate_sample(profile, tmp_path, start=START, days=1, posts=200)
    assert set(stats.scenario_days.values()) == {START}
    assert stats.posts == 200
    with pytest.raises(ValueError, match="posts must be at least"):
        generate_sample(profile, tmp_path, start=START, days=2, posts=50)
    with pytest.raises(ValueError, match="days"):
        generate_sample(profile, tmp_path, start=START, days=0)


def test_scenario_days_default_offsets() -> None:
    days = scenario_days(START, 30)
    offsets = {k: (v - START).days for k, v in days.items()}
    assert offsets == sample.SCENARIOS


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as help_exit:
        main(["--help"])
    assert help_exit.value.code == 0
    assert "--posts" in capsys.readouterr().out

    out = tmp_path / "cli"
    assert main(["--out", str(out), "--days", "3", "--posts", "300", "--start", "2024-01-05"]) == 0
    assert "for 3 days" in capsys.readouterr().out
    assert recorded_days(out) == [date(2024, 1, 5), date(2024, 1, 6), date(2024, 1, 7)]

    assert main(["--profile", str(tmp_path / "missing.toml"), "--out", str(out)]) == 1
    assert "profile file not found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["--days", "0"])
    assert usage.value.code == 2


def test_pages_are_json_objects_with_request_and_response(
    generated: tuple[Path, SampleStats, Profile],
) -> None:
    path = next((generated[0] / "x").rglob("0001.json"))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"request", "response"}
    assert doc["request"]["query"].startswith('"Harborline"')


def test_day_folders_follow_the_company_clock_across_dst(tmp_path: Path, profile: Profile) -> None:
    generate_sample(profile, tmp_path, start=date(2024, 11, 2), days=3, posts=600)
    for folder in (tmp_path / "x").iterdir():
        for path in folder.glob("*.json"):
            for tweet in load_page(path)[1]["data"]:
                local = datetime.fromisoformat(tweet["created_at"]).astimezone(profile.tz)
                assert local.date().isoformat() == folder.name
