"""Cleaning: PDF text → clean text (hyphenation undone, page debris dropped) with a map back to the original."""

from __future__ import annotations

import bisect
import re
import re._parser as _parser  # the re module's own pattern parser: private, there since Python 3.11
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kamertaak.core.extract.quick import quick


@dataclass(frozen=True)
class CleanText:
    """Text with line breaks, hyphenation and debris removed, and a map back to the original: runs of the
    text copied from the original (run k starts at text[starts[k]] and original[origins[k]]).

    A "\\n" in text marks a hard boundary (a heading, a list item, a speaker), never a plain line end.
    """

    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]

    def original_index(self, i: int) -> int:
        """Where text[i] came from in the original."""
        k = bisect.bisect_right(self.starts, i) - 1
        return 0 if k < 0 else self.origins[k] + (i - self.starts[k])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.original_index(start)
            return at, at
        return self.original_index(start), self.original_index(end - 1) + 1


class _Out:
    """The clean text as it is built: pieces, each copied from one place in the original."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.size = 0

    @property
    def last(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def add(self, piece: str, origin: int) -> None:
        self.parts.append(piece)
        self.starts.append(self.size)
        self.origins.append(origin)
        self.size += len(piece)

    def pop(self) -> None:
        """Take the last character back."""
        piece = self.parts[-1]
        if len(piece) == 1:
            self.parts.pop()
            self.starts.pop()
            self.origins.pop()
        else:
            self.parts[-1] = piece[:-1]
        self.size -= 1


_URL = quick(re.compile(r"(?:https?://|www\.)\S+"))
# A news agency's dateline opening a line: "DEN HAAG (ANP) - ", "UTRECHT - ": where the news was written, no part of
# its first sentence (u15: "Motie Timmermans: DEN HAAG - De Tweede Kamer wil nieuwe verkiezingen")
_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}(?: ?\([A-Za-z]{2,8}\))? ?[-–—] +(?=[A-Z])")
# A footnote number glued to a word: "geweld.1 Het", "geweld1 Het"; not a dossier number in a table's next cell
# ("verklaren.28 385, nr. 70").
_FOOTNOTE = re.compile(
    r"(?<=[a-zà-ÿ)][.,;:!?])\d{1,2}(?=\s|$)(?!\s\d{3}\b)|(?<=[a-zà-ÿ]{4})\d{1,2}(?=[.,;:]?(?:\s+[A-Z]|$))"
)
_DIGIT = re.compile(r"\d")  # a line without one has no footnote number: most lines, searched much faster


def footnotes(line: str) -> Iterator[re.Match[str]]:
    """What `_FOOTNOTE.finditer(line)` finds, sooner: each of its matches starts at a digit (what it looks back at
    comes before), so it is tried only at the digits, not at every character as a search with a lookbehind first is."""
    end = 0
    for digit in _DIGIT.finditer(line):
        if digit.start() >= end and (m := _FOOTNOTE.match(line, digit.start())) is not None:
            yield m
            end = m.end()


def without_footnotes(line: str) -> str:
    """`_FOOTNOTE.sub("", line)`, sooner (see `footnotes`)."""
    parts: list[str] = []
    pos = 0
    for m in footnotes(line):
        parts.append(line[pos : m.start()])
        pos = m.end()
    return "".join([*parts, line[pos:]]) if parts else line


_PAGE_DEBRIS = re.compile(
    r"^\s*(?:[-–—]?\s*\d{1,3}\s*[-–—]?|(?:pagina|page|blz\.?|p\.)\s*\d+(?:\s*(?:van|of|/)\s*\d+)?"
    r"|\d{1,3}\s*(?:/|van)\s*\d{1,3}|(?:Tweede|Eerste) Kamer,? vergaderjaar \d{4}\s*[–-]\s*\d{4},.*)\s*$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A web page's image slug or photo credit: "Moties+tegen+Schouten+verworpen © Fotograaf", "© ANP"
_SLUG_LINE = re.compile(r"^\s*(?:\S*\w\+\w+\+\S*(?:\s+©.*)?|©.{0,60})\s*$")
_LIST_START = re.compile(r"^(?:Motie\b|MOTIE\b|Amendement\b|AMENDEMENT\b|Nr\.\s*\d|[-•–▪]\s|\d{1,2}[.)]\s)")
_VOTE_WORD = re.compile(r"\b(?:aangenomen|verworpen|aangehouden|ingetrokken)\b", re.IGNORECASE)
# One for one: curly quotes as straight ones. Ligatures become two letters; soft hyphens, zero-width spaces,
# byte-order marks and form feeds go; a run of white space is one space.
_QUOTES = {"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"'}
_LIGATURES = {"ﬁ": "fi", "ﬂ": "fl"}
# Single spaces are copied with the words around them; only these are edits.
_EDITS = re.compile(r"[\xad\u200b\ufeff\x0c]+|[^\S\x0c ][^\S\x0c]*| {2,}[^\S\x0c]*|[ﬁﬂ]")


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

    out = _Out()
    for k, (start, text) in enumerate(kept):
        if k:
            # a blank line between the two (not a removed page header) is a paragraph break
            between = range(kept_at[k - 1] + 1, kept_at[k])
            gap = any(not lines[j][1].strip() for j in between) and not any(j in debris for j in between)
            _join(out, kept[k - 1][1].strip(), text.strip(), start - 1, typical, gap)
        _emit_line(out, start, text)
    while out.parts and out.last in " \n":
        out.pop()
    text = "".join(out.parts)
    for curly, straight in _QUOTES.items():  # one replace per quote: far faster than translate on a long text
        text = text.replace(curly, straight)
    return CleanText(text, tuple(out.starts), tuple(out.origins))


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
        if _URL_LINE.match(key) or _SLUG_LINE.match(key):
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
    r"Voorzitter)(?:\b|(?<=heer)(?=[A-Z])|(?<=vrouw)(?=[A-Z]))[^:.]{0,80}:$"
)
# A register or form field on its own line: "Status: openstaand", "Datum nakoming: 1 juli 2025".
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: \S.{0,60}$")
# A letter's salutation ends with a comma and still ends its paragraph: "Geachte Voorzitter,"
_SALUTATION = re.compile(r"^(?:Geachte|Beste|Aan)\b.{0,60},$", re.IGNORECASE)
# A motion's closing words end its text, with whatever stop a page prints after them ("en gaat over tot de orde van
# de dag," on a party's site): the signers' names follow on lines of their own.
_MOTION_CLOSED = re.compile(r"\borde van de dag[,.;]?$")
# Words a sentence does not end on: a blank line after them is PDF layout, not a paragraph break.
_OPEN_WORD = re.compile(
    r"\b(?:van|de|het|een|en|of|over|met|voor|bij|in|op|te|aan|door|naar|om|dat|die|dan|als|tot|uit|zijn|haar)$", re.I
)
# The most characters a match of it takes: anchored at the end, it is searched for only that far from the end.
_OPEN_WORD_WIDTH = _parser.parse(_OPEN_WORD.pattern, _OPEN_WORD.flags).getwidth()[1]


def _ends_open(line: str) -> bool:
    """Whether the line ends on a word no sentence ends on (the search of _OPEN_WORD, from where a match can
    start: its width before the end, or before a final line break)."""
    return _OPEN_WORD.search(line, max(0, len(line) - _OPEN_WORD_WIDTH - 1)) is not None


def _join(out: _Out, prev: str, nxt: str, newline_at: int, typical: float, gap: bool = False) -> None:
    """Glue two PDF lines: undo hyphenation, or mark a heading/list boundary, or just a space."""
    while out.parts and out.last == " ":
        out.pop()
    if _DIGIT.search(prev):
        prev = without_footnotes(prev)  # "land.1": the sentence ends at the full stop
    prev = prev.rstrip()
    if len(prev) >= 2 and prev.endswith("-") and prev[-2].isalpha() and nxt[:1].isalpha():
        first_word = nxt.split()[0].strip(",.;:")
        if nxt[0].islower() and first_word not in ("en", "of", "tot"):
            out.pop()  # "wets-\nvoorstel": the hyphen only broke the line
            return
        if nxt[0].isupper():
            return  # "Michon-\nDerkzen": a real hyphen at the line end
    short = len(prev) < 0.85 * typical
    ends_open = prev[-1:] in ",;(-" or (prev[-1:].islower() and len(prev) >= 0.85 * typical)
    starts_new = bool(nxt[:1]) and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "'\"‘“")
    # (a line ending in a word no sentence ends on is cut by the page: "... als aanvulling op mijn brief van")
    heading = short and prev[-1:] not in ".,;!?(-" and starts_new and not ends_open and not _ends_open(prev)
    speaker = short and prev.endswith(":")
    paragraph = gap and starts_new and prev[-1:] not in ",;(-" and not _ends_open(prev)
    paragraph = paragraph or (gap and starts_new and bool(_SALUTATION.match(prev)))
    field_line = _FIELD_LINE.match(nxt) or _FIELD_LINE.match(prev)
    closed = prev.endswith(("dag", "dag,", "dag.", "dag;")) and _MOTION_CLOSED.search(prev) is not None
    if (heading or speaker or paragraph or closed or field_line or _LIST_START.match(nxt)
            or _SPEAKER_LINE.match(nxt)):
        out.add("\n", newline_at)
    else:
        out.add(" ", newline_at)


def _emit_line(out: _Out, start: int, text: str) -> None:
    """A line without URLs and glued footnote numbers, white space collapsed, copied in runs."""
    dropped = [m.span() for m in _URL.finditer(text)]
    if text[:1].isupper() and (dateline := _DATELINE.match(text)):
        dropped.insert(0, dateline.span())
    if _DIGIT.search(text):
        dropped = sorted([*dropped, *(m.span() for m in footnotes(text))])
    # most lines have nothing to edit: no white space but single spaces, no invisible character, no ligature
    as_is = text.isprintable() and "  " not in text and not any(map(text.__contains__, _LIGATURES))
    pos = 0
    for d_start, d_end in [*dropped, (len(text), len(text))]:
        if d_start > pos:
            _emit_plain(out, start, text, pos, d_start, as_is)
        pos = max(pos, d_end)


def _emit_plain(out: _Out, start: int, text: str, a: int, z: int, as_is: bool = False) -> None:
    """text[a:z] with its edits made (_EDITS); `as_is`: the line has none (each character _EDITS matches is white
    space other than a space, a format or control character, which str.isprintable is false for, a second space or
    a ligature), so it is copied in one run."""
    if as_is:
        if z > a:
            _copy(out, text, a, z, start)
        return
    i = a
    for m in _EDITS.finditer(text, a, z):
        if m.start() > i:
            _copy(out, text, i, m.start(), start)
        edit = m.group()
        if edit in _LIGATURES:
            for letter in _LIGATURES[edit]:
                out.add(letter, start + m.start())
        elif edit[0].isspace() and edit[0] != "\x0c" and out.parts and out.last not in " \n":
            out.add(" ", start + m.start())
        i = m.end()
    if z > i:
        _copy(out, text, i, z, start)


def _copy(out: _Out, text: str, i: int, j: int, start: int) -> None:
    """text[i:j] as it is, without a space where one already ends the output (or at its start)."""
    if text[i] == " " and (not out.parts or out.last in " \n"):
        i += 1
    if j > i:
        out.add(text[i:j], start + i)
