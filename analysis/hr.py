"""What an employee's post says about their job: disparagement and job hunting.

Both readers are pure functions of the lowercased post; ``analysis.flags`` calls them only for
authors who work at the company (``analysis.employees``) and turns a finding into a ``Flag``.

Disparagement is compositional, so that it carries over to wording no list has seen:

1. a fixed disparaging phrase (``hr_lexicon.DISPARAGE``: "leadership is a joke", "sinking
   ship"), unless it reports someone else's words or the author then rejects them;
2. a *workplace topic* (management, the employer, the job, pay, working conditions:
   ``hr_lexicon.TOPIC``) within a short window of a *negative stance* (an evaluation or a
   complaint construction such as "instead of raises", "paid less than", "nessuno ascolta":
   ``hr_lexicon.STANCE``), in nine languages; a stance that is negated ("not toxic") or
   reported ("people say ...") does not count;
3. a sarcasm marker ("cool cool cool", 🙃, "management's idea of ...") in a post with a
   workplace topic;
4. an English post about management, the employer or the job whose sentiment score is
   clearly negative, unless it also praises ("best job I've had").

A topic in a sentence about something else (sport, games, politics, a landlord, a previous
employer: ``hr_lexicon.ELSEWHERE``) is ignored. Job hunting is any job-search signal
(``job_lexicon``), unless the post recruits for the author's own team or is about hiring,
the press or a sale (``job_lexicon.NOT_A_SEARCH``) in the same sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from analysis import hr_lexicon as H
from analysis import job_lexicon as J
from analysis import policy as P
from analysis import work_lexicon as W
from analysis.lexicon import SENTENCE_END, looks_english

TOPIC_WINDOW = 100
"""Characters between a workplace topic and a negative stance that still read as one remark."""
DISPARAGE_SENTIMENT = -0.4
"""Sentiment alone must be clearly negative to count."""
_MAX_CLAUSES_BACK = 2


@dataclass(frozen=True, slots=True)
class Finding:
    """One HR finding: its category, severity, rule id and span in the text."""

    category: str
    severity: str
    rule: str
    start: int
    end: int


def reported(low: str, start: int) -> bool:
    """Whether the sentence before ``start`` reports someone else's words ("people say ...")."""
    lo = max(0, start - 80)
    clause = SENTENCE_END.split(low[lo:start])[-1]
    return bool(H.REPORTED.search(clause))


def _negated(low: str, start: int) -> bool:
    return bool(W.NEGATED.search(low, max(0, start - 16), start))


def _sentence_bounds(low: str) -> list[int]:
    return [0, *(m.end() for m in SENTENCE_END.finditer(low)), len(low) + 1]


def _topics(work: str, low: str) -> list[int]:
    """Start offsets of workplace topics not in a sentence about something else."""
    starts = [m.start() for m in W.TOPIC.finditer(work)]
    if not starts or H.ELSEWHERE.search(low) is None:
        return starts
    bounds = _sentence_bounds(low)
    away = {bisect.bisect_right(bounds, m.start()) - 1 for m in H.ELSEWHERE.finditer(low)}
    return [s for s in starts if bisect.bisect_right(bounds, s) - 1 not in away]


def _elsewhere(low: str, start: int) -> bool:
    """Whether the sentence of ``start`` is about sport, games, politics or another employer."""
    if H.ELSEWHERE.search(low) is None:
        return False
    bounds = _sentence_bounds(low)
    i = bisect.bisect_right(bounds, start) - 1
    return bool(H.ELSEWHERE.search(low, bounds[i], bounds[i + 1]))


