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
Portuguese, Italian, Dutch, Polish and Japanese.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis import leak_lexicon as X
from analysis import material_lexicon as M
from analysis.cjk import CjkTerms
from analysis.gate import KeywordGate
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
    r"|leased\s+back|divest\w*|reit|deck|training"
)
# Japanese has no word boundaries: these run as plain substrings.
_PRODUCT_WORDS_JA = r"|プロジェクト|リリース|ローンチ|発売|社内|非公開|新サービス|新機能|導入"
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
# Language that says material is internal or not yet public; with the company named (or an
# employee speaking) it is a likely leak even without a profile term.
_LEAK_LANGUAGE = (
    # English: internal documents, meetings and channels
    r"\b(?:internal|confidential|leaked)\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|numbers|figures|data|report|presentation|roadmap|meeting|all-hands|chat|wiki|plans?)"
    r"|\b(?:internal|confidential)\s+\w+\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|report|presentation|roadmap|meeting|plans?)\b"
    r"|\b(?:staff|employee|internal|leadership|all[\s-]staff|all[\s-]hands|managers'?"
    r"|town[\s-]?hall)\s+(?:memo|e-?mail|portal|channel|slack|wiki|newsletter|deck|slides)\b"
    r"|\b(?:from|on|in|via)\s+(?:the\s+|our\s+)?(?:staff\s+|employee\s+|company\s+)?intranet"
    r"|\ball-hands\s+(?:slides|deck|recording)|\b(?:screens?|screenshots?|photos?|pics?"
    r"|recording)\s+(?:of|from)\s+(?:the\s+|our\s+|today'?s\s+|\w+'s\s+)?(?:all[\s-]hands"
    r"|town[\s-]?hall|board|internal|staff)"
    r"|\b(?:told|heard|learned|briefed)\s+(?:us\s+|it\s+|this\s+|about\s+it\s+)?(?:on|in|at"
    r"|during)\s+(?:an?|the|our|today'?s|this\s+morning'?s)\s+(?:[\w-]+\s+)?(?:call|meeting"
    r"|briefing)"
    # English: not yet public, secrecy
    r"|\bnot\s+(?:yet\s+)?public(?:\s+yet)?\b|\bnot\s+(?:been\s+)?announced"
    r"|\bhasn'?t\s+been\s+announced|\bbefore\s+(?:they|it'?s|it\s+is|the\s+company)\s+announce"
    r"|\bbefore\s+the\s+(?:earnings|board|investor|analyst)|\bbefore\s+they\s+(?:bury|delete"
    r"|hide|spin)\b|\bnothing\s+official\b|\bnot\s+official\b"
    r"|\byou\s+didn'?t\s+hear\s+it\s+from\s+me|\bdon'?t\s+tell\s+anyone|\bcan'?t\s+say\s+more"
    r"|\bunder\s+nda\b|\bnobody(?:'s|\s+is)\s+supposed\s+to\s+know|\boff\s+the\s+record\b"
    r"|\b(?:told|announced)\s+to\s+(?:managers|staff|employees|sales|the\s+crew)\s+only"
    r"|\bsales\s+was\s+told|\bwho\s+was\s+in\s+the\s+room"
    r"|\bstraight\s+from\s+(?:finance|hr|legal|the\s+board)"
    r"|\b(?:press|media|public|customers|clients)\s+(?:doesn'?t|don'?t|still\s+don'?t)\s+know"
    r"|\b(?:customers|clients|the\s+public)\s+(?:haven'?t|have\s+not)\s+been\s+told"
    r"|\bfound\s+out\s+in\s+a\s+(?:teams|zoom|meet|staff)\s+(?:call|meeting)"
    r"|\b(?:finance|board|internal)\s+(?:slides|deck)\s+(?:from|of|says|say|show|shows|leaked"
    r"|for|:)|\b(?:saw|seen|read|from|leaked|shared|got)\s+(?:the\s+)?(?:finance|board|internal)"
    r"\s+(?:slides|deck)|\bresults\s+are\s+out\s+in\b"
    r"|\bemailed\s+to\s+the\s+whole\s+company|\binsider\b"
    # German
    r"|\bintern\s+bestätigt|\binterne[nrms]?\s+(?:mail|e-mail|zahlen|unterlagen|dokument\w*"
    r"|präsentation|folien|memo|info\w*|runde|besprechung)|\blaut\s+interne[rnm]?\b"
    r"|\bnoch\s+nicht\s+(?:offiziell|bekannt|verkündet|öffentlich|angekündigt)"
    r"|\boffiziell\s+(?:sagt|weiß|ist)\s+noch\s+(?:keiner|niemand|nichts)"
    r"|\bbevor\s+es\s+verkündet|\bvertrauliche[nrms]?\s+(?:mail|e-mail|unterlagen|dokument\w*"
    r"|präsentation|info\w*|zahlen|memo)"
    # French
    r"|\b(?:document|mail|note|réunion|présentation)\s+interne|\bpas\s+encore\s+(?:annoncé"
    r"|officiel|public)|\bmotus\b|\bconfidentiel(?:le)?s?\b|\bon\s+nous\s+a\s+briefés?"
    # Spanish, Portuguese, Italian: "presentación interna", "formação interna", "mail riservata"
    r"|\b(?:presentación|reunión|formación|documento|correo|mail|nota|comunicado|reunião"
    r"|formação|apresentação|comunicazione|riunione|circolare)\s+intern[aoe]"
    r"|\bfuentes?\s+internas?|\bdato\s+interno|\balguien\s+de\s+dentro"
    r"|\b(?:documento|correo|informe|presentación|información|dato|apresentação|informação)s?"
    r"\s+confidencia(?:l|is|les)\b"
    r"|\b(?:todavía|aún)\s+no\s+(?:es\s+(?:oficial|público)|lo\s+(?:saben|han\s+anunciado"
    r"|anunciaron)|se\s+(?:sabe|ha\s+anunciado|anunció))"
    r"|\b(?:los\s+clientes|la\s+prensa|nadie)\s+(?:todavía|aún)\s+no\s+(?:sabe|saben|lo\s+sabe)"
    r"|\b(?:nos\s+lo\s+)?(?:dijeron|contaron|comunicaron)\b[^.!?]{0,20}\ben\s+(?:la|una)\s+reunión"
    r"|\bainda\s+não\s+(?:é\s+|foi\s+)?(?:oficial|anunciad[oa]|públic[oa])"
    r"|\b(?:e-?mail|mail|documento|nota|comunicazione|circolare|informazion[ei]|notizia|riunione)\s+"
    r"riservat[aoie]\b|\bnon\s+(?:ancora|è\s+ancora)\s+(?:ufficiale|annunciat\w+|pubblic\w+)"
    r"|\bnessun\s+annuncio\s+ufficiale"
    # Dutch, Polish
    r"|\binterne\s+mail|\bnog\s+niet\s+(?:bekend|officieel|naar\s+buiten|openbaar|aangekondigd)"
    r"|\bintern\s+(?:al\s+)?bekend|\bvertrouwelijk\w*"
    r"|\bwewnętrzn\w*\s+(?:spotkani\w*|mail\w*|dokument\w*|notatk\w*|prezentacj\w*)"
    r"|\bpoufn\w*\s+(?:dokument\w*|mail\w*|informacj\w*|notatk\w*|prezentacj\w*)"
    r"|\bjeszcze\s+nie\s+(?:ogłos\w*|oficjaln\w*|publiczn\w*)" + X.LEAK_LANGUAGE_MORE
)
LEAK_LANGUAGE = KeywordGate(_LEAK_LANGUAGE)
# An incident the company has not disclosed: an incident word and a concealment phrase.
INCIDENT = re.compile(
    r"\b(?:data\s+breach|breach|breached|ransomware|hack(?:ed)?|security\s+incident|"
    r"skimming\s+incident|data\s+leak|outage|cyber-?attack|data\s+exposure|records\s+exposed)\b"
    r"|\bdatenleck|\bfuite\s+de\s+données|\bhackerangriff|\bcyberangriff|\bpiratage|\bpiraté"
    r"|\battacco\s+(?:hacker|informatico)|\bciberataque|\bfuga\s+de\s+datos|\bvazamento\s+de\s+dados"
    r"|\bviolazione\s+dei\s+dati|\bwyciek\s+danych|\bdatalek"
    # "our PMS got hit", "guest card data may be out"
    r"|\b(?:got|was|were|been|get)\s+(?:hit|hacked|compromised|breached)\b"
    r"|\b(?:card|guest|patient|customer|member|user|personal|payment)\s+(?:data|details|records"
    r"|info)\s+(?:\w+\s+){0,2}?(?:out|exposed|stolen|leaked|compromised)\b"
)
CONCEALED = re.compile(
    r"\bnever\s+disclosed|\bnot\s+disclosed|\bhasn'?t\s+(?:notified|disclosed|told)|\btold\s+nobody"
    r"|\b(?:have|has|had)(?:n'?t|\s+not)\s+(?:told|notified|informed|disclosed|warned)"
    r"|\bnever\s+(?:told|notified|informed|warned)\s+(?:anyone|anybody|us|customers|users"
    r"|players|passengers|members|a\s+soul)|\bswept\s+(?:it\s+)?under\s+the\s+rug"
    r"|\bkeeping\s+(?:it\s+)?(?:quiet|secret)|\bcovered\s+(?:it\s+)?up|\bhaven'?t\s+been\s+told"
    r"|\bno\s+one\s+was\s+told|\bnothing\s+official|\bstill\s+hasn'?t|\bverschwiegen|\bvertuscht"
    r"|\bnie\s+gemeldet|\bnicht\s+gemeldet|\bnever\s+reported|\bsitting\s+on\s+it"
    r"|\bnunca\s+(?:lo\s+)?(?:dijeron|informaron)|\bocult(?:aron|an|ando)|\bmai\s+comunicat"
    r"|\binsabbiat\w*|\bjamais\s+signalé|\bétouff\w*|\bverzwegen|\bzatuszowa\w*"
    # a cover story: "telling patients it was 'scheduled maintenance'"
    r"|\b(?:telling|told|tell)\s+(?:the\s+)?(?:patients|customers|guests|users|members|clients"
    r"|passengers|everyone|people|the\s+public|the\s+press)\s+(?:that\s+)?it\s+(?:was|is|'s)"
    r"|\b(?:les\s+)?dicen\s+a\s+los\s+\w+\s+que|\bon\s+dit\s+aux\s+\w+\s+que"
    r"|\bdizem\s+aos\s+\w+\s+que|\bdicono\s+ai\s+\w+\s+che|\bden\s+\w+\s+(?:wird\s+)?erzählt"
    r"|\btegen\s+(?:de\s+)?\w+\s+zeggen|\bmówią\s+(?:klientom|pacjentom|gościom)"
)
# Every leak phrase and marker at once: a post that matches none of them has no leak
# language, so the detailed checks (a dozen searches) run only on the few that do.
_ANY_SOURCE = "|".join((_LEAK_LANGUAGE, INCIDENT.pattern, X.CUES, M.INCIDENT_CUES))
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
