"""SVG snapshots at a fixed size (120×35) of the agenda, a board, a detail, the quick-add form and triage.

Update after a deliberate change with `pytest tests/tui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from typing import Any

from pilot_tools import SIZE, settle
from textual.widgets import Input


async def _ready(pilot: Any) -> None:
    await settle(pilot)
    # Toasts fade on a timer; the pictures are about the screens. Clearing them reaches only the screen on
    # top: a dialog's picture would show the screen beneath with its toasts still up.
    pilot.app.clear_notifications()
    for screen in pilot.app.screen_stack:
        await screen.query("Toast").remove()
        # A focused input's cursor blinks on a timer: shown steadily, the picture no longer depends on how
        # long the typing before it took.
        for field in screen.query(Input):
            field.cursor_blink = False
    await pilot.pause()


def test_agenda(snap_compare: Any, make_app: Any) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_ready)


def test_board(snap_compare: Any, make_app: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("b")
        await _ready(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_detail(snap_compare: Any, make_app: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        pilot.app.open_item(1)
        await _ready(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_quick_add(snap_compare: Any, make_app: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"Brief over opvang", "tab", *"2025-05-02")
        await _ready(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_triage(snap_compare: Any, make_demo_app: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        # Accept the second proposal, reject the motion; the cursor (and the highlighted quote) moves on to
        # a commitment already tracked.
        await pilot.press("down", "a")
        await settle(pilot)
        await pilot.press("x")
        await _ready(pilot)

    assert snap_compare(make_demo_app(), terminal_size=SIZE, run_before=run_before)
