"""Typing ahead: a terminal hands the app a burst of keys at once (a fast typist, a paste, tmux send-keys).
Text typed right after Tab goes to the field Tab moved to, and keys typed for a form that has since been
saved do not become the agenda's hotkeys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pilot_tools import SIZE, notes_of, settle
from textual import events
from textual.widgets import Input

from kamertaak.store.queries import ItemFilter, list_items
from kamertaak.store.service import Store
from kamertaak.tui.screens.agenda import AgendaScreen
from kamertaak.tui.screens.item_form import ItemFormScreen

SPECIAL = {" ": "space", "\t": "tab", "-": "minus"}


def burst(app: Any, keys: list[str]) -> None:
    """Post the keys at once, as the terminal driver does with one read of typed-ahead input (Pilot's own
    press waits for the app to go idle after each key, which hides the race)."""
    for key in keys:
        character = key if len(key) == 1 else None
        name = SPECIAL.get(key, key)
        app.post_message(events.Key(name, character if name != "tab" else None))


async def form_after(make_app: Any, keys: list[str], *, at_once: bool) -> dict[str, str]:
    """The item form's text fields after typing `keys` into a new one, slowly (Pilot) or at once."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        if at_once:
            burst(app, keys)
        else:
            await pilot.press(*(SPECIAL.get(k, k) for k in keys))
        await settle(pilot)
        return {field.id or "": field.value for field in app.screen.query(Input)}


async def test_text_typed_right_after_tab_goes_to_the_next_field(make_app: Any) -> None:
    keys = [*"Overleg VNG", "tab", *"31 februari"]
    slowly = await form_after(make_app, keys, at_once=False)
    assert slowly["form-title"] == "Overleg VNG" and slowly["form-due"] == "31 februari"
    # u8 finding 5: at once, '31 februari' was appended to the title while the mark said termijn.
    assert await form_after(make_app, keys, at_once=True) == slowly


async def test_text_typed_right_after_shift_tab_goes_to_the_field_before(make_app: Any) -> None:
    keys = [*"Overleg", "tab", *"morgen", "shift+tab", *" VNG", "tab", "tab", "tab", *"Jetten"]
    slowly = await form_after(make_app, keys, at_once=False)
    assert slowly["form-due"] == "morgen" and slowly["form-actors"] == "Jetten"
    assert await form_after(make_app, keys, at_once=True) == slowly


async def test_text_typed_right_after_n_goes_to_the_new_forms_title(make_app: Any) -> None:
    """n opens the form, which puts the focus on its title once it is mounted: the 'O' of 'Overleg' typed right
    after the n went to the screen's first widget (the kind dropdown) and was lost."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, ["n", *"Overleg VNG", "tab", *"morgen"])
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        fields = {field.id: field.value for field in app.screen.query(Input)}
        assert (fields["form-title"], fields["form-due"]) == ("Overleg VNG", "morgen")


async def test_a_field_key_typed_amid_letters_acts_where_it_was_typed(make_app: Any) -> None:
    """Backspace, ctrl+u and the arrows are a field's bindings: they acted only after the key had bubbled up to
    the app, behind the letters typed after them (tmux: '31 februari' ctrl+u 'binnen tien werkdagen' left
    'kdagen')."""
    keys = [*"Overleg VMG", "backspace", "backspace", *"NG", "tab", *"31 februari", "ctrl+u", *"binnen tien werkdagen",
            "home", *"uiterlijk ", "end", *["left"] * 9, "delete", "W"]
    slowly = await form_after(make_app, keys, at_once=False)
    assert slowly["form-title"] == "Overleg VNG"
    assert slowly["form-due"] == "uiterlijk binnen tien Werkdagen"
    assert await form_after(make_app, keys, at_once=True) == slowly


async def test_keys_typed_before_a_save_closed_the_form_are_not_agenda_hotkeys(
        make_app: Any, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        # Saved with ctrl+s, then typed on as if the form were still open: b, i and n are the agenda's keys
        # for the boards, the register inbox and a new item; d would finish the item under the cursor.
        burst(app, [*"Overleg VNG", "ctrl+s", *"binnen tien werkdagen"])
        await settle(pilot)

        assert isinstance(app.screen, AgendaScreen)
        assert app.current_mode == "agenda" and len(app.screen_stack) == 1
        # Not silently lost: a toast says what was typed and not used.
        assert any("binnen tien werkdagen" in note for note in notes_of(app))
        # Typed after the form closed: the agenda's keys work again.
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
    store = Store.open(str(db_path))
    try:
        titles = [item["title"] for item in list_items(store.db, ItemFilter(), store.today())]
    finally:
        store.close()
    assert "Overleg VNG" in titles
