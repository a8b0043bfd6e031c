"""The register inbox: records the user's follow rules found in the register mirror, waiting to be taken
in (a) or laid aside (x), as `kamertaak register accept|dismiss` do."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kamertaak.core.labels import counted, date_nl, kind_label
from kamertaak.core.text import one_line
from kamertaak.reports.detail import actor_label
from kamertaak.tui.present import MUTED_STYLE, literal, literal_line, register_flag
from kamertaak.tui.screens.base import DataScreen
from kamertaak.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kamertaak.store.service import Store
    from kamertaak.sync.linking import RegisterLink

# A first sync with a broad rule can fill the inbox with thousands: show this many, say there are more.
INBOX_CAP = 500


def inbox_records(store: Store) -> list[dict[str, Any]]:
    """The records waiting in the inbox, newest change first (at most INBOX_CAP + 1), each with the
    tracked item it probably is (`likely`: a Likeness or None)."""
    from kamertaak.store.register import RegisterMirror, likely_items

    rows = RegisterMirror(store.db, store.stamp).search(inbox=True, limit=INBOX_CAP + 1)
    likely = likely_items(store.db, rows[:INBOX_CAP])
    for row in rows:
        row["likely"] = likely.get(row["id"])
    return rows


def linked_words(number: str, linked: RegisterLink) -> str:
    """The toast after k: what the item follows now, the due date it took, what it could not take over."""
    parts = [f"{number} gekoppeld aan #{linked.item_id} (geen nieuw item)", linked.due_change(),
             f"let op: {one_line(linked.conflict)}" if linked.conflict else ""]
    return "; ".join(p for p in parts if p)


def record_number(row: dict[str, Any]) -> str:
    """'TZ202504-057', or for a motion '21501-20, nr. 2333 (2025Z12345)'."""
    number = one_line(row.get("number") or "?")
    kamerstuk = row.get("kamerstuk")
    return f"{one_line(kamerstuk)} ({number})" if kamerstuk else number


def record_who(row: dict[str, Any]) -> str:
    """A commitment's ministry and minister, a motion's submitters with their party."""
    record = json.loads(row.get("record") or "{}")
    actors = record.get("actors") or []
    if row.get("kind") == "motion":
        names = [actor_label(a) for a in actors if a.get("name")]
        return "ingediend door " + ", ".join(names) if names else "geen indieners bekend"
    if row.get("kind") == "question":
        askers = [actor_label(a) for a in actors if a.get("name") and a.get("role") == "member"]
        asked = [one_line(a.get("name")) for a in actors if a.get("name") and a.get("role") != "member"]
        return " ".join(p for p in ("gesteld door " + ", ".join(askers) if askers else "",
                                     "aan " + ", ".join(asked) if asked else "") if p) or "geen vragenstellers bekend"
    minister = ", ".join(one_line(a.get("name")) for a in actors if a.get("name"))
    return " · ".join(p for p in (one_line(row.get("ministry") or ""), minister) if p) or "geen ministerie bekend"


def record_status(row: dict[str, Any]) -> Content:
    """The register's own status word, flagged when nobody documented it."""
    flag = register_flag(row)
    if flag is not None:
        return flag
    raw = row.get("raw_status")
    if raw:
        return Content.styled(f"registerstatus '{one_line(raw, 40)}'", MUTED_STYLE)
    return Content.styled("nog geen besluit" if row.get("kind") == "motion" else "geen registerstatus", MUTED_STYLE)


def record_lines(row: dict[str, Any], width: int) -> Content:
    """Three lines: number, kind, status and due; the title; who."""
    due = f" · termijn {date_nl(row['due'])}" if row.get("due") else ""
    head = Content.assemble((f"{record_number(row)}  ", "bold"), (f"{kind_label(row.get('kind') or '')}  ", ""),
                            record_status(row), (due, MUTED_STYLE))
    lines = [head, Content.assemble("  ", literal_line(row.get("title") or "", width)),
             Content.assemble("  ", (one_line(record_who(row), width), MUTED_STYLE))]
    likely = row.get("likely")
    if likely is not None:
        lines.append(Content.assemble("  ", (f"lijkt op #{likely.item_id} ", "$text-warning bold"),
                                      literal_line(likely.title, max(10, width - 56)),
                                      (f" ({likely.reason}) · k: koppelen", MUTED_STYLE)))
    return Content("\n").join(lines)


