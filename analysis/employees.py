"""Is the author an employee of the watched company? Read from the handle, the bio and the post.

The social media policy binds employees, so disparagement, job hunting and naming customers are
flagged only for them. Evidence, strongest first:

* the handle is one of ``profile.employee_handles`` (and not one of the company's own accounts);
* the bio puts a role next to the company ("PM @quillfeather", "Filialleiterin bei Brightwell",
  "Data analyst, Meridian Health Plan", "Employée chez Brightwell", "X | B2B sales"), opens a
  segment with a short phrase and "at X" ("Animator at X", "Konsultant w X": job titles are an
  open list), says "works at", or says "opinions my own" next to the company's name;
* the post says so in the first person, in eight languages ("I work at X", "I'm a nurse at X",
  "my regional director at X", "my employer (X)", "here at X we", "X community manager here",
  "being a dev at X", "trabajo/curro en X", "sou técnico na X", "ich arbeite bei X", "bosser
  chez X", "pracuję w X", "als X-Mitarbeiter").

"Former" markers in the same clause or the match (ex-, previously, old, ehemalig, ancien)
cancel a match, and customer words before the name ("angry X customer", "Kunde bei X") keep it
from counting.
"""

from __future__ import annotations

import re

from analysis import lexicon as L
from analysis.text import clean_text, lower_keep_offsets
from connectors.base import Mention

# Roles in other languages; German compounds ("Flugzeugmechaniker", "Filialleiterin") match
# on their last part.
_ROLES_INTL = (
    r"\w*(?:mitarbeiter|leiter|mechaniker|verkäufer|kassierer|entwickler|berater|ingenieur"
    r"|angestellte|werkstudent|pilot|fahrer|disponent|pfleger|kaufmann|kauffrau)(?:in|innen|er)?"
    r"|ingenier[oa]|engenheir[oa]|ingénieure?|employée?|vendeu(?:r|se)|caissi(?:er|ère)"
    r"|hôtesse|steward|agente?|enfermer[oa]|desarrollador(?:a)?|analista|gerente|cajer[oa]"
    r"|azafata|medewerker|verpleegkundige|ontwikkelaar|funcionári[oa]|desenvolvedor(?:a)?"
    r"|atendente|técnic[oa]|consultor(?:a)?|développeu(?:r|se)|infirmi(?:er|ère)"
    r"|diseñador(?:a)?|meccanic[oa]|ingegnere|commess[oa]|impiegat[oa]|progettista|vertrieb"
    r"|einkauf|logistik|lager|werkstatt|ventas|logística|almacén|vendite|magazzino|officina"
    r"|dependient[ea]|vendedor(?:a)?|teleoperador(?:a)?|asesor(?:a)?|comercial|repartidor(?:a)?"
    r"|conseill(?:er|ère)|commerciale?|tecnico|operatore|dipendente|programista|programistka"
    r"|konsultant(?:ka)?|sprzedawca|kierownik|pracownik|pracowniczka|tester(?:ka)?|grafik"
)
_ROLE = rf"(?:{L.ROLES}|{_ROLES_INTL})"
_STRONG_AT = r"(?:\bbei|\bchez|\bbij|\bpresso)"  # in a bio these say "works at"
_BEFORE_NAME, _AFTER_NAME = 90, 40  # longest pattern prefix before / suffix after the name
_BIO_CACHE = 50_000  # distinct bios remembered per profile
_WHY_STOP = re.compile(r"[.;|•·\n]")


