"""Features for the trained sentiment model: social-text normalization and hashed n-grams.

A post becomes one normalized string (``normalize``) and then three groups of features, all
computed for a whole batch at once with numpy (``featurize``), so the per-post Python cost is
a handful of regex passes:

* **words**: unigrams and bigrams of the normalized tokens. Words inside a negation scope
  ("not good", "don't like it") are upper-cased by ``normalize``, so they hash to different
  features than the same words outside one.
* **chars**: character 2- to 5-grams of the lower-cased string (robust to misspellings,
  elongation leftovers, morphology and emoji sequences).
* **dense**: lexicon sums (VADER's word and emoji valences, negation flipped), all-caps,
  elongation, "!" and "?" counts and length; see ``DENSE_NAMES``.

Hashing: every feature is a substring of the batch string. A polynomial prefix sum modulo 2**64
gives each substring's hash in O(1) (``(H[b] - H[a]) * P**-a``), a 64-bit mixer spreads it, and
the low bits pick one of ``dims`` weight rows. Hashes are stable across processes and machines
(no ``hash()``, no randomization), so a model trained here scores the same everywhere.

Social text: URLs, @handles, hashtags (CamelCase split), emoticons, emoji, literal ``\\uXXXX``
escapes (found in public tweet dumps), elongation ("sooooo"), negation and ALL CAPS are handled
in ``normalize``.

Emoji as emoticons (``FeatureConfig.emoji_emoticons``): the training tweets (SemEval 2013-16)
hold no emoji at all, but thousands of ":)" and ":(", so a model learns emoticons well and
emoji not at all (an emoji's own n-grams never get a weight; only its lexicon valence counts,
through the dense features). With the option on, an emoji whose lexicon valence is positive
(negative) is read as ":)" (":("), by every feature, VADER's scores included, so "@brand 😍"
scores as "@brand :)" does. Emoji of no valence stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from analysis.text import HANDLE_RE, URL_RE, lower_keep_offsets

FEATURES_VERSION = 1
"""Bump when ``normalize`` or ``featurize`` change: models trained before must be retrained."""

_U64 = np.uint64
_P = 0x100000001B3  # FNV-64 prime: odd, so it has an inverse modulo 2**64
_P_INV = pow(_P, -1, 2**64)
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)
_SALT_WORD = 0x9E3779B97F4A7C15
_SALT_CHAR = 0xC2B2AE3D27D4EB4F

# -- normalization ---------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_EMOJI = re.compile("([\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff])")
_EMOJI_VS = re.compile("([\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff])\ufe0f?")
_POS_EMOTICON = re.compile(
    r"(?:(?<=\s)|^)(?:[:=;8xX][-'^o]?[)\]dDpP}3*>]+|\^_*\^|<3+|\(:|[(\[]-?[:=])(?=\s|$)"
)
_NEG_EMOTICON = re.compile(
    r"(?:(?<=\s)|^)(?:[:=;][-'^]?[(\[{|/\\@]+|D-?[:=]|>:[-']?[(\[]|:'\(|</3|[)\]]-?[:=])(?=\s|$)"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_HASHTAG = re.compile(r"#(\w+)")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']{2,}\b")
_WORDISH = re.compile(r"\b[A-Za-z][A-Za-z']{2,}\b")
_ELONG = re.compile(r"([^\W\d_])\1{2,}")
_REPEAT_PUNCT = re.compile(r"([!?.])\1+")
_TOKEN = re.compile(r"[\w']+|[^\s\w]")
_NEGATOR = re.compile(
    r"(?:not|no|never|nothing|nobody|none|nowhere|neither|nor|cannot|without|"
    r"dont|cant|wont|isnt|arent|wasnt|werent|doesnt|didnt|couldnt|shouldnt|wouldnt|aint|"
    r"havent|hasnt|hadnt|dnt|cnt|dont|idk|nope|.+n't)"
)
_NEG_HINT = re.compile(
    r"\b(?:not?|never|nothing|nobody|none|nowhere|neither|nor|without|nope)\b|n'?t\b"
)
_SCOPE_END = frozenset(".,:;!?") | {"but", "xurlx", "however"}

DENSE_NAMES: tuple[str, ...] = (
    "lex_pos",  # log1p(sum of positive valences)
    "lex_neg",  # log1p(sum of |negative valences|)
    "lex_compound",  # VADER-style normalized sum in [-1, 1]
    "lex_n_pos",  # share of tokens with positive valence
    "lex_n_neg",  # share of tokens with negative valence
    "caps",  # share of words (3+ letters) in ALL CAPS
    "elongated",  # any "soooo"
    "exclaim",  # log1p("!" count)
    "question",  # log1p("?" count)
    "length",  # log1p(tokens) / 4
    "emoticon_pos",
    "emoticon_neg",
)
N_DENSE = len(DENSE_NAMES)


def _unescape(match: re.Match[str]) -> str:
    ch = chr(int(match.group(1), 16))
    return match.group() if 0xD800 <= ord(ch) <= 0xDFFF else ch


def normalize(
    text: str, vader: bool = False, emoji_signs: Mapping[str, int] | None = None
) -> tuple[str, list[float]]:
    """Normalize one cleaned post for the model.

    Args:
        text: text after ``clean_text`` (and any neutral-term replacement).
        vader: also compute VADER's scores (``FeatureConfig.vader``).
        emoji_signs: ``emoji_signs(lexicon)`` to count each emoji of that sign as an emoticon
            (``FeatureConfig.emoji_emoticons``); ``None``: emoji count only as themselves.

    Returns:
        ``(normalized, extras)``: lower-case tokens joined by single spaces, negation scopes
        in upper case; and the per-post dense values that the text loses (caps share,
        elongation, emoticons), in ``DENSE_NAMES`` order from ``caps`` on, without the lexicon
        and count values, which ``featurize`` adds; with ``vader``, VADER's compound,
        positive, negative and neutral scores follow.
    """
    if emoji_signs and not text.isascii():
        text = _emoji_as_emoticons(text, emoji_signs)
    vs = _vader_scores(text) if vader else []
    if "\\u" in text:
        text = _ESCAPE.sub(_unescape, text)
    text = text.replace("’", "'").replace("‘", "'")
    if "http" in text or "www." in text:
        text = URL_RE.sub(" xurlx ", text)
    if "@" in text:
        text = HANDLE_RE.sub(" xuserx ", text)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: " # " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    pos_emo = neg_emo = 0.0
    if any(c in text for c in ":;=<^)(8xX"):
        text, n_pos = _POS_EMOTICON.subn(" xsmilex ", text)
        text, n_neg = _NEG_EMOTICON.subn(" xfrownx ", text)
        pos_emo, neg_emo = float(n_pos > 0), float(n_neg > 0)
    n_words = len(_WORDISH.findall(text))
    caps = len(_CAPS_WORD.findall(text)) / n_words if n_words else 0.0
    if not text.isascii():
        text = _EMOJI.sub(r" \1 ", text)
    text = text.lower()
    text, n_elong = _ELONG.subn(r"\1\1", text)
    text = _REPEAT_PUNCT.sub(r"\1\1", text)
    tokens = _TOKEN.findall(text)
    if _NEG_HINT.search(text):
        tokens = _mark_negation(tokens)
    return " ".join(tokens), [caps, float(n_elong > 0), pos_emo, neg_emo, *vs]


def _emoji_as_emoticons(text: str, signs: Mapping[str, int]) -> str:
    # Replaced, not followed by the emoticon: the emoji's own n-grams have no weight (never
    # seen in training) but would dilute the emoticon's, as the groups are scaled by
    # 1/sqrt(count). Done before everything else, so VADER's scores see ":)" too (VADER reads
    # "❤️" as neutral, and its scores are features).
    def alias(m: re.Match[str]) -> str:
        sign = signs.get(m.group(1), 0)
        return " :) " if sign > 0 else " :( " if sign < 0 else m.group()

    return _EMOJI_VS.sub(alias, text)


def emoji_signs(lexicon: Lexicon) -> dict[str, int]:
    """Sign of the lexicon valence of every emoji ``normalize`` knows, where it is not 0."""
    chars = [
        chr(c)
        for lo, hi in ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF))
        for c in range(lo, hi + 1)
    ]
    valence = lexicon.lookup(word_hashes(chars))
    return {ch: 1 if v > 0 else -1 for ch, v in zip(chars, valence.tolist(), strict=True) if v}


VADER_NAMES = ("vader_compound", "vader_pos", "vader_neg", "vader_neu")


def _vader_scores(text: str) -> list[float]:
    from analysis.sentiment import _vader  # lazy: one analyzer per process
    from analysis.text import social_preprocess

    s = _vader().polarity_scores(social_preprocess(text))
    return [s["compound"], s["pos"], s["neg"], s["neu"]]


def n_dense(config: FeatureConfig) -> int:
    """Number of dense features for ``config``."""
    return N_DENSE + (len(VADER_NAMES) if config.vader else 0)


def _mark_negation(tokens: list[str]) -> list[str]:
    # Pang & Lee style: every word after a negator, up to punctuation or "but", is negated.
    out: list[str] = []
    negated = False
    for tok in tokens:
        if tok in _SCOPE_END:
            negated = False
            out.append(tok)
        elif _NEGATOR.fullmatch(tok):
            negated = True
            out.append(tok)
        else:
            out.append(tok.upper() if negated else tok)
    return out


# -- hashing ---------------------------------------------------------------------------------


def _powers(base: int, n: int) -> np.ndarray:
    out = np.full(n, base, dtype=_U64)
    out[0] = 1
    return np.cumprod(out, dtype=_U64)  # wraps modulo 2**64, as intended


def _mix(h: np.ndarray) -> np.ndarray:
    # splitmix64 finalizer: spreads polynomial hashes over all 64 bits.
    h = h ^ (h >> _U64(30))
    h = h * _MIX1
    h = h ^ (h >> _U64(27))
    h = h * _MIX2
    return h ^ (h >> _U64(31))


class _Hasher:
    """O(1) hashes of any substring of one batch string."""

    def __init__(self, codes: np.ndarray) -> None:
        n = len(codes)
        with np.errstate(over="ignore"):
            self.prefix = np.zeros(n + 1, dtype=_U64)
            np.cumsum((codes.astype(_U64) + _U64(1)) * _powers(_P, n), out=self.prefix[1:])
            self.inv = _powers(_P_INV, n + 1)

    def __call__(self, start: np.ndarray, length: np.ndarray | int, salt: int) -> np.ndarray:
        with np.errstate(over="ignore"):
            h = (self.prefix[start + length] - self.prefix[start]) * self.inv[start]
            return _mix(h + _U64(salt) * (np.asarray(length, dtype=_U64) + _U64(1)))


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


# -- lexicon ---------------------------------------------------------------------------------


def word_hashes(words: Sequence[str]) -> np.ndarray:
    """Hash whole words the way ``featurize`` hashes tokens for lexicon lookups."""
    joined = "\n".join(words)
    codes = _codes(joined)
    hasher = _Hasher(codes)
    lengths = np.array([len(w) for w in words], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
    return hasher(starts, lengths, _SALT_WORD)


@dataclass(frozen=True)
class Lexicon:
    """Word and emoji valences (VADER's scale, -4..4) keyed by ``word_hashes``, sorted."""

    hashes: np.ndarray  # uint64, sorted
    valences: np.ndarray  # float32

    @classmethod
    def from_items(cls, items: dict[str, float]) -> Lexicon:
        """Build from a ``{word: valence}`` mapping (lower-case words)."""
        words = sorted(items)
        hashes = word_hashes(words)
        order = np.argsort(hashes)
        vals = np.array([items[w] for w in words], dtype=np.float32)
        return cls(hashes[order], vals[order])

    def lookup(self, hashes: np.ndarray) -> np.ndarray:
        """Valence per hash, 0 where the word is not in the lexicon."""
        if len(self.hashes) == 0 or len(hashes) == 0:
            return np.zeros(len(hashes), dtype=np.float32)
        pos = np.searchsorted(self.hashes, hashes)
        pos = np.minimum(pos, len(self.hashes) - 1)
        found = self.hashes[pos] == hashes
        return np.where(found, self.valences[pos], np.float32(0)).astype(np.float32)


# -- features --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Features:
    """A batch in coordinate form: sparse ``(row, col, val)`` plus a dense block."""

    n: int
    rows: np.ndarray  # int32, row of each sparse entry
    cols: np.ndarray  # int64, hashed column in [0, dims)
    vals: np.ndarray  # float32
    dense: np.ndarray  # float32, (n, N_DENSE)


@dataclass(frozen=True)
class FeatureConfig:
    """What ``featurize`` computes; stored with a model so it scores as it was trained."""

    dims: int = 2**18
    char_min: int = 2
    char_max: int = 5
    word_bigrams: bool = True
    vader: bool = False
    emoji_emoticons: bool = False
    version: int = FEATURES_VERSION


def featurize(
    normalized: Sequence[tuple[str, list[float]]], config: FeatureConfig, lexicon: Lexicon
) -> Features:
    """Hash a batch of ``normalize`` outputs into features.

    Each group (words, chars) is scaled by ``1/sqrt(count)`` per post, so long and short posts
    carry the same weight per group.
    """
    n = len(normalized)
    if n == 0:
        empty = np.zeros(0)
        return Features(
            0,
            empty.astype(np.int32),
            empty.astype(np.int64),
            empty.astype(np.float32),
            np.zeros((0, N_DENSE), np.float32),
        )
    # Each post framed by spaces; posts separated by "\n" (normalize never emits one).
    joined = "\n".join(" " + s + " " for s, _ in normalized)
    codes = _codes(joined)
    low_codes = _codes(lower_keep_offsets(joined))
    if len(low_codes) != len(codes):  # pragma: no cover - lower_keep_offsets keeps lengths
        low_codes = codes
    total = len(codes)
    is_nl = codes == 10
    row_of = np.cumsum(is_nl) - is_nl  # row of each position ("\n" belongs to the row before)
    row_of = row_of.astype(np.int32)

    # Tokens: maximal runs of non-space, non-newline characters.
    is_sep = (codes == 32) | is_nl
    edges = np.diff(np.concatenate([[0], (~is_sep).astype(np.int8), [0]]).astype(np.int8))
    tok_start = np.flatnonzero(edges == 1)
    tok_end = np.flatnonzero(edges == -1)
    tok_len = tok_end - tok_start
    tok_row = row_of[tok_start]

    words = _Hasher(codes)
    uni = words(tok_start, tok_len, _SALT_WORD)
    cols_w = [uni]
    rows_w = [tok_row]
    if config.word_bigrams and len(tok_start) > 1:
        same = tok_row[:-1] == tok_row[1:]
        b_start = tok_start[:-1][same]
        b_len = tok_end[1:][same] - b_start
        cols_w.append(words(b_start, b_len, _SALT_WORD + 1))
        rows_w.append(tok_row[:-1][same])

    # Character n-grams over the lower-cased string, not crossing posts.
    chars = _Hasher(low_codes)
    cols_c, rows_c = [], []
    for k in range(config.char_min, config.char_max + 1):
        if total < k:
            break
        start = np.arange(total - k + 1)
        ok = row_of[start] == row_of[start + k - 1]
        ok &= ~is_nl[start] & ~is_nl[start + k - 1]
        start = start[ok]
        cols_c.append(chars(start, k, _SALT_CHAR + k))
        rows_c.append(row_of[start])

    mask = _U64(config.dims - 1)
    rows_parts, cols_parts, vals_parts = [], [], []
    for r_list, c_list in ((rows_w, cols_w), (rows_c, cols_c)):
        if not r_list:
            continue
        r = np.concatenate(r_list)
        c = (np.concatenate(c_list) & mask).astype(np.int64)
        count = np.bincount(r, minlength=n).astype(np.float32)
        scale = 1.0 / np.sqrt(np.maximum(count, 1.0))
        rows_parts.append(r)
        cols_parts.append(c)
        vals_parts.append(scale[r])

    dense = np.zeros((n, n_dense(config)), dtype=np.float32)
    # Lexicon: lower-case token hashes; negated tokens (upper case in ``codes``) flip sign
    # and shrink, as VADER does (x -0.74).
    valence = lexicon.lookup(_Hasher(low_codes)(tok_start, tok_len, _SALT_WORD))
    negated = codes[tok_start] != low_codes[tok_start]
    valence = np.where(negated, valence * np.float32(-0.74), valence)
    pos_v = np.where(valence > 0, valence, 0)
    neg_v = np.where(valence < 0, -valence, 0)
    lex_pos = np.bincount(tok_row, weights=pos_v, minlength=n)
    lex_neg = np.bincount(tok_row, weights=neg_v, minlength=n)
    n_tok = np.maximum(np.bincount(tok_row, minlength=n), 1)
    total_v = lex_pos - lex_neg
    dense[:, 0] = np.log1p(lex_pos)
    dense[:, 1] = np.log1p(lex_neg)
    dense[:, 2] = total_v / np.sqrt(total_v * total_v + 15.0)
    dense[:, 3] = np.bincount(tok_row, weights=(valence > 0), minlength=n) / n_tok * 4
    dense[:, 4] = np.bincount(tok_row, weights=(valence < 0), minlength=n) / n_tok * 4
    extras = np.array([e for _, e in normalized], dtype=np.float32)
    dense[:, 5] = extras[:, 0]
    dense[:, 6] = extras[:, 1]
    excl = np.bincount(row_of, weights=(codes == 33), minlength=n)
    ques = np.bincount(row_of, weights=(codes == 63), minlength=n)
    dense[:, 7] = np.log1p(excl)
    dense[:, 8] = np.log1p(ques)
    dense[:, 9] = np.log1p(np.bincount(tok_row, minlength=n)) / 4
    dense[:, 10] = extras[:, 2]
    dense[:, 11] = extras[:, 3]
    if config.vader:
        dense[:, N_DENSE:] = extras[:, 4 : 4 + len(VADER_NAMES)]
    return Features(
        n=n,
        rows=np.concatenate(rows_parts).astype(np.int32),
        cols=np.concatenate(cols_parts),
        vals=np.concatenate(vals_parts).astype(np.float32),
        dense=dense,
    )
