"""Working beside others on one database: conflicts shown side by side, others' changes noticed, and the
register inbox taken in or laid aside."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from pilot_tools import SIZE, notes_of, plain, read, settle
from textual.widgets import Input, OptionList, Static

from kamertaak import config
from kamertaak.store.db import open_database
from kamertaak.store.register import DISMISSED, RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.mapping import RegisterEntry
from kamertaak.sync.merge import apply_entry
from kamertaak.tui.screens.boards import BoardScreen
from kamertaak.tui.screens.conflict import ConflictScreen
from kamertaak.tui.screens.detail import DetailScreen
from kamertaak.tui.screens.inbox import RegisterInboxScreen
from kamertaak.tui.screens.item_form import ItemFormScreen
from kamertaak.tui.widgets.board.card import Card, card_content
from tests.sync.shapes import LVVN

REFRESHED = "bijgewerkt: wijzigingen van anderen"


def colleague(db_path: Path) -> Store:
    """A second Store on the same database, as another person's kamertaak would open it."""
    return Store(open_database(str(db_path)), "bram", config.now, config.today)


def dialog_rows(screen: ConflictScreen) -> list[tuple[str, str, str]]:
    return [tuple(plain(s) for s in row.query(Static)) for row in screen.query(".conflict-row")[1:]]  # type: ignore[misc]


async def edit_title_against_bram(app: Any, pilot: Any, db_path: Path) -> ConflictScreen:
    """Open the edit form of #4, let Bram save the item in between, save ours: the conflict dialog."""
    app.open_item(4)
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, ItemFormScreen)
    other = colleague(db_path)
    try:
        other.update_item(4, {"title": "Cijfers van Bram", "owner": "bram"})
    finally:
        other.close()
    form.query_one("#form-title", Input).value = "Cijfers van mij"
    await pilot.press("ctrl+s")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ConflictScreen)
    return dialog


