"""The kamertaak TUI: agenda, boards, table and detail on top of the store.

Every database call runs in a thread worker through the StoreGate; workers post messages and the
handlers here and on the screens own every change to the interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.screen import ModalScreen, Screen

from kamertaak import config
from kamertaak.core.kinds import DomainError
from kamertaak.store.db import DatabaseError
from kamertaak.store.service import Store
from kamertaak.tui.commands import KamertaakCommands
from kamertaak.tui.gate import StoreGate
from kamertaak.tui.messages import OpenItem, StoreChanged
from kamertaak.tui.screens.base import DataScreen

if TYPE_CHECKING:
    from kamertaak.tui.screens.triage_source import TriageSource

T = TypeVar("T")

REMINDER_CHECK_SECONDS = 60.0
# More reminder toasts than this at once would cover the screen; the rest are counted in one toast.
REMINDER_TOASTS = 4


def _agenda() -> Screen[Any]:
    from kamertaak.tui.screens.agenda import AgendaScreen

    return AgendaScreen()


def _boards() -> Screen[Any]:
    # Imported when first shown: the agenda paints without paying for the other screens.
    from kamertaak.tui.screens.boards import BoardScreen

    return BoardScreen()


def _table() -> Screen[Any]:
    from kamertaak.tui.screens.table import TableScreen

    return TableScreen()


class KamertaakApp(App[None]):
    """The terminal app a lobbyist lives in: agenda, boards, table, detail, quick add."""

    CSS_PATH = "app.tcss"
    TITLE = "kamertaak"
    COMMANDS = App.COMMANDS | {KamertaakCommands}
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        "agenda": _agenda, "boards": _boards, "table": _table,
    }
    DEFAULT_MODE = "agenda"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "show_mode('agenda')", "Agenda", id="agenda", tooltip="De agenda van vandaag"),
        Binding("b", "show_mode('boards')", "Borden", id="boards", tooltip="Borden per soort en status"),
        Binding("l", "show_mode('table')", "Lijst", id="table", tooltip="Alle items in een tabel"),
        Binding("slash", "filter", "Filter", id="filter", tooltip="Filter de lijst of het bord"),
        Binding("n", "quick_add", "Nieuw", id="quick-add", tooltip="Snel een item toevoegen"),
        Binding("e", "edit", "Wijzig", id="edit", tooltip="Het gekozen item wijzigen"),
        Binding("u", "undo", "Ongedaan", id="undo", tooltip="De laatste wijziging ongedaan maken"),
        # Shift+t: a plain t adds a note on the detail screen. Out of the footer, which is full; help lists it.
        Binding("T", "triage", "Triage", id="triage", show=False, tooltip="Voorstellen uit een debattekst"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Alle toetsen"),
        Binding("ctrl+p", "command_palette", "Opdrachten", id="command-palette", priority=True,
                tooltip="Zoek een item of opdracht"),
        Binding("ctrl+q", "quit", "Stop", id="quit", priority=True, show=False, tooltip="kamertaak afsluiten"),
    ]
    # Actions that make no sense while a form or dialog is open on top.
    _SCREEN_ACTIONS = frozenset({"show_mode", "filter", "quick_add", "edit", "undo", "help", "triage"})

    data_version: var[int] = var(0)

    def __init__(self, db: str | None = None, *, watch_reminders: bool = True) -> None:
        super().__init__()
        settings = config.settings()
        self.gate = StoreGate(db or settings.db)
        # A second connection for counts over big results, so they run beside the page queries.
        self.count_gate = StoreGate(db or settings.db)
        self.today: dt.date = config.today()
        self.sections_cap = settings.sections_cap
        self.reminder_defaults: dict[str, list[str]] = dict(settings.reminders)
        self.watch_reminders = watch_reminders
        # References ("5", or "12:7" for a default) already shown as a toast in this session.
        self._notified: set[str] = set()
        self._keymap_problems: list[str] = []
        if settings.keymap:
            self.set_keymap(settings.keymap)

    # -- life cycle --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.check_reminders()
        if self.watch_reminders:
            self.set_interval(REMINDER_CHECK_SECONDS, self.check_reminders)

    def on_unmount(self) -> None:
        self.gate.close()
        self.count_gate.close()

    # -- running store work off the UI thread ------------------------------------------------------

    def store_call(self, fn: Callable[[Store], T]) -> T | None:
        """Run `fn` on the store thread from a worker; user errors become a notification and None."""
        try:
            return self.gate.call(fn)
        except (DomainError, DatabaseError) as exc:
            self.notify(str(exc), title="Niet gelukt", severity="error", markup=False)
            return None

    @work(thread=True, group="mutate")
    def mutate(self, fn: Callable[[Store], Any], summary: Callable[[Any], str] | str) -> None:
        """Change the store in a worker; on success tell the user and let the screens reload."""
        try:
            result = self.gate.call(fn)
        except (DomainError, DatabaseError) as exc:
            self.notify(str(exc), title="Niet gelukt", severity="error", markup=False)
            return
        text = summary(result) if callable(summary) else summary
        self.post_message(StoreChanged(text))

    def on_store_changed(self, message: StoreChanged) -> None:
        self.data_version += 1
        if message.summary:
            self.notify(message.summary, markup=False)
        screen = self.screen
        if isinstance(screen, DataScreen):
            screen.reload()

    # -- reminders -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="reminders")
    def check_reminders(self) -> None:
        """Toast the reminders due now, stored and the kinds' defaults (as `kamertaak remind` lists them)."""
        from kamertaak.store.reminders import due_now

        defaults = self.reminder_defaults
        due = self.store_call(lambda s: due_now(s.db, config.now(), s.today(), defaults))
        if due is None:
            return
        fresh = [r for r in due if r["reminder"]["ref"] not in self._notified]
        self._notified.update(r["reminder"]["ref"] for r in fresh)
        self.call_from_thread(self._toast_reminders, fresh)

    def _toast_reminders(self, fresh: list[dict[str, Any]]) -> None:
        from kamertaak.core.text import one_line
        from kamertaak.tui.present import due_words
        from kamertaak.tui.screens.agenda import reminder_when

        for item in fresh[:REMINDER_TOASTS]:
            due = due_words(item, self.today)
            text = one_line(item["title"], 80) + (f"\ntermijn: {due}" if due else "")
            self.notify(text, title=f"Herinnering · #{item['id']} · {reminder_when(item['reminder'])}", timeout=12,
                        markup=False)
        if len(fresh) > REMINDER_TOASTS:
            self.notify(f"en nog {len(fresh) - REMINDER_TOASTS} herinneringen: zie de agenda",
                        title="Herinneringen", timeout=12, markup=False)

    # -- actions -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action in self._SCREEN_ACTIONS and isinstance(self.screen, ModalScreen))

    def action_show_mode(self, mode: str) -> None:
        """Go to a main screen; pressing its key again returns to its top (closing a detail)."""
        if self.current_mode == mode:
            while len(self.screen_stack) > 1 and not isinstance(self.screen, ModalScreen):
                self.pop_screen()
            return
        self.switch_mode(mode)

    def action_filter(self) -> None:
        screen = self.screen
        if isinstance(screen, DataScreen) and screen.focus_filter():
            return
        # The agenda and the detail have no filter: the table is where filtering happens.
        self.switch_mode("table")
        self.call_after_refresh(self._focus_table_filter)

    def _focus_table_filter(self) -> None:
        if isinstance(self.screen, DataScreen):
            self.screen.focus_filter()

    def filter_table(self, text: str) -> None:
        """Show the table with a filter line set (the palette's "filter op partij")."""
        def apply() -> None:
            if isinstance(self.screen, DataScreen):
                self.screen.apply_filter_text(text)

        if self.current_mode != "table":
            self.switch_mode("table")
        self.call_after_refresh(apply)

    def filter_board(self, kind: str) -> None:
        """Show the board of one kind (the palette's "bord ...")."""
        def apply() -> None:
            from kamertaak.tui.screens.boards import BoardScreen

            if isinstance(self.screen, BoardScreen):
                self.screen.show_kind(kind)

        if self.current_mode != "boards":
            self.switch_mode("boards")
        self.call_after_refresh(apply)

    def action_quick_add(self) -> None:
        from kamertaak.tui.screens.item_form import ItemFormScreen

        hint = self.screen.context_hint() if isinstance(self.screen, DataScreen) else {}
        self.push_screen(ItemFormScreen(defaults=hint))

    def action_edit(self) -> None:
        from kamertaak.tui.screens.item_form import ItemFormScreen

        item_id = self.screen.current_item_id() if isinstance(self.screen, DataScreen) else None
        if item_id is None:
            self.notify("kies eerst een item om te wijzigen", severity="warning")
            return
        self.push_screen(ItemFormScreen(item_id=item_id))

    def action_undo(self) -> None:
        self.mutate(lambda s: s.undo(), lambda sentence: str(sentence))

    def action_triage(self) -> None:
        """Ask for a text (a debate's or a file), then show its proposals."""
        from kamertaak.tui.screens.triage_source import TriageSourceScreen

        def chosen(source: TriageSource | None) -> None:
            if source is not None:
                self.open_triage(source)

        self.push_screen(TriageSourceScreen(), chosen)

    def open_triage(self, source: TriageSource) -> None:
        from kamertaak.tui.screens.triage import TriageScreen

        self.push_screen(TriageScreen(source))

    def action_help(self) -> None:
        from kamertaak.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.screen))

    @work(thread=True, group="export")
    def export_week(self) -> None:
        """Write this week's Markdown report (week-2025-W15.md) in the directory kamertaak was started in."""
        from pathlib import Path

        from kamertaak.reports.markdown import current_week, weekly_report

        today = self.today
        start, end = current_week(today)
        text = self.store_call(lambda s: weekly_report(s.db, start, end, today))
        if text is None:
            return
        year, week, _ = start.isocalendar()
        path = Path.cwd() / f"week-{year}-W{week:02d}.md"
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.notify(f"kan {path} niet schrijven: {exc.strerror or exc}", title="Niet gelukt", severity="error",
                        markup=False)
            return
        self.notify(f"weekoverzicht {start.isoformat()} t/m {end.isoformat()} geschreven naar {path}",
                    title="Exporteer deze week", timeout=10, markup=False)

    def on_open_item(self, message: OpenItem) -> None:
        self.open_item(message.item_id)

    def open_item(self, item_id: int) -> None:
        from kamertaak.tui.screens.detail import DetailScreen

        if isinstance(self.screen, ModalScreen):
            self.pop_screen()
        current = self.screen
        if isinstance(current, DetailScreen) and current.item_id == item_id:
            return
        self.push_screen(DetailScreen(item_id))


def run(db: str | None = None) -> None:
    """Open the TUI on the database (the configured one when None)."""
    KamertaakApp(db).run()
