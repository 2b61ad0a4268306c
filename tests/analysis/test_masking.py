from __future__ import annotations

import random
import re

import pytest

from analysis.masking import (
    find_sensitive,
    luhn_ok,
    mask_card,
    mask_email,
    mask_iban,
    mask_phone,
    mask_ssn,
    mask_text,
    mask_token,
    normalize_phone,
    phone_forms,
    ssn_ok,
)

GITHUB_TOKEN = "ghp_" + "R8x2kLmN4pQ7sT1vW3yZ5aB6cD9eF0gH2iJ4"
SLACK_TOKEN = "xoxb-2048-1024-AbCdEfGhIjKlMnOpQrStUv"
STRIPE_KEY = "sk_live_" + "51HqLyjWDarjtT1zdp7dcABCD"
GOOGLE_KEY = "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PRIVATE_KEY = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq98s2kLx\nQx3p9Lk2\n"
    "-----END RSA PRIVATE KEY-----"
)


def test_masks_keep_just_enough() -> None:
    assert mask_card("4111 1111 1111 1111") == "4111 **** **** 1111"
    assert mask_card("4111-1111-1111-1111") == "4111-****-****-1111"
    assert mask_token("AKIAIOSFODNN7EXAMPLE") == "AKIA************MPLE"
    assert mask_email("jane.doe@example.com") == "j***@example.com"
    assert mask_phone("(415) 555-2671") == "(***) ***-**71"
    assert mask_ssn("219-45-6789") == "***-**-6789"
    assert mask_iban("DE89 3704 0044 0532 0130 00") == "DE89 **** **** **** **30 00"
    assert mask_token("hunter22") == "h******2"
    assert mask_token("abc") == "***"


@pytest.mark.parametrize(
    ("text", "rule", "masked"),
    [
        ("card 4111 1111 1111 1111 exp 09/27", "pii.card_number", "4111 **** **** 1111"),
        ("mc 5555555555554444", "pii.card_number", "5555********4444"),
        ("amex 3782 822463 10005", "pii.card_number", "3782 ****** *0005"),
        ("ssn 219-45-6789", "pii.ssn", "***-**-6789"),
        ("IBAN DE89 3704 0044 0532 0130 00 AND THEN", "pii.iban", "DE89 **** **** **** **30 00"),
        ("iban GB82WEST12345698765432", "pii.iban", "GB82**************5432"),
        ("mail jane.doe@gmail.com", "pii.email", "j***@gmail.com"),
        ("call (415) 555-2671 tonight", "pii.phone", "(***) ***-**71"),
        ("key AKIAIOSFODNN7EXAMPLE", "cred.aws_access_key", "AKIA************MPLE"),
        (f"token {GITHUB_TOKEN}", "cred.github_token", "ghp_****************2iJ4"),
        (SLACK_TOKEN, "cred.slack_token", "xoxb****************StUv"),
        (STRIPE_KEY, "cred.stripe_key", "sk_l****************ABCD"),
        (GOOGLE_KEY, "cred.google_api_key", "AIza****************MBWY"),
        (f"jwt {JWT}", "cred.jwt", "eyJh****************sR8U"),
        (
            "Authorization: Bearer 9f8e7d6c5b4a39281706",
            "cred.bearer_token",
            "Bearer 9f8e************1706",
        ),
        ("db password: Tr0ub4dor&3", "cred.password", "password: T*********3"),
        ("pw=hunter22", "cred.password", "pw=h******2"),
        ("the wifi password is Harbor2024", "cred.password", "password is H********4"),
        (PRIVATE_KEY + " oops", "cred.private_key", "-----BEGIN RSA PRIVATE KEY-----…"),
    ],
)
def test_detects_and_masks(text: str, rule: str, masked: str) -> None:
    found = find_sensitive(text)
    assert [(s.rule, s.masked) for s in found] == [(rule, masked)]
    assert text[found[0].start : found[0].end]  # the span points at the value


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # Luhn fails
        "order 1234 5678 9012 3452",  # Luhn passes, but no card issuer starts with 1
        "000-12-3456 666-12-3456 900-12-3456 219-00-4567 219-45-0000",  # invalid SSN ranges
        "078-05-1120",  # the SSN printed on sample wallet cards
        "DE89 3704 0044 0532 0130 01",  # IBAN checksum fails
        "support@harborline.example and press@example.com",  # role mailboxes
        "Password: reset it in the app",
        "password is required",
        "Bearer of bad news, everyone",
        "AKIA is a prefix; sk_live_ too; ghp_short",
        "flight 1234 on 2024-05-01 at 10:30, gate 22, seat 14C",
        "my bag claim #4016688561",  # a reference number, not a phone
    ],
)
def test_hard_negatives(text: str) -> None:
    assert find_sensitive(text) == []


