"""Giving items an owner: one line, for the item under the cursor or every marked row of the table."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class OwnerScreen(ModalScreen[str | None]):
    """Returns the owner typed ('' clears it), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Annuleer", id="owner-cancel")]

    def __init__(self, what: str, current: str = "") -> None:
        super().__init__()
        self.what = what
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="owner-dialog", classes="dialog"):
            yield Label(f"Eigenaar van {self.what}", classes="dialog-title")
            yield Input(self.current, placeholder="bijv. anna (leeg: geen eigenaar)", id="owner-name")
            yield Label("Enter bewaart · Esc annuleert", classes="hint")

    @on(Input.Submitted, "#owner-name")
    def typed(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
