"""Triage: propose commitments, motions and deadlines from a debate text as it comes out of a PDF.

Rules for the language, not for one document: a trigger phrase makes a candidate, the nearest
deadline phrase in its sentence gives the due date, and the spans point into the original text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kamertaak.core.actors import (
    GOVERNMENT_BARE,
    NAME,
    PARTY_WORD,
    ActorMention,
    ExtractedActor,
    dedupe_actors,
    find_actors,
    normalise_ministry,
    normalise_name,
    normalise_party,
)
from kamertaak.core.deadlines import FoundDeadline, Resolution, find_deadlines, resolve
from kamertaak.core.dutch import MONTHS

__all__ = ["Candidate", "CleanText", "ExtractedActor", "ExtractedDebate", "Extraction", "clean_text", "extract"]

TITLE_MAX = 80


# ------------------------------------------------------------------------------------------------
# Values
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedDebate:
    """The debate the text reports on, as far as the text says."""

    title: str | None = None
    kind: str | None = None
    date: dt.date | None = None
    committee: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "committee": self.committee,
        }


@dataclass(frozen=True)
class Candidate:
    """One proposed item; start/end is the span of the quote in the original text."""

    kind: str
    status: str
    title: str
    quote: str
    start: int
    end: int
    due: dt.date | None = None
    due_phrase: str | None = None
    precision: str = "none"
    explanation: str | None = None
    actors: tuple[ExtractedActor, ...] = ()
    confidence: float = 0.5
    register: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "status": self.status,
            "title": self.title,
            "quote": self.quote,
            "due": self.due.isoformat() if self.due else None,
            "due_phrase": self.due_phrase,
            "precision": self.precision,
            "explanation": self.explanation,
            "actors": [a.to_json() for a in self.actors],
            "confidence": round(self.confidence, 2),
            "register": self.register,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything triage proposes for one text."""

    debate: ExtractedDebate
    actors: tuple[ExtractedActor, ...]
    candidates: tuple[Candidate, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "debate": self.debate.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "candidates": [c.to_json() for c in self.candidates],
        }


# ------------------------------------------------------------------------------------------------
# PDF text → clean text with a map back to the original
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanText:
    """Text with line breaks, hyphenation and debris removed; offsets[i] is text[i]'s original index.

    A "\\n" in text marks a hard boundary (a heading, a list item, a speaker), never a plain line end.
    """

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


_URL = re.compile(r"(?:https?://|www\.)\S+")
# A footnote number glued to a word: "geweld.1 Het", "geweld1 Het".
_FOOTNOTE = re.compile(r"(?<=[a-zà-ÿ)][.,;:!?])\d{1,2}(?=\s|$)|(?<=[a-zà-ÿ]{4})\d{1,2}(?=[.,;:]?(?:\s+[A-Z]|$))")
_PAGE_DEBRIS = re.compile(
    r"^\s*(?:[-–—]?\s*\d{1,3}\s*[-–—]?|(?:pagina|page|blz\.?|p\.)\s*\d+(?:\s*(?:van|of|/)\s*\d+)?"
    r"|\d{1,3}\s*(?:/|van)\s*\d{1,3}|(?:Tweede|Eerste) Kamer,? vergaderjaar \d{4}\s*[–-]\s*\d{4},.*)\s*$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_LIST_START = re.compile(r"^(?:Motie\b|MOTIE\b|Amendement\b|AMENDEMENT\b|Nr\.\s*\d|[-•–▪]\s|\d{1,2}[.)]\s)")
