"""Is the author an employee of the watched company? Read from the handle, the bio and the post.

The social media policy binds employees, so disparagement, job hunting and naming customers are
flagged only for them. Evidence, strongest first:

* the handle is one of ``profile.employee_handles`` (and not one of the company's own accounts);
* the bio puts a role next to the company ("PM @quillfeather", "Filialleiterin bei Brightwell",
  "Data analyst, Meridian Health Plan", "Employée chez Brightwell", "X | B2B sales"), opens a
  segment with a short phrase and "at X" ("Animator at X", "Konsultant w X": job titles are an
  open list), says "works at", says "opinions my own" next to the company's name, or puts a
  work cue (team, site, shift, department, tenure: ``hr_lexicon.WORK_CUES``) in the same
  segment as the name ("Halyard dispatch", "Orrery | backend", "6 yrs in X ops", "X 3年目"),
  or names the company as one segment of a bio next to a cue or a short segment
  ("forklift certified. Halyard", "Kestrel Air · ramp"), or puts a job title nobody listed
  next to it ("wheel builder, X"); fans, reviewers, dealers and official voices do not count;
* the post says so in the first person, in nine languages ("I work at X", "I'm a nurse at X",
  "my regional director at X", "my employer (X)", "mi empresa (X)", "meinem Arbeitgeber X",
  "here at X we", "X community manager here", "being a dev at X", "als Teamleiter bei X",
  "ich arbeite seit 4 Jahren bei X", "signed, a tired X driver", "Xで働いてる", "nurse at X,"
  opening a post, and "I work in IT there" in a post that names X).

``placed`` reads weaker evidence that only the HR rules use, because a customer could say the
same: tenure ("5 yrs at X", "Llevo 4 años en X", "sono in X da 3 anni"), "currently at X",
"tô na X", "ik zit bij X", "bij X werken", and a bio that names the company with nothing
saying outsider, customer, former or another employer ("Corvane Le Havre – équipe export",
"PT på Tidewell Göteborg", "タイドウェル・フィットネス トレーナー": job titles are an open list in
every language). A job-search signal or a workplace complaint is still needed before anything
is flagged.

"Former" markers in the same clause or the match (ex-, previously, old, ehemalig, ancien)
cancel a match, and customer words before the name ("angry X customer", "Kunde bei X") keep it
from counting. A name runs into Japanese text without a space ("Orrery勤務"), so its
boundaries here only refuse Latin letters and digits. The pattern sources are in
``analysis.employee_patterns``.
"""

from __future__ import annotations

import re

from analysis import employee_patterns as EP
from analysis import hr_lexicon as H
from analysis.gate import trie_regex
from analysis.lexicon import unleet
from analysis.text import clean_text, lower_keep_offsets
from connectors.base import Mention

_BEFORE_NAME, _AFTER_NAME = 90, 40  # longest pattern prefix before / suffix after the name
_BIO_CACHE = 50_000  # distinct bios remembered per profile
_WHY_STOP = re.compile(r"[.;|•·\n]")
# Word characters that are not Japanese, Chinese or Korean: a name may touch those.
NOT_CJK_WORD = r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_OTHER_EMPLOYER = re.compile(r"\bat\s+[a-z]|@\w")
# A separator then one to three words (a blanked name is spaces): "  · ramp", "lab |  ".
_WORDS = r"[\w&'’-]+(?:\s+[\w&'’-]+){0,2}"
_SHORT_SEGMENT = re.compile(rf"^\s*[|·•]\s*{_WORDS}\s*$|^\s*{_WORDS}\s*[|·•]\s*$")
# Bio segments: "Zbrojarz · Brackenridge Budownictwo · Wrocław", "Dział farb | Tallowmere".
_SEGMENTS = re.compile(r"[|·•;\n]|,\s|\.\s|\s/\s")
_WORD = re.compile(r"[\w&'’-]+")
_Patterns = list[tuple[tuple[str, ...], re.Pattern[str]]]
_Hits = tuple[list[int], list[int], list[int]]  # text, "there" and weak pattern indexes


