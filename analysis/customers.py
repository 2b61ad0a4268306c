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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from analysis import customer_forms as F
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


_FULL, _ACCOUNT, _BARE = "full", "account", "bare"  # how a span names the customer
# Latin letters and digits: a short form glued to CJK text ("给Hallamore订") still counts.
_LATIN = r"A-Za-z0-9\u00c0-\u024f"


def _token_pattern(forms: Iterable[str], *, code: bool = False) -> re.Pattern[str] | None:
    """A case-sensitive pattern for whole tokens ``forms``, bounded by non-Latin characters.

    ``code``: the forms are initialisms, which inside a code ("BHF-2000", "SRA/2") name a
    part or a form, not the customer ("the Helvion-deal" is still the customer).
    """
    alt = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    tail = r"|[-/]\w" if code else ""
    return re.compile(rf"(?<![{_LATIN}&/-])(?:{alt})(?![{_LATIN}&]{tail})") if alt else None


def _shouting(text: str) -> bool:
    """Whether the post is mostly in capitals, where an initialism is just a word."""
    upper = sum(c.isupper() for c in text)
    return upper > sum(c.islower() for c in text)


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
        """Compile the customers' full names, short names and derived short forms.

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
            form
            for c in profile.customers
            if (word := short_name(c)) is not None and word.lower() not in own_words
            for form in {word, F.unaccented(word)}
        }
        # Case-sensitive on the original text: "Hartwell", "HARTWELL", "#Hartwell", not "sable".
        self.short = _token_pattern([*short, *(s.upper() for s in short)])
        self.short_folded = [s.lower() for s in short]
        initials = {i for c in profile.customers if (i := F.initialism(c))} - {
            w.upper() for w in own_words
        }
        self.initials = _token_pattern(initials, code=True)
        self.initial_set = frozenset(initials)
        nicks = {n for word in short for n in F.nicknames(word)} - {w.title() for w in own_words}
        self.nicks = _token_pattern(nicks)
        self.nick_starts = frozenset(n[:4].lower() for n in nicks)

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
        spans = [(h.start, h.end, _FULL) for h in self.terms.find(text, folded)]
        for h in self.cjk.find(text):  # "Vireo Hotelsと3年契約": no word boundary in Japanese
            if not any(s < h.end and h.start < e for s, e, _ in spans):
                spans.append((h.start, h.end, _FULL))
        spans += self._short_forms(text, low, spans, employee=employee, affiliated=affiliated)
        if not spans:
            return []
        author = fold(f"{mention.author_handle or ''} {mention.author_description or ''}")
        hits = []
        for start, end, kind in sorted(spans):
            if self._own_post(author, low, start, end):
                continue
            if employee:
                hits.append(CustomerHit("customer.named_by_employee", P.HIGH, start, end))
                continue
            if kind == _BARE:  # a short form an affiliated author used without deal words
                hits.append(CustomerHit("customer.named_by_affiliate", P.MEDIUM, start, end))
                continue
            full = kind == _FULL
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

    def _short_forms(
        self,
        text: str,
        low: str,
        full: list[tuple[int, int, str]],
        *,
        employee: bool,
        affiliated: Callable[[], bool],
    ) -> list[tuple[int, int, str]]:
        """Short names, initialisms and nicknames outside any full-name match.

        Each counts as an account (``_ACCOUNT``) with an account word or deal terms in its
        clause ("the Hartwell account", "Rosslyn is paying X £240k a year"). Without them it
        counts only from an insider (``_BARE``): an employee's or an affiliated bio's
        capitalized "Solmar", "BHF" or "SRA" is the customer. Nicknames ("Hally") count only
        from employees, and a capitalized given name before a short form makes it a surname.
        """
        found: list[tuple[int, int, str]] = []
        for start, end, form in self._candidates(text, low, employee):
            if any(s <= start < e for s, e, _ in full):
                continue
            lo, hi = max(0, start - _ACCOUNT_WINDOW), min(len(low), end + _ACCOUNT_WINDOW)
            person = _SURNAME_OF.search(text, max(0, start - 20), start)  # "Lena Brandt"
            if D.ACCOUNT_WORDS.search(_clause(low, lo, hi, start, end)) or (
                not person and _deal_words_near(low, start, end)
            ):
                found.append((start, end, _ACCOUNT))
            elif not person and (employee or (form != "nick" and affiliated())):
                found.append((start, end, _BARE))
        return found

    def _candidates(self, text: str, low: str, employee: bool) -> list[tuple[int, int, str]]:
        """Where the text holds a short name, an initialism or (for an employee) a nickname."""
        out = []
        if self.short is not None and any(s in low for s in self.short_folded):
            out += [(m.start(), m.end(), "short") for m in self.short.finditer(text)]
        initials = self.initials
        # "LOVE MY ABS DAY": in a post written in capitals an initialism is just a word
        if initials and any(i in text for i in self.initial_set) and not _shouting(text):
            out += [(m.start(), m.end(), "initials") for m in initials.finditer(text)]
        if employee and self.nicks is not None and any(n in low for n in self.nick_starts):
            for m in self.nicks.finditer(text):
                if not F.is_common_word(m.group()):  # "Sorry" is no nickname for Sorrentino
                    out.append((m.start(), m.end(), "nick"))
        return out

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
    " authority srl sro kft zrt oyj aps asa sarl sas pty pte ooo"
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
    """The customer's name, the name without legal or generic tails if two words remain, and
    each of them without diacritics ("Kaminska Meble" for "Kamińska Meble Sp. z o.o.")."""
    out = [customer]
    name = customer.strip()
    stem = F.legal_stem(name)  # "Sp. z o.o.", "S.r.l.", "Kft.": forms the tail list lacks
    if stem != name and len(re.findall(r"\w+", stem)) >= 2:
        name = stem
        out.append(name)
    while (m := _GENERIC_TAIL.search(name)) and len(re.findall(r"\w+", name[: m.start()])) >= 2:
        name = name[: m.start()]
        out.append(name)
    return list(dict.fromkeys([*out, *(F.unaccented(n) for n in out)]))


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


_WEAK_DEAL = frozenset({"each", "buying", "bought"})


def _deal_words_near(low: str, start: int, end: int) -> bool:
    """Deal terms around a short form, as ``_deal_near`` finds them, less "each" and a
    purchase, which sit next to a street or a person as often as next to an account."""
    lo, hi = _sentence(low, start, end)
    for m in L.DEAL.finditer(low, lo, hi):
        if m.group() not in _WEAK_DEAL and not m.group().startswith("purchas"):
            return True
    if D.PAYS_AFTER_NAME.match(low, end) and D.DEAL_INSIDE.search(low, lo, hi):
        return True
    return bool(D.DEAL_MORE.search(low, lo, hi))


def _deal_near(low: str, start: int, end: int) -> bool:
    """Deal terms in the customer's sentence, or the customer paying an amount ("X pays
    Harborline $2.10 a parcel", not "X still pays late")."""
    if L.deal_near(low, start, end):
        return True
    lo, hi = _sentence(low, start, end)
    if D.PAYS_AFTER_NAME.match(low, end) and D.DEAL_INSIDE.search(low, lo, hi):
        return True
    return bool(D.DEAL_MORE.search(low, lo, hi))
