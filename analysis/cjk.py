"""Latin-script terms inside Chinese or Japanese text, where word boundaries fail.

``TermMatcher`` wants a word boundary around a term, and CJK characters count as word
characters, so "Oakridge Medical Supplyとの契約" or "Lodestarは来年" hide the term. This
matcher runs only on text that contains CJK characters and bounds a term by Latin letters and
digits instead. It tolerates no obfuscation: people writing Japanese rarely l33t a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.text import TermHit

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")


class CjkTerms:
    """Find Latin-script terms glued to CJK characters (case-insensitive)."""

    def __init__(self, terms: Iterable[str]) -> None:
        """Compile one alternation for every term with a Latin letter in it."""
        self._names: dict[str, str] = {}
        parts = []
        for term in terms:
            words = re.findall(r"[^\W_]+", term)
            if not words or not any(c.isascii() and c.isalpha() for c in term):
                continue
            key = " ".join(w.lower() for w in words)
            if key in self._names:
                continue
            self._names[key] = term
            parts.append(r"[\s&.'-]*".join(re.escape(w) for w in words))
        alt = "|".join(sorted(parts, key=len, reverse=True))
        self._pattern = (
            re.compile(rf"(?<![A-Za-z0-9])(?:{alt})(?![A-Za-z0-9])", re.IGNORECASE) if alt else None
        )

    def find(self, text: str) -> list[TermHit]:
        """Return the terms in ``text`` if it contains CJK characters, else nothing."""
        if self._pattern is None or text.isascii() or not _CJK.search(text):
            return []
        hits = []
        for m in self._pattern.finditer(text):
            key = " ".join(w.lower() for w in re.findall(r"[^\W_]+", m.group()))
            hits.append(TermHit(self._names.get(key, m.group()), m.start(), m.end()))
        return hits
