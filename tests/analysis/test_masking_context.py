"""Credentials of more providers, context-dependent personal data, overlaps, hostile input."""

from __future__ import annotations

import pytest

from analysis.credentials import find_credentials
from analysis.masking import find_sensitive, mask_text
from analysis.personal import find_personal_context
from analysis.sensitive import mask_date, mask_identifier, mask_name

GITLAB = "glpat-" + "Xy7_kP2mQ9rT4vW8zA1b"
NPM = "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"
SENDGRID = "SG." + "a1B2c3D4e5F6g7H8i9J0kL" + "." + "m3N4o5P6q7R8s9T0u1V2w3X4y5Z6a7B8c9D0e1F2g3H"
TWILIO = "SK" + "0123456789abcdef0123456789abcdef"
OPENAI = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6l"


@pytest.mark.parametrize(
    ("text", "rule", "masked"),
    [
        (f"GITLAB_TOKEN={GITLAB}", "cred.gitlab_token", "glpa****************zA1b"),
        (f"token {NPM} leaked", "cred.npm_token", "npm_****************q7R8"),
        (f"key {SENDGRID}", "cred.sendgrid_key", "SG.a****************2g3H"),
        (f"twilio {TWILIO}", "cred.twilio_key", "SK01****************cdef"),
        (f"openai {OPENAI}", "cred.openai_key", "sk-p****************Jk6l"),
        (
            "at postgres://admin:Hx7pq2Lm@db.example/p",
            "cred.url_password",
            "postgres://admin:H******m",
        ),
        ("SLACK_API_TOKEN=9f8e7d6c5b4a3928aa17f6e5", "cred.assigned_secret", "API_TOKEN=9f8e****"),
        (
            "WLAN Passwort für das Lager: Brightw3ll_Lager!",
            "cred.password",
            "Lager: B***************!",
        ),
        ("mot de passe de la caisse: Caisse#2024 svp", "cred.password", "caisse: C*********4"),
        ("la contraseña del portal es Heron2024!, ok", "cred.password", "portal es H********!"),
        ("a senha do servidor é Pena2024#", "cred.password", "senha do servidor é P*******#"),
    ],
)
def test_more_providers_and_languages(text: str, rule: str, masked: str) -> None:
    [found] = find_credentials(text)
    assert found.rule == rule
    assert masked in found.masked
    assert found.masked in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Password: must be at least 12 characters",
        "Enter your password: (they never sent me one)",
        "the password is long and boring, as it should be",
        "Das Passwort ist sicher, hat die IT versprochen",
        "Bearer tokens expire after 60 minutes",
        "Bearer of bad news: everything is cancelled",
        "send api_key=YOUR_API_KEY in the header",
        "api_key=<your key here>",
        "use sk_test_XXXXXXXXXXXXXXXX for the sandbox",
        "password: ******** (nice try)",
        "booking 3f2b1c9e-7d4a-4e8b-9c1a-2b7e5d8f0a13 not found",
        "ask-me-anything session at 5pm with the whole team tonight ok",
    ],
)
def test_credential_hard_negatives(text: str) -> None:
    assert find_credentials(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "masked"),
    [
        ("my member ID is MM-4471-2290, why", "pii.member_id", "member ID is **-****-**90"),
        ("MRN 00847261 lost again", "pii.member_id", "MRN ******61"),
        ("número de miembro es 8823-1190-44", "pii.member_id", "número de miembro es ****-****-44"),
        ("passport GH4451230 expired", "pii.member_id", "passport *******30"),
        ("DOB 03/15/1982 please", "pii.date_of_birth", "DOB **/**/****"),
        ("(DOB 1961-07-30) in the ICU", "pii.date_of_birth", "DOB ****-**-**"),
        ("fecha de nacimiento 12/05/1975", "pii.date_of_birth", "fecha de nacimiento **/**/****"),
        ("Geburtsdatum: 3. März 1980", "pii.date_of_birth", "Geburtsdatum: *. März ****"),
        ("told everyone about Carol Jensen's cancer", "pii.health_named_person", "C*** J***"),
        ("Mr. Okafor's HIV meds were ready", "pii.health_named_person", "M*** O***"),
        ("dass Frau Becker Krebs hat", "pii.health_named_person", "F*** B***"),
    ],
)
def test_context_personal_data(text: str, rule: str, masked: str) -> None:
    found = [s for s in find_personal_context(text) if s.rule == rule]
    assert [s.masked for s in found] == [masked]


@pytest.mark.parametrize(
    "text",
    [
        "why does the app ask for DOB twice",
        "my DOB is in March and the card came in May",
        "employee ID badges got a redesign",
        "group number on my card ends in 4471",
        "cleared to fly two weeks after knee surgery",
        "Meridian Mutual covers cancer screening for members",
        "The Lakeside Hospital oncology ward diagnosed record numbers",
    ],
)
def test_context_personal_data_hard_negatives(text: str) -> None:
    assert find_personal_context(text, ignore_words={"meridian", "mutual"}) == []


