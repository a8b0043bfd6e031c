"""Item values as Textual Content: every piece of text from data is literal, never markup.

Content(str) does not parse markup, and printable() makes control characters visible, so a title
holding "[bold]" or an ESC sequence shows as its characters on every screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rich.cells import set_cell_size
from textual.content import Content

from kamertaak.core.labels import kind_label, status_label
from kamertaak.core.text import one_line, printable
from kamertaak.reports.detail import due_words, register_warning

OVERDUE_STYLE = "$text-error bold"
MUTED_STYLE = "$text-muted"


def literal(value: object) -> Content:
    """Data text as it is (newlines kept, control characters made visible)."""
    return Content(printable(value))


def literal_line(value: object, width: int | None = None, pad: bool = False) -> Content:
    """Data text on one line, cut to width (and padded to it when `pad`, so columns line up)."""
    text = one_line(value, width)
    if pad and width is not None:
        text = set_cell_size(text, width)
    return Content(text)


def due_content(item: Mapping[str, Any], today: dt.date, short: bool = False) -> Content:
    """The due date in words; overdue items in the theme's error colour. `short` keeps only the words
    before the date ("1 dag te laat", not "1 dag te laat · 9 april 2025"), for narrow lines."""
    words = due_words(item, today)
    if short:
        words = words.partition(" · ")[0]
    if not words:
        return Content.styled("geen termijn", MUTED_STYLE)
    return Content.styled(words, OVERDUE_STYLE) if item.get("overdue") else Content(words)


def thousands(n: int) -> str:
    """100000 → '100.000' (Dutch digit grouping)."""
    return f"{n:,}".replace(",", ".")


DUE_WIDTH = 32
STATUS_WIDTH = 14
# Columns of an agenda line before the title ("#12345 ", kind) and the gap after it; all but the title's.
LINE_LEAD = 7 + 11 + 2
LINE_FIXED = LINE_LEAD + DUE_WIDTH + 1 + STATUS_WIDTH
# Below this many cells for the title the columns give way: the due date keeps only its words.
TITLE_MIN = 16


def item_line(item: Mapping[str, Any], today: dt.date, width: int = LINE_FIXED + 70) -> Content:
    """One agenda line of at most `width` cells: number, kind, title, due in words, status, in columns.
    Where the columns leave the title fewer than TITLE_MIN cells (an 80-column terminal), the due date
    keeps only its words ("morgen", "1 dag te laat") and due and status take only the room they need (the
    status goes when even then the title would have fewer than eight), so the line does not wrap and keeps
    the words that say it is late."""
    status = f" {status_label(item['kind'], item['status'])}"
    title_width = width - LINE_FIXED
    if title_width >= TITLE_MIN:
        due = due_content(item, today)
        due = due.pad_right(max(0, DUE_WIDTH - due.cell_length))
    else:
        due = due_content(item, today, short=True)
        title_width = width - LINE_LEAD - due.cell_length
        if title_width - len(status) < 8:
            status = ""  # narrower still (a reminder's line): the title before the status
        title_width = max(8, title_width - len(status))
    return Content.assemble(
        (f"#{item['id']:<5} ", MUTED_STYLE),
        (f"{kind_label(item['kind']):<11}", "bold"),
        literal_line(item["title"], title_width, pad=True),
        "  ",
        due,
        (status, MUTED_STYLE),
    )


def register_flag(item: Mapping[str, Any]) -> Content | None:
    """"registerstatus 'Nagekomen' (onbekend)" for a register status nobody documented; None otherwise."""
    warning = register_warning(item)
    return None if warning is None else Content.styled(warning, "$text-warning")
