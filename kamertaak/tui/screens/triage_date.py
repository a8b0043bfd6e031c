"""Giving the debate's date in triage when the text names none (as `triage --ref` does on the command line)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from kamertaak.core.extract.header import header_date
from kamertaak.tui.due_preview import typed_date


def debate_day(typed: str, today: dt.date) -> dt.date | None:
    """The date typed as JJJJ-MM-DD or as a header would write it ("dinsdag 24 november 2026",
    "24-11-2026", "24 november": the last one on or before today); None when it is no date."""
    text = " ".join(typed.split())
    if not text:
        return None
    return typed_date(text) or header_date(text + "\n", today)


class DebateDateScreen(ModalScreen[dt.date | None]):
    """Returns the debate date the user typed, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Annuleer", id="triage-date-cancel")]

    def __init__(self, today: dt.date, current: dt.date | None) -> None:
        super().__init__()
        self.today = today
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="triage-date-dialog", classes="dialog"):
            yield Label("Datum van het debat", classes="dialog-title")
            yield Input(self.current.isoformat() if self.current else "", id="triage-date",
                        placeholder="JJJJ-MM-DD of bijv. dinsdag 24 november 2026, dan Enter")
            yield Label("", id="triage-date-problem", classes="problem")
            yield Label("termijnen worden vanaf deze datum berekend · Esc annuleert", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#triage-date", Input).focus()

    @on(Input.Submitted, "#triage-date")
    def typed(self, event: Input.Submitted) -> None:
        day = debate_day(event.value, self.today)
        if day is None:
            self.query_one("#triage-date-problem", Label).update(
                "geen datum: geef JJJJ-MM-DD of bijv. 'dinsdag 24 november 2026'")
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        self.dismiss(None)
