"""Employees (identification, disparagement, job hunting), negative spin, hostile input."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.flags import MAX_FLAGS_PER_MENTION, Flag, detect_flags, is_employee
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from connectors.base import Mention

MentionFactory = Callable[..., Mention]
NEG = Sentiment("negative", -0.7)
NEUTRAL = Sentiment("neutral", 0.0)
POS = Sentiment("positive", 0.7)


def rules(flags: list[Flag]) -> list[tuple[str, str, str]]:
    return [(f.category, f.severity, f.rule) for f in flags]


@pytest.mark.parametrize(
    ("bio", "text", "handle"),
    [
        (None, "long week", "dana_at_harbor"),
        (None, "long week", "@MK_OPS_HL"),
        ("Senior PM @harborline | views my own", "long week", "x"),
        ("Product designer at Harborline Pay. Dog person.", "long week", "x"),
        ("works at Harborline", "long week", "x"),
        ("@harborline employee, opinions are my own", "long week", "x"),
        ("Payments nerd. Opinions my own. Harborline.", "long week", "x"),
        (None, "I work at Harborline and I'm tired", "x"),
        (None, "I'm a support agent at @harborline_help, AMA", "x"),
        (None, "my manager at Harborline said no again", "x"),
        (None, "As a Harborline employee I can't comment", "x"),
    ],
)
def test_employees_are_recognised(
    profile: Profile, mention: MentionFactory, bio: str | None, text: str, handle: str
) -> None:
    assert is_employee(mention(text, author_handle=handle, author_description=bio), profile)


@pytest.mark.parametrize(
    ("bio", "text", "handle"),
    [
        ("Angry Harborline customer since 2019", "Harborline lost my deposit", "x"),
        (None, "The manager at Harborline's branch was rude to me", "x"),
        (None, "I'm a customer at Harborline and the app is down", "x"),
        ("ex-Harborline engineer, now at Stripe", "long week", "x"),
        ("Previously PM @harborline", "long week", "x"),
        (None, "I used to work at Harborline, ask me anything", "x"),
        ("Engineer at Acme. Opinions my own.", "Harborline is down", "x"),
        ("Official account of Harborline", "We're hiring!", "harborline"),
        (None, "I work at Harborline Ferries as a deckhand", "x"),
    ],
)
def test_non_employees(
    profile: Profile, mention: MentionFactory, bio: str | None, text: str, handle: str
) -> None:
    assert not is_employee(mention(text, author_handle=handle, author_description=bio), profile)


EMPLOYEE = {"author_description": "Ops lead at Harborline", "author_handle": "someone_hl"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Upper management is clueless, third reorg this year",
            ("employee_disparagement", "high", "hr.disparaging_phrase"),
        ),
        (
            "honestly the worst place I've ever worked",
            ("employee_disparagement", "high", "hr.disparaging_phrase"),
        ),
        ("I hate my job so much", ("employee_disparagement", "high", "hr.disparaging_phrase")),
        (
            "my boss is an idiot and the office is a zoo",
            ("employee_disparagement", "high", "hr.disparaging_phrase"),
        ),
        (
            "#OpenToWork after 4 years in payments ops",
            ("job_hunting", "medium", "hr.job_search_public"),
        ),
        (
            "Looking for a new role in fintech, hiring managers DM me",
            ("job_hunting", "medium", "hr.job_search_public"),
        ),
        (
            "been interviewing elsewhere, fingers crossed",
            ("job_hunting", "medium", "hr.job_search_public"),
        ),
        ("updating my resume this weekend", ("job_hunting", "low", "hr.job_search_hint")),
    ],
)
def test_employee_hr_rules(
    profile: Profile, mention: MentionFactory, text: str, expected: tuple[str, str, str]
) -> None:
    flags = detect_flags(mention(text, **EMPLOYEE), profile, NEUTRAL)
    assert rules(flags) == [expected]
    policy = "derogatory_comments" if expected[0] == "employee_disparagement" else "job_hunting"
    assert flags[0].policy == policy


def test_employee_negative_about_work_needs_strong_sentiment(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "another pointless all-hands, this company never learns"
    strong = detect_flags(mention(text, **EMPLOYEE), profile, Sentiment("negative", -0.6))
    mild = detect_flags(mention(text, **EMPLOYEE), profile, Sentiment("negative", -0.1))
    assert rules(strong) == [("employee_disparagement", "medium", "hr.negative_about_work")]
    # The rules need a strong score; the learned second opinion (``hr_model``) reads the words.
    assert [r for r in rules(mild) if not r[2].startswith("hr.model_")] == []


@pytest.mark.parametrize(
    "text",
    [
        "We're hiring! DM me if you're looking for a new role on my team",
        "Proud of what the team shipped this quarter, love working here",
        "Management offsite was actually fun",
    ],
)
def test_employee_hard_negatives(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert detect_flags(mention(text, **EMPLOYEE), profile, POS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Management is clueless at Harborline, worst bank I've used",  # a customer's anger
        "Looking for a new bank, Harborline is awful",
        "#OpenToWork — anyone know if Harborline is hiring?",
    ],
)
def test_customers_do_not_get_hr_flags(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    flags = detect_flags(mention(text), profile, NEG)
    assert not {f.category for f in flags} & {"employee_disparagement", "job_hunting"}


def test_negative_spin_needs_reach_or_framing(profile: Profile, mention: MentionFactory) -> None:
    text = "Harborline froze my account again, unbelievable"
    small = mention(text, author_followers=80)
    big = mention(text, author_followers=25_000)
    viral = mention(text, author_followers=80, likes=150, reposts=60)
    assert detect_flags(small, profile, NEG) == []
    for post in (big, viral):
        flags = detect_flags(post, profile, NEG)
        assert rules(flags) == [("negative_spin", "medium", "spin.reach")]
        assert flags[0].policy == "public_reputation"


def test_negative_spin_framing(profile: Profile, mention: MentionFactory) -> None:
    text = "Harborline is a SCAM, they stole $400 from me. #boycottharborline"
    small = detect_flags(mention(text, author_followers=80), profile, NEG)
    big = detect_flags(mention(text, author_followers=50_000), profile, NEG)
    assert rules(small) == [("negative_spin", "low", "spin.framing")]
    assert rules(big) == [("negative_spin", "high", "spin.reach_and_framing")]


@pytest.mark.parametrize(
    "text",
    [
        "billed me for a card I never ordered. #harborlinescam",  # the name and the framing glued
        "still charged three months later #HarborlinePayFraud",
    ],
)
def test_negative_spin_in_a_hashtag_that_joins_name_and_framing(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert rules(detect_flags(mention(text), profile, NEUTRAL)) == [
        ("negative_spin", "low", "spin.framing")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Harborline är ett bedrägeri, deras kort fungerar inte",  # Swedish
        "Harborline dolandırıcılık yapıyor, paramı iade etmediler",  # Turkish
        "Burla total a Harborline. Não usem.",  # Portuguese
        "Harborline treats its staff like disposable parts. Delete the app.",
        "Fraude! A Harborline vende cartões usados como novos.",  # cried out, then the company
    ],
)
def test_framing_in_more_languages(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert rules(detect_flags(mention(text), profile, NEUTRAL)) == [
        ("negative_spin", "low", "spin.framing")
    ]


def test_a_hashtag_with_framing_but_another_name_is_not_spin(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "Harborline froze a fraudster's card today, well done #stopscammers"
    assert detect_flags(mention(text), profile, POS) == []


def test_impostors_named_in_quotes_are_not_spin(profile: Profile, mention: MentionFactory) -> None:
    text = "The people cold-calling as 'Harborline advisors' are scammers. Don't let them in."
    assert detect_flags(mention(text, author_followers=50_000), profile, NEG) == []


def test_an_employee_running_the_company_down_with_reach_is_spin(
    profile: Profile, mention: MentionFactory
) -> None:
    bio = "Field ops lead @ Harborline. 25k of you follow me somehow."
    text = "Harborline leadership genuinely couldn't run a bath. Three reorgs in 18 months."
    big = detect_flags(mention(text, author_description=bio, author_followers=25_000), profile)
    small = detect_flags(mention(text, author_description=bio, author_followers=300), profile)
    assert "employee_disparagement" in {f.category for f in small}
    assert "negative_spin" not in {f.category for f in small}
    assert "negative_spin" in {f.category for f in big}


def test_negative_spin_on_reddit_uses_score(profile: Profile, mention: MentionFactory) -> None:
    post = mention(
        "Harborline support has been useless for a month",
        platform="reddit",
        kind="comment",
        author_followers=None,
        score=450,
        community="fintech",
    )
    assert rules(detect_flags(post, profile, NEG)) == [("negative_spin", "medium", "spin.reach")]


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("Not a scam: Harborline refunded me in 10 minutes, love it", POS),
        ("Harborline helped me report a scam call, great team", POS),
        # Lexicon scorers read this as negative ("fraud", "scam"); a correct label clears it.
        ("Harborline's fraud team caught a scam charge before I noticed. Thank you!", POS),
        ("Harborline explains how to spot scam texts, super helpful", None),
        ("Class action against another bank; glad I'm with Harborline", POS),
        ("What a scam this weather is. Anyway.", NEG),  # not about the company
    ],
)
def test_spin_hard_negatives(
    profile: Profile, mention: MentionFactory, text: str, sentiment: Sentiment | None
) -> None:
    post = mention(text, author_followers=50_000)
    assert detect_flags(post, profile, sentiment) == []


def test_sentiment_is_computed_on_demand(profile: Profile, mention: MentionFactory) -> None:
    post = mention("Harborline is a terrible, awful scam. Avoid.", author_followers=50_000)
    assert rules(detect_flags(post, profile)) == [
        ("negative_spin", "high", "spin.reach_and_framing")
    ]


def test_company_name_is_not_negative_by_itself(profile: Profile, mention: MentionFactory) -> None:
    # VADER reads "pay" as negative; on-demand sentiment neutralizes the company's names.
    post = mention("Harborline Pay is now on Android", author_followers=50_000)
    assert detect_flags(post, profile) == []


def test_hostile_text_does_not_crash(profile: Profile, mention: MentionFactory) -> None:
    texts = [
        "Harborline " + "a" * 1_000_000,
        "<div>" * 50_000 + "Bluefin at Harborline",
        "Ｈａｒｂｏｒｌｉｎｅ Ｂｌｕｅｆｉｎ \u202e\u200b\u2066 \x00\x1b[31m",
        "Harborline " + "1 " * 100_000,
        "Harborline " + "4111-" * 20_000,
        "Harborline " + "@" * 50_000 + ".com",
        "Harborline " + "-----BEGIN PRIVATE KEY-----" * 1_000,
        "Harborline bad \ud800 surrogate",
        "🙂" * 100_000,
    ]
    for text in texts:
        flags = detect_flags(mention(text, author_followers=50_000), profile)
        assert len(flags) <= MAX_FLAGS_PER_MENTION
        assert all(len(f.evidence) <= 200 for f in flags)


def test_many_secrets_are_capped_most_severe_first(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "Harborline leak: " + " ".join(f"user{i}@gmail.com" for i in range(200))
    text += " 4111 1111 1111 1111"
    flags = detect_flags(mention(text), profile, NEUTRAL)
    assert len(flags) == MAX_FLAGS_PER_MENTION
    assert flags[-1].rule == "pii.card_number"  # the critical one survives the cap


@pytest.mark.parametrize(
    ("bio", "employee"),
    [
        ("Excited to work at Harborline!", True),  # "ex" in "excited" is not "ex-"
        ("Opinions my own. Ex-Harborline.", False),
        ("Opinions my own. Formerly Acme, now Harborline.", True),
    ],
)
def test_former_markers_are_read_per_clause(
    profile: Profile, mention: MentionFactory, bio: str, employee: bool
) -> None:
    assert is_employee(mention("long week", author_description=bio), profile) is employee
