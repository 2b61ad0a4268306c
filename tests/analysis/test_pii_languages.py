"""Personal data and secrets beyond the languages and formats the first rules read.

Stated passwords and PINs in about thirty languages, national identity numbers checked the way
their issuers define them, national phone formats by word and script, and named people next
to a health detail in Latin, Greek, Cyrillic, Japanese, Chinese and Korean text. Every
mechanism has its hard negatives: requirements, resets, placeholders, masked values, invalid
checksums, numbers without their context word, the company's own number, and someone's own
health without a name. Every sentence was written for this file.
"""

from __future__ import annotations

import re

import pytest

from analysis import id_checks as N
from analysis.flags import detect_flags
from analysis.masking import find_sensitive, mask_text
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from analysis.text import clean_text
from tests.analysis.conftest import make_mention

NEUTRAL = Sentiment("neutral", 0.0)


def rules(text: str) -> list[str]:
    return [s.rule for s in find_sensitive(clean_text(text), skip_business_phones=True)]


def leaks(secret: str, text: str) -> bool:
    """Whether ``mask_text`` still shows the secret (or all of its digits, if it has 6+)."""
    out = mask_text(text)
    digits = re.sub(r"\D", "", secret)
    return secret in out or (len(digits) >= 6 and digits in re.sub(r"\D", "", out))


# --- stated passwords and PINs -------------------------------------------------------------

PASSWORDS = [
    ("en", "fyi the router password is Falcon2291 until friday", "Falcon2291"),
    (
        "de",
        "Das Kennwort für den Drucker lautet Drucker#552, bitte nicht weitersagen",
        "Drucker#552",
    ),
    ("de", "Adminpasswort: Kiel!2024x (steht auch am Monitor)", "Kiel!2024x"),
    ("nl", "het wachtwoord van de kassa is Tulp4411 sinds gisteren", "Tulp4411"),
    ("fr", "le mot de passe du coffre est Mistral88! ne le dites à personne", "Mistral88!"),
    ("es", "la contraseña del almacén es Faro#3321, apuntadla", "Faro#3321"),
    ("pt", "a palavra-passe da rede da loja é Sardinha77 até segunda", "Sardinha77"),
    ("pt", "a senha do wifi do escritório é Ipanema#09", "Ipanema#09"),
    ("it", "la password del gestionale è Vespa2020! per tutti", "Vespa2020!"),
    ("pl", "hasło do serwera to Orzel#771, nie zmieniajcie", "Orzel#771"),
    ("cs", "heslo k wifi v kanceláři je Praha2023x", "Praha2023x"),
    ("sk", "heslo do systému je Tatry#44 odteraz", "Tatry#44"),
    ("sl", "geslo za wifi je Bled2021! za vse", "Bled2021!"),
    ("hr", "lozinka za mrežu je Split#889 do daljnjeg", "Split#889"),
    ("bg", "паролата за wifi е Sofia2024x за гостите", "Sofia2024x"),
    ("ru", "пароль от вайфая — Volga2023! не теряйте", "Volga2023!"),
    ("uk", "пароль до пошти: Kyiv#5521", "Kyiv#5521"),
    ("el", "ο κωδικός του router στην αποθήκη είναι Athina#77 για όλους", "Athina#77"),
    ("ro", "parola de la wifi din depozit este Brasov2022", "Brasov2022"),
    ("hu", "a raktári wifi jelszava: Tisza#4410", "Tisza#4410"),
    ("fi", "toimiston wifi-salasana on Sauna2024 toistaiseksi", "Sauna2024"),
    ("et", "kontori wifi parool on Tallinn#12", "Tallinn#12"),
    ("lv", "biroja wifi parole ir Riga2020x", "Riga2020x"),
    ("lt", "biuro wifi slaptažodis yra Vilnius#3", "Vilnius#3"),
    ("da", "adgangskoden til routeren er Hygge#2024 indtil videre", "Hygge#2024"),
    ("no", "passordet til skriveren er Fjord2023! hvis noen lurer", "Fjord2023!"),
    ("sv", "lösenordet till kassan är Kanel#442 fram till fredag", "Kanel#442"),
    ("tr", "ofis wifi şifresi: Bogaz2024! kimseye söylemeyin", "Bogaz2024!"),
    ("tr", "depo bilgisayarının şifresi hâlâ Ankara2023", "Ankara2023"),
    ("zh", "服务器密码是 Panda#2024，别外传", "Panda#2024"),
    ("zh", "系統密碼：Taipei101x，用完記得登出", "Taipei101x"),
    ("zh", "仓库账号 wh_02 密码 Dock2025x 今天有效", "Dock2025x"),
    ("ja", "倉庫PCのパスワードは sakura2024 です", "sakura2024"),
    ("ko", "와이파이 비밀번호는 Hangang#88 입니다", "Hangang#88"),
    ("ar", "كلمة المرور هي Cairo2024x للجميع", "Cairo2024x"),
    ("he", "הסיסמה היא Haifa#2020 לכולם", "Haifa#2020"),
    ("hi", "वाईफाई का पासवर्ड Mumbai2024 है", "Mumbai2024"),
    ("id", "kata sandi wifi kantor adalah Bali#2023 ya", "Bali#2023"),
    ("vi", "mật khẩu wifi là Hanoi2024x nhé", "Hanoi2024x"),
    ("th", "รหัสผ่าน wifi คือ Bangkok99x นะ", "Bangkok99x"),
    ("mt", "il-password tal-wifi hija Valletta#21", "Valletta#21"),
    # an adjective between the word and the value
    ("pl-adj", "nowi w dziale: hasło tymczasowe Poznan!2026, zmieńcie je", "Poznan!2026"),
    ("en-adj", "for the new starters: password temp Welcome2026 until IT resets it", "Welcome2026"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), PASSWORDS, ids=[p[0] for p in PASSWORDS])
