"""A fast necessary condition for a long phrase regex: the words its matches can start with.

A list of hundreds of phrases (``lexicon.compile_words``) costs Python's ``re`` about a
microsecond per hundred branches on every post, because it tries them at every word. Most
posts contain none of the words a phrase starts with, and that is cheap to check: the
gate reads each phrase's possible first letters from the compiled regex (``al`` for
"all[\\s-]?hands", ``q1``-``q4`` for ``q[1-4]``), then a post passes if one of its words
starts with one of them. Phrases whose start it cannot bound (a leading ``\\w+``, a Japanese
phrase with no word boundary) go into a small residual regex that always runs.

The gate never rejects a post the regex would match (``tests/analysis/test_gate.py`` checks
that on the labeled sets); it only spares the regex the posts it would not.
"""

from __future__ import annotations

import re
import re._parser as sre  # the standard library's own regex parser
from collections.abc import Iterable
from typing import Any

from analysis.lexicon import _branches, compile_words

_KEY_MIN, _KEY_MAX = 2, 10  # letters a key may have: one letter would let nearly every post in
_MAX_KEYS = 400  # per phrase: more means the phrase starts too loosely to be worth a key
_END = "\0"  # marks a complete key: the word ends there
_TOKEN = re.compile(r"\w+")
_PLAIN = re.compile(r"[^\\\[\](){}.*+?|^$]+")  # a literal string, no regex syntax
_WORD = re.compile(r"\w")
# Function words nearly every post has: a phrase keyed on one lets nearly every post in.
_FUNCTION_TEXT = (
    "is it to in on at do don no not the you are was our la le les los las el de en un una une"
    " des nos we wir ich die der das und ist het een van nie na za of an and or but for from"
    " with my me can will be has have had they he she this that what who its got get all so il"
    " di che per non se si ne pas que qui es ya lo al em um uma não com por para ao da du au et"
    " est son sua suo mi su out go been were us them there their when how also than then any"
    " auch aber wie was sie noch nur pero como más muy mas mais ma anche come maar ook als ale"
    " jak już tak jest się że yet off up"
)
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
# Words frequent in posts about a company: better than a function word, worse than the rest.
_FREQUENT_TEXT = (
    "support company customer customers account email ticket dashboard minutes billing friend"
    " service update delivery order phone call price plan app team work nothing something"
    " people alguien still really today about anyone anybody much more most tell say said says"
    " told know think like just one time new now make good back over very even want need"
    " because these those give day which would could should why after before well way here"
    " first last year week month being does did done going gonna into down some other every"
    " each only own same such too again made launch schon mehr sehr hier dann oder wenn über"
    " todo todos hay fue ser está son sus les algo mucho muito também tudo isso ele ela foi são"
    " seu nós plus très tout tous elle ils sont était avec dans sur pour par ce cette più molto"
    " tutto sono era nel della alla questo nog wel zijn naar bij dit die wat tylko bardzo"
    " works business release without lost near morning"
)
_FREQUENT = frozenset(_FREQUENT_TEXT.split())


class _Unbounded(Exception):
    """The phrase's start cannot be listed."""


def _chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a character class, or None for a category, a negation, a big range."""
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 16:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


def _nonword(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class only holds characters that are not word characters."""
    for op, av in items:
        if op is sre.LITERAL and not _WORD.match(chr(av)):
            continue
        if op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
            continue
        return False
    return True