def _near(topics: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(topics, start - TOPIC_WINDOW)
    return i < len(topics) and topics[i] <= end + TOPIC_WINDOW


def _in_clause(low: str, ends: list[int], topics: list[int], start: int) -> bool:
    """Whether a topic is in the clause of ``start``, or in one it goes on from.

    A clause that opens with a verb, or is only a word or two, goes on from the one before:
    "the pay, honestly, is a joke", "Turni di 10 ore, il capo urla. Che schifo."
    """
    i = bisect.bisect_right(ends, start) - 1
    lo = i
    while lo > 0 and i - lo < _MAX_CLAUSES_BACK and W.CONTINUES.match(low, ends[lo]):
        lo -= 1
    j = bisect.bisect_left(topics, ends[lo])
    return j < len(topics) and topics[j] < ends[i + 1]


def _stance(low: str, topics: list[int]) -> tuple[int, int] | bool:
    """The first negative stance about a workplace topic, as a span.

    Returns False when there is none, True when there is one but it is negated or someone
    else's ("a guest told me the GM is clueless"): then a negative sentiment score is about
    those words too, and must not count on its own.
    """
    disowned = False
    for m in W.STANCE_STRONG.finditer(low):
        if _near(topics, m.start(), m.end()):
            if _own(low, m.start()):
                return m.span()
            disowned = True
    ends: list[int] = []
    for m in W.STANCE.finditer(low):
        if not ends:
            ends = [0, *(c.end() for c in W.CLAUSE_END.finditer(low)), len(low) + 1]
        if _in_clause(low, ends, topics, m.start()):
            if _own(low, m.start()):
                return m.span()
            disowned = True
    return disowned


def _own(low: str, start: int) -> bool:
    """Whether a stance is the author's own: not negated, not someone else's words."""
    return not _negated(low, start) and not reported(low, start)


def disparagement(
    low: str, work: str, score: Callable[[], float], leaving: bool = False
) -> Finding | None:
    """Return the post's disparagement of the employer, or None.

    Args:
        low: the lowercased cleaned post.
        work: ``low`` with the company's names blanked ("Orrery Pay" is not about pay).
        score: the post's sentiment score, computed on demand.
        leaving: the post signals a job search, or carries other news (a leak, a customer);
            its negative sentiment alone is then about that ("told my boss I'm leaving,
            scary"), not about the employer.
    """
    found = [m for m in H.DISPARAGE.finditer(low) if not _elsewhere(low, m.start())]
    if found:
        # Someone else's words, reported or rejected, are not the author's disparagement.
        m = next((d for d in found if not reported(low, d.start())), None)
        if m is None or H.DISAGREE.search(low):
            return None
        return Finding(P.EMPLOYEE_DISPARAGEMENT, P.HIGH, "hr.disparaging_phrase", *m.span())
    if H.DISAGREE.search(low):
        return None
    topics = _topics(work, low)
    if not topics:
        return None
    span = _stance(low, topics)
    if isinstance(span, tuple):
        return Finding(P.EMPLOYEE_DISPARAGEMENT, P.MEDIUM, "hr.workplace_complaint", *span)
    if m := W.SARCASM.search(low):
        return Finding(P.EMPLOYEE_DISPARAGEMENT, P.MEDIUM, "hr.sarcasm_about_work", *m.span())
    if (
        not leaving
        and not span
        and W.TOPIC_CORE.search(work)
        and looks_english(low)
        and not W.POSITIVE.search(low)
        and score() <= DISPARAGE_SENTIMENT
    ):
        return Finding(P.EMPLOYEE_DISPARAGEMENT, P.MEDIUM, "hr.negative_about_work", 0, len(low))
    return None


def disowned(low: str, work: str) -> bool:
    """Whether the post holds what makes the rules drop a complaint, wherever it is.

    Someone else's words ("people say management is clueless"), a rejection ("Disagree"), a
    negated stance ("not toxic at all") or a sentence about something else (sport, a game, a
    previous job). A learned score (``analysis.hr_model``) cannot tell these apart from the
    complaints they look like, so it is not asked about such posts.
    """
    if H.DISAGREE.search(low) or H.ELSEWHERE.search(low) or H.REPORTED.search(low):
        return True
    topics = _topics(work, low)
    return bool(topics) and _stance(low, topics) is True


def _search_signals(low: str) -> Iterator[tuple[re.Match[str], str, str, bool]]:
    """Job-search signals in order (strong first): match, severity, rule, and whether it is
    the author's own (not negated, reported, or about hiring, the press or a flat)."""
    for pattern, severity, rule in (
        (J.JOB_HUNT_STRONG, P.MEDIUM, "hr.job_search_public"),
        (J.JOB_HUNT_SOFT, P.LOW, "hr.job_search_hint"),
    ):
        for m in pattern.finditer(low):
            own = _own(low, m.start()) and not _about_others(low, m.start(), m.end())
            yield m, severity, rule, own


def job_search(low: str) -> Finding | None:
    """Return the post's job-search signal, or None.

    Args:
        low: the lowercased cleaned post.
    """
    if J.WE_ARE_HIRING.search(low):
        return None  # recruiting for the company is not looking for a job elsewhere
    for m, severity, rule, own in _search_signals(low):
        if own:
            return Finding(P.JOB_HUNTING_CATEGORY, severity, rule, *m.span())
    asking = J.ASKING_FOR_ME.search(low)  # "asking for a friend (the friend is me)"
    if asking and J.JOB_TALK.search(low) and _own(low, asking.start()):
        return Finding(P.JOB_HUNTING_CATEGORY, P.LOW, "hr.job_search_hint", *asking.span())
    return None


def _about_others(low: str, start: int, end: int) -> bool:
    """Whether the signal's sentence is about hiring someone, the press or a flat."""
    if J.NOT_A_SEARCH.search(low) is None:
        return False
    bounds = _sentence_bounds(low)
    i = bisect.bisect_right(bounds, start) - 1
    j = bisect.bisect_right(bounds, end) - 1
    return bool(J.NOT_A_SEARCH.search(low, bounds[i], bounds[min(j + 1, len(bounds) - 1)]))


def job_disowned(low: str) -> bool:
    """Whether the post holds a job-search signal the rules drop: negated ("not looking for a
    new job"), someone else's, or about hiring or a flat. The learned score is not asked then."""
    return any(not own for *_, own in _search_signals(low))