_VOTE_WORD = re.compile(r"\b(?:aangenomen|verworpen|aangehouden|ingetrokken)\b", re.IGNORECASE)
_CHAR_MAP = {"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "\xa0": " ", "\t": " ", "ﬁ": "fi", "ﬂ": "fl"}
_DROP_CHARS = frozenset("\xad\u200b\ufeff\x0c")


def clean_text(raw: str) -> CleanText:
    """Undo what PDF extraction does to running text, keeping a map to the original offsets."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in raw.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    debris = _debris_lines([text for _, text in lines])
    body_lengths = [len(t.strip()) for _, t in lines if len(t.strip()) >= 20]
    # the width body text wraps at: most lines of running text are near it, headings and fields are not
    typical = statistics.quantiles(body_lengths, n=4)[2] if len(body_lengths) >= 3 else 80.0
    kept_at = [i for i, (_, text) in enumerate(lines) if i not in debris and text.strip()]
    kept = [lines[i] for i in kept_at]

    chars: list[str] = []
    offs: list[int] = []
    for k, (start, text) in enumerate(kept):
        if k:
            # a blank line between the two (not a removed page header) is a paragraph break
            between = range(kept_at[k - 1] + 1, kept_at[k])
            gap = any(not lines[j][1].strip() for j in between) and not any(j in debris for j in between)
            _join(chars, offs, kept[k - 1][1].strip(), text.strip(), start - 1, typical, gap)
        _emit_line(chars, offs, start, text)
    while chars and chars[-1] in " \n":
        chars.pop()
        offs.pop()
    offs.append(offs[-1] + 1 if offs else 0)
    return CleanText("".join(chars), tuple(offs))


def _debris_lines(texts: Sequence[str]) -> set[int]:
    """Page numbers, URL-only lines and running headers or footers.

    A repeated line is only a running header when it sits next to a page number or carries a number
    itself: "De voorzitter:" and "gehoord de beraadslaging," repeat too and are text.
    """
    counts: dict[str, int] = {}
    for t in texts:
        key = t.strip()
        counts[key] = counts.get(key, 0) + 1
    pages = {i for i, t in enumerate(texts) if _PAGE_DEBRIS.match(t.strip()) and t.strip()}
    out: set[int] = set(pages)
    for i, t in enumerate(texts):
        key = t.strip()
        if not key or i in pages:
            continue
        if _URL_LINE.match(key):
            out.add(i)
            continue
        if counts[key] < 2 or key[-1] in ".,;:!?" or _VOTE_WORD.search(key) or _LIST_START.match(key):
            continue
        if _near(i, pages, texts) or (counts[key] >= 3 and any(ch.isdigit() for ch in key)):
            out.add(i)
    return out


def _near(i: int, pages: set[int], texts: Sequence[str]) -> bool:
    """Whether line i is within two non-blank lines of a page number."""
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(texts) and seen < 2:
            if texts[j].strip():
                if j in pages:
                    return True
                seen += 1
            j += step
    return False


# A Handelingen speaker line: "De heer Bontenbal (CDA):", "Mevrouw Podt (D66):", "Minister Van Weel:".
_SPEAKER_LINE = re.compile(
    r"^(?:De heer|Mevrouw|Minister(?:-president)?|Staatssecretaris|De minister|De staatssecretaris|De voorzitter|"
    r"Voorzitter)\b[^:.]{0,80}:$"
)
# A register or form field on its own line: "Status: openstaand", "Datum nakoming: 1 juli 2025".
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: \S.{0,60}$")
# Words a sentence does not end on: a blank line after them is PDF layout, not a paragraph break.
_OPEN_WORD = re.compile(
    r"\b(?:van|de|het|een|en|of|over|met|voor|bij|in|op|te|aan|door|naar|om|dat|die|dan|als|tot|uit|zijn|haar)$", re.I
)


def _join(
    chars: list[str], offs: list[int], prev: str, nxt: str, newline_at: int, typical: float, gap: bool = False
) -> None:
    """Glue two PDF lines: undo hyphenation, or mark a heading/list boundary, or just a space."""
    while chars and chars[-1] == " ":
        chars.pop()
        offs.pop()
    prev = _FOOTNOTE.sub("", prev).rstrip()  # "land.1": the sentence ends at the full stop
    if len(prev) >= 2 and prev.endswith("-") and prev[-2].isalpha() and nxt[:1].isalpha():
        first_word = nxt.split()[0].strip(",.;:")
        if nxt[0].islower() and first_word not in ("en", "of", "tot"):
            chars.pop()  # "wets-\nvoorstel": the hyphen only broke the line
            offs.pop()
            return
        if nxt[0].isupper():
            return  # "Michon-\nDerkzen": a real hyphen at the line end
    short = len(prev) < 0.85 * typical
    ends_open = prev[-1:] in ",;(-" or (prev[-1:].islower() and len(prev) >= 0.85 * typical)
    starts_new = bool(nxt[:1]) and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "'\"‘“")
    heading = short and prev[-1:] not in ".,;!?(-" and starts_new and not ends_open
    speaker = short and prev.endswith(":")
    paragraph = gap and starts_new and prev[-1:] not in ",;(-" and not _OPEN_WORD.search(prev)
    field_line = _FIELD_LINE.match(nxt) or _FIELD_LINE.match(prev)
    if heading or speaker or paragraph or field_line or _LIST_START.match(nxt) or _SPEAKER_LINE.match(nxt):
        chars.append("\n")
    else:
        chars.append(" ")
    offs.append(newline_at)


def _emit_line(chars: list[str], offs: list[int], start: int, text: str) -> None:
    drop: set[int] = set()
    for pattern in (_URL, _FOOTNOTE):
        for m in pattern.finditer(text):
            drop.update(range(m.start(), m.end()))
    for i, ch in enumerate(text):
        if i in drop or ch in _DROP_CHARS:
            continue
        out = _CHAR_MAP.get(ch, ch)
        if out.isspace():
            if not chars or chars[-1] in " \n":
                continue
            out = " "
        for c in out:
            chars.append(c)
            offs.append(start + i)


# ------------------------------------------------------------------------------------------------
# Sentences
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_ABBREVIATIONS = frozenset(
    [
        "nr", "nrs", "o.a", "z.s.m", "t.b.v", "d.d", "red", "a.g.v", "zgn", "i.p.v", "m.b.t", "bijv", "e.d", "etc",
        "resp", "incl", "jl", "a.s", "dhr", "mevr", "mr", "dr", "prof", "ir", "drs", "st", "blz", "art", "vs",
        "ca", "evt", "i.v.m", "t.a.v", "m.u.v", "c.s", "n.a.v", "e.a", "d.w.z", "mln", "mld", "min",
    ]
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"'(]?[A-ZÀ-Ý0-9])|\n|(?<=[a-z)])[.!?](?=\s*$)")
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of clean text; abbreviations ("o.a.", "nr.") and initials do not end one."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
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


_BULLET = re.compile(r"(?:[-•–▪*]|\d{1,2}[.)])\s+")


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start] in " \n":
        start += 1
    bullet = _BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while end > start and text[end - 1] in " \n":
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


# ------------------------------------------------------------------------------------------------
# The debate
# ------------------------------------------------------------------------------------------------

_MONTH_ALT = "|".join(MONTHS)
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\s+(\d{{4}})\b", re.IGNORECASE)
_DEBATE_KIND = re.compile(
    r"\b(commissiedebat|tweeminutendebat|plenair(?:e)? debat|wetgevingsoverleg|notaoverleg|algemeen overleg"
    r"|schriftelijk overleg|dertigledendebat|interpellatie|vragenuur|begrotingsbehandeling|hoofdlijnendebat"
    r"|VAO|VSO|VAVA|vaso|notaoverleg)\b",
    re.IGNORECASE,
)
_KIND_CODES = {
    "plenaire debat": "plenair debat",
    "vao": "vao/vaso",
    "vso": "vao/vaso",
    "vava": "vao/vaso",
    "vaso": "vao/vaso",
}
_QUOTED = re.compile(r"^[^.\n]{0,40}?['\"]([^'\"\n]{3,140})['\"]")
_TITLE_REST = re.compile(
    r"^\s*(?:over\s+|inzake\s+|:\s*)?([A-Z(][^,\n]{2,100}?)(?=\s*(?:,|\(|\n|$|\bd\.d\.|\bop\b|\d{1,2}\s))"
)
# A date is the debate's own only in a debate context: "Op 3 april 2025 voerde de Kamer ...",
# "Vergadering van dinsdag 10 december 2019", a motion's "Voorgesteld 9 december 2020".
_DEBATE_DATE_CONTEXT = re.compile(
    rf"\b[Oo]p\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}\s+(?:voerde|vond|debatteerde|sprak|hield|"
    rf"heeft|was|kwam|is)\b|\b(?:[Vv]ergadering|[Dd]ebat|[Oo]verleg) van\s+(?:\w+dag\s+)?\d{{1,2}}\s+"
    rf"(?:{_MONTH_ALT})\s+\d{{4}}|\bVoorgesteld\s+\d{{1,2}}\s+\w+\s+\d{{4}}"
    # "De vaste commissie ... heeft op 12 februari 2026 overleg gevoerd", "gehouden op 20 maart 2025"
    rf"|\b(?:heeft|hebben)\s+op\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}\s+(?:overleg|een|gesproken"
    rf"|gedebatteerd|vergaderd)\b|\b(?:gehouden|gevoerd)\s+op\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}",
)
# "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur": the commas belong to the name
_COMMITTEE = re.compile(
    r"\b(?:vaste\s+)?[Cc]ommissie\s+(?:voor\s+)?(?P<c>[A-Z][\w&-]*(?:(?:,\s+|\s+)(?:[A-Z][\w&-]*|en|van|voor))*)"
)
# A Kamerstuk heading line: "21 501-32 Landbouw- en Visserijraad"
_DOSSIER_HEADING = re.compile(r"(?:^|\n)\d{2}\s?\d{3}(?:-[A-Z0-9]+)?\s+(?P<t>[A-Z][^\n]{2,100})(?=\n)")
# Handelingen: "Aan de orde is het debat over de Jeugdwet en de wachtlijsten in de jeugdzorg."
_ON_THE_AGENDA = re.compile(
    r"\bAan de orde (?:is|zijn) (?:het|de|een) (?:\w*debat|\w*overleg|behandeling)\s+(?:van\s+|over\s+|inzake\s+)"
    r"(?:(?:het|de)\s+)?(?P<t>[^.\n]{3,100}?)\s*(?=[.\n]|$)",
    re.IGNORECASE,
)
_NOT_A_TITLE = re.compile(r"^(?:Vastgesteld|De|Het|Een|Op|In|Tijdens)\b")


def find_debate(clean: CleanText) -> tuple[ExtractedDebate, int]:
    """The debate's title, kind, date and committee; also where its heading ends (the lead before it)."""
    text = clean.text
    head = text[:2500]
    best: tuple[int, int, re.Match[str]] | None = None
    for m in _DEBATE_KIND.finditer(head):
        after = head[m.end() : m.end() + 120]
        score = (2 if _DATE.search(after.split("\n")[0]) else 0) + (2 if _QUOTED.match(after) else 0)
        score += 1 if m.start() == 0 or head[m.start() - 1] == "\n" else 0
        score += 1 if m.start() < 300 else 0
        if score and (best is None or score > best[0]):
            best = (score, -m.start(), m)
    kind = title = None
    heading_end = 0
    date: dt.date | None = None
    if best is not None:
        m = best[2]
        word = m.group(1).lower()
        kind = _KIND_CODES.get(word, word)
        after = text[m.end() : m.end() + 200]
        quoted = _QUOTED.match(after)
        rest = _TITLE_REST.match(after)
        if quoted:
            title = quoted.group(1).strip()
        elif over := re.match(r"^[^.\n]{0,60}?\bover\s+(?:(?:de|het)\s+)?([A-Za-zà-ÿ][^,.\n]{2,80})", after):
            # "commissiedebat, gehouden op 20 maart 2025, over Asielbeleid", "Plenair debat over de Jeugdwet"
            title = _DATE.sub("", over.group(1)).strip()
        elif rest and not _DATE.match(rest.group(1)):
            title = re.sub(r"\s+(?:van|op|d\.d\.|d\.d|op|gehouden|gevoerd)$", "", rest.group(1).strip()) or None
        if title and _NOT_A_TITLE.match(title):
            title = None
        if title is None and (dossier := _DOSSIER_HEADING.search(head)):
            title = dossier.group("t").strip()
        line_end = text.find("\n", m.end())
        sentence_end = min(x for x in (line_end, text.find(". ", m.end()), len(text)) if x >= 0)
        found = _DATE.search(text, m.start(), min(sentence_end, m.end() + 160))
        date = _to_date(found) if found else None
        heading_end = m.start()
    if title is None and (agenda := _ON_THE_AGENDA.search(head)):
        title = agenda.group("t").strip()
    if date is None:
        ctx = _DEBATE_DATE_CONTEXT.search(head)
        if ctx:
            found = _DATE.search(ctx.group()) or re.search(r"(\d{1,2})\s+(\w+)\s+(\d{4})", ctx.group())
            date = _to_date(found) if found else None
    committee = None
    cm = _COMMITTEE.search(head)
    if cm:
        committee = re.sub(r"(?:,|\s+(?:en|van|voor))+$", "", cm.group("c").strip(" ,")).strip() or None
    return ExtractedDebate(title=title, kind=kind, date=date, committee=committee), heading_end


def _to_date(m: re.Match[str]) -> dt.date | None:
    try:
        month = MONTHS.index(m.group(2).lower()) + 1
        return dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------
# Triggers
# ------------------------------------------------------------------------------------------------

_I = re.IGNORECASE


@dataclass(frozen=True)
class Trigger:
    kind: str
    status: str
    pattern: re.Pattern[str]
    confidence: float
    needs_government: bool = False
    needs_future: bool = False
    # an office-holder's statement is the promise, even without "ik": "X ontvangt de Kamer in mei"
    speaker_promises: bool = False


_COMMITMENT_TRIGGERS: tuple[Trigger, ...] = (
    Trigger("commitment", "open", re.compile(r"\bzeg(?:t|gen|de|den)?\b.{0,250}?\btoe\b(?!\s+te\b)", _I), 0.9),
    Trigger("commitment", "open", re.compile(r"\bzei(?:den)?\b.{0,250}?\btoe\b(?!\s+te\b)", _I), 0.9),
    Trigger("commitment", "open", re.compile(r"(?<!zoals )(?<!zoals eerder )\btoegezegd\b", _I), 0.85),
    Trigger("commitment", "open", re.compile(r"\b(?:doet|deed|doen)\b.{0,30}\btoezegging\b", _I), 0.85),
    Trigger(
        "commitment",
        "open",
        re.compile(r"\bKamer\b.{0,80}?\b(?:wordt|worden|zal|zullen)\b.{0,160}?\bgeïnformeerd\b", _I),
        0.8,
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\b(?:zal|zullen|ga|gaat|gaan)\b.{0,120}?\b(?:de|uw) Kamer\b.{0,160}?"
            r"\b(?:informeren|berichten|rapporteren|op de hoogte (?:stellen|houden))\b",
            _I,
        ),
        0.8,
    ),
    Trigger(
        "commitment",
        "open",
        # a letter or a list of commitments: "Uw Kamer ontvangt voor 1 juli de voortgangsrapportage"
        re.compile(
            r"\b(?:de|uw) Kamer\s+(?:ontvangt|krijgt|zal\b.{0,80}?\b(?:ontvangen|krijgen)|wordt\b.{0,80}?"
            r"\b(?:toegestuurd|toegezonden|gestuurd))\b",
            _I,
        ),
        0.75,
        needs_future=True,
    ),
    Trigger(
        "commitment",
        "open",
        # inverted, the object first: "De evaluatie van de wet ontvangt de Kamer in het derde kwartaal."
        re.compile(
            r"^(?!(?:wanneer|waarom|hoe|wat|welke|of)\b)[^?]*?\b(?:ontvangt|krijgt)\s+(?:de|uw)\s+Kamer\b"
            r"(?![^?]*\?)",
            _I,
        ),
        0.75,
        needs_government=True,
        needs_future=True,
        speaker_promises=True,
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(r"\b(?:informeert|informeer|informeren)\b\s+(?:\w+\s+){0,2}(?:de|uw) Kamer\b", _I),
        0.75,
        needs_government=True,
        needs_future=True,
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\b(?:stuurt|stuur|sturen|zendt|zend|zenden|zal .{0,80}?(?:sturen|toesturen|toezenden|"
            r"zenden|versturen)|zullen .{0,80}?(?:sturen|toesturen|toezenden|zenden))\b.{0,150}?"
            r"\b(?:brief|rapport|rapportage|reactie|kabinetsreactie|beleidsreactie|nota|overzicht|"
            r"evaluatie|voortgangsrapportage|analyse|plan|visie|wetsvoorstel|uitwerking|notitie)\b",
            _I,
        ),
        0.75,
        needs_government=True,
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\bkom(?:t|en)?\b.{0,120}?\b(?:(?:hier|daar|er)\s*op\s+(?:\w+\s+)?terug|terug\s+op)\b"
            r"|\b(?:hier|daar|er)op\b.{0,60}\bterug\s*te\s*komen\b|\bterug(?:komen|te komen)\s+op\b",
            _I,
        ),
        0.75,
        needs_government=True,
    ),
    Trigger(
        "commitment",
        "open",
        # a letter's own plans: "Ik verwacht uw Kamer voor het einde van dit jaar de evaluatie toe te sturen",
        # "Ik streef ernaar het wetsvoorstel in het tweede kwartaal van 2027 bij uw Kamer in te dienen"
        re.compile(
            r"\b(?:verwacht\w*|streef\w*|voornemens|zal|zullen|ga|gaan)\b.{0,150}?\b(?:uw|de) Kamer\b.{0,150}?"
            r"\b(?:toe\s+te\s+(?:sturen|zenden)|te\s+(?:sturen|informeren|zenden|berichten)|in\s+te\s+dienen|"
            r"aan\s+te\s+bieden|voor\s+te\s+leggen)\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs_future=True,
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(r"\b(?:geeft|gaf|gegeven)\b.{0,150}?\baan\s*,?\s+dat\b.{0,250}?\b(?:zal|zullen)\b", _I),
        0.6,
        needs_government=True,
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\b(?:zal|zullen)\b.{0,150}?\b(?:komen met|met\b.{0,80}\bkomen|presenteren|publiceren|"
            r"uitwerken|opstellen|indienen|aanbieden|voorleggen|sturen|in overleg treden|in gesprek gaan|overleggen|"
            r"(?:laten )?onderzoeken|uitzoeken|bekijken|nagaan|verkennen|evalueren|agenderen)\b",
            _I,
        ),
        0.55,
        needs_government=True,
        needs_future=True,
    ),
)

_MOTION_ANNOUNCED: tuple[Trigger, ...] = (
    Trigger("motion", "announced", re.compile(r"\b(?:overweeg\w*|overwoog|overwogen)\b.{0,80}?\bmoties?\b", _I), 0.8),
    Trigger("motion", "announced", re.compile(r"\bmoties?\b.{0,60}?\b(?:overweeg\w*|overwoog)\b", _I), 0.8),
    Trigger("motion", "announced", re.compile(r"\bkondig\w*\b.{0,100}?\bmoties?\b", _I), 0.85),
    Trigger("motion", "announced", re.compile(r"\bmoties?\b.{0,60}?\baan(?:ge)?kondig\w*\b", _I), 0.8),
    Trigger(
        "motion",
        "announced",
        re.compile(
            r"\bvandaar (?:de|mijn) volgende motie\b|\bik (?:dien|wil)\b.{0,40}?\bmoties?\b.{0,20}?"
            r"\b(?:in|indienen)\b|\b(?:dien|dienen) (?:ik|wij|we)\b.{0,40}?\bmoties?\b.{0,20}?\bin\b",
            _I,
        ),
        0.65,
    ),
    Trigger(
        "motion",
        "announced",
        re.compile(
            r"\b(?:zal|zullen|gaat|gaan|wil|willen|van plan|voornemens)\b.{0,60}?\bmoties?\b.{0,60}?"
            r"\b(?:indienen|in te dienen)\b",
            _I,
        ),
        0.8,
    ),
    Trigger("motion", "announced", re.compile(r"\bmotie\b.{0,40}?\b(?:in te dienen|zal indienen)\b", _I), 0.75),
)
_MOTION_SUBMITTED: tuple[Trigger, ...] = (
    Trigger("motion", "submitted", re.compile(r"\b(?:deze|de) motie is voorgesteld door\b", _I), 0.95),
    Trigger("motion", "submitted", re.compile(r"\bMOTIE VAN (?:HET LID|DE LEDEN)\b"), 0.95),
    Trigger("motion", "submitted", re.compile(r"\bZij krijgt nr\.\s*\d+"), 0.9),
    Trigger(
        "motion",
        "submitted",
        re.compile(r"\b(?:dient|diende|dienden|dienen)\b.{0,60}?\bmotie\b.{0,40}?\bin\b", _I),
        0.85,
    ),
    Trigger("motion", "submitted", re.compile(r"\b(?:heeft|hebben)\b.{0,60}?\bmotie\b.{0,60}?\bingediend\b", _I), 0.85),
    Trigger("motion", "submitted", re.compile(r"\bMotie (?:van (?:het lid|de leden)|\d+ van|-[A-Z])"), 0.7),
)
_MOTION_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", re.compile(r"\bingetrokken\b|\btrek(?:t|ken)?\b.{0,80}?\bin\b|\bin te trekken\b", _I)),
    ("held", re.compile(r"\baan\s+te\s+houden\b|\baangehouden\b|\bhoud(?:t|en)?\b.{0,80}?\baan\b", _I)),
    ("adopted", re.compile(r"\baangenomen\b(?!\s+dat\b)|\bzonder stemming aan\w*\b", _I)),
    ("rejected", re.compile(r"\bverworpen\b", _I)),
)
_MOTION_WORD = re.compile(r"\bmoties?\b|\bmotie-[A-Z]", _I)
_PUT_TO_VOTE = re.compile(r"\bIn stemming komt\b|\bWij stemmen (?:nu )?over\b", _I)
# "zodat zij is verworpen", "dat deze motie met algemene stemmen is aangenomen"
_OUTCOME_BACKREF = re.compile(
    r"\b(?:zodat (?:zij|hij|deze|het)|deze motie|de motie)\b[^.;]{0,80}?\bis\s+(?:\w+\s+)?(?:aangenomen|verworpen)\b",
    _I,
)
# An agenda or vote list names a motion's subject once: "de motie-Westerveld over een landelijk tarief voor
# jeugdhulpaanbieders (31839, nr. 1012)"; a later "haar motie (31839, nr. 1012)" is that motion.
_LISTED_SUBJECT = re.compile(r"\bmotie\b[^()\n;]{0,80}?\bover\s+(?P<subj>[^()\n;]{3,150}?)\s*\(?\s*$", _I)
_OUTCOME_ONLY = re.compile(r"^(?:Aangenomen|Verworpen|Aangehouden|Ingetrokken)\b")
# "waar moties kunnen worden ingediend" describes the procedure, not a motion
_GENERIC_MODAL = re.compile(r"\bmoties?\b.{0,20}?\b(?:kunnen|kan|mogen|mag) worden\b", _I)
_MOTION_BODY_START = re.compile(r"\bgehoord de beraadslaging\b", _I)
_MOTION_BODY_END = re.compile(r"\borde van de dag\b", _I)
_DICTUM = re.compile(
    r"\b(?:verzoekt|roept|draagt|spreekt (?:als (?:haar|zijn) (?:mening )?)?uit|geeft .{0,20}in overweging"
    r"|besluit)\b.*",
    _I,
)
_DICTUM_LEAD = re.compile(
    r"^(?:verzoekt|roept|draagt)\s+(?:de regering|het kabinet|de minister\w*|de staatssecretaris\w*|"
    r"het presidium|de Voorzitter)(?:\s+(?:van|voor)\s+[\w&]+(?:\s+en\s+[\w&]+)?)?\s*,?\s*(?:op\s*,?\s*)?(?:om\s+)?",
    _I,
)
_REGISTER = re.compile(
    r"\bnr\.\s*(?P<nr1>\d+)\s*\((?P<dos1>\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\)"
    r"|\b(?P<dos2>\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*(?P<nr2>\d+)",
)
_MOTION_NUMBER = re.compile(r"\b(?:Nr\.|Motie|motie)\s*(?P<nr>\d{1,4})\b")
_DOSSIER = re.compile(r"(?<![\d.,])(\d{2}\s?\d{3})(?:-[A-Z0-9]+)?(?![\d.,]\d)")
_MOTION_NAMES = re.compile(
    r"\bmotie-(?P<names>[A-Z][\w'’-]*(?:\s+(?:van|de|der|den|ter|ten)\s+[A-Z][\w'’-]*)?"
    r"(?:/[A-Z][\w'’ -]*?)*)(?=\s*\(|\s+over\b|[,.;:]|\s+\d|\s*$)"
)