class RegisterInboxScreen(DataScreen):
    """The inbox of the register mirror; a takes the highlighted record in, x lays it aside."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Opnemen", id="inbox-accept", tooltip="Als item opnemen; de sync houdt het bij"),
        Binding("x", "dismiss_record", "Wegleggen", id="inbox-dismiss", tooltip="Uit de inbox, niet volgen"),
        Binding("k", "link_record", "Koppelen", id="inbox-link",
                tooltip="Het item waar het record op lijkt laten volgen, in plaats van een dubbel item"),
        Binding("escape", "back", "Terug", id="inbox-back"),
    ]

    @dataclass
    class Loaded(Message):
        rows: list[dict[str, Any]]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        # Records with an accept or dismiss under way: a second key press must not repeat it.
        self.busy: set[int] = set()

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Registerinbox", "bold"), id="screen-title")
        yield Static(Content.styled("laden…", MUTED_STYLE), id="inbox-status")
        yield OptionList(id="inbox-list")
        with VerticalScroll(id="inbox-text-scroll"):
            yield Static(id="inbox-text", classes="verbatim")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#inbox-list", OptionList).focus()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="inbox")
    def load(self) -> None:
        rows = self.kt.store_call(inbox_records)
        if rows is not None:
            self.post_message(self.Loaded(rows))

    @on(Loaded)
    def show(self, message: Loaded) -> None:
        self.busy.clear()
        more = len(message.rows) > INBOX_CAP
        self.rows = message.rows[:INBOX_CAP]
        option_list = self.query_one("#inbox-list", OptionList)
        keep = option_list.highlighted_option.id if option_list.highlighted_option else None
        position = option_list.highlighted or 0
        width = max(30, self.size.width - 8)
        options = [Option(record_lines(row, width), id=f"record:{row['id']}") for row in self.rows]
        # A rule between records: each takes three lines.
        option_list.set_options([part for option in options for part in (option, None)][:-1])
        if options:
            ids = [o.id for o in option_list.options]
            # The same record if it is still there, else the one that took its place.
            option_list.highlighted = ids.index(keep) if keep in ids else min(position, len(options) - 1)
        unknown = sum(1 for row in self.rows if register_flag(row) is not None)
        if not self.rows:
            status = Content.styled("de inbox is leeg · nieuwe treffers van je volgregels (kamertaak follow add) komen"
                                    " hier na kamertaak sync tweedekamer", MUTED_STYLE)
        else:
            status = Content.assemble(
                ("meer dan " + counted(len(self.rows), "record", "records") + " wachten" if more
                 else counted(len(self.rows), "record wacht", "records wachten"), "bold"),
                (f" · {unknown} met een onbekende registerstatus" if unknown else "", "$text-warning"),
                (" · a: opnemen als item · k: koppelen aan het item waar het op lijkt · x: wegleggen · Esc: terug",
                 MUTED_STYLE))
        self.query_one("#inbox-status", Static).update(status)
        self.show_text()

    @on(OptionList.OptionHighlighted, "#inbox-list")
    def show_text(self) -> None:
        row = self.current_record()
        text = (row.get("text") or "") if row else ""
        self.query_one("#inbox-text", Static).update(
            literal(text) if text else Content.styled("geen tekst" if row else "", MUTED_STYLE))

    def current_record(self) -> dict[str, Any] | None:
        option = self.query_one("#inbox-list", OptionList).highlighted_option
        if option is None or not option.id:
            return None
        record_id = int(option.id.removeprefix("record:"))
        return next((row for row in self.rows if row["id"] == record_id), None)

    def _chosen(self) -> dict[str, Any] | None:
        row = self.current_record()
        if row is None:
            self.notify("kies eerst een record", severity="warning")
            return None
        if row["id"] in self.busy:
            return None
        self.busy.add(row["id"])
        return row

    # -- actions ---------------------------------------------------------------------------------

    def action_accept(self) -> None:
        row = self._chosen()
        if row is None:
            return
        from kamertaak.sync.inbox import accept

        record_id, number = row["id"], record_number(row)
        self.kt.mutate(lambda s: accept(s, record_id), lambda taken: f"{number} opgenomen als item #{taken.item_id}")

    def action_link_record(self) -> None:
        row = self.current_record()
        if row is None:
            self.notify("kies eerst een record", severity="warning")
            return
        likely = row.get("likely")
        if likely is None:
            self.notify(f"{record_number(row)} lijkt op geen gevolgd item; a neemt het op als nieuw item",
                        severity="warning")
            return
        row = self._chosen()
        if row is None:
            return
        from kamertaak.sync.linking import link_register

        record_id, number, item_id = row["id"], record_number(row), likely.item_id
        self.kt.mutate(lambda s: link_register(s, item_id, record_id), lambda linked: linked_words(number, linked))

    def action_dismiss_record(self) -> None:
        row = self._chosen()
        if row is None:
            return
        from kamertaak.sync.inbox import dismiss

        record_id, number = row["id"], record_number(row)
        self.kt.mutate(lambda s: dismiss(s, record_id), f"{number} weggelegd (wordt niet gevolgd)")

    def action_back(self) -> None:
        self.app.pop_screen()
