"""The daily brand-risk summary: figures from SQL, judgement from ``analysis``, files out.

Everything that leaves the database here is masked (``analysis.masking.mask_text``) and
escaped by the template engine, so a report never re-leaks what it found and never runs a
post's HTML.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape

from analysis.masking import mask_text
from analysis.policy import policy_title
from analysis.profile import Profile
from analysis.risk import daily_risk_score
from analysis.spin import (
    detect_surges,
    near_duplicate_bursts,
    negative_share_surges,
    rising_terms,
    surge_windows,
)
from flows.store import Store

log = logging.getLogger(__name__)

BASELINE_DAYS = 28
TOP_N = 10
SNIPPET = 280
HOUR = timedelta(hours=1)
RISING_MIN_COUNT = 5
# Negative share assumed when there is no history yet (roughly what brand mentions show).
DEFAULT_NEGATIVE_SHARE = 0.2


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC start and end of a calendar day in the company's timezone (DST-safe)."""
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    return start, end


def _snippet(text: str | None) -> str:
    clean = mask_text(text or "")
    clean = " ".join(clean.split())
    return clean if len(clean) <= SNIPPET else clean[: SNIPPET - 1] + "…"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def build_summary(
    store: Store, profile: Profile, day: date, platforms: list[str] | None = None
) -> dict[str, Any]:
    """Compute the day's figures and lists for both views, and store the summary row.

    Args:
        store: an open writable store.
        profile: the company profile (timezone, thresholds).
        day: the report day in the profile's timezone.
        platforms: the platforms expected that day; any without an ``ok`` ingest is missing.

    Returns:
        The report context (masked, JSON-friendly) that the templates render.
    """
    tz = profile.tz
    start, end = day_bounds(day, tz)
    from_start, _ = day_bounds(day - timedelta(days=BASELINE_DAYS), tz)
    figures = store.report("day_figures", day_start=start, day_end=end)[0]
    history = store.report(
        "daily_history", from_start=from_start, day_start=start, tz=profile.timezone
    )
    by_day = {r["day"]: r for r in history}
    past = [day - timedelta(days=i) for i in range(1, BASELINE_DAYS + 1)]
    vol = [by_day.get(d, {}).get("n_mentions", 0) for d in past]
    neg = [by_day.get(d, {}).get("n_negative", 0) for d in past]
    baseline_7d = sum(vol[:7]) / 7
    baseline_28d = sum(vol) / BASELINE_DAYS
    base_neg_share = (sum(neg) / sum(vol)) if sum(vol) else None

    hourly = store.report("hourly_volume", from_start=from_start, day_end=end)
    counts = {r["hour_at"]: r for r in hourly}
    # Every hour of the baseline counts, the quiet ones too: zeros are the baseline.
    base_hours = [from_start + timedelta(hours=i) for i in range(int((start - from_start) / HOUR))]
    day_hours = [start + timedelta(hours=i) for i in range(int((end - start) / HOUR))]
    hourly_surges = detect_surges(
        [(h, counts.get(h, {}).get("n_mentions", 0)) for h in day_hours],
        [counts.get(h, {}).get("n_mentions", 0) for h in base_hours],
        threshold=profile.thresholds.surge_z,
    )
    neg_surges = negative_share_surges(
        [(h, counts.get(h, {}).get("n_mentions", 0), counts.get(h, {}).get("n_negative", 0))
         for h in day_hours],
        base_neg_share if base_neg_share is not None else DEFAULT_NEGATIVE_SHARE,
        threshold=profile.thresholds.surge_z,
    )  # fmt: skip
    surges = []
    for kind, found in (("volume", hourly_surges), ("negative share", neg_surges)):
        for w in surge_windows(found):
            in_window = [r for h, r in counts.items() if w.start <= h < w.end]
            surges.append(
                {
                    "kind": kind,
                    "start": w.start.astimezone(tz),
                    "end": w.end.astimezone(tz),
                    "n_mentions": sum(r["n_mentions"] for r in in_window),
                    "n_negative": sum(r["n_negative"] for r in in_window),
                    "peak_per_hour": int(w.peak_count),
                    "z": w.peak_z,
                    "baseline_median": w.baseline_median,
                }
            )
    surges.sort(key=lambda x: (x["start"], x["kind"]))
    texts = store.report("day_texts", day_start=start, day_end=end)
    authors = {r["platform"] + ":" + r["post_id"]: r["author_handle"] for r in texts}
    bursts = [
        {
            "size": len(b.post_ids),
            "n_authors": len({authors.get(i) for i in b.post_ids}),
            "start": b.start,
            "end": b.end,
            "sample": _snippet(b.sample),
        }
        for b in near_duplicate_bursts(
            (r["platform"] + ":" + r["post_id"], r["text"], r["created_at"]) for r in texts
        )
    ][:TOP_N]

    statuses = {r["platform"]: r for r in store.report("source_status", day=day)}
    expected = platforms if platforms is not None else sorted(statuses) or ["x", "reddit"]
    missing = [
        {"platform": p, "detail": statuses.get(p, {}).get("detail") or "not fetched for this day"}
        for p in expected
        if statuses.get(p, {}).get("status") != "ok"
    ]

    flags = store.report("hr_flags", day_start=start, day_end=end)
    by_sev: dict[str, int] = {}
    by_cat: dict[str, int] = {}
    for f in flags:
        by_sev[f["severity"]] = by_sev.get(f["severity"], 0) + 1
        by_cat[f["category"]] = by_cat.get(f["category"], 0) + 1

    n = figures["n_mentions"] or 0
    net = ((figures["n_positive"] - figures["n_negative"]) / n) if n else None
    is_surge = bool(surges)
    risk = daily_risk_score(
        n_mentions=n,
        n_negative=figures["n_negative"],
        baseline_negative_share=DEFAULT_NEGATIVE_SHARE
        if base_neg_share is None
        else base_neg_share,
        flags_by_severity=by_sev,
        surge=is_surge,
    )
    trend = []
    for d in reversed(past[:BASELINE_DAYS]):
        r = by_day.get(d)
        trend.append(
            {
                "day": d,
                "n_mentions": r["n_mentions"] if r else 0,
                "n_negative": r["n_negative"] if r else 0,
                "net": ((r["n_positive"] - r["n_negative"]) / r["n_mentions"])
                if r and r["n_mentions"]
                else None,
            }
        )
    trend.append({"day": day, "n_mentions": n, "n_negative": figures["n_negative"], "net": net})

    summary_row = {
        "day": day,
        "timezone": profile.timezone,
        "n_mentions": n,
        "n_x": figures["n_x"],
        "n_reddit": figures["n_reddit"],
        "n_positive": figures["n_positive"],
        "n_neutral": figures["n_neutral"],
        "n_negative": figures["n_negative"],
        "net_sentiment": net,
        "baseline_7d": baseline_7d,
        "baseline_28d": baseline_28d,
        "n_flags": len(flags),
        "n_flags_critical": by_sev.get("critical", 0),
        "n_flags_high": by_sev.get("high", 0),
        "is_surge": is_surge,
        "risk_score": risk,
        "scorer_version": figures["scorer_version"],
        "missing_sources": ",".join(m["platform"] for m in missing) or None,
        "generated_at": datetime.now(UTC),
    }
    store.replace_daily_summary(summary_row)

    top_negative = [
        {
            **{
                k: r[k]
                for k in (
                    "platform",
                    "url",
                    "author_handle",
                    "author_followers",
                    "reach",
                    "sentiment_score",
                    "created_at",
                )
            },
            "text": _snippet(r["text"]),
        }
        for r in store.report(
            "top_negative",
            day_start=start,
            day_end=end,
            limit=TOP_N,
            own_handles=[h.lower() for h in profile.handles],
        )
    ]
    hr_keys = (
        "flag_id", "platform", "url", "author_handle", "category", "severity", "rule",
        "policy", "created_at", "review_status", "n_prior_flagged_posts",
    )  # fmt: skip
    hr_flags = [
        {
            **{k: f[k] for k in hr_keys},
            "policy_title": policy_title(f["policy"]),
            "evidence": _snippet(f["evidence"]),
        }
        for f in flags
    ]
    repeat = sorted(
        {
            (f["platform"], f["author_handle"], f["n_prior_flagged_posts"])
            for f in flags
            if f["author_handle"] and f["n_prior_flagged_posts"] > 0
        },
        key=lambda r: (-r[2], r[1]),
    )
    term_rows = store.report(
        "term_counts",
        from_start=from_start,
        day_start=start,
        day_end=end,
        min_count=RISING_MIN_COUNT,
        limit=500,
    )
    own_words = [*profile.names, *profile.handles, *profile.hashtags]
    terms = rising_terms(
        [(r["term"], r["n_day"], r["n_baseline"]) for r in term_rows],
        BASELINE_DAYS,
        ignore=[*own_words, *(w for n in profile.names for w in n.split())],
        min_count=RISING_MIN_COUNT,
    )
    return _jsonable(
        {
            "company": profile.name,
            "day": day,
            "timezone": profile.timezone,
            "generated_at": summary_row["generated_at"],
            "summary": summary_row,
            "volume_vs_7d": (n / baseline_7d) if baseline_7d else None,
            "volume_vs_28d": (n / baseline_28d) if baseline_28d else None,
            "baseline_negative_share": base_neg_share,
            "negative_share": (figures["n_negative"] / n) if n else None,
            "missing_sources": missing,
            "surges": surges,
            "bursts": bursts,
            "top_negative": top_negative,
            "top_authors": store.report("top_authors", day_start=start, day_end=end, limit=TOP_N),
            "flags": hr_flags,
            "repeat_authors": [
                {"platform": p, "author_handle": a, "n_prior_flagged_posts": n}
                for p, a, n in repeat
            ],
            "rising_terms": terms,
            "platforms": store.report("platform_split", day_start=start, day_end=end),
            "flags_by_category": by_cat,
            "flags_by_severity": by_sev,
            "trend": trend,
        }
    )


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("flows", "templates"),
        autoescape=select_autoescape(
            enabled_extensions=("html.j2",), default_for_string=True, default=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = lambda v: "n/a" if v is None else f"{100 * v:.0f}%"
    env.filters["num"] = lambda v, d=0: "n/a" if v is None else f"{v:,.{d}f}"
    return env


def md_escape(text: Any) -> str:
    """Escape text for Markdown (chat and email renderers): no markup, links or HTML run."""
    # Entities for HTML's characters (CommonMark and Slack both read them as text), then a
    # backslash before the inline Markdown marks (the text is always mid-line: no newlines).
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_{}[]()!|~":
        s = s.replace(ch, "\\" + ch)
    return " ".join(s.split())


def write_reports(context: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write the day's marketing and HR views as HTML and Markdown, plus JSON, and the index.

    Returns:
        The written files by name.
    """
    env = _env()
    day_dir = Path(out_dir) / str(context["day"])
    day_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for audience in ("marketing", "hr"):
        for ext in ("html", "md"):
            tmpl = env.get_template(f"{audience}.{ext}.j2")
            path = day_dir / f"{audience}.{ext}"
            _atomic_write(path, tmpl.render(**context))
            written[f"{audience}.{ext}"] = path
    marketing_json = {k: v for k, v in context.items() if k != "flags"}
    _atomic_write(day_dir / "marketing.json", json.dumps(marketing_json, indent=2))
    _atomic_write(
        day_dir / "hr.json",
        json.dumps(
            {
                k: context[k]
                for k in (
                    "company",
                    "day",
                    "flags",
                    "flags_by_category",
                    "flags_by_severity",
                    "missing_sources",
                )
            },
            indent=2,
        ),
    )
    written["marketing.json"] = day_dir / "marketing.json"
    written["hr.json"] = day_dir / "hr.json"
    written["index.html"] = write_index(Path(out_dir), context["company"])
    return written


def write_index(out_dir: Path, company: str) -> Path:
    """Write ``index.html`` linking every day folder under ``out_dir``, newest first."""
    days = sorted(
        (p.name for p in out_dir.iterdir() if p.is_dir() and (p / "marketing.html").exists()),
        reverse=True,
    )
    path = out_dir / "index.html"
    _atomic_write(path, _env().get_template("index.html.j2").render(company=company, days=days))
    return path


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
