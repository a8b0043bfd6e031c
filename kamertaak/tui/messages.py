"""Messages the whole app shares; screen-specific ones live on the screen that sends them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from kamertaak.store.service import ConflictError, Store


@dataclass
class OpenItem(Message):
    """Show an item's detail screen."""

    item_id: int


@dataclass
class StoreChanged(Message):
    """The app changed the store; screens showing data reload when they are next visible."""

    summary: str = ""


@dataclass
class OthersChanged(Message):
    """Someone else (another TUI, a CLI command, a sync) changed the database: screens reload."""


@dataclass
class ConflictFound(Message):
    """A change was refused because someone else saved the item first; `retry` makes it again on top
    of a given version, `summary` is what to say when it succeeds."""

    error: ConflictError
    retry: Callable[[int], Callable[[Store], Any]]
    summary: Callable[[Any], str] | str
