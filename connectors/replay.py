"""Recorded API pages on disk, replayed through the same client ports as the real APIs.

Layout (written by ``flows.sample`` and by a recorder; read here)::

    <root>/x/<YYYY-MM-DD>/<NNNN>.json        {"request": {"query": ...}, "response": <X page>}
    <root>/reddit/<YYYY-MM-DD>/<NNNN>.json   {"request": {"query": ..., "subreddit": ...},
                                              "response": <Reddit Listing>}
    <root>/reddit/<YYYY-MM-DD>/<NNNN>.json   {"request": {"endpoint": "comments",
                                                          "subreddit": ...},
                                              "response": <Listing of t1 comments>}

``NNNN`` counts from 0001 in the order the pages were fetched, newest items first, as the APIs
return them. The folder day is the day of the fetch (the sample uses the company's local day).

Replay rules:

- A client serves the pages whose recorded request matches the call (X: same query; Reddit:
  same query and subreddit). If no page of the day matches, it serves all of them: a sample or
  a recording made for other queries still replays.
- X: pages chain through ``next_token``; ``since_id`` is emulated by dropping tweets with
  ``int(id) <= int(since_id)`` (and recomputing ``meta``); paging ends at that boundary.
- Reddit: pages chain through ``after`` (the fullname of the last item of the recorded page);
  a ``subreddit`` filter is emulated by keeping only items from that subreddit. Search is
  served from the search pages (no ``endpoint`` in the request); a subreddit's comment stream
  from the pages recorded with ``"endpoint": "comments"`` for that subreddit (none recorded:
  an empty stream, as in recordings made before comment streams were read).
- ``max_results`` and ``limit`` are ignored: pages come back as recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from connectors.base import ConnectorError, MalformedPage

PLATFORMS = ("x", "reddit")
_TOKEN_PREFIX = "replay-"  # noqa: S105 (a page token, not a secret)


def page_path(root: str | Path, platform: str, day: date, number: int) -> Path:
    """Return where page ``number`` (from 1) of ``platform`` fetched on ``day`` is stored."""
    return Path(root) / platform / day.isoformat() / f"{number:04d}.json"


def dump_page(path: Path, *, request: dict[str, Any], response: dict[str, Any]) -> None:
    """Write one recorded page (UTF-8 JSON, one line), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"request": request, "response": response}, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def load_page(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Read one recorded page.

    Returns:
        ``(request, response)``.

    Raises:
        MalformedPage: the file is not JSON or not a ``{"request", "response"}`` object; the
            message names the file.
    """
    try:
        doc = orjson.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedPage(f"{path}: recorded page is not valid JSON: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("response"), dict):
        raise MalformedPage(f"{path}: recorded page has no 'response' object")
    request = doc.get("request") or {}
    if not isinstance(request, dict):
        raise MalformedPage(f"{path}: recorded page has a 'request' that is not an object")
    return request, doc["response"]


def _day_files(root: Path, platform: str, day: date) -> list[Path]:
    folder = root / platform / day.isoformat()
    if not folder.is_dir():
        # No recording is not the same as a quiet day: say the source is missing.
        raise ConnectorError(
            f"no recorded {platform} pages for {day.isoformat()} under {root} "
            f"(expected folder {folder})"
        )
    files = [p for p in folder.glob("*.json") if p.stem.isdigit()]
    return sorted(files, key=lambda p: int(p.stem))


def recorded_days(root: str | Path, platform: str | None = None) -> list[date]:
    """Return the days that have recorded pages, oldest first.

    Args:
        root: the recording's root folder.
        platform: ``"x"`` or ``"reddit"``; ``None`` for days of either.
    """
    days: set[date] = set()
    for name in [platform] if platform else PLATFORMS:
        base = Path(root) / name
        if not base.is_dir():
            continue
        for folder in base.iterdir():
            try:
                day = date.fromisoformat(folder.name)
            except ValueError:
                continue
            if any(p.stem.isdigit() for p in folder.glob("*.json")):
                days.add(day)
    return sorted(days)


_HEAD = b'{"request": '  # how ``dump_page`` starts every file
_HEAD_BYTES = 4096  # recorded requests are a few hundred bytes; a longer one is read whole
_DECODER = json.JSONDecoder()


def _recorded_request(path: Path) -> dict[str, Any]:
    """The request a page was recorded with, read without parsing the page's response.

    ``dump_page`` writes the request first, so the head of the file holds it; the response,
    a hundred times larger, is parsed once, when the page is served. A file laid out any
    other way (or not JSON) is read whole by ``load_page``, with its errors.
    """
    with path.open("rb") as f:
        head = f.read(_HEAD_BYTES)
    if head.startswith(_HEAD):
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError as exc:  # the head may end inside a character
            text = head[: exc.start].decode("utf-8", "replace")
        try:
            request, _ = _DECODER.raw_decode(text, len(_HEAD))
        except ValueError:
            request = None
        if isinstance(request, dict):
            return request
    return load_page(path)[0]


@dataclass(frozen=True, slots=True)
class _Entry:
    path: Path
    request: dict[str, Any]


_UNREAD = object()  # a page whose last item is not known yet


class _Replay:
    platform = ""

    def __init__(self, root: str | Path, day: date | str) -> None:
        self.root = Path(root)
        self.day = date.fromisoformat(day) if isinstance(day, str) else day
        self._entries: list[_Entry] | None = None
        self._selected: dict[tuple[Any, ...], list[_Entry]] = {}
        # Reddit: fullname of each served page's last item, the next page's ``after``.
        self._last_names: dict[Path, str | None] = {}

    def _index(self) -> list[_Entry]:
        # Read every page's request once; responses are read when served, so a big day is
        # never held in memory whole (and never parsed just to be indexed).
        if self._entries is None:
            files = _day_files(self.root, self.platform, self.day)
            self._entries = [_Entry(path, _recorded_request(path)) for path in files]
        return self._entries

    def _select(self, match: dict[str, Any], endpoint: str | None = None) -> list[_Entry]:
        # Every page of a partition asks the same question: answer it once.
        key = (endpoint, *sorted(match.items(), key=lambda kv: kv[0]))
        found = self._selected.get(key)
        if found is None:
            entries = [e for e in self._index() if e.request.get("endpoint") == endpoint]
            chosen = [e for e in entries if all(e.request.get(k) == v for k, v in match.items())]
            found = self._selected[key] = chosen or entries
        return found

    def _load(self, entry: _Entry) -> dict[str, Any]:
        """The entry's response, its last item's fullname noted for ``_after``."""
        _, response = load_page(entry.path)
        self._last_names[entry.path] = _last_name(response)
        return response

    def _after(self, entries: list[_Entry], after: str) -> int:
        """Where the page after the one that ended with item ``after`` is: its position.

        Pages are served in order, so the pages up to that one were read already and their
        last items are known; any other page is read to find out. No page ends with
        ``after``: past the last page.
        """
        for number, entry in enumerate(entries):
            name = self._last_names.get(entry.path, _UNREAD)
            if name is _UNREAD:
                self._load(entry)
                name = self._last_names[entry.path]
            if name == after:
                return number + 1
        return len(entries)


def _last_name(response: dict[str, Any]) -> str | None:
    data = response.get("data")
    if response.get("kind") == "Listing" and isinstance(data, dict):
        children = data.get("children") or []
        if children and isinstance(children[-1], dict):
            name = (children[-1].get("data") or {}).get("name")
            return name if isinstance(name, str) else None
    return None


class ReplayXClient(_Replay):
    """``XClientPort`` serving one day of recorded X search pages (module docstring)."""

    platform = "x"

    def search_recent(
        self, query: str, *, since_id: str | None, next_token: str | None, max_results: int
    ) -> dict[str, Any]:
        """Serve the recorded page ``next_token`` points to (the first if ``None``)."""
        entries = self._select({"query": query})
        number = 0
        if next_token is not None:
            digits = next_token.removeprefix(_TOKEN_PREFIX)
            if digits == next_token or not digits.isdigit():
                raise ValueError(f"not a replay next_token: {next_token!r}")
            number = int(digits)
        if number >= len(entries):
            return {"meta": {"result_count": 0}}
        page = self._load(entries[number])
        tweets = page.get("data") or []
        if not isinstance(tweets, list):
            raise MalformedPage(f"{entries[number].path}: 'data' is not a list")
        kept = tweets
        if since_id is not None:
            kept = [t for t in tweets if isinstance(t, dict) and int(t["id"]) > int(since_id)]
        more = number + 1 < len(entries) and len(kept) == len(tweets)
        return _x_page(page, kept, f"{_TOKEN_PREFIX}{number + 1:04d}" if more else None)


def _x_page(page: dict[str, Any], tweets: list[Any], next_token: str | None) -> dict[str, Any]:
    if not tweets:
        return {"meta": {"result_count": 0}}
    ids = [int(t["id"]) for t in tweets]
    meta: dict[str, Any] = {
        "newest_id": str(max(ids)),
        "oldest_id": str(min(ids)),
        "result_count": len(tweets),
    }
    if next_token:
        meta["next_token"] = next_token
    out: dict[str, Any] = {"data": tweets}
    includes = page.get("includes")
    if isinstance(includes, dict):
        authors = {str(t.get("author_id")) for t in tweets}
        refs = {str(r.get("id")) for t in tweets for r in t.get("referenced_tweets") or []}
        trimmed = dict(includes)
        if isinstance(includes.get("users"), list):
            trimmed["users"] = [u for u in includes["users"] if str(u.get("id")) in authors]
        if isinstance(includes.get("tweets"), list):
            trimmed["tweets"] = [t for t in includes["tweets"] if str(t.get("id")) in refs]
        out["includes"] = trimmed
    if "errors" in page:
        out["errors"] = page["errors"]
    out["meta"] = meta
    return out


class ReplayRedditClient(_Replay):
    """``RedditClientPort`` serving one day of recorded Reddit listings (module docstring)."""

    platform = "reddit"

    def search_new(
        self, query: str, *, subreddit: str | None, after: str | None, limit: int
    ) -> dict[str, Any]:
        """Serve the recorded listing that follows ``after`` (the first if ``None``)."""
        entries = self._select({"query": query, "subreddit": subreddit})
        return self._serve(entries, subreddit, after)

    def subreddit_comments(
        self, subreddit: str, *, after: str | None, limit: int
    ) -> dict[str, Any]:
        """Serve the recorded comment listing of ``subreddit`` that follows ``after``."""
        wanted = subreddit.lower()
        entries = [
            e
            for e in self._select({}, endpoint="comments")
            if str(e.request.get("subreddit", "")).lower() == wanted
        ]
        return self._serve(entries, subreddit, after)

    def _serve(
        self, entries: list[_Entry], subreddit: str | None, after: str | None
    ) -> dict[str, Any]:
        number = 0 if after is None else self._after(entries, after)
        while number < len(entries):
            listing = self._load(entries[number])
            data = listing.get("data")
            if listing.get("kind") != "Listing" or not isinstance(data, dict):
                raise MalformedPage(f"{entries[number].path}: response is not a Listing")
            children = data.get("children") or []
            if subreddit is not None:
                wanted = subreddit.lower()
                children = [c for c in children if _subreddit_of(c) == wanted]
            more = number + 1 < len(entries)
            if children or not more:
                next_after = self._last_names[entries[number].path] if more else None
                return _listing(data, children, next_after)
            number += 1  # the subreddit filter emptied this page: serve the next one instead
        return _listing({}, [], None)


def _subreddit_of(child: Any) -> str:
    data = child.get("data") if isinstance(child, dict) else None
    return str(data.get("subreddit", "")).lower() if isinstance(data, dict) else ""


def _listing(data: dict[str, Any], children: list[Any], after: str | None) -> dict[str, Any]:
    out = {"modhash": "", "geo_filter": "", "before": None, **data}
    out.update(after=after, dist=len(children), children=children)
    return {"kind": "Listing", "data": out}
