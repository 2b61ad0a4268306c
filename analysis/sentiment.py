"""Sentiment scoring with small, offline lexicon scorers.

Three named scorers:

* ``vader``: VADER's compound score (lexicon ships inside ``vaderSentiment``; it knows emoji,
  slang, capitals, "!!!", negation and "but").
* ``textblob``: TextBlob's pattern polarity. Only ``.sentiment``-style scoring is used; it needs
  no NLTK corpus (``.words``/``.noun_phrases`` would, and are never called).
* ``default``: ``0.8 * vader + 0.2 * textblob``, clamped to [-1, 1]. VADER carries the social
  signal; the light TextBlob blend tempers VADER's over-reaction to a single strong word in
  longer, mostly factual posts. Label thresholds are VADER's own: ``score >= 0.05`` positive,
  ``score <= -0.05`` negative, neutral in between. On the shared dev sets (SemEval, Sanders,
  airline, GoEmotions) the blend is within 0.01 average recall of VADER alone (0.56-0.62);
  it is a placeholder for a trained model, kept cheap.

Scores are versioned: stored scores carry ``scorer_version(name)`` and are recomputed when it
changes. Every scorer sees the same preprocessing (``_prepare``): ``clean_text`` (NFKC,
invisible characters, HTML), a 5,000-character cut, URLs dropped, @handles neutralized,
hashtag words kept, emoji kept. Empty text is neutral 0.0.

Names can carry sentiment of their own: VADER scores "Pay" in "Harborline Pay" as negative.
Pass the company's names (and customers, code names) as ``neutral_terms`` so they are replaced
by a neutral placeholder before scoring.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from analysis.text import clean_text, social_preprocess

SCORER_VERSION = "default-v0.1"
"""Version of the default scorer; bump it whenever preprocessing, weights or thresholds change."""

_VERSIONS = {"default": SCORER_VERSION, "vader": "vader-v0.1", "textblob": "textblob-v0.1"}
SCORERS: tuple[str, ...] = tuple(_VERSIONS)

MAX_SCORED_CHARS = 5_000
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
VADER_WEIGHT = 0.8
TEXTBLOB_WEIGHT = 0.2


@dataclass(frozen=True, slots=True)
class Sentiment:
    """A sentiment label and its score.

    Attributes:
        label: ``"negative"``, ``"neutral"`` or ``"positive"``.
        score: polarity in [-1, 1].
    """

    label: str
    score: float


NEUTRAL = Sentiment("neutral", 0.0)


def scorer_version(name: str = "default") -> str:
    """Return the version string stored with scores from scorer ``name``.

    Raises:
        ValueError: if ``name`` is not one of ``SCORERS``.
    """
    try:
        return _VERSIONS[name]
    except KeyError:
        raise ValueError(f"unknown scorer {name!r}; expected one of {SCORERS}") from None


def label_for(score: float) -> str:
    """Map a score in [-1, 1] to its label with the ±0.05 thresholds."""
    if score >= POSITIVE_THRESHOLD:
        return "positive"
    if score <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


@cache
def _vader() -> Any:
    # Lazy, one per process: building the analyzer parses the lexicon (a few ms).
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def _textblob() -> Callable[[str], Any]:
    # The pattern lexicon scorer behind ``TextBlob(text).sentiment`` (PatternAnalyzer calls
    # it too, but builds a namedtuple class per call, which costs more than the scoring).
    # Returns (polarity, subjectivity); needs no NLTK data.
    from textblob.en import sentiment

    return sentiment


def _vader_score(text: str) -> float:
    return float(_vader().polarity_scores(text)["compound"])


def _textblob_score(text: str) -> float:
    return float(_textblob()(text)[0])


def _default_score(text: str) -> float:
    blended = VADER_WEIGHT * _vader_score(text) + TEXTBLOB_WEIGHT * _textblob_score(text)
    return max(-1.0, min(1.0, blended))


_SCORE_FUNCS: dict[str, Callable[[str], float]] = {
    "default": _default_score,
    "vader": _vader_score,
    "textblob": _textblob_score,
}


_PLACEHOLDER = "Brandname"  # in neither lexicon


@lru_cache(maxsize=32)
def _neutralizer(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


# VADER spells each emoji out as words ("slightly smiling face") and slows down
# quadratically on thousands of them: 5,000 emoji take seconds. Runs of one emoji are cut to
# three and only the first MAX_EMOJI are kept; sentiment saturates long before that.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")
_EMOJI_RUN = re.compile("([\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff])\\1{3,}")
MAX_EMOJI = 50


def _cap_emoji(text: str) -> str:
    text = _EMOJI_RUN.sub(r"\1\1\1", text)
    seen = 0

    def keep(m: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return m.group() if seen <= MAX_EMOJI else ""

    return _EMOJI.sub(keep, text) if len(_EMOJI.findall(text)) > MAX_EMOJI else text


def _prepare(text: str, neutral: re.Pattern[str] | None = None) -> str:
    cleaned = clean_text(text, MAX_SCORED_CHARS)
    if neutral is not None:
        cleaned = neutral.sub(_PLACEHOLDER, cleaned)
    if not cleaned.isascii():
        cleaned = _cap_emoji(cleaned)
    return social_preprocess(cleaned).strip()


def score_texts(
    texts: Sequence[str], scorer: str = "default", neutral_terms: Sequence[str] = ()
) -> list[Sentiment]:
    """Score a batch of texts.

    Pure and deterministic: the same text and scorer always give the same result. Hostile
    input is safe: HTML is stripped, long text is cut to 5,000 characters, odd Unicode is
    NFKC-normalized and invisible characters are removed; empty text is neutral 0.0.

    Args:
        texts: post texts (``None`` entries are treated as empty).
        scorer: one of ``SCORERS``: ``"default"``, ``"vader"``, ``"textblob"``.
        neutral_terms: names to score as neutral words (case-insensitive, whole words), e.g.
            ``profile.names``: "Harborline Pay" must not read as a complaint about paying.

    Returns:
        One ``Sentiment`` per text, in order; scores rounded to 4 decimals.

    Raises:
        ValueError: if ``scorer`` is unknown.
    """
    scorer_version(scorer)  # validates the name
    func = _SCORE_FUNCS[scorer]
    neutral = _neutralizer(tuple(neutral_terms))
    out: list[Sentiment] = []
    for text in texts:
        prepared = _prepare(text, neutral)
        if not prepared:
            out.append(NEUTRAL)
            continue
        score = round(func(prepared), 4)
        out.append(Sentiment(label_for(score), score))
    return out


def score_text(text: str, scorer: str = "default", neutral_terms: Sequence[str] = ()) -> Sentiment:
    """Score one text; see ``score_texts``."""
    return score_texts([text], scorer, neutral_terms)[0]