class EmployeeMatcher:
    """Employee evidence patterns compiled for one company."""

    def __init__(
        self,
        name: str,
        alt: str,
        official: set[str],
        handles: set[str],
        exclusions: re.Pattern[str] | None,
    ) -> None:
        """Compile the patterns.

        Args:
            name: regex source matching the company's names and handles (lowercase text).
            alt: the bare alternation of names inside ``name``.
            official: the company's own handles (lowercase).
            handles: known employee handles (lowercase).
            exclusions: the profile's same-name exclusions, blanked out before matching.
        """
        self.name = re.compile(name)
        self.official = official
        self.handles = handles
        self.exclusions = exclusions
        self._bios: dict[str, bool] = {}
        at = rf"\s*(?:\bat\b|\bfor\b|\bwith\b|@)?\s*{name}"
        self.bio = re.compile(
            rf"\b(?:work(?:s|ing)?|employed)\s+(?:at|for|with|@)\s*{name}"
            rf"|\b(?:{_ROLE})s?\b[\w\s,&()/'-]{{0,30}}?(?:\s{L.AT}\s+|\s?@\s?){name}"
            rf"|\b(?:{_ROLE})s?(?:\s+[\w&-]+){{0,2}}?\s*[,|·•–-]{{1,3}}\s*{name}"
            rf"|{_STRONG_AT}\s*{name}"
            rf"|{name}[\s-]+(?:employee|staff|staffer|team\s+member|engineer|recruiter|intern"
            rf"|mitarbeiter(?:in)?|team)\b"
            rf"|\bopinions?\s+(?:are\s+)?(?:my\s+own|own|mine)\b"
            rf"|\bviews\s+(?:are\s+)?(?:my\s+own|mine)\b"
            rf"|\bmeinung\s+ist\s+meine\s+eigene\b"
            rf"|\b(?:trabajo|trabalho|arbeite|travaille|werk|lavoro)\s+{L.AT}\s+{name}"
            # "Building e-bikes at X", "Shipping code @ X": a gerund clause ending at the name
            rf"|\b\w+ing\b[\w\s,&'-]{{0,30}}?\s(?:at|@|for)\s+{name}"
            # "X warehouse crew", "X support team": the name, then a department or role
            rf"|{name}\s+(?:[\w-]+\s+)?(?:{_ROLE})s?\b"
            # "X | B2B sales", "X · store advisor": the name, a separator, then a role
            rf"|{name}\s*[|·•–—]\s*(?:[\w&-]+\s+){{0,2}}(?:{_ROLE})s?\b"
            # "Animator at X", "Konsultant w X": a short phrase opening a bio segment, then
            # "at" and the name. Job titles are an open list; a bio rarely says "<noun> at X"
            # for anything but a job (customers and fans are caught by ``NOT_STAFF``).
            rf"|(?:^|[.|·•;/\n(]\s*)(?:[\w'’&-]+\s+){{0,3}}?[\w'’&-]+\s*"
            rf"(?:\bat\b|@|\bbei\b|\bchez\b|\bw\b|\bpresso\b|\bbij\b|\ben\b|\bna\b|\bem\b)"
            rf"\s*{name}"
        )
        # Post patterns, each behind the literal cues it cannot match without: most posts
        # name the company, few say "I work at", so the cues save nearly all regex work.
        self.text: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
            (cues, re.compile(src))
            for cues, src in (
                (
                    ("work",),
                    rf"\bi\s+(?:currently\s+|still\s+|now\s+|actually\s+)?work\s+"
                    rf"(?:at|for|@)\s*{name}|(?<!stop\s)(?<!not\s)\bworking\s+(?:at|for)\s+{name}"
                    # "Work at X, leadership is...": the pronoun dropped at the start
                    rf"|(?:^|[.!?]\s+)work\s+(?:at|for)\s+{name}",
                ),
                (
                    ("here",),
                    # "here at X we ...", "X community manager here"
                    rf"\bhere\s+at\s+{name}(?=[\s,]+(?:we|our|us)\b)"
                    rf"|\b(?:we|our)\b[^.!?]{{0,40}}\bhere\s+at\s+{name}"
                    rf"|{name}\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\s+here\b",
                ),
                (
                    ("being",),
                    rf"\bbeing\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})\s+"
                    rf"(?:at|for|with)\s+{name}",
                ),
                (
                    ("i do", "i run", "i lead", "i manage", "i handle"),
                    rf"\bi\s+(?:do|run|lead|manage|handle)\s+(?:the\s+)?[\w\s-]{{1,30}}?\s"
                    rf"(?:at|for)\s+{name}",
                ),
                (("lavoro",), rf"\blavoro\s+(?:presso|per|da|in)\s+{name}"),
                (
                    ("i'm", "i’m", "i am"),
                    rf"\bi(?:'|’|\s+a)m\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)"
                    rf"{{0,3}}?(?:{_ROLE})s?{at}|\bi(?:'|’|\s+a)m\s+(?:an?\s+|the\s+)?{name}\s+"
                    rf"(?:{_ROLE})s?\b",
                ),
                (
                    ("my ", "our "),
                    rf"\b(?:my|our)\s+(?:(?!old|former|previous|last|ex\b)[\w-]+\s+){{0,2}}?(?:employer|boss|manager|job|role|position"
                    rf"|co-?workers|colleagues|salary|shift|team|director|ceo|vp|supervisor|team\s+lead"
                    rf"|department|store|office)\s+(?:at|@|here\s+at)\s*{name}"
                    rf"|{name}\s+is\s+my\s+employer|\bmy\s+(?:current\s+)?employer\W{{0,3}}{name}",
                ),
                (
                    ("as ",),
                    rf"\bas\s+(?:an?\s+|the\s+)?{name}\s+(?:{_ROLE})s?\b"
                    rf"|\bas\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})\s+(?:at|for|with)\s*{name}",
                ),
                (("employee",), rf"\bemployee\s+(?:of|at)\s+{name}"),
                (
                    ("trabaj", "soy ", "trabalh", "curr", "sou "),
                    rf"\b(?:trabajo|curro|currando|trabajando)\s+(?:en|para)\s+{name}"
                    rf"|\bsoy\s+(?:[\w-]+\s+){{0,3}}?(?:en|de)\s+{name}"
                    rf"|\b(?:trabalho|trabalhando)\s+(?:na|no|em|para)\s+{name}"
                    rf"|\bsou\s+(?:[\w-]+\s+){{0,3}}?(?:na|no|da|do|em)\s+{name}",
                ),
                (("pracuj",), rf"\bpracuj[eęą]\s+(?:w|dla|u)\s+{name}"),
                (
                    ("arbeite", "bin ", "als "),
                    rf"\b(?:ich\s+)?arbeite\s+(?:bei|für)\s+{name}"
                    rf"|\b(?:ich\s+)?bin\s+(?:[\w-]+\s+){{0,3}}?bei\s+{name}"
                    rf"|\bals\s+{name}[\s-]+(?:mitarbeiter(?:in)?|angestellte[r]?)",
                ),
                (
                    ("je ", "ik ", "bosse", "travaille"),
                    rf"\b(?:je\s+)?(?:travaille|bosse)\s+(?:chez|pour|à)\s+{name}"
                    rf"|\bbosser\s+(?:chez|pour)\s+{name}"
                    rf"|\bje\s+suis\s+(?:[\w-]+\s+){{0,3}}?chez\s+{name}"
                    rf"|\bik\s+werk\s+(?:bij|voor)\s+{name}",
                ),
                (
                    ("mi ", "mein", "mon ", "ma ", "mijn ", "meu ", "minha "),
                    rf"\b(?:mi\s+jef[ea]|mi\s+gerente|mein(?:e)?\s+chef(?:in)?|mon\s+chef"
                    rf"|ma\s+cheffe|mijn\s+(?:manager|baas)|meu\s+chefe|minha\s+chefe)\s+"
                    rf"(?:en|bei|chez|bij|na|no)\s+{name}",
                ),
            )
        ]

    def employed(self, mention: Mention, low: str) -> bool:
        """Return whether the mention's author appears to work for the company.

        Args:
            mention: the post (handle and bio are read).
            low: ``lower_keep_offsets(clean_text(mention.text))``.
        """
        handle = (mention.author_handle or "").lower().lstrip("@")
        if handle in self.official:
            return False
        if handle in self.handles:
            return True
        bio = mention.author_description or ""
        known = self._bios.get(bio)
        if known is None:
            bio_low = lower_keep_offsets(clean_text(bio, 2_000)).replace("’", "'")
            known = self._says_employee(bio_low, self.bio, near_name=False)
            if len(self._bios) >= _BIO_CACHE:
                self._bios.clear()
            self._bios[bio] = known  # authors post many times with the same bio
        if known:
            return True
        for cues, pattern in self.text:
            for cue in cues:  # a plain loop: cheaper than any() with a generator
                if cue in low:
                    if self._says_employee(low, pattern, near_name=True):
                        return True
                    break
        return False

    def _says_employee(self, source: str, pattern: re.Pattern[str], near_name: bool) -> bool:
        if source and self.exclusions is not None:  # "I work at Harborline Ferries"
            source = self.exclusions.sub(lambda m: " " * len(m.group()), source)
        if not source or not self.name.search(source):
            return False  # every pattern needs the company's name: skip the regex otherwise
        # Every post pattern ends at (or starts with) the name: search only near its mentions.
        # Bios are read whole ("Opinions my own" may be far from the name) and cached.
        windows = (
            [
                (max(0, n.start() - _BEFORE_NAME), n.end() + _AFTER_NAME)
                for n in self.name.finditer(source)
            ]
            if near_name
            else [(0, len(source))]
        )
        for lo, hi in windows:
            for m in pattern.finditer(source, lo, hi):
                if m.group().startswith(("opinion", "views", "meinung")):
                    # "opinions my own" counts next to a current mention of the company.
                    if any(_current(source, k.start()) for k in self.name.finditer(source)):
                        return True
                elif (
                    _current(source, m.start())
                    and not L.FORMER.search(m.group())  # "Previously PM @X" in one match
                    and not _customer(source, m)
                ):
                    return True
        return False


def _current(source: str, start: int) -> bool:
    """Whether the words just before ``start`` (same clause) do not say "former"/"ex-"."""
    clause = re.split(r"[,.;|•/\n]", source[max(0, start - 30) : start])[-1]
    return not L.FORMER.search(clause)


def _customer(source: str, m: re.Match[str]) -> bool:
    """Whether the clause of a bio match says customer/fan rather than staff."""
    clause = _WHY_STOP.split(source[max(0, m.start() - 30) : m.end()])[-1]
    return bool(L.NOT_STAFF.search(clause))
