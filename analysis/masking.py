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
national ID     PESEL 95081326853           PESEL *********53
date of birth   DOB 03/15/1982              DOB **/**/****
name + health   Carol Jensen's cancer       C*** J***'s cancer
password        lösenordet är Kanel#442     lösenordet är K*******2
==============  ==========================  ==============================

Credentials are found by ``analysis.credentials`` (stated passwords by ``analysis.passwords``),
context-dependent personal data by ``analysis.personal``, national identity numbers by
``analysis.national_ids``, phone numbers by ``analysis.phones``; this module adds the other
self-validating numbers and emails, and resolves overlaps.

Validation keeps false positives down: cards must pass Luhn and have a real issuer prefix,
SSNs must be in a valid range, IBANs must pass the mod-97 checksum and their country's length.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from analysis.credentials import CREDENTIAL_RULES, find_credentials
from analysis.national_ids import find_national_ids
from analysis.personal import find_personal_context
from analysis.phones import PHONE_HINT, find_phones, normalize_phone, phone_forms
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
from analysis.text import clean_text, lower_keep_offsets

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
    "assistenza klantenservice atendimento outages status alerts notifications demo "
    "membership members memberships mitglieder mitgliedschaft socios membresia adhesion leden "
    "lidmaatschap soci tesseramento medlem medlemskap cancellations cancel subscriptions "
    "subscription abo accounts finance legal compliance dpo gdpr customercare care "
    "customerservice helpdesk servicedesk returns refunds claims kundservice kundtjanst "
    "asiakaspalvelu kundeservice obsluga biuro"
)
_ROLE_MAILBOXES = frozenset(_ROLE_MAILBOX_NAMES.split())
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})\b")
_DIGIT = re.compile(r"\d")
_IBAN_HINT = re.compile(r"[A-Z]{2}\d\d")


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
        if (roles or m.group().partition("@")[0].lower() not in _ROLE_MAILBOXES)
        and not text.endswith("://", 0, m.start())  # "https://TOKEN@host": a credential
    ]


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
    if n_digits >= 5:  # before phones: on the same span the checked identifier is kept
        found += find_national_ids(text, lower_keep_offsets(text))
    if n_digits >= 7 and PHONE_HINT.search(text):
        found += find_phones(text, frozenset(ignore_phones), skip_business_phones)
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