_GOVERNMENT_WORD = re.compile(r"\b(?:minister\w*|staatssecretaris\w*|kabinet|regering|bewindspersoon|ministerie)\b", _I)
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we)\b", _I)
_QUESTION = re.compile(
    r"\?|\bvra(?:agt|agde|gen)\b.{0,30}\bof\b|\bwil weten\b|\bpleit\w*\b|\bvraagt zich af\b|\broept\b.{0,60}\bop\b|"
    r"\bdring\w*\b.{0,60}\baan\b|\bverzoekt\b",
    _I,
)
_PAST_MARKER = re.compile(r"\b(?:eerder|jl\.|vorige week|vorige maand|vorig jaar|destijds)\b", _I)

# Events: a follow-up debate, the votes, an expected report, budget moments, entry into force.
_FOLLOWUP_DEBATE = re.compile(
    r"\b(tweeminutendebat\w*|VAO|VSO|dertigledendebat|plenaire (?:afronding|behandeling)|plenair debat|notaoverleg"
    r"|wetgevingsoverleg|commissiedebat|rondetafelgesprek|technische briefing|hoorzitting|debat)\b",
    _I,
)
_FOLLOWUP_MARKER = re.compile(
    r"\b(?:wordt|worden|zal|zullen)\b.{0,60}?\b(?:vervolgd|gehouden|gevoerd|ingepland|gepland|plaats(?:vinden)?|"
    r"voortgezet|behandeld|afgerond)\b|\bstaat\b.{0,40}?\bgepland\b|\b(?:volgt|vervolg|aangevraagd|gepland|"
    r"ingepland|staat op de agenda|agenderen)\b|\bvindt\b.{0,60}\bplaats\b",
    _I,
)
_VOTES = re.compile(r"\bstemming(?:en)?\b|\bgestemd\b|\bstemmen\b", _I)
_DELIVERABLE = re.compile(
    r"\b(rapport\w*|onderzoek|evaluatie|advies|kabinetsreactie|beleidsreactie|brief|nota|wetsvoorstel|"
    r"voorstel|plan van aanpak|actieplan|monitor|visie|verkenning|uitwerking|contouren|routekaart|"
    r"beleidsdoorlichting|resultaten|uitkomsten|consultatie)\b",
    _I,
)
_EXPECTED = re.compile(
    r"\bnaar verwachting\b|\bverwacht\w*\b|\b(?:zal|zullen)\b|\bverschijn\w*\b|\boplever\w*\b|\bop te leveren\b|"
    r"\bwordt\b.{0,60}?\b(?:opgeleverd|gepubliceerd|aangeboden|afgerond|gestuurd|verzonden|verwacht)\b|"
    r"\bkomt\b.{0,60}?\b(?:uit|beschikbaar|gereed)\b|\bis gereed\b|\bgepland\b|\b(?:komt|komen|volgt|volgen) er\b"
    r"|^(?:er\s+)?(?:komt|volgt)\b",
    _I,
)
_BUDGET = re.compile(
    r"\b(Voorjaarsnota|Najaarsnota|Prinsjesdag|Miljoenennota|Verantwoordingsdag|Suppletoire begroting)\b", _I
)
_TAKES_EFFECT = re.compile(
    r"\b(?:treedt|treden|trad)\b.{0,80}?\bin\s+werking\b|\bin\s+werking\s+(?:treedt|treden|te laten treden)\b"
    r"|\binwerkingtreding\b|\bvan kracht\b|\bgaat\b.{0,60}?\bin\b(?=\s+(?:op|per)\b)|\bingaan\b",
    _I,
)
_CONTENT_WORD = re.compile(r"[a-zà-ÿ0-9&]{4,}", _I)
_STOPWORDS = frozenset(
    [
        "deze", "wordt", "worden", "zijn", "heeft", "hebben", "naar", "over", "voor", "door", "ook", "niet",
        "maar", "waar", "zich", "daar", "hier", "haar", "zijn", "staatssecretaris", "minister", "kamer", "tweede",
        "motie", "moties", "zegt", "toezegging", "aangeven", "geeft", "aan",
    ]
)


