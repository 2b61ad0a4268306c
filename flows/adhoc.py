"""``brandrisk analyze``: score and flag posts from a JSONL export, without a database.

Each input line is a JSON object with at least ``id`` and ``text``; optional fields are
``platform``, ``author_handle``, ``author_description``, ``author_followers``, ``created_at``,
``likes``, ``reposts``, ``replies`` (and ``quotes``, ``score``, ``comments``, ``lang``,
``community`` where the export has them). A bad line is reported on stderr with its line number and
skipped; the rest is processed. Evidence in the output is masked.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from analysis.flags import detect_flags, is_excluded, neutral_terms
from analysis.profile import Profile
from analysis.sentiment import score_texts
from connectors.base import Mention

log = logging.getLogger(__name__)

BATCH = 2_000
MAX_LINE = 1_000_000  # characters; longer lines are refused, not silently truncated


class BadLine(ValueError):
    """An input line that cannot be analyzed (the message says why)."""


def _int(obj: dict[str, Any], key: str) -> int:
    value = obj.get(key)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadLine(f"'{key}' must be a number")
    try:
        return max(0, int(value))
    except ValueError as exc:
        raise BadLine(f"'{key}' must be a number, got {value!r}") from exc


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadLine(f"'{key}' must be a string")
    return value


def parse_line(line: str, now: datetime) -> tuple[Any, Mention]:
    """Turn one JSONL line into ``(original id, Mention)``.

    Raises:
        BadLine: the line is not a JSON object with a usable ``id`` and ``text``.
    """
    if len(line) > MAX_LINE:
        raise BadLine(f"line longer than {MAX_LINE:,} characters")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise BadLine("not a JSON object")
    if "id" not in obj or obj["id"] is None or isinstance(obj["id"], dict | list | bool):
        raise BadLine("missing 'id' (a string or number)")
    text = obj.get("text")
    if not isinstance(text, str):
        raise BadLine("missing 'text' (a string)")
    created = now
    if obj.get("created_at") is not None:
        raw = obj["created_at"]
        if not isinstance(raw, str):
            raise BadLine("'created_at' must be an ISO 8601 string")
        try:
            created = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError as exc:
            raise BadLine(f"'created_at' is not ISO 8601: {raw!r}") from exc
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
    followers = obj.get("author_followers")
    mention = Mention(
        platform=_opt_str(obj, "platform") or "file",
        post_id=str(obj["id"]) or "?",
        url="",
        kind="post",
        created_at=created,
        author_id=None,
        author_handle=_opt_str(obj, "author_handle"),
        author_description=_opt_str(obj, "author_description"),
        author_followers=None if followers is None else _int(obj, "author_followers"),
        text=text,
        lang=_opt_str(obj, "lang"),
        community=_opt_str(obj, "community"),
        likes=_int(obj, "likes"),
        reposts=_int(obj, "reposts"),
        replies=_int(obj, "replies"),
        quotes=_int(obj, "quotes"),
        score=_int(obj, "score"),
        comments=_int(obj, "comments"),
    )
    return obj["id"], mention


def analyze_lines(
    lines: Iterable[str], profile: Profile, *, scorer: str = "default"
) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Analyze lines; yield ``(line number, result dict)`` or ``(line number, error text)``."""
    now = datetime.now(UTC)
    batch: list[tuple[int, Any, Mention]] = []

    def flush() -> Iterator[tuple[int, dict[str, Any]]]:
        sentiments = score_texts(
            [m.text for _, _, m in batch], scorer=scorer, neutral_terms=neutral_terms(profile)
        )
        for (lineno, ident, m), s in zip(batch, sentiments, strict=True):
            flags = [] if is_excluded(m.text, profile) else detect_flags(m, profile, s)
            yield (
                lineno,
                {
                    "id": ident,
                    "sentiment": {"label": s.label, "score": round(s.score, 4)},
                    "flags": [
                        {
                            "category": f.category,
                            "severity": f.severity,
                            "rule": f.rule,
                            "evidence": f.evidence,
                            "policy": f.policy,
                        }
                        for f in flags
                    ],
                },
            )
        batch.clear()

    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            ident, mention = parse_line(line, now)
        except (BadLine, ValueError) as exc:
            yield lineno, str(exc)
            continue
        batch.append((lineno, ident, mention))
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


def analyze_file(
    input_path: Path, output_path: Path | None, profile: Profile, *, scorer: str = "default"
) -> tuple[int, int]:
    """Run ``analyze_lines`` over a file (``-`` for stdin) and write JSONL results.

    Returns:
        ``(lines analyzed, bad lines skipped)``.
    """
    n_ok = n_bad = 0
    src: IO[str] = (
        sys.stdin
        if str(input_path) == "-"
        else open(input_path, encoding="utf-8", errors="replace")  # noqa: SIM115
    )
    dst: IO[str] = (
        sys.stdout if output_path is None else open(output_path, "w", encoding="utf-8")  # noqa: SIM115
    )
    try:
        for lineno, result in analyze_lines(src, profile, scorer=scorer):
            if isinstance(result, str):
                n_bad += 1
                print(f"{input_path}:{lineno}: skipped: {result}", file=sys.stderr)
            else:
                n_ok += 1
                dst.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if src is not sys.stdin:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    return n_ok, n_bad