def test_a_stated_password_is_found_and_masked(lang: str, text: str, secret: str) -> None:
    assert "cred.password" in rules(text), (lang, text)
    assert not leaks(secret, text), mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Password: must be at least 12 characters",
        "la contraseña debe tener 12 caracteres y un símbolo",
        "Das Passwort muss mindestens 10 Zeichen haben, sagt die IT",
        "lösenordet måste ha minst 12 tecken",
        "密码至少8位，要有字母",
        "password: ******** (nice try)",
        "la contraseña es S*******3, ya no os la digo",
        "lösenordet är •••••••• på skärmen",
        "the wifi password is xxxxxxxx in the screenshot",
        "password: YOUR_PASSWORD",
        "password: ${DB_PASSWORD} in the compose file",
        "username: <your-username>\npassword: <your-password>\nhost: db.example",
        "username:\npassword:\nendpoint: https://api.example",
        "reset your password here: https://example.com/reset?id=4242",
        "Passwort vergessen? Link: https://portal.example/r/12345",
        "ο κωδικός κράτησης είναι AB12345",
        "la clave de reserva es XK2291",
        "the password is long and boring, as it should be",
        "my password manager Bitwarden is great",  # no digit: a name, not a value
        "パスワードを忘れたので再発行してもらった",
    ],
)
def test_password_hard_negatives(text: str) -> None:
    assert not [r for r in rules(text) if r.startswith("cred.")], text


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("the side door PIN is 4827 this week", "4827"),
        ("Bankomat PIN-Code: 9153, bitte sofort ändern", "9153"),
        ("el código PIN de la alarma es 6619", "6619"),
    ],
)
def test_a_stated_pin_is_found_and_masked(text: str, pin: str) -> None:
    assert "cred.pin" in rules(text)
    assert pin not in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "the PIN is 1234 by default, change it",
        "your PIN must be 4 digits",
        "PIN reset code is 482913, the app says",
        "pinned: 2024 roadmap thread",
    ],
)
def test_pin_hard_negatives(text: str) -> None:
    assert "cred.pin" not in rules(text)


def test_masked_values_never_count() -> None:
    text = "leaked? no: AKIA************MPLE, m***@example.com and +44 **** ***382 are masked"
    assert rules(text) == []