# ------------------------------------------------------------------------------------------------
# Extraction
# ------------------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """A candidate under construction, in clean-text coordinates."""

    kind: str
    status: str
    confidence: float
    first: int  # sentence indexes (inclusive)
    last: int
    trigger: tuple[int, int]
    clause: str = ""
    actors: list[ExtractedActor] = field(default_factory=list)
    register: str | None = None
    due_zone: tuple[int, int] | None = None
    title: str | None = None
    in_lead: bool = False
    dropped: bool = False
    due_override: Resolution | None = None


@dataclass
class _Context:
    clean: CleanText
    sentences: list[Sentence]
    mentions: list[ActorMention]
    deadlines: list[FoundDeadline]
    ref: dt.date
    debate: ExtractedDebate
    raw: str
    speakers: dict[int, ExtractedActor | None] = field(default_factory=dict)
    commitment_lists: list[tuple[int, int]] = field(default_factory=list)


def extract(text: str, ref: dt.date | None = None) -> Extraction:
    """Propose the debate, its actors and the follow-up candidates in text. Due dates are resolved
    against the debate date when the text names one, else against ref."""
    clean = clean_text(text)
    debate, heading_at = find_debate(clean)
    base = debate.date or ref
    sentences = split_sentences(clean.text)
    mentions = find_actors(clean.text, base)
    # Without any reference date no phrase can be resolved; the caller passes today when it has one.
    deadlines = find_deadlines(clean.text, base) if base else []
    ctx = _Context(clean, sentences, mentions, deadlines, base or dt.date.min, debate, text)
    ctx.speakers = _speakers(ctx)
    ctx.commitment_lists = _commitment_lists(ctx)
    lead_end = heading_at if heading_at and heading_at < 700 else 0

    drafts = _motion_drafts(ctx)
    in_motion = {i for d in drafts for i in range(d.first, d.last + 1)}
    i = 0
    while i < len(sentences):
        if i in in_motion:
            i += 1
            continue
        found = _commitment_drafts(ctx, i) + _sentence_motion_drafts(ctx, i)
        if not found:
            found = _event_drafts(ctx, i)
        drafts.extend(found)
        # a motion may take the sentences after it along (its outcome, its number)
        i = max([i, *(d.last for d in found)]) + 1
    drafts.extend(_budget_drafts(ctx, drafts, lead_end))
    listed = _listed_motions(ctx)
    for d in drafts:
        if d.kind == "motion" and d.register in listed:
            subject, submitters = listed[d.register]
            d.clause = d.clause or subject
            if not any(a.role == "member" for a in d.actors):
                d.actors = [*submitters, *d.actors]
    for d in drafts:
        d.in_lead = ctx.sentences[d.first].end <= lead_end
    candidates = _finish(ctx, _dedupe(drafts))
    all_actors = dedupe_actors([m.actor for m in mentions])
    # "mevrouw Dijk" in one sentence is the "Dijk (SP)" the text names elsewhere
    known = {a.key: a for a in all_actors}
    candidates = [dataclasses.replace(c, actors=tuple(_filled(a, known) for a in c.actors)) for c in candidates]
    # a motion's signers, named only on their own lines under its text
    all_actors = dedupe_actors([*all_actors, *(a for c in candidates for a in c.actors)])
    return Extraction(debate=debate, actors=all_actors, candidates=tuple(candidates))


def _filled(actor: ExtractedActor, known: dict[str, ExtractedActor]) -> ExtractedActor:
    full = known.get(actor.key)
    if full is None or full.role != actor.role or (actor.party or not full.party):
        return actor
    return dataclasses.replace(actor, party=full.party)


# --- speakers and actor resolution ---------------------------------------------------------------

_SPEAKER = re.compile(
    r"^(?:De heer|Mevrouw|Minister(?:-president)?|Staatssecretaris|De minister|De staatssecretaris|De voorzitter|"
    r"Voorzitter)\b[^:\n]{0,80}:"
)


def _speakers(ctx: _Context) -> dict[int, ExtractedActor | None]:
    """Who speaks in each sentence of a Handelingen text ("Minister Van Weel:"), so "ik" has a person."""
    out: dict[int, ExtractedActor | None] = {}
    current: ExtractedActor | None = None
    for i, s in enumerate(ctx.sentences):
        m = _SPEAKER.match(s.text)
        if m:
            inside = [x.actor for x in _mentions_in(ctx, s.start, s.start + m.end())]
            if m.group().lower().startswith(("de voorzitter", "voorzitter")):
                current = None
            elif inside:
                current = inside[0]
            elif "minister" in m.group().lower() or "staatssecretaris" in m.group().lower():
                current = _last_government(ctx, s.start, "staatssecretaris" in m.group().lower())
        out[i] = current
    return out


def _mentions_in(ctx: _Context, start: int, end: int) -> list[ActorMention]:
    return [m for m in ctx.mentions if start <= m.start < end]


def _last_government(ctx: _Context, before: int, state_secretary: bool | None) -> ExtractedActor | None:
    for m in reversed(ctx.mentions):
        if m.start >= before:
            continue
        role = m.actor.role
        if role in ("minister", "state_secretary") and (
            state_secretary is None or (role == "state_secretary") == state_secretary
        ):
            return m.actor
    return None


def _sentence_actors(ctx: _Context, first: int, last: int) -> list[ExtractedActor]:
    """Actors named in the sentences, with "de staatssecretaris", "hij" and "de SP" resolved."""
    start, end = ctx.sentences[first].start, ctx.sentences[last].end
    named = _mentions_in(ctx, start, end)
    out: list[ExtractedActor] = []
    text = ctx.clean.text
    for bare in GOVERNMENT_BARE.finditer(text, start, end):
        if bare.group("role") in ("kabinet", "regering") or any(m.start <= bare.start() < m.end for m in named):
            continue
        # only a bare mention that is not the start of a named one ("de staatssecretaris van VWS")
        if any(m.start == bare.start() + len(bare.group()) - len(bare.group("role")) for m in named):
            continue
        actor = _last_government(ctx, bare.start(), bare.group("role") == "staatssecretaris")
        if actor:
            out.append(actor)
    out.extend(m.actor for m in named)
    sentence = ctx.sentences[first].text
    if not any(a.role == "member" for a in out):
        for pw in PARTY_WORD.finditer(text, start, end):
            party = normalise_party(pw.group(1), ctx.ref)
            member = _last_member(ctx, start, party)
            if member:
                out.append(member)
        if re.match(r"^(?:Hij|Zij|Ze)\b", sentence) and not out:
            member = _last_member(ctx, start, None, window=600)
            if member:
                out.append(member)
    speaker = ctx.speakers.get(first)
    if speaker and _FIRST_PERSON.search(sentence):
        out.insert(0, speaker)
    return list(dedupe_actors(out))


def _last_member(ctx: _Context, before: int, party: str | None, window: int = 3000) -> ExtractedActor | None:
    for m in reversed(ctx.mentions):
        if m.start >= before or m.start < before - window:
            continue
        if m.actor.role == "member" and (party is None or m.actor.party == party):
            return m.actor
    return None


def _has_government(ctx: _Context, i: int, actors: Iterable[ExtractedActor]) -> bool:
    if any(a.role in ("minister", "state_secretary") for a in actors):
        return True
    s = ctx.sentences[i].text
    if _GOVERNMENT_WORD.search(s) or re.search(r"\buw Kamer\b", s, _I):
        return True  # only the government writes to "uw Kamer"
    speaker = ctx.speakers.get(i)
    return bool(speaker and speaker.role in ("minister", "state_secretary") and _FIRST_PERSON.search(s))


# --- commitments ----------------------------------------------------------------------------------


# A list of commitments closing a committee report: "Toezeggingen", "De minister heeft de volgende
# toezeggingen gedaan:", "Toezeggingen:".
_COMMITMENT_LIST_HEAD = re.compile(
    r"^(?:toezeggingen|overzicht (?:van )?(?:de )?toezeggingen)\s*:?$|\bvolgende toezeggingen\b.{0,40}:$", _I
)
_ITEM_START = re.compile(r"\n(?:[-•–▪*]|\d{1,2}[.)])\s")
# A promise the text itself keeps: "Met deze brief doe ik deze toezegging gestand."
_FULFILLED = re.compile(
    r"\bgestand\b|\bmet (?:deze|onderhavige) brief\b|\bhierbij (?:informeer|stuur|bied|zend)\b|"
    r"\bhiermee (?:kom ik|voldoe|geef)\b|\bis (?:hiermee|daarmee) (?:voldaan|afgedaan)\b",
    _I,
)
_ASKS = re.compile(r"\b(?:vraagt|vroeg|vragen|vroegen|wil(?:de)? weten|informeert naar|verzoekt)\b", _I)
# Register fields after an entry: "Deadline: 1 januari 2027", "Status: deels voldaan".
_FIELD_DUE = re.compile(r"^(?:nieuwe\s+)?(?:deadline|datum nakoming|uiterste datum|termijn)\s*:?\s", _I)
_FIELD_STATUS = re.compile(r"^status\s*:?\s*(?P<s>deels\s+\w+|\w+)", _I)
_REGISTER_STATUS = {
    "openstaand": "open", "open": "open", "voldaan": "done", "afgedaan": "done", "deels voldaan": "partial",
    "deels afgedaan": "partial", "vervallen": "lapsed",
}  # fmt: skip


