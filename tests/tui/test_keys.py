"""Terminal habits: q leaves, d finishes, [ ] step the status in the table too, space marks rows for a
bulk status or owner, the footer shows each key once, finished items are never late in the table."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from pilot_tools import SIZE, notes_of, plain, read, settle
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from kamertaak.store.service import Store
from kamertaak.tui.screens.agenda import AgendaScreen
from kamertaak.tui.screens.item_form import ItemFormScreen
from kamertaak.tui.screens.owner import OwnerScreen
from kamertaak.tui.screens.table import TableScreen
from kamertaak.tui.widgets.table.item_grid import ItemGrid, cell_text


async def to_table(pilot: Any) -> ItemGrid:
    await pilot.press("l")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TableScreen)
    grid = pilot.app.screen.query_one(ItemGrid)
    # By due date: #1 (overdue commitment), #3 (deadline today), #5, #2 (motion), #4 (task), #6.
    assert [grid.rows[i]["id"] for i in range(6)] == [1, 3, 5, 2, 4, 6]
    return grid


async def test_q_leaves_the_app_but_is_a_letter_in_a_field(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_table(pilot)
        await pilot.press("slash", "q")
        assert app.screen.query_one("#table-filter", Input).value == "q"
        await pilot.press("escape")  # back to the rows
        await pilot.press("n", "q")  # quick add: q is part of the title
        assert isinstance(app.screen, ItemFormScreen)
        assert app.screen.query_one("#form-title", Input).value == "q"
        await pilot.press("escape")
        assert app.return_code is None
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


async def test_d_finishes_the_item_under_the_cursor(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AgendaScreen)
        await pilot.press("d")  # the agenda's cursor starts on the overdue #1 (a commitment): done
        await settle(pilot)
        assert read(db_path, 1)["status"] == "done"
        assert any("#1 Contouren wetsvoorstel psychisch geweld → voldaan" in n for n in notes_of(app))
        grid = await to_table(pilot)
        await pilot.press("down")  # #3, a deadline: done means met
        await pilot.press("d")
        await settle(pilot)
        assert read(db_path, 3)["status"] == "met"
        grid.cursor = 3  # #2, a motion: d goes one step along announced → submitted → adopted → executed
        for expected in ("submitted", "adopted", "executed"):
            await pilot.press("d")
            await settle(pilot)
            assert read(db_path, 2)["status"] == expected
        await pilot.press("d")  # executed is final: nothing changes, the user is told
        await settle(pilot)
        assert read(db_path, 2)["status"] == "executed"
        assert any("motie is al afgerond (uitgevoerd)" in n for n in notes_of(app))
        await pilot.press("u")  # undo is per change: back to aangenomen
        await settle(pilot)
        assert read(db_path, 2)["status"] == "adopted"


async def test_brackets_step_the_status_in_the_table(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = await to_table(pilot)
        await pilot.press("right_square_bracket")  # #1 open → deels voldaan
        await settle(pilot)
        assert read(db_path, 1)["status"] == "partial"
        assert grid.rows[grid.cursor]["id"] == 1 and grid.rows[grid.cursor]["status_label"] == "deels voldaan"
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert read(db_path, 1)["status"] == "open"
        await pilot.press("left_square_bracket")  # nothing before open
        await settle(pilot)
        assert any("geen vorige status toegestaan vanaf openstaand" in n for n in notes_of(app))
        assert [h["action"] for h in read(db_path, 1)["history"]].count("status") == 2


async def test_space_marks_rows_and_d_finishes_them_all(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = await to_table(pilot)
        screen = app.screen
        await pilot.press("space", "space")  # marks #1 and #3, the cursor moves down as it marks
        assert set(grid.marked) == {1, 3} and grid.cursor == 2
        assert "2 gemarkeerd" in plain(screen.query_one("#table-status", Static))
        assert grid.render_line(1).text.startswith("✓") and grid.render_line(2).text.startswith("✓")
        assert not grid.render_line(3).text.startswith("✓")
        await pilot.press("up", "space")  # space again unmarks (and moves on)
        assert set(grid.marked) == {1}
        await pilot.press("up", "space")
        await pilot.press("d")
        await settle(pilot)
        assert read(db_path, 1)["status"] == "done" and read(db_path, 3)["status"] == "met"
        assert read(db_path, 5)["status"] == "open"  # the cursor's row was not marked
        assert any("2 items afgerond (#1, #3" in n for n in notes_of(app))
        assert grid.marked == {} and "gemarkeerd" not in plain(screen.query_one("#table-status", Static))
        # One log entry per item, so undo takes them back one at a time, newest first.
        await pilot.press("u")
        await settle(pilot)
        assert read(db_path, 3)["status"] == "upcoming" and read(db_path, 1)["status"] == "done"
        await pilot.press("u")
        await settle(pilot)
        assert read(db_path, 1)["status"] == "open"


async def test_bulk_status_skips_items_that_cannot_move(make_app: Any, db_path: Path) -> None:
    store = Store.open(str(db_path))
    try:
        store.set_status(3, "met")
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = await to_table(pilot)
        await pilot.press("space", "space", "right_square_bracket")  # #1 open → partial; #3 met has no next
        await settle(pilot)
        assert read(db_path, 1)["status"] == "partial" and read(db_path, 3)["status"] == "met"
        assert any("1 item een status verder (#1; u maakt ze één voor één ongedaan); niet bij #3" in n
                   for n in notes_of(app))
        grid.cursor = 0
        await pilot.press("space", "space", "d")  # #1 partial → done; #3 is finished already
        await settle(pilot)
        assert read(db_path, 1)["status"] == "done" and read(db_path, 3)["status"] == "met"
        assert any("1 item afgerond (#1;" in n and "niet bij #3" in n for n in notes_of(app))


async def test_o_gives_the_marked_rows_an_owner(make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_table(pilot)
        await pilot.press("space", "space", "o")
        assert isinstance(app.screen, OwnerScreen)
        field = app.screen.query_one("#owner-name", Input)
        assert field.value == "" and "bijv." in field.placeholder
        await pilot.press(*"bram", "enter")
        await settle(pilot)
        assert read(db_path, 1)["owner"] == "bram" and read(db_path, 3)["owner"] == "bram"
        assert any("2 items: eigenaar bram" in n for n in notes_of(app))
        for item_id in (1, 3):
            assert read(db_path, item_id)["history"][-1]["changes"]["owner"][1] == "bram"
        # Without marks, o is for the row under the cursor, starting from its owner.
        grid = app.screen.query_one(ItemGrid)
        grid.cursor = 0
        await pilot.press("o")
        assert app.screen.query_one("#owner-name", Input).value == "bram"
        await pilot.press("ctrl+a", "ctrl+k", "enter")  # emptied: no owner
        await settle(pilot)
        assert read(db_path, 1)["owner"] is None and read(db_path, 3)["owner"] == "bram"


async def test_escape_clears_the_marks(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = await to_table(pilot)
        await pilot.press("space", "space", "escape")
        assert grid.marked == {}


async def test_a_finished_item_is_never_late_in_the_table(make_app: Any, db_path: Path) -> None:
    store = Store.open(str(db_path))
    try:
        store.set_status(1, "done")  # due 8 April, two days ago
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        grid = app.screen.query_one(ItemGrid)
        row = next(r for r in grid.rows.values() if r["id"] == 1)
        assert cell_text("when", row, app.today) == "afgerond"
        line = grid.render_line(1 + next(i for i, r in grid.rows.items() if r["id"] == 1))
        assert "te laat" not in line.text and "afgerond" in line.text
        overdue = grid.get_component_rich_style("item-grid--overdue")
        assert all(segment.style is None or segment.style.color != overdue.color for segment in line)
        # The table's te-laat filter agrees: only open items are late.
        await pilot.press("slash", *"te-laat", "enter")
        await settle(pilot)
        assert grid.total == 0


async def test_the_footer_shows_each_key_once(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(200, 35)) as pilot:
        await settle(pilot)
        for key in ("a", "b", "l"):
            await pilot.press(key)
            await settle(pilot)
            keys = [footer_key.key for footer_key in app.screen.query(FooterKey)]
            assert len(keys) == len(set(keys)), (key, keys)
            assert keys.count("ctrl+p") == 1 and "d" in keys
        app.open_item(1)
        await settle(pilot)
        keys = [footer_key.key for footer_key in app.screen.query(FooterKey)]
        assert len(keys) == len(set(keys)), keys


async def test_form_placeholders_are_dim_hints(make_app: Any) -> None:
    from kamertaak.tui.screens.item_form import PLACEHOLDERS

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        for field, hint in PLACEHOLDERS.items():
            assert form.query_one(f"#form-{field}", Input).placeholder == hint
        examples = [hint for hint in PLACEHOLDERS.values() if "bijv. " in hint]
        assert len(examples) == len(PLACEHOLDERS)
        title = form.query_one("#form-title", Input)
        style = title.get_component_rich_style("input--placeholder")
        assert style.italic
        typed = title.rich_style
        assert style.color != typed.color


async def _footer_at(make_app: Any, width: int) -> list[tuple[str, list[str], list[str]]]:
    """For each main screen and the detail at `width` columns: (screen, the footer's key labels as drawn,
    the shown bindings that are left out of it)."""
    from textual.widgets import Footer

    found = []
    app = make_app()
    async with app.run_test(size=(width, 40)) as pilot:
        for step in ("a", "b", "l", "detail"):
            if step == "detail":
                app.open_item(1)
            else:
                await pilot.press(step)
            await settle(pilot)
            footer = app.screen.query_one(Footer)
            keys = list(footer.query(FooterKey))
            # Drawn whole: each label inside the footer, none under the next one.
            spans = sorted((k.region.x, k.region.right) for k in keys)
            assert all(k.region.width > 0 and k.region.right <= width for k in keys), (step, width)
            assert all(end <= start for (_, end), (start, _) in pairwise(spans)), (step, spans)
            labels = [f"{k.key_display} {k.description}" for k in keys]
            # The bottom line of the screen as drawn holds every label in full.
            bottom = "".join(s.text for s in app.screen._compositor.render_strips()[-1])
            assert all(label in bottom for label in labels), (step, bottom)
            here = f"show_mode('{app.current_mode}')"
            shown = {key for key, active in app.screen.active_bindings.items()
                     if active.binding.show and active.binding.action != here}
            found.append((step, labels, sorted(shown - {k.key for k in keys})))
    return found


async def test_every_footer_key_is_whole_at_120_columns(make_app: Any) -> None:
    """Issue 14: at 120 columns the table's and the detail's footers ran off the edge (d, u and ? cut).
    Now every key a screen shows is in its footer once and readable in full, the palette key at the edge."""
    for step, labels, left_out in await _footer_at(make_app, 120):
        assert left_out == [], (step, labels)
        assert len(labels) == len(set(labels)) and labels[-1] == "^p Opdrachten", (step, labels)
        assert "? Help" in labels and "d Afgerond" in labels and "u Ongedaan" in labels, (step, labels)
    # The main screen one is on has no key of its own in the footer (pressing it again goes to its top).
    screens = {step: labels for step, labels, _ in await _footer_at(make_app, 120)}
    assert "a Agenda" not in screens["a"] and "b Borden" not in screens["b"] and "l Lijst" not in screens["l"]
    assert "a Agenda" in screens["l"] and "space Markeer" in screens["l"] and "esc Terug" in screens["detail"]


async def test_a_narrow_footer_leaves_out_the_least_needed_keys_never_help(make_app: Any) -> None:
    for width in (100, 80):
        for step, labels, left_out in await _footer_at(make_app, width):
            assert "? Help" in labels and labels[-1] == "^p Opdrachten", (width, step, labels)
            if step == "detail":
                assert "esc Terug" in labels, labels
            if width == 80:
                assert left_out, (step, labels)  # something had to give at 80 columns


async def test_the_palette_offers_every_status_the_item_may_move_to(make_app: Any, db_path: Path) -> None:
    """[ ] pass over verworpen (it sits past uitgevoerd on the board); the palette names each allowed move."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = await to_table(pilot)
        grid.cursor = 3  # #2, a motion, aangekondigd
        await pilot.press("d")  # → ingediend
        await settle(pilot)
        assert read(db_path, 2)["status"] == "submitted"
        await pilot.press("ctrl+p", *"Status: verworpen")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert read(db_path, 2)["status"] == "rejected"
        await pilot.press("ctrl+p", *"Status: aangenomen")  # not allowed from verworpen: not offered
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert read(db_path, 2)["status"] == "rejected"


async def test_ctrl_c_says_in_dutch_how_to_leave(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code is None
        assert notes_of(app)[-1] == "Afsluiten?: stoppen met ctrl+q"
        # u5 bug 8: in a form (a text field has the focus) ctrl+c said nothing at all.
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        app.clear_notifications()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert notes_of(app) == ["Afsluiten?: stoppen met ctrl+q"] and isinstance(app.screen, ItemFormScreen)
        assert app.return_code is None
        # With text selected in the field, ctrl+c copies it, as the field's own key did.
        from textual.widgets.input import Selection

        title = app.screen.query_one("#form-title", Input)
        await pilot.press(*"Brief over opvang")
        title.selection = Selection(0, 5)
        app.clear_notifications()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == "Brief" and notes_of(app) == []