def test_a_token_in_a_url_is_a_credential_not_an_email() -> None:
    token = "ghp_" + "Q7wErT9yUiOp1AsDfGhJkL2zXcVbNm3QwEr4"
    text = f"git remote is https://{token}@github.com/acme/tools.git, oops"
    assert rules(text) == ["cred.github_token"]
    assert token not in mask_text(text)


# --- national identity numbers -----------------------------------------------------------

NATIONAL_IDS = [
    ("nino spaced", "typed my NI into the wrong field: JL 55 20 91 D", "JL 55 20 91 D"),
    ("nino compact", "HR asked for my national insurance no. JL552091D by email", "JL552091D"),
    ("se", "de ville ha mitt personnummer 19871108-0955 i chatten", "19871108-0955"),
    ("se short", "personnr: 871108-0955 står på kvittot", "871108-0955"),
    ("fi", "lomakkeessa näkyi henkilötunnus 090497-723C kaikille", "090497-723C"),
    ("dk", "hun skrev sit CPR-nummer 120390-4417 i tråden", "120390-4417"),
    ("no", "fødselsnummer 05048836110 ble sendt i klartekst", "05048836110"),
    ("ro", "mi-au cerut CNP-ul pe chat: 1591001397687", "1591001397687"),
    ("cz", "na formuláři bylo rodné číslo 795815/7273", "795815/7273"),
    ("cz layout", "na obálce stálo 945714/1045 úplně vidět", "945714/1045"),
    ("pl", "podałem PESEL 95081326853 w formularzu", "95081326853"),
    ("it", "il codice fiscale RJWAMD73B53G067S era sulla ricevuta", "RJWAMD73B53G067S"),
    ("es dni", "me pidieron el DNI por chat: 26761751D", "26761751D"),
    ("es nie", "mi NIE es X9636436B y lo publicaron", "X9636436B"),
    ("nl", "mijn BSN 696250512 stond op de brief", "696250512"),
    ("cn", "客服让我发身份证号 110105197302020731 过去", "110105197302020731"),
    ("kr", "주민등록번호 580917-2328852 가 보였어요", "580917-2328852"),
    ("jp", "マイナンバー 5073 2133 6571 を送ってしまった", "5073 2133 6571"),
]


@pytest.mark.parametrize(("kind", "text", "value"), NATIONAL_IDS, ids=[n[0] for n in NATIONAL_IDS])
def test_a_national_id_is_found_and_masked(kind: str, text: str, value: str) -> None:
    assert "pii.national_id" in rules(text), (kind, text)
    assert not leaks(value, text), mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "the HMRC example number QQ 12 34 56 C is not anyone's",  # Q never starts a NINO
        "NI number AB123456E in the template",  # suffix E never issued
        "ref JL552091D on the parcel",  # compact layout without its word
        "personnummer 19871108-0956 (fel siffra)",  # Luhn fails
        "order 19871108-0955 shipped",  # valid digits, no personnummer word
        "henkilötunnus 090497-723D väärin",  # check character fails
        "CPR-nummer 320190-4417",  # no 32nd day
        "fødselsnummer 05048836111",  # mod 11 fails
        "CNP 1591001397688",  # check digit fails
        "rodné číslo 795815/7274",  # mod 11 fails
        "PESEL 95081326854",  # check digit fails
        "tracking 95081326853 arrived",  # a valid PESEL, but no word
        "codice fiscale RJWAMD73B53G067T",  # check character fails
        "mi NIE es X9636436C",  # letter fails
        "BSN 696250513",  # 11-proof fails
        "身份证号 110105197302020732",  # mod 11-2 fails
        "주민등록번호 580917-2328853",  # check digit fails
        "マイナンバー 5073 2133 6572",  # check digit fails
    ],
)
def test_national_id_hard_negatives(text: str) -> None:
    assert "pii.national_id" not in rules(text), text


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        (N.nino_ok, "JL552091D", "DL552091D"),
        (N.se_personnummer_ok, "740321-2439", "740321-2438"),
        (N.se_personnummer_ok, "740381-2436", "740392-2439"),  # samordningsnummer: day + 60
        (N.fi_hetu_ok, "201054-2886", "201054-2887"),
        (N.dk_cpr_ok, "290200-1234", "300200-1234"),
        (N.no_fodselsnummer_ok, "06035231879", "06035231878"),
        (N.ro_cnp_ok, "1960528021129", "1960528021128"),
        (N.cz_rodne_cislo_ok, "945714/1045", "945714/1046"),
        (N.pl_pesel_ok, "56051259320", "56051259321"),
        (N.it_codice_fiscale_ok, "YNGECU67L52H647E", "YNGECU67L52H647F"),
        (N.es_dni_ok, "84954007B", "84954007C"),
        (N.es_dni_ok, "Y1657006P", "Y1657006Q"),
        (N.nl_bsn_ok, "160740903", "160740904"),
        (N.cn_resident_id_ok, "110105198501215763", "110105198501215764"),
        (N.kr_rrn_ok, "760203-1377975", "760203-1377976"),
        (N.jp_my_number_ok, "083337795440", "083337795441"),
    ],
)
def test_validators(check: object, valid: str, invalid: str) -> None:
    assert callable(check)
    assert check(valid) and not check(invalid)


