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
==============  ==========================  ==============================

Validation keeps false positives down: cards must pass Luhn and have a real issuer prefix,
SSNs must be in a valid range, IBANs must pass the mod-97 checksum and their country's length.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Any

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
    "ssn_ok",
]


@dataclass(frozen=True, slots=True)
class Sensitive:
    """One span of personal data or a secret.

    Attributes:
        category: ``"personal_data"`` or ``"credential"``.
        rule: stable rule id, e.g. ``"pii.card_number"`` or ``"cred.aws_access_key"``.
        start: offset of the span in the (cleaned) text.
        end: end offset (exclusive).
        masked: the span with the sensitive part masked.
    """

    category: str
    rule: str
    start: int
    end: int
    masked: str


# --- masks ---------------------------------------------------------------------------------


def mask_token(token: str) -> str:
    """Mask a secret, keeping 4 characters at each end (1 for short values, none below 6)."""
    n = len(token)
    keep = 4 if n >= 16 else 1 if n >= 6 else 0
    stars = "*" * min(n - 2 * keep, 16)
    return f"{token[:keep]}{stars}{token[n - keep :] if keep else ''}"


def _mask_chars(value: str, keep_first: int, keep_last: int, is_kept: Any = str.isdigit) -> str:
    """Star every significant character except the first/last few; keep separators."""
    positions = [i for i, c in enumerate(value) if is_kept(c)]
    hidden = set(positions[keep_first : len(positions) - keep_last])
    return "".join("*" if i in hidden else c for i, c in enumerate(value))


def mask_card(value: str) -> str:
    """Mask a card number, keeping the first 4 and last 4 digits and the separators."""
    return _mask_chars(value, 4, 4)


def mask_iban(value: str) -> str:
    """Mask an IBAN, keeping the first 4 and last 4 characters and the spaces."""
    return _mask_chars(value, 4, 4, str.isalnum)


def mask_ssn(value: str) -> str:
    """Mask a US SSN, keeping only the 4-digit serial: ``***-**-6789``."""
    return _mask_chars(value, 0, 4)


def mask_phone(value: str) -> str:
    """Mask a phone number, keeping only its last 2 digits and its layout."""
    return _mask_chars(value, 0, 2)


def mask_email(value: str) -> str:
    """Mask an email address: first character of the local part, then ``***@domain``."""
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"


# --- validators ----------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Return whether a digit string passes the Luhn checksum."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_issuer_ok(d: str) -> bool:
    n = len(d)
    p2, p4 = int(d[:2]), int(d[:4])
    if d[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649 or p2 == 62:  # Discover/UnionPay
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if 300 <= int(d[:3]) <= 305 or p2 in (36, 38, 39):  # Diners Club
        return 14 <= n <= 19
    return False


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """Return whether an SSN is in a valid range (no 000/666/9xx area, 00 group, 0000 serial)."""
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    # Numbers printed on sample cards and in ads, never issued to a person.
    return f"{area}{group}{serial}" not in {"078051120", "219099999", "123456789"}


# Lengths by country (SWIFT IBAN registry); unknown countries must be 15-34 characters.
_IBAN_SPEC = (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 "
    "EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 "
    "IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 "
    "NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 "
    "TR26 UA29 VA22 VG24 XK20"
)
_IBAN_LENGTHS = {item[:2]: int(item[2:]) for item in _IBAN_SPEC.split()}


def _iban_ok(iban: str) -> bool:
    expected = _IBAN_LENGTHS.get(iban[:2])
    if (expected is not None and len(iban) != expected) or not 15 <= len(iban) <= 34:
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


# --- credentials ---------------------------------------------------------------------------

# A cheap gate: the credential patterns run only when one of these (lowercase) hints occurs.
_CRED_HINTS = (
    "akia", "asia", "gh", "github_pat_", "xox", "k_live_", "aiza", "private key", "bearer",
    "eyj", "pw", "pass",
)  # fmt: skip
# (rule id, pattern, group holding the secret). Prefixes follow the vendors' documented formats.
CREDENTIAL_RULES: tuple[tuple[str, re.Pattern[str], int], ...] = tuple(
    (rule, re.compile(pattern, flags), group)
    for rule, pattern, flags, group in (
        ("cred.aws_access_key", r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b", 0, 0),
        (
            "cred.github_token",
            r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})\b",
            0,
            0,
        ),
        ("cred.slack_token", r"\bxox[baprs]-[A-Za-z0-9-]{10,250}", 0, 0),
        ("cred.stripe_key", r"\b[sr]k_live_[A-Za-z0-9]{16,247}\b", 0, 0),
        ("cred.google_api_key", r"\bAIza[0-9A-Za-z_-]{35}(?![\w-])", 0, 0),
        (
            "cred.private_key",
            r"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----"
            r"[\s\S]*?(?:-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----|\Z)",
            0,
            0,
        ),
        ("cred.jwt", r"\beyJ[\w-]{10,4000}\.[\w-]{10,4000}\.[\w-]{10,4000}", 0, 0),
        ("cred.bearer_token", r"\bbearer\s+([\w\-.~+/]{20,2000}=*)", re.I, 1),
        (
            "cred.password",
            r"\b(?:password|passwd|passcode|pwd|pw)\s*[:=]\s*([^\s\"'<>]{4,200})",
            re.I,
            1,
        ),
        ("cred.password", r"\b(?:password|passcode|pw)\s+is\s+([^\s\"'<>]{6,200})", re.I, 1),
    )
)
# Words that follow "password:" in harmless text ("Password: reset it in the app").
_PROSE_AFTER_PW_LABEL = (
    "reset required incorrect invalid expired forgotten forgot hidden redacted removed "
    "changed none null protected same wrong"
)
_PROSE_AFTER_PW = frozenset(_PROSE_AFTER_PW_LABEL.split())