def _compile(items: EP.Sources) -> _Patterns:
    return [(cues, re.compile(src)) for cues, src in items]


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
                Unused: the patterns here rebuild it from ``alt`` with boundaries that let a
                name touch Japanese text.
            alt: the bare alternation of names inside ``name``.
            official: the company's own handles (lowercase).
            handles: known employee handles (lowercase).
            exclusions: the profile's same-name exclusions, blanked out before matching.
        """
        del name  # rebuilt below from ``alt``
        name = rf"(?<!{NOT_CJK_WORD})@?(?:{alt})(?!{NOT_CJK_WORD})"
        self.name = re.compile(name)
        self.official = official
        self.handles = handles
        self.exclusions = exclusions
        self._bios: dict[str, bool] = {}
        self._named_bios: dict[str, bool] = {}
        self.bio = re.compile(EP.bio(name))
        # A bio whose segment is just the name, with a work cue elsewhere in the bio
        # ("pricing analyst (freight). halyard") and no other employer ("at Acme", "@acme").
        self.bare_name = re.compile(rf"(?:^|[.|·•;,\n]\s*)(?P<n>{name})\s*(?:[.|·•;,\n]|$)")
        self.cue = re.compile(rf"(?<!\w){EP.CUE}s?(?!\w)")
        # Post patterns, each behind the literal cues it cannot match without: most posts
        # name the company, few say "I work at", so the cues save nearly all regex work.
        self.text: _Patterns = _compile(EP.post(name))
        self.intro = re.compile(EP.intro(name))
        self.there: _Patterns = _compile(EP.THERE)
        self.weak: _Patterns = _compile(EP.weak(name))  # only the HR rules read these

        groups = [cues for cues, _ in (*self.text, *self.there, *self.weak)]
        every = sorted({c for g in groups for c in g}, key=len, reverse=True)
        latin = trie_regex([c for c in every if c[0].isascii()])
        other = trie_regex([c for c in every if not c[0].isascii()])
        # Cues start words (the patterns all open with ``\b``), which lets one pass find them.
        self._cue_re = re.compile(rf"(?<!\w){latin}" + (f"|{other}" if other else ""))
        # A cue found implies every cue inside it ("ik werk" holds "werk").
        n_text, n_there = len(self.text), len(self.there)
        spans = ((0, n_text), (n_text, n_text + n_there), (n_text + n_there, len(groups)))
        self._cue_groups = {
            c: tuple(
                frozenset(i - lo for i in range(lo, hi) if any(x.strip() in c for x in groups[i]))
                for lo, hi in spans
            )
            for c in every
        }
        self._last: tuple[str, _Hits] | None = None

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
            known = self._bio_says_employee(bio)
            if len(self._bios) >= _BIO_CACHE:
                self._bios.clear()
            self._bios[bio] = known  # authors post many times with the same bio
        if known:
            return True
        if self.intro.match(low) and self._says_employee(low, self.intro, near_name=True):
            return True
        hits = self._hits(low)
        for i in hits[0]:
            if self._says_employee(low, self.text[i][1], near_name=True):
                return True
        for i in hits[1]:
            m = self.there[i][1].search(low)
            if m and _current(low, m.start()) and self._current_name(low):
                return True
        return False

    def placed(self, low: str, bio: str = "") -> bool:
        """Return whether the post or bio places its author at the company, weakly.

        "5 yrs at X" in the post, or a bio that names the company as nobody but staff would
        (``bio_names``). A customer could say the same ("4 años en X" of a phone plan), so
        only the HR rules read it, and they also need a workplace complaint or a job-search
        signal. Customer words just after it ("4 años en X comprando") cancel it.
        """
        if bio and self.bio_names(bio):
            return True
        weak = self._hits(low)[2]
        if not weak or not self.name.search(low):
            return False
        for i in weak:
            for m in self.weak[i][1].finditer(low):
                if (
                    _current(low, m.start())
                    and not H.CUSTOMER_AFTER.match(low, m.end())
                    and not _customer(low, m)  # "X customer for 6 years"
                ):
                    return True
        return False

    def bio_names(self, bio: str) -> bool:
        """Whether a bio names the company with no sign of an outsider.

        Across the labeled sets, such bios are nearly all staff who give their job in words
        no list has ("Accountmanager X", "Operativo X Genova", "X 上海办事处"). Fans,
        customers, reviewers, official and regional accounts, former staff ("ex-", "laid
        off from X") and other employers ("dev at Acme") do not count.
        """
        known = self._named_bios.get(bio)
        if known is None:
            low = _bio_low(bio)
            if self.exclusions is not None:
                low = self.exclusions.sub(lambda m: " " * len(m.group()), low)
            known = bool(
                self.name.search(low)
                and not H.OUTSIDER_BIO.search(low)
                and not H.NOT_STAFF.search(low)
                and not H.FORMER.search(low)
                and not H.LEFT_COMPANY.search(low)
                and not H.LAID_OFF.search(low)
                and not _OTHER_EMPLOYER.search(self.blank(low))
            )
            if len(self._named_bios) >= _BIO_CACHE:
                self._named_bios.clear()
            self._named_bios[bio] = known
        return known

    def blank(self, low: str) -> str:
        """Return ``low`` with the company's names blanked out, offsets kept ("Orrery Pay")."""
        return self.name.sub(lambda m: " " * len(m.group()), low)

    def _hits(self, low: str) -> _Hits:
        """Indexes of the text, "there" and weak patterns whose cues occur in ``low``.

        One regex pass finds every cue; most posts name the company but few say "I work
        at", so this saves nearly all pattern work. The last answer is kept: ``employed``
        and ``placed`` ask about the same post one after the other.
        """
        if self._last is not None and self._last[0] is low:
            return self._last[1]
        cues = self._cue_re.findall(low)
        if not cues:
            hits: _Hits = ([], [], [])
        else:
            text: set[int] = set()
            there: set[int] = set()
            weak: set[int] = set()
            for cue in cues:
                a, b, c = self._cue_groups[cue]
                text |= a
                there |= b
                weak |= c
            hits = (sorted(text), sorted(there), sorted(weak))
        self._last = (low, hits)
        return hits

    def _current_name(self, source: str) -> bool:
        if self.exclusions is not None:
            source = self.exclusions.sub(lambda m: " " * len(m.group()), source)
        return any(_current(source, k.start()) for k in self.name.finditer(source))

    def _bio_says_employee(self, bio: str) -> bool:
        low = _bio_low(bio)
        if self._says_employee(low, self.bio, near_name=False):
            return True
        if self.exclusions is not None:
            low = self.exclusions.sub(lambda m: " " * len(m.group()), low)
        if self._segmented(low):
            return True
        m = self.bare_name.search(low)
        if m is None or H.OUTSIDER_BIO.search(low) or not _current(low, m.start("n")):
            return False
        rest = self.blank(low)
        if _OTHER_EMPLOYER.search(rest):
            return False
        # "Kestrel Air · ramp", "lab | Larchmont": the name as one segment of a bio laid out
        # with separators, next to a short one that is not a customer's or fan's.
        return bool(self.cue.search(rest) or _SHORT_SEGMENT.search(rest))

    def _segmented(self, low: str) -> bool:
        """Whether a bio laid out in segments reads as a job line.

        One segment opens with the company's name, perhaps with a local entity or a city
        ("Orrin Trasporti Torino", "Tallowmere Göteborg"); another is a short phrase, the job
        ("Regolazione traffico", "Zbrojarz"). Fans, customers, investors and other
        employers ("Engineer at Acme · Orrin fan") make it something else.
        """
        if H.OUTSIDER_BIO.search(low) or _OTHER_EMPLOYER.search(self.blank(low)):
            return False
        parts = [p.strip() for p in _SEGMENTS.split(low)]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return False
        named = [
            i
            for i, p in enumerate(parts)
            if (n := self.name.match(p.lstrip("@"))) is not None
            and len(_WORD.findall(p[n.end() + (len(p) - len(p.lstrip("@"))) :])) <= 3
            and not H.FORMER.search(p)
        ]
        if not named:
            return False
        job = [
            p
            for i, p in enumerate(parts)
            if i not in named and 1 <= len(_WORD.findall(p)) <= 4 and not self.name.search(p)
        ]
        return bool(job)

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
                    and not H.FORMER.search(m.group())  # "Previously PM @X" in one match
                    and not _customer(source, m)
                    and (near_name or not _outsider_segment(source, m))
                ):
                    return True
        return False


