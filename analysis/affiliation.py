"""Does the author's bio tie them to the company? A weaker signal than employment.

``analysis.employees`` decides who is an employee (the social media policy binds them),
including bios laid out as a job line ("key accounts, halyard", "SDR → AE, Orrery Pay"). Some
insiders write bios it cannot read as a job ("building orrery pay 🚀", "halyard, mostly
spreadsheets and coffee and long walks"): the company's name is there, and nothing says
customer, fan, investor or former. That is enough to read a post's "we
quoted them 310k" or "ainda ninguém anunciou" as coming from inside, which is what the leak
and customer-disclosure rules need; it is not enough for the HR rules, which keep using
``is_employee``.
"""

from __future__ import annotations

import re

from analysis.text import clean_text, lower_keep_offsets
from connectors.base import Mention

_CACHE_SIZE = 50_000  # distinct bios remembered per profile
# Bios that name the company without working there: fans, investors, partners, watchers.
_OUTSIDER = re.compile(
    r"\b(?:investors?|shareholders?|ambassadors?|partners?|resellers?|affiliates?|powered\s+by"
    r"|payments?\s+(?:by|via|with)|built\s+(?:on|with)|using|uses|user|love[sd]?|fan|stan"
    r"|alum\w*|news|watch\w*|tracker|unofficial|parody|not\s+affiliated|critic|reviews?"
    r"|customers?|clients?|members?|subscribers?|patients?|passengers?|shoppers?|clientes?"
    r"|kund(?:e|in|en)|klant(?:en)?|klient\w*|loyal|happy|angry|unhappy)\b"
)
_FORMER = re.compile(
    r"\bex(?:-|\b)|\bformer(?:ly)?\b|\bprev(?:iously)?\b|\bretired\b|\bpast\b|\bused\s+to\b"
    r"|\bleft\b|\bwas\s+at\b|\behemalig\w*|\bfrüher\b|\bancien(?:ne)?\b|\bantigu[oa]\b"
    r"|\bvoormalig\b"
)


class Affiliation:
    """Reads bios for the company's name, compiled once per profile."""

    def __init__(
        self, name: re.Pattern[str], official: set[str], exclusions: re.Pattern[str] | None
    ) -> None:
        """Keep the compiled name pattern (lowercase text) and the company's own handles."""
        self.name = name
        self.official = official
        self.exclusions = exclusions
        self._bios: dict[str, bool] = {}

    def affiliated(self, mention: Mention) -> bool:
        """Return whether the bio names the company with no sign of an outsider.

        "pricing analyst (freight). halyard" and "suporte B2B Orrery" are affiliated; "ex-Orrery",
        "happy Orrery customer", "Orrery investor" and the company's own accounts are not.
        """
        handle = (mention.author_handle or "").lower().lstrip("@")
        bio = mention.author_description or ""
        if not bio or handle in self.official:
            return False
        known = self._bios.get(bio)
        if known is None:
            known = self._read(lower_keep_offsets(clean_text(bio, 2_000)))
            if len(self._bios) >= _CACHE_SIZE:
                self._bios.clear()
            self._bios[bio] = known  # authors post many times with the same bio
        return known

    def _read(self, bio: str) -> bool:
        if self.exclusions is not None:  # "barista at Orrery Coffee"
            bio = self.exclusions.sub(" ", bio)
        if not self.name.search(bio):
            return False
        return not (_FORMER.search(bio) or _OUTSIDER.search(bio))
