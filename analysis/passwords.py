"""Passwords and PINs stated in prose, in the languages of ``analysis.password_words``.

Four shapes, tried in this order after each password word:

* a colon or "=": "password: X", "Passwort für das Lager: X", "密码:X", "비밀번호: X"; the
  value needs a digit or a symbol ("password: annoying" is prose);
* a copula, a few words apart: "lösenordet till kassan är X", "ο κωδικός του router
  ... είναι X", "la contraseña sigue siendo X", "パスワードは X"; in spaced languages the
  value then needs letters and digits;
* the value right after the word, or after one more word: "PW Sommer2025", "密码 X", "wifi
  şifresi X", "hasło startowe X" (letters and digits); not for words that also mean "code"
  (``WEAK_WORDS``).

None of them counts when the words between are about resetting, forgetting or the rules
("password reset link: ...", "Passwort muss 12 Zeichen haben"), nor when the value is a
placeholder ("<your-password>", "YOUR_PASSWORD", "${DB_PASS}") or already masked
("S******3", "••••••"). A PIN is 4 to 8 digits after a PIN word and a copula or colon, and
not a trivial one (1234, 0000).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from analysis.gate import trie_regex
from analysis.password_words import (
    BASE_COPULAS,
    BASE_LINKS,
    CODE_QUALIFIERS,
    HINTS,
    LOANWORDS,
    MULTIWORD_HINTS,
    NOT_A_STATEMENT,
    PIN_HINTS,
    PIN_WORDS,
    SPACED,
    UNSPACED,
    WEAK_WORDS,
)
from analysis.sensitive import Sensitive, mask_password

# A value never holds Thai, kana, CJK or hangul: in "密码 Dock2025x,用完" it ends at the comma.
_VALUE = r"[^\s\"'<>\u0e00-\u0e7f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]"
_SCRIPT = r"\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_SINCE = r"(?:(?:since|sinds|seit|desde|depuis|dal|od)\s+\d{4}\s+)?"

# Rows: (words, copulas, links, unspaced); row 0 is the borrowed English word, row 1 the bare
# "pass" of "user / pass X" and "pass: X" (colon only).
_ALL_COPULAS = "|".join([BASE_COPULAS, *(row[2] for row in SPACED if row[2])])
_ALL_LINKS = "|".join([BASE_LINKS, *(row[3] for row in SPACED if row[3])])
_ROWS: tuple[tuple[str, str, str, bool], ...] = (
    (LOANWORDS, _ALL_COPULAS, _ALL_LINKS, False),
    (r"(?<=/\s)pass|(?<=\s)pass(?=\s*:)", "", BASE_LINKS, False),
    *(
        (
            words,
            "|".join(filter(None, (BASE_COPULAS, cop))),
            "|".join(filter(None, (BASE_LINKS, links))),
            False,
        )
        for _, words, cop, links in SPACED
    ),
    *((words, copulas, "", True) for _, words, copulas in UNSPACED),
)
_SPACED_WORDS = "|".join(f"(?P<r{i}>{row[0]})" for i, row in enumerate(_ROWS) if not row[3])
_UNSPACED_WORDS = "|".join(f"(?P<r{i}>{row[0]})" for i, row in enumerate(_ROWS) if row[3])
_WORD = re.compile(rf"(?<!\w)(?:{_SPACED_WORDS})(?!\w)|{_UNSPACED_WORDS}", re.I)
_ROW_WORDS = tuple(re.compile(row[0], re.I) for row in _ROWS)
_WEAK = re.compile(rf"(?:{WEAK_WORDS})$", re.I)
_PIN_HINT_SET = frozenset(PIN_HINTS.split())
_HINTS = {*HINTS.split(), *MULTIWORD_HINTS, *_PIN_HINT_SET}
# One search for every hint, password and PIN; the non-Latin ones only run on text that is
# not ASCII (most is).
_HINT = re.compile(trie_regex({h for h in _HINTS if h.isascii()}))
_HINT_OTHER = re.compile(trie_regex({h for h in _HINTS if not h.isascii()}))
_FOUR_DIGITS = re.compile(r"\d{4}")
_PIN = re.compile(
    rf"(?<!\w)(?:{PIN_WORDS})(?!\w)[^.:=\n]{{0,40}}?(?:\s(?:{_ALL_COPULAS})\s+|[ \t]*[:=][ \t]*)"
    r"(\d{4,8})(?!\d|[.,]\d|[^\W\d_])",
    re.I,
)
_NOT_A_STATEMENT = re.compile(NOT_A_STATEMENT, re.I)
_CODE_AFTER = re.compile(
    rf"\s+(?:(?:de|del|da|do|του|της|των|for|the)\s+)?(?:{CODE_QUALIFIERS})", re.I
)

# Words that follow "password:" in harmless text ("Password: reset it in the app").
_PROSE_AFTER_PW_TEXT = (
    "reset required incorrect invalid expired forgotten forgot hidden redacted removed "
    "changed none null protected same wrong"
)
_PROSE_AFTER_PW = frozenset(_PROSE_AFTER_PW_TEXT.split())
# "<your-password>" survives cleaning as nothing; these survive as text.
_PLACEHOLDER = re.compile(
    r"^[$%{]|\{\{|your|placeholder|changeme|redacted|^example|^[A-Z]+(?:_[A-Z]+)+$|^<|>$"
)
_MASK_RUN = re.compile(r"[*•●·…]{3}")
_MASK_CHARS = frozenset("*•●·…xX#")


def is_masked(value: str) -> bool:
    """Whether a value is already masked: a run of stars or dots, or mostly ``*``/``x``/``#``."""
    if _MASK_RUN.search(value):
        return True
    return sum(c in _MASK_CHARS for c in value) >= 0.6 * len(value)


