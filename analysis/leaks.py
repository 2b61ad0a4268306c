"""Confidential-information rules: profile code names and terms, and leak language.

Rules, strongest first:

* ``leak.confidential_term`` / ``leak.code_name``: one of the profile's terms, found despite
  case, l33t digits, separators, zero-width characters and hashtags (``analysis.text``), and
  glued to Japanese text (``analysis.cjk``). A *single-word* code name is often an ordinary
  word too (Heron, Saffron, Osprey, Nimbus), so it counts only when written to dodge a search
  (``H3R0N``, ``O.s.p.r.e.y``, ``#Osprey``), or next to product or secrecy words ("Heron
  app", "Osprey demo", "launches Saffron") in a post with context: by an employee, about the
  company, from a bio that names it (``analysis.affiliation``), or one that says its content
  is internal ("社内プロジェクト「Bluefin」"). The name inside "Project X" is a single-word code
  name too ("T3rn"); "Project X" itself needs context or a product's life around it ("Project
  Tern slipped to Q3"), since a child's science project can be called that. Other multi-word
  terms ("Series C term sheet") count anywhere. A credential that spells a code name
  ("Tid3water!") is the credential.
* ``leak.internal_source``: the post says its content is internal ("internal memo", "heard
  at the all-hands", "the CFO told the whole floor") or not yet public ("before the earnings
  call", "noch nicht offiziell"), with material content (money, percentages, closures, cuts,
  launches) or both together.
* ``leak.not_yet_public``: a not-yet-public marker with material content ("prob not supposed
  to post this but the rate card is +9%"), unless an outsider is guessing or telling their
  own customer story.
* ``leak.undisclosed_incident``: an incident (breach, outage, exposed data, a billing bug)
  together with its concealment ("never disclosed", "no customer email went out", "calling it
  'a delay'", "not 'maintenance' like the email said").

Without a profile term the post needs context (employee, about the company, affiliated bio);
without context, an internal source, a not-yet-public marker and material content must all
be there. Content already public ("announced today", "in a statement") needs an internal
source and a not-yet-public marker. The weak markers (``analysis.leak_lexicon``,
``analysis.material_lexicon``) run behind one keyword gate (``analysis.gate``), so most posts
cost a single trie search.

A "Project X" code name is also found as "projet X", "Proyecto X", "Projekt X" and the other
languages' words for project: posts translate the word, not the name.

The phrase lists run case-sensitively on lowercased text, in English, German, French, Spanish,
Portuguese, Italian, Dutch, Polish and Japanese (``analysis.leak_language``,
``analysis.leak_lexicon``, ``analysis.material_lexicon``), and in about thirty more
languages from the tables of ``analysis.leak_lexicon_intl``: the other EU languages,
Norwegian, Turkish, Russian, Ukrainian, Chinese, Korean, Arabic, Hebrew, Indonesian and
Vietnamese. A code name that is part of a street's name ("the Kiln Lane club") is a place.
Against the official story ("the official line was 'user error'"), an internal source is a
leak without a word of secrecy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis import leak_lexicon as X
from analysis import material_lexicon as M
from analysis.cjk import CjkTerms
from analysis.gate import KeywordGate
from analysis.leak_language import CONCEALED, INCIDENT, LEAK_LANGUAGE, LEAK_LANGUAGE_SOURCE
from analysis.profile import Profile
from analysis.text import TermHit, TermMatcher, fold

_PLAIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_PLAIN_PHRASE = re.compile(r"[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+)+")
CONTEXT_CHARS = 60
_PROJECT_WORDS = ("Project", "Projekt", "Projet", "Proyecto", "Projeto", "Progetto", "Projecto")
_PROJECT_PREFIX = re.compile(rf"(?i)^(?:{'|'.join(_PROJECT_WORDS)})\s+(\S.*)$")

# --- phrase lists (lowercase, run on lowercased text like ``analysis.lexicon``) --------------

# Words around a single-word code name that say it is a product or project, not a bird or a
# spice: "Heron app", "Osprey demo", "launches Saffron", "Nimbus rollout", "the Mirefall deal".
_PRODUCT_WORDS = (
    r"launch\w*|launcht|beta|alpha|app|apps|demo\w*|roll-?out|ship(?:s|ping|ped)?|release\w*"
    r"|go-live|goes\s+live|testing|tests?|pilot|feature|roadmap|mock-?ups?|prototype"
    r"|codename|code\s+name|internal\w*|secret|confidential|nda|leak\w*|unannounced|announc\w*"
    r"|slipped|delayed|screenshots?|invites?|version|v\d|game|playtest\w*|build|sku|model"
    r"|device|product|platform|tariff|plan|edition|trailer|footage|gameplay|pricing|price"
    r"|sims?|deal|contract|budget|tier|bundle|brand|spin-?off"
    r"|intern\w*|geheim\w*|lanza\w*|lanzamiento|anunci\w*|interna?o?|secreto"
    r"|lancement|lance\w*|secrète?|interne|lançamento|geheim|embargo"
    r"|new|nuev[oa]|neue[nrs]?|nouvel(?:le)?|nuov[oa]|prototyp\w*|lancio|segreto|tarifa"
    r"|nowy|nowa|premiera"
    # deals: "Lantern due diligence", "Tidewater = 12 hotels sold ... leased back"
    r"|due\s+diligence|acquisition|acquir\w*|merger|takeover|buyout|sold|sale|leaseback"
    r"|leased\s+back|divest\w*|reit|deck|training|rebrand\w*|expansion"
)
# Japanese and Chinese have no word boundaries: these run as plain substrings.
_PRODUCT_WORDS_JA = (
    r"|プロジェクト|リリース|ローンチ|発売|社内|非公開|新サービス|新機能|導入"
    r"|项目|項目|上线|上線|发布|發佈|發布|推出|内部|內部|首发|首發"
)
_PROJECT = r"|project|projekt\w*|projet|proje[ct]to|progetto"
# Words around a single-word code name that say it is a product or project, not a bird or a
# spice: "Heron app", "Osprey demo", "launches Saffron", "Nimbus rollout", "the Mirefall deal".
PRODUCT_CONTEXT = re.compile(rf"\b(?:{_PRODUCT_WORDS}{_PROJECT})\b{_PRODUCT_WORDS_JA}")
# Around "Project Tern" with no company in sight only a product's life counts: a child's
# science project or robotics build has a "project" and a "build" too.
PROJECT_CONTEXT = re.compile(
    r"\b(?:launch\w*|beta|alpha|roll-?out|release\w*|go-live|goes\s+live|pilot|roadmap"
    r"|prototype|codename|code\s+name|internal\w*|secret|confidential|nda|leak\w*|unannounced"
    r"|slipped|delayed|pushed|postponed|kickoff|kick-off|demo\w*|mock-?ups?|screenshots?"
    r"|lanza\w*|lancement|lançamento|lancio|geheim\w*|embargo|premiera)\b"
    rf"{_PRODUCT_WORDS_JA}"
)
# Every leak phrase and marker at once: a post that matches none of them has no leak
# language, so the detailed checks (a dozen searches) run only on the few that do.
_ANY_SOURCE = "|".join((LEAK_LANGUAGE_SOURCE, INCIDENT.pattern, X.CUES, M.INCIDENT_CUES))
_ANY_LEAK_LANGUAGE = KeywordGate(_ANY_SOURCE)


def project_variants(code_name: str) -> list[str]:
    """Return a "Project X" code name in every language's word for project (else just itself).

    ``project_variants("Project Quokka")`` includes ``"Projet Quokka"`` and ``"Proyecto
    Quokka"``; a code name without such a prefix comes back alone.
    """
    m = _PROJECT_PREFIX.match(code_name.strip())
    if not m:
        return [code_name]
    return [code_name, *(f"{word} {m.group(1)}" for word in _PROJECT_WORDS)]


@dataclass(frozen=True, slots=True)
class LeakHit:
    """One confidential-information finding: its rule and span in the cleaned text."""

    rule: str
    start: int
    end: int


class LeakMatcher:
    """The confidential-information rules compiled for one profile."""

    def __init__(self, profile: Profile) -> None:
        """Compile the profile's code names and confidential terms.

        The name inside a "Project X" code name is a code name of its own ("T3rn" for "Project
        Tern"), held to the single-word rules.
        """
        code_names = [v for t in profile.code_names for v in project_variants(t)]
        bare = [m.group(1) for t in profile.code_names if (m := _PROJECT_PREFIX.match(t.strip()))]
        bare = [b for b in bare if _PLAIN_WORD.fullmatch(b)]
        self.terms = TermMatcher([*code_names, *bare, *profile.confidential_terms])
        self.cjk = CjkTerms([*code_names, *bare, *profile.confidential_terms])
        self.code_names = {fold(t) for t in (*code_names, *bare)}
        plain = [t for t in profile.code_names if _PLAIN_WORD.fullmatch(t.strip())]
        self.single = {fold(t) for t in (*plain, *bare)}
        # "Project X" with a plain-word X: specific, yet a child's science project has one too.
        self.projects = {fold(f"{w} {b}") for w in _PROJECT_WORDS for b in bare}

    def find(
        self,
        text: str,
        low: str,
        folded: str,
        *,
        employee: bool,
        about_company: Callable[[], bool],
        has_credential: bool,
        affiliated: Callable[[], bool] = lambda: False,
    ) -> list[LeakHit]:
        """Return the leak findings of one post.

        Args:
            text: cleaned text.
            low: ``lower_keep_offsets(text)``.
            folded: ``fold(text)``.
            employee: whether the author works for the company.
            about_company: lazily tells whether the post is about the company.
            has_credential: a secret was already found (its "don't tell anyone" is about it).
            affiliated: lazily tells whether the bio ties the author to the company
                (``analysis.affiliation``): context like naming the company.
        """
        hits = []
        found = self.terms.find(text, folded)
        if not text.isascii():  # "Lodestarは来年": no word boundary in Japanese
            found += [
                h
                for h in self.cjk.find(text)
                if all(h.end <= f.start or f.end <= h.start for f in found)
            ]
        for hit in found:
            key = fold(hit.term)
            rule = "leak.code_name" if key in self.code_names else "leak.confidential_term"
            plain = rule == "leak.confidential_term" and _PLAIN_PHRASE.fullmatch(hit.term.strip())
            if plain and not (employee or about_company() or affiliated() or _secrecy(low)):
                continue  # "points devaluation": everyday words need the company or secrecy
            if key in self.single and _place_name(text, hit.start, hit.end):
                continue  # "covering at the Kiln Lane club": a street, not the project
            if key in self.single or key in self.projects:
                context = employee or about_company() or affiliated()
                insider = employee or affiliated()
                if not (
                    (insider and _proper_noun(text, hit.start))
                    or self._code_name_counts(
                        text, low, hit, context=context, has_credential=has_credential
                    )
                ):
                    continue
            hits.append(LeakHit(rule, hit.start, hit.end))
        if hits or has_credential or not _ANY_LEAK_LANGUAGE.search(low):
            return hits
        context = employee or about_company() or affiliated()
        if context:
            if m := LEAK_LANGUAGE.search(low):
                return [LeakHit("leak.internal_source", m.start(), m.end())]
            if (m := INCIDENT.search(low)) and CONCEALED.search(low):
                return [LeakHit("leak.undisclosed_incident", m.start(), m.end())]
        weak = _weak_leak(low, context=context, insider=employee or affiliated())
        return [weak] if weak else hits

    def _code_name_counts(
        self, text: str, low: str, hit: TermHit, *, context: bool, has_credential: bool
    ) -> bool:
        start, end, term = hit.start, hit.end, hit.term
        written = text[start:end]
        token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
        in_hashtag = text.startswith("#", token_start)  # "#ProjectBluefin" matches "Bluefin"
        disguised = in_hashtag or written.lower() != term.lower()
        if disguised:  # "H3R0N", "#Osprey": written to dodge a search (a password's "Tid3water!"
            return not has_credential  # is the credential, already flagged, not a code name)
        lo, hi = max(0, start - CONTEXT_CHARS), min(len(low), end + CONTEXT_CHARS)
        if fold(term) in self.projects:  # "Project Tern slipped to Q3", not a school project
            return context or bool(PROJECT_CONTEXT.search(low, lo, hi)) or _secrecy(low)
        if PRODUCT_CONTEXT.search(low, lo, hi):
            return context or _secrecy(low)
        return context and _secrecy(low)  # "bluefin tuna", "arctic tern"


def _proper_noun(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalized inside a sentence, as a name is.

    An insider writing "the Orchard eval" or "O Bellwether vai substituir" uses the code name;
    "orchard" in its everyday sense is not capitalized there. A sentence's first word says
    nothing either way.
    """
    if not text[start : start + 1].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"'“‘(#@-–—…"


# A single-word code name inside a place's name: "the Kiln Lane club", "Calle Osprey".
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:Lane|Street|St|Road|Rd|Avenue|Ave|Way|Drive|Close|Court|Place|Square|Park|Hill"
    r"|Gardens?|Green|Row|Terrace|Crescent|Grove|Mews|Walk|Bridge|Quay|Wharf|Yard|Estate"
    r"|Station|Junction|Cross|Retail|Business|Industrial|Shopping|Leisure|Straße|Strasse|Weg"
    r"|Platz|Allee|Gasse|Straat|Laan|Plein|Gracht|Kade)\b"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:Calle|Avenida|Plaza|Paseo|Rue|Boulevard|Via|Viale|Piazza|Corso|Rua|Praça|Travessa"
    r"|Ulica|ul\.|Aleja|al\.)[ \t]+$"
)


