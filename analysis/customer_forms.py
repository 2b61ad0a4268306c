"""Short forms of a customer's name that people write and no exact match finds.

Derived from the profile, nothing per company is written down:

* ``initialism``: the initials of the significant words of the legal name, three letters or
  more ("BHF" for Brannock Home Furnishings Ltd, "SRA" for Sorrentino Ricambi Auto S.p.A.).
  Short acronyms collide with common words ("abs", "ETA"), so ``analysis.customers`` matches
  them only in upper case, as a whole token, from an insider or next to deal terms.
* ``unaccented``: the name without diacritics ("Kaminska" for "Kamińska"), as people type it
  on a keyboard without them.
* ``nicknames``: a start of the customer's one distinctive word with a diminutive ending
  ("Hally" for Hallamore), read only from employees. A candidate that is an English word or
  a given name ("Sorry" from Sorrentino, "Harry" from Harrington) is dropped, using the word
  lists that ship with TextBlob (``is_common_word``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from analysis.phrase_table import bare

# Legal forms at the end of a name, in the forms the profile may use (one or several).
LEGAL_TAIL = re.compile(
    r"[\s,]+(?:llp|llc|inc\.?|ltd\.?|limited|gmbh|ag|s\.?a\.?|s\.?l\.?|b\.?v\.?|n\.?v\.?"
    r"|s\.?p\.?a\.?|plc|corp\.?|co\.?|sp\.?\s*z\s*o\.?\s*o\.?|sp\.?\s*[jk]\.?|s\.?r\.?l\.?"
    r"|s\.?r\.?o\.?|a\.?s\.?|kft\.?|zrt\.?|oyj?|ab|a/s|aps|asa|sarl|s\.?a\.?s\.?|pty\.?|pte\.?"
    r"|k\.?k\.?|a\.?ş\.?|ooo|e\.?v\.?|kg|ohg|ug|d\.?o\.?o\.?|s\.?c\.?)$",
    re.I,
)
_FUNCTION_TEXT = (
    "of and the for de del der die das di da du des la le les et und y e i van von & a an"
    " uk us usa eu gb ie de nl fr es it pl emea europe international intl global"
)
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
# Acronyms everyone writes: an initialism equal to one of them names nothing.
_COMMON_ACRONYMS_TEXT = (
    "CEO CFO COO CTO CIO CMO CPO CRO CSO EVP SVP HR IT PR QA UK USA EU UN NHS ETA FAQ PDF"
    " API SLA KPI ROI VAT GDP ATM CPU GPU RAM DNA USB PIN SMS URL VIP TBD TBA ASAP FYI AMA"
    " NDA RFP RFQ IPO PTO OOO WFH EOD EOW LOL OMG WTF BTW IMO TIL AKA DIY GPS HQ MBA PHD"
    " RIP SOS FBI CIA BBC CNN ABC NBC CBS HBO IBM AWS SQL CSV XML HTML CSS PHP ETF LLC LTD"
    " INC PLC GMBH SPA NYC LAX JFK LHR EST PST GMT UTC CET AGM EGM YOY QOQ MOM ARR MRR"
    " OKR CRM ERP SAP POS EDI TEU FEU ETD ETA BOL AWB CPI AED SEO PPC CTA USP NPS FTE PPE ESG"
    " EBIT SME SMB MVP POC UAT YTD MTD HTH TBH SMH IDK NGL FWIW IIRC AFAIK TLDR ICYMI OMW BRB"
    " TTYL ROFL LMAO YOLO FOMO"
)
_COMMON_ACRONYMS = frozenset(_COMMON_ACRONYMS_TEXT.split())
# English diminutives only: "-o" and "-i" make real Italian and Spanish words ("Sorrento").
_NICK_ENDINGS = ("y", "ie")
_VOWELS = frozenset("aeiouy")


def unaccented(name: str) -> str:
    """``name`` without diacritics, case kept: "Kamińska" -> "Kaminska", "Øster" -> "Oster"."""
    if name.isascii():
        return name
    out = []
    for c in unicodedata.normalize("NFC", name):
        b = bare(c.lower())
        out.append(b.upper() if c.isupper() else b)
    return "".join(out)


def legal_stem(customer: str) -> str:
    """``customer`` without its legal form(s): "Sorrentino Ricambi Auto" for "... S.p.A."."""
    name = customer.strip()
    while (m := LEGAL_TAIL.search(name)) and m.start() > 0:
        name = name[: m.start()]
    return name


def initialism(customer: str) -> str | None:
    """The initials of the legal name's significant words, if three to five letters.

    Legal forms, country qualifiers and function words do not count: "Brannock Home
    Furnishings Ltd" is "BHF", "Bank of the West" has two significant words and none.
    """
    words = re.findall(r"[^\W\d_]+", legal_stem(customer))
    significant = [w for w in words if w.lower() not in _FUNCTION]
    if not 3 <= len(significant) <= 5:
        return None
    letters = unaccented("".join(w[0] for w in significant)).upper()
    if not (letters.isascii() and letters.isalpha()) or letters in _COMMON_ACRONYMS:
        return None
    return letters


def nicknames(word: str) -> list[str]:
    """Candidate nicknames of a distinctive word: a start of four letters or more, ending in a
    consonant, plus a diminutive ending ("Hally", "Hallie" for "Hallamore").

    Candidates are not checked against the dictionary here (``is_common_word`` loads it on
    first use, at match time), so compiling a profile stays cheap.
    """
    base = unaccented(word)
    if not base.isalpha() or len(base) < 6:
        return []
    out = []
    for k in range(4, len(base) - 1):
        stem = base[:k]
        if stem[-1].lower() in _VOWELS:
            continue
        for ending in _NICK_ENDINGS:
            nick = stem + ending
            if not base.lower().startswith(nick.lower()):  # "Hallam" is a cut, not a nickname
                out.append(nick[0].upper() + nick[1:].lower())
    return out


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """English words and given names from TextBlob's spelling and tagging lists (lowercase)."""
    words: set[str] = set()
    for name in ("en-spelling.txt", "en-lexicon.txt"):
        try:
            body = (resources.files("textblob") / "en" / name).read_text(encoding="utf-8")
        except (OSError, ModuleNotFoundError):
            continue
        words.update(
            line.split(None, 1)[0].lower() for line in body.splitlines() if line[:1].isalpha()
        )
    return frozenset(words)


def is_common_word(word: str) -> bool:
    """Whether ``word`` is an English word or a given name (or no word list is installed, in
    which case no nickname is trusted)."""
    words = _dictionary()
    return not words or word.lower() in words
