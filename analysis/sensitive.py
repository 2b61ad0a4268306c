"""The record of one span of personal data or a secret, its masks, and the value validators.

Shared by ``analysis.masking`` (emails, phones, cards, SSNs, IBANs), ``analysis.credentials``
(keys, tokens, passwords) and ``analysis.personal`` (health and member identifiers, dates of
birth, named people with health details).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


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


def mask_password(value: str) -> str:
    """Mask a password, keeping only its first and last character (none below 6)."""
    n = len(value)
    keep = 1 if n >= 6 else 0
    return f"{value[:keep]}{'*' * min(n - 2 * keep, 16)}{value[n - keep :] if keep else ''}"


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


def mask_identifier(value: str) -> str:
    """Mask a member, patient or document number, keeping its last 2 characters and layout."""
    return _mask_chars(value, 0, 2, str.isalnum)


def mask_date(value: str) -> str:
    """Mask a date of birth entirely, keeping only its separators: ``**/**/****``."""
    return _mask_chars(value, 0, 0)


_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def mask_name(value: str) -> str:
    """Mask a person's name down to initials: ``Carol Jensen`` -> ``C*** J***``.

    A Chinese, Japanese or Korean name is masked whole (``***``): its first character is the
    surname, not an initial.
    """
    if _CJK_NAME.match(value):
        return "***"
    return " ".join(f"{w[0]}***" if w[0].isalpha() else w for w in value.split())


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


def card_issuer_ok(d: str) -> bool:
    """Return whether a digit string has a real card issuer's prefix and length."""
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
IBAN_LENGTHS = {item[:2]: int(item[2:]) for item in _IBAN_SPEC.split()}


def iban_ok(iban: str) -> bool:
    """Return whether a compact IBAN has its country's length and passes mod-97."""
    expected = IBAN_LENGTHS.get(iban[:2])
    if (expected is not None and len(iban) != expected) or not 15 <= len(iban) <= 34:
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
