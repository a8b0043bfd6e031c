"""All items in one table: filtered as you type, sortable, paged from the store."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from kamertaak.store.queries import ItemFilter, count_items, list_items
from kamertaak.tui.filter_syntax import parse_filter
from kamertaak.tui.messages import OpenItem
from kamertaak.tui.present import MUTED_STYLE, thousands
from kamertaak.tui.screens.base import DataScreen
from kamertaak.tui.widgets.footer import KeyFooter
from kamertaak.tui.widgets.table.item_grid import PAGE_SIZE, ItemGrid, ascending, reversed_sort, sort_key

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView
    from kamertaak.store.service import Store

# The store's sort keys (queries.SORTS) in the order `s` steps through them.
SORT_LABELS = {"due": "termijn", "updated": "laatst gewijzigd", "id": "nummer", "title": "titel", "kind": "soort",
               "status": "status"}


def sort_words(sort: str) -> str:
    """'-due' → 'termijn ↓'."""
    return f"{SORT_LABELS[sort_key(sort)]} {'↑' if ascending(sort) else '↓'}"


def page(store: Store, item_filter: ItemFilter, sort: str, offset: int) -> list[ItemView]:
    """One page of the table's rows (on the store thread)."""
    return list_items(store.db, replace(item_filter, sort=sort, limit=PAGE_SIZE, offset=offset), store.today())


