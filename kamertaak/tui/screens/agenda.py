"""The agenda, where the day starts: overdue, today, this week, soon, reminders and debates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kamertaak.core.dutch import weekday_name
from kamertaak.core.labels import (
    REMINDER_DISMISSED,
    SECTION_LABELS,
    counted,
    date_nl,
    debate_status_label,
    snoozed_words,
)
from kamertaak.core.text import one_line
from kamertaak.reports.detail import reminder_when
from kamertaak.tui.messages import OpenItem
from kamertaak.tui.present import MUTED_STYLE, item_line, literal_line
from kamertaak.tui.screens.base import DataScreen
from kamertaak.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView
    pass

ITEM_SECTIONS = ("overdue", "today", "week", "soon")


def _reminder_id(option_id: str | None) -> tuple[str, int] | None:
    """(reminder reference, item id) from an option id 'reminder:REF:ITEM'; a stored reminder's reference is
    its number ('5'), a default one's is 'ITEM:DAYS' ('12:7'), as `kamertaak remind` shows them."""
    if not option_id or not option_id.startswith("reminder:"):
        return None
    ref, _, item_id = option_id.removeprefix("reminder:").rpartition(":")
    return ref, int(item_id)


class AgendaScreen(DataScreen):
    """Sections with counts; Enter opens the item, z snoozes and x dismisses a reminder."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("z", "snooze", "Sluimer", id="agenda-snooze", tooltip="Herinnering later opnieuw"),
        Binding("x", "dismiss_reminder", "Afvinken", id="agenda-dismiss", tooltip="Herinnering wegdoen"),
    ]

    @dataclass
    class Loaded(Message):
        sections: dict[str, Any]

    sections: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        day = self.kt.today
        yield Static(Content.assemble(("Agenda", "bold"),
                                      f" · {weekday_name(day)} {date_nl(day)}"), id="screen-title")
        yield OptionList(Option(Content.styled("agenda laden…", MUTED_STYLE), disabled=True), id="agenda-list")
        yield KeyFooter()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="agenda")
    def load(self) -> None:
        from kamertaak.store.reminders import morning_agenda

        cap = self.kt.sections_cap
        defaults = self.kt.reminder_defaults
        sections = self.kt.store_call(lambda s: morning_agenda(s.db, s.today(), defaults, cap=cap))
        if sections is not None:
            self.post_message(self.Loaded(sections))

    @on(Loaded)
    def show_sections(self, message: Loaded) -> None:
        self.sections = message.sections
        self._render_sections()

    def _render_sections(self) -> None:
        if self.sections is None:
            return
        option_list = self.query_one("#agenda-list", OptionList)
        keep = option_list.highlighted_option.id if option_list.highlighted_option else None
        position = option_list.highlighted
        option_list.set_options(self._options(self.sections))
        self._restore_highlight(option_list, keep, position)

    def on_resize(self) -> None:
        # Lines are laid out in columns for the width: lay them out again.
        self._render_sections()

    def _options(self, sections: dict[str, Any]) -> list[Option | None]:
        today = self.kt.today
        # The option list has a scrollbar and padding: six cells the line may not use.
        width = self.app.size.width - 6
        options: list[Option | None] = []
        for name in ITEM_SECTIONS:
            count = sections[f"{name}_count"]
            options.append(self._header(name, count, "$text-error" if name == "overdue" and count else ""))
            for item in sections[name]:
                options.append(Option(item_line(item, today, width), id=f"item:{item['id']}"))
            shown = len(sections[name])
            if count > shown:
                options.append(Option(Content.styled(f"  … en nog {count - shown} (zie de lijst: l)", MUTED_STYLE),
                                      disabled=True))
            elif not count:
                options.append(Option(Content.styled("  niets", MUTED_STYLE), disabled=True))
        options += self._reminder_options(sections, width, "kamertaak remind")
        debates = sections["debates"]
        events = sections.get("events", [])
        options.append(self._header("debates", len(debates) + sections.get("events_count", len(events))))
        # The meetings among the items (a tweeminutendebat, the stemmingen) with the debates, by date.
        lines: list[tuple[str, int, int, Option]] = []
        for item in events:
            line = Content.assemble((f"{date_nl(item['due']):<19} ", "bold"), item_line(item, today, width - 20))
            lines.append((item["due"], 1, item["id"], Option(line, id=f"item:{item['id']}")))
        for d in debates:
            when = date_nl(d["date"]) + (f" {d['time']}" if d.get("time") else "")
            flagged = d.get("status") in ("cancelled", "moved")
            kind = literal_line(d["kind"] or "debat", 18)
            tail = Content.assemble(
                (f"  {debate_status_label(d['status'])}" if flagged else "", "$text-warning"),
                (f"  {one_line(d['number'], 20)}" if d.get("number") else "", MUTED_STYLE),
                ("  " + counted(d["items"], "item", "items"), MUTED_STYLE),
            )
            # the title takes what the date, kind and tail leave of the line
            title_width = max(12, width - 20 - kind.cell_length - 3 - tail.cell_length)
            line = Content.assemble((f"{when:<19} ", "bold"), kind, " · ", literal_line(d["title"], title_width), tail)
            lines.append((d["date"], 0, d["id"], Option(line, id=f"debate:{d['id']}")))
        options += [option for *_, option in sorted(lines, key=lambda row: row[:3])]
        if not lines:
            options.append(Option(Content.styled("  geen debatten gepland", MUTED_STYLE), disabled=True))
        return options

    def _reminder_options(self, sections: dict[str, Any], width: int, more: str) -> list[Option | None]:
        """The reminders section: a header with the count, a line per reminder (its id holds the reference
        z and x act on), '… en nog N (`more`)' past the cap."""
        today = self.kt.today
        reminders = sections["reminders"]
        count = sections.get("reminders_count", len(reminders))
        options: list[Option | None] = [self._header("reminders", count)]
        for item in reminders:
            reminder = item["reminder"]
            when = f"{reminder_when(reminder):<25} "
            line = Content.assemble(("⏰ ", ""), (when, MUTED_STYLE), item_line(item, today, width - 3 - len(when)))
            options.append(Option(line, id=f"reminder:{reminder['ref']}:{item['id']}"))
        if count > len(reminders):
            options.append(Option(Content.styled(f"  … en nog {count - len(reminders)} ({more})", MUTED_STYLE),
                                  disabled=True))
        if not reminders:
            options.append(Option(Content.styled("  geen herinneringen", MUTED_STYLE), disabled=True))
        return options

    @staticmethod
    def _header(name: str, count: int, style: str = "") -> Option:
        return Option(Content.assemble((f"{SECTION_LABELS[name]} ", f"bold {style}".strip()),
                                       (f"({count})", style or MUTED_STYLE)), disabled=True)

    @staticmethod
    def _restore_highlight(option_list: OptionList, keep: str | None, position: int | None = None) -> None:
        if keep is not None:
            try:
                option_list.highlighted = option_list.get_option_index(keep)
                return
            except Exception:  # the option is gone after the reload (a snoozed reminder): stay where it was
                pass
        options = option_list.options
        start = min(position or 0, max(0, len(options) - 1))
        # The nearest choosable line at or after the old place, else before it (a section may have emptied).
        for index in [*range(start, len(options)), *range(start - 1, -1, -1)]:
            if not options[index].disabled:
                option_list.highlighted = index
                return

    # -- choosing ---------------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#agenda-list")
    def open_option(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        kind, _, rest = option_id.partition(":")
        if kind == "item":
            self.post_message(OpenItem(int(rest)))
        elif kind == "reminder":
            pair = _reminder_id(option_id)
            if pair:
                self.post_message(OpenItem(pair[1]))
        elif kind == "debate":
            self.kt.filter_table(f"debat:{rest}")

    def current_item_id(self) -> int | None:
        option = self.query_one("#agenda-list", OptionList).highlighted_option
        if option is None or not option.id:
            return None
        kind, _, rest = option.id.partition(":")
        if kind == "item":
            return int(rest)
        pair = _reminder_id(option.id)
        return pair[1] if pair else None

    def status_items(self) -> list[ItemView]:
        item_id = self.current_item_id()
        if item_id is None or self.sections is None:
            return []
        for name in (*ITEM_SECTIONS, "reminders", "events"):
            for item in self.sections.get(name, []):
                if item["id"] == item_id:
                    return [item]
        return []

    def _highlighted_reminder(self) -> tuple[str, int] | None:
        option = self.query_one("#agenda-list", OptionList).highlighted_option
        pair = _reminder_id(option.id if option else None)
        if pair is None:
            self.notify("zet de cursor op een herinnering (onder Herinneringen)", severity="warning")
        return pair

    # -- reminders ----------------------------------------------------------------------------------

    def action_snooze(self) -> None:
        from kamertaak.tui.screens.snooze import SnoozeScreen

        pair = self._highlighted_reminder()
        if pair is None:
            return
        ref, item_id = pair

        def chosen(until: str | None) -> None:
            if until:
                from kamertaak.store.reminders import snooze

                moment = dt.datetime.combine(dt.date.fromisoformat(until[:10]), dt.time(0, 0))
                self.kt.mutate(lambda s: snooze(s, ref, moment),
                               f"herinnering bij item {item_id} {snoozed_words(moment.isoformat())}")

        due = next((item.get("due") for item in (self.sections or {}).get("reminders", []) if item["id"] == item_id),
                   None)
        day = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due)[:10]) if due else None
        self.app.push_screen(SnoozeScreen(self.kt.today, day), chosen)

    def action_dismiss_reminder(self) -> None:
        pair = self._highlighted_reminder()
        if pair is None:
            return
        ref, item_id = pair
        from kamertaak.store.reminders import dismiss

        self.kt.mutate(lambda s: dismiss(s, ref), f"herinnering bij item {item_id} {REMINDER_DISMISSED}")



class RemindersScreen(AgendaScreen):
    """Every reminder due now, uncapped (r, and the start-up summary points here): Enter opens the item,
    z snoozes, x dismisses, Esc goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Terug", id="reminders-back"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("Herinneringen", "bold"), " · wat nu afgaat (z: sluimer, x: afvinken)"),
                     id="screen-title")
        yield OptionList(Option(Content.styled("herinneringen laden…", MUTED_STYLE), disabled=True),
                         id="agenda-list")
        yield KeyFooter()

    @work(thread=True, exclusive=True, group="agenda")
    def load(self) -> None:
        from kamertaak import config
        from kamertaak.store.reminders import due_now

        defaults = self.kt.reminder_defaults
        due = self.kt.store_call(lambda s: due_now(s.db, config.now(), s.today(), defaults))
        if due is not None:
            self.post_message(self.Loaded({"reminders": due, "reminders_count": len(due)}))

    def _options(self, sections: dict[str, Any]) -> list[Option | None]:
        width = self.app.size.width - 6
        return self._reminder_options(sections, width, "")

    def action_back(self) -> None:
        self.app.pop_screen()
