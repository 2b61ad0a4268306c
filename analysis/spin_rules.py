"""Negative spin on one post: framing that spreads, or hostility with reach.

``spin_rules`` is called by ``analysis.flags.detect_flags`` for every post not from the
company's own accounts; day-level spin (surges, bursts) is in ``analysis.spin``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from analysis import lexicon as L
from analysis import policy as P
from analysis.cjk import CjkTerms
from analysis.gate import KeywordGate
from analysis.leaks import CONCEALED
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from connectors.base import Mention

Add = Callable[[str, str, str, int, int], None]
"""``add(category, severity, rule, start, end)``: how a rule reports a flag."""

_SENTENCE_END = L.SENTENCE_END
# Framing words are the signal; weakly positive lexicon scores on them are noise ("Lawsuit
# coming" reads +0.14), so only a clearly positive post vetoes.
_CLEARLY_POSITIVE = 0.5
# Most posts hold no framing word: one trie search says so (``L.FRAMING``'s phrases).
_FRAMING = KeywordGate(L.FRAMING_SOURCE)


_HASHTAG = re.compile(r"#\w+")
# A sentence of one to three words ending in "!" or ":" ("Fraude!", "Scam alert:").
_EXCLAIMED = re.compile(r"\s*\S+(?:\s+\S+){0,2}?\s*[!:]+\s*")
# A framing word inside a hashtag, where no word boundary separates it: "#acmescam".
_FRAMING_STEM = re.compile(
    r"scam|fraud|boycott|boykott|boicot|ripoff|thieves|betrug|abzocke|arnaque|escroc|estafa|golpe"
    r"|truffa|oplicht|oszust|lawsuit|詐欺|不買"
)


@functools.lru_cache(maxsize=32)
def _tag_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The company's names as a hashtag spells them: lowercase, without spaces."""
    return tuple({"".join(n.lower().split()) for n in names if len(n) >= 3})


def _framing_hashtag(low: str, names: tuple[str, ...]) -> re.Match[str] | None:
    """A hashtag that joins the company's name and a framing word ("#saltmarshscam")."""
    if "#" not in low:
        return None
    for m in _HASHTAG.finditer(low):
        tag = m.group()
        if _FRAMING_STEM.search(tag) and any(n in tag for n in _tag_names(names)):
            return m
    return None


def _framing_about_company(
    low: str, spans: Callable[[], list[tuple[int, int]]]
) -> re.Match[str] | None:
    """The first framing word aimed at the company, or None.

    The company must be named in the framing word's sentence (a hashtag like
    ``#boycottacme`` counts) or in the sentence just before it ("Acme overcharged 200 of us.
    Lawsuit coming."): "Boycott Mondays. Flying Acme today." is not spin about Acme.
    """
    framing = _FRAMING.search(low)
    if framing is None and (plain := L.unleet(low)) is not low:
        low, framing = plain, _FRAMING.search(plain)  # "c0balt = sc4m": digits for letters
    if framing is None or L.FRAMING_MITIGATED.search(low) or L.THANKS.search(low):
        return None
    company = spans()
    if not company:
        return None
    if company == [(0, 0)]:
        return framing  # the post is in the company's own community
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(low)), len(low)]
    sentence = [bisect.bisect_right(bounds, s) - 1 for s, _ in company]
    for m in L.FRAMING.finditer(low):
        i = bisect.bisect_right(bounds, m.start()) - 1
        if i in sentence or i - 1 in sentence:
            return m
        if i + 1 in sentence and _EXCLAIMED.fullmatch(low, bounds[i], bounds[i + 1]):
            return m  # "Fraude! A X vende ...": the framing word cried out, then the company
    return None


@functools.lru_cache(maxsize=32)
def _cjk_names(names: tuple[str, ...]) -> CjkTerms:
    return CjkTerms(names)


def spin_rules(
    mention: Mention,
    low: str,
    profile: Profile,
    mood: Callable[[], Sentiment],
    spans: Callable[[], list[tuple[int, int]]],
    add: Add,
    disparaged: bool = False,
) -> None:
    """Flag a hostile post about the company that spreads by its framing or its reach.

    Framing words (scam, boycott, lawsuit, fraud, in nine languages) aimed at the company flag
    the post whatever its reach, unless the post is clearly praise; otherwise a post over the
    profile's reach thresholds flags when it is hostile or reads negative (``disparaged``: the
    HR rules found an employee running the company down).
    """
    t = profile.thresholds
    engagement = max(mention.likes, mention.score) + mention.reposts + mention.quotes
    reach = (mention.author_followers or 0) >= t.reach_followers or engagement >= t.reach_engagement

    def named() -> list[tuple[int, int]]:  # "Harborlineは詐欺": the name glued to Japanese
        found = spans()
        if found or low.isascii():
            return found
        return [(h.start, h.end) for h in _cjk_names(tuple(profile.names)).find(low)]

    framing = _framing_hashtag(low, tuple(profile.names)) or _framing_about_company(low, named)
    if framing is not None:
        english = L.looks_english(low)
        if english and mood().score >= _CLEARLY_POSITIVE:
            return  # "honestly the least scammy bank I know, love them": praise, not spin
        rule, severity = ("spin.reach_and_framing", P.HIGH) if reach else ("spin.framing", P.LOW)
        add(P.NEGATIVE_SPIN, severity, rule, framing.start(), framing.end())
        return
    if not reach or not spans() or L.FRAMING_MITIGATED.search(low) or L.THANKS.search(low):
        return  # warnings about impostors, praise, thanks: not hostility
    hostile = (
        disparaged  # an employee running the company down, to an audience
        or L.HOSTILE.search(low)
        or CONCEALED.search(low)
        or L.GRIEVANCE.search(low)
    )
    if hostile or (L.looks_english(low) and mood().label == "negative"):
        add(P.NEGATIVE_SPIN, P.MEDIUM, "spin.reach", 0, len(low))