class TableScreen(DataScreen):
    """The table of every item; `/` filters, `s` changes the sort column, `S` reverses it, a click on a
    column header sorts by that column (again: reversed), Enter opens. Space marks rows: d, [ ] and o then
    work on all of them (each item its own change, so u undoes them one by one); Esc clears the marks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # s and S are in the status line above the table ("s, S omkeren"), so not in the footer too.
        Binding("s", "cycle_sort", "Sortering", id="table-sort", show=False,
                tooltip="termijn → gewijzigd → nummer → titel → soort → status"),
        Binding("S", "reverse_sort", "Omkeren", id="table-sort-reverse", show=False,
                tooltip="De sortering omdraaien"),
        Binding("o", "owner", "Eigenaar", id="table-owner",
                tooltip="Eigenaar van de gemarkeerde rijen (of van de rij onder de cursor)"),
        Binding("escape", "leave_filter", "Naar de tabel", id="table-leave-filter", show=False),
    ]

    @dataclass
    class Loaded(Message):
        generation: int
        total: int
        rows: list[ItemView]
        exact: bool = True
        # Set once the rows are on the screen: the count waits for it.
        painted: threading.Event = field(default_factory=threading.Event)

    @dataclass
    class Counted(Message):
        generation: int
        total: int

    @dataclass
    class PageLoaded(Message):
        generation: int
        offset: int
        rows: list[ItemView]

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        self.sort = "due"
        self.filter = ItemFilter()
        self.problems: list[str] = []
        # Read on the store thread to skip queries a newer keystroke already made stale.
        self._current_generation = 0
        # The generation that re-runs the query on screen after someone else's change (keeps the place).
        self._refresh_generation = -1
        # Generations on screen: the rows, and the exact count (the benchmark waits on these).
        self.shown_generation = -1
        self.counted_generation = -1

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Lijst", "bold"), id="screen-title")
        yield Input(placeholder="/ filter: woorden, soort:motie partij:SP te-laat … (Enter: naar de tabel)",
                    compact=True, id="table-filter")
        yield Static(Content.styled("laden…", MUTED_STYLE), id="table-status")
        yield ItemGrid(self.kt.today, id="item-grid")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(ItemGrid).focus()

    # -- querying ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.generation += 1
        self._current_generation = self.generation
        self.query_one(ItemGrid).sort = self.sort
        self.run_query(self.generation, self.filter, self.sort)

    def refresh_data(self) -> None:
        self.reload()
        self._refresh_generation = self.generation

    @work(thread=True, group="table-query")
    def run_query(self, generation: int, item_filter: ItemFilter, sort: str) -> None:
        """The first page, then the count: the rows the user waits for get the machine to themselves, and
        the count runs on a second connection, so the next keystroke's page never waits behind it. A query
        a newer keystroke made stale is stopped where it is."""
        # A newer keystroke already asked again: skip the queries.
        def stale() -> bool:
            return generation != self._current_generation

        rows = self.kt.store_call(lambda s: s.db.unless_stale(stale, lambda: page(s, item_filter, sort, 0)))
        if rows is None:
            return
        # A short first page is the whole result: its length is the count.
        exact = len(rows) < PAGE_SIZE
        loaded = self.Loaded(generation, len(rows), rows, exact)
        self.post_message(loaded)
        if exact:
            return
        # The count starts once the rows are drawn: on a busy machine it would take the drawing's CPU.
        loaded.painted.wait(timeout=1.0)
        try:
            total = self.kt.count_gate.call(
                lambda s: s.db.unless_stale(stale, lambda: count_items(s.db, item_filter, s.today())))
        except Exception as exc:  # the rows are shown; a failed count only leaves the total open
            self.kt.notify(f"tellen mislukt: {exc}", severity="warning", markup=False)
            return
        if total is not None:
            self.post_message(self.Counted(generation, total))

    @on(Loaded)
    def show(self, message: Loaded) -> None:
        if message.generation != self.generation:
            message.painted.set()
            return
        grid = self.query_one(ItemGrid)
        if message.generation == self._refresh_generation:
            # Until the count arrives, keep room for the rows the user may have scrolled to.
            total = message.total if message.exact else max(message.total, grid.total)
            grid.reset(message.generation, total, message.rows, keep=True)
        else:
            grid.reset(message.generation, message.total, message.rows)
        self.shown_generation = message.generation
        self._status(message.total, exact=message.exact)
        self.call_after_refresh(message.painted.set)

    @on(Counted)
    def counted(self, message: Counted) -> None:
        if message.generation != self.generation:
            return
        self.query_one(ItemGrid).set_total(message.total)
        self.counted_generation = message.generation
        self._status(message.total)

    @on(ItemGrid.MarksChanged)
    def marks_changed(self) -> None:
        grid = self.query_one(ItemGrid)
        self._status(grid.total, exact=self.counted_generation == self.generation or grid.total < PAGE_SIZE)

    def _status(self, total: int, exact: bool = True) -> None:
        noun = "item" if total == 1 and exact else "items"
        counted = f"{thousands(total)} {noun}" if exact else f"{thousands(total)}+ {noun} (tellen…)"
        parts: list[Content | tuple[str, str] | str] = [
            (counted, "bold"), (f" · sortering: {sort_words(self.sort)} (s, S omkeren, klik op een kolomkop)",
                                MUTED_STYLE)]
        marks = len(self.query_one(ItemGrid).marked)
        if marks:
            parts.append((f" · {marks} gemarkeerd (d, [ ], o: allemaal; Esc wist)", "$text-accent bold"))
        if self.problems:
            parts.append((" · " + "; ".join(self.problems), "$text-warning"))
        # One line whatever it says (app.tcss): no new layout of the screen for each keystroke.
        self.query_one("#table-status", Static).update(Content.assemble(*parts), layout=False)

    @on(ItemGrid.PageWanted)
    def page_wanted(self, message: ItemGrid.PageWanted) -> None:
        self.fetch_page(message.generation, message.offset, self.filter, self.sort)

    @work(thread=True, group="table-page")
    def fetch_page(self, generation: int, offset: int, item_filter: ItemFilter, sort: str) -> None:
        rows = self.kt.store_call(
            lambda s: None if generation != self._current_generation else page(s, item_filter, sort, offset))
        if rows is not None:
            self.post_message(self.PageLoaded(generation, offset, rows))

    @on(PageLoaded)
    def page_loaded(self, message: PageLoaded) -> None:
        self.query_one(ItemGrid).add_page(message.generation, message.offset, message.rows)

    # -- the filter line -------------------------------------------------------------------------------

    @on(Input.Changed, "#table-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.filter, self.problems = parse_filter(event.value)
        self.reload()

    @on(Input.Submitted, "#table-filter")
    def filter_done(self) -> None:
        self.query_one(ItemGrid).focus()

    def action_leave_filter(self) -> None:
        grid = self.query_one(ItemGrid)
        if grid.has_focus and grid.marked:
            grid.clear_marks()
            return
        grid.focus()

    def focus_filter(self) -> bool:
        self.query_one("#table-filter", Input).focus()
        return True

    def apply_filter_text(self, text: str) -> bool:
        field = self.query_one("#table-filter", Input)
        field.value = text
        self.query_one(ItemGrid).focus()
        return True

    # -- sorting and choosing ----------------------------------------------------------------------------

    def action_cycle_sort(self) -> None:
        order = list(SORT_LABELS)
        self.set_sort(order[(order.index(sort_key(self.sort)) + 1) % len(order)])

    def action_reverse_sort(self) -> None:
        self.set_sort(reversed_sort(self.sort))

    def set_sort(self, sort: str) -> None:
        self.sort = sort
        self.reload()

    @on(ItemGrid.SortWanted)
    def sort_wanted(self, message: ItemGrid.SortWanted) -> None:
        """A header click: that column, or the same column the other way round."""
        self.set_sort(reversed_sort(self.sort) if sort_key(self.sort) == message.sort else message.sort)

    @on(ItemGrid.Chosen)
    def chosen(self, message: ItemGrid.Chosen) -> None:
        self.post_message(OpenItem(message.item_id))

    def current_item_id(self) -> int | None:
        row = self.query_one(ItemGrid).current_item()
        return int(row["id"]) if row else None

    # -- marks: status and owner for several rows --------------------------------------------------

    def status_items(self) -> list[ItemView]:
        """The marked rows (the marks are used up), else the row under the cursor."""
        grid = self.query_one(ItemGrid)
        if grid.marked:
            rows = list(grid.marked.values())
            grid.clear_marks()
            return rows
        row = grid.current_item()
        return [row] if row else []

    def action_owner(self) -> None:
        from kamertaak.tui.screens.owner import OwnerScreen

        grid = self.query_one(ItemGrid)
        cursor = grid.current_item()
        rows = list(grid.marked.values()) or ([cursor] if cursor else [])
        if not rows:
            self.notify("kies eerst een item", severity="warning")
            return
        ids = [int(row["id"]) for row in rows]
        what = f"#{ids[0]}" if len(ids) == 1 else f"{len(ids)} gemarkeerde items"
        current = str(rows[0].get("owner") or "") if len(rows) == 1 else ""

        def chosen(owner: str | None) -> None:
            if owner is None:
                return
            if grid.marked:
                grid.clear_marks()
            self.kt.set_owner_many(ids, owner)

        self.app.push_screen(OwnerScreen(what, current), chosen)
