"""What every data screen shares (reloading when the store changed, the item under the cursor), and the
typed app for dialogs."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView
    from kamertaak.tui.app import KamertaakApp

DialogResult = TypeVar("DialogResult")


class DataScreen(Screen[None]):
    """A screen that shows store data: it loads when shown, and again when the app's data version moved on."""

    # The app's data version when this screen last started loading because of it.
    loaded_version: int = -1

    @property
    def kt(self) -> KamertaakApp:
        """The app, typed (screens only ever run inside KamertaakApp)."""
        return cast("KamertaakApp", self.app)

    def reload(self) -> None:
        """Start loading this screen's data in a worker."""

    def refresh_data(self) -> None:
        """Reload after someone else changed the database, keeping the cursor and the scroll where they
        are as far as the new data allows (screens that would lose them override this)."""
        self.reload()

    def catch_up(self, *, keep_place: bool = False) -> None:
        """Load the data of the app's current data version, unless that load has already started
        (a screen is shown and told of a change at about the same time). `keep_place`: refresh_data."""
        version = self.kt.data_version
        if self.loaded_version == version:
            return
        self.loaded_version = version
        if keep_place:
            self.refresh_data()
        else:
            self.reload()

    def on_screen_resume(self) -> None:
        # Also the first load: a screen is resumed when it is first shown.
        self.catch_up()

    def current_item_id(self) -> int | None:
        """The item the user is looking at or has the cursor on, if any."""
        return None

    def status_items(self) -> list[ItemView]:
        """The items d, [ and ] move (as the store's item views): the one under the cursor, or on the
        table the marked rows; [] when there is none."""
        return []

    def focus_filter(self) -> bool:
        """Put the cursor in this screen's filter; False when the screen has none."""
        return False

    def apply_filter_text(self, text: str) -> bool:
        """Set this screen's filter line (from the palette); False when the screen has none."""
        return False

    def context_hint(self) -> dict[str, Any]:
        """Defaults for a new item made from this screen (e.g. the board's kind)."""
        return {}

    def item_made(self, item_id: int) -> None:
        """A new item was made from this screen (n); the screens that show what was made there say so."""


def fields_from_the_start(screen: Screen[Any]) -> None:
    """Each text field of a form from its first letter: an Input opens at its end, which hides a long title's start
    ('errasverwarmingen')."""
    from textual.widgets import Input

    for field_input in screen.query(Input):
        field_input.cursor_position = 0


# How long a save waits at most for the text fields to take in what was typed before it (a field that is
# being removed never answers).
CATCH_UP_SECONDS = 1.0


async def typing_caught_up(screen: Screen[Any]) -> None:
    """Wait until every text field of `screen` has handled the keys already handed to it. A save key (ctrl+s)
    is a priority key: the app runs it as soon as it reads it, while the letters typed just before it may
    still wait in a field's queue (a burst of typed-ahead keys: a fast typist, tmux send-keys). Read the
    fields after this, and the save has all of them."""
    from textual.widgets import Input, TextArea

    waits: list[asyncio.Event] = []
    for field in screen.query("Input, TextArea"):
        if not isinstance(field, (Input, TextArea)):
            continue
        handled = asyncio.Event()
        # A callback queued behind the keys: when it runs, the keys before it have been handled.
        if field.call_later(handled.set):
            waits.append(handled)
    if waits:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.gather(*(w.wait() for w in waits)), CATCH_UP_SECONDS)


# Before the label of the form row that holds the focus: where typing goes shows without colour too (a
# terminal capture, a screen reader's text), so a Tab that lands on a dropdown is seen before one types.
FOCUS_MARK = "▸ "


def mark_focused_row(screen: Screen[Any]) -> None:
    """Mark the label of the field holding the focus with FOCUS_MARK and the class -focused, and unmark the
    others: a .form-label is its row's (.form-row), a .form-label-wide the widget right under it."""
    from textual.widgets import Label

    focused = screen.focused
    around = [focused, *focused.ancestors] if focused is not None else []
    for label in screen.query(".form-label, .form-label-wide").results(Label):
        if label.has_class("form-label"):
            here = label.parent in around
        else:
            siblings = list(label.parent.children) if label.parent is not None else []
            after = siblings[siblings.index(label) + 1:]
            here = bool(after) and after[0] in around
        text = str(label.content)
        plain = text.removeprefix(FOCUS_MARK)
        label.set_class(here, "-focused")
        wanted = FOCUS_MARK + plain if here else plain
        if wanted != text:
            label.update(wanted)


class Dialog(ModalScreen[DialogResult]):
    """A dialog over a kamertaak screen; the label of the form row with the focus is marked (FOCUS_MARK)."""

    def on_descendant_focus(self) -> None:
        mark_focused_row(self)

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(mark_focused_row, self)

    @property
    def kt(self) -> KamertaakApp:
        """The app, typed (dialogs only ever run inside KamertaakApp)."""
        return cast("KamertaakApp", self.app)
