"""Leak and HR-policy rules: which posts a reviewer should look at, and why.

``detect_flags`` returns one ``Flag`` per finding, each naming its category, severity, the
stable rule id that fired, masked evidence, the policy topic and the span in the cleaned text
(``analysis.text.clean_text(mention.text)[start:end]``).

Who wrote a post changes what it means:

* the company's own accounts (``profile.handles``) are official: they may name customers and
  launched products, and they do not job-hunt; only personal data and credentials are checked;
* employees (``is_employee``) are bound by the social media policy: disparagement, job hunting,
  naming customers and code names are flagged for them;
* everyone else can leak what they were told, spread negative spin, or post personal data.

A post about an unrelated company with the same name (``profile.exclusions``) gets no flags.
Compiled rules are cached per profile object, so call with the same ``Profile`` instance.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis import hr, hr_model
from analysis import hr_lexicon as HR
from analysis import policy as P
from analysis.affiliation import Affiliation
from analysis.customers import CustomerMatcher
from analysis.employees import NOT_CJK_WORD, EmployeeMatcher
from analysis.leaks import LeakMatcher
from analysis.masking import Sensitive, find_sensitive, phone_forms
from analysis.profile import Profile
from analysis.sentiment import Sentiment, score_text
from analysis.spin_rules import Add, spin_rules
from analysis.text import TermMatcher, clean_text, fold, lower_keep_offsets
from connectors.base import Mention

RULES_VERSION = "rules-v0.15"
"""Version of the rule set; bump it whenever a rule, threshold or severity changes."""
NEWS = frozenset({P.CONFIDENTIAL_LEAK, P.CUSTOMER_DISCLOSURE})
"""Categories that bring a post to a reviewer as news: the weak HR evidence is not read there."""

MAX_FLAGS_PER_MENTION = 50  # a post with 10,000 emails is one problem, not 10,000 rows
EVIDENCE_CONTEXT = 40
EVIDENCE_MAX = 200


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding on one post.

    Attributes:
        category: one of ``policy.CATEGORIES``.
        severity: one of ``policy.SEVERITIES``.
        rule: stable rule id, e.g. ``"pii.card_number"`` or ``"leak.code_name"``.
        evidence: the span with a little context, secrets masked, at most 200 characters.
        policy: the policy topic id (``policy.POLICY_TOPICS``).
        start: start offset of the span in the cleaned text.
        end: end offset (exclusive).
    """

    category: str
    severity: str
    rule: str
    evidence: str
    policy: str
    start: int
    end: int


