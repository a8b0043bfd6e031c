"""Boards: one column per status for each kind; keys move a card along its allowed transitions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalScroll, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static, Tab, Tabs

from kamertaak.core.kinds import KINDS, LIFECYCLES
from kamertaak.core.labels import KIND_PLURALS, counted, kind_label, status_label
from kamertaak.store.queries import ItemFilter
from kamertaak.tui.filter_syntax import parse_filter
from kamertaak.tui.messages import OpenItem
from kamertaak.tui.present import MUTED_STYLE
from kamertaak.tui.screens.base import DataScreen
from kamertaak.tui.widgets.board.card import Card
from kamertaak.tui.widgets.board.column import CARD_COMFORT, BoardColumn, column_min_width
from kamertaak.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView
    from kamertaak.store.service import Store

# Cards per column: enough to fill a tall terminal twice; the count says how many more there are.
COLUMN_CAP = 40


class BoardScreen(DataScreen):
    """The board of one kind; k or 1–5 switch kind, [ and ] (and d) move the focused card."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("k", "next_kind", "Andere soort", id="board-next-kind"),
        Binding("1", "kind(0)", "Toezeggingen", show=False, id="board-kind-1"),
        Binding("2", "kind(1)", "Moties", show=False, id="board-kind-2"),
        Binding("3", "kind(2)", "Termijnen", show=False, id="board-kind-3"),
        Binding("4", "kind(3)", "Acties", show=False, id="board-kind-4"),
        Binding("5", "kind(4)", "Kamervragen", show=False, id="board-kind-5"),
        # Priority: a column that scrolls would otherwise take up/down (and the board left/right) to scroll
        # instead of moving between cards. Off a card the keys go on to the focused widget (SkipAction).
        Binding("left,h", "column(-1)", "Kolom links", show=False, id="board-column-left", priority=True),
        Binding("right", "column(1)", "Kolom rechts", show=False, id="board-column-right", priority=True),
        Binding("up", "card(-1)", "Kaart omhoog", show=False, id="board-card-up", priority=True),
        Binding("down,j", "card(1)", "Kaart omlaag", show=False, id="board-card-down", priority=True),
        Binding("enter", "open_card", "Open", id="board-open", show=False),  # as on the agenda and the table
        Binding("escape", "leave_filter", "Naar het bord", show=False, id="board-leave-filter"),
    ]

    # Nothing is focused until the cards arrive; then the first card is (not the filter line).
    AUTO_FOCUS = None

    @dataclass
    class Loaded(Message):
        generation: int
        kind: str
        columns: list[tuple[str, int, list[ItemView]]]

    def __init__(self) -> None:
        super().__init__()
        self.kind = "commitment"
        self.filter = ItemFilter()
        self.problems: list[str] = []
        self.generation = 0
        self.focus_item: int | None = None
        self.keep_filter_focus = False
        self.shown_kind: str | None = None
        # The last columns loaded (a resize lays them out again) and the empty ones folded into a line.
        self.last_loaded: BoardScreen.Loaded | None = None
        self.folded: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Borden", "bold"), id="screen-title")
        yield Tabs(*[Tab(KIND_PLURALS[k].capitalize(), id=f"kind-{k}") for k in KINDS], id="board-kinds")
        yield Input(placeholder="/ filter: onderwerp:opvang ministerie:J&V partij:SP eigenaar:ik of vrije woorden",
                    compact=True, id="board-filter")
        yield Static("", id="board-status")
        yield Static("", id="board-more")
        yield HorizontalScroll(id="board-columns")
        yield KeyFooter()

    def on_mount(self) -> None:
        # The line naming the columns out of view follows the board as it scrolls sideways.
        self.watch(self.query_one("#board-columns", HorizontalScroll), "scroll_x",
                   lambda _: self._show_more(), init=False)

    def context_hint(self) -> dict[str, Any]:
        return {"kind": self.kind}

    # -- loading --------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.generation += 1
        focused = self.focused_card()
        if focused is not None:
            self.focus_item = focused.item["id"]
        # Decided now: once the cards are removed, focus falls to the filter line by itself.
        self.keep_filter_focus = isinstance(self.focused, Input)
        self.load(self.generation, self.kind, replace(self.filter, kind=self.kind, status=None))

    @work(thread=True, exclusive=True, group="board")
    def load(self, generation: int, kind: str, base: ItemFilter) -> None:
        from kamertaak.store.queries import count_items, list_items

        def fetch(store: Store) -> list[tuple[str, int, list[ItemView]]]:
            today = store.today()
            columns = []
            for status in LIFECYCLES[kind].statuses:
                f = replace(base, status=status, sort="due", limit=COLUMN_CAP, offset=0)
                items = list_items(store.db, f, today)
                count = len(items) if len(items) < COLUMN_CAP else count_items(store.db, f, today)
                columns.append((status, count, items))
            return columns

        columns = self.kt.store_call(fetch)
        if columns is not None:
            self.post_message(self.Loaded(generation, kind, columns))

    @on(Loaded)
    async def show(self, message: Loaded) -> None:
        if message.generation != self.generation:
            return
        holder = self.query_one("#board-columns", HorizontalScroll)
        today = self.kt.today
        self.last_loaded = message
        shown, folded = self._layout(message.kind, message.columns)
        self.folded = [status_label(message.kind, status) for status, _, _ in folded]
        present = self._columns()
        same = message.kind == self.shown_kind and len(present) == len(shown)
        if same and all(column.shows(status, count, items)
                        for column, (status, count, items) in zip(present, shown, strict=True)):
            # The same cards in the same places (a refresh after someone else's edit): update them where
            # they are, so focus and scroll stay put.
            for column, (_, count, items) in zip(present, shown, strict=True):
                column.show_items(count, items)
            self._show_status(message)
            self.call_after_refresh(self._show_more)
            return
        # The columns share the width but keep a minimum (app.tcss); past that (the nine motion statuses
        # on a terminal under 180 columns) the empty ones fold into a line above the board, and what is
        # left scrolls sideways if it must, following the focused card; that line names the columns out
        # of view on either side.
        columns = [BoardColumn(status, status_label(message.kind, status), count, items, today)
                   for status, count, items in shown]
        self._size_columns(columns)
        async with holder.batch():
            await holder.remove_children()
            await holder.mount_all(columns)
        self.shown_kind = message.kind
        self._show_status(message)
        self._restore_focus()
        self.call_after_refresh(self._show_more)

    def _layout(self, kind: str, columns: list[tuple[str, int, list[ItemView]]]
                ) -> tuple[list[tuple[str, int, list[ItemView]]], list[tuple[str, int, list[ItemView]]]]:
        """The columns to show and the empty ones to fold away: all shown when they fit side by side at their
        narrowest and, if some are empty, each still gets CARD_COMFORT cells; else only those with cards (a card
        moved into a folded status brings its column back). On 80 columns the four commitment statuses fit at
        20 cells each, and two cards then took 17 lines each in one narrow column beside three empty ones."""
        widths = [column_min_width(status_label(kind, status), count) for status, count, _ in columns]
        width = max(1, self.size.width)
        roomy = all(count for _, count, _ in columns) or width // max(1, len(columns)) >= CARD_COMFORT
        if sum(widths) <= width and roomy:
            return columns, []
        return [c for c in columns if c[1]], [c for c in columns if not c[1]]

    def _show_more(self) -> None:
        """The line above the columns: the empty statuses folded away, and the columns (partly) out of view
        to the left and the right, so no status is out of sight without a word."""
        left, right = self._out_of_view()
        parts: list[str] = []
        if self.folded:
            parts.append("leeg: " + ", ".join(self.folded))
        if left:
            parts.append("← meer links: " + ", ".join(left))
        if right:
            parts.append("meer rechts: " + ", ".join(right) + " →")
        more = self.query_one("#board-more", Static)
        more.update(Content.styled(" · ".join(parts), MUTED_STYLE))
        more.display = bool(parts)

    def _out_of_view(self) -> tuple[list[str], list[str]]:
        """The titles of the columns not wholly in the board's window, left of it and right of it."""
        holder = self.query_one("#board-columns", HorizontalScroll)
        left: list[str] = []
        right: list[str] = []
        if holder.max_scroll_x <= 0:
            return left, right
        start = holder.scroll_offset.x
        end = start + holder.scrollable_content_region.width
        for column in self._columns():
            title = f"{column.label} ({column.count})"
            region = column.virtual_region
            if region.x < start:
                left.append(title)
            elif region.right > end:
                right.append(title)
        return left, right

    def _size_columns(self, columns: list[BoardColumn]) -> None:
        """Share the width while every column gets at least its minimum (BoardColumn.min_width: more for a
        title such as "deels uitgevoerd (1)"); past that the columns keep that width and the board scrolls
        sideways (a 1fr column in a scrolling row would take the whole width, min-width or not)."""
        widths = [column.min_width() for column in columns]
        fits = sum(widths) <= max(1, self.size.width)
        for column, width in zip(columns, widths, strict=True):
            column.styles.width = "1fr" if fits else width

    async def on_resize(self) -> None:
        loaded = self.last_loaded
        if loaded is not None:
            shown, _ = self._layout(loaded.kind, loaded.columns)
            if [status for status, _, _ in shown] != [column.status for column in self._columns()]:
                await self.show(loaded)  # wider or narrower: the empty columns fold or come back
                return
        self._size_columns(self._columns())
        card = self.focused_card()
        if card is not None:
            self._reveal(card)
        self.call_after_refresh(self._show_more)

    def _reveal(self, card: Card) -> None:
        """Scroll the board sideways so the card's whole column shows, and its column to the card (once the
        layout is known: a card just mounted has no place yet)."""
        def scroll() -> None:
            column = self._column_of(card)
            if column is None:
                return
            # Each scroller on its own: the board to the column (its border too), the column to the card.
            self.query_one("#board-columns", HorizontalScroll).scroll_to_widget(column, animate=False, immediate=True)
            column.query_one(".column-cards", VerticalScroll).scroll_to_widget(card, animate=False, immediate=True)

        self.call_after_refresh(scroll)

    def _show_status(self, message: Loaded) -> None:
        total = sum(count for _, count, _ in message.columns)
        parts: list[Content | tuple[str, str] | str] = [
            (counted(total, kind_label(message.kind), KIND_PLURALS[message.kind]), "bold"),
            (" · k of 1–5: andere soort · [ ]: status · d: afgerond · Enter: open", MUTED_STYLE)]
        if self.problems:
            parts.append((" · " + "; ".join(self.problems), "$text-warning"))
        self.query_one("#board-status", Static).update(Content.assemble(*parts))

    def _restore_focus(self) -> None:
        if self.keep_filter_focus:
            return
        wanted = self.focus_item
        cards = list(self.query(Card))
        for card in cards:
            if card.item["id"] == wanted:
                self._focus_card(card)
                return
        if cards:
            self._focus_card(cards[0])

    def _focus_card(self, card: Card) -> None:
        card.focus(scroll_visible=False)
        self._reveal(card)

    # -- kinds ----------------------------------------------------------------------------------------

    def show_kind(self, kind: str) -> None:
        self.query_one("#board-kinds", Tabs).active = f"kind-{kind}"

    @on(Tabs.TabActivated, "#board-kinds")
    def kind_chosen(self, event: Tabs.TabActivated) -> None:
        kind = (event.tab.id or "kind-commitment").removeprefix("kind-")
        if kind != self.kind:
            self.kind = kind
            self.focus_item = None
            self.reload()

    def action_next_kind(self) -> None:
        self.show_kind(KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)])

    def action_kind(self, index: int) -> None:
        self.show_kind(KINDS[index])

    # -- filter ------------------------------------------------------------------------------------------

    @on(Input.Changed, "#board-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.filter, self.problems = parse_filter(event.value)
        if self.filter.kind and self.filter.kind != self.kind:
            self.show_kind(self.filter.kind)  # the tab's activation loads that board, with this filter
            return
        self.reload()

    @on(Input.Submitted, "#board-filter")
    def action_leave_filter(self) -> None:
        self._restore_focus_any()

    def _restore_focus_any(self) -> None:
        cards = list(self.query(Card))
        if cards:
            self._focus_card(cards[0])
        else:
            self.set_focus(None)

    def focus_filter(self) -> bool:
        self.query_one("#board-filter", Input).focus()
        return True

    def apply_filter_text(self, text: str) -> bool:
        self.query_one("#board-filter", Input).value = text
        return True

    # -- moving around ---------------------------------------------------------------------------------

    def focused_card(self) -> Card | None:
        return self.focused if isinstance(self.focused, Card) else None

    def current_item_id(self) -> int | None:
        card = self.focused_card()
        return int(card.item["id"]) if card else None

    def _columns(self) -> list[BoardColumn]:
        return list(self.query(BoardColumn))

    def _column_of(self, card: Card) -> BoardColumn | None:
        for node in card.ancestors:
            if isinstance(node, BoardColumn):
                return node
        return None

    def _off_card(self) -> None:
        """A card key pressed while no card has focus: the filter line or the tabs get the key."""
        if self.focused is not None:
            raise SkipAction()
        self._restore_focus_any()

    def _card_and_column(self) -> tuple[Card, BoardColumn] | None:
        """The focused card and its column; with no card focused, the keys go on to the filter or tabs."""
        card = self.focused_card()
        if card is None:
            self._off_card()
            return None
        column = self._column_of(card)
        return None if column is None else (card, column)

    def action_card(self, delta: int) -> None:
        found = self._card_and_column()
        if found is None:
            return
        card, column = found
        cards = column.cards()
        index = cards.index(card) + delta
        if 0 <= index < len(cards):
            self._focus_card(cards[index])

    def action_column(self, delta: int) -> None:
        """Focus the nearest card in the next column with cards that way; with none left, scroll the board to
        that end (so the empty columns off screen can be seen too: the next move brings the card back)."""
        found = self._card_and_column()
        if found is None:
            return
        card, column = found
        columns = self._columns()
        here = columns.index(column)
        row = column.cards().index(card)
        i = here + delta
        while 0 <= i < len(columns):
            cards = columns[i].cards()
            if cards:
                self._focus_card(cards[min(row, len(cards) - 1)])
                return
            i += delta
        holder = self.query_one("#board-columns", HorizontalScroll)
        holder.scroll_to(x=holder.max_scroll_x if delta > 0 else 0, animate=False)

    def action_open_card(self) -> None:
        card = self.focused_card()
        if card is not None:
            self.post_message(OpenItem(card.item["id"]))

    @on(Card.Opened)
    def card_opened(self, message: Card.Opened) -> None:
        self.post_message(OpenItem(message.item_id))

    def status_items(self) -> list[ItemView]:
        card = self.focused_card()
        if card is None:
            return []
        # The card keeps the focus in the column it moves to.
        self.focus_item = card.item["id"]
        return [card.item]
