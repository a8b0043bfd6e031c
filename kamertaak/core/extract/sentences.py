"""Sentences and list items of clean text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    item: bool = False  # a list item: it started with a bullet or a number


_ABBREVIATIONS = frozenset(
    [
        "nr", "nrs", "o.a", "z.s.m", "t.b.v", "d.d", "red", "a.g.v", "zgn", "i.p.v", "m.b.t", "bijv", "e.d", "etc",
        "resp", "incl", "jl", "a.s", "dhr", "mevr", "mr", "dr", "prof", "ir", "drs", "st", "blz", "art", "vs",
        "ca", "evt", "i.v.m", "t.a.v", "m.u.v", "c.s", "n.a.v", "e.a", "d.w.z", "mln", "mld", "min",
    ]
)
_SENTENCE_END = re.compile(
    r"[.!?…](?=\s+[\"'(]?[A-ZÀ-Ý0-9])|\n|(?<=[a-z)])[.!?](?=\s*$)"
    # a headline glued to its lead by a page's markup: "... versterking rechtsstaatDe Eerste Kamer heeft ..."
    r"|(?<=[a-zà-ÿ]{3})(?=(?:De|Het|Een|In|Op|Na|Bij|Met|Voor|Door|Dit|Deze|Er|Ook|Volgens|Tijdens)\s[a-zà-ÿA-Z])"
    # or a stop a copied page lost the space after: "... aardbevingsbestendige nieuwbouw.Alle vier de moties ..." (a
    # word, not a domain's part: "tweedekamer.nl", "www.Overheid.nl" have no space after the next word)
    r"|(?<=[a-zà-ÿ]{3})\.(?=[A-Z][a-zà-ÿ]{2,}\s)"
    # or a dated headline to its lead: "... Beschouwingen 2020Dinsdag 10 november stemde ..."
    r"|(?<=(?:19|20)\d\d)(?=[A-Z][a-zà-ÿ]{2,}\s)"
    # or a table's cell to the dossier number in the next: "... van toepassing te verklaren.28 385, nr. 70, Motie X"
    r"|(?<=[a-zà-ÿ0-9)])\.(?=\d{2}\s?\d{3}\b[^.\n]{0,15},\s*nr\.)"
)
# Every match of _SENTENCE_END starts at one of these: a stop, a line break, or the capital of the sentence a
# headline is glued to. The pattern is tried only there (Python's re would try its lookbehinds at every position).
_MAY_END = re.compile(r"[.!?…\nA-Z]")
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """The matches of _SENTENCE_END.finditer(text), found by trying it only where _MAY_END is. A match that
    takes nothing (before a glued headline's capital) is never where one that takes a character could be (a stop
    or a line break), so after it the search goes on from the next character, as finditer's does."""
    pos = 0
    for at in _MAY_END.finditer(text):
        if at.start() < pos:
            continue
        m = _SENTENCE_END.match(text, at.start())
        if m is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of clean text; abbreviations ("o.a.", "nr.") and initials do not end one."""
    out: list[Sentence] = []
    start = 0
    for m in _sentence_ends(text):
        if m.group() in ".":
            tok = _TOKEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            word = tok.group(1).lower().rstrip(".") if tok else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", word):
                continue
            if word.isdigit() and len(word) <= 2 and (tok is None or tok.start() == 0 or text[tok.start() - 1] == "\n"):
                continue  # "1. De minister ...": a numbered list item, not a sentence "1."
        end = m.end() if m.group() != "\n" else m.start()
        _add_sentence(out, text, start, end)
        start = m.end()
    _add_sentence(out, text, start, len(text))
    return out


SENTENCE_MAX = 1500
_BULLET = re.compile(r"(?:[-•–▪*]|\d{1,2}[.)])\s+")


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start] in " \n":
        start += 1
    bullet = _BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while end > start and text[end - 1] in " \n":
        end -= 1
    # A "sentence" longer than any real one (a table, a list without stops) is read in pieces, so no
    # stage ever works on an unbounded span.
    while end - start > SENTENCE_MAX:
        cut = text.rfind(" ", start + SENTENCE_MAX // 2, start + SENTENCE_MAX)
        cut = cut if cut > start else start + SENTENCE_MAX
        out.append(Sentence(start, cut, text[start:cut], item=bullet is not None))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
        bullet = None
    if end > start:
        out.append(Sentence(start, end, text[start:end], item=bullet is not None))
