"""Leaks: personal data, credentials, confidential terms, customers; exclusions; official posts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.flags import RULES_VERSION, Flag, detect_flags, is_excluded
from analysis.policy import CATEGORIES, POLICY_TOPICS, SEVERITIES
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from analysis.text import clean_text
from connectors.base import Mention

MentionFactory = Callable[..., Mention]
EMPLOYEE_BIO = "Backend engineer at Harborline. Opinions my own."
NEUTRAL = Sentiment("neutral", 0.0)


def rules(flags: list[Flag]) -> list[tuple[str, str, str]]:
    return [(f.category, f.severity, f.rule) for f in flags]


def assert_well_formed(flags: list[Flag], text: str) -> None:
    cleaned = clean_text(text)
    for f in flags:
        assert f.category in CATEGORIES and f.severity in SEVERITIES
        assert f.policy in POLICY_TOPICS
        assert 0 <= f.start < f.end <= len(cleaned)
        assert 0 < len(f.evidence) <= 200


def test_rules_version_is_set() -> None:
    assert RULES_VERSION.startswith("rules-v")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "@harborline_help you charged my card 4111 1111 1111 1111 twice!!",
            ("personal_data", "critical", "pii.card_number"),
        ),
        (
            "@harborline my SSN is 219-45-6789, why is the form rejecting it",
            ("personal_data", "critical", "pii.ssn"),
        ),
        (
            "Harborline refund went to DE89 3704 0044 0532 0130 00 instead??",
            ("personal_data", "critical", "pii.iban"),
        ),
        (
            "@harborline_help DM isn't working, reach me at jane.doe@gmail.com",
            ("personal_data", "high", "pii.email"),
        ),
        (
            "@harborline_help call me back at (415) 555-2671 please",
            ("personal_data", "high", "pii.phone"),
        ),
        (
            "lol someone at harborline pushed AKIAIOSFODNN7EXAMPLE to a public gist",
            ("credential", "critical", "cred.aws_access_key"),
        ),
        (
            "harborline staging creds in the screenshot: password: Tid3water!",
            ("credential", "critical", "cred.password"),
        ),
    ],
)
def test_personal_data_and_credentials(
    profile: Profile, mention: MentionFactory, text: str, expected: tuple[str, str, str]
) -> None:
    flags = detect_flags(mention(text), profile, NEUTRAL)
    assert rules(flags) == [expected]
    assert_well_formed(flags, text)
    assert flags[0].policy in ("privacy_health_finance", "confidential_information")


def test_evidence_is_masked_with_context(profile: Profile, mention: MentionFactory) -> None:
    text = "@harborline_help you charged my card 4111 1111 1111 1111 twice!!"
    [flag] = detect_flags(mention(text), profile, NEUTRAL)
    assert "4111 **** **** 1111" in flag.evidence
    assert "1111 1111 1111 1111" not in flag.evidence
    assert "charged my card" in flag.evidence
    assert clean_text(text)[flag.start : flag.end] == "4111 1111 1111 1111"


def test_company_public_phone_and_toll_free_are_not_personal_data(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "Questions? Call Harborline at +1 800 555 0199 or 1-888-555-0123, 24/7."
    assert detect_flags(mention(text), profile, NEUTRAL) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harborline charged 4111 1111 1111 1112 twice",  # Luhn-invalid
        "my Harborline case number is 666-12-3456",  # invalid SSN area
        "Harborline branch code 900-12-3456",  # invalid SSN area
        "forgot my password: reset link from Harborline never came",
        "Harborline support@harborline.example never answers",
    ],
)
def test_pii_hard_negatives(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert detect_flags(mention(text), profile, NEUTRAL) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Heard Harborline's Bluefin launches in June", "leak.code_name"),
        ("harborline insiders say B.l.u.e.f.i.n is delayed", "leak.code_name"),
        ("harborline + BLU3F1N = 🔥", "leak.code_name"),
        ("#ProjectBluefin at @harborline looks wild", "leak.code_name"),
        ("Harborline's blue-fin card leaked on reddit", "leak.code_name"),
        ("Project Tidewater is Harborline's new lending thing", "leak.code_name"),
        ("Harborline Q4 layoffs list is going around", "leak.confidential_term"),
        ("Harborline's acquisition of Ledgerly closes Friday", "leak.confidential_term"),
        ("saw the Harborline internal roadmap slides, wow", "leak.confidential_term"),
        ("Harborline Blue\u200bfin beta is out", "leak.code_name"),
    ],
)
def test_confidential_terms_by_outsiders(
    profile: Profile, mention: MentionFactory, text: str, rule: str
) -> None:
    flags = detect_flags(mention(text), profile, NEUTRAL)
    assert rules(flags) == [("confidential_leak", "high", rule)]
    assert flags[0].policy == "confidential_information"
    assert_well_formed(flags, text)


def test_confidential_severity_depends_on_author_and_context(
    profile: Profile, mention: MentionFactory
) -> None:
    by_employee = mention("Can't wait for Bluefin to ship!", author_description=EMPLOYEE_BIO)
    no_company = mention("Project Tidewater slipped to Q3, ouch", community="fintech_news")
    assert rules(detect_flags(by_employee, profile, NEUTRAL)) == [
        ("confidential_leak", "critical", "leak.code_name")
    ]
    assert rules(detect_flags(no_company, profile, NEUTRAL)) == [
        ("confidential_leak", "medium", "leak.code_name")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "bluefin tuna season opens next week",  # a code name that is an ordinary word
        "Harborline sponsors the bluefin tuna festival, nice",  # same, next to the company
        "Caught a bluefin off the Harborline pier today 🎣",
    ],
)
def test_single_word_code_names_in_their_ordinary_sense(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert detect_flags(mention(text, community="fishing"), profile, NEUTRAL) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Harborline internal memo: 200 jobs cut in March. Not public yet.",
            "leak.internal_source",
        ),
        ("Harborline revenue before the earnings call: down 12%", "leak.internal_source"),
        ("Harborline streicht laut interner Mail 40 Stellen", "leak.internal_source"),
        ("Harborline had a data breach in May and never disclosed it", "leak.undisclosed_incident"),
    ],
)
def test_leak_language_without_a_profile_term(
    profile: Profile, mention: MentionFactory, text: str, rule: str
) -> None:
    assert rules(detect_flags(mention(text), profile, NEUTRAL)) == [
        ("confidential_leak", "high", rule)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Harborline's blue finance app is cute",  # "blue fin" runs on into a word
        "Harborline has the best bluefins logo",
        "I love Harborline's roadmap for the app that they published",
        "Harborline Q3 results are out",
    ],
)
def test_confidential_hard_negatives(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert detect_flags(mention(text), profile, NEUTRAL) == []


def test_customer_named_by_employee(profile: Profile, mention: MentionFactory) -> None:
    post = mention("Long day onsite with Copperfield Bank, great people", author_handle="mk_ops_hl")
    flags = detect_flags(post, profile, NEUTRAL)
    assert rules(flags) == [("customer_disclosure", "high", "customer.named_by_employee")]
    assert flags[0].policy == "client_identification"


def test_customer_next_to_deal_terms(profile: Profile, mention: MentionFactory) -> None:
    text = "Word is Metro Health Partners signed a 3-year contract with Harborline for $4M"
    flags = detect_flags(mention(text), profile, NEUTRAL)
    assert rules(flags) == [("customer_disclosure", "medium", "customer.deal_terms")]


def test_customer_complaint_is_not_a_disclosure(profile: Profile, mention: MentionFactory) -> None:
    text = "Greenleaf Grocers checkout uses Harborline and it was down again today"
    assert detect_flags(mention(text), profile, NEUTRAL) == []


def test_official_account_may_name_customers_and_launches(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "Welcome Greenleaf Grocers to Harborline Pay! Bluefin is live for everyone today."
    post = mention(text, author_handle="harborline", author_followers=250_000, likes=900)
    assert detect_flags(post, profile, Sentiment("positive", 0.8)) == []


def test_official_account_still_gets_pii_flags(profile: Profile, mention: MentionFactory) -> None:
    text = "@jdoe we called you at (415) 555-2671, please confirm"
    post = mention(text, author_handle="harborline_help")
    assert rules(detect_flags(post, profile, NEUTRAL)) == [("personal_data", "high", "pii.phone")]


@pytest.mark.parametrize(
    "text",
    [
        "Harborline Ferries cancelled the 6pm boat, total scam, my card 4111 1111 1111 1111",
        "harborline ferry to Bluefin island is lovely",
        "HARBORLINE MARINA closed for the Q4 layoffs party",
    ],
)
def test_unrelated_same_name_company_suppresses_everything(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert is_excluded(text, profile)
    post = mention(text, author_followers=90_000, author_description=EMPLOYEE_BIO)
    assert detect_flags(post, profile, Sentiment("negative", -0.9)) == []


def test_exclusion_does_not_hide_a_real_mention(profile: Profile) -> None:
    text = "Took the Harborline Ferries over, then pitched Bluefin at Harborline Pay HQ"
    assert not is_excluded(text, profile)
    assert not is_excluded("Harborline is great", profile)


def test_empty_text(profile: Profile, mention: MentionFactory) -> None:
    assert detect_flags(mention(""), profile) == []
    assert detect_flags(mention("\u200b<br>"), profile) == []
