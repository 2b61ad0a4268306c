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

from analysis import policy as P
from analysis.masking import Sensitive, find_sensitive, normalize_phone
from analysis.profile import Profile
from analysis.sentiment import Sentiment, score_text
from analysis.text import TermMatcher, clean_text, fold, lower_keep_offsets
from connectors.base import Mention

RULES_VERSION = "rules-v0.1"
"""Version of the rule set; bump it whenever a rule, threshold or severity changes."""

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


# Language patterns are lowercase and run case-sensitively on lowercased text
# (``lower_keep_offsets``): several times faster than re.IGNORECASE, same offsets.
_ROLES = (
    r"employee|staff|staffer|engineer|developer|dev|swe|sre|designer|manager|pm|tpm|lead|"
    r"director|analyst|intern|recruiter|specialist|associate|consultant|architect|scientist|"
    r"vp|head|cto|ceo|cfo|coo|cmo|founder|officer|teller|advisor|rep|agent|coordinator|"
    r"accountant|counsel|researcher|writer|marketer|administrator|admin|team\s+member|"
    r"customer\s+success|support\s+(?:agent|rep|engineer)|product\s+(?:manager|lead)"
)
_FORMER = re.compile(r"\bex(?:-|\b)|\bformer(?:ly)?\b|\bprev(?:iously)?\b|\bretired\b|\bpast\b")
_JOB_HUNT_STRONG = re.compile(
    r"#?open\s*to\s*work\b|\blooking\s+for\s+(?:a\s+|my\s+)?(?:new\s+|next\s+)?"
    r"(?:role|job|position|opportunit(?:y|ies)|gig)\b|\b(?:hiring\s+managers?|recruiters?),?\s+"
    r"(?:please\s+)?(?:dm|message|hit\s+me\s+up|reach\s+out|contact)|\binterviewing\s+"
    r"(?:elsewhere|at\s+other|with\s+other|around)|\b(?:dm|message)\s+me\s+if\s+you(?:'re|\s+are)"
    r"\s+hiring|\bi'?m\s+(?:actively\s+)?(?:job\s+hunting|on\s+the\s+(?:job\s+)?market)",
)
_JOB_HUNT_SOFT = re.compile(
    r"\bjob\s+(?:hunt|hunting|search|searching)\b|\bupdat(?:ing|ed)\s+my\s+(?:resume|cv|linkedin)"
    r"|\btime\s+to\s+move\s+on\b|\b(?:any(?:one|body)|who'?s)\s+hiring\b",
)
_WE_ARE_HIRING = re.compile(r"\bwe(?:'re|\s+are)\s+hiring\b|\bjoin\s+(?:my|our)\s+team\b")
_BAD = (
    r"(?:clueless|incompetent|useless|idiots?|morons?|a\s+joke|clowns|liars|terrible|awful"
    r"|the\s+worst)"
)
_DISPARAGE = re.compile(
    r"\b(?:upper\s+)?management\s+(?:is|are)\s+(?:so\s+|totally\s+|completely\s+)?" + _BAD + r"|"
    r"\b(?:my|our)\s+(?:boss|manager|management|leadership|ceo|execs?|executives|director)\s+"
    r"(?:is|are)\s+(?:an?\s+|so\s+)?" + _BAD + r"|"
    r"\bworst\s+(?:place|company|job|employer)\s+(?:i'?ve\s+|i\s+have\s+|to\s+)?(?:ever\s+)?work"
    r"|\bhate\s+(?:my\s+job|working\s+(?:here|there|at)|this\s+(?:job|company|place))"
    r"|\btoxic\s+(?:workplace|culture|management|environment|leadership|boss|manager)"
    r"|\b(?:run|managed)\s+by\s+(?:clowns|idiots|morons|amateurs)|\bsinking\s+ship\b"
    r"|\bdumpster\s+fire\b|\bclown\s+show\b|\bcan'?t\s+stand\s+(?:my\s+job|working\s+(?:here|there))"
    r"|\b(?:overworked|underpaid)\s+and\s+(?:underpaid|overworked|underappreciated)",
)
_WORK_WORDS = re.compile(r"\b(?:job|work|boss|manager|management|team|office|company|ceo)\b")
_FRAMING = re.compile(
    r"\b(?:scam(?:s|med|mers?)?|boycott\w*|lawsuits?|sue|suing|sued|fraud\w*|class[\s-]action"
    r"|ponzi|rip[\s-]?off|ripped\s+off|stole|stealing|theft|crooks?)\b",
)
_DEAL = re.compile(
    r"\b(?:contracts?|deals?|signed|signing|renewals?|renew(?:ing|ed)?|pricing|priced|discounts?"
    r"|rfp|pilot|purchase\s+order|invoices?|churn(?:ing|ed)?|arr|acv|seats)\b"
    r"|[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:k|m|mm|million|bn|billion)\b",
)
_DISPARAGE_SENTIMENT = -0.4  # sentiment alone must be clearly negative to count


