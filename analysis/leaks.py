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

A "Project X" code name is also found as "projet X", "Proyecto X", "Projekt X" and the other
languages' words for project: posts translate the word, not the name.

The phrase lists run case-sensitively on lowercased text, in English, German, French, Spanish,
Portuguese, Italian, Dutch and Polish.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.lexicon import compile_words
from analysis.profile import Profile
from analysis.text import TermMatcher, fold

_PLAIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
CONTEXT_CHARS = 60
_PROJECT_WORDS = ("Project", "Projekt", "Projet", "Proyecto", "Projeto", "Progetto", "Projecto")
_PROJECT_PREFIX = re.compile(rf"(?i)^(?:{'|'.join(_PROJECT_WORDS)})\s+(\S.*)$")

# --- phrase lists (lowercase, run on lowercased text like ``analysis.lexicon``) --------------

# Words around a single-word code name that say it is a product or project, not a bird or a
# spice: "Heron app", "Osprey demo", "launches Saffron", "Nimbus rollout", "the Mirefall deal".
PRODUCT_CONTEXT = re.compile(
    r"\b(?:launch\w*|launcht|beta|alpha|app|apps|demo\w*|roll-?out|ship(?:s|ping|ped)?|release\w*"
    r"|go-live|goes\s+live|testing|tests?|pilot|feature|roadmap|mock-?ups?|prototype|project"
    r"|codename|code\s+name|internal\w*|secret|confidential|nda|leak\w*|unannounced|announc\w*"
    r"|slipped|delayed|screenshots?|invites?|version|v\d|game|playtest\w*|build|sku|model"
    r"|device|product|platform|tariff|plan|edition|trailer|footage|gameplay|pricing|price"
    r"|sims?|deal|contract|budget|tier|bundle|brand|spin-?off"
    r"|intern\w*|geheim\w*|projekt|lanza\w*|lanzamiento|anunci\w*|interna?o?|secreto"
    r"|lancement|lance\w*|secrète?|interne|projet|lançamento|proje[ct]to|geheim|embargo"
    r"|new|nuev[oa]|neue[nrs]?|nouvel(?:le)?|nuov[oa]|prototyp\w*|lancio|segreto|tarifa"
    r"|progetto|projekt\w*|nowy|nowa|premiera)\b"
)
# Language that says material is internal or not yet public; with the company named (or an
# employee speaking) it is a likely leak even without a profile term.
LEAK_LANGUAGE = compile_words(
    # English: internal documents, meetings and channels
    r"\b(?:internal|confidential|leaked)\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|numbers|figures|data|report|presentation|roadmap|meeting|all-hands|chat|wiki|plans?)"
    r"|\b(?:internal|confidential)\s+\w+\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|report|presentation|roadmap|meeting|plans?)\b"
    r"|\b(?:staff|employee|internal|leadership|all[\s-]staff|all[\s-]hands|managers'?"
    r"|town[\s-]?hall)\s+(?:memo|e-?mail|portal|channel|slack|wiki|newsletter|deck|slides)\b"
    r"|\b(?:from|on|in|via)\s+(?:the\s+|our\s+)?(?:staff\s+|employee\s+|company\s+)?intranet"
    r"|\ball-hands\s+(?:slides|deck|meeting)|\b(?:at|from|in|during)\s+(?:the\s+|our\s+"
    r"|today'?s\s+|\w+'s\s+)?all[\s-](?:hands|staff)\b|\b(?<='s\s)all[\s-]hands\b"
    r"|\b(?:told|heard|learned|briefed)\s+(?:us\s+|it\s+|this\s+|about\s+it\s+)?(?:on|in|at"
    r"|during)\s+(?:an?|the|our|today'?s|this\s+morning'?s)\s+(?:[\w-]+\s+)?(?:call|meeting"
    r"|briefing)"
    # English: not yet public, secrecy
    r"|\bnot\s+(?:yet\s+)?public(?:\s+yet)?\b|\bnot\s+(?:been\s+)?announced"
    r"|\bhasn'?t\s+been\s+announced|\bbefore\s+(?:they|it'?s|it\s+is|the\s+company)\s+announce"
    r"|\bbefore\s+the\s+(?:earnings|board|investor|analyst)|\bbefore\s+they\s+(?:bury|delete"
    r"|hide|spin)\b|\bnothing\s+official\b|\bnot\s+official\b"
    r"|\byou\s+didn'?t\s+hear\s+it\s+from\s+me|\bdon'?t\s+tell\s+anyone|\bcan'?t\s+say\s+more"
    r"|\bunder\s+nda\b|\bnobody(?:'s|\s+is)\s+supposed\s+to\s+know|\bnot\s+supposed\s+to\s+"
    r"(?:say|share|know|talk)|\boff\s+the\s+record\b"
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
    r"|\bjeszcze\s+nie\s+(?:ogłos\w*|oficjaln\w*|publiczn\w*)"
)
# An incident the company has not disclosed: an incident word and a concealment phrase.
INCIDENT = re.compile(
    r"\b(?:data\s+breach|breach|breached|ransomware|hack(?:ed)?|security\s+incident|"
    r"skimming\s+incident|data\s+leak|outage|cyber-?attack|data\s+exposure|records\s+exposed)\b"
    r"|\bdatenleck|\bfuite\s+de\s+données|\bhackerangriff|\bcyberangriff|\bpiratage|\bpiraté"
    r"|\battacco\s+(?:hacker|informatico)|\bciberataque|\bfuga\s+de\s+datos|\bvazamento\s+de\s+dados"
    r"|\bviolazione\s+dei\s+dati|\bwyciek\s+danych|\bdatalek"
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
)


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
        """Compile the profile's code names and confidential terms."""
        code_names = [v for t in profile.code_names for v in project_variants(t)]
        self.terms = TermMatcher([*code_names, *profile.confidential_terms])
        self.code_names = {fold(t) for t in code_names}
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
        if m := LEAK_LANGUAGE.search(low):
            hits.append(LeakHit("leak.internal_source", m.start(), m.end()))
        elif (m := INCIDENT.search(low)) and CONCEALED.search(low):
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
        return bool(PRODUCT_CONTEXT.search(low, lo, hi))
