"""Patterns asked only when they can match: the same answers as the pattern, for every text, sooner.

A pattern like r"\\b(?:stemt|stemmen|gestemd)\\b" matches only in a text with "stem" in it. `quick(pattern)`
reads once, from the pattern itself, the words one of which every match must contain ("stem"; for an
alternative of branches, one word of each branch), and before a search first looks for them as plain
substrings of the lower-cased text: most sentences have none, and a substring test is many times faster than
the search of a pattern full of alternatives and word boundaries (which Python's re tries at every position).

The test is exact: a text without any of the words has no match. It is made only where that is sure: on a
whole ASCII text (searched from its start to its end; IGNORECASE then matches as lower-casing does), with
words read only from the pattern's ASCII characters that every match consumes; on a whole text with other
letters ("geïnformeerd") too when the pattern is all ASCII and the text has none of the few characters that
lower-casing or IGNORECASE take to or from an ASCII letter (_MEETS_ASCII); anywhere else (and on a text longer
than a few thousand characters, which is searched once) the pattern answers as it always does.
"""

from __future__ import annotations

import re
import re._constants as _c  # the re module's own pattern parser: private, there since Python 3.11
import re._parser as _parser
import sys
from collections.abc import Callable, Iterator
from typing import Any, cast

from kamertaak.core.regex_words import needed_words, spelled_sequence

# Longer texts (a whole document searched once) are searched straight away: lower-casing them costs more.
_LONGEST = 5000
# The characters beyond ASCII whose lower, upper or folded case holds an ASCII character, or that IGNORECASE
# matches with an ASCII letter ("\u212a", the Kelvin sign, is "k"; "ſ" matches "s"; "ß" is "SS"; "ﬁ" is "FI"). In
# a text without them an ASCII word stands, in any case, exactly where it stands in the text's lower case
# (tests/core/test_extract_quick.py reads them from the whole of Unicode).
_MEETS_ASCII = re.compile("[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


# An escape that spells a character by its number ("\u00f3", "\x41", "\N{...}", "\101") may spell one beyond ASCII
_NUMBERED_CHARACTER = re.compile(r"\\[uUxN0-7]")


def _all_ascii(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern has only ASCII characters, as written and as its escapes spell them (or may: when not sure,
    False). Its words then hold in a text with other letters too (see the module's docstring)."""
    return pattern.pattern.isascii() and not _NUMBERED_CHARACTER.search(pattern.pattern)


def _lower(string: str, any_letters: bool) -> str | None:
    """The text's lower case, for a text the word test is sure on (see the module's docstring); else None."""
    if string.isascii() or (any_letters and not _MEETS_ASCII.search(string)):
        return string.lower()
    return None


class _Quick:
    """A compiled pattern with the word test in front of search, match, fullmatch, finditer, findall and sub."""

    def __init__(self, pattern: re.Pattern[str], words: frozenset[str]) -> None:
        self._pattern = pattern
        # a word that holds another needs no look of its own: "behandelden" is there only where "behandelde" is
        self._shortest = tuple(w for w in words if not any(other != w and other in w for other in words))
        self.words = words
        self._any_letters = _all_ascii(pattern)

    def _cannot_match(self, string: str, pos: int, endpos: int) -> bool:
        """Whether the word test rules a match out (the sentence's lower case is kept for the next pattern)."""
        global _last
        if pos or endpos < len(string) or len(string) > _LONGEST:
            return False
        last = _last
        if last[0] is not string:
            plain = string.isascii()
            last = _last = (string, string.lower() if plain or not _MEETS_ASCII.search(string) else None, plain)
        lowered = last[1]
        if lowered is None or not (last[2] or self._any_letters):
            return False
        return not any(map(lowered.__contains__, self._shortest))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._cannot_match(string, pos, endpos) else self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._cannot_match(string, pos, endpos) else self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._cannot_match(string, pos, endpos) else self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._cannot_match(string, pos, endpos) else self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._cannot_match(string, pos, endpos) else self._pattern.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._cannot_match(string, 0, len(string)) else self._pattern.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex, split, subn ...
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"quick({self._pattern!r})"


# The last text lower-cased (None: not sure), and whether it is ASCII: the patterns of one stage are asked about the
# same sentence one after another.
_last: tuple[str, str | None, bool] = ("", "", True)


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern, asked only about texts that have one of its needed words (see the module's docstring).
    It answers as the pattern does, so it stands where the pattern stood (and is typed as one)."""
    if isinstance(pattern, _Quick):
        return cast(re.Pattern[str], pattern)  # asked already
    words = needed_words(pattern)
    return pattern if words is None else cast(re.Pattern[str], _Quick(pattern, words))


def quick_test(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test with the answer of `pattern.search(text) is not None`, sooner, for a pattern made of many plain
    alternatives ("week|maand|zomer|...|\\bnu\\b"): on an ASCII text the alternatives that are only letters
    (in any case: IGNORECASE) are looked for as substrings of its lower case, and only the others are searched
    with a pattern of their own. Any other pattern, or text, is searched as it is."""
    search = pattern.search
    plain, others = _plain_alternatives(pattern)
    # a string that holds another needs no look of its own ("maandag" is there only where "dag" is)
    plain = tuple(dict.fromkeys(w for w in plain if not any(other != w and other in w for other in plain)))
    if not plain:
        return lambda text: search(text) is not None
    rest = re.compile("|".join(others), pattern.flags).search if others else None
    any_letters = _all_ascii(pattern)

    def test(text: str) -> bool:
        lowered = _lower(text, any_letters)
        if lowered is None:
            return search(text) is not None
        return any(map(lowered.__contains__, plain)) or (rest is not None and rest(text) is not None)

    return test


def _plain_alternatives(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], list[str]]:
    """The strings the top-level alternatives spelled out in letters match (in lower case), and the source of the
    other alternatives; no strings when the pattern cannot be split so (case not ignored, flags inside it)."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE or re.search(r"\(\?[aiLmsux-]", pattern.pattern):
        return (), []
    plain: list[str] = []
    others: list[str] = []
    for alternative in _top_level_alternatives(pattern.pattern):
        items = _parser.parse(alternative, pattern.flags)
        spelled = None if _asserts(items) else spelled_sequence(items)
        if spelled and "" not in spelled:
            plain.extend(sorted(spelled))
        else:
            others.append(alternative)
    return tuple(plain), others


def _top_level_alternatives(source: str) -> list[str]:
    """The source split at each "|" outside groups and classes."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if source[i + 1 : i + 2] == "^" else 0
            i += 1 if source[i + 1 : i + 2] == "]" else 0  # "[]...]", "[^]...]": a first "]" is a character
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _asserts(items: Any) -> bool:
    """Whether a parsed pattern holds a word boundary, an anchor or a lookaround anywhere."""
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return True
        if op is _c.SUBPATTERN and _asserts(av[3]):
            return True
        if op is _c.BRANCH and any(_asserts(b) for b in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and _asserts(av[2]):
            return True
        if op is _c.ATOMIC_GROUP and _asserts(av):
            return True
    return False
