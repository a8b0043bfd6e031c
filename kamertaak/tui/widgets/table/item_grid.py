"""A table of items that renders only the rows in view and asks for the pages it lacks.

Built on the Line API: the grid knows the total count, keeps a bounded cache of fetched rows and
posts PageWanted for a missing page; the screen fetches it in a worker. So 100,000 items cost what
one screenful costs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kamertaak.core.kinds import passed_is_not_late
from kamertaak.core.labels import date_nl, kind_label
from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line
from kamertaak.core.urgency import relative_due

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView

PAGE_SIZE = 100
# Rows kept in memory; pages far from the view are dropped beyond this.
CACHE_ROWS = 3000


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int  # 0: takes the room that is left
    sort: str | None = None  # the store's sort this column's header click asks for


COLUMNS: tuple[Column, ...] = (
    Column("mark", "✓", 1),  # ✓ on a row marked with space (bulk status or owner)
    Column("id", "#", 6, sort="id"),
    Column("kind", "soort", 10, sort="kind"),
    Column("status", "status", 13, sort="status"),
    Column("due", "termijn", 11, sort="due"),
    Column("when", "wanneer", 16, sort="due"),
    Column("title", "titel", 0, sort="title"),
    Column("owner", "eigenaar", 10),
    Column("actors", "actoren", 24),
    Column("topics", "onderwerp", 14),
    Column("updated", "gewijzigd", 10, sort="updated"),
)
# The columns a narrow terminal leaves out, first to last, until the title has MIN_TITLE. The date goes before
# "wanneer": "1 dag te laat" and "over 3 dagen" are what the list is read for, and the date is one Enter away
# (u8: on 80 columns only the date's colour said an item was late). On 80 columns the title keeps 28.
DROPPED_FIRST = ("updated", "topics", "actors", "owner", "due", "when")
MIN_TITLE = 24


def sort_key(sort: str) -> str:
    """'-due' → 'due' (the store's sort keys, queries.SORTS; "-key" reverses one)."""
    return sort.removeprefix("-")


def reversed_sort(sort: str) -> str:
    """'due' ↔ '-due'."""
    return sort_key(sort) if sort.startswith("-") else f"-{sort}"


def ascending(sort: str) -> bool:
    """Whether the column runs from small to large ('updated' is newest first unless reversed)."""
    return (sort_key(sort) == "updated") == sort.startswith("-")


def cell_text(column: str, item: Mapping[str, Any], today: dt.date) -> str:
    """The text of one cell, from an item view (one line, control characters visible)."""
    if column == "mark":
        return ""
    if column == "id":
        return str(item["id"])
    if column == "kind":
        return kind_label(item["kind"])
    if column == "status":
        return str(item["status_label"])
    if column == "due":
        return date_nl(item.get("due"), short=True)
    if column == "when":
        # A finished item is never late: its date is history, not a warning.
        return relative_due(item.get("due"), today, passed_is_not_late(item["kind"], item["status"],
                                                                     bool(item.get("event")))) \
            if item.get("open", True) else "afgerond"
    if column == "title":
        return one_line(item["title"])
    if column == "owner":
        return one_line(item.get("owner") or "")
    if column == "actors":
        return one_line(actors_label(item.get("actors", [])))
    if column == "topics":
        return one_line(", ".join(item.get("topics", [])))
    if column == "updated":
        return str(item.get("updated_at") or "")[:10]
    return ""


@lru_cache(maxsize=8)
def layout(width: int) -> tuple[tuple[Column, int], ...]:
    """Columns that fit in `width`, with their widths (the title takes what is left); asked for every line
    drawn, so kept per width."""
    columns = list(COLUMNS)
    for key in DROPPED_FIRST:
        if width - sum(c.width + 1 for c in columns if c.width) >= MIN_TITLE:
            break
        columns = [c for c in columns if c.key != key]
    title_width = max(MIN_TITLE, width - sum(c.width + 1 for c in columns if c.width) - 1)
    return tuple((c, c.width or title_width) for c in columns)


def spilled_cells(columns: tuple[tuple[Column, int], ...], texts: list[str]) -> list[tuple[Column, int, str]]:
    """A row's cells with their widths, where a title too long for its column runs on over the empty cells
    right of it (a row without an owner, say), as a spreadsheet lets text run into empty neighbours: the room a
    wide screen has goes to the title (u7: "Tweeminutendebat Zeden en (on)veiligheid v…" beside an empty owner
    cell). A cell with text keeps its place under its header."""
    cells: list[tuple[Column, int, str]] = []
    i = 0
    while i < len(columns):
        column, size = columns[i]
        text = texts[i]
        i += 1
        if column.key == "title":
            while cell_len(text) > size and i < len(columns) and not texts[i]:
                size += columns[i][1] + 1
                i += 1
        cells.append((column, size, text))
    return cells


class ItemGrid(ScrollView, can_focus=True):
    """Rows of items from a paged query; Enter or a double click opens one."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "item-grid--header", "item-grid--cursor", "item-grid--overdue", "item-grid--loading",
    }
    DEFAULT_CSS = """
    ItemGrid { background: $surface; }
    ItemGrid > .item-grid--header { text-style: bold; background: $panel; color: $text; }
    ItemGrid > .item-grid--cursor { background: $block-cursor-blurred-background; }
    ItemGrid:focus > .item-grid--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    ItemGrid > .item-grid--overdue { color: $text-error; text-style: bold; }
    ItemGrid > .item-grid--loading { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1)", "Omhoog", show=False, id="grid-up"),
        Binding("down,j", "move(1)", "Omlaag", show=False, id="grid-down"),
        Binding("pageup", "page(-1)", "Pagina omhoog", show=False, id="grid-page-up"),
        Binding("pagedown", "page(1)", "Pagina omlaag", show=False, id="grid-page-down"),
        Binding("home", "jump(0)", "Begin", show=False, id="grid-home"),
        Binding("end", "jump(-1)", "Eind", show=False, id="grid-end"),
        # Enter opens, as on the agenda and the boards (help lists it): the footer keeps its room for the rest.
        Binding("enter", "choose", "Open", id="grid-open", show=False),
        Binding("space", "toggle_mark", "Markeer", id="grid-mark",
                tooltip="Rij markeren; d, [ ], o werken dan op alle gemarkeerde"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class PageWanted(Message):
        generation: int
        offset: int

    @dataclass
    class Chosen(Message):
        item_id: int

    @dataclass
    class SortWanted(Message):
        sort: str

    @dataclass
    class MarksChanged(Message):
        count: int

    def __init__(self, today: dt.date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.today = today
        self.total = 0
        self.generation = -1
        self.sort = "due"
        self.rows: dict[int, ItemView] = {}
        self._asked: set[int] = set()
        # Marked rows by item id (the row as it was when marked); they stay marked across reloads.
        self.marked: dict[int, ItemView] = {}

    # -- data --------------------------------------------------------------------------------------

    def reset(self, generation: int, total: int, first: list[ItemView], offset: int = 0, *,
              keep: bool = False) -> None:
        """Show a new result: its total and its first page. `keep` (the same query again, after someone
        else's change): the scroll stays and the cursor stays on its item when that is still in view."""
        held = self.rows.get(self.cursor) if keep else None
        self.generation = generation
        self.total = total
        self.rows = {offset + i: row for i, row in enumerate(first)}
        self._asked = {offset}
        self.virtual_size = Size(self.size.width, total + 1)
        if keep:
            if held is not None:
                self.cursor = next((i for i, row in self.rows.items() if row["id"] == held["id"]), self.cursor)
            self.cursor = min(self.cursor, max(0, total - 1))
            self.refresh()
            return
        self.cursor = min(self.cursor, max(0, total - 1))
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def set_total(self, total: int) -> None:
        """The exact count arrived after the first page: make room for every row."""
        self.total = total
        self.virtual_size = Size(self.size.width, total + 1)
        self.refresh()

    def add_page(self, generation: int, offset: int, rows: list[ItemView]) -> None:
        if generation != self.generation:
            return
        for i, row in enumerate(rows):
            self.rows[offset + i] = row
        self._evict()
        self.refresh()

    def _evict(self) -> None:
        if len(self.rows) <= CACHE_ROWS:
            return
        top = int(self.scroll_offset.y)
        keep = range(max(0, top - CACHE_ROWS // 2), top + CACHE_ROWS // 2)
        self.rows = {i: r for i, r in self.rows.items() if i in keep}
        self._asked = {o for o in self._asked if o in keep}

    def current_item(self) -> ItemView | None:
        return self.rows.get(self.cursor)

    def _want(self, index: int) -> None:
        offset = index - index % PAGE_SIZE
        if offset not in self._asked:
            self._asked.add(offset)
            self.post_message(self.PageWanted(self.generation, offset))

    # -- rendering -------------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            return self._header(width)
        index = int(self.scroll_offset.y) + y - 1
        if index >= self.total:
            return Strip.blank(width, self.rich_style)
        row = self.rows.get(index)
        base = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("item-grid--cursor")
        if row is None:
            self._want(index)
            loading = self.get_component_rich_style("item-grid--loading")
            return Strip([Segment(set_cell_size("  …", width), base + loading)], width)
        # Cells of one style are one segment: a line is a handful of segments, not two per column.
        segments: list[Segment] = []
        overdue = base + self.get_component_rich_style("item-grid--overdue") if row.get("overdue") else None
        run: list[str] = []
        for column, size, text in spilled_cells(layout(width), [
                "✓" if column.key == "mark" and row["id"] in self.marked else cell_text(column.key, row, self.today)
                for column, _ in layout(width)]):
            if cell_len(text) > size:
                text = set_cell_size(text, size - 1) + "…"
            if overdue and column.key in ("due", "when"):
                segments += [Segment("".join(run), base), Segment(set_cell_size(text, size), overdue)]
                run = [" "]
            else:
                run += [set_cell_size(text, size), " "]
        segments.append(Segment("".join(run), base))
        return Strip(segments).adjust_cell_length(width, base)

    def _header(self, width: int) -> Strip:
        style = self.get_component_rich_style("item-grid--header")
        segments = []
        key, rising = sort_key(self.sort), ascending(self.sort)
        columns = layout(width)
        # The arrow on "termijn"; on "wanneer" when the date gave way on a narrow terminal.
        dated = any(column.key == "due" for column, _ in columns)
        for column, size in columns:
            label = column.label
            if column.sort == key and (column.key != "when" or not dated):
                label += " ▲" if rising else " ▼"
            segments.append(Segment(set_cell_size(label, size) + " ", style))
        return Strip(segments).adjust_cell_length(width, style)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.total + 1)

    # -- cursor --------------------------------------------------------------------------------------

    @property
    def _visible_rows(self) -> int:
        return max(1, self.size.height - 1)

    def watch_cursor(self, cursor: int) -> None:
        top = int(self.scroll_offset.y)
        if cursor < top:
            self.scroll_to(y=cursor, animate=False, immediate=True)
        elif cursor >= top + self._visible_rows:
            self.scroll_to(y=cursor - self._visible_rows + 1, animate=False, immediate=True)
        self.refresh()

    def action_move(self, delta: int) -> None:
        if self.total:
            self.cursor = max(0, min(self.total - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * self._visible_rows)

    def action_jump(self, where: int) -> None:
        if self.total:
            self.cursor = 0 if where == 0 else self.total - 1

    def action_choose(self) -> None:
        row = self.current_item()
        if row is not None:
            self.post_message(self.Chosen(row["id"]))

    def action_toggle_mark(self) -> None:
        """Space: mark the row under the cursor (or unmark it) and go on to the next row."""
        row = self.current_item()
        if row is None:
            return
        if self.marked.pop(row["id"], None) is None:
            self.marked[row["id"]] = row
        self.post_message(self.MarksChanged(len(self.marked)))
        self.action_move(1)
        self.refresh()

    def clear_marks(self) -> None:
        self.marked.clear()
        self.post_message(self.MarksChanged(0))
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            x = 0
            for column, size in layout(self.size.width):
                if x <= event.x < x + size + 1:
                    if column.sort:
                        self.post_message(self.SortWanted(column.sort))
                    return
                x += size + 1
            return
        index = int(self.scroll_offset.y) + event.y - 1
        if 0 <= index < self.total:
            self.cursor = index
            if event.chain >= 2:
                self.action_choose()