class _Rules:
    """Everything compiled from one profile: term matchers and employee patterns."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.company = TermMatcher(
            [*profile.names, *profile.handles, *profile.hashtags, *profile.domains]
        )
        names = sorted({n.lower() for n in (*profile.names, *profile.handles)}, key=len)[::-1]
        alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        # A name may touch Japanese, Chinese or Korean text ("コルヴェイン海運の", "Corvane的").
        name = rf"(?<!{NOT_CJK_WORD})@?(?:{alt})(?!{NOT_CJK_WORD})"
        self.name = re.compile(name)  # fast exact check, on lowercased text
        excl = "|".join(re.escape(e.lower()).replace(r"\ ", r"\s+") for e in profile.exclusions)
        self.exclusions = re.compile(excl) if excl else None
        self.leaks = LeakMatcher(profile)
        self.customers = CustomerMatcher(profile, self.name)
        self.neutral_terms = neutral_terms(profile)
        self.official = {h.lower() for h in profile.handles}
        self.affiliation = Affiliation(self.name, self.official, self.exclusions)
        self.employees = EmployeeMatcher(
            name,
            alt,
            self.official,
            {h.lower() for h in profile.employee_handles},
            self.exclusions,
        )
        self.communities = {fold(n) for n in (*profile.names, *profile.handles, *profile.hashtags)}
        self.public_phones = frozenset(f for p in profile.public_phones for f in phone_forms(p))
        terms = (*profile.names, *profile.customers, *profile.code_names, *profile.handles)
        self.known_words = frozenset(w for t in terms for w in re.findall(r"\w+", t.lower()))

    def company_spans(self, text: str, low: str) -> list[tuple[int, int]]:
        """Where the text names the company (exact names, then obfuscated forms)."""
        spans = [m.span() for m in self.name.finditer(low)]
        return spans or [(h.start, h.end) for h in self.company.find(text)]

    def mentions_company(self, text: str, low: str) -> bool:
        """Whether the text names the company (exact name first, obfuscated forms second)."""
        return bool(self.name.search(low)) or self.company.search(text)

    def excluded(self, text: str, low: str) -> bool:
        if self.exclusions is None or not self.exclusions.search(low):
            return False
        rest = self.exclusions.sub(" ", low)
        return not self.mentions_company(rest, rest)

    def employed(self, mention: Mention, low: str) -> bool:
        return self.employees.employed(mention, low)


def neutral_terms(profile: Profile) -> tuple[str, ...]:
    """Names that must not sway sentiment: the company's, its customers' and code names.

    Pass them to ``sentiment.score_texts(..., neutral_terms=...)`` so that stored scores match
    the ones ``detect_flags`` computes on demand.
    """
    return (*profile.names, *profile.customers, *profile.code_names)


_CACHE: dict[int, tuple[Profile, _Rules]] = {}


def _rules(profile: Profile) -> _Rules:
    hit = _CACHE.get(id(profile))
    if hit is not None and hit[0] is profile:
        return hit[1]
    if len(_CACHE) >= 16:
        _CACHE.pop(next(iter(_CACHE)))
    rules = _Rules(profile)
    _CACHE[id(profile)] = (profile, rules)  # holding the profile keeps its id from being reused
    return rules


def is_excluded(text: str, profile: Profile) -> bool:
    """Return whether a post is about an unrelated company with the same name.

    True when the text contains one of ``profile.exclusions`` (case-insensitive) and no other
    mention of the company remains once those phrases are removed: "Harborline Ferries was
    late" is excluded, "Harborline Ferries to the Harborline Pay office" is not.
    """
    cleaned = clean_text(text)
    return _rules(profile).excluded(cleaned, _lower(cleaned))


def is_employee(mention: Mention, profile: Profile) -> bool:
    """Return whether the author appears to work for the company.

    True when the handle is one of ``profile.employee_handles``, when the bio says so ("PM
    @harborline", "works at Harborline", "Harborline employee", "opinions my own" next to the
    company name), or when the post says so in the first person ("I work at Harborline",
    "I'm a support agent at Harborline", "my manager at Harborline"). Former employees
    ("ex-Harborline", "previously PM at Harborline") and the company's own accounts are not
    employees; a customer complaining about the company is not one either.
    """
    return _rules(profile).employed(mention, _lower(clean_text(mention.text)))


def _lower(text: str) -> str:
    """Lowercase with offsets kept, and typographic apostrophes made plain ("can’t")."""
    low = lower_keep_offsets(text)
    return low.replace("’", "'") if "’" in low else low


def _evidence(text: str, start: int, end: int, sensitive: list[Sensitive], ends: list[int]) -> str:
    lo, hi = max(0, start - EVIDENCE_CONTEXT), min(len(text), end + EVIDENCE_CONTEXT)
    hi = min(hi, lo + EVIDENCE_MAX)
    # Spans are sorted and disjoint, so their ends are sorted too: bisect to the window.
    first = last = bisect.bisect_right(ends, lo)
    while last < len(sensitive) and sensitive[last].start < hi:
        last += 1
    near = sensitive[first:last]
    if near:  # never cut a secret in half: half a card number is still a leak
        lo, hi = min(lo, near[0].start), max(hi, near[-1].end)
    parts, pos = [], lo
    for s in near:
        parts += [text[pos : s.start], s.masked]
        pos = s.end
    parts.append(text[pos:hi])
    body = " ".join("".join(parts).split())
    out = ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")
    return out if len(out) <= EVIDENCE_MAX else out[: EVIDENCE_MAX - 1] + "…"


def _severity_for_sensitive(rule: str) -> str:
    if rule.startswith("cred.") or rule in ("pii.card_number", "pii.ssn", "pii.iban"):
        return P.CRITICAL
    return P.HIGH


def detect_flags(
    mention: Mention, profile: Profile, sentiment: Sentiment | None = None, learned: bool = True
) -> list[Flag]:
    """Apply every rule to one mention.

    Args:
        mention: the post.
        profile: the watched company (compiled rules are cached per profile object).
        sentiment: the post's sentiment if already scored; computed on demand otherwise (only
            for posts where a sentiment-based rule could fire).
        learned: add the learned HR score's findings (``analysis.hr_model``); training that
            score reads the rules without it.

    Returns:
        Flags ordered by position; at most ``MAX_FLAGS_PER_MENTION`` (the most severe kept).
    """
    rules = _rules(profile)
    text = clean_text(mention.text)
    low = _lower(text)
    if not text or rules.excluded(text, low):
        return []
    official = (mention.author_handle or "").lower().lstrip("@") in rules.official
    employee = not official and rules.employed(mention, low)
    sensitive = find_sensitive(
        text,
        ignore_phones=rules.public_phones,
        skip_business_phones=True,
        ignore_words=rules.known_words,
    )
    flags: list[Flag] = []
    ends = [s.end for s in sensitive]

    def add(category: str, severity: str, rule: str, start: int, end: int) -> None:
        evidence = _evidence(text, start, end, sensitive, ends)
        policy = P.CATEGORY_POLICY[category]
        flags.append(Flag(category, severity, rule, evidence, policy, start, end))

    for s in sensitive:
        add(s.category, _severity_for_sensitive(s.rule), s.rule, s.start, s.end)
    if official:
        return _finish(flags)

    spans: list[list[tuple[int, int]]] = []

    def company_spans() -> list[tuple[int, int]]:
        if not spans:
            found = rules.company_spans(text, low)
            if not found and fold(mention.community or "") in rules.communities:
                found = [(0, 0)]  # a post in the company's own community is about it
            spans.append(found)
        return spans[0]

    def about_company() -> bool:
        return bool(company_spans())

    affiliation: list[bool] = []

    def affiliated() -> bool:
        if not affiliation:
            affiliation.append(rules.affiliation.affiliated(mention))
        return affiliation[0]

    folded = fold(text)
    has_credential = any(s.category == P.CREDENTIAL for s in sensitive)
    leaks = rules.leaks.find(
        text,
        low,
        folded,
        employee=employee,
        about_company=about_company,
        has_credential=has_credential,
        affiliated=affiliated,
    )
    for leak in leaks:
        severity = P.CRITICAL if employee else P.HIGH if about_company() else P.MEDIUM
        add(P.CONFIDENTIAL_LEAK, severity, leak.rule, leak.start, leak.end)

    customers = rules.customers.find(
        text,
        low,
        folded,
        mention,
        employee=employee,
        about_company=about_company,
        affiliated=affiliated,
    )
    for hit in customers:
        add(P.CUSTOMER_DISCLOSURE, hit.severity, hit.rule, hit.start, hit.end)

    mood = _lazy_sentiment(text, sentiment, rules.neutral_terms)
    if employee or (not official and rules.employees.placed(low, mention.author_description or "")):
        news = any(f.category in NEWS for f in flags)
        _employee_rules(low, rules.employees.blank(low), mood, add, news, learned)
    disparaged = any(f.category == P.EMPLOYEE_DISPARAGEMENT for f in flags)
    spin_rules(mention, low, profile, mood, company_spans, add, disparaged)
    return _finish(flags)


def _lazy_sentiment(
    text: str, given: Sentiment | None, neutral_terms: tuple[str, ...]
) -> Callable[[], Sentiment]:
    cached: list[Sentiment] = [] if given is None else [given]

    def get() -> Sentiment:
        if not cached:
            cached.append(score_text(text, neutral_terms=neutral_terms))
        return cached[0]

    return get


def _employee_rules(
    low: str, work: str, mood: Callable[[], Sentiment], add: Add, news: bool, learned: bool
) -> None:
    """Disparagement and job hunting (``analysis.hr``), for an author who works there.

    ``work`` is ``low`` with the company's names blanked. A post saying the author has left
    ("glad I left", "was laid off") is a former employee's: neither rule applies. ``news``:
    the post already carries a leak or a customer flag, so it reaches a reviewer anyway, and
    its mood is mostly about that news ("renewed, but 600 seats instead of 900. Team in
    mourning"): the weak evidence (negative sentiment alone, the learned score) is not read.
    """
    if HR.LEFT_COMPANY.search(low):
        return
    job = hr.job_search(low)
    disparaging = hr.disparagement(low, work, lambda: mood().score, job is not None or news)
    if (disparaging is None or job is None) and learned and not news:  # ``hr_model``
        disparaging, job = hr_model.second_opinion(low, work, mood().score, disparaging, job)
    for finding in (disparaging, job):
        if finding is not None:
            add(finding.category, finding.severity, finding.rule, finding.start, finding.end)


def _finish(flags: list[Flag]) -> list[Flag]:
    unique = list({(f.rule, f.start, f.end): f for f in flags}.values())
    if len(unique) > MAX_FLAGS_PER_MENTION:
        unique.sort(key=lambda f: (-P.severity_rank(f.severity), f.start))
        unique = unique[:MAX_FLAGS_PER_MENTION]
    return sorted(unique, key=lambda f: (f.start, f.end, f.rule))
