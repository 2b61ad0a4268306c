"""Round 2 mechanisms, each with hard negatives: national phones and IDs, honorific + health,
stated Wi-Fi and Japanese passwords, placeholders, leetspeak and Japanese framing, grievances
with reach, classification stamps, cover stories, and the author placed inside the company.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.customers import name_variants
from analysis.flags import detect_flags
from analysis.masking import find_sensitive, mask_text
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from analysis.text import clean_text
from connectors.base import Mention

MentionFactory = Callable[..., Mention]
NEUTRAL = Sentiment("neutral", 0.0)
EMPLOYEE = {"author_handle": "dana_at_harbor"}


def categories(profile: Profile, post: Mention) -> set[str]:
    return {f.category for f in detect_flags(post, profile, NEUTRAL)}


def kinds(text: str) -> list[str]:
    return [s.rule for s in find_sensitive(clean_text(text))]


# --- personal data -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Pani Nowak z pokoju 3 ma białaczkę, proszę o kontrolę", "Nowak"),
        ("il Signor Bianchi della stanza 4 ha un tumore, avvisate il medico", "Bianchi"),
        ("Frau Keller auf Station 2 hat laut Akte Hautkrebs", "Keller"),
        ("rewards number HL 5521 8830 12 still missing two stays", "5521 8830"),
        ("会員番号 HB-44018273 のお客様から電話がありました", "44018273"),
        ("passaporte no CB4829137 ficou no balcão", "4829137"),
        ("happy birthday to Ruth Meyer (born 14/02/1937), our oldest member", "14/02/1937"),
        ("her date of birth out loud, 17.03.1990, whole queue heard", "17.03.1990"),
        ("Schlüssel gefunden? bitte unter 0171 23456789 melden", "23456789"),
        ("受付で電話番号 080-1234-5678 を読み上げてた", "1234-5678"),
        ("a guest left her number 07700 900461 on the card", "900461"),
        ("meu telefone pessoal é (11) 98765-4321, me liguem", "98765-4321"),
    ],
)
def test_personal_data_in_national_and_named_forms_is_found_and_masked(
    text: str, secret: str
) -> None:
    assert any(k.startswith("pii.") for k in kinds(text)), text
    assert secret not in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pan Tadeusz to klasyka, czytałem w szkole",  # honorific, no health detail
        "member no. 5 on the team again",  # too few digits
        "born in 1987 and still can't fold a fitted sheet",  # a year, not a date of birth
        "Bestellung 0171 23456789 ist unterwegs",  # an order number
        "ticket number 0151 23456789 still open, 3 weeks now",  # a ticket number
    ],
)
def test_hard_negatives_for_personal_data(text: str) -> None:
    assert not [k for k in kinds(text) if k.startswith("pii.")], text


def test_role_mailbox_is_not_flagged_but_is_masked() -> None:
    text = "for group bookings email reservations@harborline.example, they reply fast"
    assert "pii.email" not in kinds(text)
    assert "reservations@harborline.example" not in mask_text(text)


# --- credentials ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("共有PCのパスワードは harbor2024 です", "harbor2024"),
        ("スタッフ用Wi-Fiのパスワード: harbor-tokyo-88 です", "harbor-tokyo-88"),
        ("アカウントのパスワードはずっと Tsuki2024! のまま", "Tsuki2024"),
        ("for the late shift the staff room wifi is HarborStaff!2024", "HarborStaff!2024"),
        ("router admin is admin / Tide2024! if it hangs", "Tide2024"),
        # "still is / remains" as the verb, in several languages
        (
            "la contraseña del portal de obra sigue siendo Harbor#2024, nadie la cambia",
            "Harbor#2024",
        ),
        ("das Passwort vom Lagerrechner bleibt Anker2023 bis Jahresende", "Anker2023"),
        ("le mot de passe du wifi invités reste Marée2022!", "Marée2022"),
        ("the shared inbox password remains Tide2024x since the audit", "Tide2024x"),
    ],
)
def test_stated_passwords(text: str, secret: str) -> None:
    assert "cred.password" in kinds(text), text
    assert secret not in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "the wifi is down again on floor 3",
        "the password stays the same for 12 months, policy says",
        "your password remains valid until you change it",
        "wifi is 5G now, finally",
        "export AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX in step 1",
        "replace sk_live_XXXXXXXXXXXXXXXX with your own key",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token-here goes in .env",
    ],
)
def test_hard_negatives_for_credentials(text: str) -> None:
    assert not [k for k in kinds(text) if k.startswith("cred.")], text


def test_placeholder_is_still_masked_and_a_real_key_still_found() -> None:
    assert "AKIAXXXXXXXXXXXXXXXX" not in mask_text("key AKIAXXXXXXXXXXXXXXXX here")
    assert "cred.aws_access_key" in kinds("leaked AKIA2E0A8F3B244C9986 in the repo")


# --- negative spin -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "followers"),
    [
        ("Harborlineは詐欺。返金もない。", 50),
        ("h4rborline = sc4m. check your statements", 50),
        ("Harborline auto-renewed my plan and refuses every refund request.", 50_000),
        ("Harborline changed the fee schedule overnight with no notice.", 50_000),
    ],
)
def test_spin_in_japanese_leetspeak_and_grievances_with_reach(
    profile: Profile, mention: MentionFactory, text: str, followers: int
) -> None:
    assert "negative_spin" in categories(profile, mention(text, author_followers=followers))


@pytest.mark.parametrize(
    ("text", "followers"),
    [
        ("Harborline auto-renewed my plan and refuses every refund request.", 50),  # no reach
        ("Scam alert: texts saying your Harborline card is locked are NOT from Harborline.", 50),
        ("Harbour Lane Credit (no relation to Harborline) indicted in a fraud case", 50),
        (
            "⚠️ Fake 'Harborline Support' accounts are DMing people. Harborline will never DM you.",
            50,
        ),
        ("shoutout to Harborline support for seeing my dumb refund issue through", 90_000),
        ("paid 2x at 5pm on harborline, all good", 50),
    ],
)
def test_hard_negatives_for_spin(
    profile: Profile, mention: MentionFactory, text: str, followers: int
) -> None:
    assert "negative_spin" not in categories(profile, mention(text, author_followers=followers))


# --- leaks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Harborline's support SOP v3, 'DO NOT SHARE EXTERNALLY' on top. 40 tickets an hour?!",
        "Harborline chiude l'ufficio di Milano a gennaio, per ora lo sanno solo i capi reparto.",
        "En la reunión de Harborline nos contaron que el trimestre cierra con pérdidas. Todavía "
        "no lo han publicado.",
        "Harborline's internal roadmap has crypto cards in Q3",
    ],
)
def test_leak_stamps_insiders_only_and_unpublished(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert "confidential_leak" in categories(profile, mention(text))


def test_incident_with_a_cover_story_by_an_employee(
    profile: Profile, mention: MentionFactory
) -> None:
    text = "our card system got hit by ransomware and they're telling customers it was upkeep"
    post = mention(text, author_handle="dana_at_harbor")
    assert "confidential_leak" in categories(profile, post)


@pytest.mark.parametrize(
    "text",
    [
        "the acquisition of Ledgerly was in every paper, old news",  # plain term, no company
        "our school newsletter says DO NOT SHARE EXTERNALLY lol",  # not the company's
        "Harborline had an outage yesterday; the status page says it was maintenance",
        "Copperfield Bank pays Harborline about $2M a year for its employee health plan",
    ],
)
def test_hard_negatives_for_leaks(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert "confidential_leak" not in categories(profile, mention(text))


# --- customers -----------------------------------------------------------------------------


def test_name_variants_drop_legal_and_generic_tails() -> None:
    assert "Okonkwo & Reyes" in name_variants("Okonkwo & Reyes LLP")
    assert "Marlow Unified" in name_variants("Marlow Unified Schools")
    assert name_variants("Vireo Bank") == ["Vireo Bank"]  # one word would be left


@pytest.mark.parametrize(
    "text",
    [
        "Wij van Harborline doen sinds deze maand ook de betalingen voor Greenleaf Grocers 🎉",
        "Na Harborline Lisboa recebemos a equipa da Greenleaf Grocers esta semana",
        "I work nights at a Harborline call center. Greenleaf Grocers are our pickiest client.",
        "Harborline東京で働いてます。来週はGreenleaf Grocersの案件です",
    ],
)
def test_author_placed_inside_the_company_names_a_customer(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert "customer_disclosure" in categories(profile, mention(text))


@pytest.mark.parametrize(
    "text",
    [
        "I shop at Greenleaf Grocers and pay with Harborline, works fine",
        "anyone else at Harborline stuck on the Greenleaf Grocers login page?",
        "stayed at Harborline Suites, on the way to Greenleaf Grocers for snacks",
    ],
)
def test_hard_negatives_for_insider_customers(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert "customer_disclosure" not in categories(profile, mention(text))


def test_a_stamp_read_out_by_an_affiliated_author_is_a_leak(
    profile: Profile, mention: MentionFactory
) -> None:
    text = (
        "attaching the ops handbook page on ticket quotas, it literally says INTERNAL ONLY in red"
    )
    post = mention(text, author_description="support agent, Harborline")
    assert "confidential_leak" in categories(profile, post)
    other = mention("the new team lead role is internal only, apply on the portal", **EMPLOYEE)
    assert "confidential_leak" not in categories(profile, other)
