from __future__ import annotations

import pytest

from analysis import sentiment
from analysis.sentiment import (
    SCORER_VERSION,
    SCORERS,
    Sentiment,
    label_for,
    score_text,
    score_texts,
    scorer_version,
)


@pytest.mark.parametrize("scorer", SCORERS)
def test_clear_cases_get_the_right_label(scorer: str) -> None:
    texts = [
        "Love the new @harborline card, checkout is super smooth! 😍",
        "Harborline Pay froze my account for a week and support is useless. Terrible.",
        "Harborline opened an office in Denver today",
    ]
    labels = [s.label for s in score_texts(texts, scorer)]
    assert labels[0] == "positive"
    assert labels[1] == "negative"
    assert labels[2] == "neutral"


def test_scores_are_bounded_and_deterministic() -> None:
    texts = ["GREAT!!! 😍😍😍 best best best ever"] * 3 + ["worst scam ever 😡😡😡!!!"] * 3
    first = score_texts(texts)
    assert first == score_texts(texts)
    assert all(-1.0 <= s.score <= 1.0 for s in first)
    assert first[0].label == "positive" and first[-1].label == "negative"


def test_empty_and_whitespace_are_neutral_zero() -> None:
    assert score_texts(["", "   ", "\u200b\u200b", "<p></p>"]) == [Sentiment("neutral", 0.0)] * 4
    assert score_texts([]) == []


@pytest.mark.parametrize("scorer", ["default", "vader"])
def test_emoji_carry_sentiment(scorer: str) -> None:
    # VADER reads emoji through their names ("angry face", "crying face"); the model has
    # their valences in its lexicon; TextBlob can't.
    assert score_text("@harborline 😠😠", scorer).label == "negative"
    assert score_text("@harborline 😢", scorer).label == "negative"
    assert score_text("@harborline 😍", scorer).label == "positive"


def test_model_reads_emoji_as_emoticons() -> None:
    # The training tweets have no emoji: the model reads one of known valence as ":)"/":(".
    assert score_text("@harborline ❤️") == score_text("@harborline :)")
    assert score_text("so slow again 😠") == score_text("so slow again :(")
    for text in ("❤️", "😍", "@harborline ❤️ ❤️", "thanks @harborline 🙂"):
        assert score_text(text).label == "positive", text
    assert score_text("@harborline 😞").label == "negative"


@pytest.mark.parametrize("scorer", SCORERS)
def test_neutral_terms_stop_names_from_carrying_sentiment(scorer: str) -> None:
    # VADER's lexicon has "pay" as negative: the company's own name must not count.
    text = "Harborline Pay is now on Android"
    if scorer == "vader":
        assert score_text(text, scorer).label == "negative"
    names = ["Harborline", "harborline pay"]
    assert score_text(text, scorer, neutral_terms=names).label == "neutral"
    assert score_text("HARBORLINE  PAY is awful", scorer, neutral_terms=names).label == ("negative")


@pytest.mark.parametrize("scorer", SCORERS)
def test_handles_and_urls_do_not_carry_sentiment(scorer: str) -> None:
    # "@hate_mondays" and a URL full of words are not opinions about anything.
    plain = score_text("Harborline opened a branch downtown", scorer)
    noisy = score_text(
        "@hate_mondays Harborline opened a branch downtown https://ex.com/awful-terrible-worst",
        scorer,
    )
    other = score_text(
        "@love_fridays Harborline opened a branch downtown https://ex.com/great-best-ever",
        scorer,
    )
    assert noisy == other
    assert noisy.label == plain.label == "neutral"
    if scorer != "default":  # the model may learn that link posts lean neutral (news)
        assert noisy == plain


def test_hashtag_words_count() -> None:
    assert score_text("Harborline #scam #fail").label == "negative"


def test_hostile_text_does_not_crash_and_is_cut() -> None:
    huge = "terrible " * 200_000  # 1.8 MB
    html = "<script>alert('great')</script><b>awful</b> service &amp; rude staff"
    odd = "Ｈａｒｂｏｒｌｉｎｅ ｉｓ ｇｒｅａｔ \u202eevil\u202c \x00\x07 𝕘𝕠𝕠𝕕"
    lone_surrogate = "bad \ud800 service"  # json.loads lets these through
    results = score_texts([huge, html, odd, "🙂" * 10_000, lone_surrogate])
    assert results[0].label == "negative"
    assert results[1].label == "negative"  # the script's "great" is dropped with the tag
    assert results[2].label == "positive"  # fullwidth letters are NFKC-normalized
    assert all(isinstance(r.score, float) for r in results)


def test_zero_width_characters_do_not_hide_words() -> None:
    assert score_text("ter\u200brible ser\u200dvice").label == score_text("terrible service").label


def test_model_scores_agree_with_labels() -> None:
    texts = [
        "The app is good but the fees are bad",
        "worst airline ever, lost my bag again",
        "thanks for the quick refund, great service!",
        "Flight 123 departs from gate 4 at noon",
    ]
    for s in score_texts(texts):
        assert -1.0 <= s.score <= 1.0
        if s.label == "negative":
            assert s.score < 0
        if s.label == "positive":
            assert s.score > 0


def test_versions_and_unknown_scorer() -> None:
    assert scorer_version() == SCORER_VERSION == scorer_version("default")
    assert SCORER_VERSION.startswith("default-") and len(SCORER_VERSION) == len("default-") + 10
    assert len({scorer_version(s) for s in SCORERS}) == len(SCORERS)
    for bad in ("bert", "company:", "Default"):
        with pytest.raises(ValueError, match="unknown scorer"):
            score_texts(["x"], bad)
        with pytest.raises(ValueError, match="unknown scorer"):
            scorer_version(bad)
    with pytest.raises(ValueError, match="no such model file"):
        score_texts(["x"], "company:/nonexistent/model.npz")


def test_lexicon_scorers_keep_their_thresholds() -> None:
    for scorer in ("vader", "textblob"):
        for s in score_texts(["great", "terrible", "a table"], scorer):
            assert s.label == label_for(s.score)


@pytest.mark.parametrize(
    ("score", "label"),
    [(0.05, "positive"), (0.049, "neutral"), (-0.049, "neutral"), (-0.05, "negative")],
)
def test_thresholds(score: float, label: str) -> None:
    assert label_for(score) == label


def test_analyzers_are_built_once() -> None:
    score_texts(["warm up"], "vader")
    score_texts(["warm up"], "textblob")
    assert sentiment._vader() is sentiment._vader()
    assert sentiment._textblob() is sentiment._textblob()
