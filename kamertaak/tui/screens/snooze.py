"""Snoozing a reminder: one day, one week (or until the item's due date when that comes first), or until a
date the user types."""

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


def snooze_until(choice: str, today: dt.date, typed: str = "", due: dt.date | None = None) -> str | None:
    """The date (ISO) a snooze choice means; None when a typed date is not a date after today."""
    if choice == "due" and due is not None:
        return due.isoformat()
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

    def __init__(self, today: dt.date, due: dt.date | None = None) -> None:
        """`due`: the item's due date; a snooze may not carry the reminder past one still ahead (the store
        refuses it), so a week that would is offered as 'tot de termijn' instead."""
        super().__init__()
        self.today = today
        self.due = due

    def compose(self) -> ComposeResult:
        with Vertical(id="snooze-dialog", classes="dialog"):
            yield Label("Herinnering sluimeren", classes="dialog-title")
            week = self._week_option()
            yield OptionList(
                Option(f"1 dag (tot {date_nl(self.today + dt.timedelta(days=1))})", id="day"),
                *([week] if week is not None else []),
                Option("tot een datum…", id="date"),
                id="snooze-choices",
            )
            yield Input(placeholder="JJJJ-MM-DD, dan Enter", id="snooze-date", classes="hidden")
            yield Label("", id="snooze-problem", classes="problem")

    def _week_option(self) -> Option | None:
        """A week, or the due date when that comes first (none when it is tomorrow: '1 dag' reaches it)."""
        week = self.today + dt.timedelta(days=7)
        if self.due is not None and self.today < self.due < week:
            if self.due <= self.today + dt.timedelta(days=1):
                return None
            return Option(f"tot de termijn ({date_nl(self.due)}; een week valt erna)", id="due")
        return Option(f"1 week (tot {date_nl(week)})", id="week")

    @on(OptionList.OptionSelected, "#snooze-choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == "date":
            field = self.query_one("#snooze-date", Input)
            field.remove_class("hidden")
            field.focus()
            return
        self.dismiss(snooze_until(event.option.id or "", self.today, due=self.due))

    @on(Input.Submitted, "#snooze-date")
    def typed(self, event: Input.Submitted) -> None:
        until = snooze_until("date", self.today, event.value)
        if until is None:
            self.query_one("#snooze-problem", Label).update("geef een datum na vandaag, als JJJJ-MM-DD")
            return
        self.dismiss(until)

    def action_cancel(self) -> None:
        self.dismiss(None)
