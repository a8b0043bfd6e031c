"""What the TUI tests share beside the fixtures: the terminal size, waiting for workers, reading an item
back. A module of its own, since `from conftest import` finds whichever conftest.py pytest loaded first when
several test folders run together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Static

from kamertaak.store.queries import get_item
from kamertaak.store.service import Store

SIZE = (120, 35)


def read(db_path: Path, item_id: int) -> dict[str, Any]:
    """An item as the store shows it now, read through a store of its own (what the app wrote)."""
    store = Store.open(str(db_path))
    try:
        item = get_item(store.db, item_id, store.today())
        assert item is not None
        return item
    finally:
        store.close()


async def settle(pilot: object, rounds: int = 3) -> None:
    """Wait until workers are done and the messages they posted are handled (a few rounds, since a
    handled message may start the next worker)."""
    app = pilot.app  # type: ignore[attr-defined]
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


def notes_of(app: Any) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


def plain(widget: Static) -> str:
    return str(widget.visual.plain if hasattr(widget.visual, "plain") else widget.render())