def _commitment_lists(ctx: _Context) -> list[tuple[int, int]]:
    """Clean-text spans of the list items under a "Toezeggingen" heading."""
    text = ctx.clean.text
    out: list[tuple[int, int]] = []
    for s in ctx.sentences:
        if not _COMMITMENT_LIST_HEAD.search(s.text):
            continue
        pos = s.end
        end = pos
        while True:
            item = _ITEM_START.match(text, pos) or (re.match(r"(?:[-•–▪*]|\d{1,2}[.)])\s", text[pos:].lstrip(" ")))
            if not item:
                break
            nxt = text.find("\n", pos + 1)
            end = pos = len(text) if nxt < 0 else nxt
        if end > s.end:
            out.append((s.end, end))
    return out


def _commitment_drafts(ctx: _Context, i: int) -> list[_Draft]:
    s = ctx.sentences[i]
    listed = any(a <= s.start < b for a, b in ctx.commitment_lists)
    for trig in _COMMITMENT_TRIGGERS:
        m = trig.pattern.search(s.text)
        if not m:
            continue
        actors = _sentence_actors(ctx, i, i)
        speaker = ctx.speakers.get(i)
        if trig.speaker_promises and speaker and speaker.role in ("minister", "state_secretary"):
            actors = list(dedupe_actors([speaker, *actors]))
        weak = trig.confidence < 0.7 and not listed
        if trig.needs_government and not listed and not _has_government(ctx, i, actors):
            continue
        if (
            weak
            and _QUESTION.search(s.text[: m.start()] + s.text[m.end() :])
            and not _GOVERNMENT_WORD.search(s.text[: m.start()])
        ):
            continue
        if _PAST_MARKER.search(s.text) and weak:
            continue
        due = _nearest_deadline(ctx, s.start + m.start(), s.start + m.end(), s.start, s.end)
        if ((trig.needs_future and not listed) or weak) and (due is None or due.resolution.due is None):
            continue
        if _fulfilled(ctx, i, m, due):
            continue
        clause = _commitment_clause(s.text, m)
        if listed:
            actors = _with_holder(ctx, s.start, actors)
        return [_commitment_draft(ctx, i, m.start(), m.end(), trig.confidence, due, actors, clause)]
    if listed and not _QUESTION.search(s.text):
        # every item of a "Toezeggingen" list is a commitment, whatever its verb
        due = _nearest_deadline(ctx, s.start, s.end, s.start, s.end)
        actors = _sentence_actors(ctx, i, i)
        actors = _with_holder(ctx, s.start, actors)
        subject = _LIST_SUBJECT.match(s.text)
        clause = s.text[subject.end() :] if subject else s.text
        return [_commitment_draft(ctx, i, 0, len(s.text), 0.7, due, actors, clause)]
    return []


_LIST_SUBJECT = re.compile(r"^(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering)\b[^,]*?\s(?=[a-z]+t\b)", _I)