def test_masks() -> None:
    assert mask_identifier("MM-4471-2290") == "**-****-**90"
    assert mask_date("14/03/1987") == "**/**/****"
    assert mask_name("Carol Jensen") == "C*** J***"


def test_overlapping_spans_are_merged_and_fully_masked() -> None:
    text = "member ID 4111-1111-1111-1111 x"  # a member ID that is also a card number
    [span] = find_sensitive(text)
    assert (span.start, span.end) == (0, len(text) - 2)
    assert span.masked == "member ID ****-****-****-**11"


def test_role_mailboxes_in_other_languages_are_not_personal() -> None:
    assert find_sensitive("schreib an kontakt@brightwell.example oder presse@x.example") == []


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "text",
    [
        "password: " * 20_000,
        "member ID " * 20_000 + "12345",
        "DOB " * 20_000,
        "Mr " * 30_000 + "cancer",
        "Carol Jensen " * 10_000 + "cancer",
        "sk-" + "a" * 100_000,
        "postgres://" + "a:" * 30_000 + "@x",
        "api_key=" + "Ab1" * 30_000,
        "Bearer " + "9" * 100_000,
        "-----BEGIN RSA PRIVATE KEY-----" + "A" * 100_000,
        "eyJ" + "a" * 50_000 + "." + "b" * 50_000,
        ("contraseña del " + "x " * 30) * 2_000 + "es Abc123",
    ],
)
def test_hostile_text_is_handled(text: str) -> None:
    found = find_sensitive(text)
    masked = mask_text(text)
    assert isinstance(found, list) and isinstance(masked, str)


# --- rules-v0.3: more providers, prose secrets, national numbers -----------------------------

DO_TOKEN = "dop_v1_" + "b3f69074791fbbdde1e4e0a879ceca9416609f1443f1fbe5e3deae611c509f50"
SLACK_HOOK = "https://hooks.slack.com/services/" + "TJMPX71ZJ/BPHJI24OBUR/nzvHanwoIfxfXVBFjvs7VtSM"
AWS_SECRET = "Yi/Qz/beYUKbwlgQAumUOAHFrZKszseH28rHEzcp"


@pytest.mark.parametrize(
    ("text", "rule", "masked"),
    [
        (f"infra script has {DO_TOKEN}", "cred.digitalocean_token", "dop_****************9f50"),
        (f"webhook in plain sight: {SLACK_HOOK}", "cred.slack_webhook", "http****************VtSM"),
        (f"logs print AWS_SECRET_ACCESS_KEY={AWS_SECRET}", "cred.assigned_secret", "KEY=Yi/Q"),
        (
            "the bot token got posted: 5bf8e2f8.559f82.3cdef7f73edd77b6c29163d00d6",
            "cred.stated_secret",
            "posted: 5bf8****************00d6",
        ),
        (
            "login for the dealer portal is tmdealer / Verano2025! for the franchise",
            "cred.password",
            "V*********!",
        ),
        ("Zugang: Benutzer filiale17, PW Sommer2025", "cred.password", "S********5"),
        ("hasło do routera w salonie: Tm2024!xk", "cred.password", "salonie: T*******k"),
        ("La clave del wifi de la tienda es Movil#2291, compis", "cred.password", "M********1"),
        ("le mot de passe du wiki c'est Ember2025! lol", "cred.password", "c'est E********!"),
    ],
)
def test_v03_providers_and_prose_secrets(text: str, rule: str, masked: str) -> None:
    [found] = find_credentials(text)
    assert found.rule == rule
    assert masked in found.masked
    assert found.masked in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dato clave: la cobertura es la peor del norte",
        "The wifi password at the store is on a sticker by the till",
        "Token of thanks to the store staff, sorted in 5 minutes",
        "App says: 'Password must contain 10 characters and a symbol'. Sure.",
        "my user account / settings page is broken again",
        "the API key is <your key here>, says the doc",
    ],
)
def test_v03_credential_hard_negatives(text: str) -> None:
    assert find_credentials(text) == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("account holder Lucía Fernández, DNI 48291736K, please", "DNI *******6K"),
        ("asked for my birth date, typed 07/11/1985 and", "birth date, typed **/**/****"),
    ],
)
def test_v03_context_personal_data(text: str, masked: str) -> None:
    assert masked in [s.masked for s in find_personal_context(text)]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("la facture de Jean Moreau, 06 12 34 56 78, 14 rue des Lilas", "** ** ** ** 78"),
        ("mi número es 612 48 73 95, llamadme", "*** ** ** 95"),
        ("meine Handynummer 0151 23456789, bitte", "**** ******89"),
    ],
)
def test_national_phone_numbers(text: str, masked: str) -> None:
    [found] = find_sensitive(text)
    assert (found.rule, found.masked) == ("pii.phone", masked)
    assert masked in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "número de pedido 612487395 no llega",
        "Bag tag 0123 456789 says Winnipeg",
        "My IMEI is 356938035643809 and it is blacklisted",
        "los 14 dni 2025-01-05 por favor",
    ],
)
def test_national_number_hard_negatives(text: str) -> None:
    assert find_sensitive(text) == []
