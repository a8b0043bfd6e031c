"""A card on a board: title, due date in words and as a date, actors with party, topics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line
from kamertaak.tui.present import MUTED_STYLE, due_content, literal_line, register_flag

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView


def card_content(item: ItemView, today: dt.date, width: int = 60) -> Content:
    """The lines of a card; data text literal and cut to the card's width."""
    lines = [
        Content.assemble((f"#{item['id']} ", MUTED_STYLE), (one_line(item["title"], width * 2), "bold")),
        due_content(item, today),
    ]
    actors = actors_label(item.get("actors", []))
    if actors:
        lines.append(literal_line(actors, width))
    if item.get("appreciation"):
        lines.append(Content.assemble(("kabinet: ", MUTED_STYLE), literal_line(item["appreciation"], width)))
    topics = ", ".join(item.get("topics", []))
    if topics:
        lines.append(Content.assemble(("# ", MUTED_STYLE), (one_line(topics, width), "italic")))
    flag = register_flag(item)
    if flag is not None:
        lines.append(flag)
    return Content("\n").join(lines)


class Card(Static, can_focus=True):
    """One item on a board; Enter or a double click opens it."""

    @dataclass
    class Opened(Message):
        item_id: int

    def __init__(self, item: ItemView, today: dt.date) -> None:
        super().__init__(card_content(item, today), classes="card", id=f"card-{item['id']}")
        self.item = item
        self.set_class(bool(item.get("overdue")), "-overdue")

    def show_item(self, item: ItemView, today: dt.date) -> None:
        """The same item, as it is now (after a refresh)."""
        self.item = item
        self.update(card_content(item, today))
        self.set_class(bool(item.get("overdue")), "-overdue")

    def on_click(self, event: events.Click) -> None:
        self.focus()
        if event.chain >= 2:
            self.post_message(self.Opened(self.item["id"]))
