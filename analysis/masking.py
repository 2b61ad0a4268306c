"""Find personal data and secrets in text, and mask them so the product never re-leaks them.

``find_sensitive`` returns every detected span with its already-masked form; ``mask_text``
replaces them all. Both work on *cleaned* text (see ``analysis.text.clean_text``): invisible
characters inside a card number must not let it slip through.

Masks keep just enough to recognise the value:

==============  ==========================  ==============================
what            example                     masked
==============  ==========================  ==============================
card number     4111 1111 1111 1111         4111 **** **** 1111
API key/token   AKIAIOSFODNN7EXAMPLE        AKIA************MPLE
email           jane.doe@example.com        j***@example.com
phone           (415) 555-2671              (***) ***-**71
US SSN          123-45-6789                 ***-**-6789
IBAN            DE89 3704 0044 0532 0130 00 DE89 **** **** **** **** 00
member ID       member ID MM-4471-2290      member ID **-****-**90
date of birth   DOB 03/15/1982              DOB **/**/****
name + health   Carol Jensen's cancer       C*** J***'s cancer
==============  ==========================  ==============================

Credentials are found by ``analysis.credentials``, context-dependent personal data by
``analysis.personal``; this module adds the self-validating numbers and resolves overlaps.

Validation keeps false positives down: cards must pass Luhn and have a real issuer prefix,
SSNs must be in a valid range, IBANs must pass the mod-97 checksum and their country's length.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import Any

from analysis.credentials import CREDENTIAL_RULES, find_credentials
from analysis.personal import find_personal_context
from analysis.sensitive import (
    IBAN_LENGTHS,
    Sensitive,
    card_issuer_ok,
    iban_ok,
    luhn_ok,
    mask_card,
    mask_email,
    mask_iban,
    mask_phone,
    mask_ssn,
    mask_token,
    ssn_ok,
)
from analysis.text import clean_text

__all__ = [
    "CREDENTIAL_RULES",
    "Sensitive",
    "find_credentials",
    "find_sensitive",
    "luhn_ok",
    "mask_card",
    "mask_email",
    "mask_iban",
    "mask_phone",
    "mask_ssn",
    "mask_text",
    "mask_token",
    "normalize_phone",
    "phone_forms",
    "ssn_ok",
]


# --- detectors -----------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}"
    r"\.[A-Za-z]{2,24}(?![\w-])"
)
# Every email has a local-part character right before its "@" and a domain one right after:
# "@handle" mentions, most of the "@"s in posts, are told apart without trying _EMAIL at each word.
_EMAIL_HINT = re.compile(r"[\w.%+-]@[A-Za-z0-9-]")
# Role mailboxes are published on purpose; they are not a person's data.
_ROLE_MAILBOX_NAMES = (
    "abuse admin careers contact press help hello hr info jobs marketing media noreply "
    "no-reply office privacy sales security support team webmaster kontakt contacto contato "
    "presse prensa imprensa service kundenservice datenschutz karriere empleo emploi vacatures "
    "recrutement billing invoices orders newsletter feedback groups group bookings booking "
    "reservations reservation reservas reserva reservierung reservierungen events eventos "
    "evenementen concierge frontdesk reception recepcion rezeption accueil ventas vendas vertrieb "
    "verkoop enquiries inquiries partners partnerships investors ir careers pr complaints "
    "reclamaciones reclamacoes reclamations beschwerden klachten reclami soporte suporte "
    "assistenza klantenservice atendimento outages status alerts notifications demo"
)
_ROLE_MAILBOXES = frozenset(_ROLE_MAILBOX_NAMES.split())
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})\b")
_DIGIT = re.compile(r"\d")
# Seven digits close together: the least a phone number has (phonenumbers is the slow part).
_PHONE_HINT = re.compile(r"\d(?:[ ().\-/]{0,3}\d){6}")
_IBAN_HINT = re.compile(r"[A-Z]{2}\d\d")
# National numbers without "+country" that the US-default matcher cannot read: the French
# layout "06 12 34 56 78" is distinctive on its own; other European numbers count when a phone
# word comes just before ("mi número 612 48 73 95", "Handy 0151 23456789").
_FR_LAYOUT = re.compile(r"(?<![\d+])0[1-9](?:[ .]\d\d){4}(?![\d])")
# Not glued to a Latin word ("ab0612..." is a code), but Japanese runs into numbers ("番号は090").
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?![\d])")
_NATIONAL = re.compile(
    r"(?<![\d+(_A-Za-zÀ-ÿ])(?:\(\d{2,5}\)|\d{2,5})(?:[ ./-]?\d{2,8}){1,4}(?![\d])"
)
_PHONE_WORD = re.compile(
    r"(?:(?<![^\W\d_])(?:phone|tel\b|telephone|call\s+me|text\s+me|mobile?|mobil\w*|cell"
    r"|whatsapp|number|numéro|nummer|número|numero|numer|rufnummer|telefon\w*|handy|móvil|movil"
    r"|celular|portable|appelez|rappelez|llám\w*|llamad\w*|ligue|chiama\w*|bel\s+me|zadzwo\w*"
    r"|contact|ring\s+mig|ara(?:yın|yin)|numaram)|電話|携帯|番号)[^\d\n]{0,25}$",
    re.I,
)
# "número de pedido 612487395" is an order number, not a phone.
_NOT_PHONE_WORD = re.compile(
    r"order|pedido|commande|bestell|ordine|reserv|booking|factur|invoice|rechnung|client"
    r"|kunden|contra[ct]t|vertrag|seri|imei|dni|nif|cuenta|account|konto|tracking|seguimiento"
    r"|sendung|referen|ticket|claim|case|caso|dossier|member|socio|mitglied|policy|póliza",
    re.I,
)
_PHONE_REGIONS = (
    "FR",
    "ES",
    "PT",
    "IT",
    "DE",
    "GB",
    "NL",
    "BE",
    "AT",
    "CH",
    "PL",
    "IE",
    "JP",
    "BR",
    "MX",
)
# Regions whose numbers dial a trunk "0" first: a valid mobile there ("0151 23456789",
# "090-1234-5678") is a person's number even without a phone word before it.
_TRUNK_ZERO_REGIONS = ("DE", "GB", "FR", "NL", "JP", "AT", "BE", "CH", "IE", "SE", "TR")


def _cards(text: str) -> list[Sensitive]:
    found = []
    for m in _CARD.finditer(text):
        raw = m.group()
        groups = re.split(r"[ -]", raw)
        if len(groups) > 1 and not all(3 <= len(g) <= 6 for g in groups):
            continue  # "1 2 3 4 ..." or a phone-like layout, not a card
        digits = "".join(groups)
        if card_issuer_ok(digits) and luhn_ok(digits):
            found.append(Sensitive("personal_data", "pii.card_number", *m.span(), mask_card(raw)))
    return found


def _ssns(text: str) -> list[Sensitive]:
    return [
        Sensitive("personal_data", "pii.ssn", *m.span(), mask_ssn(m.group()))
        for m in _SSN.finditer(text)
        if ssn_ok(m.group(1), m.group(3), m.group(4))
    ]


def _ibans(text: str) -> list[Sensitive]:
    found = []
    for m in _IBAN.finditer(text):
        raw = m.group(1)
        compact = raw.replace(" ", "")
        expected = IBAN_LENGTHS.get(compact[:2], len(compact))
        if len(compact) < expected:
            continue
        # The regex may swallow a following capitalised word; cut to the country's length.
        end, count = 0, 0
        while count < expected:
            count += raw[end] != " "
            end += 1
        if iban_ok(compact[:expected]):
            start = m.start(1)
            found.append(
                Sensitive("personal_data", "pii.iban", start, start + end, mask_iban(raw[:end]))
            )
    return found


def _emails(text: str, roles: bool = False) -> list[Sensitive]:
    if not _EMAIL_HINT.search(text):
        return []
    return [
        Sensitive("personal_data", "pii.email", *m.span(), mask_email(m.group()))
        for m in _EMAIL.finditer(text)
        if roles or m.group().partition("@")[0].lower() not in _ROLE_MAILBOXES
    ]


@cache
def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


def normalize_phone(value: str, region: str = "US") -> str | None:
    """Return a phone number in E.164 form (``+18005550199``), or None if it does not parse."""
    pn = _phonenumbers()
    try:
        return str(pn.format_number(pn.parse(value, region), pn.PhoneNumberFormat.E164))
    except pn.NumberParseException:
        return None


def phone_forms(value: str) -> frozenset[str]:
    """Every E.164 form a published number may be read as in a post.

    "+44 20 7946 0321" has one. A national "0808 164 0290" has one per region a post's number
    is tried in (the US, then the European and Japanese trunk-zero regions), so the company's
    own number is recognized whichever region reads it.
    """
    pn = _phonenumbers()
    forms = set()
    for region in ("US", *_PHONE_REGIONS, *_TRUNK_ZERO_REGIONS):
        try:
            number = pn.parse(value, region)
        except pn.NumberParseException:
            continue
        if pn.is_possible_number(number):
            forms.add(str(pn.format_number(number, pn.PhoneNumberFormat.E164)))
    return frozenset(forms)


def _phones(text: str, ignore: Collection[str], skip_business: bool) -> list[Sensitive]:
    pn = _phonenumbers()
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
    pn = _phonenumbers()
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
    pn = _phonenumbers()
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


def _national_phones(text: str, ignore: Collection[str]) -> list[tuple[int, int]]:
    """Spans of European national-format numbers (see ``_FR_LAYOUT`` and ``_PHONE_WORD``)."""
    spans = [
        m.span() for m in _FR_LAYOUT.finditer(text) if _valid_somewhere(m.group(), ("FR",), ignore)
    ]
    for m in _NATIONAL.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if not 9 <= digits <= 12 or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        word = _PHONE_WORD.search(text, max(0, m.start() - 40), m.start())
        if (word and _NOT_PHONE_WORD.search(word.group())) or _NOT_PHONE_WORD.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "ticket number is ...", "Bestellnummer ...": a reference number
        raw, trunk = m.group(), m.group().startswith("0")
        if (
            (word and _valid_somewhere(raw, _PHONE_REGIONS, ignore))
            or (trunk and _valid_somewhere(raw, _TRUNK_ZERO_REGIONS, ignore, "mobile"))
            or (trunk and word and _valid_somewhere(raw, _TRUNK_ZERO_REGIONS, ignore, "possible"))
        ):
            spans.append(m.span())
    return spans


def find_sensitive(
    text: str,
    *,
    ignore_phones: Collection[str] = (),
    skip_business_phones: bool = False,
    ignore_words: Collection[str] = (),
    placeholders: bool = False,
) -> list[Sensitive]:
    """Find personal data and secrets in cleaned text.

    Cheap pre-checks keep ordinary text fast: number detectors run only when the text has
    enough digits, the email detector only when it has an ``@``, each credential rule only when
    its literal prefix occurs.

    Args:
        text: cleaned text (``analysis.text.clean_text``).
        ignore_phones: E.164 numbers that are not personal data (the company's own).
        skip_business_phones: also ignore toll-free numbers (they belong to businesses).
        ignore_words: lowercase words that are never a person's name (company, customers).
        placeholders: also return filler in a token's format ("AKIAXXXXXXXXXXXXXXXX") and
            role mailboxes ("groups@..."): what ``mask_text`` masks but no flag reports.

    Returns:
        Non-overlapping spans ordered by position; on overlap the earlier, then longer, wins.
    """
    found = find_credentials(text, placeholders=placeholders)
    if "@" in text:
        found += _emails(text, roles=placeholders)
    n_digits = len(_DIGIT.findall(text)) if _DIGIT.search(text) else 0
    if n_digits >= 9:
        found += _cards(text) + _ssns(text)
    if n_digits >= 7 and _PHONE_HINT.search(text):
        found += _phones(text, frozenset(ignore_phones), skip_business_phones)
    if n_digits >= 10 and _IBAN_HINT.search(text):
        found += _ibans(text)
    found += find_personal_context(text, ignore_words)
    kept: list[Sensitive] = []
    for s in sorted(found, key=lambda s: (s.start, s.start - s.end)):
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
        elif s.end > kept[-1].end:  # overlapping and longer: extend, masking the overhang
            last = kept[-1]
            tail = "".join("*" if c.isalnum() else c for c in text[last.end : s.end])
            kept[-1] = Sensitive(last.category, last.rule, last.start, s.end, last.masked + tail)
    return kept


def mask_text(text: str) -> str:
    """Return ``clean_text(text)`` (no length cut) with every detectable secret masked.

    Use it before any post text leaves the database: reports, logs, notifications. It masks
    every email, phone number (including business numbers), valid card number, SSN, IBAN and
    credential that ``find_sensitive`` detects.
    """
    cleaned = clean_text(text, max_chars=None)
    parts: list[str] = []
    pos = 0
    for s in find_sensitive(cleaned, placeholders=True):
        parts += [cleaned[pos : s.start], s.masked]
        pos = s.end
    parts.append(cleaned[pos:])
    return "".join(parts)