def _bio_low(bio: str) -> str:
    """A bio cleaned and lowercased as the bio patterns read it; "eng @ v4nt4ge": a name in
    l33t is still the name (offsets are kept)."""
    return unleet(lower_keep_offsets(clean_text(bio, 2_000)).replace("’", "'"))


def _current(source: str, start: int) -> bool:
    """Whether the words just before ``start`` (same clause) do not say "former"/"ex-"."""
    clause = re.split(r"[,.;|•/\n]", source[max(0, start - 30) : start])[-1]
    return not H.FORMER.search(clause)


def _customer(source: str, m: re.Match[str]) -> bool:
    """Whether the clause of a bio match says customer/fan rather than staff."""
    clause = _WHY_STOP.split(source[max(0, m.start() - 30) : m.end()])[-1]
    return bool(H.NOT_STAFF.search(clause))


def _outsider_segment(source: str, m: re.Match[str]) -> bool:
    """Whether the bio segment around a match says fan, reviewer or user ("X product fan")."""
    lo = max((source.rfind(c, 0, m.start()) for c in ".,;|•·\n"), default=-1) + 1
    his = [i for i in (source.find(c, m.end()) for c in ".,;|•·\n") if i >= 0]
    return bool(H.OUTSIDER_BIO.search(source, lo, min(his, default=len(source))))
