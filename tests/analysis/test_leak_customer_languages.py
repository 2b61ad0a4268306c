"""Leak cues and customer short forms beyond the nine languages the older lists read.

Tables, one row per language or mechanism: internal documents and "not public yet" in about
thirty languages (``analysis.leak_lexicon_intl``), the official story against an internal
source, customers by initials, without diacritics, by nickname and glued to Chinese, and deal
terms in more languages (``analysis.deal_lexicon_intl``). Each mechanism has hard negatives:
an acronym in lower case or inside a code, "internal" meaning interior, a street named like a
code name, a customer's own partnership post, a pay complaint.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis import customer_forms as F
from analysis import leak_lexicon as X
from analysis import leak_lexicon_intl as I
from analysis import leaks as LK
from analysis import material_lexicon as M
from analysis.flags import _lower, detect_flags
from analysis.gate import KeywordGate
from analysis.lexicon import compile_words
from analysis.phrase_table import GateUnion, loose
from analysis.profile import Profile, parse_profile
from analysis.sentiment import Sentiment
from analysis.text import clean_text
from connectors.base import Mention
from tests.analysis.test_leak_mechanisms import labeled_texts

MentionFactory = Callable[..., Mention]
NEUTRAL = Sentiment("neutral", 0.0)

PROFILE = parse_profile(
    """
