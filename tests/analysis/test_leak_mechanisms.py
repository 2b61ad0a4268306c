"""Leaks and customer disclosures that name no profile term: the combined mechanisms.

Internal source, not-yet-public and material content combine into a leak; an incident needs
its concealment; a customer with deal terms counts when told from the company's side.
Hard negatives for each: announced news, outsiders guessing, customers' own posts.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from analysis import leak_lexicon as X
from analysis import leaks as LK
from analysis import material_lexicon as M
from analysis.affiliation import Affiliation
from analysis.cjk import CjkTerms
from analysis.customers import short_name
from analysis.flags import _lower, _rules, detect_flags
from analysis.gate import KeywordGate, _keys
from analysis.lexicon import compile_words
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from analysis.text import clean_text
from connectors.base import Mention
from flows.flag_eval import FLAG_SETS

MentionFactory = Callable[..., Mention]
NEUTRAL = Sentiment("neutral", 0.0)


def categories(profile: Profile, post: Mention) -> set[str]:
    return {f.category for f in detect_flags(post, profile, NEUTRAL)}


def rules_of(profile: Profile, post: Mention, category: str) -> list[str]:
    return [f.rule for f in detect_flags(post, profile, NEUTRAL) if f.category == category]


# --- leaks without a profile term ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # someone in charge briefing staff, and material content
        "Harborline's CFO told the whole floor that card fees go up 12% in April",
        "the pricing team presented it Tuesday: Harborline's transfer fee goes to $3.49",
        "Harborline leadership broke it to managers on a call: 90 support jobs move to Manila",
        # internal documents and meetings
        "Heard at the Harborline sales kickoff: they want to drop prices 30% next year",
        "screenshot from Harborline's exec slack: 'cut 15% of opex before the audit'",
        "Harborline's Q3 loss is $18M per the internal P&L I saw",
        # not public yet, with material content
        "Harborline closes the Austin office in March, 120 jobs. press release is weeks away",
        "Harborline card fees +9% from May, customers haven't been told",
        # eight other languages
        "Harborline schließt das Büro in Köln, wurde im Teammeeting gesagt. Öffentlich weiß das"
        " noch keiner.",
        "Harborline cierra la oficina de Sevilla en marzo, nos lo dijo el jefe de zona. Todavía"
        " no es público",
        "A Harborline vai fechar o escritório do Porto, o nosso diretor contou-nos. Ainda não"
        " saiu nada oficial",
        "Harborline ferme l'agence de Lille, annoncé en réunion de service. Rien d'officiel"
        " avant mars",
        "Harborline alza le commissioni al 2%, l'abbiamo saputo in una call interna. Per ora"
        " silenzio",
        "Harborline stopt in Rotterdam, dat hoorden we op de teamvergadering. Nog niks naar buiten",
        "Harborline zamyka biuro w Gdańsku, szefowa powiedziała nam dziś. Nikt spoza firmy"
        " jeszcze nie wie",
        "ハーバーライン(Harborline)、来月手数料を値上げするって社内で聞いた。まだ公表前",
    ],
)
def test_internal_source_or_not_yet_public_with_material(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert rules_of(profile, mention(text), "confidential_leak") in (
        ["leak.internal_source"],
        ["leak.not_yet_public"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Harborline's ledger went down for 6 hours, the official line was 'provider issue'",
        "a misconfigured bucket exposed Harborline KYC selfies for a day. no customer email went"
        " out",
        "Harborline billing double-charged 8,000 users and they're refunding without explaining"
        " why",
        "the Harborline outage wasn't a 'third-party issue' like the status page said",
    ],
)
def test_undisclosed_incident(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert rules_of(profile, mention(text), "confidential_leak") == ["leak.undisclosed_incident"]


def test_all_three_kinds_count_without_the_company_named(
    profile: Profile, mention: MentionFactory
) -> None:
    text = (
        "Town hall today: revenue down 6% and a hiring freeze. Investors hear about it on the 14th"
    )
    flags = detect_flags(mention(text), profile, NEUTRAL)
    assert [(f.category, f.severity) for f in flags] == [("confidential_leak", "medium")]
    two_kinds = "Town hall today: revenue down 6% and a hiring freeze, wild"
    assert "confidential_leak" not in categories(profile, mention(two_kinds))


@pytest.mark.parametrize(
    "text",
    [
        "Harborline announced today that card fees go up 12% in April",
        "Harborline confirmed in a statement it will close the Austin office, 120 jobs",
        "I bet Harborline raises card fees next year, everyone does",
        "Is Harborline closing the Austin office? it looked empty today",
        "Harborline raised my card fee to $5 and didn't tell me",
        "Harborline had an outage this morning, the status page had updates every 20 minutes",
        "Harborline's internal transfer between my own accounts took 2 seconds",
        "our intern opened a Harborline account for the office, 0 fees so far",
        "Harborline's CEO said in a podcast interview they'll be profitable in 2025",
    ],
)
def test_public_news_guesses_and_complaints_are_not_leaks(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert "confidential_leak" not in categories(profile, mention(text))


def test_an_outsiders_own_meeting_is_not_the_companys(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "our team meeting was about moving payroll to Harborline, $4 a payout looks fine"
    post = mention(text, author_description="office manager at a dental clinic")
    assert "confidential_leak" not in categories(profile, post)


def test_bare_name_of_a_project_code_name(profile: Profile, mention: MentionFactory) -> None:
    assert rules_of(profile, mention("T1dewater beta builds are out"), "confidential_leak") == [
        "leak.code_name"
    ]
    kid = mention("my kid named her robotics build 'Project Tidewater', it glows")
    assert "confidential_leak" not in categories(profile, kid)


def test_code_name_glued_to_japanese(profile: Profile, mention: MentionFactory) -> None:
    text = "ハーバーラインの社内プロジェクト「Bluefin」は来月リリース予定。まだ非公開"
    assert "leak.code_name" in rules_of(profile, mention(text), "confidential_leak")


def test_a_password_that_spells_a_code_name_is_the_credential(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "harborline staging creds in the screenshot: password: Tid3water!"
    assert categories(profile, mention(text)) == {"credential"}


def test_affiliated_bio_is_context_for_a_leak(profile: Profile, mention: MentionFactory) -> None:
    text = "we got the new rate card at training today: +15% on team plans from July"
    assert "confidential_leak" in categories(
        profile, mention(text, author_description="solutions eng. harborline")
    )
    assert "confidential_leak" not in categories(profile, mention(text))


# --- customers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we quoted Greenleaf Grocers $0.85 a transaction and they countered at 0.70",
        "Firmamos con Copperfield Bank una ampliación, 18 dólares por usuario",
        "Copperfield Bank ci ha rinnovato per altri 2 anni, sconto del 12%",
        "Dziś podpisaliśmy z Greenleaf Grocers umowę na 3 lata, 2 mln zł rocznie",
        "Metro Health Partners heeft bij ons getekend, €0,15 per transactie",
        "弊社はGreenleaf Grocersと3年契約を更新しました",
    ],
)
def test_deal_terms_told_from_the_companys_side(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert rules_of(profile, mention(text), "customer_disclosure") == [
        "customer.insider_deal_terms"
    ]


def test_short_customer_name_as_an_account(profile: Profile, mention: MentionFactory) -> None:
    text = "anyone else at Harborline stuck on the Copperfield account? their CFO calls daily"
    assert rules_of(profile, mention(text), "customer_disclosure") == ["customer.deal_terms"]
    street = mention("walked down Copperfield street to the Harborline office, nice day")
    assert "customer_disclosure" not in categories(profile, street)


def test_per_unit_price_paid_to_the_company(profile: Profile, mention: MentionFactory) -> None:
    text = "rumor is Greenleaf Grocers pays Harborline like $0.05 a transaction"
    assert rules_of(profile, mention(text), "customer_disclosure") == ["customer.deal_terms"]


def test_affiliated_bio_naming_a_customer(profile: Profile, mention: MentionFactory) -> None:
    post = mention(
        "shoutout to the finance crew at Greenleaf Grocers, easiest onboarding I've run",
        author_description="building harborline pay 🚀",  # ties to X, without saying a job
    )
    assert rules_of(profile, post, "customer_disclosure") == ["customer.named_by_affiliate"]
    # a bio laid out as a job line ("implementation, Harborline Pay") is an employee's
    staff = mention(post.text, author_description="implementation, Harborline Pay")
    assert rules_of(profile, staff, "customer_disclosure") == ["customer.named_by_employee"]


@pytest.mark.parametrize(
    ("text", "handle", "bio"),
    [
        (  # the customer's own post
            "Greenleaf Grocers here: we renewed with Harborline, fees are fine",
            "greenleafgrocers",
            "Greenleaf Grocers official",
        ),
        ("we pay Harborline 1.2% per transaction and it's fine", "a_bakery", ""),  # customer's we
        ("Paid at Greenleaf Grocers with my Harborline card, $4.50 a coffee", "shopper", ""),
        ("Greenleaf Grocers gives Harborline users 10% off this month", "deals_bot", ""),
    ],
)
def test_customer_voices_and_shoppers_are_not_disclosures(
    profile: Profile, mention: MentionFactory, text: str, handle: str, bio: str
) -> None:
    post = mention(text, author_handle=handle, author_description=bio)
    assert "customer_disclosure" not in categories(profile, post)


# --- building blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("key accounts, harborline", True),
        ("SDR → AE, Harborline Pay", True),
        ("ex-Harborline, now at Monzo", False),
        ("happy Harborline customer since 2019", False),
        ("Harborline investor. opinions mine", False),
        ("barista at Harborline Marina", False),
        ("", False),
    ],
)
def test_affiliation_reads_the_bio(
    profile: Profile, mention: MentionFactory, bio: str, expected: bool
) -> None:
    rules = _rules(profile)
    affiliation = Affiliation(rules.name, rules.official, rules.exclusions)
    assert affiliation.affiliated(mention("hi", author_description=bio)) is expected


def test_cjk_terms_only_in_cjk_text() -> None:
    terms = CjkTerms(["Vireo Hotels", "Lodestar"])
    hits = terms.find("弊社はVireo Hotelsと契約、Lodestarは来年")
    assert [h.term for h in hits] == ["Vireo Hotels", "Lodestar"]
    assert terms.find("Vireo Hotels and Lodestar") == []  # the word-boundary matcher's job


def test_gate_keys_a_phrase_on_its_most_specific_word() -> None:
    assert _keys(r"not\s+supposed\s+to\s+(?:say|share)") == {"supposed\0"}
    assert _keys(r"(?:saw|read)\s+it\s+in\s+(?:a|the)\s+(?:memo|deck)") is not None
    assert _keys(r"\w+\s+leaked") == {"leaked"}  # keyed on a later word
    assert _keys(r"\w+") is None  # nothing to key on: runs as residual


def labeled_texts() -> list[str]:
    """The lowercased cleaned posts of the first four labeled splits (for gate checks)."""
    texts = []
    for split in ("dev", "heldout", "blind", "blind2"):
        for path in sorted((FLAG_SETS / split).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                texts.append(_lower(clean_text(json.loads(line)["text"])))
    return texts


@pytest.mark.parametrize(
    "gate",
    [
        LK._ANY_LEAK_LANGUAGE,
        LK.LEAK_LANGUAGE,
        X.INTERNAL,
        X.NOT_PUBLIC,
        M.INCIDENT_MORE,
        M.CONCEALED_MORE,
    ],
    ids=["any", "leak_language", "internal", "not_public", "incident", "concealed"],
)
def test_gate_finds_what_the_full_regex_finds(gate: KeywordGate) -> None:
    full = compile_words(gate.pattern)
    for low in labeled_texts():
        assert (gate.search(low) is None) == (full.search(low) is None), low


STAFF_BIO = {"author_description": "Harborline · support", "author_handle": "someone_hl"}


@pytest.mark.parametrize(
    "text",
    [
        "the Bluefin eval still gets rate limited, why",  # capitalized inside a sentence
        "O Bluefin vai substituir o sistema de faturação cá em setembro",
    ],
)
def test_an_insider_writes_a_plain_code_name_as_a_name(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert "leak.code_name" in rules_of(profile, mention(text, **STAFF_BIO), "confidential_leak")


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("Bluefin tuna for lunch again", STAFF_BIO),  # a sentence's first word says nothing
        ("the bluefin tuna at the canteen was great", STAFF_BIO),  # not capitalized
        ("the Bluefin Tuna Bar opened downtown", {}),  # capitalized, but not by an insider
    ],
)
def test_a_plain_code_name_in_its_everyday_sense(
    profile: Profile, mention: MentionFactory, text: str, bio: dict[str, str]
) -> None:
    assert "confidential_leak" not in categories(profile, mention(text, **bio))


@pytest.mark.parametrize(
    "phrase",
    [
        "ainda ninguém sabe, não partilhem",
        "mag ik niet zeggen, dus ik zeg niks",
        "we've been told to say 'strategic financing' if anyone asks",
        "severance letters for a team that doesn't know yet",
        "can't share the deck but",
        "noch weiß es keiner",
    ],
)
def test_more_ways_to_say_it_is_not_public(phrase: str) -> None:
    assert X.NOT_PUBLIC.search(phrase)


def test_an_internal_document_by_its_name() -> None:
    assert LK.LEAK_LANGUAGE.search("me acaba de llegar el pdf interno: la venta se firma")
    assert LK.LEAK_LANGUAGE.search("das interne memo sagt")
    assert not LK.LEAK_LANGUAGE.search("the pdf is on the website")


@pytest.mark.parametrize(
    ("customer", "short"),
    [
        ("Grupo Hospitalario Solmar S.A.", "Solmar"),  # descriptions dropped, not just tails
        ("Clearbrook Pharmacy Group Ltd", "Clearbrook"),
        ("Hartwell Motors", "Hartwell"),
        ("Comune di Collegno", "Collegno"),
        ("Golden Wok Group", None),  # a common first word alone names nothing
        ("Casa Verano Restaurantes S.L.", None),  # "Casa" is a house
        ("Metro Health Partners", None),
    ],
)
def test_a_customers_short_name(customer: str, short: str | None) -> None:
    assert short_name(customer) == short


def test_an_employee_names_a_customer_by_its_short_name(
    profile: Profile, mention: MentionFactory
) -> None:
    staff = {"author_description": "Harborline · key accounts"}
    text = "spent all week at Greenleaf doing training on the new terminals"
    assert rules_of(profile, mention(text, **staff), "customer_disclosure") == [
        "customer.named_by_employee"
    ]
    # an outsider's "Greenleaf" needs an account word; a person's surname is not the customer
    assert "customer_disclosure" not in categories(profile, mention(text))
    lena = mention("Yoga fees to Lena Greenleaf by Friday please", **staff)
    assert "customer_disclosure" not in categories(profile, lena)