def _place_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is part of a street or site name."""
    return bool(
        _PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 12), start)
    )


def _secrecy(low: str) -> bool:
    """Whether the post says its content is internal or not yet public ("社内", "まだ非公開")."""
    return bool(LEAK_LANGUAGE.search(low) or X.INTERNAL.search(low) or X.NOT_PUBLIC.search(low))


def _weak_leak(low: str, *, context: bool, insider: bool) -> LeakHit | None:
    """Two weak markers of different kinds that together make a leak.

    An incident with its concealment ("no customer email went out", "calling it 'a
    delay'"); an internal source with material content or a not-yet-public marker ("heard in
    all-hands: Q2 revenue $41.2M", "the CFO told the whole floor ... press release is weeks
    away"); a not-yet-public marker with material content, unless an outsider is guessing
    or telling their own customer story ("prob not supposed to post this but the rate card
    is +9%"). Content that is already public ("announced today", "in a statement") needs
    both an internal source and a not-yet-public marker. Without the company named, an
    employee or an affiliated bio, only all three kinds together count.
    """
    incident = INCIDENT.search(low) or M.INCIDENT_MORE.search(low)
    internal = X.INTERNAL.search(low)
    secret = X.NOT_PUBLIC.search(low)
    own = internal and _OWN.search(low, max(0, internal.start() - 6), internal.start())
    if own and internal and _OWN_FORUM.match(internal.group()) and not (insider or secret):
        internal = None  # an outsider's "our team meeting" is their own company's
    concealed = secret or CONCEALED.search(low) or M.CONCEALED_MORE.search(low)
    if context and incident and concealed:
        return LeakHit("leak.undisclosed_incident", incident.start(), incident.end())
    if not (internal or secret):
        return None
    if context and internal and M.COVER_STORY.search(low):
        # an internal source against the official story: "our internal review says
        # 'maintenance overdue' ... the official line was 'user error'"
        return LeakHit("leak.internal_source", internal.start(), internal.end())
    material = bool(incident) or bool(M.MATERIAL.search(low))
    public = _already_public(low, internal)
    if internal and secret and (context or material):
        return LeakHit("leak.internal_source", internal.start(), internal.end())
    if not context or public or not material:
        return None
    if internal:
        return LeakHit("leak.internal_source", internal.start(), internal.end())
    if secret and (insider or not _outsider_story(low)):
        return LeakHit("leak.not_yet_public", secret.start(), secret.end())
    return None


_OWN = re.compile(r"\b(?:our|my)\s+$")
_OWN_FORUM = re.compile(
    r"(?:team|company|staff|department|work|office|store|group|weekly|monthly)\b"
)


def _already_public(low: str, internal: re.Match[str] | None) -> bool:
    """Whether the post says its content is out ("announced today"), not "not announced"
    and not announced inside ("la direction l'a annoncé aux équipes")."""
    for m in M.PUBLIC.finditer(low):
        if internal is not None and m.start() < internal.end() and internal.start() < m.end():
            continue
        if not M.PUBLIC_NEGATED.search(low, max(0, m.start() - 20), m.start()):
            return True
    return False


def _outsider_story(low: str) -> bool:
    """Whether an outsider guesses ("I bet", a question) or tells their own customer story."""
    if low.rstrip().endswith("?"):
        return True
    return bool(M.SPECULATION.search(low) or M.CUSTOMER_VOICE.search(low))