name = "Marlpit Freight"
aliases = ["Marlpit"]
handles = ["marlpitfreight"]
code_names = ["Larkspur", "Project Wren"]
customers = [
    "Ostrander Garden Supplies Ltd",
    "Pellegrini Tessuti Industriali S.r.l.",
    "Wójcik Ogrody Sp. z o.o.",
    "Gallimore Precision Inc.",
    "Harrington Tool Hire Ltd",
]
confidential_terms = ["depot closure plan"]
employee_handles = ["ops_ines_mf"]
""",
    "test profile",
)
EMPLOYEE = {"author_handle": "ops_ines_mf", "author_description": "logistics, coffee, cats"}
# names the company without saying a job: not an employee, but context from the inside
AFFILIATED = {"author_handle": "desk_gen", "author_description": "building marlpit freight 🚀"}
OUTSIDER = {"author_handle": "freight_watcher", "author_description": "shipping nerd"}


@pytest.fixture
def marlpit() -> Profile:
    return PROFILE


def flags_of(profile: Profile, post: Mention, category: str) -> list[str]:
    return [f.rule for f in detect_flags(post, profile, NEUTRAL) if f.category == category]


# --- leaks: internal documents and "not public yet" in many languages ------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Εσωτερικό email σήμερα: κλείνει η αποθήκη στη Θεσσαλονίκη τον Μάρτιο."),
        ("el", "ΕΣΩΤΕΡΙΚΟ ΣΗΜΕΙΩΜΑ: νέες τιμές από τον Απρίλιο"),  # capitals lose the accents
        ("el", "Η συγχώνευση δεν έχει ανακοινωθεί ακόμα, γίνεται τον Ιούνιο."),
        ("tr", "İç yazışma geldi: İzmir deposu eylülde kapanıyor."),
        ("tr", "sirket ici duyuru: fiyatlar nisanda artiyor"),  # typed without Turkish letters
        ("zh", "内部通知：上海仓库下个月关闭，还没对外公布。"),
        ("zh", "內部郵件：台中倉庫明年關閉，大家先別外傳。"),
        ("ja", "内部メールによると大阪センターは閉店予定らしい"),
        ("ko", "내부 메일 받았는데 부산 창고 폐쇄한대요. 아직 공개 안 된 얘기예요."),
        ("ru", "Внутреннее письмо: склад в Казани закрывают в мае."),
        ("uk", "Внутрішній лист: склад у Львові закривають, ще не оголосили."),
        ("ar", "مذكرة داخلية اليوم: إغلاق مستودع الدمام في مايو"),
        ("he", "מייל פנימי: סגירת המחסן בחיפה, עדיין לא פורסם."),
        ("id", "Memo internal hari ini: gudang Surabaya akan ditutup."),
        ("vi", "Email nội bộ: kho Đà Nẵng sẽ đóng cửa tháng sau."),
        ("ro", "Email intern azi: depozitul din Cluj se închide în iunie."),
        ("ro", "depozitul se inchide in iunie, nu a fost anuntat inca"),  # no diacritics
        ("cs", "Interní e-mail: sklad v Brně se zavírá v červnu."),
        ("sk", "Interný e-mail: sklad v Košiciach zatvára, ešte to nie je oficiálne."),
        ("fi", "Sisäinen tiedote tänään: Tampereen varasto suljetaan kesällä."),
        ("hu", "Belső levél jött: bezár a győri raktár, még nem hivatalos."),
        ("da", "Intern mail i dag: lageret i Aarhus lukker til sommer."),
        ("no", "Lageret i Bergen legges ned, ikke offentliggjort ennå."),
        ("sv", "Internt mejl idag: lagret i Malmö stänger i maj."),
        ("bg", "Вътрешно писмо: складът в Пловдив затваря."),
        ("hr", "Interni mail: skladište u Splitu se zatvara."),
        ("sl", "Interno sporočilo: skladišče v Mariboru zapira."),
        ("et", "Sisemine kiri täna: Tartu ladu suletakse."),
        ("lv", "Iekšējais e-pasts: Daugavpils noliktava tiek slēgta."),
        ("lt", "Vidinis laiškas: Kauno sandėlis uždaromas."),
        ("it", "Dalla call interna di stamattina: chiude il magazzino di Bari."),
        ("de", "Es wird keine Pressemitteilung geben, aber das Lager in Kassel macht zu."),
        ("fr", "Il n'y aura aucune annonce, mais l'entrepôt de Lille ferme en mai."),
        ("es", "No habrá ningún comunicado, pero cierran el almacén de Vigo."),
        ("pt", "Não vai haver nenhum anúncio, mas o armazém do Porto fecha em junho."),
        ("nl", "Er komt geen persbericht, maar het depot in Tilburg sluit."),
        ("pl", "Nie będzie żadnego ogłoszenia, ale magazyn w Łodzi zamykają."),
        ("en", "No announcement will be made, but the Leeds depot closes in June."),
        ("en", "The depot move wasn't supposed to be public yet. Oh well."),
    ],
)
def test_an_employee_leaks_in_many_languages(
    marlpit: Profile, mention: MentionFactory, lang: str, text: str
) -> None:
    assert flags_of(marlpit, mention(text, **EMPLOYEE), "confidential_leak"), lang


@pytest.mark.parametrize(
    ("gate", "text"),
    [
        # weak markers: secrecy
        ("not_public", "μην το πείτε σε κανέναν"),
        ("not_public", "müşterilere söylememiz yasak"),
        ("not_public", "大家先别外传"),
        ("not_public", "никому не говорите пока"),
        ("not_public", "aramızda kalsın"),
        ("not_public", "älkää kertoko kenellekään"),
        ("not_public", "all i'll say is: bring a jumper"),
        ("not_public", "there's a script for when the fee change lands"),
        ("not_public", "haven't seen a single word about it anywhere public"),
        # weak markers: internal source
        ("internal", "the audit numbers were kept off slack on purpose"),
        ("internal", "someone from legal shared their screen and there it was"),
        ("internal", "er is intern durchgesickert"),
        ("internal", "公司内部都在传"),
        ("internal", "bilgi içeriden geldi"),
        # incidents and how they are hidden
        ("incident", "veri sızıntısı oldu"),
        ("incident", "атака вымогателей, инцидент в пятницу"),
        ("incident", "数据泄露"),
        ("incident", "we lost six boxes over the side last night"),
        ("concealed", "the breach that 'did not affect customer data'"),
        ("concealed", "security has known for weeks"),
        ("concealed", "there won't be an email about it"),
        ("concealed", "keine meldung an die behörde"),
        ("concealed", "δεν ενημέρωσαν τους πελάτες"),
        ("concealed", "没有通知客户"),
        # the official story
        ("cover", "the official line is 'a routine upgrade'"),
        ("cover", "they want it logged as a 'minor delay'"),
        ("cover", "nach außen heißt es noch umbau"),
        ("cover", "官方说法是系统升级"),
        ("cover", "resmi açıklama farklı"),
    ],
)
def test_weak_markers_in_more_languages(gate: str, text: str) -> None:
    gates = {
        "not_public": X.NOT_PUBLIC,
        "internal": X.INTERNAL,
        "incident": M.INCIDENT_MORE,
        "concealed": M.CONCEALED_MORE,
        "cover": M.COVER_STORY,
    }
    assert gates[gate].search(_lower(clean_text(text))), text


@pytest.mark.parametrize(
    "text",
    [
        # an internal source against the official story
        "Our internal audit lists nine missed inspections. The official line was 'bad luck'.",
        # an incident with a quoted denial and insiders who knew
        "The Marlpit ransomware thing that 'did not affect customer data'? Legal has known for "
        "weeks it did.",
        # a screen shared by accident shows a confidential term
        "Someone from finance shared their screen by accident: the depot closure plan, all of it",
    ],
)
def test_new_mechanisms_in_english(marlpit: Profile, mention: MentionFactory, text: str) -> None:
    assert flags_of(marlpit, mention(text, **EMPLOYEE), "confidential_leak")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # "internal" and "内部" in their everyday senses
        ("Internal transfer approved: I start at the Hamburg depot next month 🎉", EMPLOYEE),
        ("Ο εσωτερικός χώρος του νέου γραφείου είναι υπέροχος", EMPLOYEE),
        ("公司内部装修完了，新办公室很漂亮", EMPLOYEE),
        ("İç mekan tasarımı çok güzel olmuş", EMPLOYEE),
        # secrecy with nothing material
        ("Μεταξύ μας, ο καφές στο γραφείο είναι απαίσιος", EMPLOYEE),
        ("All I'll say is: what a match last night!", EMPLOYEE),
        # a single-word code name inside a street's name
        ("Covering at the Larkspur Road depot tomorrow, come and say hi", EMPLOYEE),
        # a customer's own partnership post pointing staff to its intranet
        (
            "Staff: our new freight partnership with Marlpit is now live. Details on the intranet.",
            {"author_handle": "ostrander_hq", "author_description": "Ostrander official account"},
        ),
        # pay complaints are not leaks ("cara de anuncio" is an advert's face)
        ("En Marlpit quieren cara de anuncio y el sueldo no llega a fin de mes.", EMPLOYEE),
        ("Clients wait for hours at Marlpit, then we get told to skip our breaks.", EMPLOYEE),
        # staff mocking a euphemism is not a cover story
        ("Management calls it 'agility'. I call it understaffing.", EMPLOYEE),
    ],
)
def test_harmless_posts_in_the_new_languages_are_not_leaks(
    marlpit: Profile, mention: MentionFactory, text: str, author: dict[str, str]
) -> None:
    assert flags_of(marlpit, mention(text, **author), "confidential_leak") == []


def test_a_code_name_inside_chinese_text_with_a_cue(
    marlpit: Profile, mention: MentionFactory
) -> None:
    text = "内部邮件：Larkspur 项目推迟到秋天，还没对外公布。"
    assert "leak.code_name" in flags_of(marlpit, mention(text, **AFFILIATED), "confidential_leak")


# --- customers: short forms derived from the profile -----------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "rule"),
    [
        # initials of the legal name, upper case, from an insider
        ("OGS wants the pallets relabelled by Friday, again.", EMPLOYEE, "named_by_employee"),
        ("PTI called twice about the delayed bales.", AFFILIATED, "named_by_affiliate"),
        # initials next to deal terms, from anyone, in a post about the company
        (
            "Word is PTI pays Marlpit €2.10 per pallet under a three-year contract.",
            OUTSIDER,
            "deal_terms",
        ),
        # the name typed without its diacritics
        ("Lunch with the Wojcik buyers in Poznań today.", EMPLOYEE, "named_by_employee"),
        ("Wojcik Ogrody zahlt Marlpit angeblich 700 € pro Container.", OUTSIDER, "deal_terms"),
        # a nickname made of the name's start, from an employee
        ("Three reefers for Gally before noon, then lunch.", EMPLOYEE, "named_by_employee"),
        # a short name glued to Chinese text
        ("今天给Ostrander订了20个托盘", AFFILIATED, "named_by_affiliate"),
        # a short name next to deal terms from an outsider
        (
            "Ostrander is apparently paying Marlpit £90k a year for the Leeds lane.",
            OUTSIDER,
            "deal_terms",
        ),
    ],
)
def test_customer_short_forms(
    marlpit: Profile, mention: MentionFactory, text: str, author: dict[str, str], rule: str
) -> None:
    assert f"customer.{rule}" in flags_of(marlpit, mention(text, **author), "customer_disclosure")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # an acronym in lower case, inside a word or a part code, or in an all-caps post
        ("ogs everywhere at the trade fair lol", EMPLOYEE),
        ("Restocking clogs and BOGS boots at the depot shop", EMPLOYEE),
        ("Part OGS-1200 is back in stock", EMPLOYEE),
        ("THE OGS TEAM IS THE BEST TEAM", EMPLOYEE),
        # an outsider's bare acronym or nickname
        ("Anyone know what PTI stands for on this customs form?", OUTSIDER),
        ("Gally was brilliant at the pub quiz", OUTSIDER),
        # a nickname candidate that is an English word or a given name
        ("Harry from accounts brought cake", EMPLOYEE),
        # a chat acronym equal to a customer's initials ("hope this helps")
        ("HTH, the depot opens at six", EMPLOYEE),
        # a short name as a street or a person's surname
        ("Walked down Ostrander Road to the Marlpit depot", OUTSIDER),
        ("Said goodbye to Lena Gallimore from HR today", EMPLOYEE),
    ],
)
def test_short_forms_that_name_no_customer(
    marlpit: Profile, mention: MentionFactory, text: str, author: dict[str, str]
) -> None:
    assert flags_of(marlpit, mention(text, **author), "customer_disclosure") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Ostrander Garden Supplies har ett avtal med Marlpit, 30 kronor per pall."),
        ("de", "Ostrander Garden Supplies zahlt Marlpit 40 € pro Container."),
        ("tr", "Ostrander Garden Supplies, Marlpit ile yıllık sözleşme imzalamış."),
        ("ru", "Ostrander Garden Supplies продлили договор с Marlpit на год."),
        ("el", "Η Ostrander Garden Supplies υπέγραψε σύμβαση με τη Marlpit."),
        ("zh", "Ostrander Garden Supplies 和 Marlpit 签约了，每个柜 800 美元。"),
        ("fi", "Ostrander Garden Supplies maksaa Marlpit-yhtiölle 900 euroa kuukaudessa."),
        ("cs", "Ostrander Garden Supplies má s Marlpit smlouvu na tři roky."),
        ("hu", "Az Ostrander Garden Supplies szerződést kötött a Marlpit céggel."),
        ("id", "Ostrander Garden Supplies perpanjangan kontrak dengan Marlpit, 50 juta per bulan."),
        ("vi", "Ostrander Garden Supplies ký hợp đồng với Marlpit, 200 triệu mỗi tháng."),
        ("ar", "Ostrander Garden Supplies وقعت عقد مع Marlpit لمدة سنة"),
        ("he", "Ostrander Garden Supplies חתמה על חוזה עם Marlpit"),
        ("en", "Ostrander Garden Supplies moved 2,000 TEU to Marlpit this year."),
    ],
)
def test_deal_terms_in_more_languages(
    marlpit: Profile, mention: MentionFactory, lang: str, text: str
) -> None:
    rules = flags_of(marlpit, mention(text, **OUTSIDER), "customer_disclosure")
    assert rules == ["customer.deal_terms"], lang


# --- building blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("customer", "initials"),
    [
        ("Ostrander Garden Supplies Ltd", "OGS"),
        ("Pellegrini Tessuti Industriali S.r.l.", "PTI"),
        ("Redmayne Cold Storage A/S", "RCS"),
        ("Nordhavn Kaffe Rösteri Sp. z o.o.", "NKR"),
        ("Bank of the West", None),  # two significant words
        ("Wójcik Ogrody Sp. z o.o.", None),
        ("Harrington Tool Hire Ltd", None),  # "HTH" is chat for "hope this helps"
        ("Central Processing Unit Co", None),  # "CPU"
    ],
)
def test_initialism_of_a_legal_name(customer: str, initials: str | None) -> None:
    assert F.initialism(customer) == initials


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Kamiński Meble", "Kaminski Meble"), ("Øresund Ågård", "Oresund Agard"), ("Plain", "Plain")],
)
def test_unaccented(name: str, bare: str) -> None:
    assert F.unaccented(name) == bare


def test_nicknames_skip_words_and_given_names() -> None:
    assert "Gally" in F.nicknames("Gallimore")
    assert not F.nicknames("Wren")  # too short to have a distinctive start
    assert F.is_common_word("Sorry") and F.is_common_word("Harry")
    assert not F.is_common_word("Gally")


def test_loose_phrases_match_without_accents() -> None:
    pattern = compile_words(rf"\b{loose('ανακοίνωση')}")
    assert pattern.search("ανακοινωση") and pattern.search("ανακοίνωση")
    romanian = compile_words(rf"\b{loose('anunțat')}")
    assert romanian.search("anunţat") and romanian.search("anuntat")  # cedilla, bare


@pytest.mark.parametrize(
    "gate",
    [X.INTERNAL, M.COVER_STORY, LK.LEAK_LANGUAGE],
    ids=["internal", "cover", "leak_language"],
)
def test_gates_find_what_the_full_regex_finds(gate: KeywordGate | GateUnion) -> None:
    full = compile_words(gate.pattern)
    for low in labeled_texts():
        assert (gate.search(low) is None) == (full.search(low) is None), low


@pytest.mark.parametrize(
    "source", [I.STRONG, I.INTERNAL_WORDS, I.NOT_PUBLIC, I.INCIDENT, I.CONCEALED, I.COVER]
)
def test_table_gates_spare_english_posts_their_substrings(source: str) -> None:
    # Every spaced phrase is keyed; only CJK, Arabic and Hebrew substrings stay residual, and
    # those run on non-ASCII text only.
    assert not KeywordGate(source).residual_ascii
