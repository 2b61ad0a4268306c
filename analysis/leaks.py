"""Confidential-information rules: profile code names and terms, and leak language.

Three rules, strongest first:

* ``leak.confidential_term`` / ``leak.code_name``: one of the profile's terms, found despite
  case, l33t digits, separators, zero-width characters and hashtags (``analysis.text``).
  A *single-word* code name is often an ordinary word too (Heron, Saffron, Osprey, Nimbus), so
  it counts only when written to dodge a search (``H3R0N``, ``O.s.p.r.e.y``, ``#Osprey``) or
  next to product or secrecy words ("Heron app", "Osprey demo", "launches Saffron"), and only
  from an employee or in a post about the company. Multi-word terms ("Project Lantern",
  "Series C term sheet") are specific enough to count anywhere.
* ``leak.internal_source``: a post about the company (or by an employee) that says its content
  is internal or not yet public ("internal memo", "before the earnings call", "noch nicht
  offiziell", "presentación interna", "you didn't hear it from me").
* ``leak.undisclosed_incident``: an incident word (breach, ransomware, skimming) together with
  a concealment phrase ("never disclosed", "told nobody").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis import lexicon as L
from analysis.profile import Profile
from analysis.text import TermMatcher, fold

_PLAIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
CONTEXT_CHARS = 60


@dataclass(frozen=True, slots=True)
class LeakHit:
    """One confidential-information finding: its rule and span in the cleaned text."""

    rule: str
    start: int
    end: int


class LeakMatcher:
    """The confidential-information rules compiled for one profile."""

    def __init__(self, profile: Profile) -> None:
        """Compile the profile's code names and confidential terms."""
        self.terms = TermMatcher([*profile.code_names, *profile.confidential_terms])
        self.code_names = {fold(t) for t in profile.code_names}
        self.single = {fold(t) for t in profile.code_names if _PLAIN_WORD.fullmatch(t.strip())}

    def find(
        self,
        text: str,
        low: str,
        folded: str,
        *,
        employee: bool,
        about_company: Callable[[], bool],
        has_credential: bool,
    ) -> list[LeakHit]:
        """Return the leak findings of one post.

        Args:
            text: cleaned text.
            low: ``lower_keep_offsets(text)``.
            folded: ``fold(text)``.
            employee: whether the author works for the company.
            about_company: lazily tells whether the post is about the company.
            has_credential: a secret was already found (its "don't tell anyone" is about it).
        """
        hits = []
        for hit in self.terms.find(text, folded):
            key = fold(hit.term)
            rule = "leak.code_name" if key in self.code_names else "leak.confidential_term"
            if key in self.single and not self._code_name_counts(
                text, low, hit.start, hit.end, hit.term, employee, about_company
            ):
                continue
            hits.append(LeakHit(rule, hit.start, hit.end))
        if hits or has_credential or not (employee or about_company()):
            return hits
        if m := L.LEAK_LANGUAGE.search(low):
            hits.append(LeakHit("leak.internal_source", m.start(), m.end()))
        elif (m := L.INCIDENT.search(low)) and L.CONCEALED.search(low):
            hits.append(LeakHit("leak.undisclosed_incident", m.start(), m.end()))
        return hits

    @staticmethod
    def _code_name_counts(
        text: str,
        low: str,
        start: int,
        end: int,
        term: str,
        employee: bool,
        about_company: Callable[[], bool],
    ) -> bool:
        written = text[start:end]
        token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
        in_hashtag = text.startswith("#", token_start)  # "#ProjectBluefin" matches "Bluefin"
        disguised = in_hashtag or written.lower() != term.lower()
        if not (employee or disguised or about_company()):
            return False
        if disguised:
            return True
        lo, hi = max(0, start - CONTEXT_CHARS), min(len(low), end + CONTEXT_CHARS)
        return bool(L.PRODUCT_CONTEXT.search(low, lo, hi))
