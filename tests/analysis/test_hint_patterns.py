"""Hint searches: the cheap checks that let ordinary text skip the costly detectors.

A hint search must never miss: when it finds nothing, the detector behind it could not have
found anything either.
"""

from __future__ import annotations

import random
import re

from analysis import credentials as C
from analysis import masking as M
from analysis import personal as P


def test_every_credential_hint_is_found_by_its_group_search() -> None:
    for table, on_lower, on_text in (
        (C._ALWAYS_HINTS, C._ALWAYS_ON_LOWER, C._ALWAYS_ON_TEXT),
        (C._TOKEN_HINTS, C._TOKEN_ON_LOWER, C._TOKEN_ON_TEXT),
    ):
        for hint, lower, _ in table:
            assert (on_lower if lower else on_text).search(f"x {hint} y"), hint


def test_a_group_without_hints_finds_nothing() -> None:
    assert not any(lower for _, lower, _ in C._TOKEN_HINTS)
    assert C._TOKEN_ON_LOWER.search("anything at all") is None


def test_the_group_searches_agree_with_testing_every_hint() -> None:
    rng = random.Random(5)
    hints = [h for table in (C._ALWAYS_HINTS, C._TOKEN_HINTS) for h, _, _ in table]
    words = ["the", "app", "is", "down", "ok", "Pass", "PW", "sk", "gh", "_", "-", ":", "."]
    for _ in range(3000):
        parts = rng.choices(words, k=rng.randint(1, 8))
        if rng.random() < 0.5:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(hints))
        text = rng.choice([" ", ""]).join(parts)
        low = text.lower()
        for table, on_lower, on_text in (
            (C._ALWAYS_HINTS, C._ALWAYS_ON_LOWER, C._ALWAYS_ON_TEXT),
            (C._TOKEN_HINTS, C._TOKEN_ON_LOWER, C._TOKEN_ON_TEXT),
        ):
            expected = any(h in (low if lower else text) for h, lower, _ in table)
            assert bool(on_lower.search(low) or on_text.search(text)) == expected, text


def test_text_without_any_hint_has_no_credential() -> None:
    assert C.find_credentials("Harborline support sorted my refund in 5 minutes, thanks!") == []


def test_the_email_hint_lets_every_email_through_and_handles_not() -> None:
    for text in ("mail jane.doe@example.com", "a_b@x-y.co.uk", "9é@ex.de", "(x@ex.com)"):
        assert M._EMAIL.search(text) and M._EMAIL_HINT.search(text), text
    for text in ("@harborline help!", "thanks @a_b and @c", "me @ example.com"):
        assert not M._EMAIL_HINT.search(text), text


def _sample(word: str) -> str:
    """A text one health-word regex matches: ``tumou?rs?`` -> ``tumours``."""
    text = word.replace(r"\w*", "").replace(r"\s+", " ").replace("(?:ly)?", "ly")
    text = re.sub(r"\(\?:([^|)]*)[^)]*\)", r"\1", text)  # "(?:his|her)" -> "his"
    return re.sub(r"(.)\?", r"\1", text)


def test_the_health_gate_lets_every_health_word_through() -> None:
    words = P._HEALTH_WORDS.split()
    assert len(words) > 80
    for word in words:
        low = f"… {_sample(word)} and more …"
        assert P._HEALTH.search(low), word
        assert P._HEALTH_GATE.maybe(low), word
    for compound in ("brustkrebs", "hirntumor"):
        assert P._HEALTH.search(compound) and P._HEALTH_GATE.maybe(compound)
    assert not P._HEALTH_GATE.maybe("the card works great, thanks for the quick refund")
