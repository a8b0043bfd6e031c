"""The words one of which every match of a pattern must contain, read from the pattern itself.

`needed_words(re.compile(r"\\b(?:stemt|stemmen|gestemd)\\b"))` is {"stem"}: a text without "stem" in its lower case
has no match. Exact for ASCII text (IGNORECASE then matches as lower-casing does): a word is read only from the
pattern's ASCII characters that every match consumes. Triage's quick patterns (extract/quick.py) and the deadline
reader's finders (deadlines.py) ask a pattern only about texts with one of its words.
"""

from __future__ import annotations

import re
import re._constants as _c  # the re module's own pattern parser: private, there since Python 3.11
import re._parser as _parser
from typing import Any, cast

# A pattern that can match with a single letter of any word in it is asked straight away.
_SHORTEST = 2

_Words = frozenset[str] | None  # one of these (lower case) is in every match; None: nothing is sure


def needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case words one of which every match of the pattern in an ASCII text contains, or None when
    such a match can do with a single letter of any of them (or has a construct this reader does not know)."""
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE):
        return None
    try:
        words = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a construct of a later Python: ask the pattern itself
        return None
    if not words or any(len(w) < _SHORTEST and not (len(w) == 1 and not w.isalnum() and not w.isspace())
                        for w in words):
        return None  # a letter alone is in nearly every text; a "?" alone is not
    return words


def _better(a: _Words, b: _Words) -> _Words:
    """The more telling of two requirements: the one whose shortest word is longest, then the fewer words."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


# A run of alternatives is spelled out only up to this many strings ("(?:zal|zullen) (?:ik|wij|we)": six).
_MOST_SPELLED = 64


def _sequence(items: Any) -> _Words:
    """What one of a sequence's matches must contain: the longest run of exactly spelled elements (letters,
    "[Kk]", a group of literal alternatives, zero-width assertions in between), or what an element needs."""
    best: _Words = None
    run: set[str] = {""}

    def close() -> None:
        nonlocal best, run
        if run != {""} and "" not in run:
            best = _better(best, frozenset(run))
        run = {""}

    for op, av in items:
        spelled = _spelled(op, av)
        if spelled is not None and len(run) * len(spelled) <= _MOST_SPELLED:
            run = {a + b for a in run for b in spelled}
            continue
        close()
        if spelled is not None:
            run = set(spelled)
            continue
        best = _better(best, _element(op, av))
    close()
    return best


def _spelled(op: Any, av: Any) -> frozenset[str] | None:
    """The (lower-case, ASCII) strings an element matches, when it matches exactly one of a few: "k", "[Kk]",
    "(?:stemt|stemmen)", a word boundary or lookaround (the empty string: it consumes nothing). Anything else (a
    non-ASCII letter, a class, a repeat) is None."""
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset([""])
    if op is _c.LITERAL or (op is _c.IN and av and all(o is _c.LITERAL for o, _ in av)):
        chars = [chr(av)] if op is _c.LITERAL else [chr(v) for _, v in av]
        if any(not ch.isascii() and _meets_ascii(ch) for ch in chars):
            return None
        # a letter no ASCII letter matches in any case ("ó" of "[oó]") is never in an ASCII text
        ascii_chars = frozenset(ch.lower() for ch in chars if ch.isascii())
        return ascii_chars or None
    if op is _c.MAX_REPEAT and av[1] <= 3:  # "[oó]{1,2}": "o" or "oo"
        low, high, inner = av
        once = spelled_sequence(inner)
        if once is None or len(once) ** high > _MOST_SPELLED:
            return None
        out = {""} if low == 0 else set()
        times = {""}
        for k in range(1, high + 1):
            times = {a + b for a in times for b in once}
            if k >= low:
                out |= times
        return frozenset(out)
    if op is _c.SUBPATTERN and not (av[1] or av[2]):
        return spelled_sequence(av[3])
    if op is _c.BRANCH:
        branches = [spelled_sequence(b) for b in av[1]]
        if any(b is None for b in branches):
            return None
        either = frozenset().union(*cast(list[frozenset[str]], branches))
        return either if len(either) <= _MOST_SPELLED else None
    return None


def _meets_ascii(ch: str) -> bool:
    """Whether a non-ASCII character can match an ASCII one when case is ignored: the Kelvin sign "K" matches
    "k", the long "ſ" matches "s", the dotless "ı" matches "i"."""
    return any(c.isascii() for form in (ch.lower(), ch.upper(), ch.casefold(), ch.swapcase()) for c in form)


def spelled_sequence(items: Any) -> frozenset[str] | None:
    out = {""}
    for op, av in items:
        spelled = _spelled(op, av)
        if spelled is None or len(out) * len(spelled) > _MOST_SPELLED:
            return None
        out = {a + b for a in out for b in spelled}
    return frozenset(out)


def _element(op: Any, av: Any) -> _Words:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return _sequence(inner) if not (add_flags or del_flags) else None
    if op is _c.BRANCH:
        branches = [_sequence(b) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*cast(list[frozenset[str]], branches))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, inner = av
        return _sequence(inner) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    return None  # a class, any character, a back reference: nothing sure