def _password_ok(value: str, prose: bool) -> bool:
    if value.lower() in _PROSE_AFTER_PW or len(value) < 4 or set(value) <= set("*•x.#"):
        return False
    # "the password is Harbor2024": in prose a value needs letters and digits to count.
    return not prose or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value))


def find_credentials(text: str) -> list[Sensitive]:
    """Find API keys, tokens, private keys and stated passwords in cleaned text."""
    low = text.lower()
    if not any(hint in low for hint in _CRED_HINTS):
        return []
    found = []
    for index, (rule, pattern, group) in enumerate(CREDENTIAL_RULES):
        for m in pattern.finditer(text):
            start, secret = m.start(), m.group(group)
            if rule == "cred.private_key":
                header = m.group().split("-----")[1]
                found.append(Sensitive("credential", rule, start, m.end(), f"-----{header}-----…"))
                continue
            if rule == "cred.bearer_token" and (secret.isalpha() or not secret.isascii()):
                continue  # "Bearer" followed by a long word is prose, not a token
            end = m.end()
            if rule == "cred.password":
                secret = secret.rstrip(".,;)")
                end = m.start(group) + len(secret)
                if not _password_ok(secret, prose=index == len(CREDENTIAL_RULES) - 1):
                    continue
            masked = text[start : m.start(group)] + mask_token(secret)
            found.append(Sensitive("credential", rule, start, end, masked))
    return found


# --- detectors -----------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}"
    r"\.[A-Za-z]{2,24}(?![\w-])"
)
# Role mailboxes are published on purpose; they are not a person's data.
_ROLE_MAILBOX_NAMES = (
    "abuse admin careers contact press help hello hr info jobs marketing media noreply "
    "no-reply office privacy sales security support team webmaster"
)
_ROLE_MAILBOXES = frozenset(_ROLE_MAILBOX_NAMES.split())
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})\b")
_DIGIT = re.compile(r"\d")
# Seven digits close together: the least a phone number has (phonenumbers is the slow part).
_PHONE_HINT = re.compile(r"\d(?:[ ().\-/]{0,3}\d){6}")
_IBAN_HINT = re.compile(r"[A-Z]{2}\d\d")


def _cards(text: str) -> list[Sensitive]:
    found = []
    for m in _CARD.finditer(text):
        raw = m.group()
        groups = re.split(r"[ -]", raw)
        if len(groups) > 1 and not all(3 <= len(g) <= 6 for g in groups):
            continue  # "1 2 3 4 ..." or a phone-like layout, not a card
        digits = "".join(groups)
        if _card_issuer_ok(digits) and luhn_ok(digits):
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
        expected = _IBAN_LENGTHS.get(compact[:2], len(compact))
        if len(compact) < expected:
            continue
        # The regex may swallow a following capitalised word; cut to the country's length.
        end, count = 0, 0
        while count < expected:
            count += raw[end] != " "
            end += 1
        if _iban_ok(compact[:expected]):
            start = m.start(1)
            found.append(
                Sensitive("personal_data", "pii.iban", start, start + end, mask_iban(raw[:end]))
            )
    return found


def _emails(text: str) -> list[Sensitive]:
    return [
        Sensitive("personal_data", "pii.email", *m.span(), mask_email(m.group()))
        for m in _EMAIL.finditer(text)
        if m.group().partition("@")[0].lower() not in _ROLE_MAILBOXES
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


def _phones(text: str, ignore: Collection[str], skip_business: bool) -> list[Sensitive]:
    pn = _phonenumbers()
    found = []
    for m in pn.PhoneNumberMatcher(text, "US"):
        if pn.format_number(m.number, pn.PhoneNumberFormat.E164) in ignore:
            continue
        if text[max(0, m.start - 2) : m.start].rstrip(" ").endswith("#"):
            continue  # "claim #4016688561", "order #..." are reference numbers
        if skip_business and pn.number_type(m.number) == pn.PhoneNumberType.TOLL_FREE:
            continue  # 800/888/... numbers belong to businesses, not people
        found.append(
            Sensitive("personal_data", "pii.phone", m.start, m.end, mask_phone(m.raw_string))
        )
    return found


def find_sensitive(
    text: str,
    *,
    ignore_phones: Collection[str] = (),
    skip_business_phones: bool = False,
) -> list[Sensitive]:
    """Find personal data and secrets in cleaned text.

    Cheap pre-checks keep ordinary text fast: number detectors run only when the text has
    enough digits, the email detector only when it has an ``@``.

    Args:
        text: cleaned text (``analysis.text.clean_text``).
        ignore_phones: E.164 numbers that are not personal data (the company's own).
        skip_business_phones: also ignore toll-free numbers (they belong to businesses).

    Returns:
        Non-overlapping spans ordered by position; on overlap the earlier, then longer, wins.
    """
    found = find_credentials(text)
    if "@" in text:
        found += _emails(text)
    n_digits = len(_DIGIT.findall(text)) if _DIGIT.search(text) else 0
    if n_digits >= 9:
        found += _cards(text) + _ssns(text)
    if n_digits >= 7 and _PHONE_HINT.search(text):
        found += _phones(text, frozenset(ignore_phones), skip_business_phones)
    if n_digits >= 10 and _IBAN_HINT.search(text):
        found += _ibans(text)
    kept: list[Sensitive] = []
    for s in sorted(found, key=lambda s: (s.start, s.start - s.end)):
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
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
    for s in find_sensitive(cleaned):
        parts += [cleaned[pos : s.start], s.masked]
        pos = s.end
    parts.append(cleaned[pos:])
    return "".join(parts)