# --- phone numbers in national formats ------------------------------------------------------

PHONES = [
    ("zh", "我的手机 139 2231 5578，有事打给我", "2231"),
    ("hk", "手機 9123 4567 找我", "9123"),
    ("tw", "手機 0912 345 678 有問題打給我", "0912"),
    ("el", "κινητό 694 123 4567 για ό,τι χρειαστείτε", "694"),
    ("tr", "cep 0532 412 34 56 arayın", "0532"),
    ("ro", "sunați-mă la 0722 345 678 după ora 5", "0722"),
    ("cs", "volejte mi na 603 123 456 večer", "603 123"),
    ("fi", "puh. 040 123 4567 iltaisin", "040 123"),
    ("da", "ring til mig på 20 12 34 56 i aften", "20 12 34"),
    ("no", "ring meg på 412 34 567 etter jobb", "412 34"),
    ("pt", "telemóvel 912 345 678, liguem", "912 345"),
    ("pl", "zadzwoń 512 345 678 jak coś", "512 345"),
    ("ko", "핸드폰 010-1234-5678 로 연락주세요", "1234-5678"),
    ("hu", "telefonszámom 06 30 123 4567 egész nap", "30 123"),
]


@pytest.mark.parametrize(("region", "text", "part"), PHONES, ids=[p[0] for p in PHONES])
def test_a_national_phone_number_is_found_and_masked(region: str, text: str, part: str) -> None:
    assert "pii.phone" in rules(text), (region, text)
    assert part not in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "订单号 13922315578 还没发货",  # an order number
        "Ο αριθμός παραγγελίας 6941234567 δεν βρέθηκε",  # an order number
        "Zaplaťte do 20 12 34 56 prosím",  # eight digits without a phone word
        "sipariş numarası 0532 412 34 56 kargoda",  # an order number
    ],
)
def test_national_phone_hard_negatives(text: str) -> None:
    assert "pii.phone" not in rules(text), text


def test_the_companys_own_national_number_stays_unflagged() -> None:
    profile = Profile(name="Harborline", public_phones=["+86 400 820 8820", "+30 210 123 4567"])
    for text in ("客服电话 400 820 8820，请联系我们", "τηλ. 210 123 4567 για κρατήσεις"):
        flags = detect_flags(make_mention(text), profile, NEUTRAL)
        assert "personal_data" not in {f.category for f in flags}, text
    person = detect_flags(make_mention("我的手机 139 2231 5578"), profile, NEUTRAL)
    assert "personal_data" in {f.category for f in person}


# --- a named person next to a health detail --------------------------------------------------

