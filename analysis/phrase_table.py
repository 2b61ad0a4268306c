"""Regex sources built from per-language phrase tables.

The leak and deal lexicons for the languages the older lists do not read
(``analysis.leak_lexicon_intl``, ``analysis.deal_lexicon_intl``) are tables: a language code,
then a role ("internal_doc", "secrecy", "contract", ...), then its phrases as one ``|``-joined
string. This module turns a role into a ``compile_words`` / ``gate.KeywordGate`` source:

* Space-separated scripts (Latin, Greek, Cyrillic; Vietnamese writes one syllable a word):
  each phrase becomes a ``\\b`` branch that ends at a word end, so the gate keys it on its
  most specific word. A space in a phrase stands for any run of spaces. Accented letters also
  match their bare letter ("açıklanmadı" finds "aciklanmadi", "ανακοίνωση" finds the
  uppercase-born "ανακοινωση"), because posts are often typed without accents.
* Scripts without word boundaries, or with prefixes glued to the word (Chinese, Japanese,
  Korean particles, Arabic and Hebrew articles and conjunctions): plain substrings. The gate
  runs those only on non-ASCII text, so English posts never pay for them.

Phrases are lowercase and run on lowercased text, like every list in ``analysis.lexicon``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from analysis.gate import KeywordGate
from analysis.lexicon import _branches

Table = Mapping[str, Mapping[str, str]]
"""language code -> role -> phrases joined with ``|``."""

UNSPACED = frozenset({"zh", "ja", "ko", "ar", "he"})
"""Languages whose phrases are plain substrings (no word boundary can be trusted)."""

# Letters whose accent-free form is not their Unicode decomposition's first character.
_BARE = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "s", "æ": "a", "œ": "o", "ș": "s", "ț": "t"}
_PLAIN = re.compile(r"[^\\\[\](){}.*+?|^$]+")  # what ``gate`` treats as a plain substring


def bare(ch: str) -> str:
    """``ch`` without its accents ("á" -> "a", "ή" -> "η", "ł" -> "l"), or ``ch``."""
    if ch in _BARE:
        return _BARE[ch]
    return unicodedata.normalize("NFD", ch)[0] if ch else ch


def loose(phrase: str) -> str:
    """``phrase`` with each accented letter also matching its bare letter, spaces as ``\\s+``.

    Escapes (``\\w``) and character classes are copied as written. Romanian "ș"/"ț" also
    match the cedilla forms "ş"/"ţ" that many keyboards type instead.
    """
    out: list[str] = []
    i = 0
    while i < len(phrase):
        c = phrase[i]
        if c == "\\":
            out.append(phrase[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = phrase.index("]", i + 1)
            out.append(phrase[i : j + 1])
            i = j + 1
            continue
        i += 1
        if c == " ":
            out.append(r"\s+")
        elif c.isalpha() and not c.isascii() and (b := bare(c)) != c:
            alts = c + b + {"ș": "ş", "ț": "ţ"}.get(c, "")
            out.append(f"[{alts}]")
        else:
            out.append(c)
    return "".join(out)


def branches(lang: str, phrases: str) -> list[str]:
    """The regex branches of one table cell (``|``-joined phrases) for ``lang``."""
    out = []
    for phrase in _branches(unicodedata.normalize("NFC", phrases)):
        phrase = phrase.strip()
        if not phrase:
            continue
        if lang in UNSPACED:
            if not _PLAIN.fullmatch(phrase):
                raise ValueError(f"{lang}: {phrase!r} must be a plain substring")
            out.append(phrase)
        else:
            end = r"(?!\w)" if _ends_in_word(phrase) else ""  # "logged as '": a quote ends it
            out.append(rf"\b{loose(phrase)}{end}")
    return out


def _ends_in_word(phrase: str) -> bool:
    """Whether ``phrase`` ends with a word character (a letter, ``\\w``, a class of letters)."""
    body = phrase.rstrip(")?*+")
    if body.endswith("]"):
        klass = body[body.rindex("[") + 1 : -1]
        return any(c.isalnum() for c in klass) or "\\w" in klass
    return body[-1:].isalnum() or body.endswith("\\w")


def source(table: Table, *roles: str, spaced: bool | None = None) -> str:
    """One regex source with every language's phrases for ``roles`` (``|``-joined branches).

    ``spaced``: only the languages read by word (True) or as substrings (False); both if None.
    """
    parts = [
        b
        for lang, cells in table.items()
        if spaced is None or spaced != (lang in UNSPACED)
        for r in roles
        for b in branches(lang, cells.get(r, ""))
    ]
    return "|".join(parts)


class GateUnion:
    """Several ``gate.KeywordGate`` sources searched as one (the leftmost match of any).

    A gate whose residual (the branches it cannot key) holds ASCII phrases runs that residual
    on every post; the tables' Chinese, Korean, Arabic and Hebrew substrings kept in a gate
    of their own run only on non-ASCII text, as ``KeywordGate`` does for Japanese.
    """

    def __init__(self, *sources: str) -> None:
        """Compile one ``KeywordGate`` per source."""
        self.pattern = "|".join(sources)
        self.parts = [KeywordGate(s) for s in sources if s]

    def search(self, low: str) -> re.Match[str] | None:
        """The leftmost match in ``low`` (lowercased text) of any part, or None."""
        best = None
        for part in self.parts:
            m = part.search(low)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best
