"""Text from debates and registers, made safe to show literally on a terminal."""

from __future__ import annotations

import re

from kamertaak.core.errors import UserError

# Lone surrogates: what Python makes of bytes that are no UTF-8 (argv, stdin; \udcff for byte 0xff) and of
# JSON escapes like "\ud800". No database, file or terminal takes them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but newline and tab, DEL, the C1 controls (U+0080-009F), and the bidirectional
# formatting characters (marks, embeddings, overrides, isolates: U+061C, U+200E/F, U+202A-202E,
# U+2066-2069), which reorder what the terminal shows so that text reads differently from what it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """Control characters (ESC, BEL, C1 codes...) and bidirectional overrides become visible escapes
    ('\\x1b', '\\u202e'); newlines and tabs stay."""
    s = "" if text is None else str(text)
    return _CONTROL.sub(_escape, s)


# What json.dumps leaves as is but a terminal acts on: DEL, C1 controls, bidirectional formatting, and
# the Unicode line and paragraph separators (which also end a line in JavaScript).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def terminal_json(text: str) -> str:
    """JSON text from json.dumps(ensure_ascii=False) with those characters written as \\u escapes:
    the same JSON value, safe to print (json.dumps already escapes the C0 controls)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: object, width: int | None = None) -> str:
    """Printable text on one line, optionally cut to width with an ellipsis."""
    s = " ".join(printable(text).split())
    if width is not None and len(s) > width:
        return s[: max(0, width - 1)] + "…"
    return s


def invalid_utf8(text: str) -> str | None:
    """None for clean text; else the first character that is no UTF-8, shown visibly ('\\xff' for an
    undecodable byte, '\\ud800' for a lone surrogate)."""
    found = _SURROGATE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def check_utf8(text: str, what: str) -> str:
    """The text itself, or a UserError naming `what` when it holds something that is no UTF-8."""
    bad = invalid_utf8(text)
    if bad is not None:
        raise UserError(f"{what} is geen geldige UTF-8 (bij '{bad}'); controleer de tekencodering")
    return text
