"""A quick pattern (kamertaak.core.extract.quick) answers exactly as its pattern does, for every text: it only
skips the search in a whole ASCII text that has none of the words every match needs."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

import kamertaak.core.extract as extract_package
from kamertaak.core.extract import clean_text, split_sentences
from kamertaak.core.extract.quick import _MEETS_ASCII, _top_level_alternatives, needed_words, quick, quick_test

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "triage"


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern at the top of a triage module (also inside tuples, as in a table of cues)."""
    found: dict[str, re.Pattern[str]] = {}

    def take(name: str, value: object) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found[name] = value
        elif isinstance(value, tuple):
            for n, item in enumerate(value):
                take(f"{name}[{n}]", item)

    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"kamertaak.core.extract.{info.name}")
        for name, value in vars(module).items():
            take(f"{info.name}.{name}", value)
    return found


def _sentences() -> list[str]:
    cases = json.loads((FIXTURES / "validation-v2.json").read_text(encoding="utf-8"))
    return [s.text for case in cases for s in split_sentences(clean_text(case["text"]).text)]


def test_a_quick_pattern_finds_what_its_pattern_finds_in_real_sentences() -> None:
    sentences = _sentences()
    # the same sentences in capitals, with a non-ASCII letter that matches "s" under IGNORECASE ("ſ"), and with other
    # letters beyond ASCII, which a pattern's ASCII words do not match ("geïnformeerd", "café")
    texts = [*sentences, *(s.upper() for s in sentences[::5]), *(s.replace("s", "ſ") for s in sentences[::7]),
             *(s.replace("e", "ë") for s in sentences[::3]), *(f"{s} café" for s in sentences[1::3])]
    checked = 0
    for name, pattern in _patterns().items():
        fast = quick(pattern)
        if fast is pattern:
            continue
        checked += 1
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)], (name, text)
            assert bool(fast.match(text)) == bool(pattern.match(text)), (name, text)
    assert checked >= 100  # most patterns of triage have words to look for first


def test_the_words_a_match_needs() -> None:
    # one word of each alternative, in lower case; a word boundary or a group of spelled-out words is no gap
    assert needed_words(re.compile(r"\b(?:Stemming|gestemd)\b", re.I)) == {"stemming", "gestemd"}
    assert needed_words(re.compile(r"\b[Kk]amer\s+(?:stemt|debatteert)\b")) == {"kamer"}  # the most telling part
    assert needed_words(re.compile(r"\b(?:zal|zullen) (?:ik|we)\b")) == {"zal ik", "zal we", "zullen ik", "zullen we"}
    # a few repeats of a letter spelled out; a letter that never matches in an ASCII text ("ó") left out
    assert needed_words(re.compile(r"\bv[oó]{1,2}r\b", re.I)) == {"vor", "voor"}
    # a sign alone is telling, a letter alone is not
    assert needed_words(re.compile(r"\?|\bvraagt\b")) == {"?", "vraagt"}
    assert needed_words(re.compile(r"a|\bvraagt\b")) is None
    # an optional part or a class is nothing every match has; a non-ASCII letter ends a word, also one that
    # matches an ASCII letter when case is ignored (the Kelvin sign matches "k")
    assert needed_words(re.compile(r"\d+|(?:motie)?\s")) is None
    assert needed_words(re.compile(r"geïnstalleerd", re.I)) == {"nstalleerd"}
    assert needed_words(re.compile("\u212aamerlid", re.I)) == {"amerlid"}


def test_where_the_words_are_not_looked_for() -> None:
    fast = quick(re.compile(r"\bkamer\b", re.I))
    assert fast is not None
    # a text with a non-ASCII letter: "K" (the Kelvin sign) matches "k" under IGNORECASE, so the pattern itself is asked
    assert fast.search("De \u212aamer stemt") is not None
    # a search from a position or up to one is the pattern's own, words before or after included
    text = "de kamer en de Kamer"
    assert [m.start() for m in fast.finditer(text, 3, 10)] == [3]
    assert [m.start() for m in fast.finditer(text, 9)] == [15]
    assert fast.sub("X", "geen woord hier") == "geen woord hier"
    assert fast.sub("X", "de Kamer") == "de X"
    # a pattern that can match without a word of two letters or more is not wrapped
    plain = re.compile(r"[a-z]+")
    assert quick(plain) is plain


def test_a_quick_test_answers_as_the_search_of_its_pattern() -> None:
    sentences = _sentences()
    texts = [*sentences, *(s.upper() for s in sentences[::5]), *(s.replace("s", "ſ") for s in sentences[::7]),
             *(s.replace("e", "ë") for s in sentences[::3]), *(f"{s} café" for s in sentences[1::3]),
             "", "z.s.m.", "zsm", "bij de", "bijde", "nu", "nul", "de wet", "wetten", "Zo  vlot", "a.s. maandag",
             "vóór maandag", "vóór", "voor", "Maandag é", "\u212aamer é", "ﬁnale week é", "straks ß"]
    patterns = [p for name, p in _patterns().items() if name == "model.MAY_HOLD_A_DATE"]
    patterns.append(re.compile(r"week|[Mm]aand|\bnu\b|v[oó]{1,2}r|x(?=y)|k?|", re.I))  # "k?" and "" match anything
    patterns.append(re.compile(r"Week|maand"))  # case not ignored: searched as it is
    patterns.append(re.compile(r"v[o\u00f3]{1,2}r|week", re.I))  # a letter beyond ASCII spelled by its number
    assert len(patterns) == 4
    for pattern in patterns:
        test = quick_test(pattern)
        for text in texts:
            assert test(text) == (pattern.search(text) is not None), (pattern.pattern[:40], text)


def test_the_characters_that_meet_an_ascii_letter() -> None:
    """_MEETS_ASCII holds every character beyond ASCII whose lower, upper or folded case holds an ASCII character,
    or that IGNORECASE matches with an ASCII letter: in a text without them, lower-casing keeps every ASCII word."""
    letter = re.compile("[a-z]", re.I)
    meets = {
        c for c in map(chr, range(128, sys.maxunicode + 1))
        if any(map(str.isascii, c.lower() + c.upper() + c.casefold())) or letter.fullmatch(c)
    }
    assert meets == {c for c in map(chr, range(128, sys.maxunicode + 1)) if _MEETS_ASCII.fullmatch(c)}
    assert {"\u212a", "ſ", "ß", "İ", "ı"} <= meets


def test_alternatives_are_split_only_outside_groups_and_classes() -> None:
    assert _top_level_alternatives(r"a[]|b]|c(d|e)|\|x|[^]|]y") == ["a[]|b]", "c(d|e)", r"\|x", "[^]|]y"]