def test_business_and_public_phones_can_be_ignored() -> None:
    text = "call +1 800 555 0199 or (415) 555-2671"
    assert [s.rule for s in find_sensitive(text)] == ["pii.phone", "pii.phone"]
    assert len(find_sensitive(text, skip_business_phones=True)) == 1
    public = normalize_phone("(415) 555-2671")
    assert public == "+14155552671"
    assert len(find_sensitive(text, ignore_phones={public}, skip_business_phones=True)) == 0


def test_a_published_national_number_is_recognized_in_any_region() -> None:
    # "0808 164 0290" is a UK freephone; the US-first parse alone would miss it
    text = "for billing call 0808 164 0290, or +44 20 7946 0321 for emergencies"
    ignore = phone_forms("0808 164 0290") | phone_forms("+44 20 7946 0321")
    assert find_sensitive(text, ignore_phones=ignore) == []
    assert len(find_sensitive(text)) == 2


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("lösenord till lagret i Hammarby: Lager!Sthlm9", "cred.password"),  # Swedish
        ("depo tabletinin şifresi: Kurye2024* yeni başlayanlar için", "cred.password"),  # Turkish
        ("wachtwoord voor de hubtablet is al sinds 2021 Hub123!x", "cred.password"),
        ("login: hub_ams_03 pass: Amsterdam!23 until IT fixes it", "cred.password"),
        ("Passaporto n. YA4826193, me l'hanno chiesto", "pii.member_id"),
        ("Passeport n° 19AV48213 demandé pour ouvrir mon compte", "pii.member_id"),
        ("Ring mig på 070-482 19 63 om ni vill ha tillbaka väskan", "pii.phone"),
        ("アカウント認証で生年月日 1990/05/12 まで書けって", "pii.date_of_birth"),
        ("Please ring me back on +44 7700 914382, booking ref 88120471", "pii.phone"),
    ],
)
def test_more_languages_and_layouts(text: str, rule: str) -> None:
    assert rule in [s.rule for s in find_sensitive(text)]


def test_validators() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert ssn_ok("219", "45", "6789") and not ssn_ok("666", "45", "6789")
    assert normalize_phone("not a phone") is None


def _random_visa(rng: random.Random) -> str:
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    for check in range(10):
        if luhn_ok("".join(map(str, [*digits, check]))):
            return "".join(map(str, [*digits, check]))
    raise AssertionError("unreachable")


def test_mask_text_never_leaves_a_full_card_or_key() -> None:
    rng = random.Random(7)
    for _ in range(200):
        card = _random_visa(rng)
        layout = rng.choice(["{}", "{} {} {} {}", "{}-{}-{}-{}"])
        groups = [card[i : i + 4] for i in range(0, 16, 4)]
        written = layout.format(card) if layout == "{}" else layout.format(*groups)
        text = f"pls refund {written} @harborline_help and key AKIA{card[:16]}"
        out = mask_text(text)
        digits_left = re.sub(r"\D", "", out)
        assert card not in digits_left
        assert card[4:12] not in digits_left  # the middle digits never survive
        assert f"AKIA{card[:16]}" not in out


def test_mask_text_sees_through_invisible_characters_and_html() -> None:
    text = "<b>4111\u200b1111\u200b1111\u200b1111</b> &amp; AKIA\u200dIOSFODNN7EXAMPLE"
    out = mask_text(text)
    assert out == "4111********1111 & AKIA************MPLE"


def test_mask_text_on_many_secrets_and_huge_text() -> None:
    text = ("jane.doe@gmail.com 4111 1111 1111 1111 " * 2_000) + "x" * 500_000
    out = mask_text(text)
    assert "jane.doe" not in out and "1111 1111" not in out
    assert out.endswith("x" * 1000)


def test_private_key_body_is_masked_even_without_end_marker() -> None:
    out = mask_text("leaked: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA")
    assert "b3BlbnNzaC1" not in out
    assert "BEGIN OPENSSH PRIVATE KEY" in out
