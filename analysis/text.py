"""Shared text normalization and obfuscation-tolerant term matching.

Every analysis step looks at *cleaned* text (``clean_text``): NFKC-normalized, without
zero-width or bidi-control characters, without HTML tags, with HTML entities decoded, and cut
to a maximum length. Flag offsets index into that cleaned text, so a reviewer can reproduce
a span with ``clean_text(mention.text)[flag.start:flag.end]``.

``TermMatcher`` finds profile terms (code names, customers, company names) even when they are
written to dodge a keyword search: ``B.l.u.e.f.i.n``, ``blue-fin``, ``BLU3F1N``,
``#ProjectBluefin``, or with Cyrillic look-alike letters.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Reddit self-posts are at most 40,000 characters; anything longer is hostile or an error.
MAX_TEXT_CHARS = 50_000

# Zero-width, soft hyphen, word joiners, BOM and bidi controls: invisible, used to dodge filters.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufe00-\ufe0e\U000e0000-\U000e007f]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SCRIPT = re.compile(r"<(script|style)\b[^>]{0,500}>.{0,100000}?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(
    r"</?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre|hr)\b[^<>]{0,500}>", re.I
)
_TAG = re.compile(r"</?[A-Za-z!][^<>]{0,500}>")

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']{1,2000}", re.I)
HANDLE_RE = re.compile(r"(?<![\w@])@\w{1,50}")
HASHTAG_RE = re.compile(r"(?<![\w#&])#(\w{1,140})")

# Look-alike letters from other scripts, mapped to the Latin letter they imitate.
_HOMOGLYPHS = {
    "a": "аα",
    "b": "Ьв",
    "c": "сϲ",
    "e": "еε",
    "h": "һ",
    "i": "іι",
    "j": "ј",
    "k": "κ",
    "m": "м",
    "n": "η",
    "o": "оοσ",
    "p": "рρ",
    "s": "ѕ",
    "t": "т",
    "u": "υ",
    "x": "хχ",
    "y": "уγ",
}
# Digits and symbols used as letters ("l33t"). Folding maps both sides to one canonical letter.
_LEET = {"a": "4@", "e": "3", "i": "1", "l": "1", "o": "0", "s": "5$", "t": "7"}
_FOLD = str.maketrans(
    {
        **{g: latin for latin, glyphs in _HOMOGLYPHS.items() for g in glyphs},
        "4": "a",
        "@": "a",
        "3": "e",
        "1": "i",
        "l": "i",
        "0": "o",
        "5": "s",
        "$": "s",
        "7": "t",
    }
)
_NOT_ALNUM = re.compile(r"[\W_]+")
# ASCII fast path for ``fold``: bytes.translate deletes, then maps, in one C pass.
_ASCII_MAP = bytes.maketrans(b"4@31l05$7", b"aaeiiosst")
_ASCII_DELETE = bytes(c for c in range(128) if not chr(c).isalnum() and chr(c) not in "@$")
# What may sit between the letters of an obfuscated term: spaces, dots, dashes, stars,
# apostrophes, slashes and combining marks ("Zalgo" text). At most two in a row.
_SEP = r"[\s.\-_*'’·•/\\~\u0300-\u036f\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]{0,2}"
# Between words of a multi-word term: any run of non-alphanumerics, or nothing (#CamelCase).
_WORD_SEP = r"[\W_]{0,3}"
_LEFT = r"(?:(?<![^\W_])|(?-i:(?<=[a-z0-9])(?=[A-Z])))"
_RIGHT = r"(?:(?![^\W_])|(?-i:(?<=[a-z])(?=[A-Z])))"


def clean_text(text: str | None, max_chars: int | None = MAX_TEXT_CHARS) -> str:
    """Normalize untrusted post text for analysis.

    Applies NFKC, removes invisible characters (zero-width, bidi controls, soft hyphens) and C0
    control characters, strips HTML tags (block tags become a space), decodes HTML entities
    (X sends ``&amp;``), and truncates to ``max_chars``. Cheap for ordinary ASCII text.

    Args:
        text: the raw text; ``None`` is treated as empty.
        max_chars: cut the result to this many characters; ``None`` keeps everything.

    Returns:
        The cleaned text.
    """
    if not text:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if max_chars is not None and len(text) > 2 * max_chars:
        text = text[: 2 * max_chars]  # bound the work before normalizing
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = _INVISIBLE.sub("", text)
    if "<" in text:
        text = _SCRIPT.sub(" ", text)
        text = _BLOCK_TAG.sub(" ", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
        if not text.isascii():
            text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    text = _CONTROL.sub("", text)
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
    return text


def fold(text: str) -> str:
    """Return a crude skeleton of ``text`` for fast substring pre-checks.

    Lowercases, maps l33t digits and look-alike letters to one canonical Latin letter
    (``l`` and ``1`` both become ``i``) and drops everything that is not a letter or digit.
    ``fold(term) in fold(text)`` is a cheap necessary condition for ``TermMatcher`` to match.
    """
    low = text.lower()
    if low.isascii():
        return low.encode("ascii").translate(_ASCII_MAP, _ASCII_DELETE).decode("ascii")
    return _NOT_ALNUM.sub("", low.translate(_FOLD))


def lower_keep_offsets(text: str) -> str:
    """Lowercase ``text`` without changing its length, so offsets stay valid.

    ``str.lower`` turns a few characters into two (``İ`` becomes ``i̇``); those are kept as
    they are. Searching lowercase text with case-sensitive patterns is several times faster
    than ``re.IGNORECASE``.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _char_class(ch: str) -> str:
    low = ch.lower()
    variants = {low, ch.upper()} | set(_LEET.get(low, "")) | set(_HOMOGLYPHS.get(low, ""))
    if len(variants) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def term_pattern(term: str) -> str:
    """Return a regex source that matches ``term`` despite common obfuscation.

    Each letter also matches its l33t digits and look-alike letters; up to two separator
    characters may sit between letters; words may be joined, hyphenated or CamelCased.
    Matches start and end on word boundaries (or a CamelCase boundary). Compile with
    ``re.IGNORECASE``.
    """
    words = [w for w in _NOT_ALNUM.split(term) if w]
    parts = [_SEP.join(_char_class(c) for c in word) for word in words]
    return _LEFT + _WORD_SEP.join(parts) + _RIGHT


