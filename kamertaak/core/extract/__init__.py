"""Triage: propose commitments, motions, deadlines and tasks from a debate text as it comes out of a PDF.

Stages, one reason to change each: cleaning (clean), sentences and list items (sentences), the debate
header (header), actors and speaker turns (people), one module per kind (commitments, motions, events),
then titles (titles); pipeline runs them in order. Rules for the language, not for one document: a cue
makes a candidate, the nearest deadline phrase in its sentence gives the due date, and the spans point
into the original text.
"""

import html
import re

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.extract.clean import CleanText, clean_text
from kamertaak.core.extract.model import Candidate, ExtractedDebate, Extraction
from kamertaak.core.extract.pipeline import extract
from kamertaak.core.extract.sentences import split_sentences

# The longest text triage reads (2 MB: bytes of a file, characters of standard input): faces refuse a longer
# one before reading it all.
TEXT_LIMIT = 2_000_000
TEXT_LIMIT_WORDS = "2 MB"

# A read text is no text when it holds a NUL or when more than this share of it is bytes that were no UTF-8
# (read as U+FFFD) or control characters other than tab, line and page breaks: a binary file, an image.
_GARBAGE_SHARE = 0.02
_LAYOUT = frozenset("\t\n\r\f\v")


# A file that is no UTF-8 is read as Windows-1252 (what Word and older Windows tools save as "plain text") when
# at most this share of its bytes is beyond ASCII: Dutch prose with its accents ("café", "geïnformeerd"), not
# a binary file, whose high bytes would otherwise read as letters.
_LEGACY_SHARE = 0.05


def decode_text(data: bytes) -> str:
    """A text file's bytes as text: UTF-8, else Windows-1252 for prose with a few accented letters; anything
    else is read with U+FFFD for each byte that is no UTF-8, for `not_a_text` to refuse."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if sum(1 for b in data if b >= 0x80) <= len(data) * _LEGACY_SHARE:
        return data.decode("cp1252", errors="replace")
    return data.decode("utf-8", errors="replace")


# A terminal's escape sequences in a text copied from a terminal or a log: colour codes ("\x1b[31m"), a window
# title ("\x1b]0;...\x07"), and the two-character ones ("\x1bc"); a control character other than layout, and DEL.
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LONE_CR = re.compile(r"\r(?!\n)")
# More control characters than this (and than this share of the text) make it a binary file, valid UTF-8 or not.
_CONTROL_FLOOR = 16


# HTML copied from a web page or a mail ("over <b>vrouwenopvang</b>", "<p>...</p>"): a tag is a name right after
# "<" (or "</"), attributes each with a value ('href="..."') and ">"; "< 5 procent" or "a<b en x > y" is no tag.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s+[a-zA-Z:-]{1,30}\s*=\s*(?:\"[^\"<>]{0,500}\"|'[^'<>]{0,500}'|"
                  r"[^\s<>\"']{1,500}))*\s*/?>")
# Tags that end a line or a block: they become a line break, the others nothing.
_BLOCK_TAGS = frozenset(["br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "section", "article", "header", "footer"])
_INLINE_TAGS = frozenset(["b", "i", "u", "em", "strong", "span", "a", "font", "small", "sup", "sub", "mark", "td",
                          "th", "abbr", "cite", "q", "s", "strike", "del", "ins", "code", "tt", "big"])


def _without_tags(text: str) -> str:
    """The text without HTML tags of the kinds above (entities such as '&amp;' read as their character) when it
    holds any; unchanged otherwise."""
    if "<" not in text:
        return text
    found = False

    def drop(m: re.Match[str]) -> str:
        nonlocal found
        name = m.group(2).lower()
        if name in _BLOCK_TAGS:
            found = True
            return "\n"
        if name in _INLINE_TAGS:
            found = True
            return ""
        return m.group(0)

    stripped = _TAG.sub(drop, text)
    return html.unescape(stripped) if found and "&" in stripped else stripped if found else text


def plain_text(text: str) -> str:
    """The text without terminal escape sequences, control characters other than tab, line and page breaks, and
    HTML tags: what triage reads and stores ("\x1b[31mvoor de zomer\x1b[0m" is "voor de zomer", a bell is
    dropped, "over <b>vrouwenopvang</b>" is "over vrouwenopvang"). A line ended by a carriage return alone (a
    terminal's paste, an old Mac file) ends with a line break: triage reads it as a line, and no carriage return
    reaches the terminal to write over the line it is on."""
    text = _LONE_CR.sub("\n", _without_tags(text))
    if not any((c < " " and c not in _LAYOUT) or "\x7f" <= c <= "\x9f" for c in text):
        return text
    return _CONTROL.sub("", _ESCAPE.sub("", text))


def not_a_text(text: str) -> str | None:
    """Why `text` (read with errors="replace") is nothing to triage, in words after its name ("is leeg"),
    or None. Both faces refuse such input before anything is proposed or stored. Escape sequences and a few
    control characters are no reason: `plain_text` drops them."""
    if "\x00" in text:
        return "is geen tekst (een binair bestand, of niet in UTF-8)"
    if not plain_text(text).strip():
        return "is leeg"
    share = max(2, len(text) * _GARBAGE_SHARE)
    if text.count("\ufffd") > share:
        return "is geen tekst (een binair bestand, of niet in UTF-8)"
    controls = len(_CONTROL.findall(_ESCAPE.sub("", text)))
    if controls > max(_CONTROL_FLOOR, share):
        return f"is geen tekst ({controls} stuurtekens: een binair bestand?)"
    return None

__all__ = [
    "TEXT_LIMIT",
    "TEXT_LIMIT_WORDS",
    "Candidate",
    "CleanText",
    "ExtractedActor",
    "ExtractedDebate",
    "Extraction",
    "clean_text",
    "decode_text",
    "extract",
    "not_a_text",
    "plain_text",
    "split_sentences",
]
