"""Check digits and layouts of national identity numbers, one function per identifier.

Each takes the number as written (separators allowed where its layout has them) and returns
whether it can be a real one: a date that exists, the issuer's letters and ranges, and the
check digit or character. ``analysis.national_ids`` decides where to look for them; these
functions only check. Cross-checked against python-stdnum on random numbers (it is not a
dependency): they agree, except that these also accept Swedish samordningsnummer (day + 60)
and do not check Chinese county codes or Norwegian birth dates in the future.
"""

from __future__ import annotations

import calendar

from analysis.sensitive import luhn_ok


def _date_ok(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists in the month (any leap year when the century is unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def nino_ok(value: str) -> bool:
    """HMRC: no D, F, I, Q, U, V first; no D, F, I, O, Q, U, V second; a few pairs never used."""
    compact = value.replace(" ", "").replace("-", "")
    a, b = compact[0], compact[1]
    if a in "DFIQUV" or b in "DFIOQUV" or compact[:2] in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        return False
    return compact[-1] in "ABCD"


def se_personnummer_ok(value: str) -> bool:
    """A real date (samordningsnummer: day + 60) and Luhn over the ten-digit form."""
    d = _digits(value)
    year = None
    if len(d) == 12:
        if d[:2] not in ("18", "19", "20"):
            return False
        year, d = int(d[:4]), d[2:]
    day = int(d[4:6])
    return _date_ok(year, int(d[2:4]), day - 60 if day > 60 else day) and luhn_ok(d)


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_CENTURY = {"+": 1800, "-": 1900, "U": 1900, "V": 1900, "W": 1900, "X": 1900, "Y": 1900}


def fi_hetu_ok(value: str) -> bool:
    """A real date, a century sign, an individual number 002-899 and the mod-31 character."""
    date, sign, serial, check = value[:6], value[6], value[7:10], value[10]
    year = _HETU_CENTURY.get(sign, 2000) + int(date[4:6])
    if not _date_ok(year, int(date[2:4]), int(date[:2])) or not 2 <= int(serial) <= 899:
        return False
    return _HETU_CHECK[int(date + serial) % 31] == check


def dk_cpr_ok(value: str) -> bool:
    """A real date (modulus 11 is no longer required of new CPR numbers)."""
    d = _digits(value)
    return _date_ok(None, int(d[2:4]), int(d[:2]))


def no_fodselsnummer_ok(value: str) -> bool:
    """A real date (D-number: day + 40, H-number: month + 40), a century the individual number
    allows, and two mod-11 check digits."""
    d = [int(c) for c in _digits(value)]
    day, month, yy = d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]
    day, month = day - 40 if day > 40 else day, month - 40 if month > 40 else month
    individual = d[6] * 100 + d[7] * 10 + d[8]
    if individual < 500:
        year = 1900 + yy
    elif individual < 750 and yy >= 54:
        year = 1800 + yy
    elif yy < 40:
        year = 2000 + yy
    elif individual >= 900:
        year = 1900 + yy
    else:
        return False  # no century has this individual number for this year
    if not _date_ok(year, month, day):
        return False
    for weights, n in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(w * x for w, x in zip(weights, d, strict=False)) % 11
        if check == 10 or (check % 11) != d[n]:
            return False
    return True


def ro_cnp_ok(value: str) -> bool:
    """Sex/century digit 1-9, a real date, a county code and the weighted mod-11 digit."""
    d = [int(c) for c in value]
    century = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000}.get(d[0])
    year = None if century is None else century + d[1] * 10 + d[2]
    county = d[7] * 10 + d[8]
    counties = 1 <= county <= 48 or county in (51, 52, 70, 80, 81, 82, 83)  # 49, 50: never used
    if not (_date_ok(year, d[3] * 10 + d[4], d[5] * 10 + d[6]) and counties):
        return False
    total = sum(w * x for w, x in zip((2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9), d, strict=False))
    return (1 if total % 11 == 10 else total % 11) == d[12]


def cz_rodne_cislo_ok(value: str) -> bool:
    """A real date (women: month + 50; since 2004 also + 20 / + 70) and the number mod 11."""
    d = _digits(value)
    month = int(d[2:4])
    for offset in (0, 50, 20, 70):
        if 1 <= month - offset <= 12:
            month -= offset
            break
    if not _date_ok(None, month, int(d[4:6])):
        return False
    number = int(d)
    return number % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


def pl_pesel_ok(value: str) -> bool:
    """A real date (the month carries the century: + 80, 0, 20, 40, 60) and the check digit."""
    d = [int(c) for c in value]
    month = d[2] * 10 + d[3]
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}[month // 20 * 20]
    year = century + d[0] * 10 + d[1]
    if not _date_ok(year, month % 20, d[4] * 10 + d[5]):
        return False
    total = sum(w * x for w, x in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), d, strict=False))
    return (10 - total % 10) % 10 == d[10]


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11,
         3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)  # fmt: skip
_CF_DIGIT = str.maketrans("LMNPQRSTUV", "0123456789")  # omocodia: digits written as letters
_CF_MONTHS = "ABCDEHLMPRST"


def it_codice_fiscale_ok(value: str) -> bool:
    """A month letter, a day (women: + 40) and the check character over the first fifteen."""
    day = int(value[9:11].translate(_CF_DIGIT))
    if not (1 <= day <= 31 or 41 <= day <= 71) or value[8] not in _CF_MONTHS:
        return False
    total = 0
    for i, c in enumerate(value[:15]):
        total += _CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + total % 26) == value[15]


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_ok(value: str) -> bool:
    """DNI (8 digits) or NIE (X/Y/Z and 7 digits) and its mod-23 letter."""
    compact = value.replace("-", "").replace(" ", "").upper()
    body = compact[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return _DNI_LETTERS[int(body) % 23] == compact[-1]


def nl_bsn_ok(value: str) -> bool:
    """The 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11 (and not zero)."""
    d = [int(c) for c in _digits(value).zfill(9)]
    total = sum((9 - i) * x for i, x in enumerate(d[:8])) - d[8]
    return total % 11 == 0 and total > 0


_CN_PROVINCES_TEXT = (
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 "
    "65 71 81 82 83"
)
_CN_PROVINCES = frozenset(_CN_PROVINCES_TEXT.split())
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_resident_id_ok(value: str) -> bool:
    """A region code, a real birth date and the ISO 7064 mod 11-2 check character."""
    if value[:2] not in _CN_PROVINCES or not 1900 <= int(value[6:10]) <= 2099:
        return False
    if not _date_ok(int(value[6:10]), int(value[10:12]), int(value[12:14])):
        return False
    total = sum(w * int(c) for w, c in zip(_CN_WEIGHTS, value, strict=False))
    return "10X98765432"[total % 11] == value[17].upper()


def kr_rrn_ok(value: str) -> bool:
    """A real date, a sex/century digit 1-8 and the weighted mod-11 check digit."""
    d = [int(c) for c in _digits(value)]
    year = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000}.get(d[6])
    if year is None or not _date_ok(year + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]):
        return False
    if d[7] * 10 + d[8] > 96:  # the place-of-birth code
        return False
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    return (11 - sum(w * x for w, x in zip(weights, d, strict=False)) % 11) % 10 == d[12]


def jp_my_number_ok(value: str) -> bool:
    """The weighted mod-11 check digit (weights 2-7 then 2-6 from the right)."""
    d = [int(c) for c in _digits(value)]
    total = sum(x * (n + 1 if n <= 6 else n - 5) for n, x in enumerate(reversed(d[:11]), 1))
    remainder = total % 11
    return (0 if remainder <= 1 else 11 - remainder) == d[11]
