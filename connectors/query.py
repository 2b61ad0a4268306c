"""Turn the words that name a company into each platform's search syntax, and a term filter.

Pure functions over plain lists, so this module needs nothing of brandrisk's profile type.
``TermFilter`` does locally what a search query does at the platform, for streams that cannot
be searched (a subreddit's new comments).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

X_MAX_QUERY = 512  # X API v2 recent search, self-serve tiers


def _quote(term: str) -> str:
    term = term.replace('"', "")
    return f'"{term}"' if " " in term else term


def x_queries(
    names: Sequence[str],
    handles: Sequence[str] = (),
    hashtags: Sequence[str] = (),
    exclusions: Sequence[str] = (),
    *,
    max_len: int = X_MAX_QUERY,
) -> list[str]:
    """Build X recent-search queries, split so each fits X's query length limit.

    Every query carries all exclusions (``-"Same Name Ferries"``) and leaves out retweets,
    which add no new text and cost a paid read each.
    """
    terms = [_quote(n) for n in names]
    terms += [f"@{h.lstrip('@')}" for h in handles]
    terms += [f"#{t.lstrip('#')}" for t in hashtags]
    suffix = " ".join([*(f"-{_quote(e)}" for e in exclusions), "-is:retweet"])
    queries: list[str] = []
    current: list[str] = []
    for term in dict.fromkeys(terms):
        candidate = " OR ".join([*current, term])
        if current and len(f"({candidate}) {suffix}") > max_len:
            queries.append(f"({' OR '.join(current)}) {suffix}")
            current = [term]
        else:
            current.append(term)
    if current:
        queries.append(f"({' OR '.join(current)}) {suffix}")
    too_long = [q for q in queries if len(q) > max_len]
    if too_long:
        raise ValueError(
            f"an X query is {len(too_long[0])} chars (limit {max_len}): shorten the exclusions"
        )
    return queries


def reddit_query(names: Sequence[str], exclusions: Sequence[str] = ()) -> str:
    """Build a Reddit search query (Lucene-like syntax) for the company's names."""
    inc = " OR ".join(f'"{n}"' for n in dict.fromkeys(names))
    exc = " ".join(f'NOT "{e}"' for e in exclusions)
    return f"({inc}) {exc}".strip()


def reddit_comment_filter(
    names: Sequence[str],
    handles: Sequence[str] = (),
    hashtags: Sequence[str] = (),
    exclusions: Sequence[str] = (),
) -> str:
    """Build the term filter for a subreddit's comment stream, in Reddit's query syntax.

    Reddit cannot search comments, so new comments are read from ``/r/<sub>/comments`` and
    kept only when they name the company: any of its names, handles (with or without ``@`` or
    ``u/``) or hashtags, and none of the exclusions. The filter is written like a search query
    (``("Harborline" OR "harborline_help") NOT "Harborline Ferries"``) so that it can be part of
    the partition key, readable, and parsed back with ``TermFilter.parse``.
    """
    terms = [*names, *(h.lstrip("@") for h in handles), *(t.lstrip("#") for t in hashtags)]
    unique: dict[str, str] = {}  # first spelling of each term, case-insensitively
    for term in terms:
        clean = term.replace('"', "").strip()
        if clean:
            unique.setdefault(clean.lower(), clean)
    return reddit_query(list(unique.values()), [e.replace('"', "") for e in exclusions])


_QUOTED = re.compile(r'(NOT\s+)?"([^"]+)"')


@dataclass(frozen=True)
class TermFilter:
    """Does a text name the company? Case-insensitive whole-word terms, minus exclusions.

    A term matches where it is not glued to other letters or digits (``Harborline's``,
    ``#Harborline`` and ``u/harborline`` match ``Harborline``; ``Harborlines`` does not); spaces
    inside a term match any run of whitespace. A text with any exclusion phrase does not match,
    as the platforms' own ``NOT``/``-`` operators would have it.
    """

    terms: tuple[str, ...]
    exclusions: tuple[str, ...] = ()
    _include: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _exclude: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Compiled once per filter: a subreddit's comment stream is checked item by item.
        object.__setattr__(self, "_include", _alternation(self.terms))
        object.__setattr__(self, "_exclude", _alternation(self.exclusions))

    @classmethod
    def parse(cls, query: str) -> TermFilter:
        """Read a filter back from ``reddit_comment_filter``'s (or ``reddit_query``'s) text.

        Raises:
            ValueError: the text holds no quoted term.
        """
        terms: list[str] = []
        exclusions: list[str] = []
        for negated, term in _QUOTED.findall(query):
            (exclusions if negated else terms).append(term)
        if not terms:
            raise ValueError(f'no quoted term in the filter {query!r}; expected ("A" OR "B")')
        return cls(tuple(terms), tuple(exclusions))

    def matches(self, text: str) -> bool:
        """True if ``text`` names a term and no exclusion."""
        if self._include is None or not self._include.search(text):
            return False
        return self._exclude is None or not self._exclude.search(text)


def _alternation(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    parts = sorted((r"\s+".join(map(re.escape, t.split())) for t in terms), key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])", re.IGNORECASE)
