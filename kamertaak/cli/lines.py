"""Styled lines without rich: what a headless command prints, built once and written either as plain
text (the characters and line breaks rich gives, without importing rich: ~25 ms of a command run
from cron or a pipe) or through rich when the output is a terminal that shows the styles.

A Line holds text with rich style names ('bold red', 'dim') the way rich.text.Text does: a base style
over the whole line and styled parts; to_rich turns it into exactly the Text the commands built
before, so the terminal looks the same. Data is always a part's literal text, never markup.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kamertaak.core.kinds import passed_is_not_late
from kamertaak.core.labels import date_nl
from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line, printable
from kamertaak.core.urgency import relative_due

if TYPE_CHECKING:
    from rich.text import Text

    from kamertaak.store.queries import ItemView

# The control characters rich.text.Text drops from what it is given (rich.control.strip_control_codes):
# bell, backspace, vertical tab, form feed, carriage return.
_DROPPED = dict.fromkeys((7, 8, 11, 12, 13))


class Line:
    """A line of text with styles: Line('#3 ', style='cyan').append('titel', 'bold')."""

    __slots__ = ("parts", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.style = style
        self.parts: list[tuple[str | Line, str]] = []
        self.append(text)

    def append(self, text: str | Line, style: str = "") -> Line:
        """Add text (in a style) or a whole line (keeping its styles); returns self."""
        if isinstance(text, Line):
            self.parts.append((text, ""))
        elif text:
            self.parts.append((text.translate(_DROPPED), style))
        return self

    def __add__(self, other: Line) -> Line:
        joined = Line(style=self.style)
        joined.parts = [*self.parts, (other, "")]
        return joined

    @property
    def plain(self) -> str:
        return "".join(part.plain if isinstance(part, Line) else part for part, _ in self.parts)


def to_rich(line: Line) -> Text:
    """The rich Text of a line: the same text, base style and styled spans."""
    from rich.text import Text

    text = Text(style=line.style)
    for part, style in line.parts:
        text.append(to_rich(part) if isinstance(part, Line) else part, style=None if isinstance(part, Line) else style)
    return text


def due_line(item: ItemView, today: dt.date, short: bool = False) -> Line:
    """'1 mei 2025 (over 3 weken)', red when overdue; the phrase when it has no date."""
    if not item["due"]:
        return Line(printable(item["due_phrase"] or ""), style="dim")
    rel = relative_due(item["due"], today, passed_is_not_late(item["kind"], item["status"], bool(item.get("event"))))
    style = "bold red" if item["overdue"] else ("yellow" if rel in ("vandaag", "morgen") else "")
    line = Line(date_nl(item["due"], short), style=style)
    if item["open"]:
        line.append(f" ({rel})", style=style or "dim")
    return line


def item_line(item: ItemView, today: dt.date) -> Line:
    """One line: '#3 toezegging openstaand  Titel  1 mei 2025 (over 3 weken)  Van Nispen (SP)'."""
    line = Line(f"#{item['id']} ", style="cyan")
    line.append(one_line(f"{item['kind_label']} · {item['status_label']}") + "  ", style="dim")
    line.append(one_line(item["title"]), style="bold")
    if item["due"] or item["due_phrase"]:
        line.append("  ")
        line.append(due_line(item, today))
    if item["actors"]:
        line.append("  " + one_line(actors_label(item["actors"])), style="dim")
    return line


def write(lines: Sequence[Line]) -> None:
    """Print the lines, one after another, as one rich print of the joined Text would."""
    if styled_output():
        from rich.text import Text

        from kamertaak.cli.common import console

        console().print(Text("\n").join(to_rich(line) for line in lines))
        return
    from kamertaak.cli.common import trailing_spaces_off

    width = output_width()
    text = "\n".join(line.plain for line in lines)
    wrapped = "".join(piece + "\n" for row in text.split("\n") for piece in wrap(row, width))
    sys.stdout.write(trailing_spaces_off(wrapped))
    sys.stdout.flush()


def styled_output() -> bool:
    """Whether rich would write styles to stdout (rich.console.Console.is_terminal): TTY_COMPATIBLE,
    then FORCE_COLOR, then whether stdout is a terminal. Windows always goes through rich."""
    if sys.platform == "win32":
        return True
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def output_width() -> int:
    """The width rich wraps at when stdout is no terminal: COLUMNS, else the first of stdin, stdout and
    stderr that is a terminal, else 80 (rich.console.Console.size)."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for fd in (0, 1, 2):
        try:
            return os.get_terminal_size(fd).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


# Characters one cell wide for rich as for a terminal: rich's own single-cell ranges (rich.cells) and
# punctuation the commands print ('…', '–'); tests/cli/test_today_fast.py checks them against rich.
NARROW_EXTRA = "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac"
_NOT_NARROW = re.compile("[^\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2500-\u25fc\u2800-\u28ff"
                         + NARROW_EXTRA + "]")
_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word: a word with the spaces around it


def wrap(text: str, width: int) -> list[str]:
    """One line of text cut into lines of at most `width` cells as rich.text.Text.wrap cuts it (words
    kept whole where they fit, a longer word folded, trailing spaces dropped at a break). Text of
    one-cell characters is cut here, the same way (rich._wrap.divide_line); anything wider (CJK,
    emoji, combining marks) by rich's own functions."""
    if _NOT_NARROW.search(text) is not None:
        return _wrap_by_rich(text, width)
    breaks: list[int] = []
    offset = 0  # cells on the line so far
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # folded over several lines
            pieces = [word[n:n + width] for n in range(0, len(word), width)]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            offset = len(pieces[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    out = []
    for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True):
        piece = text[start:end]
        if len(piece) > width:  # Text.rstrip_end, then Text.truncate
            trailing = len(piece) - len(piece.rstrip())
            piece = piece[:len(piece) - min(trailing, len(piece) - width)][:width]
        out.append(piece)
    return out


def _wrap_by_rich(text: str, width: int) -> list[str]:
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    offsets = divide_line(text, width, fold=True)
    out = []
    for start, end in zip([0, *offsets], [*offsets, len(text)], strict=True):
        piece = text[start:end]
        if len(piece) > width:  # Text.rstrip_end
            trailing = len(piece) - len(piece.rstrip())
            piece = piece[:len(piece) - min(trailing, len(piece) - width)]
        if cell_len(piece) > width:  # Text.truncate with overflow 'fold'
            piece = set_cell_size(piece, width)
        out.append(piece)
    return out
