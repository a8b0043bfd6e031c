"""Pilot tests from the user-acceptance pass: narrow boards, a short form, default reminders, plurals,
Dutch help and palette, and due phrases the form cannot make a date of."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pilot_tools import settle
from textual.containers import HorizontalScroll
from textual.widget import Widget
from textual.widgets import Static

from kamertaak.store.service import Store
from kamertaak.tui.screens.boards import BoardScreen
from kamertaak.tui.screens.item_form import ItemFormScreen
from kamertaak.tui.widgets.board.card import Card
from kamertaak.tui.widgets.board.column import BoardColumn


def in_view(widget: Widget, holder: Widget) -> bool:
    """Whether the whole widget shows inside the holder's window."""
    return holder.region.contains_region(widget.region)


def column_of(card: Card) -> BoardColumn:
    return next(node for node in card.ancestors if isinstance(node, BoardColumn))


async def open_board(pilot: Any, kind_key: str) -> BoardScreen:
    await settle(pilot)
    await pilot.press("b")
    await settle(pilot)
    await pilot.press(kind_key)
    await settle(pilot)
    board = pilot.app.screen
    assert isinstance(board, BoardScreen)
    return board


# -- 1. boards on a narrow terminal --------------------------------------------------------------------

def more_line(board: BoardScreen) -> str:
    line = board.query_one("#board-more", Static)
    return str(line.visual.plain) if line.display else ""


def every_status_in_sight(board: BoardScreen, holder: Widget) -> None:
    """Each motion status is a column wholly in view, or named in the line above the columns."""
    from kamertaak.core.kinds import LIFECYCLES
    from kamertaak.core.labels import status_label

    shown = {c.status for c in board.query(BoardColumn) if in_view(c, holder)}
    line = more_line(board)
    for status in LIFECYCLES["motion"].statuses:
        assert status in shown or status_label("motion", status) in line, (status, line)


async def test_board_folds_empty_columns_and_follows_a_moved_card(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 28)) as pilot:
        board = await open_board(pilot, "2")
        holder = board.query_one("#board-columns", HorizontalScroll)
        # Nine motion columns do not fit on 80: the eight empty ones fold into one line above the board.
        assert [c.status for c in board.query(BoardColumn)] == ["announced"]
        assert more_line(board).startswith("leeg: ingediend, aangehouden, aangenomen, deels uitgevoerd,")
        every_status_in_sight(board, holder)
        # announced → submitted → held → adopted → partial → executed: the card brings its column back.
        for _ in range(5):
            await pilot.press("right_square_bracket")
            await settle(pilot)
        card = app.focused
        assert isinstance(card, Card) and card.item["id"] == 2
        assert column_of(card).status == "executed"
        assert in_view(column_of(card), holder)
        assert "uitgevoerd" not in more_line(board).replace("deels uitgevoerd", "")
        every_status_in_sight(board, holder)


def add_motions(db_path: Path, paths: list[list[str]]) -> list[int]:
    store = Store.open(str(db_path))
    try:
        ids = []
        for n, path in enumerate(paths):
            item = store.add_item("motion", f"Motie nummer {n} over femicidecijfers", due="2025-05-01")
            for status in path:
                store.set_status(item, status)
            ids.append(item)
        return ids
    finally:
        store.close()


async def test_board_left_and_right_scroll_and_name_the_columns_out_of_view(make_app: Any, db_path: Path) -> None:
    # Motions in six statuses: six columns of at least 19 do not fit on 80 even with the empty ones folded.
    ids = add_motions(db_path, [["submitted"], ["submitted", "held"], ["submitted", "adopted"],
                                ["submitted", "rejected"], ["submitted", "withdrawn"]])
    app = make_app()
    async with app.run_test(size=(80, 28)) as pilot:
        board = await open_board(pilot, "2")
        holder = board.query_one("#board-columns", HorizontalScroll)
        assert [c.status for c in board.query(BoardColumn)] == [
            "announced", "submitted", "held", "adopted", "rejected", "withdrawn"]
        assert holder.max_scroll_x > 0 and holder.scroll_x == 0
        assert "meer rechts: verworpen (1), ingetrokken (1) →" in more_line(board)
        assert "meer links" not in more_line(board)
        every_status_in_sight(board, holder)
        assert isinstance(app.focused, Card) and app.focused.item["id"] == 2
        for _ in range(5):
            await pilot.press("right")  # card by card to the last column, "ingetrokken"
            await settle(pilot)
        assert isinstance(app.focused, Card) and app.focused.item["id"] == ids[-1]
        assert in_view(column_of(app.focused), holder)
        assert "← meer links: aangekondigd (1)" in more_line(board)
        assert "meer rechts" not in more_line(board)
        every_status_in_sight(board, holder)
        for _ in range(5):
            await pilot.press("left")
            await settle(pilot)
        assert isinstance(app.focused, Card) and app.focused.item["id"] == 2
        assert in_view(column_of(app.focused), holder) and holder.scroll_x == 0


