"""Rich renderings the headless commands share. Data is always wrapped in Text, never parsed as markup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from kamertaak.cli import lines
from kamertaak.cli.lines import due_line, to_rich
from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView


def due_text(item: ItemView, today: dt.date, short: bool = False) -> Text:
    """'1 mei 2025 (over 3 weken)', red when overdue; the phrase when it has no date."""
    return to_rich(due_line(item, today, short))


def items_table(items: Sequence[ItemView], today: dt.date, width: int = 120) -> Table:
    """A table of items; below 110 columns the actors column is left out so titles keep their room."""
    from rich import box

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("#", justify="right", style="cyan", no_wrap=True)
    table.add_column("soort", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("titel", ratio=3, min_width=16)
    table.add_column("termijn", no_wrap=True)
    with_actors = width >= 110
    if with_actors:
        table.add_column("actoren", ratio=2, max_width=34, no_wrap=True, overflow="ellipsis")
    for item in items:
        row = [Text(str(item["id"])), Text(one_line(item["kind_label"])), Text(one_line(item["status_label"])),
               Text(one_line(item["title"])), due_text(item, today, short=True)]
        if with_actors:
            row.append(Text(one_line(actors_label(item["actors"]))))
        table.add_row(*row)
    return table


def item_line(item: ItemView, today: dt.date) -> Text:
    """One line: '#3 toezegging openstaand  Titel  1 mei 2025 (over 3 weken)  Van Nispen (SP)'."""
    return to_rich(lines.item_line(item, today))
