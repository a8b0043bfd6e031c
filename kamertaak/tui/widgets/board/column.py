"""A board column: one status with its count and its cards (at most a screenful or two)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from kamertaak.tui.present import MUTED_STYLE
from kamertaak.tui.widgets.board.card import Card

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView


# The narrowest a column gets (its border included): the four commitment columns still fit on 80 columns;
# the nine motion columns of a narrower board scroll sideways.
COLUMN_MIN = 20
# A column with cards narrower than this wraps a card's title word by word: rather fold the empty ones away.
CARD_COMFORT = 22


def column_min_width(label: str, count: int) -> int:
    """The narrowest a column of this title gets: COLUMN_MIN, or its whole title with the count, padding and border."""
    return max(COLUMN_MIN, len(f"{label} ({count})") + 3)


class BoardColumn(Vertical):
    """The cards of one status, in due order; a note says how many more the cap left out."""

    def __init__(self, status: str, label: str, count: int, items: list[ItemView], today: dt.date) -> None:
        super().__init__(classes="board-column", id=f"column-{status}")
        self.status = status
        self.label = label
        self.count = count
        self.items = items
        self.today = today

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble((self.label, "bold"), (f" ({self.count})", MUTED_STYLE)),
                     classes="column-title")
        with VerticalScroll(classes="column-cards"):
            for item in self.items:
                yield Card(item, self.today)
            if self.count > len(self.items):
                yield Static(Content.styled(f"… en nog {self.count - len(self.items)} (zie de lijst)", MUTED_STYLE),
                             classes="column-more")
            if not self.count:
                yield Static(Content.styled("leeg", MUTED_STYLE), classes="column-more")

    def min_width(self) -> int:
        """The narrowest this column gets: COLUMN_MIN, or its whole title with the count, its padding and border."""
        return column_min_width(self.label, self.count)

    def cards(self) -> list[Card]:
        return list(self.query(Card))

    def shows(self, status: str, count: int, items: list[ItemView]) -> bool:
        """Whether this column already holds these cards in this order (so a refresh can update them
        where they are, keeping focus and scroll)."""
        return (status == self.status and (count > len(items)) == (self.count > len(self.items))
                and bool(count) == bool(self.count) and [i["id"] for i in items] == [i["id"] for i in self.items])

    def show_items(self, count: int, items: list[ItemView]) -> None:
        """Update the cards in place (same ids, same order) and the counts."""
        self.count, self.items = count, items
        self.query_one(".column-title", Static).update(
            Content.assemble((self.label, "bold"), (f" ({count})", MUTED_STYLE)))
        for card, item in zip(self.cards(), items, strict=True):
            card.show_item(item, self.today)
        more = self.query(".column-more")
        if more and count > len(items):
            more.first(Static).update(Content.styled(f"… en nog {count - len(items)} (zie de lijst)", MUTED_STYLE))
