"""The kamertaak TUI: agenda, boards, table and detail on top of the store.

Every database call runs in a thread worker through the StoreGate; workers post messages and the
handlers here and on the screens own every change to the interface.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import events, work
from textual._time import get_time
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.reactive import var
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, TextArea

from kamertaak import config
from kamertaak.core.errors import ConflictError, KamertaakError
from kamertaak.core.kinds import lifecycle
from kamertaak.core.labels import counted, kind_label, status_label
from kamertaak.core.text import one_line
from kamertaak.store.service import Store
from kamertaak.tui.commands import KamertaakCommands
from kamertaak.tui.gate import StoreGate
from kamertaak.tui.messages import ConflictFound, OpenItem, OthersChanged, StoreChanged
from kamertaak.tui.screens.base import DataScreen

if TYPE_CHECKING:
    from kamertaak.tui.screens.triage_source import TriageSource

T = TypeVar("T")

REMINDER_CHECK_SECONDS = 60.0
# More reminders than this at once would cover the screen: they become one summary toast (r opens them).
REMINDER_TOASTS = 3
# How long a reminder's toast stays: long enough to read, short enough not to sit over the table and a
# filter's results (u5: 15 s); the agenda's Herinneringen and `r` keep them.
REMINDER_TOAST_SECONDS = 6
# How often the TUI asks whether anyone else changed the database.
CHANGE_POLL_SECONDS = 2.0
# A sync running elsewhere changes the database every second or two: one "bijgewerkt" toast in this
# many seconds is enough (the screens still refresh on every change).
REFRESH_TOAST_GAP = 10.0
# How long the next typed key waits at most for the one before it to be handled (_follow_key): a widget busy for
# longer than this lets the keys go on as Textual hands them out.
KEY_FOLLOW_SECONDS = 2.0
# A key typed on a screen that has just opened waits (at most this many times this long) for its first field to
# take the focus.
SCREEN_FOCUS_WAITS = 20
SCREEN_FOCUS_WAIT = 0.01
# The delivery name of our screenshots (Textual's own "screenshot" toasts in English).
SCREENSHOT_DELIVERY = "kamertaak-schermafdruk"


def status_target(kind: str, status: str, how: str) -> str | None:
    """The status `how` ("next", "previous", "done", or "to:CODE" from the command palette) takes an item of
    `kind` to from `status`, or None."""
    lc = lifecycle(kind)
    if how.startswith("to:"):
        return how[3:] if lc.can_move(status, how[3:]) else None
    return lc.done_step(status) if how == "done" else lc.step(status, 1 if how == "next" else -1)


def no_step_words(kind: str, status: str, how: str) -> str:
    """Why an item does not move: 'actie is al afgerond (gedaan)', 'geen volgende status toegestaan vanaf …'."""
    here = status_label(kind, status)
    if how == "done" and status in lifecycle(kind).final:
        return f"{kind_label(kind)} is al afgerond ({here})"
    if how == "done":
        return f"geen stap vooruit vanaf {here}; kies de status met [ en ]"
    return f"geen {'volgende' if how == 'next' else 'vorige'} status toegestaan vanaf {here}"


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
        Binding("d", "status('done')", "Afgerond", id="status-done",
                tooltip="Afgerond (een motie: een stap verder op ingediend → aangenomen → uitgevoerd)"),
        Binding("right_square_bracket,shift+right", "status('next')", "Status →", id="status-next", show=False,
                tooltip="Naar de volgende toegestane status"),
        Binding("left_square_bracket,shift+left", "status('previous')", "← Status", id="status-previous",
                show=False, tooltip="Naar de vorige toegestane status"),
        Binding("u", "undo", "Ongedaan", id="undo", tooltip="De laatste wijziging ongedaan maken"),
        # Shift+t: a plain t adds a note on the detail screen. Out of the footer, which is full; help lists it.
        Binding("T", "triage", "Triage", id="triage", show=False, tooltip="Voorstellen uit een debattekst"),
        Binding("i", "register_inbox", "Registerinbox", id="register-inbox", show=False,
                tooltip="Nieuwe registerrecords van je volgregels"),
        Binding("r", "reminders", "Herinneringen", id="reminders", show=False,
                tooltip="Alle herinneringen die nu afgaan"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Alle toetsen"),
        # The footer shows ctrl+p once, at its right edge (Textual's own place for the palette key).
        Binding("ctrl+p", "command_palette", "Opdrachten", id="command-palette", priority=True, show=False,
                tooltip="Zoek een item of opdracht"),
        Binding("q", "leave", "Stop", id="leave", show=False, tooltip="kamertaak afsluiten"),
        Binding("ctrl+q", "quit", "Stop", id="quit", priority=True, show=False, tooltip="kamertaak afsluiten"),
        # Before a text field's own ctrl+c (copy), which said nothing when no text was selected.
        Binding("ctrl+c", "help_quit", show=False, priority=True, system=True),
        # Tab moves the focus the moment the app reads it, as a save key does. As the screen's own (not a
        # priority) key it ran only after the Tab had passed through the widgets, and the letters typed
        # right after it had by then gone to the field it was leaving ('Overleg VNG31 februari').
        Binding("tab", "app.focus_next", "Volgend onderdeel", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Vorig onderdeel", show=False, priority=True),
    ]
    # Actions that make no sense while a form or dialog is open on top.
    _SCREEN_ACTIONS = frozenset({"show_mode", "filter", "quick_add", "edit", "undo", "help", "triage",
                                 "register_inbox", "status", "reminders", "leave"})

    data_version: var[int] = var(0)

    def __init__(self, db: str | None = None, *, watch_reminders: bool = True, watch_changes: bool = True,
                 change_poll: float = CHANGE_POLL_SECONDS) -> None:
        super().__init__()
        settings = config.settings()
        self.gate = StoreGate(db or settings.db)
        # A second connection for counts over big results, so they run beside the page queries.
        self.count_gate = StoreGate(db or settings.db)
        self.today: dt.date = config.today()
        self.sections_cap = settings.sections_cap
        self.reminder_defaults: dict[str, list[str]] = dict(settings.reminders)
        self.watch_reminders = watch_reminders
        self.watch_changes = watch_changes
        self.change_poll = change_poll
        # The change token as this app last knew it; read and written on the store thread only.
        self._seen_token: tuple[int, ...] | None = None
        self._poll_pending = False
        self._last_refresh_toast = -REFRESH_TOAST_GAP
        # References ("5", or "12:7" for a default) already shown as a toast in this session.
        self._notified: set[str] = set()
        # When the last dialog closed (Textual's event clock), and what was typed before that but read after.
        self._dialog_closed_at = float("-inf")
        self._typed_for_closed_dialog: list[str] = []
        # Keys read while the one before is still being handled (_take_key), and the task that follows it.
        self._keys_waiting: deque[events.Key] = deque()
        self._key_in_flight = False
        self._key_follower: asyncio.Task[None] | None = None
        self._screen_of_last_key: Screen[Any] | None = None
        self._focus_waits = 0
        if settings.keymap:
            self.set_keymap(settings.keymap)

    # -- life cycle --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.check_reminders()
        if self.watch_reminders:
            self.set_interval(REMINDER_CHECK_SECONDS, self.check_reminders)
        if self.watch_changes:
            self.start_poll()
            self.set_interval(self.change_poll, self.start_poll)

    def on_unmount(self) -> None:
        if self._key_follower is not None:
            self._key_follower.cancel()
        self.gate.close()
        self.count_gate.close()

    # -- keys typed ahead ---------------------------------------------------------------------------

    def pop_screen(self) -> AwaitComplete:
        if isinstance(self.screen, ModalScreen):
            self._dialog_closed_at = get_time()
        return super().pop_screen()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            # One key at a time, each once the one before it is done (see _take_key).
            if self._key_in_flight:
                self._keys_waiting.append(event)
            else:
                await self._take_key(event)
            return
        await super().on_event(event)

    async def _take_key(self, event: events.Key) -> None:
        """Handle one key the terminal typed, as Textual does (a priority key's action, else the focused widget
        gets it, and what it leaves bubbles up to the screen's and the app's keys), but hand out the next one only
        once this one is done. Textual hands each key to the focused widget the moment it reads it, while a key a
        binding takes (Backspace, ctrl+u, the arrows in a field; Tab; the agenda's keys) acts only after it has
        bubbled back up: in a burst of typed-ahead keys (a fast typist, a paste, tmux send-keys) the letters behind
        it had by then gone in first ('31 februari' <ctrl+u> 'binnen tien werkdagen' gave 'kdagen')."""
        if self._typed_for_closed_dialog_key(event):
            return
        screen = self.screen
        if screen is not self._screen_of_last_key and (self._focus_waits == 0 or not screen.is_mounted) \
                and self._focus_waits < SCREEN_FOCUS_WAITS:
            # A screen a key just opened (n: the new-item form) puts the focus on its first field once it is
            # mounted, and through the app's queue: the letters typed right after that key wait for it (the 'O'
            # of 'Overleg' went to the screen's first widget, the kind dropdown, and was lost).
            self._focus_waits += 1
            self._keys_waiting.appendleft(event)
            self._key_in_flight = True
            self.set_timer(SCREEN_FOCUS_WAIT, self._key_done)
            return
        self._focus_waits = 0
        self._screen_of_last_key = screen
        target = self.focused or screen  # where Textual forwards a key no priority binding takes
        await super().on_event(event)
        # A letter typed into a text field is taken in by the field itself, in the order of its queue: the next
        # key need not wait for it (following every key made a 200-letter burst take seconds instead of 0.5).
        if event.is_forwarded and not (event.is_printable and isinstance(target, (Input, TextArea))):
            self._key_in_flight = True
            self._key_follower = asyncio.create_task(self._follow_key(event, target))

    async def _follow_key(self, event: events.Key, target: DOMNode) -> None:
        """Wait until the key handed to `target` has been handled there and wherever it bubbled (each widget's
        queue runs in order: a callback queued behind the key runs once the key has been handled, or passed on
        to the parent), then let the app take the next key (behind the key, should it have reached the app)."""
        node: DOMNode | None = target
        while node is not None and node is not self:
            handled = asyncio.Event()
            # A widget that is closing (its dialog just closed) handles nothing more: go on.
            if node.call_later(handled.set):
                try:
                    await asyncio.wait_for(handled.wait(), KEY_FOLLOW_SECONDS)
                except TimeoutError:
                    break
                if event._stop_propagation:  # handled here: it goes no further up
                    break
            node = node.parent
        self.call_later(self._key_done)

    async def _key_done(self) -> None:
        self._key_in_flight = False
        while self._keys_waiting and not self._key_in_flight:
            await self._take_key(self._keys_waiting.popleft())

    def _typed_for_closed_dialog_key(self, event: events.Key) -> bool:
        """Whether the key is put aside, not handled. A key typed while a dialog was still open was meant for it,
        even when the app reads it only after the dialog closed (typed ahead of a save): it is no hotkey for the
        screen beneath ('binnen' after ctrl+s opened the boards, the register inbox and a new item; a 'd'
        finishes the item under the cursor). Nor does it go into a form that is saving: it would be lost as the
        form closes, or left in the title when the save fails. Either way a toast says what was typed."""
        if event.key in ("ctrl+q", "ctrl+c"):
            return False
        if event.time >= self._dialog_closed_at and getattr(self.screen, "saving", False) is not True:
            return False
        if not self._typed_for_closed_dialog:
            self.call_later(self._say_typed_for_closed_dialog)
        self._typed_for_closed_dialog.append((event.character or "") if event.is_printable else "")
        return True

    def _say_typed_for_closed_dialog(self) -> None:
        typed, self._typed_for_closed_dialog = "".join(self._typed_for_closed_dialog), []
        shown = f": '{one_line(typed, 40)}'" if typed.strip() else ""
        self.notify(f"getypt terwijl het venster nog open was, niet als toetsen gebruikt{shown}",
                    title="Toetsen genegeerd", severity="warning", markup=False)

    # -- running store work off the UI thread ------------------------------------------------------

    def store_call(self, fn: Callable[[Store], T], *, write: bool = False) -> T | None:
        """Run `fn` on the store thread from a worker; user errors become a notification and None.
        `write`: fn changes the store (see store_write)."""
        try:
            return self.store_write(fn) if write else self.gate.call(fn)
        except KamertaakError as exc:
            self.report_error(exc)
            return None

    def report_error(self, error: KamertaakError | str, title: str = "Niet gelukt") -> None:
        """The one way an error reaches the user in the TUI: its message on one line in an error toast.
        Safe from workers too (notify posts to the app)."""
        self.notify(one_line(error), title=title, severity="error", markup=False)

    def store_write(self, fn: Callable[[Store], T]) -> T:
        """Change the store from a worker; the change token afterwards is this app's own, so the poll
        does not take our change for someone else's. Errors (ConflictError too) are raised."""
        def write(store: Store) -> T:
            before = store.change_token()
            result = fn(store)
            # Only when nobody else committed since we last looked is the new token all ours; else
            # the poll still sees a change and refreshes (theirs is in it).
            if before == self._seen_token:
                self._seen_token = store.change_token()
            return result

        return self.gate.call(write)

    @work(thread=True, group="mutate")
    def mutate(self, fn: Callable[[Store], Any], summary: Callable[[Any], str] | str,
               retry: Callable[[int], Callable[[Store], Any]] | None = None) -> None:
        """Change the store in a worker; on success tell the user and let the screens reload.

        `retry` makes the same change based on another item version: when someone else changed the
        item first, the user sees both versions and may keep theirs or retry ours on top."""
        try:
            result = self.store_write(fn)
        except ConflictError as exc:
            if retry is None:
                self.report_error(exc)
            else:
                self.post_message(ConflictFound(exc, retry, summary))
            return
        except KamertaakError as exc:
            self.report_error(exc)
            return
        text = summary(result) if callable(summary) else summary
        self.post_message(StoreChanged(text))

    def move_status(self, items: Sequence[Mapping[str, Any]], how: str) -> bool:
        """Move items along their lifecycle: `how` is "next", "previous" or "done" (Lifecycle.done_step).
        One item moves from the version shown (someone else's move in between is a conflict to choose on);
        several (the table's marked rows) each move from their current status, one log entry each, and
        one notification counts them. False, with a warning, when nothing can move."""
        if len(items) == 1:
            return self._move_one(items[0], how)
        if not items:
            self.notify("kies eerst een item", severity="warning")
            return False
        self.move_many([int(item["id"]) for item in items], how)
        return True

    def _move_one(self, item: Mapping[str, Any], how: str) -> bool:
        kind, status = item["kind"], item["status"]
        new = status_target(kind, status, how)
        if new is None:
            self.notify(no_step_words(kind, status, how), severity="warning", markup=False)
            return False
        item_id = item["id"]

        def move(version: int) -> Callable[[Store], Any]:
            return lambda s: s.set_status(item_id, new, expected_version=version)

        name = f"#{item_id} {one_line(item['title'], 50)}"
        self.mutate(move(item["version"]), f"{name} → {status_label(kind, new)}", retry=move)
        return True

    @work(thread=True, group="mutate")
    def move_many(self, item_ids: list[int], how: str) -> None:
        """The bulk move: each item from its status now (read in the same transaction as its move)."""
        def move(store: Store, item_id: int) -> bool:
            from kamertaak.store.queries import item_row, item_version

            row = item_row(store.db, item_id)
            new = status_target(row["kind"], row["status"], how) if row and not row["deleted"] else None
            if new is None:
                return False
            store.set_status(item_id, new, expected_version=item_version(store.db, item_id))
            return True

        result = self._each_item(item_ids, move)
        if result is None:
            return
        moved, skipped = result
        words = {"next": "een status verder", "previous": "een status terug", "done": "afgerond"}[how]
        text = f"{counted(len(moved), 'item', 'items')} {words}"
        if moved:
            text += f" ({', '.join(moved)}; u maakt ze één voor één ongedaan)"
        if skipped:
            text += f"; niet bij {', '.join(skipped)} (geen stap toegestaan)"
        self.post_message(StoreChanged(text))

    def _each_item(self, item_ids: list[int], change: Callable[[Store, int], bool]
                   ) -> tuple[list[str], list[str]] | None:
        """A bulk change: `change` each item in the store's thread, one log entry each; returns the items
        changed and those it did not take (False or refused), or None after reporting an error."""
        def run(store: Store) -> tuple[list[str], list[str]]:
            done: list[str] = []
            left: list[str] = []
            for item_id in item_ids:
                try:
                    (done if change(store, item_id) else left).append(f"#{item_id}")
                except KamertaakError:
                    left.append(f"#{item_id}")
            return done, left

        try:
            return self.store_write(run)
        except KamertaakError as exc:
            self.report_error(exc)
            return None

    @work(thread=True, group="mutate")
    def set_owner_many(self, item_ids: list[int], owner: str) -> None:
        """Give items an owner ('' clears it), one log entry each, each from its version now."""
        def give(store: Store, item_id: int) -> bool:
            from kamertaak.store.queries import item_version

            store.update_item(item_id, {"owner": owner or None}, expected_version=item_version(store.db, item_id))
            return True

        result = self._each_item(item_ids, give)
        if result is None:
            return
        changed, failed = result
        who = f"eigenaar {owner}" if owner else "geen eigenaar meer"
        text = f"{counted(len(changed), 'item', 'items')}: {who}"
        if changed:
            text += f" ({', '.join(changed)})"
        if failed:
            text += f"; niet bij {', '.join(failed)}"
        self.post_message(StoreChanged(text))

    def on_store_changed(self, message: StoreChanged) -> None:
        self.data_version += 1
        if message.summary:
            self.notify(message.summary, markup=False)
        screen = self.screen
        if isinstance(screen, DataScreen):
            screen.catch_up()

    def on_conflict_found(self, message: ConflictFound) -> None:
        """Someone else saved the item first: show both versions and let the user choose."""
        from kamertaak.tui.screens.conflict import settle_conflict

        retry, summary = message.retry, message.summary
        settle_conflict(self, message.error, cancel_label="Annuleer",
                        mine=lambda version: self.mutate(retry(version), summary, retry),
                        settled=lambda words: self.post_message(StoreChanged(words)),
                        cancelled=lambda: self.post_message(StoreChanged("")))

    # -- others' changes ---------------------------------------------------------------------------

    def start_poll(self) -> None:
        """Ask (in a worker) whether anyone else changed the database; one question at a time."""
        if self._poll_pending:
            return
        self._poll_pending = True
        self.poll_changes()

    @work(thread=True, group="change-poll")
    def poll_changes(self) -> None:
        try:
            changed = self.gate.call(self._others_changed)
        except (KamertaakError, RuntimeError):
            # A database that is away for a moment (or a gate closing at exit): the next poll tries again.
            changed = False
        finally:
            self._poll_pending = False
        if changed:
            self.post_message(OthersChanged())

    def _others_changed(self, store: Store) -> bool:
        """On the store thread: whether the change token moved since this app last knew it."""
        token = store.change_token()
        seen, self._seen_token = self._seen_token, token
        return seen is not None and token != seen

    def on_others_changed(self, message: OthersChanged) -> None:
        self.data_version += 1
        moment = time.monotonic()
        if moment - self._last_refresh_toast >= REFRESH_TOAST_GAP:
            self._last_refresh_toast = moment
            self.notify("bijgewerkt: wijzigingen van anderen", timeout=4)
        # A dialog on top keeps its state; the screen below reloads when it is shown again.
        screen = self.screen
        if isinstance(screen, DataScreen):
            screen.catch_up(keep_place=True)

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
        """A few reminders each in a notification; more at once are one summary that `r` opens."""
        from kamertaak.core.text import one_line
        from kamertaak.reports.detail import due_words, reminder_when

        if len(fresh) > REMINDER_TOASTS:
            self.notify(f"{counted(len(fresh), 'herinnering', 'herinneringen')} — r: bekijken",
                        title="Herinneringen", timeout=REMINDER_TOAST_SECONDS, markup=False)
            return
        for item in fresh:
            due = due_words(item, self.today)
            text = one_line(item["title"], 80) + (f"\ntermijn: {due}" if due else "")
            self.notify(text, title=f"Herinnering · #{item['id']} · {reminder_when(item['reminder'])}",
                        timeout=REMINDER_TOAST_SECONDS, markup=False)

    def action_reminders(self) -> None:
        """Every reminder due now, to open, snooze or dismiss (what the start-up summary counted)."""
        from kamertaak.tui.screens.agenda import RemindersScreen

        if not isinstance(self.screen, RemindersScreen):
            self.push_screen(RemindersScreen())

    # -- the command palette in Dutch ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands worth keeping, in Dutch (its key panel and maximise are left out: help (?)
        lists the keys)."""
        yield SystemCommand("Thema", "een ander kleurenschema kiezen", self.action_change_theme)
        yield SystemCommand("Schermafdruk", "dit scherm als SVG-bestand bewaren", self.screenshot_command)
        yield SystemCommand("Stoppen", "kamertaak afsluiten", self.action_quit)

    def action_command_palette(self) -> None:
        # As App's, with a Dutch placeholder (CommandPalette.is_open, typed for App[object], looks at this).
        if self.use_command_palette and not self.screen.has_class("--textual-command-palette"):
            self.push_screen(CommandPalette(id="--command-palette", placeholder="Zoek een opdracht of item…"))

    def action_change_theme(self) -> None:
        from textual.theme import ThemeProvider

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder="Zoek een thema…"))

    def screenshot_command(self) -> None:
        """An SVG of the screen (once the palette has closed) in the downloads folder, told in Dutch."""
        def deliver() -> None:
            name = f"kamertaak-{config.wall_clock():%Y-%m-%d_%H-%M-%S}.svg"
            self.deliver_text(io.StringIO(self.export_screenshot()), save_filename=name, open_method="browser",
                              mime_type="image/svg+xml", name=SCREENSHOT_DELIVERY)

        self.set_timer(0.1, deliver)

    def on_delivery_complete(self, event: events.DeliveryComplete) -> None:
        if event.name == SCREENSHOT_DELIVERY:
            where = f" in {event.path}" if event.path is not None else ""
            self.notify(f"schermafdruk bewaard{where}", title="Schermafdruk", markup=False)

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == SCREENSHOT_DELIVERY:
            self.notify("schermafdruk niet bewaard", title="Schermafdruk", severity="error", markup=False)

    # -- actions -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        screen = self.screen
        if action == "status":
            # d, [ and ] only where there are items to move (not on triage or the register inbox).
            return isinstance(screen, DataScreen) and type(screen).status_items is not DataScreen.status_items
        return not (action in self._SCREEN_ACTIONS and isinstance(screen, ModalScreen))

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

        origin = self.screen
        hint = origin.context_hint() if isinstance(origin, DataScreen) else {}

        def made(item_id: int | None) -> None:
            if item_id is not None and isinstance(origin, DataScreen):
                origin.item_made(item_id)

        self.push_screen(ItemFormScreen(defaults=hint), made)

    def action_edit(self) -> None:
        from kamertaak.tui.screens.item_form import ItemFormScreen

        item_id = self.screen.current_item_id() if isinstance(self.screen, DataScreen) else None
        if item_id is None:
            self.notify("kies eerst een item om te wijzigen", severity="warning")
            return
        self.push_screen(ItemFormScreen(item_id=item_id))

    def action_leave(self) -> None:
        """q: stop (a typed q in a filter or form field is a letter: the field takes it first)."""
        self.exit()

    def action_status(self, how: str) -> None:
        """d, [ and ]: the item under the cursor (or the table's marked rows) along its lifecycle."""
        screen = self.screen
        items = screen.status_items() if isinstance(screen, DataScreen) else []
        if not items:
            self.notify("kies eerst een item", severity="warning")
            return
        self.move_status(items, how)

    def action_help_quit(self) -> None:
        """ctrl+c, pressed out of habit: Textual's hint that it does not quit, in Dutch (in a form too, where
        q is a letter); with text selected in a field it copies, as the field would."""
        from textual.widgets import Input, TextArea

        focused = self.focused
        if isinstance(focused, Input | TextArea) and focused.selected_text:
            focused.action_copy()
            return
        self.notify("stoppen met ctrl+q", title="Afsluiten?", timeout=4)

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

    def action_register_inbox(self) -> None:
        from kamertaak.tui.screens.inbox import RegisterInboxScreen

        if not isinstance(self.screen, RegisterInboxScreen):
            self.push_screen(RegisterInboxScreen())

    def action_help(self) -> None:
        from kamertaak.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.screen))

    @work(thread=True, group="export")
    def export_week(self) -> None:
        """Write this week's Markdown report (week-2025-W15.md, or week-2025-W15-2.md when that exists) in
        the directory kamertaak was started in: a new private file, never over an existing one."""
        from pathlib import Path

        from kamertaak.reports.markdown import current_week, weekly_report
        from kamertaak.store.files import database_files, free_name

        today = self.today
        start, end = current_week(today)
        found = self.store_call(lambda s: (weekly_report(s.db, start, end, today), database_files(s.db)))
        if found is None:
            return
        text, protect = found
        year, week, _ = start.isocalendar()

        def fill(temp: Path) -> None:
            temp.write_text(text, encoding="utf-8")

        try:
            path = free_name(Path.cwd() / f"week-{year}-W{week:02d}.md", fill, protect=protect)
        except KamertaakError as exc:
            self.report_error(exc)
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
