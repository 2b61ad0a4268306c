"""Phone numbers in posts: international, US, and national formats of about forty regions.

``phonenumbers`` does the reading; this module decides which regions to read a number in:

* "+country" numbers of a length that country uses ("+44 7700 914382");
* whatever the US matcher reads (the default region of the product's first customers);
* the French layout "06 12 34 56 78" on its own;
* a national number after a phone word ("mi número 612 48 73 95", "Handy 0151 23456789",
  "我的手机 139 2231 5578", "τηλ. 691 234 5678", "cep 0532 123 45 67"): the word's regions
  first (手机: China, Hong Kong, Taiwan; cep: Turkey; puhelin: Finland), then the regions the
  post's script or letters suggest (Greek, Hangul, "ş", "ő", "ř"), then the common ones;
* without a word, a valid mobile of a trunk-zero region ("0151 23456789", "090-1234-5678") or
  of a region the script names ("13922315578" in Chinese text, "010-1234-5678" in Korean).

Reference numbers ("número de pedido 612487395", "订单号 ...") and the company's own numbers
(``ignore``, from ``phone_forms``) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import Any

from analysis.sensitive import Sensitive, mask_phone

# Seven digits close together: the least a phone number has (phonenumbers is the slow part).
PHONE_HINT = re.compile(r"\d(?:[ ().\-/]{0,3}\d){6}")
_FR_LAYOUT = re.compile(r"(?<![\d+])0[1-9](?:[ .]\d\d){4}(?![\d])")
# Not glued to a Latin word ("ab0612..." is a code), but Japanese runs into numbers ("番号は090").
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?![\d])")
_NATIONAL = re.compile(
    r"(?<![\d+(_A-Za-zÀ-ÿ])(?:\(\d{2,5}\)|\d{2,5})(?:[ ./-]?\d{2,8}){1,4}(?![\d])"
)
# Phone words and the regions they point to; "" points nowhere in particular ("number").
_WORD_TABLE: tuple[tuple[str, str], ...] = (
    (
        "",
        r"phone|tel\b|telephone|call\s+me|text\s+me|mobile?|cell|whatsapp|number|numéro|nummer"
        r"|número|numero|numer|rufnummer|handy|móvil|movil|celular|portable|appelez|rappelez"
        r"|llám\w*|llamad\w*|chiama\w*|bel\s+me|contact",
    ),
    ("TR", r"cep|ara(?:yın|yin)|numaram"),
    ("FI", r"puh\b|puhelin\w*|kännykk\w*|soita|numeroni"),
    ("SE NO DK", r"ring\s+mig|ring\s+meg|ring\s+til|mitt\s+nummer|mit\s+nummer|nå\s+mig"),
    ("SE NO DK DE", r"mobilnummer|telefonnummer|mobilnr"),
    ("PT BR", r"telemóvel|telemovel|telefone|liga-me|ligue|contacto"),
    ("PL", r"komórk\w*|zadzwo\w*|dzwoń\w*"),
    ("CZ SK", r"telefonní|volejte|zavolej\w*|zavolaj\w*|číslo|mobiln[ií]"),
    ("RO MD", r"numărul|numarul|sunați|sunati|sună-mă|suna-ma"),
    ("HU", r"telefonszám\w*|mobilszám\w*|hívj\w*"),
    ("GR CY", r"τηλ\w*|κινητ\w*"),
    ("RU UA BG BY KZ", r"телефон\w*|тел\b|моб\w*|звони\w*|дзвон\w*"),
    ("TR PL CZ SK RO HU SE NO DK DE AT CH", r"telefon\w*|mobil\w*"),
    ("ID MY", r"telepon|nomor|hubungi"),
    ("VN", r"điện\s+thoại|sđt|gọi"),
)
# Words outside Latin, Greek and Cyrillic scripts: no word boundary to wait for.
_CJK_WORD_TABLE: tuple[tuple[str, str], ...] = (
    ("CN HK TW MO SG", r"手机|手機|电话|联系我|联系方式|聯絡|致电|致電|微信|号码|號碼"),
    ("JP TW HK", r"電話|携帯|番号"),
    ("KR", r"핸드폰|휴대폰|휴대전화|전화|연락처|번호"),
    ("IL", r"טלפון|נייד"),
    ("SA AE EG MA JO", r"هاتف|جوال|موبايل|رقمي|واتساب|اتصل"),
    ("IN", r"फोन|फ़ोन|मोबाइल|नंबर"),
    ("TH", r"โทร|เบอร์|มือถือ"),
)
_PHONE_WORD = re.compile(
    r"(?:(?<![^\W\d_])(?P<w>"
    + "|".join(words for _, words in _WORD_TABLE)
    + r")|(?P<c>"
    + "|".join(words for _, words in _CJK_WORD_TABLE)
    + r"))[^\d\n]{0,25}$",
    re.I,
)
_WORD_REGIONS = tuple(
    (re.compile(rf"(?:{words})$", re.I), tuple(regions.split()))
    for regions, words in (*_WORD_TABLE, *_CJK_WORD_TABLE)
    if regions
)
# "número de pedido 612487395" is an order number, not a phone.
_NOT_PHONE_WORD = re.compile(
    r"order|pedido|commande|bestell|ordine|reserv|booking|factur|invoice|rechnung|client"
    r"|kunden|contra[ct]t|vertrag|seri|imei|dni|nif|cuenta|account|konto|tracking|seguimiento"
    r"|sendung|referen|ticket|claim|case|caso|dossier|member|socio|mitglied|policy|póliza"
    r"|订单|訂單|单号|單號|运单|運單|快递|快遞|编号|編號|주문|송장|운송장|注文|παραγγελ|αποστολ"
    r"|sipariş|kargo|zamówien|przesyłk|objednávk|comand|rendelés|tilaus|bestilling|beställning"
    r"|ordre|ordernummer",
    re.I,
)
# Characters that name a script or a language's letters, and the regions they suggest.
_SCRIPT_REGIONS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(chars), tuple(regions.split()))
    for chars, regions in (
        (r"[\uac00-\ud7af]", "KR"),
        (r"[\u4e00-\u9fff](?![\s\S]*[\u3040-\u30ff])", "CN HK TW MO SG"),
        (r"[\u0370-\u03ff]", "GR CY"),
        (r"[\u0400-\u04ff]", "RU UA BG"),
        (r"[\u0e00-\u0e7f]", "TH"),
        (r"[\u0590-\u05ff]", "IL"),
        (r"[\u0600-\u06ff]", "SA AE EG"),
        (r"[\u0900-\u097f]", "IN"),
        (r"[şğı]", "TR"),
        (r"[őű]", "HU"),
        (r"[řůě]", "CZ"),
        (r"[ăș]|ț", "RO"),
        (r"[ąęłźż]", "PL"),
        (r"[æø]", "DK NO"),
        (r"å", "SE NO DK"),
        (r"[ãõ]", "PT BR"),
        (r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", "VN"),
    )
)
# Regions a number after a phone word is read in, after the word's and the script's.
PHONE_REGIONS: tuple[str, ...] = (
    "FR", "ES", "PT", "IT", "DE", "GB", "NL", "BE", "AT", "CH", "PL", "IE", "JP", "BR", "MX",
)  # fmt: skip
# Regions whose numbers dial a trunk "0" first: a valid mobile there ("0151 23456789",
# "090-1234-5678") is a person's number even without a phone word before it.
TRUNK_ZERO_REGIONS = ("DE", "GB", "FR", "NL", "JP", "AT", "BE", "CH", "IE", "SE", "TR")
# Every other region a word or a script may name: also read for the company's own numbers.
MORE_REGIONS = tuple(
    sorted(
        (
            {r for _, regions in (*_WORD_TABLE, *_CJK_WORD_TABLE) for r in regions.split()}
            | {r for _, regions in _SCRIPT_REGIONS for r in regions}
        )
        - {*PHONE_REGIONS, *TRUNK_ZERO_REGIONS}
    )
)
# Regions with eight-digit numbers ("20 12 34 56" in Denmark): such a short number counts only
# after a word that names one of them.
_EIGHT_DIGITS = frozenset(["DK", "NO", "HK", "MO", "SG", "CY"])


@cache
def phonenumbers_module() -> Any:
    """``phonenumbers``, imported on first use (it loads its metadata lazily too)."""
    import phonenumbers

    return phonenumbers


def normalize_phone(value: str, region: str = "US") -> str | None:
    """Return a phone number in E.164 form (``+18005550199``), or None if it does not parse."""
    pn = phonenumbers_module()
    try:
        return str(pn.format_number(pn.parse(value, region), pn.PhoneNumberFormat.E164))
    except pn.NumberParseException:
        return None


def phone_forms(value: str) -> frozenset[str]:
    """Every E.164 form a published number may be read as in a post.

    "+44 20 7946 0321" has one. A national "0808 164 0290" has one per region a post's number
    is tried in (the US, the common regions, the trunk-zero ones and every region a word or a
    script may name), so the company's own number is recognized whichever region reads it.
    """
    pn = phonenumbers_module()
    forms = set()
    for region in ("US", *PHONE_REGIONS, *TRUNK_ZERO_REGIONS, *MORE_REGIONS):
        try:
            number = pn.parse(value, region)
        except pn.NumberParseException:
            continue
        if pn.is_possible_number(number):
            forms.add(str(pn.format_number(number, pn.PhoneNumberFormat.E164)))
    return frozenset(forms)


def find_phones(text: str, ignore: Collection[str], skip_business: bool) -> list[Sensitive]:
    """Find phone numbers in cleaned text (see the module docstring).

    Args:
        text: cleaned text.
        ignore: E.164 numbers that are not personal data (the company's own).
        skip_business: also leave out toll-free numbers.

    Returns:
        ``pii.phone`` spans, each masked down to its last two digits.
    """
    pn = phonenumbers_module()
    found = []
    seen = []  # every number the US matcher read, kept or not: not read twice below
    for m in pn.PhoneNumberMatcher(text, "US"):
        seen.append((m.start, m.end))
        if pn.format_number(m.number, pn.PhoneNumberFormat.E164) in ignore:
            continue
        if text[max(0, m.start - 2) : m.start].rstrip(" ").endswith("#"):
            continue  # "claim #4016688561", "order #..." are reference numbers
        if m.start >= 2 and text[m.start - 1] in "-/_" and text[m.start - 2].isalnum():
            continue  # "TC-2024-118273": the tail of an order or serial code
        if skip_business and pn.number_type(m.number) == pn.PhoneNumberType.TOLL_FREE:
            continue  # 800/888/... numbers belong to businesses, not people
        found.append(
            Sensitive("personal_data", "pii.phone", m.start, m.end, mask_phone(m.raw_string))
        )
    for start, end in _national_phones(text, ignore) + _international_phones(text, ignore):
        if not any(s < end and start < e for s, e in seen):
            seen.append((start, end))
            raw = text[start:end]
            found.append(Sensitive("personal_data", "pii.phone", start, end, mask_phone(raw)))
    return found


def _international_phones(text: str, ignore: Collection[str]) -> list[tuple[int, int]]:
    """A number with its country code ("+44 7700 914382"), of a length that country uses.

    The matcher above keeps only numbers in allocated ranges; a person's number written with
    "+country" is one whether or not the range is known to be allocated.
    """
    if "+" not in text:
        return []
    pn = phonenumbers_module()
    spans = []
    for m in _INTERNATIONAL.finditer(text):
        try:
            number = pn.parse(m.group(), None)
        except pn.NumberParseException:
            continue
        if pn.is_possible_number(number) and (
            pn.format_number(number, pn.PhoneNumberFormat.E164) not in ignore
        ):
            spans.append(m.span())
    return spans


def _valid_somewhere(
    raw: str, regions: tuple[str, ...], ignore: Collection[str], test: str = "valid"
) -> bool:
    """Whether ``raw`` is a number in one of ``regions`` (not an ignored one).

    ``test`` is ``"valid"`` (any valid number), ``"mobile"`` (a valid mobile number) or
    ``"possible"`` (the right length: fictional ranges such as UK 07700 900xxx count).
    """
    pn = phonenumbers_module()
    for region in regions:
        try:
            number = pn.parse(raw, region)
        except pn.NumberParseException:
            continue
        if test == "possible":
            ok = pn.is_possible_number(number)
        else:
            ok = pn.is_valid_number(number)
            if ok and test == "mobile":
                ok = pn.number_type(number) in (
                    pn.PhoneNumberType.MOBILE,
                    pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                )
        if ok:
            return pn.format_number(number, pn.PhoneNumberFormat.E164) not in ignore
    return False


@cache
def _regions_of_word(word: str) -> tuple[str, ...]:
    return tuple(r for rx, regions in _WORD_REGIONS if rx.match(word) for r in regions)


def _script_regions(text: str) -> tuple[str, ...]:
    if text.isascii():
        return ()
    low = text.lower()
    return tuple(r for rx, regions in _SCRIPT_REGIONS if rx.search(low) for r in regions)


def _national_phones(text: str, ignore: Collection[str]) -> list[tuple[int, int]]:
    """Spans of national-format numbers (see the module docstring)."""
    spans = [
        m.span() for m in _FR_LAYOUT.finditer(text) if _valid_somewhere(m.group(), ("FR",), ignore)
    ]
    script: tuple[str, ...] | None = None
    for m in _NATIONAL.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if not 8 <= digits <= 12 or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        word = _PHONE_WORD.search(text, max(0, m.start() - 40), m.start())
        if (word and _NOT_PHONE_WORD.search(word.group())) or _NOT_PHONE_WORD.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "ticket number is ...", "Bestellnummer ...": a reference number
        if script is None:
            script = _script_regions(text)
        named = _regions_of_word(word.group("w") or word.group("c")) if word else ()
        if digits == 8 and not (word and _EIGHT_DIGITS.intersection(named + script)):
            continue  # eight digits are a phone only after a word, where such numbers exist
        raw, trunk = m.group(), m.group().startswith("0")
        regions = tuple(dict.fromkeys(named + script + PHONE_REGIONS))
        if (
            (word and _valid_somewhere(raw, regions, ignore))
            or (trunk and _valid_somewhere(raw, TRUNK_ZERO_REGIONS, ignore, "mobile"))
            or (trunk and word and _valid_somewhere(raw, TRUNK_ZERO_REGIONS, ignore, "possible"))
            or (script and _valid_somewhere(raw, script, ignore, "mobile"))
        ):
            spans.append(m.span())
    return spans