class _Rules:
    """Everything compiled from one profile: term matchers and employee patterns."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.company = TermMatcher(
            [*profile.names, *profile.handles, *profile.hashtags, *profile.domains]
        )
        names = sorted({n.lower() for n in (*profile.names, *profile.handles)}, key=len)[::-1]
        alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        name = rf"(?<!\w)@?(?:{alt})(?!\w)"
        self.name = re.compile(name)  # fast exact check, on lowercased text
        excl = "|".join(re.escape(e.lower()).replace(r"\ ", r"\s+") for e in profile.exclusions)
        self.exclusions = re.compile(excl) if excl else None
        self.code_names = {fold(t) for t in profile.code_names}
        self.secrets = TermMatcher([*profile.code_names, *profile.confidential_terms])
        self.customers = TermMatcher(profile.customers)
        self.neutral_terms = neutral_terms(profile)
        self.employee_handles = {h.lower() for h in profile.employee_handles}
        self.official = {h.lower() for h in profile.handles}
        self.communities = {fold(n) for n in (*profile.names, *profile.handles, *profile.hashtags)}
        phones = (normalize_phone(p) for p in profile.public_phones)
        self.public_phones = frozenset(p for p in phones if p)
        at = rf"\s*(?:\bat\b|\bfor\b|\bwith\b|@)?\s*{name}"
        self.bio_employee = re.compile(
            rf"\b(?:work(?:s|ing)?|employed)\s+(?:at|for|with|@)\s*{name}"
            rf"|\b(?:{_ROLES})s?\b[\w\s,&()/-]{{0,25}}?(?:\s(?:at|for|with)\s+|\s?@)(?:{alt})(?!\w)"
            rf"|{name}\s+(?:employee|staff|staffer|team\s+member|engineer|recruiter|intern)\b"
            rf"|\bopinions?\s+(?:are\s+)?(?:my\s+)?own\b"
        )
        self.text_employee = re.compile(
            rf"\bi\s+(?:currently\s+|still\s+|now\s+|actually\s+)?work\s+(?:at|for|@)\s*{name}"
            rf"|\bi(?:'|’|\s+a)m\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ROLES})s?{at}"
            rf"|\b(?:my|our)\s+(?:employer|boss|manager|job|role|position|co-?workers|colleagues"
            rf"|salary|shift)\s+(?:at|@)\s*{name}|{name}\s+is\s+my\s+employer"
            rf"|\b(?:as|i(?:'|’|\s+a)m)\s+(?:an?\s+|the\s+)?{name}\s+(?:{_ROLES})s?\b"
            rf"|\bemployee\s+(?:of|at)\s+{name}"
        )

    def mentions_company(self, text: str, low: str) -> bool:
        """Whether the text names the company (exact name first, obfuscated forms second)."""
        return bool(self.name.search(low)) or self.company.search(text)

    def excluded(self, text: str, low: str) -> bool:
        if self.exclusions is None or not self.exclusions.search(low):
            return False
        rest = self.exclusions.sub(" ", low)
        return not self.mentions_company(rest, rest)

    def employed(self, mention: Mention, low: str) -> bool:
        handle = (mention.author_handle or "").lower().lstrip("@")
        if handle in self.official:
            return False
        if handle in self.employee_handles:
            return True
        bio = lower_keep_offsets(clean_text(mention.author_description, 2_000))
        for source, pattern in ((bio, self.bio_employee), (low, self.text_employee)):
            if source and self.exclusions is not None:  # "I work at Harborline Ferries"
                source = self.exclusions.sub(lambda m: " " * len(m.group()), source)
            if not source or not self.name.search(source):
                continue  # every pattern needs the company's name: skip the regex otherwise
            for m in pattern.finditer(source):
                if m.group().startswith("opinion"):  # "opinions my own" + a current name
                    if any(_current(source, n.start()) for n in self.name.finditer(source)):
                        return True
                elif _current(source, m.start()):
                    return True
        return False


def _current(source: str, start: int) -> bool:
    """Whether the words just before ``start`` (same clause) do not say "former"/"ex-"."""
    clause = re.split(r"[,.;|•/\n]", source[max(0, start - 30) : start])[-1]
    return not _FORMER.search(clause)


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
    return _rules(profile).excluded(cleaned, lower_keep_offsets(cleaned))


def is_employee(mention: Mention, profile: Profile) -> bool:
    """Return whether the author appears to work for the company.

    True when the handle is one of ``profile.employee_handles``, when the bio says so ("PM
    @harborline", "works at Harborline", "Harborline employee", "opinions my own" next to the
    company name), or when the post says so in the first person ("I work at Harborline",
    "I'm a support agent at Harborline", "my manager at Harborline"). Former employees
    ("ex-Harborline", "previously PM at Harborline") and the company's own accounts are not
    employees; a customer complaining about the company is not one either.
    """
    return _rules(profile).employed(mention, lower_keep_offsets(clean_text(mention.text)))


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
    mention: Mention, profile: Profile, sentiment: Sentiment | None = None
) -> list[Flag]:
    """Apply every rule to one mention.

    Args:
        mention: the post.
        profile: the watched company (compiled rules are cached per profile object).
        sentiment: the post's sentiment if already scored; computed on demand otherwise (only
            for posts where a sentiment-based rule could fire).

    Returns:
        Flags ordered by position; at most ``MAX_FLAGS_PER_MENTION`` (the most severe kept).
    """
    rules = _rules(profile)
    text = clean_text(mention.text)
    low = lower_keep_offsets(text)
    if not text or rules.excluded(text, low):
        return []
    official = (mention.author_handle or "").lower().lstrip("@") in rules.official
    employee = not official and rules.employed(mention, low)
    sensitive = find_sensitive(text, ignore_phones=rules.public_phones, skip_business_phones=True)
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

    about: list[bool] = []

    def about_company() -> bool:
        if not about:
            community = fold(mention.community or "")
            about.append(rules.mentions_company(text, low) or community in rules.communities)
        return about[0]

    folded = fold(text)
    for hit in rules.secrets.find(text, folded):
        rule = "leak.code_name" if fold(hit.term) in rules.code_names else "leak.confidential_term"
        severity = P.CRITICAL if employee else P.HIGH if about_company() else P.MEDIUM
        add(P.CONFIDENTIAL_LEAK, severity, rule, hit.start, hit.end)

    for hit in rules.customers.find(text, folded):
        if employee:
            add(P.CUSTOMER_DISCLOSURE, P.HIGH, "customer.named_by_employee", hit.start, hit.end)
        elif _DEAL.search(low, max(0, hit.start - 100), hit.end + 100):
            # Outsiders naming a customer next to deal terms mostly share news: a reviewer
            # should look, but it is not the insider disclosure the policy is about.
            add(P.CUSTOMER_DISCLOSURE, P.MEDIUM, "customer.deal_terms", hit.start, hit.end)

    mood = _lazy_sentiment(text, sentiment, rules.neutral_terms)
    if employee:
        _employee_rules(low, mood, add)
    _spin_rules(mention, low, profile, sentiment, mood, about_company, add)
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


_Add = Callable[[str, str, str, int, int], None]


def _employee_rules(low: str, mood: Callable[[], Sentiment], add: _Add) -> None:
    if m := _DISPARAGE.search(low):
        add(P.EMPLOYEE_DISPARAGEMENT, P.HIGH, "hr.disparaging_phrase", m.start(), m.end())
    elif _WORK_WORDS.search(low) and mood().score <= _DISPARAGE_SENTIMENT:
        add(P.EMPLOYEE_DISPARAGEMENT, P.MEDIUM, "hr.negative_about_work", 0, len(low))
    if _WE_ARE_HIRING.search(low):
        return  # recruiting for the company is not looking for a job elsewhere
    if m := _JOB_HUNT_STRONG.search(low):
        add(P.JOB_HUNTING_CATEGORY, P.MEDIUM, "hr.job_search_public", m.start(), m.end())
    elif m := _JOB_HUNT_SOFT.search(low):
        add(P.JOB_HUNTING_CATEGORY, P.LOW, "hr.job_search_hint", m.start(), m.end())


def _spin_rules(
    mention: Mention,
    low: str,
    profile: Profile,
    given: Sentiment | None,
    mood: Callable[[], Sentiment],
    about_company: Callable[[], bool],
    add: _Add,
) -> None:
    if given is not None and given.label != "negative":
        return  # cheapest test first when the sentiment is already known
    t = profile.thresholds
    engagement = max(mention.likes, mention.score) + mention.reposts + mention.quotes
    reach = (mention.author_followers or 0) >= t.reach_followers or engagement >= t.reach_engagement
    framing = _FRAMING.search(low)
    if not (reach or framing) or not about_company() or mood().label != "negative":
        return
    if reach and framing:
        add(P.NEGATIVE_SPIN, P.HIGH, "spin.reach_and_framing", framing.start(), framing.end())
    elif framing:
        add(P.NEGATIVE_SPIN, P.LOW, "spin.framing", framing.start(), framing.end())
    else:
        add(P.NEGATIVE_SPIN, P.MEDIUM, "spin.reach", 0, len(low))


def _finish(flags: list[Flag]) -> list[Flag]:
    unique = list({(f.rule, f.start, f.end): f for f in flags}.values())
    if len(unique) > MAX_FLAGS_PER_MENTION:
        unique.sort(key=lambda f: (-P.severity_rank(f.severity), f.start))
        unique = unique[:MAX_FLAGS_PER_MENTION]
    return sorted(unique, key=lambda f: (f.start, f.end, f.rule))
