"""Pilot tests of every screen and key path against a seeded database with today pinned."""

from __future__ import annotations

import datetime as dt
import io
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from pilot_tools import SIZE, notes_of, plain, read, settle
from textual.widgets import Input, OptionList, Select, Static, Tabs
from tui_seed import HOSTILE_TITLE

from kamertaak.store.queries import ItemFilter, list_items
from kamertaak.store.service import Store
from kamertaak.tui.screens.agenda import AgendaScreen
from kamertaak.tui.screens.boards import BoardScreen
from kamertaak.tui.screens.detail import DetailScreen
from kamertaak.tui.screens.help import HelpScreen
from kamertaak.tui.screens.item_form import ItemFormScreen
from kamertaak.tui.screens.snooze import SnoozeScreen
from kamertaak.tui.screens.table import TableScreen
from kamertaak.tui.widgets.board.card import Card
from kamertaak.tui.widgets.table.item_grid import ItemGrid, cell_text


def option_texts(option_list: OptionList) -> list[str]:
    return [str(getattr(o.prompt, "plain", o.prompt)) for o in option_list.options]


async def highlight(option_list: OptionList, option_id: str) -> None:
    option_list.highlighted = option_list.get_option_index(option_id)


async def test_agenda_sections_counts_and_enter_opens_detail(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AgendaScreen)
        texts = option_texts(app.screen.query_one("#agenda-list", OptionList))
        # Herinneringen: the stored one on #2 and the kinds' defaults (#3 7 and 1 day before, #5 7 days before).
        for header in ("Te laat (1)", "Vandaag (1)", "Deze week (1)", "Binnenkort (2)", "Herinneringen (4)",
                       "Komende debatten (1)"):
            assert header in texts
        assert any("Contouren wetsvoorstel" in t and "2 dagen te laat" in t for t in texts)
        # The cursor starts on the first item (the overdue one): Enter opens it.
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.item_id == 1
        await pilot.press("escape")
        assert isinstance(app.screen, AgendaScreen)


async def test_reminders_notify_on_start(make_app: Any, db_path: Path) -> None:
    # Three due reminders (the seed's fourth, the 1-day default on #3, dismissed): each its own toast.
    from kamertaak.store.reminders import dismiss

    store = Store.open(str(db_path))
    try:
        dismiss(store, "3:1")
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notes = notes_of(app)
        assert any("Herinnering · #2" in n and "Motie-Van Nispen" in n for n in notes)
        assert any("Herinnering · #3 · 1 week voor (standaard)" in n for n in notes)
        assert len([n for n in notes if n.startswith("Herinnering · ")]) == 3
        assert not any("r: bekijken" in n for n in notes)


async def test_many_reminders_on_start_are_one_summary_that_r_opens(make_app: Any) -> None:
    from kamertaak.tui.screens.agenda import RemindersScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # Four due at once: one summary instead of four pop-ups.
        notes = notes_of(app)
        assert notes == ["Herinneringen: 4 herinneringen — r: bekijken"]
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RemindersScreen)
        lines = option_texts(app.screen.query_one("#agenda-list", OptionList))
        assert lines[0] == "Herinneringen (4)"
        assert len([t for t in lines if t.startswith("⏰")]) == 4
        assert any("1 week voor (standaard)" in t and "Voorjaarsnota" in t for t in lines)
        # Its lines work as the agenda's: x dismisses the one under the cursor, Enter opens the item.
        await highlight(app.screen.query_one("#agenda-list", OptionList), "reminder:3:7:3")
        await pilot.press("x")
        await settle(pilot)
        assert "Herinneringen (3)" in option_texts(app.screen.query_one("#agenda-list", OptionList))
        await highlight(app.screen.query_one("#agenda-list", OptionList), "reminder:1:2")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == 2
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, AgendaScreen)


