"""Sentiment scoring: a trained model shipped in the package, and two lexicon scorers.

Named scorers:

* ``default``: a multinomial logistic regression (``analysis.sentiment_model``) over hashed
  word 1-2-grams, character 2-5-grams and lexicon features (VADER's word and emoji valences,
  negation-aware), trained on SemEval 2013-2016 tweets by ``python -m flows.train_sentiment``
  and calibrated for average recall. Weights ship in ``analysis/models/default.npz``; inference
  is pure numpy, offline. Measured figures are in the README (``make eval``).
* ``vader``: VADER's compound score (lexicon ships inside ``vaderSentiment``; it knows emoji,
  slang, capitals, "!!!", negation and "but"). Labels at VADER's own +-0.05 thresholds.
* ``textblob``: TextBlob's pattern polarity, same thresholds. Only ``.sentiment``-style
  scoring is used; it needs no NLTK corpus.
* ``company:<path>``: a company model trained from the company's own labeled mentions
  (``flows.train_sentiment.train_company_model``); same format as the default model.

The score of a model scorer is ``P(positive) - P(negative)`` in [-1, 1], with the sign of its
label; lexicon scorers return their polarity. Scores are versioned: stored scores carry
``scorer_version(name)``; for a model it contains a hash of the weights file, so new weights
mean a new version and rescoring replaces the old scores.

Every scorer sees the same cleaning (``clean_text``: NFKC, invisible characters, HTML), a
5,000-character cut and neutral-term replacement; lexicon scorers then get URLs dropped,
@handles neutralized and hashtags unhashed; models do their own social normalization (see
``analysis.sentiment_features``). Empty text is neutral 0.0.

Names can carry sentiment of their own: VADER scores "Pay" in "Harborline Pay" as negative.
Pass the company's names (and customers, code names) as ``neutral_terms`` so they are replaced
by a neutral placeholder before scoring (for models: an @handle, the way brands are usually
named in posts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from analysis.sentiment_model import DEFAULT_MODEL_PATH, LinearModel, load_model, model_version
from analysis.text import clean_text, social_preprocess

COMPANY_PREFIX = "company:"
"""Scorer names ``company:<path>`` score with the company model stored at ``<path>``."""

_LEXICON_VERSIONS = {"vader": "vader-v0.1", "textblob": "textblob-v0.1"}
SCORERS: tuple[str, ...] = ("default", *_LEXICON_VERSIONS)
"""The built-in scorer names (``company:<path>`` names come on top)."""


def __getattr__(name: str) -> str:
    # ``SCORER_VERSION``, the default scorer's version (``default-<hash of the weights>``), is
    # computed on first use: the training script imports this module before a model exists.
    if name == "SCORER_VERSION":
        return model_version(DEFAULT_MODEL_PATH)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


MAX_SCORED_CHARS = 5_000
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05


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


def _model_path(name: str) -> Path | None:
    if name == "default":
        return DEFAULT_MODEL_PATH
    if name.startswith(COMPANY_PREFIX) and name[len(COMPANY_PREFIX) :].strip():
        return Path(name[len(COMPANY_PREFIX) :].strip())
    return None


def _check_name(name: str) -> None:
    if name not in _LEXICON_VERSIONS and _model_path(name) is None:
        raise ValueError(
            f"unknown scorer {name!r}; expected one of {SCORERS} or {COMPANY_PREFIX}<model file>"
        )


def scorer_version(name: str = "default") -> str:
    """Return the version string stored with scores from scorer ``name``.

    For models it is ``<model name>-<first 10 hex digits of the file's sha256>``.

    Raises:
        ValueError: if ``name`` is unknown, or names a model file that cannot be loaded
            (``ModelFileError``, a ``ValueError``).
    """
    _check_name(name)
    path = _model_path(name)
    if path is None:
        return _LEXICON_VERSIONS[name]
    return model_version(path)


def scorer_model(name: str = "default") -> LinearModel:
    """The loaded model behind a model scorer name (``default`` or ``company:<path>``).

    Raises:
        ValueError: ``name`` is not a model scorer or its file cannot be loaded.
    """
    path = _model_path(name)
    if path is None:
        raise ValueError(f"scorer {name!r} is not a trained model")
    return load_model(path)[0]


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


_SCORE_FUNCS: dict[str, Callable[[str], float]] = {
    "vader": _vader_score,
    "textblob": _textblob_score,
}


_PLACEHOLDER = "Brandname"  # in neither lexicon
_MODEL_PLACEHOLDER = "@brand"  # models read it as any @handle: how brands are named in posts


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


def prepare_for_model(text: str | None, neutral: re.Pattern[str] | None = None) -> str:
    """Clean a post the way model scorers see it (also used to prepare training data)."""
    cleaned = clean_text(text, MAX_SCORED_CHARS)
    if neutral is not None:
        cleaned = neutral.sub(_MODEL_PLACEHOLDER, cleaned)
    if not cleaned.isascii():
        cleaned = _cap_emoji(cleaned)
    return cleaned.strip()


def score_texts(
    texts: Sequence[str], scorer: str = "default", neutral_terms: Sequence[str] = ()
) -> list[Sentiment]:
    """Score a batch of texts.

    Pure and deterministic: the same text and scorer always give the same result. Hostile
    input is safe: HTML is stripped, long text is cut to 5,000 characters, odd Unicode is
    NFKC-normalized and invisible characters are removed; empty text is neutral 0.0.

    Args:
        texts: post texts (``None`` entries are treated as empty).
        scorer: one of ``SCORERS`` (``"default"``, ``"vader"``, ``"textblob"``) or
            ``"company:<path>"`` for a company model file.
        neutral_terms: names to score as neutral words (case-insensitive, whole words), e.g.
            ``profile.names``: "Harborline Pay" must not read as a complaint about paying.

    Returns:
        One ``Sentiment`` per text, in order; scores rounded to 4 decimals.

    Raises:
        ValueError: if ``scorer`` is unknown or its model file cannot be loaded.
    """
    _check_name(scorer)
    neutral = _neutralizer(tuple(neutral_terms))
    path = _model_path(scorer)
    if path is not None:
        return _score_with_model(load_model(path)[0], texts, neutral)
    func = _SCORE_FUNCS[scorer]
    out: list[Sentiment] = []
    for text in texts:
        prepared = _prepare(text, neutral)
        if not prepared:
            out.append(NEUTRAL)
            continue
        score = round(func(prepared), 4)
        out.append(Sentiment(label_for(score), score))
    return out


def _score_with_model(
    model: LinearModel, texts: Sequence[str], neutral: re.Pattern[str] | None
) -> list[Sentiment]:
    prepared = [prepare_for_model(t, neutral) for t in texts]
    keep = [i for i, t in enumerate(prepared) if t]
    out = [NEUTRAL] * len(prepared)
    predictions = model.predict([prepared[i] for i in keep])
    for i, (label, score) in zip(keep, predictions, strict=True):
        out[i] = Sentiment(label, round(score, 4))
    return out


def score_text(text: str, scorer: str = "default", neutral_terms: Sequence[str] = ()) -> Sentiment:
    """Score one text; see ``score_texts``."""
    return score_texts([text], scorer, neutral_terms)[0]
