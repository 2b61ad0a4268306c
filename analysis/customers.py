"""Customer-disclosure rules: the profile's customers named where they should not be.

Rules, strongest first:

* ``customer.named_by_employee`` (high): an employee names a customer at all;
* ``customer.insider_deal_terms`` (high): deal terms next to a customer, told from the
  company's side: the bio ties the author to the company (``analysis.affiliation``), or the
  post speaks for it in the first person plural ("we quoted Brixby Home $0.85/lb", "gli
  abbiamo dato il 20%", "Dziś podpisaliśmy z X umowę");
* ``customer.deal_terms`` (medium): anyone names a customer next to deal terms in a post
  about the company ("rumor is X pays Halyard $2.10 a parcel");
* ``customer.named_by_affiliate`` (medium): the bio ties the author to the company and the
  post names a customer, without deal terms ("shoutout to the receiving crew at X").

A customer's short name ("Hartwell" for "Hartwell Motors") counts only as an account ("the
Hartwell account", "our biggest account (Mapleton)"). The customer's own posts (the handle or
bio names it, or the post says "we at X" / "X here") and a customer's "we" that names the
company ("we pay Orrery") are not the company's side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis import deal_lexicon as D
from analysis import lexicon as L
from analysis import policy as P
from analysis.cjk import CjkTerms
from analysis.profile import Profile
from analysis.text import TermMatcher, fold
from connectors.base import Mention

# A capitalized given name right before a short name makes it a person's surname.
_SURNAME_OF = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][a-zà-ÿ]+\s$")
_ACCOUNT_WINDOW = 30  # characters around a short name that must hold an account word
_VOICE_TO_NAME = 40  # "we pay Orrery": the company named this close after a "we" phrase
_WE_AT = re.compile(r"\b(?:we|us|here)\s+at\s+$")  # "we at Pellucid Dental ..."
_HERE = re.compile(r"\s+here\b")  # "Pellucid Dental here: ..."
# First words too common to stand for a customer on their own.
_COMMON_FIRST_TEXT = (
    "the new north south east west city first united general national central global metro "
    "grand royal saint san santa los las big little old green blue red black white golden "
    "silver star sun best prime great bay river lake park stadtwerke orchard velo casa maison haus"
    " villa club cafe café hotel bar pizza bella plaza"
)
_COMMON_FIRST = frozenset(_COMMON_FIRST_TEXT.split())


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """One customer-disclosure finding: rule, severity and span in the cleaned text."""

    rule: str
    severity: str
    start: int
    end: int


class CustomerMatcher:
    """The customer-disclosure rules compiled for one profile."""

    def __init__(self, profile: Profile, company: re.Pattern[str]) -> None:
        """Compile the customers' full and short names.

        Args:
            profile: the watched company.
            company: the company's names and handles, for lowercased text.
        """
        names = [v for c in profile.customers for v in name_variants(c)]
        self.terms = TermMatcher(names)
        self.cjk = CjkTerms(names)
        self.company = company
        self.names = [n.lower() for n in profile.names]
        own = {w for t in (*profile.names, *profile.code_names) for w in re.findall(r"\w+", t)}
        own_words = {w.lower() for w in own}
        short = {
            word
            for c in profile.customers
            if (word := short_name(c)) is not None and word.lower() not in own_words
        }
        alt = "|".join(re.escape(s) for s in sorted(short, key=len, reverse=True))
        # Case-sensitive on the original text: "Hartwell", "HARTWELL", "#Hartwell", not "sable".
        self.short = re.compile(rf"(?<!\w)(?:{alt}|{alt.upper()})(?!\w)") if alt else None
        self.short_folded = [s.lower() for s in short]

    def find(
        self,
        text: str,
        low: str,
        folded: str,
        mention: Mention,
        *,
        employee: bool,
        about_company: Callable[[], bool],
        affiliated: Callable[[], bool],
    ) -> list[CustomerHit]:
        """Return the customer-disclosure findings of one post.

        Args:
            text: cleaned text.
            low: lowercased ``text`` (same offsets).
            folded: ``fold(text)``.
            mention: the post (the author's handle and bio are read).
            employee: whether the author works for the company.
            about_company: lazily tells whether the post names the company.
            affiliated: lazily tells whether the bio ties the author to the company.
        """
        spans = [(h.start, h.end, True) for h in self.terms.find(text, folded)]
        for h in self.cjk.find(text):  # "Vireo Hotelsと3年契約": no word boundary in Japanese
            if not any(s < h.end and h.start < e for s, e, _ in spans):
                spans.append((h.start, h.end, True))
        if self.short is not None and any(s in low for s in self.short_folded):
            spans += self._short_names(text, low, spans, anywhere=employee)
        if not spans:
            return []
        author = fold(f"{mention.author_handle or ''} {mention.author_description or ''}")
        hits = []
        for start, end, full in sorted(spans):
            if self._own_post(author, low, start, end):
                continue
            if employee:
                hits.append(CustomerHit("customer.named_by_employee", P.HIGH, start, end))
                continue
            deal = not full or _deal_near(low, start, end)
            placed = self._works_there(low)
            inside = affiliated() or placed or self._insider_voice(low, start, end)
            if inside and (deal or D.DEAL_INSIDE.search(low, *_sentence(low, start, end))):
                hits.append(CustomerHit("customer.insider_deal_terms", P.HIGH, start, end))
            elif deal and about_company():
                # Outsiders naming a customer next to deal terms mostly share news: a reviewer
                # should look, but it is not the insider disclosure the policy is about.
                hits.append(CustomerHit("customer.deal_terms", P.MEDIUM, start, end))
            elif full and (placed or affiliated()):
                hits.append(CustomerHit("customer.named_by_affiliate", P.MEDIUM, start, end))
        return hits

    def _short_names(
        self, text: str, low: str, full: list[tuple[int, int, bool]], anywhere: bool = False
    ) -> list[tuple[int, int, bool]]:
        """Short names used as an account, outside any full-name match.

        ``anywhere``: the author works there, and an employee's "Solmar" or "Clearbrook",
        capitalized, is the customer whether or not an account word is near.
        """
        found: list[tuple[int, int, bool]] = []
        if self.short is None:
            return found
        for m in self.short.finditer(text):
            if any(s <= m.start() < e for s, e, _ in full):
                continue
            lo, hi = max(0, m.start() - _ACCOUNT_WINDOW), min(len(low), m.end() + _ACCOUNT_WINDOW)
            person = _SURNAME_OF.search(text, max(0, m.start() - 20), m.start())  # "Lena Brandt"
            if (anywhere and not person) or D.ACCOUNT_WORDS.search(
                _clause(low, lo, hi, m.start(), m.end())
            ):
                found.append((m.start(), m.end(), False))
        return found

    def _works_there(self, low: str) -> bool:
        """Whether the post places its author inside the company ("we at X", "Bij X hebben
        we", "Xで働いてます")."""
        for m in self.company.finditer(low):
            before = low[max(0, m.start() - 30) : m.start()]
            if D.WORK_AT_BEFORE.search(before):
                return True
            place = D.PLACE_BEFORE.search(before) or not before.strip()
            if place and D.FIRST_PERSON_AFTER.match(low, m.end()):
                return True
        for m in D.WORK_JA.finditer(low):  # "Fernhill東京で働いてます": no word boundary
            if any(n in low[max(0, m.start() - 24) : m.start()] for n in self.names):
                return True
        return False

    def _own_post(self, author: str, low: str, start: int, end: int) -> bool:
        """Whether the customer speaks for itself: its handle or bio, or "we at X"."""
        name = fold(low[start:end])
        if name and name in author:
            return True
        before = _WE_AT.search(low, max(0, start - 12), start)
        return bool(before or _HERE.match(low, end))

    def _insider_voice(self, low: str, start: int, end: int) -> bool:
        """Whether the customer's sentence speaks for the company ("we quoted", "with us")."""
        lo, hi = _sentence(low, start, end)
        for m in D.INSIDER_VOICE.finditer(low, lo, hi):
            if not self.company.search(low, m.start(), min(hi, m.end() + _VOICE_TO_NAME)):
                return True
        return False


# Legal forms and generic last words a post drops: "Okonkwo & Reyes" for "Okonkwo & Reyes LLP".
_GENERIC_TAIL = re.compile(
    r"\s+(?:llp|llc|inc\.?|ltd\.?|gmbh|ag|s\.?a\.?|s\.?l\.?|b\.?v\.?|n\.?v\.?|s\.?p\.?a\.?|plc"
    r"|corp\.?|co\.?|group|holdings?|schools?|school\s+district|district|nederland|deutschland"
    r"|españa|france|italia|polska|uk|usa|international|(?:nhs\s+)?foundation\s+trust|trust"
    r"|health\s+system|health|hospitals?|kliniken|klinikum|clinics?|pharmacy|pharmacies"
    r"|restaurantes|restaurants?|burgers|foods?|stores|markets?|services|solutions)$",
    re.I,
)
# Words that describe a customer rather than name it: "Grupo Hospitalario Solmar S.A." is
# "Solmar" once they are gone.
_GENERIC_WORDS_TEXT = (
    "grupo gruppo groupe gruppe group hospitalario hospitalaria hospital hospitals health system"
    " systems pharmacy clinic clinics kliniken klinikum nhs foundation trust restaurantes"
    " restaurants burgers foods stores markets services solutions university universidad"
    " college district unified isd holding holdings international ltd llc inc gmbh ag sa sl"
    " bv nv spa plc corp co the of and st comune città metropole métropole city council county"
    " borough ayuntamiento câmara municipal gemeente stadt ville área metropolitana combined"
    " authority"
)
_GENERIC_WORDS = frozenset(_GENERIC_WORDS_TEXT.split())


def short_name(customer: str) -> str | None:
    """The one distinctive word a post may use for the customer, if it has one.

    "Hartwell" for "Hartwell Motors", "Solmar" for "Grupo Hospitalario Solmar S.A.": the
    words left once legal forms and descriptions are gone, if exactly one of at least four
    letters remains and it is not a common first word ("Golden", "City").
    """
    words = re.findall(r"\w+", customer)
    if len(words) < 2:
        return None
    left = [w for w in words if w.lower() not in _GENERIC_WORDS and len(w) > 2]
    if not left:
        return None
    word = left[0]
    if len(left) > 1 and word.lower() not in _COMMON_FIRST:
        return word if len(word) >= 4 else None  # the first word, as before ("Hartwell")
    if len(left) > 1 or len(word) < 4 or word.lower() in _COMMON_FIRST:
        return None
    return word


def name_variants(customer: str) -> list[str]:
    """The customer's name, and the name without legal or generic tails if two words remain."""
    out = [customer]
    name = customer.strip()
    while (m := _GENERIC_TAIL.search(name)) and len(re.findall(r"\w+", name[: m.start()])) >= 2:
        name = name[: m.start()]
        out.append(name)
    return out


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``low[start:end]``, within the deal window."""
    lo, hi = max(0, start - 120), min(len(low), end + 120)
    before = [m.end() for m in L.SENTENCE_END.finditer(low, lo, start)]
    after = L.SENTENCE_END.search(low, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _clause(low: str, lo: int, hi: int, start: int, end: int) -> str:
    """``low[lo:hi]`` cut at sentence ends on either side of ``low[start:end]``."""
    head = L.SENTENCE_END.split(low[lo:start])[-1]
    tail = L.SENTENCE_END.split(low[end:hi])[0]
    return f"{head} {tail}"


def _deal_near(low: str, start: int, end: int) -> bool:
    """Deal terms in the customer's sentence, or the customer paying an amount ("X pays
    Harborline $2.10 a parcel", not "X still pays late")."""
    if L.deal_near(low, start, end):
        return True
    lo, hi = _sentence(low, start, end)
    if D.PAYS_AFTER_NAME.match(low, end) and D.DEAL_INSIDE.search(low, lo, hi):
        return True
    return bool(D.DEAL_MORE.search(low, lo, hi))