async def test_motion_board_at_120_columns_shows_every_status(make_app: Any, db_path: Path) -> None:
    # u7 finding 10: at 120 columns the board ended at "uitgevoerd (0)"; verworpen, ingetrokken and
    # vervallen were off screen with no hint.
    add_motions(db_path, [["submitted", "rejected"]])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        board = await open_board(pilot, "2")
        holder = board.query_one("#board-columns", HorizontalScroll)
        assert holder.max_scroll_x == 0
        assert [c.status for c in board.query(BoardColumn)] == ["announced", "rejected"]
        every_status_in_sight(board, holder)
        # Wide enough for all nine: no line, nothing folded.
        await pilot.resize_terminal(200, 40)
        await settle(pilot)
        assert len(board.query(BoardColumn)) == 9 and more_line(board) == ""
        every_status_in_sight(board, holder)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert len(board.query(BoardColumn)) == 2
        every_status_in_sight(board, holder)


def marked_labels(screen: Any) -> list[str]:
    from textual.widgets import Label

    return [str(label.content) for label in screen.query(".form-label").results(Label)
            if str(label.content).startswith("▸ ")]


async def test_the_field_with_the_focus_is_marked_in_plain_text(make_app: Any) -> None:
    """u7 finding 11: Tab order did not show in a capture (colour only); a second Tab opened the debate
    dropdown and the typing went there. The label of the row with the focus starts with '▸ '."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        assert marked_labels(form) == ["▸ titel"]
        await pilot.press("tab")
        await settle(pilot)
        assert marked_labels(form) == ["▸ termijn"]
        await pilot.press("tab")
        await settle(pilot)
        assert marked_labels(form) == ["▸ debat"]
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        await settle(pilot)
        assert marked_labels(form) == ["▸ soort"]


# -- 2. the item form on a short terminal --------------------------------------------------------------

async def test_form_scrolls_keeps_the_save_hint_and_shows_its_own_keys(make_app: Any) -> None:
    from textual.widgets import Footer, Input
    from textual.widgets._footer import FooterKey

    app = make_app()
    async with app.run_test(size=(80, 28)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        fields = form.query_one("#form-fields")
        hint = form.query_one("#form-save-hint")
        assert "ctrl+s" in str(hint.render()) and form.region.contains_region(hint.region)
        last = form.query_one("#form-next_action", Input)
        assert not fields.region.contains_region(last.region)  # below the fold at first
        while app.focused is not last:
            await pilot.press("tab")
        await pilot.pause()
        assert fields.region.contains_region(last.region)
        assert form.region.contains_region(hint.region)
        # The footer is the form's: save and cancel, not the agenda's keys beneath.
        keys = [k.description for k in form.query_one(Footer).query(FooterKey)]
        assert "Bewaar" in keys and "Annuleer" in keys and "Agenda" not in keys


# -- 3. an item's default reminders on its detail ---------------------------------------------------------

async def test_detail_lists_default_reminders_beside_stored_ones(make_app: Any, settings_env: Path) -> None:
    from kamertaak import config

    settings_env.write_text('[reminders]\nmotion = ["3 dagen voor"]\ntask = []\n', encoding="utf-8")
    config.settings.cache_clear()
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        app.open_item(2)  # a motion due 14 April with a reminder stored for 9 April
        await settle(pilot)
        lines = str(app.screen.query_one("#detail-reminders", Static).visual.plain).splitlines()
        assert lines == ["2025-04-09  op een moment  (actief)",
                         "2025-04-11  3 dagen voor de termijn (standaard)  (actief)"]
        app.open_item(4)  # a task: no defaults in this config, none stored
        await settle(pilot)
        assert str(app.screen.query_one("#detail-reminders", Static).visual.plain) == "geen herinneringen"


# -- 4. one of a thing is singular -------------------------------------------------------------------------

def status_text(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).visual.plain)


async def test_counts_of_one_are_singular(make_app: Any) -> None:
    from textual.widgets import Input

    from kamertaak.core.labels import counted

    assert [counted(n, "motie", "moties") for n in (0, 1, 2)] == ["0 moties", "1 motie", "2 moties"]
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        board = await open_board(pilot, "2")
        assert status_text(board, "#board-status").startswith("1 motie ·")
        await pilot.press("1")
        await settle(pilot)
        assert status_text(board, "#board-status").startswith("3 toezeggingen ·")
        await pilot.press("l")
        await settle(pilot)
        app.screen.query_one("#table-filter", Input).value = "femicide"
        await settle(pilot)
        assert status_text(app.screen, "#table-status").startswith("1 item ·")


# -- 5. help and palette in Dutch -----------------------------------------------------------------------

TEXTUAL_WORDS = {"Up", "Down", "Scroll Left", "Scroll Up", "Page Up", "Select", "Focus Next", "Copy selected text",
                 "Keys", "Maximize", "Quit", "Screenshot", "Theme"}


async def test_help_lists_our_keys_and_textuals_only_in_dutch(make_app: Any) -> None:
    from kamertaak.tui.screens.help import FRAMEWORK_KEYS, HelpScreen

    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        for screen_key in ("a", "b", "l", "enter"):  # agenda, board, table, and a card's detail
            await pilot.press(screen_key)
            await settle(pilot)
            await pilot.press("question_mark")
            await settle(pilot)
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen)
            descriptions = [d for _, d in help_screen.everywhere + help_screen.here]
            assert not TEXTUAL_WORDS & set(descriptions)
            # Dutch words only, no English binding id in brackets ("Stop (quit)" read as untranslated to u3).
            assert not [d for d in descriptions if d.endswith(")")], descriptions
            assert set(FRAMEWORK_KEYS.values()) & set(descriptions)
            assert ("tab", "Volgend onderdeel") in help_screen.everywhere
            await pilot.press("escape")
            await settle(pilot)


async def test_palette_offers_dutch_system_commands_and_placeholder(make_app: Any) -> None:
    from textual.command import CommandInput, CommandList, CommandPalette

    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(CommandInput).placeholder == "Zoek een opdracht of item…"
        prompts = [str(getattr(o.prompt, "plain", o.prompt)) for o in palette.query_one(CommandList).options]
        shown = " | ".join(prompts)
        for dutch in ("Thema", "Schermafdruk", "Stoppen", "Nieuw item"):
            assert dutch in shown
        assert not any(word in prompt.split("\n")[0] for prompt in prompts for word in TEXTUAL_WORDS), prompts
        await pilot.press(*"Thema")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een thema…"


# -- 6. a due phrase that gives no date ------------------------------------------------------------------

async def open_form_with(pilot: Any, title: str, due: str) -> ItemFormScreen:
    from textual.widgets import Input

    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, ItemFormScreen)
    form.query_one("#form-title", Input).value = title
    form.query_one("#form-due", Input).value = due
    await pilot.pause()
    return form


async def test_form_warns_when_the_due_phrase_gives_no_date(make_app: Any, db_path: Path) -> None:
    from kamertaak.store.queries import get_item

    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        form = await open_form_with(pilot, "Brief over [b]opvang[/b]", "als het uitkomt")
        preview = form.query_one("#due-preview", Static).visual
        assert "let op: termijn 'als het uitkomt' niet herkend" in str(preview.plain)
        assert any("$text-warning" in str(span.style) for span in preview.spans)  # type: ignore[attr-defined]
        app.clear_notifications()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ItemFormScreen)
        [note] = list(app._notifications)
        assert note.severity == "warning"
        assert "toegevoegd: #7 toezegging Brief over [b]opvang[/b]" in note.message
        assert "let op: termijn 'als het uitkomt' niet herkend" in note.message
    store = Store.open(str(db_path))
    try:
        item = get_item(store.db, 7, store.today())
        assert item is not None and item["precision"] == "none" and item["due_phrase"] == "als het uitkomt"
    finally:
        store.close()


async def test_form_preview_takes_a_phrase_without_a_date_that_it_understands(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        form = await open_form_with(pilot, "Brief", "na overleg met de fractie")
        preview = form.query_one("#due-preview", Static).visual
        assert str(preview.plain).startswith("→ geen vaste datum (gebeurtenis)")
        assert not any("$text-warning" in str(span.style) for span in preview.spans)  # type: ignore[attr-defined]


async def test_form_shows_a_refused_date_as_one_line_and_stays_open(make_app: Any, monkeypatch: Any) -> None:
    from kamertaak.core.kinds import DomainError

    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        # A date that does not exist: the preview says so, the store refuses it, the form stays open.
        form = await open_form_with(pilot, "Brief", "31-02-2025")
        preview = str(form.query_one("#due-preview", Static).visual.plain)
        assert "termijn '31-02-2025' is geen bestaande datum" in preview
        app.clear_notifications()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form and not form.saving
        [note] = list(app._notifications)
        assert note.severity == "error" and "31-02-2025" in note.message

        # Whatever the store says comes on one line.
        def refuse(self: Store, *args: Any, **kwargs: Any) -> int:
            raise DomainError("termijn '30 februari' bestaat niet:\nfebruari heeft 28 dagen")

        monkeypatch.setattr(Store, "add_item", refuse)
        app.clear_notifications()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        [note] = list(app._notifications)
        assert note.message == "termijn '30 februari' bestaat niet: februari heeft 28 dagen"


# -- 5. the table's title uses the room of empty cells --------------------------------------------------

def test_a_long_title_runs_on_over_the_empty_cells_right_of_it() -> None:
    """u7 finding 11: at 120 columns 'Tweeminutendebat Zeden en (on)veiligheid v…' was cut off beside an empty
    owner cell; the title now runs on over it, and a row with an owner keeps that cell."""
    from kamertaak.tui.widgets.table.item_grid import layout, spilled_cells

    columns = layout(120)
    keys = [c.key for c, _ in columns]
    widths = {c.key: size for c, size in columns}
    title_width = widths["title"]
    title = "Tweeminutendebat Zeden en (on)veiligheid vrouwen"
    assert len(title) > title_width and keys[-1] == "owner"

    def cells(owner: str) -> dict[str, tuple[int, str]]:
        texts = [title if k == "title" else owner if k == "owner" else "x" for k in keys]
        return {c.key: (size, text) for c, size, text in spilled_cells(columns, texts)}

    alone = cells("")
    assert "owner" not in alone and alone["title"][0] >= len(title)
    owned = cells("anna")
    assert owned["owner"] == (widths["owner"], "anna") and owned["title"][0] == title_width
    # A title that fits leaves the empty cells where they are.
    short = spilled_cells(columns, ["Brief" if k == "title" else "" for k in keys])
    assert [c.key for c, _, _ in short] == keys


# -- the agenda on an 80-column terminal ---------------------------------------------------------------

async def test_agenda_lines_fit_80_columns_and_keep_saying_late(make_app: Any) -> None:
    """p4 (tenth session): at 80 columns the agenda's lines were laid out for a wider screen and wrapped,
    splitting the status over two lines. Each line now fits the list, and the overdue item still says so."""
    from rich.cells import cell_len
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=(80, 28)) as pilot:
        await settle(pilot)
        option_list = app.screen.query_one("#agenda-list", OptionList)
        room = option_list.scrollable_content_region.width
        lines = [option.prompt for option in option_list.options]
        plain_lines = [line.plain if hasattr(line, "plain") else str(line) for line in lines]
        assert all(cell_len(text) <= room for text in plain_lines), [t for t in plain_lines if cell_len(t) > room]
        late = [text for text in plain_lines if text.startswith("#1 ")]
        assert late and "2 dagen te laat" in late[0] and late[0].rstrip().endswith("openstaand"), late
        assert any(text.startswith("⏰") and "vandaag" in text for text in plain_lines), plain_lines


async def test_commitment_board_on_80_columns_gives_its_cards_the_width(make_app: Any) -> None:
    """p4 (tenth session): on 80 columns the four commitment columns fitted at 20 cells each, so the open
    commitments stood in one narrow column beside three empty ones, a title broken over six lines. The empty
    statuses fold into the line above the board when the columns would be narrower than a card needs."""
    app = make_app()
    async with app.run_test(size=(80, 28)) as pilot:
        board = await open_board(pilot, "1")
        holder = board.query_one("#board-columns", HorizontalScroll)
        shown = list(board.query(BoardColumn))
        assert [c.status for c in shown] == ["open"]
        assert shown[0].region.width >= 70
        assert more_line(board) == "leeg: deels voldaan, voldaan, vervallen"
        assert in_view(shown[0], holder)
    async with make_app().run_test(size=(160, 28)) as pilot:
        board = await open_board(pilot, "1")
        # wide enough for every column to hold a card: all four stand side by side, none folded
        assert len(list(board.query(BoardColumn))) == 4 and not more_line(board)
