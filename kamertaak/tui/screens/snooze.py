"""Snoozing a reminder: one day, one week, or until a date the user types."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from kamertaak.core.labels import date_nl


def snooze_until(choice: str, today: dt.date, typed: str = "") -> str | None:
    """The date (ISO) a snooze choice means; None when a typed date is not a date after today."""
    if choice == "day":
        return (today + dt.timedelta(days=1)).isoformat()
    if choice == "week":
        return (today + dt.timedelta(days=7)).isoformat()
    try:
        day = dt.date.fromisoformat(typed.strip())
    except ValueError:
        return None
    return day.isoformat() if day > today else None


class SnoozeScreen(ModalScreen[str | None]):
    """Returns the ISO date the reminder sleeps until, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Annuleer", id="snooze-cancel")]

    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(id="snooze-dialog", classes="dialog"):
            yield Label("Herinnering sluimeren", classes="dialog-title")
            yield OptionList(
                Option(f"1 dag (tot {date_nl(self.today + dt.timedelta(days=1))})", id="day"),
                Option(f"1 week (tot {date_nl(self.today + dt.timedelta(days=7))})", id="week"),
                Option("tot een datum…", id="date"),
                id="snooze-choices",
            )
            yield Input(placeholder="JJJJ-MM-DD, dan Enter", id="snooze-date", classes="hidden")
            yield Label("", id="snooze-problem", classes="problem")

    @on(OptionList.OptionSelected, "#snooze-choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == "date":
            field = self.query_one("#snooze-date", Input)
            field.remove_class("hidden")
            field.focus()
            return
        self.dismiss(snooze_until(event.option.id or "", self.today))

    @on(Input.Submitted, "#snooze-date")
    def typed(self, event: Input.Submitted) -> None:
        until = snooze_until("date", self.today, event.value)
        if until is None:
            self.query_one("#snooze-problem", Label).update("geef een datum na vandaag, als JJJJ-MM-DD")
            return
        self.dismiss(until)

    def action_cancel(self) -> None:
        self.dismiss(None)
