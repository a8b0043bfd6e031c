"""Text from debates and registers, made safe to show literally on a terminal."""

from __future__ import annotations

import re

from kamertaak.core.errors import UserError

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates: what Python makes of bytes that are no UTF-8 (argv, stdin; \udcff for byte 0xff) and of
# JSON escapes like "\ud800". No database, file or terminal takes them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: object) -> str:
    """Control characters (ESC, BEL, C1 codes...) become visible '\\x1b' escapes; newlines and tabs stay."""
    s = "" if text is None else str(text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


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