def password_ok(value: str, prose: bool) -> bool:
    """Whether ``value`` can be a stated password (``prose``: it came after a verb)."""
    if value.lower() in _PROSE_AFTER_PW or len(value) < 4 or value.endswith(":"):
        return False
    if is_masked(value) or _PLACEHOLDER.search(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if prose:  # "the password is Harbor2024": in prose a value needs letters and digits
        return has_digit and has_alpha
    # "password: annoying" is prose; a stated password has a digit or a symbol in it.
    return has_digit or not value.isalpha()


@cache
def _tails(rows: frozenset[int]) -> tuple[re.Pattern[str] | None, ...]:
    """The (colon, copula, direct, one word then direct) patterns after a word of ``rows``."""
    unspaced = any(_ROWS[i][3] for i in rows)
    copulas = "|".join(sorted({c for i in rows for c in _ROWS[i][1].split("|") if c}))
    if unspaced:
        gap = r"[^.,;:=!?。、\n]{0,12}?"
        filler = rf"[{_SCRIPT}]{{0,4}}[ \t]*"
        return (
            re.compile(rf"{gap}[ \t]*(?:{copulas})[ \t]*{filler}({_VALUE}{{4,64}})", re.I),
            None,
            re.compile(rf"[ \t]*({_VALUE}{{6,64}})", re.I),
            None,
        )
    links = "|".join(sorted({c for i in rows for c in _ROWS[i][2].split("|") if c}))
    colon = re.compile(
        rf"(?:\s+(?:{links})\s+[^:=\n]{{1,50}}?)?[ \t]*[:=][ \t]*({_VALUE}{{4,200}})", re.I
    )
    if not copulas:
        return (colon, None, None, None)
    copula = re.compile(
        rf"[^.:=\n]{{0,60}}?\s(?:{copulas})\s+(?:[^\s\d]{{1,15}}\s+){{0,3}}?{_SINCE}"
        rf"((?={_VALUE}*\d){_VALUE}{{6,200}})",
        re.I,
    )
    direct = re.compile(rf"\s+({_VALUE}{{6,200}})", re.I)
    # one word between, an adjective: "hasło startowe X", "Passwort neu X"
    modified = re.compile(rf"\s+[^\W\d_]{{2,15}}\s+((?={_VALUE}*\d){_VALUE}{{6,200}})", re.I)
    return (colon, copula, direct, modified)


@cache
def _rows_of(word: str) -> frozenset[int]:
    """Every row whose words ``word`` is (Romanian and Turkish share "parola")."""
    return frozenset(i for i, rx in enumerate(_ROW_WORDS) if rx.fullmatch(word))


def find_stated_passwords(text: str, low: str) -> list[Sensitive]:
    """Find passwords and PINs stated in ``text`` (``low``: its lowercased form, for the gate).

    Returns:
        ``cred.password`` and ``cred.pin`` spans from the password word to the end of the
        value, the value masked (``Lösenordet till ... är G*********9``).
    """
    hints = list(_HINT.finditer(low))
    if not low.isascii():
        hints = sorted([*hints, *_HINT_OTHER.finditer(low)], key=lambda h: h.start())
    if not hints:
        return []
    found = []
    for m in _password_words(text, low, hints):
        hit = _after_word(text, m)
        if hit is not None:
            found.append(hit)
    if any(h.group() in _PIN_HINT_SET for h in hints) and _FOUR_DIGITS.search(text):
        found += _pins(text)
    return found


_WORD_START = re.compile(r"[\w-]{1,16}$")


def _password_words(text: str, low: str, hints: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The password words in ``text``, read only where a hint is (the regex is long: run over
    the whole text it would cost a hundred times the hint search)."""
    if len(low) != len(text):  # "İ" lowercases to two characters: hint offsets would drift
        yield from _WORD.finditer(text)
        return
    end = 0
    for hint in hints:
        at = hint.start()
        if at < end or hint.group() in _PIN_HINT_SET:
            continue  # inside the word just read, or a PIN word
        back = _WORD_START.search(text, max(0, at - 16), at)  # "WLAN-" of "WLAN-Passwort"
        for start in (back.start(), at) if back else (at,):
            m = _WORD.match(text, start)
            if m is not None:
                end = m.end()
                yield m
                break


def _after_word(text: str, m: re.Match[str]) -> Sensitive | None:
    word = m.group()
    rows = {int(name[1:]) for name, value in m.groupdict().items() if value is not None}
    rows |= _rows_of(word.lower())
    if _CODE_AFTER.match(text, m.end()):
        return None  # "κωδικός κράτησης", "clave de reserva": a booking or promo code
    weak = _WEAK.search(word) is not None
    unspaced = any(_ROWS[i][3] for i in rows)
    for kind, tail in enumerate(_tails(frozenset(rows))):
        if tail is None or (kind >= 2 and weak):
            continue
        v = tail.match(text, m.end())
        if v is None:
            continue
        lead = len(v.group(1)) - len(v.group(1).lstrip("("))
        secret = v.group(1)[lead:].rstrip(".,;)")
        start_secret = v.start(1) + lead
        if _NOT_A_STATEMENT.search(text, m.end(), start_secret):
            return None  # "password reset link: ...", "Passwort vergessen? ..."
        # In spaced languages a value after a verb or straight after the word is prose.
        prose = kind >= 2 or (kind == 1 and not unspaced)
        if password_ok(secret, prose):
            masked = text[m.start() : start_secret] + mask_password(secret)
            return Sensitive(
                "credential", "cred.password", m.start(), start_secret + len(secret), masked
            )
    return None


def _trivial_pin(digits: str) -> bool:
    """0000, 1111, 1234, 123456, 9876: example PINs, never anyone's."""
    steps = {int(b) - int(a) for a, b in pairwise(digits)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def _pins(text: str) -> list[Sensitive]:
    found = []
    for m in _PIN.finditer(text):
        value = m.group(1)
        if _trivial_pin(value) or _NOT_A_STATEMENT.search(text, m.start(), m.start(1)):
            continue
        masked = text[m.start() : m.start(1)] + "*" * len(value)
        found.append(Sensitive("credential", "cred.pin", m.start(), m.end(1), masked))
    return found