HEALTH = [
    ("en", "Prayers for my coworker Dave, the chemo starts Monday", "Dave"),
    ("en", "Sarah Lindqvist from accounts is in hospital after a stroke", "Lindqvist"),
    ("en", "Heard that Priya has a herniated disc and can't lift anything", "Priya"),
    ("en", "Please keep Martin in your thoughts, he is having a liver transplant", "Martin"),
    ("en", "why did the supervisor mention Omar's hernia in the team chat", "Omar"),
    ("de", "Unsere Kollegin Jana Vogt ist nach dem Bandscheibenvorfall krankgeschrieben", "Vogt"),
    ("es", "Mi compañero Iker tiene diabetes tipo 1 y nadie lo sabía", "Iker"),
    ("fr", "Notre collègue Inès est hospitalisée depuis lundi", "Inès"),
    ("it", "Il collega Matteo è ricoverato in ospedale da ieri", "Matteo"),
    ("pt", "A colega Beatriz está internada com pneumonia", "Beatriz"),
    ("nl", "Collega Sanne ligt in het ziekenhuis met een hartinfarct", "Sanne"),
    ("pl", "Koleżanka Ola jest na zwolnieniu lekarskim po operacji", "Ola"),
    ("sv", "Kollegan Erik är sjukskriven för utmattningssyndrom", "Erik"),
    ("da", "Vores kollega Mette er sygemeldt med stress", "Mette"),
    ("no", "Kollega Ola er innlagt på sykehuset", "Ola"),
    ("fi", "Työkaveri Mikko on sairauslomalla selän takia", "Mikko"),
    ("el", "Η συνάδελφος Μαρία Κωνσταντίνου έχει καρκίνο", "Κωνσταντίνου"),
    ("tr", "İş arkadaşım Emre geçen hafta ameliyat oldu", "Emre"),
    ("ro", "Colegul Andrei este internat în spital de marți", "Andrei"),
    ("cs", "Kolegyně Petra leží v nemocnici", "Petra"),
    ("hu", "A kollégám, Bence kórházban van", "Bence"),
    ("ru", "Коллега Ирина Смирнова в больнице с инсультом", "Смирнова"),
    ("uk", "Колега Олена в лікарні з понеділка", "Олена"),
    ("ja", "佐藤さんが入院したそうです", "佐藤"),
    ("zh", "同事李明住院了，大家多关心", "李明"),
    ("zh", "王先生得了癌症，下周手术", "王"),
    ("ko", "박지훈 씨가 수술을 받았어요", "박지훈"),
    ("vi", "Chị Nguyễn Thị Lan đang nằm viện", "Nguyễn"),
    ("id", "teman Budi masih di rumah sakit", "Budi"),
]


@pytest.mark.parametrize(("lang", "text", "name"), HEALTH, ids=[h[0] for h in HEALTH])
def test_a_named_person_with_a_health_detail_is_found_and_masked(
    lang: str, text: str, name: str
) -> None:
    assert "pii.health_named_person" in rules(text), (lang, text)
    assert name not in mask_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been signed off with burnout since March, honestly",  # own health, no name
        "Estoy de baja por una hernia discal desde enero",
        "私は糖尿病で通院しています",
        "Είμαι στο νοσοκομείο από χθες",
        "Jestem w szpitalu od wczoraj, nic poważnego",
        "Our physio Anna is brilliant, highly recommend",  # a name, no health detail
        "Der Fahrer hat mir die Diabetes-Box bis zur Tür gebracht",  # a noun, not a name
        "お客様が入院されたため、予約をキャンセルしました",  # お客様 is no one's name
        "고객님 수술 잘 되셨나요?",  # 고객님 is no one's name
        "The deal collapsed and Tom went home",  # no health word
    ],
)
def test_health_hard_negatives(text: str) -> None:
    assert "pii.health_named_person" not in rules(text), text


def test_the_companys_name_next_to_a_health_word_is_no_person() -> None:
    profile = Profile(name="Harborline")
    text = "I heard Harborline's health plan finally pays for chemo"
    flags = detect_flags(make_mention(text), profile, NEUTRAL)
    assert "personal_data" not in {f.category for f in flags}


def test_flag_evidence_masks_what_it_found() -> None:
    profile = Profile(name="Harborline")
    text = "Harborline staff: Lösenordet till kassan är Kanel#442, och Erik är sjukskriven"
    post = make_mention(text)
    flags = detect_flags(post, profile, NEUTRAL)
    assert {"credential"} <= {f.category for f in flags}
    for flag in flags:
        assert "Kanel#442" not in flag.evidence