def _starts(seq: list[Any], i: int, prefix: str, out: set[str]) -> None:
    """Add to ``out`` every word-character prefix (up to ``_KEY_MAX``) ``seq[i:]`` can start.

    A key that ends where the word must end ("not" in ``not\\s+``) is marked complete with a
    trailing ``_END``: it then matches that word only, not every word it starts.
    """
    if len(out) > _MAX_KEYS:
        raise _Unbounded
    if len(prefix) >= _KEY_MAX or i == len(seq):
        out.add(prefix)
        return
    op, av = seq[i]
    if op is sre.LITERAL:
        c = chr(av)
        if _WORD.match(c):
            _starts(seq, i + 1, prefix + c, out)
        else:
            out.add(prefix + _END)  # a key is the run of word characters a match starts with
    elif op is sre.IN:
        chars = _chars(av)
        if chars is None:
            out.add(prefix + _END if prefix and _nonword(av) else prefix)  # "\\s", "[^.]"
            return
        for c in chars:
            if _WORD.match(c):
                _starts(seq, i + 1, prefix + c, out)
            else:
                out.add(prefix + _END)
    elif op is sre.BRANCH:
        for alt in av[1]:
            _starts(list(alt) + seq[i + 1 :], 0, prefix, out)
    elif op is sre.SUBPATTERN:
        _starts(list(av[-1]) + seq[i + 1 :], 0, prefix, out)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        if low == 0:
            _starts(seq, i + 1, prefix, out)
        if high == 1:
            _starts(list(sub) + seq[i + 1 :], 0, prefix, out)
        else:
            _starts(list(sub), 0, prefix, out)  # one repetition, then cut: a shorter key is safe
    elif op is sre.AT and prefix and av is sre.AT_BOUNDARY:
        out.add(prefix + _END)
    elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        _starts(seq, i + 1, prefix, out)  # zero-width: skipping it only admits more posts
    else:
        out.add(prefix)  # any other item (\\w, a category): cut the key here


_SPACE = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])


def _cost(keys: set[str]) -> int:
    """How many posts a key set lets in, roughly: function words cost most, short starts and
    frequent words next, and a long word least."""
    return sum(_key_cost(k) for k in keys)


def _key_cost(key: str) -> int:
    word = key.rstrip(_END)
    if word in _FUNCTION:
        return 1000
    if word in _FREQUENT or (not key.endswith(_END) and len(word) <= 3):
        return 50
    return max(1, 8 - len(word))


def _ends_word(seq: list[Any], j: int) -> bool:
    """Whether whatever ``seq[:j]`` matched ends a word: a space, ``\\s+``, ``\\b``.

    An optional group ending in a space ("(?:the\\s+)?") counts when the item before it does.
    """
    if j == 0:
        return False
    op, av = seq[j - 1]
    if op is sre.LITERAL:
        return not _WORD.match(chr(av))
    if op is sre.IN:
        return _nonword(av)
    if op is sre.AT:
        return True
    if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        low, _high, sub = av
        sub = list(sub)
        if low >= 1 and sub == [_SPACE]:
            return True
        if low == 0 and sub and _ends_word(sub, len(sub)) and _ends_word(seq, j - 1):
            return True
    if op is sre.SUBPATTERN:
        sub = list(av[-1])
        return bool(sub) and _ends_word(sub, len(sub))
    if op is sre.BRANCH:
        return all(_ends_word(list(alt), len(alt)) for alt in av[1])
    return False


def _alternatives(seq: list[Any], limit: int = 64) -> list[list[Any]]:
    """``seq`` spread into the plain sequences it stands for, while there are at most ``limit``:
    "the (?:press|public) (?:won't|will not) know" becomes four phrases, each then keyed on
    its own most specific word ("press", "public"), not on the weakest of the group."""
    paths: list[list[Any]] = [[]]
    for item in seq:
        op, av = item
        if op is sre.SUBPATTERN:
            options = _alternatives(list(av[-1]), limit)
        elif op is sre.BRANCH:
            options = [p for alt in av[1] for p in _alternatives(list(alt), limit)]
        elif op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            options = [[], *_alternatives(list(av[2]), limit)]
        else:
            options = [[item]]
        if len(paths) * len(options) > max(limit, 8 * limit if len(paths) == 1 else 0):
            options = [[item]]  # too many: keep the group whole
        paths = [p + o for p in paths for o in options]
    return paths