def _with_holder(ctx: _Context, at: int, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """A listed commitment without its office-holder ("De Kamer ontvangt ...") is the list's: the one last named."""
    if any(a.role in ("minister", "state_secretary") for a in actors):
        return actors
    holder = _last_government(ctx, at, None)
    return [holder, *actors] if holder else actors


def _fulfilled(ctx: _Context, i: int, m: re.Match[str], due: FoundDeadline | None) -> bool:
    """ "heb ik toegezegd ... Met deze brief doe ik deze toezegging gestand": kept, not open. A negated
    promise ("zal ... niet onderzoeken", "zegt niet toe") is none."""
    if re.search(r"\b(?:niet|nooit)\b", m.group(), _I):
        return True
    if not re.search(r"toegezegd|toezegging", m.group(), _I):
        return False
    texts = [ctx.sentences[k].text for k in range(i, min(i + 2, len(ctx.sentences)))]
    if any(_SENT_ALREADY.search(t) for t in texts):
        return True
    return not (due is not None and due.resolution.due) and any(_FULFILLED.search(t) for t in texts)


# "die brief is op 3 maart jl. verstuurd", "daarmee is de toezegging voldaan"
_SENT_ALREADY = re.compile(
    r"\b(?:is|zijn|werd|werden)\b[^;]{0,40}?\b(?:verstuurd|verzonden|toegestuurd|toegezonden|gestuurd|voldaan|"
    r"afgedaan|nagekomen)\b|\bgestand\b",
    _I,
)


def _commitment_draft(
    ctx: _Context,
    i: int,
    t_start: int,
    t_end: int,
    confidence: float,
    due: FoundDeadline | None,
    actors: list[ExtractedActor],
    clause: str,
) -> _Draft:
    s = ctx.sentences[i]
    actors = list(actors)
    if not any(a.role in ("minister", "state_secretary") for a in actors) and re.search(r"\buw Kamer\b", s.text, _I):
        author = _letter_author(ctx)
        if author:
            actors.insert(0, author)
    if not any(a.role == "member" for a in actors) and i > 0 and _ASKS.search(ctx.sentences[i - 1].text):
        # "Mevrouw Vedder (CDA) vraagt of ... De minister zegt toe ...": the promise answers her
        prev = ctx.sentences[i - 1]
        actors.extend(m.actor for m in _mentions_in(ctx, prev.start, prev.end) if m.actor.role == "member")
    government_first = sorted(dedupe_actors(actors), key=lambda a: a.role not in ("minister", "state_secretary"))
    conf = confidence + (0.05 if due else 0) + (0.03 if government_first else 0)
    number = _REGISTER_COMMITMENT.search(s.text)
    if number is None and i > 0 and not ctx.sentences[i - 1].text.endswith("."):
        number = _REGISTER_COMMITMENT.search(ctx.sentences[i - 1].text)  # "Toezegging Evaluatie X (T03742)"
    draft = _Draft(
        "commitment",
        "open",
        min(conf, 0.99),
        i,
        i,
        (s.start + t_start, s.start + t_end),
        clause=clause,
        actors=list(government_first),
        register=number.group(1) if number else None,
    )
    if number is not None:
        _register_fields(ctx, draft)
    return draft


def _register_fields(ctx: _Context, draft: _Draft) -> None:
    """A register entry's own fields decide: "Deadline: 1 januari 2027", "Status: voldaan"."""
    for k in range(draft.last + 1, min(draft.last + 6, len(ctx.sentences))):
        s = ctx.sentences[k]
        if _REGISTER_COMMITMENT.search(s.text) or _COMMITMENT_TRIGGERS[0].pattern.search(s.text):
            break
        status = _FIELD_STATUS.match(s.text)
        if status:
            draft.status = _REGISTER_STATUS.get(" ".join(status.group("s").lower().split()), draft.status)
        field_due = _FIELD_DUE.match(s.text)
        if field_due and ctx.ref != dt.date.min:
            res = resolve(s.text[field_due.end() :].strip(" ."), ctx.ref)
            if res.due is not None:
                draft.due_override = res


def _letter_author(ctx: _Context) -> ExtractedActor | None:
    """The signatory of a letter to the Kamer ("De minister van Sociale Zaken en Werkgelegenheid,")."""
    tail = max(0, len(ctx.clean.text) - 400)
    signed = [m.actor for m in ctx.mentions if m.start >= tail and m.actor.role in ("minister", "state_secretary")]
    if signed:
        return signed[-1]
    first = [m.actor for m in ctx.mentions if m.actor.role in ("minister", "state_secretary")]
    return first[0] if first else None


_CLAUSE_LEAD = re.compile(
    r"^[\s,:;]*(?:(?:naar aanleiding van[^,]*,|desgevraagd|aan|"
    r"om|dat|toe|te|hierbij|ook)\b[\s,]*)*",
    _I,
)


_SENT_THING = re.compile(
    r"\b(?:brief|rapport|rapportage|kabinetsreactie|beleidsreactie|reactie|nota|overzicht|evaluatie|"
    r"voortgangsrapportage|analyse|plan|visie|uitwerking|notitie)\b.*",
    _I,
)


# "Ik zal in gesprek gaan met de VNG over X en de Kamer daarover informeren": what "daarover" is
_INFORM_ABOUT_THAT = re.compile(
    r"\b(?:zal|zullen|ga|gaat|gaan)\s+(?:ook\s+|eerst\s+|nog\s+)*(?P<what>[^,;]{8,160}?)\s+en\s+(?:zal\s+|zullen\s+)?"
    r"(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,2}(?:daar|hier|er)over\b",
    _I,
)


def _action_noun(what: str) -> str:
    """ "in gesprek gaan met de VNG over de inkoop" → "gesprek met VNG over inkoop"."""
    what = re.sub(r"^in\s+(gesprek|overleg)\s+(?:gaan|treden)\s+", r"\1 ", what, flags=_I)
    what = re.sub(
        r"^(met\s+.+?)\s+(?:overleggen|praten|spreken|in gesprek gaan|in overleg treden)\b",
        r"overleg \1",
        what,
        flags=_I,
    )
    what = re.sub(r"\s+(?:gaan|treden|voeren)$", "", what)
    verb = re.search(r"\s+(?:laten\s+)?(onderzoeken|uitzoeken|evalueren|uitwerken)$", what)
    if verb:  # "de cijfers laten onderzoeken" → "onderzoek naar cijfers"
        noun = {"onderzoeken": "onderzoek naar", "uitzoeken": "onderzoek naar", "evalueren": "evaluatie van"}
        what = f"{noun.get(verb.group(1), 'uitwerking van')} {what[: verb.start()]}"
    return re.sub(r"\b(?:de|het|een)\s+", "", what).strip()


def _commitment_clause(sentence: str, m: re.Match[str]) -> str:
    """The words that say what is promised: after "zegt ... toe", "aan dat", "geïnformeerd" ..."""
    matched = m.group()
    low = matched.lower()
    tail = sentence[m.end() :]
    if re.search(r"\btoe$", low):
        return tail
    if inverted := re.search(r"\b(?:ontvangt|krijgt)\s+(?:de|uw)\s+Kamer$", matched, _I):
        return matched[: inverted.start()]  # "De evaluatie van de wet ontvangt de Kamer ..." → the object
    if re.search(r"\b(?:ontvangt|krijgt|ontvangen|krijgen|toegestuurd|toegezonden|gestuurd)$", low):
        return tail
    plan = _LETTER_PLAN.match(sentence[m.start() :])
    if plan and "kamer" in low:
        return plan.group("what")
    if "geïnformeerd" in low or "informe" in low or "berichten" in low:
        if about := _INFORM_ABOUT_THAT.search(sentence):
            return "Kamer informeren over " + _action_noun(about.group("what"))
        return "Kamer informeren " + tail
    sent = _SENT_THING.search(sentence, m.start()) if re.match(r"\b(?:stuur|zend|zal|zull)", low) else None
    if sent:
        return sent.group()
    if "terug" in low:
        return "Terugkomen op " + re.sub(r"^\s*(?:op\s+)?", "", tail) if tail.strip() else sentence
    if re.search(r"\baan\s*,?\s+dat\b", low):
        inner = re.split(r"\baan\s*,?\s+dat\b", sentence, maxsplit=1, flags=_I)
        return inner[1] if len(inner) > 1 else tail
    if "toegezegd" in low or "toezegging" in low:
        after = re.split(r"\btoegezegd\b|\btoezegging\b", sentence, maxsplit=1, flags=_I)
        return after[1] if len(after) > 1 and len(after[1].strip()) > 10 else sentence
    return sentence[m.start() :]


# --- motions -------------------------------------------------------------------------------------


def _motion_drafts(ctx: _Context) -> list[_Draft]:
    """Motion texts ("De Kamer, gehoord de beraadslaging, ... orde van de dag") with their header,
    announcement, submitters ("Deze motie is voorgesteld door ...") and number ("Zij krijgt nr.")."""
    sents = ctx.sentences
    drafts: list[_Draft] = []
    i = 0
    while i < len(sents):
        header = _MOTION_SUBMITTED[1].pattern.search(sents[i].text) or _MOTION_NUMBER_HEADER.match(sents[i].text)
        body = _MOTION_BODY_START.search(sents[i].text)
        announce = _MOTION_ANNOUNCED[4].pattern.search(sents[i].text)
        if not (header or body or announce):
            i += 1
            continue
        first = i
        # find the motion text that starts here or within the next three sentences
        body_at = next((k for k in range(i, min(i + 4, len(sents))) if _MOTION_BODY_START.search(sents[k].text)), None)
        if body_at is None and not header:
            if announce:
                # an announcement followed by "Deze motie is voorgesteld" without the text in between
                follow = next(
                    (
                        k
                        for k in range(i + 1, min(i + 3, len(sents)))
                        if _MOTION_SUBMITTED[0].pattern.search(sents[k].text)
                    ),
                    None,
                )
                if follow is None:
                    i += 1
                    continue
                body_at = follow - 1
            else:
                i += 1
                continue
        last = i
        if body_at is not None and body_at > i and not _MOTION_BODY_START.search(sents[body_at].text):
            last = body_at
        elif body_at is not None:
            last = next(
                (k for k in range(body_at, min(body_at + 15, len(sents))) if _MOTION_BODY_END.search(sents[k].text)),
                body_at,
            )
        dictum_zone = _dictum_zone(ctx, first, last)
        status = "submitted" if header else "announced"
        conf = 0.95 if header else 0.65
        submitters: list[ExtractedActor] = []
        register = None
        if header:
            submitters = [
                m.actor for m in _mentions_in(ctx, sents[first].start, sents[first].end) if m.actor.role == "member"
            ]
            register = _register_near(ctx, first, first)
        # trailing "Deze motie is voorgesteld door ..." and "Zij krijgt nr. ..."
        for k in range(last + 1, min(last + 4, len(sents))):
            t = sents[k].text
            if _MOTION_SUBMITTED[0].pattern.search(t):
                status, conf, last = "submitted", 0.95, k
                submitters = [
                    m.actor for m in _mentions_in(ctx, sents[k].start, sents[k].end) if m.actor.role == "member"
                ] or submitters
            elif _MOTION_SUBMITTED[2].pattern.search(t):
                status, conf, last = "submitted", max(conf, 0.9), k
                register = _register_near(ctx, k, k) or register
            elif _MOTION_BODY_START.search(t) or (header and _MOTION_SUBMITTED[1].pattern.search(t)):
                break
        if not submitters and body_at is not None:
            # Handelingen print the signers' names on their own lines under the text
            signers: list[ExtractedActor] = []
            k = last + 1
            while k < min(last + 9, len(sents)) and _SIGNER_LINE.fullmatch(sents[k].text.strip()):
                signers.append(ExtractedActor(normalise_name(sents[k].text.strip()), role="member"))
                k += 1
            if signers:
                submitters, status, conf, last = signers, "submitted", max(conf, 0.9), k - 1
        if not submitters:
            speaker = ctx.speakers.get(first)
            submitters = [speaker] if speaker and speaker.role == "member" else []
        trigger = (sents[first].start, sents[first].end)
        drafts.append(
            _Draft(
                "motion",
                status,
                conf,
                first,
                last,
                trigger,
                clause=_dictum_text(ctx, dictum_zone),
                actors=submitters,
                register=register,
                due_zone=dictum_zone,
            )
        )
        i = last + 1
    return drafts


_SIGNER_LINE = re.compile(rf"{NAME}")
_MOTION_NUMBER_HEADER = re.compile(r"^Nr\.\s*\d+\s+MOTIE\b")


def _dictum_zone(ctx: _Context, first: int, last: int) -> tuple[int, int] | None:
    start, end = ctx.sentences[first].start, ctx.sentences[last].end
    m = _DICTUM.search(ctx.clean.text, start, end)
    if not m:
        return None
    stop = _MOTION_BODY_END.search(ctx.clean.text, m.start(), end)
    return m.start(), stop.start() if stop else end


def _dictum_text(ctx: _Context, zone: tuple[int, int] | None) -> str:
    if zone is None:
        return ""
    text = ctx.clean.text[zone[0] : zone[1]].replace("\n", " ")
    return _DICTUM_LEAD.sub("", text).strip(" ,;.")


def _register_near(ctx: _Context, first: int, last: int) -> str | None:
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    m = _REGISTER.search(text)
    if m:
        dossier = (m.group("dos1") or m.group("dos2")).replace(" ", "")
        return f"{dossier}, nr. {m.group('nr1') or m.group('nr2')}"
    n = _MOTION_NUMBER.search(text)
    if n:
        dossier = _dossier_from_context(ctx, ctx.sentences[first].start, n.group("nr"))
        return f"{dossier}, nr. {n.group('nr')}" if dossier else f"nr. {n.group('nr')}"
    return None


def _dossier_from_context(ctx: _Context, before: int, number: str) -> str | None:
    """The Kamerstuk dossier a bare "Nr. 797" belongs to: a footer "25 295, nr. 797", else the nearest
    dossier-like number before it."""
    footer = re.search(rf"\b(\d{{2}}\s?\d{{3}}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*{number}\b", ctx.raw)
    if footer:
        return footer.group(1).replace(" ", "")
    window = ctx.clean.text[max(0, before - 1500) : before]
    found = [m.group(1) for m in _DOSSIER.finditer(window) if not re.fullmatch(r"(?:19|20)\d\d\d?", m.group(1))]
    return found[-1].replace(" ", "") if found else None


def _sentence_motion_drafts(ctx: _Context, i: int) -> list[_Draft]:
    """A motion named in one sentence: announced, submitted, or an outcome (also in a vote list)."""
    s = ctx.sentences[i]
    if not _MOTION_WORD.search(s.text) or _GENERIC_MODAL.search(s.text):
        return []
    status = conf = None
    trig_span = (s.start, s.end)
    outcome_text = s.text
    nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
    last = i
    if nxt is not None and (_OUTCOME_ONLY.match(nxt.text) or _MOTION_SUBMITTED[2].pattern.match(nxt.text)):
        outcome_text = s.text + " " + nxt.text
        last = i + 1
    elif _PUT_TO_VOTE.search(s.text):
        # "In stemming komt de motie-X (...)." ... "zodat zij is verworpen."
        for k in range(i + 1, min(i + 4, len(ctx.sentences))):
            later = ctx.sentences[k].text
            if _PUT_TO_VOTE.search(later):
                break
            if _OUTCOME_BACKREF.search(later):
                outcome_text = s.text + " " + later
                last = k
                break
    for code, pattern in _MOTION_OUTCOMES:
        if pattern.search(outcome_text):
            status, conf = code, 0.85
            break
    if status is None:
        for trig in (*_MOTION_SUBMITTED, *_MOTION_ANNOUNCED):
            m = trig.pattern.search(outcome_text)
            if m:
                status, conf = trig.status, trig.confidence
                trig_span = (s.start + m.start(), s.start + m.end())
                break
    if status is None or conf is None:
        return []
    actors = [a for a in _sentence_actors(ctx, i, last) if a.role == "member"]
    for names in _MOTION_NAMES.finditer(s.text):
        actors.extend(ExtractedActor(normalise_name(n.strip())) for n in names.group("names").split("/"))
    registers = _all_registers(ctx, i, last)
    clause = _motion_clause(s.text)
    zone = (s.start, ctx.sentences[last].end)
    if len(registers) <= 1:
        return [
            _Draft(
                "motion",
                status,
                conf,
                i,
                last,
                trig_span,
                clause=clause,
                actors=list(dedupe_actors(actors)),
                register=registers[0] if registers else None,
                due_zone=zone,
            )
        ]
    return [
        _Draft(
            "motion",
            status,
            conf,
            i,
            last,
            trig_span,
            clause="",
            actors=list(dedupe_actors(actors)),
            register=r,
            due_zone=zone,
        )
        for r in registers
    ]


def _listed_motions(ctx: _Context) -> dict[str, tuple[str, list[ExtractedActor]]]:
    """Register number → (subject, submitters) for each motion a list names with its subject."""
    text = ctx.clean.text
    out: dict[str, tuple[str, list[ExtractedActor]]] = {}
    for m in _REGISTER.finditer(text):
        window = text[max(0, m.start() - 230) : m.start()]
        listed = next(reversed(list(_LISTED_SUBJECT.finditer(window))), None)
        if listed is None:
            continue
        reg = f"{(m.group('dos1') or m.group('dos2')).replace(' ', '')}, nr. {m.group('nr1') or m.group('nr2')}"
        names = [
            ExtractedActor(normalise_name(n.strip()))
            for found in _MOTION_NAMES.finditer(listed.group())
            for n in found.group("names").split("/")
        ]
        if not names:
            at = m.start() - len(window) + listed.start()
            names = [x.actor for x in _mentions_in(ctx, at, m.start()) if x.actor.role == "member"]
        out.setdefault(reg, (listed.group("subj").strip(" ,"), names))
    return out


def _all_registers(ctx: _Context, first: int, last: int) -> list[str]:
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    out = [
        f"{(m.group('dos1') or m.group('dos2')).replace(' ', '')}, nr. {m.group('nr1') or m.group('nr2')}"
        for m in _REGISTER.finditer(text)
    ]
    if not out:
        single = _register_near(ctx, first, last)
        out = [single] if single else []
    return list(dict.fromkeys(out))


def _motion_clause(sentence: str) -> str:
    m = re.search(r"\bmotie\b.{0,40}?\b(?:om|over|waarin|die|dat)\b\s*(.*)", sentence, _I)
    if not m:
        return ""
    clause = re.sub(r"\s+(?:Aangenomen|Verworpen|Aangehouden|Ingetrokken)\b.*$", "", m.group(1))
    return re.sub(
        r"^(?:de regering|het kabinet)\s+(?:op\s+te\s+roepen|te\s+verzoeken)\s*(?:om\s+)?", "", clause, flags=_I
    )


# --- events ---------------------------------------------------------------------------------------


# A follow-up debate someone asked for is worth tracking before it has a date.
_REQUESTED = re.compile(r"\baangevraagd\b|\bvraagt\b.{0,40}\baan\b", _I)
_REQUESTED_KIND = re.compile(
    r"^(?:tweeminutendebat\w*|VAO|VSO|dertigledendebat|plenaire (?:afronding|behandeling))$", _I
)


def _event_drafts(ctx: _Context, i: int) -> list[_Draft]:
    """Events in a sentence, one per clause: "Er is een tweeminutendebat aangevraagd door het lid X; de
    stemmingen over de moties zijn op dinsdag 24 februari."."""
    s = ctx.sentences[i]
    if _PAST_MARKER.search(s.text):
        return []
    out: list[_Draft] = []
    pos = 0
    for clause in re.split(r"(?<=;)\s*", s.text):
        c_start = s.start + s.text.index(clause, pos)
        pos = c_start - s.start + len(clause)
        draft = _clause_event(ctx, i, clause, c_start)
        if draft is not None:
            out.append(draft)
    return out


def _clause_event(ctx: _Context, i: int, text: str, at: int) -> _Draft | None:
    for kind_re, build in (
        (_FOLLOWUP_DEBATE, _followup_title),
        (_VOTES, _votes_title),
        (_TAKES_EFFECT, _effect_title),
        (_DELIVERABLE, _report_title),
    ):
        matches = list(kind_re.finditer(text))
        if not matches:
            continue
        # "Het debat wordt vervolgd in een tweeminutendebat": the specific kind names the event
        m = next((x for x in matches if x.group().lower() != "debat"), matches[0])
        if kind_re is _FOLLOWUP_DEBATE and not _FOLLOWUP_MARKER.search(text):
            continue
        if kind_re is _DELIVERABLE and not _EXPECTED.search(text):
            continue
        zone = (at, at + len(text))
        due = _nearest_deadline(ctx, at + m.start(), at + m.end(), *zone)
        requested = (
            kind_re is _FOLLOWUP_DEBATE and _REQUESTED.search(text) and _REQUESTED_KIND.match(m.group(1) or "")
        )
        last = i
        if requested and due is None and i + 1 < len(ctx.sentences) and _REFERS_BACK.match(ctx.sentences[i + 1].text):
            # "Er is een tweeminutendebat aangevraagd ... Dat wordt volgende week ingepland."
            nxt = ctx.sentences[i + 1]
            later = _nearest_deadline(ctx, nxt.start, nxt.start, nxt.start, nxt.end)
            if later is not None and later.resolution.due is not None:
                due, zone, last = later, (nxt.start, nxt.end), i + 1
        if (due is None or due.resolution.due is None or due.resolution.due <= ctx.ref) and not (
            requested and due is None
        ):
            continue
        title = build(ctx, text, m)
        actors = [x.actor for x in _mentions_in(ctx, *zone)] if zone[1] - zone[0] < len(ctx.sentences[i].text) else []
        actors = actors or _sentence_actors(ctx, i, i)
        conf = 0.7 if kind_re is not _DELIVERABLE else 0.6
        return _Draft(
            "deadline",
            "upcoming",
            conf if due is not None else 0.55,
            i,
            last,
            (at + m.start(), at + m.end()),
            clause="",
            actors=actors,
            title=title,
            due_zone=zone,
        )
    return None


# A sentence that schedules what the one before named: "Dat wordt volgende week ingepland."
_REFERS_BACK = re.compile(
    r"^(?:Dat|Dit|Het|Die|Deze)(?:\s+(?:debat|tweeminutendebat|overleg))?\s+(?:wordt|zal|is|komt|vindt)\b[^.?]*?"
    r"\b(?:ingepland|gepland|gehouden|geagendeerd|plaatsvinden|plaats|worden\s+gehouden)\b[^?]*$",
    _I,
)


def _followup_title(ctx: _Context, sentence: str, m: re.Match[str]) -> str:
    word = m.group(1)
    label = word[:1].upper() + word[1:] if not word.isupper() else word
    if word.lower() == "debat":
        label = "Vervolgdebat"
    title = ctx.debate.title
    return f"{label} {title}" if title and title.lower() not in label.lower() else label


def _votes_title(ctx: _Context, sentence: str, m: re.Match[str]) -> str:
    title = ctx.debate.title
    return f"Stemmingen over moties {title}" if title else "Stemmingen over de moties"


def _effect_title(ctx: _Context, sentence: str, m: re.Match[str]) -> str:
    subject = sentence[: m.start()]
    cut = re.search(r"(?:^|\b)((?:[Dd]e|[Hh]et|[Dd]eze)\s+.*|(?:Wet|Regeling|Besluit|Wijziging)\b.*)$", subject)
    subject = (cut.group(1) if cut else subject).strip(" ,")
    subject = re.sub(r"^(?:[Dd]e|[Hh]et|[Dd]eze)\s+", "", subject)
    subject = " ".join(x for x in _strip_dates(ctx, subject).split())
    if subject.lower() in ("wet", "regeling", "besluit", "wijziging", "ik ben voornemens wet", ""):
        # "Ik ben voornemens de wet per 1 juli in werking te laten treden": the law named before
        before = ctx.clean.text[: max(0, ctx.clean.text.find(sentence))]
        named = list(_LAW_NAME.finditer(before))
        subject = named[-1].group().strip() if named else subject
    return _shorten("Inwerkingtreding " + subject) if subject else "Inwerkingtreding"


_LAW_NAME = re.compile(
    r"\b(?:Wet|Besluit|Regeling)\s+[a-z][^,.;()\n]{2,60}?(?=\s+(?:is|wordt|treedt|gaat|zal)\b|[,.;(])"
)


def _strip_dates(ctx: _Context, text: str) -> str:
    for d in find_deadlines(text, ctx.ref) if ctx.ref != dt.date.min else []:
        text = text.replace(d.phrase, " ")
    return text


def _report_title(ctx: _Context, sentence: str, m: re.Match[str]) -> str:
    noun = m.group(1).lower()
    rest = sentence[m.end() :]
    of = re.match(r"\s*((?:van|over|naar|inzake)\s+[^,.;]{3,60})", rest)
    orgs = [x.actor.name for x in ctx.mentions if x.actor.role == "organisation" and sentence.find(x.actor.name) >= 0]
    title = noun[:1].upper() + noun[1:]
    if of:
        title += " " + of.group(1)
    elif orgs:
        title += " " + orgs[0]
    before = re.search(r"\b(?:onderzoek|rapport) van (?:de |het )?([A-Z][\w ]{2,60}?)(?=,|\s+die\b|\s+dat\b)", sentence)
    if before and before.group(1) not in title:
        title += f" ({before.group(1)})"
    return _shorten(title + " verwacht")


def _budget_drafts(ctx: _Context, drafts: list[_Draft], lead_end: int) -> list[_Draft]:
    """One deadline per budget moment the text relies on ("in de Voorjaarsnota")."""
    out: list[_Draft] = []
    seen: set[str] = set()
    if ctx.ref == dt.date.min:
        return out
    for i, s in enumerate(ctx.sentences):
        if s.end <= lead_end:
            continue
        for m in _BUDGET.finditer(s.text):
            word = m.group(1).capitalize()
            at = s.start + m.start()
            dates_other = any(d.first <= i <= d.last and d.kind != "deadline" for d in drafts) and any(
                x.start <= at < x.end for x in ctx.deadlines
            )
            if word in seen or dates_other:
                continue  # "voor Prinsjesdag informeren": the date of that promise, not an event of its own
            res = resolve(f"bij de {word}" if word != "Prinsjesdag" else "op Prinsjesdag", ctx.ref)
            if res.due is None or res.due <= ctx.ref:
                continue
            seen.add(word)
            draft = _Draft(
                "deadline",
                "upcoming",
                0.45,
                i,
                i,
                (s.start + m.start(), s.start + m.end()),
                title=f"{word} {res.due.year}",
            )
            draft.due_zone = (s.start + m.start(), s.start + m.end())
            draft.due_override = res
            out.append(draft)
    return out


# --- due dates, titles, dedupe --------------------------------------------------------------------


def _nearest_deadline(ctx: _Context, t_start: int, t_end: int, start: int, end: int) -> FoundDeadline | None:
    """The deadline phrase in [start, end) nearest the trigger, preferring one that resolves to a date."""
    inside = [
        d
        for d in ctx.deadlines
        if start <= d.start and d.end <= end and (d.resolution.due is None or d.resolution.due >= ctx.ref)
    ]
    if not inside:
        return None

    def distance(d: FoundDeadline) -> int:
        if d.end <= t_start:
            return t_start - d.end
        if d.start >= t_end:
            return d.start - t_end
        return 0

    dated = [d for d in inside if d.resolution.due is not None]
    # a phrase without a date before the trigger sets the scene ("Tijdens het debat ..."), it is no term
    undated = [d for d in inside if d.resolution.due is None and d.start >= t_start]
    if not (dated or undated):
        return None
    return min(dated or undated, key=distance)


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """Drop restatements: a headline saying what the body says, an announcement the text then submits,
    two sentences promising the same thing."""
    live = sorted(drafts, key=lambda d: (d.first, -d.confidence))
    for d in live:
        if d.in_lead and any(o is not d and not o.in_lead and (o.kind, o.status) == (d.kind, d.status) for o in live):
            d.dropped = True
    for d in live:
        if d.dropped or d.kind != "motion" or d.status != "announced":
            continue
        names = {a.key for a in d.actors}
        for o in live:
            if o is d or o.dropped or o.kind != "motion" or o.status == "announced" or o.first <= d.last:
                continue
            near = o.first - d.last <= 12
            # the same member's motion text later on, on the same subject ("regionale inkoop")
            if not near and not (names & {a.key for a in o.actors} and _similar(d.clause, o.clause)):
                continue
            if not names or not o.actors or names & {a.key for a in o.actors}:
                d.dropped = True
                break
    for a_i, a in enumerate(live):
        if a.dropped:
            continue
        for b in live[a_i + 1 :]:
            if b.dropped or (a.kind, a.status) != (b.kind, b.status):
                continue
            same_register = a.register and a.register == b.register
            # two motions are one only with the same submitters: different members file look-alike motions
            same_people = a.kind != "motion" or {x.key for x in a.actors} == {x.key for x in b.actors}
            if a.kind == "deadline" and (a.title or "").split()[:1] != (b.title or "").split()[:1]:
                same_people = False  # a tweeminutendebat and the votes share the debate's name, not the event
            if same_register or (same_people and _similar(a.clause or a.title or "", b.clause or b.title or "")):
                loser = b if a.confidence >= b.confidence else a
                loser.dropped = True
    return [d for d in live if not d.dropped]


def _similar(a: str, b: str) -> bool:
    wa = {w.lower()[:7] for w in _CONTENT_WORD.findall(a)} - _STOPWORDS
    wb = {w.lower()[:7] for w in _CONTENT_WORD.findall(b)} - _STOPWORDS
    if len(wa) < 3 or len(wb) < 3:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _finish(ctx: _Context, drafts: list[_Draft]) -> list[Candidate]:
    out: list[Candidate] = []
    for d in sorted(drafts, key=lambda x: x.first):
        s_first, s_last = ctx.sentences[d.first], ctx.sentences[d.last]
        start, end = s_first.start, s_last.end
        quote = " ".join(ctx.clean.text[start:end].split())
        zone = d.due_zone or (start, end)
        found = _nearest_deadline(ctx, d.trigger[0], d.trigger[1], zone[0], zone[1])
        res: Resolution | None = found.resolution if found else None
        if found is not None and d.kind == "deadline" and _SCHEDULED_FOR.search(ctx.clean.text, 0, found.start):
            # "staat gepland voor donderdag 20 maart" names the day itself, not the day before it
            again = resolve(re.sub(r"^\s*v[oó]{1,2}r\s+", "", found.phrase).rstrip(" ."), ctx.ref)
            if again.due is not None:
                res = again
        if d.due_override is not None:
            res = d.due_override
        title = d.title or _title(d, found)
        o_start, o_end = ctx.clean.original_span(start, end)
        out.append(
            Candidate(
                kind=d.kind,
                status=d.status,
                title=title,
                quote=quote,
                start=o_start,
                end=o_end,
                due=res.due if res else None,
                due_phrase=res.phrase if res else None,
                precision=res.precision if res else "none",
                explanation=res.explanation if res else None,
                actors=tuple(d.actors),
                confidence=round(min(max(d.confidence, 0.0), 1.0), 2),
                register=d.register,
            )
        )
    return out


_MODAL_WORDS = re.compile(r"\b(?:zal|zullen|er|moeten|gaan|worden|wordt)\b\s*", _I)
_LEAD_PRONOUN = re.compile(
    r"^(?:zij|hij|ze|het kabinet|de regering|haar|zijn|hun|ik|wij|we|"
    r"(?:de )?(?:minister|staatssecretaris)(?: (?:van|voor) [A-Z][\w&]*(?:,? (?:[A-Z][\w&]*|en))*| [A-Z][\w&]+)?)\s+",
    _I,
)
# A list item's finite verb: "informeert de Kamer over X", "komt in het najaar met een reactie op X", "stuurt X"
_FINITE_LEAD = (
    (re.compile(r"^informeert\s+(?:de|uw)\s+Kamer\b", _I), "Kamer informeren"),
    (re.compile(r"^(?:komt|komen)\b.{0,40}?\bmet\s+(?:een\s+|de\s+|het\s+)?", _I), ""),
    (re.compile(r"^(?:stuurt|zendt|biedt)\s+(?:de|uw)\s+Kamer\s+", _I), ""),
)
# A letter's plan: "verwacht uw Kamer ... de evaluatie van de wet toe te sturen" → "evaluatie van de wet"
_LETTER_PLAN = re.compile(
    r"^(?:verwacht\w*|streef\w*(?:\s+ernaar)?|(?:ben|zijn)\s+voornemens|zal|zullen|ga|gaan)\s+(?:ik\s+|wij\s+|we\s+)?"
    r"(?:(?:uw|de)\s+Kamer\s+)?(?P<what>.+?)\s+(?:bij\s+(?:uw|de)\s+Kamer\s+)?"
    r"(?:toe\s+te\s+(?:sturen|zenden)|te\s+(?:sturen|zenden)|in\s+te\s+dienen|aan\s+te\s+bieden|voor\s+te\s+leggen)\b",
    _I,
)


# Where a promise's own words stop: a comma clause or a new main verb ("en noemt daarbij").
_CLAUSE_STOP = re.compile(
    r",\s+(?:ook|en|maar|omdat|zodat|waarbij|aangezien|mede)\b|;|\s+en\s+(?:noemt|zegt|stelt|wijst|geeft|vindt|"
    r"vraagt|merkt|verwijst|benadrukt)\b",
    _I,
)
_SEPARABLE = re.compile(r"\b(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)\s+te\s+(\w+en)\b")
_OFFICE = re.compile(
    r"\b(?:de\s+)?(minister|staatssecretaris)\s+(?:van|voor)\s+([A-Z][\w&]*(?:,?\s+(?:[A-Z][\w&]*|en))*)"
)


def _compact_offices(text: str) -> str:
    """ "de staatssecretaris van Volksgezondheid, Welzijn en Sport" → "staatssecretaris VWS"."""

    def short(m: re.Match[str]) -> str:
        ministry = normalise_ministry(m.group(2).strip(" ,"))
        return f"{m.group(1)} {ministry}" if ministry else m.group()

    return _OFFICE.sub(short, text)


_SCHEDULED_FOR = re.compile(r"\b(?:gepland|ingepland|geagendeerd|staat|staan|is|zijn)\s*$", _I)
_REGISTER_COMMITMENT = re.compile(r"\b(TZ\d{6}-\d{2,4}|T0\d{4})\b")
_FINITE_SEND = re.compile(
    r"\b(brief|rapport|reactie|kabinetsreactie|overzicht|nota|notitie)\s+(?:stuur|stuurt|sturen|zend|zendt|zenden|"
    r"toestuur|toestuurt|toezend|toezendt)\b",
    _I,
)


# "de Kamer een brief te sturen over X" → "brief over X"
_KAMER_SENT = re.compile(
    r"^\s*(?:de |uw )?Kamer\s+(?:een\s+|de\s+|het\s+)?(brief|rapport\w*|reactie|kabinetsreactie|overzicht|nota|notitie"
    r"|evaluatie|analyse|plan)\s+(?:te\s+)?(?:sturen|toesturen|toezenden|zenden|versturen)\b",
    _I,
)
_REGISTER_IN_CLAUSE = re.compile(
    r"\s*\((?:[^()]*\bnr\.\s*\d+[^()]*|\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\)|\s*\bnr\.\s*\d+\s*\(\d{2}\s?\d{3}[^)]*\)"
)
_LISTED_OUTCOME = re.compile(
    r"\s*(?:[-–—:]\s*)?(?:zonder stemming\s+)?(?:aangenomen|verworpen|aangehouden|ingetrokken)\b.*$", _I
)
_COME_WITH = re.compile(r"^\s*(?:om\s+)?met\s+(?:een\s+|de\s+|het\s+)?(.+?)\s+(?:te\s+)?komen\b\s*", _I)


def _title(d: _Draft, found: FoundDeadline | None) -> str:
    clause = d.clause
    if found is not None:
        clause = clause.replace(found.phrase, " ")
    clause = _CLAUSE_LEAD.sub("", clause)
    stop = _CLAUSE_STOP.search(clause, 25)
    if stop:
        clause = clause[: stop.start()]
    if d.kind == "commitment":
        clause = _MODAL_WORDS.sub("", clause)
        clause = re.sub(r"\s+zijn\s*\.?$", "", clause.strip())
    clause = _FINITE_SEND.sub(r"\1", clause)
    # "met een actieplan studentenhuisvesting te komen" → "actieplan studentenhuisvesting"
    clause = _COME_WITH.sub(r"\1 ", clause)
    for pattern, replacement in _FINITE_LEAD:
        clause = pattern.sub(replacement, clause.strip())
    clause = _KAMER_SENT.sub(r"\1", clause)
    clause = re.sub(r"\b((?:de |uw )?Kamer)\s+informeer(?:t)?\b", r"\1 informeren", clause, flags=_I)
    if d.kind == "motion":
        clause = _REGISTER_IN_CLAUSE.split(clause, maxsplit=1)[0]  # what follows the number is the outcome
        clause = _LISTED_OUTCOME.sub("", clause)
    clause = _SEPARABLE.sub(r"\1\2", clause)
    clause = re.sub(r"\bte\s+(?=\w+en\b)", "", clause)
    clause = _compact_offices(clause)
    clause = _LEAD_PRONOUN.sub("", clause.strip())
    clause = re.sub(r"^(?:een|de|het)\s+", "", clause.strip(), flags=_I)
    clause = re.sub(r"\s+", " ", clause).strip(" ,.;:")
    if d.kind == "motion":
        names = [a.name for a in d.actors if a.role == "member"]
        head = "Motie"
        if names:
            head += " " + names[0] + (" c.s." if len(names) > 1 else "")
        if d.register:
            head += f" ({d.register})"
        return _shorten(f"{head}: {clause}" if clause else head)
    return _shorten(_cap(clause) or "Toezegging")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shorten(text: str, width: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"
