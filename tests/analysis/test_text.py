from __future__ import annotations

import pytest

from analysis.text import (
    MAX_TEXT_CHARS,
    TermMatcher,
    clean_text,
    fold,
    lower_keep_offsets,
    social_preprocess,
)


def test_clean_text_strips_invisible_html_and_controls() -> None:
    raw = "<p>Blue\u200bfin</p><br/>launch &amp; more\x00 <script>var x='Bluefin'</script>\u202e!"
    assert clean_text(raw) == " Bluefin  launch & more  !"


def test_clean_text_normalizes_unicode_and_cuts() -> None:
    assert clean_text("ＡＫＩＡ") == "AKIA"  # fullwidth letters
    assert clean_text("x" * (MAX_TEXT_CHARS + 10)) == "x" * MAX_TEXT_CHARS
    assert clean_text("abcdef", max_chars=3) == "abc"
    assert len(clean_text("y" * 300_000, max_chars=None)) == 300_000
    assert clean_text(None) == ""


def test_escaped_markup_stays_text() -> None:
    # X sends "&lt;b&gt;" for a literal "<b>" typed by the user: it is text, not a tag.
    assert clean_text("a &lt;b&gt; c") == "a <b> c"


def test_fold_maps_leet_homoglyphs_and_separators() -> None:
    assert fold("B.l.u.e.f.i.n") == fold("BLU3F1N") == fold("blue-fin") == fold("bluefin")
    assert fold("Вluеfin") == fold("bluefin")  # Cyrillic В and е
    assert fold("$0ME 7E$7") == "sometest"


def test_lower_keep_offsets_never_changes_length() -> None:
    text = "İstanbul HARBORLINE"
    low = lower_keep_offsets(text)
    assert len(low) == len(text)
    assert low.endswith("harborline")


@pytest.mark.parametrize(
    "text",
    [
        "Bluefin ships next week",
        "bluefin",
        "B.l.u.e.f.i.n",
        "blue-fin",
        "blue fin",
        "BLU3F1N",
        "b1uef1n",
        "Blue\u200bfin",  # after clean_text the zero-width space is gone
        "#ProjectBluefin",
        "#projectbluefin",
        "ProjectBluefin",
        "Вluefin",
        "the bluefin's launch",
        "B̷l̷u̷e̷f̷i̷n̷",  # combining strokes (Zalgo)
    ],
)
def test_term_matcher_sees_through_obfuscation(text: str) -> None:
    matcher = TermMatcher(["Bluefin"])
    hits = matcher.find(clean_text(text))
    assert len(hits) == 1, text
    assert hits[0].term == "Bluefin"


@pytest.mark.parametrize(
    "text",
    ["bluefins are fast", "Bluefinance", "xbluefin", "blue and fin", "b l u e   f   i   n"],
)
def test_term_matcher_respects_word_boundaries(text: str) -> None:
    assert TermMatcher(["Bluefin"]).find(text) == []


def test_term_matcher_multi_word_terms_and_spans() -> None:
    matcher = TermMatcher(["Project Tidewater", "Q4 layoffs"])
    text = "Heard about project-tidewater and the Q4  layoffs? #ProjectTidewater"
    hits = matcher.find(text)
    assert [text[h.start : h.end] for h in hits] == [
        "project-tidewater",
        "Q4  layoffs",
        "ProjectTidewater",
    ]


def test_term_matcher_empty_and_duplicates() -> None:
    assert not TermMatcher([])
    assert TermMatcher([]).find("anything") == []
    matcher = TermMatcher(["Bluefin", "BLUEFIN", "  "])
    assert len(matcher.find("bluefin")) == 1


def test_social_preprocess() -> None:
    out = social_preprocess("@bob_hates_all see https://t.co/abc #scam 😡")
    assert "bob" not in out and "t.co" not in out
    assert "scam" in out and "#" not in out and "😡" in out
