"""Adding a short note; ctrl+e hands over to $EDITOR for a long one."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea

from kamertaak.tui.screens.base import typing_caught_up


class NoteScreen(ModalScreen[str | None]):
    """Returns the note text, TO_EDITOR to continue in the editor, or None when cancelled."""

    TO_EDITOR = "\x00editor"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Bewaar", id="note-save", priority=True),
        Binding("ctrl+e", "editor", "In $EDITOR", id="note-editor", priority=True),
        Binding("escape", "cancel", "Annuleer", id="note-cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Label("Notitie toevoegen", classes="dialog-title")
            yield TextArea(id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Label("ctrl+s bewaren · ctrl+e verder in je editor · Esc annuleren", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#note-text", TextArea).focus()

    async def action_save(self) -> None:
        await typing_caught_up(self)
        if self.app.screen is not self:
            return
        text = self.query_one("#note-text", TextArea).text
        self.dismiss(text if text.strip() else None)

    async def action_editor(self) -> None:
        await typing_caught_up(self)
        if self.app.screen is not self:
            return
        # What was typed so far goes along into the editor.
        self.dismiss(self.TO_EDITOR + self.query_one("#note-text", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