def _seq_keys(seq: list[Any]) -> set[str] | None:
    """The keys of one plain phrase, or None when no word of it can be bounded.

    Every word that starts after a space is a candidate; the one whose keys let the fewest
    posts in wins ("supposed" in "not supposed to say", "screenshot" in "chat screenshot").
    """
    best: set[str] | None = None
    for j in range(len(seq)):
        if j and not _ends_word(seq, j):
            continue
        out: set[str] = set()
        try:
            _starts(seq, j, "", out)
        except _Unbounded:
            continue
        if not out or min(len(k.rstrip(_END)) for k in out) < _KEY_MIN:
            continue
        if best is None or _cost(out) < _cost(best):
            best = out
    return best


def _keys(branch: str) -> set[str] | None:
    """The keys of one ``\\b`` branch (each of its leading alternatives keyed apart)."""
    keys: set[str] = set()
    for seq in _alternatives(list(sre.parse(branch))):
        found = _seq_keys(seq)
        if found is None:
            return None
        keys |= found
    return keys


def trie_regex(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, factored by common prefixes (longest first).

    ``re`` tries alternatives one by one; a trie checks one letter per level instead, so
    three hundred keys cost about as much as a dozen.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [
            r"(?!\w)" if ch == _END else re.escape(ch) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else f"(?:{'|'.join(alts)})"
        return f"{body}?" if "" in node else body

    return build(root)


class KeywordGate:
    """A ``compile_words`` source, searched phrase by phrase behind its keys.

    ``search`` gives what ``compile_words(pattern).search`` gives (the leftmost match; when
    two phrases match at the same place, possibly another of them), but runs only the
    phrases whose key a word of the text starts with.
    """

    def __init__(self, pattern: str) -> None:
        """Read every branch of ``pattern`` (a ``compile_words`` source)."""
        self.pattern = pattern
        self._phrases: list[re.Pattern[str]] = []
        self._by_key: dict[str, list[int]] = {}
        residual: list[str] = []
        for branch in _branches(pattern):
            found = _keys(branch[2:]) if branch.startswith("\\b") else None
            if found is None:
                residual.append(branch)
                continue
            self._phrases.append(compile_words(branch))
            for key in found:
                self._by_key.setdefault(key, []).append(len(self._phrases) - 1)
        self.keys = frozenset(self._by_key)
        self.trie = re.compile(rf"(?<!\w){trie_regex(set(self.keys))}") if self.keys else None
        self.residual = compile_words("|".join(residual)) if residual else None
        # Japanese phrases are plain non-ASCII strings: ASCII text cannot contain them.
        self.residual_ascii = any(b.isascii() or not _PLAIN.fullmatch(b) for b in residual)

    def maybe(self, low: str) -> bool:
        """False only when no phrase can match ``low`` (lowercased text)."""
        if self.trie is not None and self.trie.search(low):
            return True
        return self._residual(low) is not None

    def search(self, low: str) -> re.Match[str] | None:
        """The leftmost phrase match in ``low`` (lowercased text), or None."""
        best = self._residual(low)
        if self.trie is None:
            return best
        tried: set[int] = set()
        for key in self.trie.finditer(low):
            word = _TOKEN.match(low, key.start())
            for index in self._candidates(word.group() if word else key.group()):
                if index in tried:
                    continue
                tried.add(index)
                m = self._phrases[index].search(low)
                if m and (best is None or m.start() < best.start()):
                    best = m
        return best

    def _candidates(self, word: str) -> list[int]:
        """Indices of the phrases keyed on a start of ``word`` (or on the whole word)."""
        found: list[int] = []
        for n in range(_KEY_MIN, min(len(word), _KEY_MAX) + 1):
            found += self._by_key.get(word[:n], ())
        if len(word) <= _KEY_MAX:
            found += self._by_key.get(word + _END, ())
        return found

    def _residual(self, low: str) -> re.Match[str] | None:
        if self.residual is None or (low.isascii() and not self.residual_ascii):
            return None
        return self.residual.search(low)