async def test_snooze_and_dismiss_a_reminder(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        agenda = app.screen.query_one("#agenda-list", OptionList)
        await highlight(agenda, "reminder:1:2")
        await pilot.press("z")
        assert isinstance(app.screen, SnoozeScreen)
        await pilot.press("enter")  # "1 dag"
        await settle(pilot)
        reminder = read(db_path, 2)["reminders"][0]
        assert reminder["snoozed_until"] == "2025-04-11T00:00:00"
        assert "Herinneringen (3)" in option_texts(app.screen.query_one("#agenda-list", OptionList))
        await pilot.press("u")  # undo the snooze: the reminder is back
        await settle(pilot)
        agenda = app.screen.query_one("#agenda-list", OptionList)
        assert "Herinneringen (4)" in option_texts(agenda)
        await highlight(agenda, "reminder:1:2")
        await pilot.press("x")
        await settle(pilot)
        assert read(db_path, 2)["reminders"][0]["dismissed_at"]


async def test_snooze_to_a_typed_date(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await highlight(app.screen.query_one("#agenda-list", OptionList), "reminder:1:2")
        # The motion is due on 14 April: a snooze past it would let the deadline come unannounced.
        await pilot.press("z", "down", "down", "enter")
        await pilot.press(*"2025-05-01", "enter")
        await settle(pilot)
        assert read(db_path, 2)["reminders"][0]["snoozed_until"] is None
        assert any("valt na de termijn van #2 (14 april 2025)" in n for n in notes_of(app))
        await highlight(app.screen.query_one("#agenda-list", OptionList), "reminder:1:2")
        await pilot.press("z", "down", "down", "enter")
        await pilot.press(*"2025-04-14", "enter")
        await settle(pilot)
        assert read(db_path, 2)["reminders"][0]["snoozed_until"] == "2025-04-14T00:00:00"


async def test_the_snooze_dialog_offers_no_week_past_the_due_date(make_app: Any, db_path: Path) -> None:
    """u7: '1 week (tot 17 april)' was offered for an item due 14 April, then refused ('Niet gelukt')."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await highlight(app.screen.query_one("#agenda-list", OptionList), "reminder:1:2")
        await pilot.press("z")
        choices = option_texts(app.screen.query_one("#snooze-choices", OptionList))
        assert not any(t.startswith("1 week") for t in choices)
        assert "tot de termijn (14 april 2025; een week valt erna)" in choices
        await pilot.press("down", "enter")
        await settle(pilot)
        assert read(db_path, 2)["reminders"][0]["snoozed_until"] == "2025-04-14T00:00:00"
        assert not any("Niet gelukt" in n for n in notes_of(app))


async def test_default_reminders_show_and_can_be_snoozed_and_dismissed(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The kinds' default reminders are in the agenda, named as `kamertaak remind` names them.
        agenda = app.screen.query_one("#agenda-list", OptionList)
        texts = option_texts(agenda)
        assert any("1 week voor (standaard)" in t and "Voorjaarsnota" in t for t in texts)
        assert read(db_path, 3)["reminders"] == []  # defaults are not stored up front
        await highlight(agenda, "reminder:3:7:3")
        await pilot.press("x")
        await settle(pilot)
        stored = read(db_path, 3)["reminders"]
        assert [(r["offset_days"], bool(r["dismissed_at"])) for r in stored] == [(7, True)]
        agenda = app.screen.query_one("#agenda-list", OptionList)
        assert "Herinneringen (3)" in option_texts(agenda)
        assert "reminder:3:1:3" in [o.id for o in agenda.options]  # the 1-day default stays
        # The cursor stays among the reminders, so x again dismisses the next one.
        assert (agenda.highlighted_option.id or "").startswith("reminder:")
        await highlight(agenda, "reminder:5:7:5")
        await pilot.press("z", "enter")  # 1 day (a week would pass its due date, 12 April)
        await settle(pilot)
        stored = read(db_path, 5)["reminders"]
        assert [(r["offset_days"], r["snoozed_until"]) for r in stored] == [(7, "2025-04-11T00:00:00")]
        texts = option_texts(app.screen.query_one("#agenda-list", OptionList))
        assert "Herinneringen (2)" in texts
        assert any("gesluimerd tot 11 april 2025" in n for n in notes_of(app))


async def test_board_switches_kind_and_moves_cards(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        board = app.screen
        assert isinstance(board, BoardScreen)
        assert isinstance(app.focused, Card) and app.focused.item["id"] == 1
        await pilot.press("right_square_bracket")  # open → deels voldaan
        await settle(pilot)
        assert read(db_path, 1)["status"] == "partial"
        assert any("deels voldaan" in n for n in notes_of(app))
        # The moved card keeps the focus in its new column.
        assert isinstance(app.focused, Card) and app.focused.item["id"] == 1
        assert app.focused.parent is not None and "column-partial" in str(app.focused.ancestors_with_self)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert read(db_path, 1)["status"] == "open"
        history = read(db_path, 1)["history"]
        assert [h["action"] for h in history][-2:] == ["status", "status"]
        await pilot.press("k")
        await settle(pilot)
        assert board.kind == "motion"
        assert board.query_one("#board-kinds", Tabs).active == "kind-motion"
        assert [c.item["id"] for c in board.query(Card)] == [2]
        await pilot.press("4")
        await settle(pilot)
        assert board.kind == "task"


async def test_board_refuses_a_move_that_is_not_allowed(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("left_square_bracket")  # "open" is the first status: nothing before it
        await settle(pilot)
        assert any("geen vorige status" in n for n in notes_of(app))


async def test_board_filter_by_party_and_topic(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("slash", *"partij:SP", "enter")
        await settle(pilot)
        assert [c.item["id"] for c in app.screen.query(Card)] == [1]
        field = app.screen.query_one("#board-filter", Input)
        field.value = "onderwerp:femicide"
        await settle(pilot)
        assert [c.item["id"] for c in app.screen.query(Card)] == [6]


async def test_table_filters_as_you_type_and_sorts(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, TableScreen)
        grid = app.screen.query_one(ItemGrid)
        assert grid.total == 6
        await pilot.press("slash", *"nispen")
        await settle(pilot)
        assert grid.total == 3  # full-text search in titles, and actors by name
        await pilot.press(*" soort:motie")
        await settle(pilot)
        assert grid.total == 1 and grid.rows[0]["id"] == 2
        field = app.screen.query_one("#table-filter", Input)
        field.value = "te-laat"
        await settle(pilot)
        assert grid.total == 1 and grid.rows[0]["id"] == 1
        field.value = "status:bogus"
        await settle(pilot)
        assert "onbekende status" in plain(app.screen.query_one("#table-status", Static))
        field.value = "A B"  # one-letter words are no search words: the line says so instead of seeming to match all
        await settle(pilot)
        assert grid.total == 6 and "geen zoekwoorden" in plain(app.screen.query_one("#table-status", Static))
        field.value = ""
        await pilot.press("enter")
        await settle(pilot)
        assert [grid.rows[i]["id"] for i in range(3)] == [1, 3, 5]  # by due date
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.sort == "updated"
        await pilot.press("s")
        await settle(pilot)
        assert [grid.rows[i]["id"] for i in range(6)] == [1, 2, 3, 4, 5, 6]
        await pilot.click(ItemGrid, offset=(35, 0))  # the "termijn" header sorts by due again
        await settle(pilot)
        assert app.screen.sort == "due"
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == 3


async def test_table_pages_large_results(make_app: Any, db_path: Path) -> None:
    store = Store.open(str(db_path))
    with store.db.transaction():
        for n in range(340):
            store.add_item("task", f"Extra actie {n}", due=f"2025-0{5 + n % 4}-{1 + n % 28:02d}")
    store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        grid = app.screen.query_one(ItemGrid)
        assert grid.total == 346
        assert len(grid.rows) == 100  # only the first page is loaded
        await pilot.press("end")
        await settle(pilot)
        assert grid.cursor == 345 and 345 in grid.rows
        assert len(grid.rows) <= 200


async def test_detail_shows_everything_and_adds_a_note(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        app.open_item(1)
        await settle(pilot)
        screen = app.screen
        fields = plain(screen.query_one("#detail-fields", Static))
        for part in ("toezegging", "openstaand", "2 dagen te laat · 8 april 2025", "datum ingevoerd", "anna",
                     "commissiedebat", "staatssecretaris (J&V)", "Van Nispen (SP) – Kamerlid", "psychisch geweld",
                     "TZ202504-057"):
            assert part in fields
        assert "contouren voor de zomer" in plain(screen.query_one("#detail-text", Static))
        history = plain(screen.query_one("#detail-history", Static))
        assert "aangemaakt" in history and "registernummer TZ202504-057" in history
        assert "Gebeld met het ministerie." in plain(screen.query_one("#detail-notes", Static))
        await pilot.press("t")
        await pilot.press(*"Morgen terugbellen", "ctrl+s")
        await settle(pilot)
        assert [n["text"] for n in read(db_path, 1)["notes"]][-1] == "Morgen terugbellen"
        assert "Morgen terugbellen" in plain(app.screen.query_one("#detail-notes", Static))


async def test_detail_status_keys_and_link(make_app: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_item(1)
        await settle(pilot)
        await pilot.press("o")
        assert opened == ["https://www.tweedekamer.nl/kamerstukken/1"]
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert read(db_path, 1)["status"] == "partial"
        assert "deels voldaan" in plain(app.screen.query_one("#screen-title", Static))


async def test_long_note_in_editor(make_app: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib

    from kamertaak.tui.screens import detail

    def fake_editor(argv: list[str], check: bool = False) -> None:
        Path(argv[-1]).write_text("Lange notitie\nmet twee regels\n", encoding="utf-8")

    monkeypatch.setenv("EDITOR", "mijn-editor --wacht")
    monkeypatch.setattr(detail.subprocess, "run", fake_editor)
    app = make_app()
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_item(3)
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert read(db_path, 3)["notes"][-1]["text"] == "Lange notitie\nmet twee regels"


async def test_quick_add_with_live_preview(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        await pilot.press(*"Brief over opvangplaatsen", "tab")
        await pilot.press(*"2025-05-02")
        preview = plain(form.query_one("#due-preview", Static))
        assert "2 mei 2025" in preview and "over 3 weken" in preview
        form.query_one("#form-due", Input).value = "binnen drie weken"
        await pilot.pause()
        preview = plain(form.query_one("#due-preview", Static))
        assert "1 mei 2025" in preview, preview  # three weeks after today (no debate chosen)
        form.query_one("#form-actors", Input).value = "Van Nispen (SP)"
        form.query_one("#form-topics", Input).value = "vrouwenopvang"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ItemFormScreen)
        store = Store.open(str(db_path))
        items = list_items(store.db, ItemFilter(search="opvangplaatsen brief"), store.today())
        store.close()
        assert len(items) == 1
        item = items[0]
        assert item["kind"] == "commitment" and item["due"] == "2025-05-01"
        assert item["due_phrase"] == "binnen drie weken"
        assert item["actors"][0]["party"] == "SP" and item["topics"] == ["vrouwenopvang"]
        assert any("toegevoegd" in n for n in notes_of(app))
        # Undo names what it undid.
        await pilot.press("u")
        await settle(pilot)
        assert any(f"item {item['id']} aangemaakt" in n for n in notes_of(app))


async def test_quick_add_needs_a_title(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        assert "titel" in plain(app.screen.query_one("#form-problem", Static))
        await pilot.press("escape")
        assert isinstance(app.screen, AgendaScreen)


async def test_a_title_over_the_limit_is_refused_by_the_form_and_nothing_is_stored(
        make_app: Any, db_path: Path) -> None:
    """u6: the edit form stored a 5,000-character title; the form says what the limit is and keeps it open."""
    before = read(db_path, 4)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        form = await open_edit_form(app, pilot, 4)
        form.query_one("#form-title", Input).value = "x" * 5000
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        problem = plain(form.query_one("#form-problem", Static))
        assert "hoogstens 200 tekens" in problem and "5000" in problem, problem
        await pilot.press("escape")
        await settle(pilot)
        # A new item with such a title is not added either.
        await pilot.press("n")
        await settle(pilot)
        new_form = app.screen
        assert isinstance(new_form, ItemFormScreen)
        new_form.query_one("#form-title", Input).value = "y" * 201
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is new_form
        assert "hoogstens 200 tekens" in plain(new_form.query_one("#form-problem", Static))
    after = read(db_path, 4)
    assert after["title"] == before["title"] and after["version"] == before["version"]
    store = Store.open(str(db_path))
    try:
        assert store.db.scalar("SELECT COUNT(*) FROM item WHERE LENGTH(title) > 200") == 0
    finally:
        store.close()


async def test_the_edit_form_refuses_a_sentence_as_an_actor_as_the_cli_does(make_app: Any, db_path: Path) -> None:
    """uf: a whole sentence in the actors field was stored as an actor's name without a word; the form says it is
    no name, keeps it open, and nothing is stored (`kamertaak add --actor` refuses it the same way)."""
    before = read(db_path, 4)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        form = await open_edit_form(app, pilot, 4)
        form.query_one("#form-actors", Input).value = "de minister zegt dat hij het plan voor de zomer stuurt"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        assert "lijkt een zin, geen naam" in plain(form.query_one("#form-problem", Static))
    after = read(db_path, 4)
    assert after["actors"] == before["actors"] and after["version"] == before["version"]


async def test_edit_from_detail(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_item(4)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        assert form.query_one("#form-title", Input).value == "Cijfers Valente naar Van Nispen"
        form.query_one("#form-title", Input).value = "Cijfers Valente naar Van Nispen sturen"
        form.query_one("#form-owner", Input).value = "bram"
        await pilot.press("ctrl+s")
        await settle(pilot)
        item = read(db_path, 4)
        assert item["title"] == "Cijfers Valente naar Van Nispen sturen" and item["owner"] == "bram"
        assert item["due"] == "2025-04-20"  # untouched fields stay as they were
        assert isinstance(app.screen, DetailScreen)
        assert "sturen" in plain(app.screen.query_one("#detail-heading", Static))


async def open_edit_form(app: Any, pilot: Any, item_id: int) -> ItemFormScreen:
    """The item's detail screen, then `e`: its edit form."""
    await settle(pilot)
    app.open_item(item_id)
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, ItemFormScreen)
    return form


async def test_edit_form_previews_the_date_saving_stores(make_app: Any, db_path: Path) -> None:
    # A triaged motion of a 2019 debate, due "vóór de zomer" = 4 July 2019 (today is 10 April 2025).
    store = Store.open(str(db_path))
    debate = store.add_debate("VAO Discriminatie", date="2019-03-19")
    item_id = store.add_item("motion", "Motie over het VN-verdrag", debate_id=debate, due="vóór de zomer")
    store.close()
    stored_due = read(db_path, item_id)["due"]
    assert stored_due.startswith("2019-07")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        form = await open_edit_form(app, pilot, item_id)
        day = dt.date.fromisoformat(stored_due)
        in_words = f"{day.day} juli 2019"
        # Only the title changes: the preview shows the date the item has, which saving keeps.
        form.query_one("#form-title", Input).value = "Motie-Özütok: VN-verdrag"
        await pilot.pause()
        preview = plain(form.query_one("#due-preview", Static))
        assert in_words in preview and "2025" not in preview and "2026" not in preview, preview
        # A motion before its vote is not late (as list and show say): its passed term is 'geleden'.
        assert "5 jaar geleden" in preview and "te laat" not in preview, preview
        # A new phrase counts from the debate (19 March 2019), in the preview and when saved.
        form.query_one("#form-due", Input).value = "binnen zes weken"
        await pilot.pause()
        preview = plain(form.query_one("#due-preview", Static))
        assert "30 april 2019 (5 jaar geleden)" in preview, preview
        await pilot.press("ctrl+s")
        await settle(pilot)
        item = read(db_path, item_id)
        assert (item["title"], item["due"], item["due_ref"]) == ("Motie-Özütok: VN-verdrag", "2019-04-30",
                                                                  "2019-03-19")
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        assert "30 april 2019" in plain(app.screen.query_one("#due-preview", Static))


async def test_edit_names_the_changed_fields_in_words(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_item(4)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        form.query_one("#form-debate", Select).value = 1
        form.query_one("#form-owner", Input).value = "bram"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert read(db_path, 4)["debate_id"] == 1
        assert any(n.endswith("#4 gewijzigd: eigenaar, debat") for n in notes_of(app)), notes_of(app)


async def test_edit_without_an_item_says_so(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        app.screen.query_one("#table-filter", Input).value = "niets-dat-bestaat"
        await settle(pilot)
        await pilot.press("e")
        assert any("kies eerst een item" in n for n in notes_of(app))


async def test_help_lists_keys(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        everywhere = dict((d, k) for k, d in app.screen.everywhere)
        # Dutch only (u3 read "Stop (quit)", "Borden (boards)" as untranslated English): no binding ids.
        assert everywhere["Borden"] == "b" and everywhere["Nieuw"] == "n"
        assert everywhere["Ongedaan"] == "u"
        assert any(d == "Sluimer" for _, d in app.screen.here)
        shown = "\n".join(plain(w) for w in app.screen.query(Static))
        for english in ("(quit)", "(boards)", "(quick-add)", "(leave)", "(undo)", "(agenda-snooze)"):
            assert english not in shown, english
        await pilot.press("escape")
        assert isinstance(app.screen, AgendaScreen)


async def test_user_keymap_is_applied(settings_env: Path, make_app: Any) -> None:
    settings_env.write_text('[keymap]\nboards = "g"\nquick-add = "ctrl+n"\n', encoding="utf-8")
    from kamertaak import config

    config.settings.cache_clear()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        assert isinstance(app.screen, AgendaScreen)
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ItemFormScreen)


async def test_palette_goes_to_item_switches_board_and_filters_by_party(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Bord: moties")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen) and app.screen.kind == "motion"
        await pilot.press("ctrl+p", *"Contouren")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == 1
        await pilot.press("ctrl+p", *"partij D66")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TableScreen)
        assert app.screen.filter.party == "D66"
        assert app.screen.query_one(ItemGrid).total == 1


async def test_markup_and_escapes_in_data_render_literally(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        agenda_svg = app.export_screenshot()
        app.open_item(5)
        await settle(pilot)
        detail_svg = app.export_screenshot()
        heading = plain(app.screen.query_one("#detail-heading", Static))
        assert heading == HOSTILE_TITLE.replace("\x1b", "\\x1b")
        fields = plain(app.screen.query_one("#detail-fields", Static))
        assert "[b]Nep[/b] ([i]X[/i])" in fields and "[dim]onderwerp[/dim]" in fields
        text = plain(app.screen.query_one("#detail-text", Static))
        assert "[red]markup[/red]" in text and "\\x1b]8;;x\\x1b\\" in text
        await pilot.press("b")
        await settle(pilot)
        board_svg = app.export_screenshot()
        await pilot.press("l")
        await settle(pilot)
        table_svg = app.export_screenshot()
    for svg in (agenda_svg, detail_svg, board_svg, table_svg):
        assert "[bold]vet[/bold]" in svg
        assert "\x1b" not in svg
    assert "[link=http://e]klik[/link]" in detail_svg.replace("&#160;", " ")


BIDI_AND_C1 = "\u202eteerw\u202c \u2067x\u2069 \u200fy\u200e \u061c \x9b31m \x85"


async def test_bidi_and_c1_characters_in_data_are_shown_as_escapes(make_app: Any, db_path: Path) -> None:
    store = Store.open(str(db_path))
    try:
        item_id = store.add_item("commitment", f"Omgekeerd {BIDI_AND_C1}", due="2025-04-11",
                                 text=BIDI_AND_C1, actors=[f"Naam {BIDI_AND_C1} (SP)"], topics=[BIDI_AND_C1])
        store.add_note(item_id, BIDI_AND_C1)
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screens = [app.export_screenshot()]
        app.open_item(item_id)
        await settle(pilot)
        screens.append(app.export_screenshot())
        assert "\\u202e" in plain(app.screen.query_one("#detail-heading", Static))
        for key in ("b", "l"):
            await pilot.press(key)
            await settle(pilot)
            screens.append(app.export_screenshot())
    for svg in screens:
        assert not [hex(ord(c)) for c in BIDI_AND_C1 if ord(c) > 0x7e and c in svg]


async def test_the_edges_of_the_date_range_are_shown_on_every_screen(
        make_app: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kamertaak.core.bounds import EARLIEST, LATEST, MAX_OFFSET_DAYS

    monkeypatch.chdir(tmp_path)

    store = Store.open(str(db_path))
    try:
        ids = []
        for day in (EARLIEST, LATEST):
            item_id = store.add_item("deadline", f"Rand {day.year}", due=day.isoformat(), scheduled=day.isoformat())
            store.add_reminder(item_id, offset_days=MAX_OFFSET_DAYS)
            store.add_reminder(item_id, at=f"{day.isoformat()}T23:59")
            ids.append(item_id)
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for item_id in ids:
            app.open_item(item_id)
            await settle(pilot)
            assert "Rand" in plain(app.screen.query_one("#detail-heading", Static))
        for key in ("b", "l", "a"):
            await pilot.press(key)
            await settle(pilot)
        await pilot.press("ctrl+p", *"Exporteer deze week")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
    assert app.return_code in (None, 0)
    assert (tmp_path / "week-2025-W15.md").exists()


def test_no_command_opens_the_tui(settings_env: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import kamertaak.tui.app as tui_app
    from kamertaak.cli import app as cli_app

    opened: list[str] = []
    monkeypatch.setattr(tui_app, "run", lambda db=None: opened.append(str(db)))
    monkeypatch.setenv("KAMERTAAK_DB", str(db_path))
    from kamertaak import config

    config.settings.cache_clear()
    # Without a terminal (CliRunner's streams) it says so in one line and opens nothing.
    result = CliRunner().invoke(cli_app, [])
    assert result.exit_code == 1 and "terminal nodig" in str(result.exception) and not opened

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(sys, "stdout", Terminal())
    cli_app(args=[], standalone_mode=False)
    assert opened == [str(db_path)]


async def test_table_sorts_by_header_and_key_both_ways(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        grid = app.screen.query_one(ItemGrid)
        status = app.screen.query_one("#table-status", Static)
        assert "sortering: termijn ↑" in plain(status)
        await pilot.press("S")  # reversed: latest due first, items without a date still last
        await settle(pilot)
        assert app.screen.sort == "-due" and "sortering: termijn ↓" in plain(status)
        assert [grid.rows[i]["id"] for i in range(6)] == [6, 4, 2, 5, 3, 1]
        assert "termijn ▼" in grid.render_line(0).text
        await pilot.click(ItemGrid, offset=(37, 0))  # the active column's header turns it round again
        await settle(pilot)
        assert app.screen.sort == "due"
        await pilot.click(ItemGrid, offset=(64, 0))  # "titel"
        await settle(pilot)
        assert app.screen.sort == "title" and "titel ▲" in grid.render_line(0).text
        titles = [grid.rows[i]["title"].lower() for i in range(6)]
        assert titles == sorted(titles)
        await pilot.click(ItemGrid, offset=(64, 0))
        await settle(pilot)
        assert app.screen.sort == "-title" and "sortering: titel ↓" in plain(status)
        await pilot.press("s")  # the next column from titel: soort
        await settle(pilot)
        assert app.screen.sort == "kind"
        assert [grid.rows[i]["kind"] for i in range(6)] == sorted(grid.rows[i]["kind"] for i in range(6))


async def test_palette_parties_from_the_store_and_weekly_export(
        make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Filter GL-PvdA")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TableScreen) and app.screen.filter.party == "GL-PvdA"
        assert app.screen.query_one(ItemGrid).total == 1
        await pilot.press("ctrl+p", *"Exporteer deze week")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        path = tmp_path / "week-2025-W15.md"
        assert path.exists() and path.read_text(encoding="utf-8").startswith("#")
        assert any(str(path) in n for n in notes_of(app))
        # Again, with the next name taken by a symlink to a file of the user's: neither is touched.
        precious = tmp_path / "precious.txt"
        precious.write_text("niet aankomen", encoding="utf-8")
        (tmp_path / "week-2025-W15-2.md").symlink_to(precious)
        first = path.read_text(encoding="utf-8")
        await pilot.press("ctrl+p", *"Exporteer deze week")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert path.read_text(encoding="utf-8") == first and precious.read_text(encoding="utf-8") == "niet aankomen"
        third = tmp_path / "week-2025-W15-3.md"
        assert third.read_text(encoding="utf-8") == first and stat.S_IMODE(third.stat().st_mode) == 0o600


async def test_palette_offers_store_parties_literally(make_app: Any) -> None:
    from kamertaak.tui.commands import KamertaakCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        provider = KamertaakCommands(app.screen)
        await provider.startup()
        # Parties of the seed's actors, the hostile "[i]X[/i]" among them as typed.
        assert set(provider.parties) == {"D66", "GL-PvdA", "SP", "[i]X[/i]"}
        hits = [hit async for hit in provider.search("partij: [i]X")]
        assert any("Filter op partij: [i]X[/i]" in str(getattr(h.match_display, "plain", h.match_display))
                   for h in hits)


async def test_help_lists_the_triage_key(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        everywhere = dict((d, k) for k, d in app.screen.everywhere)
        assert everywhere["Triage"] == "T"


async def test_table_shows_who_owns_each_item(make_app: Any) -> None:
    from kamertaak.tui.widgets.table.item_grid import layout

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        grid = app.screen.query_one(ItemGrid)
        header = "".join(segment.text for segment in grid.render_line(0))
        assert "eigenaar" in header
        lines = {grid.rows[y - 1]["id"]: "".join(s.text for s in grid.render_line(y)) for y in range(1, 7)}
        owners = {item["id"]: item["owner"] for item in grid.rows.values()}
        assert sorted(o for o in owners.values() if o) == ["anna", "ik"]
        for item_id, owner in owners.items():
            if owner:
                assert f" {owner} " in lines[item_id]
    # The owner column is the last optional one to go on a narrow terminal: after the actors, before the title.
    assert [c.key for c, _ in layout(120)][-2:] == ["title", "owner"]
    assert "owner" not in [c.key for c, _ in layout(80)]
    # On 80 columns the date goes and "wanneer" stays: "1 dag te laat" is what the list is read for (u8: only the
    # date's colour said so). The title keeps 28 columns (it had 16 of 24 cut off at the screen's edge once).
    narrow = dict((c.key, size) for c, size in layout(80))
    assert "when" in narrow and "due" not in narrow
    assert narrow["title"] == 28 and sum(size + 1 for size in narrow.values()) == 80
    assert {"when", "due"} <= {c.key for c, _ in layout(100)}
    assert [c.key for c, _ in layout(200)][6:9] == ["title", "owner", "actors"]  # after the mark column


async def test_the_table_on_80_columns_says_when_each_item_is_due(make_app: Any) -> None:
    """u8: on 80 columns the "wanneer" column went, and only the date's colour said an item was late."""
    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        grid = app.screen.query_one(ItemGrid)
        assert "wanneer ▲" in "".join(segment.text for segment in grid.render_line(0))  # sorted by due date
        today = dt.date(2025, 4, 10)
        rows = [(grid.rows[y - 1], "".join(s.text for s in grid.render_line(y))) for y in range(1, 7)]
        assert "te laat" in dict((row["id"], line) for row, line in rows)[1]  # the seed's overdue commitment
        for row, line in rows:
            assert cell_text("when", row, today) in line and len(line) == grid.size.width <= 80
        assert sum("over " in line or "vandaag" in line or "morgen" in line for _, line in rows) >= 3


def test_table_due_column_abbreviates_months_the_dutch_way() -> None:
    item = {"id": 1, "kind": "task", "status_label": "te doen", "title": "x", "due": "2025-03-05"}
    assert cell_text("due", item, dt.date(2025, 3, 1)) == "5 mrt 2025"
    assert cell_text("due", {**item, "due": None}, dt.date(2025, 3, 1)) == ""


async def test_a_screen_loads_once_when_shown_and_once_after_an_edit(make_app: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    for screen_class in (AgendaScreen, BoardScreen, TableScreen, DetailScreen):
        def counted(self: Any, _reload: Any = screen_class.reload) -> None:
            loads.append(type(self).__name__)
            _reload(self)

        monkeypatch.setattr(screen_class, "reload", counted)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("b", "l"):
            await pilot.press(key)
            await settle(pilot)
        app.open_item(4)
        await settle(pilot)
        assert loads == ["AgendaScreen", "BoardScreen", "TableScreen", "DetailScreen"]
        loads.clear()
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#form-owner", Input).value = "bram"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert loads == ["DetailScreen"]


async def test_board_filter_naming_a_kind_loads_that_board_once(make_app: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    kinds: list[str] = []
    load = BoardScreen.load

    def counted(self: BoardScreen, generation: int, kind: str, base: ItemFilter) -> Any:
        kinds.append(kind)
        return load(self, generation, kind, base)

    monkeypatch.setattr(BoardScreen, "load", counted)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        kinds.clear()
        app.screen.query_one("#board-filter", Input).value = "soort:motie partij:SP"
        await settle(pilot)
        assert kinds == ["motion"]
        assert isinstance(app.screen, BoardScreen) and app.screen.kind == "motion"
        assert [c.item["id"] for c in app.screen.query(Card)] == [2]


async def test_detail_says_how_long_before_the_due_date_a_reminder_comes(make_app: Any, db_path: Path) -> None:
    store = Store.open(str(db_path))
    try:
        for days in (1, 0):
            store.add_reminder(4, offset_days=days)
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_item(4)
        await settle(pilot)
        text = plain(app.screen.query_one("#detail-reminders", Static))
        assert "1 dag voor de termijn" in text and "op de dag zelf" in text, text


async def test_edit_form_opens_a_long_title_at_its_first_letter_and_a_bad_due_speaks_dutch(
        make_app: Any, db_path: Path) -> None:
    """u5 bugs 12 and 13: the title field opened scrolled to its end ('errasverwarmingen: ...'), and a
    due phrase the form could not read was refused with the CLI's syntax ('due= zonder waarde')."""
    title = ("Terrasverwarmingen: in contact treden met de gemeenten over handhaving van het rookverbod op"
             " terrassen en binnen zes weken rapporteren")
    store = Store.open(str(db_path))
    item_id = store.add_item("commitment", title)
    store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        form = await open_edit_form(app, pilot, item_id)
        field = form.query_one("#form-title", Input)
        assert field.value == title and field.cursor_position == 0 and field.scroll_x == 0
        form.query_one("#form-due", Input).value = "blabla"
        app.clear_notifications()
        await pilot.press("ctrl+s")
        await settle(pilot)
        [note] = notes_of(app)
        assert note.startswith("Niet bewaard: termijn 'blabla' niet herkend") and "due=" not in note, note
        assert "leeg laten wist de termijn" in note


async def test_reminder_toasts_go_after_a_few_seconds(make_app: Any) -> None:
    """u5 bug 14: reminder toasts stayed 12-15 s over the table and a filter's results."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notes = [n for n in app._notifications if n.title.startswith("Herinnering")]
        assert notes and all(n.timeout <= 6 for n in notes)
