"""Turn the words that name a company into each platform's search syntax.

Pure functions over plain lists, so this module needs nothing of brandrisk's profile type.
"""

from __future__ import annotations

from collections.abc import Sequence

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
