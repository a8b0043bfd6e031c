"""Text from debates and registers, made safe to show literally on a terminal."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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