@dataclass(frozen=True, slots=True)
class TermHit:
    """One occurrence of a term: which term and where in the text."""

    term: str
    start: int
    end: int


class TermMatcher:
    """Find a fixed set of terms in text, tolerant of case, l33t, separators and hashtags.

    Built once per term list (compile cost), then ``find`` is cheap: a folded-substring
    pre-check decides which term regexes run at all, so ordinary text costs one
    ``fold`` plus a few ``in`` tests.
    """

    def __init__(self, terms: Iterable[str]) -> None:
        """Compile one pattern per distinct, non-empty term."""
        self._terms: list[tuple[str, str, re.Pattern[str]]] = []
        seen: set[str] = set()
        for term in terms:
            key = fold(term)
            if not key or key in seen:
                continue
            seen.add(key)
            self._terms.append((term, key, re.compile(term_pattern(term), re.IGNORECASE)))

    def __bool__(self) -> bool:
        return bool(self._terms)

    def find(self, text: str, folded: str | None = None) -> list[TermHit]:
        """Return every term occurrence in ``text``, ordered by position.

        Args:
            text: cleaned text.
            folded: ``fold(text)`` if the caller already has it (saves work across matchers).

        Returns:
            Non-overlapping hits; a hashtag that contains a term counts as one hit.
        """
        if not self._terms:
            return []
        skeleton = fold(text) if folded is None else folded
        candidates = [t for t in self._terms if t[1] in skeleton]
        if not candidates:
            return []
        hits: list[TermHit] = []
        for term, key, pattern in candidates:
            found = [TermHit(term, m.start(), m.end()) for m in pattern.finditer(text)]
            if "#" in text:
                for tag in HASHTAG_RE.finditer(text):
                    overlaps = any(h.start < tag.end() and tag.start() < h.end for h in found)
                    if not overlaps and key in fold(tag.group(1)):
                        found.append(TermHit(term, tag.start(), tag.end()))
            hits.extend(found)
        return _non_overlapping(hits)

    def search(self, text: str, folded: str | None = None) -> bool:
        """Return whether any term occurs in ``text``."""
        return bool(self.find(text, folded))


def _non_overlapping(hits: Sequence[TermHit]) -> list[TermHit]:
    kept: list[TermHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def social_preprocess(text: str) -> str:
    """Prepare social text for lexicon scorers: drop URLs, neutralize @handles, unhash tags.

    Handles become ``@user`` (a handle like ``@hate_mondays`` must not carry sentiment);
    ``#scam`` becomes ``scam`` so hashtag words count; emoji are kept (VADER scores them).
    """
    if "http" in text or "www." in text:
        text = URL_RE.sub(" ", text)
    if "@" in text:
        text = HANDLE_RE.sub("@user", text)
    if "#" in text:
        text = HASHTAG_RE.sub(r"\1", text)
    return text