async def test_edit_conflict_shows_both_and_keeps_mine(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await edit_title_against_bram(app, pilot, db_path)
        # Only the field both changed; who changed it, from the log.
        assert dialog_rows(dialog) == [("titel", "Cijfers van mij", "Cijfers van Bram")]
        assert "bram om 10 april 2025" in plain(dialog.query_one("#conflict-theirs-head", Static))
        assert "eigenaar" in plain(dialog.query_one(".hint", Static))
        await pilot.press("m")
        await settle(pilot)
        item = read(db_path, 4)
        # Mine on top of theirs: my title, Bram's owner.
        assert (item["title"], item["owner"]) == ("Cijfers van mij", "bram")
        assert isinstance(app.screen, DetailScreen)
        assert "Cijfers van mij" in plain(app.screen.query_one("#detail-heading", Static))


async def test_edit_conflict_back_to_the_form_then_keep_theirs(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit_title_against_bram(app, pilot, db_path)
        await pilot.press("escape")  # back to the form, nothing saved
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        assert form.query_one("#form-title", Input).value == "Cijfers van mij"
        await pilot.press("ctrl+s")  # the choice comes again
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("t")
        await settle(pilot)
        assert read(db_path, 4)["title"] == "Cijfers van Bram"
        assert isinstance(app.screen, DetailScreen)
        assert "Cijfers van Bram" in plain(app.screen.query_one("#detail-heading", Static))
        assert any("de versie van bram blijft" in n for n in notes_of(app))


async def test_status_move_conflict_keep_mine(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_item(1)
        await settle(pilot)
        other = colleague(db_path)
        try:
            other.update_item(1, {"owner": "bram"})
        finally:
            other.close()
        await pilot.press("right_square_bracket")  # open → deels voldaan, on the version shown
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        assert dialog_rows(dialog) == [("status", "deels voldaan", "openstaand")]
        await pilot.press("m")
        await settle(pilot)
        item = read(db_path, 1)
        assert (item["status"], item["owner"]) == ("partial", "bram")


async def test_others_changes_show_up_without_moving_the_cursor(make_app: Any, db_path: Path) -> None:
    app = make_app(watch_changes=True, change_poll=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("down")  # off the first card: the refresh must leave the focus here
        focused = app.focused
        assert isinstance(focused, Card) and focused.item["id"] != 1
        # Our own change is not someone else's.
        app.mutate(lambda s: s.add_note(4, "eigen notitie"), "")
        await settle(pilot)
        await asyncio.sleep(0.3)
        await settle(pilot)
        assert REFRESHED not in notes_of(app)
        other = colleague(db_path)
        try:
            other.update_item(1, {"title": "Contouren, door Bram hernoemd"})
        finally:
            other.close()
        for _ in range(60):
            await asyncio.sleep(0.05)
            await settle(pilot, rounds=1)
            if "door Bram hernoemd" in plain(app.screen.query_one("#card-1", Card)):
                break
        assert "door Bram hernoemd" in plain(app.screen.query_one("#card-1", Card))
        assert any(REFRESHED in n for n in notes_of(app))
        assert app.focused is focused  # updated in place: same card widget, still focused


def inbox_db(db_path: Path) -> None:
    """Two mirrored records waiting in the inbox, as a sync with a follow rule leaves them."""
    store = Store.open(str(db_path))
    try:
        mirror = RegisterMirror(store.db, store.stamp)
        mirror.add_rule(text="stikstof")
        entries = [
            RegisterEntry(category="Toezegging", kind="commitment", external_id="5e0c1f6a-0000-4000-8000-000000000010",
                          number="TZ202503-010", title="Een brief over stikstof.", text="Een brief over stikstof.",
                          raw_status="Nagekomen", status_unknown=True, ministry=LVVN, committee=LVVN,
                          people=["Wiersma, F.M."]),
            RegisterEntry(category="Motie", kind="motion", external_id="5e0c1f6a-0000-4000-8000-000000012345",
                          number="2025Z12345", kamerstuk="21501-20, nr. 2333", title="Motie over stikstof en natuur",
                          text="Motie over stikstof en natuur", status="submitted",
                          actors=[{"name": "Van der Plas", "party": "BBB", "role": "member", "ministry": ""},
                                  {"name": "Grinwis", "party": "CU", "role": "member", "ministry": ""}],
                          people=["Van der Plas", "Grinwis"], parties=["BBB", "CU"]),
        ]
        for entry in entries:
            apply_entry(store, mirror, entry, mirror.rules())
    finally:
        store.close()


async def test_register_inbox_lists_accepts_and_dismisses(make_app: Any, db_path: Path) -> None:
    inbox_db(db_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, RegisterInboxScreen)
        lines = [str(o.prompt.plain) for o in screen.query_one("#inbox-list", OptionList).options]
        assert len(lines) == 2
        commitment = next(line for line in lines if "TZ202503-010" in line)
        assert "registerstatus 'Nagekomen' (onbekend)" in commitment and "Landbouw" in commitment
        motion = next(line for line in lines if "2025Z12345" in line)
        assert "21501-20, nr. 2333" in motion and "Van der Plas (BBB)" in motion and "Grinwis (CU)" in motion
        screen.query_one("#inbox-list", OptionList).highlighted = lines.index(commitment)
        await pilot.press("a")
        await settle(pilot)
        assert any("TZ202503-010 opgenomen als item #" in n for n in notes_of(app))
        store = Store.open(str(db_path))
        try:
            mirror = RegisterMirror(store.db, store.stamp)
            taken = mirror.by_number("TZ202503-010")
            assert taken is not None and taken["item_id"] is not None
            item_id = taken["item_id"]
        finally:
            store.close()
        item = read(db_path, item_id)
        assert (item["raw_status"], item["status_unknown"], item["source"]) == ("Nagekomen", True, "tweedekamer")
        lines = [str(o.prompt.plain) for o in screen.query_one("#inbox-list", OptionList).options]
        assert len(lines) == 1 and "2025Z12345" in lines[0]
        await pilot.press("x")
        await settle(pilot)
        assert screen.query_one("#inbox-list", OptionList).option_count == 0
        assert "de inbox is leeg" in plain(screen.query_one("#inbox-status", Static))
        store = Store.open(str(db_path))
        try:
            row = RegisterMirror(store.db, store.stamp).by_number("2025Z12345")
            assert row is not None and (row["triage"], row["item_id"]) == (DISMISSED, None)
        finally:
            store.close()
        # The unknown register status shows on the item too.
        app.open_item(item_id)
        await settle(pilot)
        assert "registerstatus 'Nagekomen' (onbekend)" in plain(app.screen.query_one("#detail-fields", Static))
        assert "registerstatus 'Nagekomen' (onbekend)" in card_content(item, app.today).plain
