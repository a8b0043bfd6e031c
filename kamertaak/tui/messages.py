"""Messages the whole app shares; screen-specific ones live on the screen that sends them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class OpenItem(Message):
    """Show an item's detail screen."""

    item_id: int


@dataclass
class StoreChanged(Message):
    """The app changed the store; screens showing data reload when they are next visible."""

    summary: str = ""
