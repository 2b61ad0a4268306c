"""National identity numbers, each checked the way its issuer defines it.

========================  =======================  ==========================================
identifier                layout                   check (``analysis.id_checks``)
========================  =======================  ==========================================
UK National Insurance     ``JL 55 20 91 D``        HMRC prefix letters, suffix A-D
Swedish personnummer      ``19871108-0955``        date (samordningsnummer: day + 60), Luhn
Finnish henkilötunnus     ``090497-723C``          date, century sign, mod-31 character
Danish CPR                ``120390-4417``          date
Norwegian fødselsnummer   ``05048836110``          date (D/H-numbers), two mod-11 digits
Romanian CNP              ``1591001397687``        sex digit, date, county, weighted mod 11
Czech/Slovak rodné číslo  ``795815/7273``          date (month + 50/20/70), mod 11
Polish PESEL              ``95081326853``          date (century in the month), weighted
Italian codice fiscale    ``RJWAMD73B53G067S``     month letter, day, check character
Spanish DNI, NIE          ``X9636436B``            mod-23 letter
Dutch BSN                 ``696250512``            11-proof
Chinese resident ID       ``110105197302020731``   province, date, ISO 7064 mod 11-2
Korean RRN                ``580917-2328852``       date, sex digit, weighted mod 11
Japanese My Number        ``5073 2133 6571``       weighted mod 11
========================  =======================  ==========================================

A checksum alone does not make a digit run an identifier (one order number in ten passes
Luhn), so plain digit runs count only after a context word in their language ("personnummer",
"PESEL", "CPR", "身份证", "マイナンバー") within a few words. Layouts that say what they are by
themselves (a spaced NINO, a codice fiscale, an NIE, a henkilötunnus, "795815/7273",
"580917-2328852") count without one. An identifier that fails its check is never reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.gate import trie_regex
from analysis.id_checks import (
    cn_resident_id_ok,
    cz_rodne_cislo_ok,
    dk_cpr_ok,
    es_dni_ok,
    fi_hetu_ok,
    it_codice_fiscale_ok,
    jp_my_number_ok,
    kr_rrn_ok,
    nino_ok,
    nl_bsn_ok,
    no_fodselsnummer_ok,
    pl_pesel_ok,
    ro_cnp_ok,
    se_personnummer_ok,
)
from analysis.sensitive import Sensitive, mask_identifier

_BEFORE, _AFTER = 60, 25  # how far a context word may stand from the number


def _never(m: re.Match[str]) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class _IdType:
    """One identifier: candidates, validator, and when it needs a context word."""

    pattern: re.Pattern[str]
    valid: Callable[[str], bool]
    context: re.Pattern[str] | None  # None: the layout is enough
    free: Callable[[re.Match[str]], bool] = _never  # whether this match needs no context


_NINO_WORDS = r"national\s+insurance|\bni\s*(?:number|no\b|num\b|#)|\bnino\b|n\.i\.\s*number"
_GENERIC = r"\bnational\s+id|\bid[\s-]*(?:number|no\b|nr\b)|identity\s+number|\bpersonal\s+number"

_TYPES: tuple[_IdType, ...] = (
    _IdType(
        re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}( ?)\d{2}\1\d{2}\1\d{2}\1[A-D](?![A-Za-z0-9])"),
        nino_ok,
        re.compile(_NINO_WORDS),
        lambda m: m.group(1) == " ",  # "JL 55 20 91 D": the spaced layout says what it is
    ),
    _IdType(
        re.compile(r"(?<![\d-])(?:18|19|20)?\d{6}[-+ ]?\d{4}(?![\d-])"),
        se_personnummer_ok,
        re.compile(
            r"person(?:nummer|numret|nr)|pers\.?\s?nr|samordningsnummer"
            rf"|personal\s+identity\s+number|swedish\s+id|{_GENERIC}"
        ),
    ),
    _IdType(
        re.compile(r"(?<![\w-])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\w-])"),
        fi_hetu_ok,
        None,
    ),
    _IdType(
        re.compile(r"(?<![\d-])\d{6}-?\d{4}(?![\d-])"),
        dk_cpr_ok,
        re.compile(r"\bcpr\b|cpr-?n(?:umme)?r"),
    ),
    _IdType(
        re.compile(r"(?<![\d-])\d{6} ?\d{5}(?![\d-])"),
        no_fodselsnummer_ok,
        re.compile(rf"fødselsn(?:umme)?r|f\.?\s?nr\b|personnummer|d-nummer|{_GENERIC}"),
    ),
    _IdType(
        re.compile(r"(?<!\d)[1-9]\d{12}(?!\d)"),
        ro_cnp_ok,
        re.compile(rf"\bcnp\b|cod(?:ul|ului)?\s+numeric\s+personal|{_GENERIC}"),
    ),
    _IdType(
        re.compile(r"(?<![\d/])\d{6}(/?)\d{4}(?![\d/])"),
        cz_rodne_cislo_ok,
        re.compile(
            rf"rodn[éeého]+\s+čísl|rodne\s+cisl|\br\.\s?č\.|\brč\b|birth\s+number|{_GENERIC}"
        ),
        lambda m: m.group(1) == "/",  # "850412/1234" is how it is written
    ),
    _IdType(
        re.compile(r"(?<!\d)\d{11}(?!\d)"),
        pl_pesel_ok,
        re.compile(rf"\bpesel|{_GENERIC}"),
    ),
    _IdType(
        re.compile(
            r"(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}"
            r"[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])"
        ),
        it_codice_fiscale_ok,
        None,
    ),
    _IdType(
        re.compile(r"(?<![\w-])(?:(\d{8})|[XYZ][- ]?\d{7})[- ]?[A-Z](?![\w-])"),
        es_dni_ok,
        re.compile(rf"\bdni\b|d\.n\.i|\bnie\b|n\.i\.e|\bnif\b|documento|identidad|{_GENERIC}"),
        lambda m: m.group(1) is None,  # "X1234567L": an NIE says what it is
    ),
    _IdType(
        re.compile(r"(?<![\d.])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d.])"),
        nl_bsn_ok,
        re.compile(r"\bbsn\b|burgerservicenummer|sofi-?nummer|citizen\s+service\s+number"),
    ),
    _IdType(
        re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])"),
        cn_resident_id_ok,
        re.compile(rf"身份证|身份證|公民身份号码|resident\s+id|\bid\s+card|{_GENERIC}"),
    ),
    _IdType(
        re.compile(r"(?<![\d-])\d{6}(-?)[1-8]\d{6}(?![\d-])"),
        kr_rrn_ok,
        re.compile(rf"주민등록번호|주민번호|\brrn\b|resident\s+registration|{_GENERIC}"),
        lambda m: m.group(1) == "-",  # "850412-1234567"
    ),
    _IdType(
        re.compile(r"(?<!\d)\d{4}([ -]?)\d{4}\1\d{4}(?!\d)"),
        jp_my_number_ok,
        re.compile(r"マイナンバー|個人番号|my\s?number"),
    ),
)
# Every candidate above but a codice fiscale holds six digits with at most one separator
# between each ("48 29 17", "850412/1234"): most posts have none, and skip every pattern.
_SIX_DIGITS = re.compile(r"\d(?:[ ./-]?\d){5}")
_CF_START = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST]")
# Literal pieces of every context word above, searched on the lowercased text in one trie:
# without one (and without a layout that needs no word) nothing can be found.
_CONTEXT_HINTS_TEXT = (
    "insurance|ni n|ni#|ni #|nino|n.i.|person|pers.|pers |samordning|identity|swedish id"
    "|national id|id n|id-n|idn|id card|cpr|fødsels|fnr|f.nr|f nr|d-nummer|cnp|numeric|rodn"
    "|r.č|r. č|rč|birth number|pesel|dni|d.n.i|nie|n.i.e|nif|documento|identidad|bsn"
    "|burgerservice|sofi|citizen|身份|resident|주민|rrn|マイナンバー|個人番号|my number|mynumber"
)
_ANY_CONTEXT = re.compile(trie_regex(set(_CONTEXT_HINTS_TEXT.split("|"))))
_ANY_FREE_LAYOUT = re.compile(
    r"[A-Z]{2} \d\d \d\d \d\d [A-D]|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|[XYZ][- ]?\d{7}[- ]?[A-Z]"
    r"|\d{6}/\d{4}|\d{6}-[1-8]\d{6}"
)


def find_national_ids(text: str, low: str) -> list[Sensitive]:
    """Find national identity numbers that pass their check (see the module docstring).

    Args:
        text: cleaned text.
        low: ``text`` lowercased with offsets kept (``analysis.text.lower_keep_offsets``).

    Returns:
        ``pii.national_id`` spans over the number, masked to its last two characters.
    """
    codice = _CF_START.search(text) is not None
    if not (codice or _SIX_DIGITS.search(text)):
        return []
    any_context = _ANY_CONTEXT.search(low) is not None
    if not (any_context or codice or _ANY_FREE_LAYOUT.search(text)):
        return []
    found: list[Sensitive] = []
    for kind in _TYPES:
        needs_word = kind.context is not None and kind.free is _never
        if needs_word and not (any_context and kind.context and kind.context.search(low)):
            continue  # a type that always needs its word, and the post has none
        for m in kind.pattern.finditer(text):
            value = m.group()
            if any(s.start < m.end() and m.start() < s.end for s in found):
                continue  # one number, one identifier
            if not kind.valid(value):
                continue
            if not (kind.context is None or kind.free(m) or _near(kind.context, low, m)):
                continue
            found.append(
                Sensitive("personal_data", "pii.national_id", *m.span(), mask_identifier(value))
            )
    return found


def _near(context: re.Pattern[str], low: str, m: re.Match[str]) -> bool:
    """Whether a context word stands shortly before (or just after) the number."""
    return bool(
        context.search(low, max(0, m.start() - _BEFORE), m.start())
        or context.search(low, m.end(), m.end() + _AFTER)
    )
