"""What the TUI tests share beside the fixtures: the terminal size and waiting for workers. A module of its
own, since `from conftest import` finds whichever conftest.py pytest loaded first when several test
folders run together."""

from __future__ import annotations

SIZE = (120, 35)


async def settle(pilot: object, rounds: int = 3) -> None:
    """Wait until workers are done and the messages they posted are handled (a few rounds, since a
    handled message may start the next worker)."""
    app = pilot.app  # type: ignore[attr-defined]
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]
