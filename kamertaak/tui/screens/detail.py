"""One item with everything about it: fields, verbatim text, due date and how it was reached,
history in words, notes, links, reminders and register numbers."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from kamertaak.core.history import history_lines
from kamertaak.core.labels import ROLE_LABELS, date_nl, kind_label, recurrence_label, status_label
from kamertaak.core.text import one_line, printable
from kamertaak.core.votes import party_text, vote_heading
from kamertaak.store.queries import reminder_moment
from kamertaak.store.reminders import default_offsets, defaults_for, offset_label
from kamertaak.tui.present import (
    MUTED_STYLE,
    actor_label,
    due_content,
    literal,
    literal_line,
    precision_label,
    register_flag,
)
from kamertaak.tui.screens.base import DataScreen

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemDetail

LABEL_WIDTH = 17


def field_line(label: str, value: Content | str | None) -> Content:
    """'label            value' with the label muted; str values are data and stay literal."""
    shown = value if isinstance(value, Content) else literal(value if value not in (None, "") else "—")
    return Content.assemble((f"{label:<{LABEL_WIDTH}}", MUTED_STYLE), shown)


def vote_lines(item: Mapping[str, Any]) -> list[Content]:
    """A voted motion: the decision with the tally, then each party with its seats and how it voted."""
    votes = item.get("votes")
    if not votes:
        return []
    lines = [field_line("stemming", vote_heading(item.get("vote"), votes))]
    lines += [field_line("", party_text(party)) for party in votes["parties"]]
    return lines


def detail_fields(item: ItemDetail, today: dt.date) -> Content:
    """Every field of an item, one per line."""
    debate = item.get("debate")
    debate_text = None
    if debate:
        parts = [one_line(debate.get("kind") or "debat"), date_nl(debate.get("date")) if debate.get("date") else "",
                 one_line(debate.get("title")), one_line(debate.get("committee") or "")]
        debate_text = f"#{debate['id']} " + " · ".join(p for p in parts if p)
    status = status_label(item["kind"], item["status"])
    flag = register_flag(item)
    if item.get("raw_status") and flag is None:
        status += f" (register: {one_line(item['raw_status'])})"
    actors = [f"{actor_label(a)} – {ROLE_LABELS.get(a.get('role') or '', a.get('role') or '')}"
              for a in item.get("actors", [])]
    lines = [
        field_line("soort", kind_label(item["kind"])),
        field_line("status", status),
        *([field_line("let op", flag)] if flag is not None else []),
        field_line("termijn", due_content(item, today)),
        field_line("termijnzin", item.get("due_phrase")),
        field_line("uitleg", item.get("explanation")),
        field_line("precisie", precision_label(item.get("precision")) + (", geschat" if item.get("estimated") else "")),
        field_line("herhaling", recurrence_label(recurrence) if (recurrence := item["recurrence"]) else None),
        field_line("gepland op", date_nl(item.get("scheduled")) if item.get("scheduled") else None),
        field_line("verborgen tot", date_nl(item.get("hide_until")) if item.get("hide_until") else None),
        field_line("prioriteit", item.get("priority")),
        field_line("eigenaar", item.get("owner")),
        field_line("standpunt", item.get("stance")),
        field_line("volgende stap", item.get("next_action")),
        field_line("debat", debate_text),
        field_line("actoren", "; ".join(actors) if actors else None),
        field_line("onderwerpen", ", ".join(item.get("topics", [])) or None),
        *([field_line("kabinet", f"appreciatie: {item['appreciation']}")] if item.get("appreciation") else []),
        *([field_line("medeindieners", ", ".join(item["cosigners"]))] if item.get("cosigners") else []),
        *vote_lines(item),
        field_line("registernummers", ", ".join(item.get("registers", [])) or None),
        field_line("extern nummer", item.get("external_id")),
        field_line("bron", item.get("source")),
        field_line("aangemaakt", (item.get("created_at") or "").replace("T", " ")),
        field_line("gewijzigd", f"{(item.get('updated_at') or '').replace('T', ' ')} (versie {item.get('version')})"),
    ]
    if item.get("register_deleted"):
        lines.append(field_line("let op", Content.styled("verwijderd uit het register", "$text-warning")))
    return Content("\n").join(lines)


def reminder_lines(item: ItemDetail, offsets: Mapping[str, Sequence[int]], today: dt.date) -> Content:
    """An item's reminders in the order they go off: the stored ones and its kind's defaults from the
    config ("(standaard)"), as the agenda and `kamertaak remind` count them."""
    stored = item.get("reminders", [])
    rows: list[tuple[str, Content]] = []
    for r in stored:
        when = reminder_moment(r["at"], r["offset_days"], r["snoozed_until"], item.get("due"))
        state = ("afgevinkt" if r["dismissed_at"] else "verstuurd" if r["sent_at"]
                 else f"gesluimerd tot {date_nl(r['snoozed_until'][:10])}" if r["snoozed_until"] else "actief")
        days = r["offset_days"]
        what = "op een moment" if days is None else offset_label(days) + (" de termijn" if days else "")
        rows.append((when or "", Content(f"{_moment(when)}  {what}  ({state})")))
    # A default goes off only for an open item whose due date is still ahead (or today), as in the agenda.
    live = bool(item.get("open")) and bool(item.get("due")) and str(item["due"]) >= today.isoformat()
    for days in defaults_for(item, offsets, stored):
        when = reminder_moment(None, days, None, item.get("due"))
        what = offset_label(days) + (" de termijn" if days else "")
        rows.append((when or "", Content.assemble(
            f"{_moment(when)}  {what} ", ("(standaard)", MUTED_STYLE),
            f"  ({'actief' if live else 'gaat niet meer af'})")))
    rows.sort(key=lambda row: row[0])
    lines = [line for _, line in rows]
    return Content("\n").join(lines) if lines else Content.styled("geen herinneringen", MUTED_STYLE)


def _moment(when: str | None) -> str:
    """'2025-04-07' for a reminder on a day, '2025-04-07 09:00' for one at a time."""
    return (when or "?").removesuffix("T00:00:00")[:16].replace("T", " ")


class DetailScreen(DataScreen):
    """The detail of one item; keys add a note, open a link and move the status."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Terug", id="detail-back"),
        Binding("t", "note", "Notitie", id="detail-note", tooltip="Korte notitie toevoegen"),
        Binding("E", "note_in_editor", "Notitie in $EDITOR", id="detail-note-editor"),
        Binding("o", "open_link", "Open link", id="detail-open-link"),
        Binding("right_square_bracket,shift+right", "step(1)", "Status →", id="detail-status-next"),
        Binding("left_square_bracket,shift+left", "step(-1)", "← Status", id="detail-status-previous"),
    ]

    @dataclass
    class Loaded(Message):
        item: ItemDetail | None

    def __init__(self, item_id: int) -> None:
        super().__init__()
        self.item_id = item_id
        self.item: ItemDetail | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.styled(f"Item #{self.item_id}", "bold"), id="screen-title")
        with VerticalScroll(id="detail-body"):
            yield Static(Content.styled("laden…", MUTED_STYLE), id="detail-heading")
            yield Static(id="detail-fields")
            yield Label("Tekst (letterlijk)", classes="section-title")
            yield Static(id="detail-text", classes="verbatim")
            yield Label("Links (Enter of o opent in de browser)", classes="section-title")
            yield OptionList(id="detail-links")
            yield Label("Notities (t: toevoegen, E: in je editor)", classes="section-title")
            yield Static(id="detail-notes")
            yield Label("Herinneringen", classes="section-title")
            yield Static(id="detail-reminders")
            yield Label("Geschiedenis", classes="section-title")
            yield Static(id="detail-history")
        yield Footer()

    def reload(self) -> None:
        self.load()

    def current_item_id(self) -> int | None:
        return self.item_id

    def context_hint(self) -> dict[str, Any]:
        debate_id = self.item.get("debate_id") if self.item else None
        return {"debate_id": debate_id} if debate_id else {}

    @work(thread=True, exclusive=True, group="detail")
    def load(self) -> None:
        from kamertaak.store.queries import get_item

        item_id = self.item_id
        item = self.kt.store_call(lambda s: get_item(s.db, item_id, s.today()))
        self.post_message(self.Loaded(item))

    @on(Loaded)
    def show(self, message: Loaded) -> None:
        item = message.item
        self.item = item
        if item is None:
            self.query_one("#detail-heading", Static).update(
                Content.styled(f"Item #{self.item_id} bestaat niet (meer)", "$text-error"))
            return
        today = self.kt.today
        self.query_one("#screen-title", Static).update(Content.assemble(
            (f"#{item['id']} {kind_label(item['kind'])}", "bold"), f" · {status_label(item['kind'], item['status'])}",
        ))
        self.query_one("#detail-heading", Static).update(Content.styled(printable(item["title"]), "bold"))
        self.query_one("#detail-fields", Static).update(detail_fields(item, today))
        text = item.get("text") or ""
        self.query_one("#detail-text", Static).update(
            literal(text) if text else Content.styled("geen tekst", MUTED_STYLE))
        links = self.query_one("#detail-links", OptionList)
        links.set_options([Option(Content.assemble(literal_line(link["label"] or link["url"], 60), "  ",
                                                   (one_line(link["url"]), "$text-accent underline")),
                                  id=f"link:{link['id']}") for link in item.get("links", [])]
                          or [Option(Content.styled("geen links", MUTED_STYLE), disabled=True)])
        notes = [Content.assemble((f"{(n['created_at'] or '')[:16].replace('T', ' ')} {one_line(n['author'])}: ",
                                   MUTED_STYLE), literal(n["text"])) for n in item.get("notes", [])]
        self.query_one("#detail-notes", Static).update(
            Content("\n").join(notes) if notes else Content.styled("geen notities", MUTED_STYLE))
        self.query_one("#detail-reminders", Static).update(self._reminders(item))
        lines = history_lines(item.get("history", []), item["kind"])
        self.query_one("#detail-history", Static).update(
            Content("\n").join([literal(line) for line in lines]) if lines else Content("—"))

    def _reminders(self, item: ItemDetail) -> Content:
        # The defaults were checked when the config file was read ("N dagen voor" for known kinds).
        return reminder_lines(item, default_offsets(self.kt.reminder_defaults), self.kt.today)

    # -- actions ---------------------------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_step(self, direction: int) -> None:
        if self.item is not None:
            self.kt.step_status(self.item, direction, f"#{self.item['id']}")

    def action_note(self) -> None:
        from kamertaak.tui.screens.note import NoteScreen

        def save(text: str | None) -> None:
            if text is None:
                return
            if text.startswith(NoteScreen.TO_EDITOR):
                self.action_note_in_editor(text.removeprefix(NoteScreen.TO_EDITOR))
            elif text.strip():
                self._add_note(text)

        self.app.push_screen(NoteScreen(), save)

    def _add_note(self, text: str) -> None:
        item_id = self.item_id
        self.kt.mutate(lambda s: s.add_note(item_id, text), f"notitie toegevoegd aan #{item_id}")

    def action_note_in_editor(self, start: str = "") -> None:
        """Write a long note in $EDITOR (the TUI steps aside while the editor runs)."""
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        with tempfile.NamedTemporaryFile("w+", suffix=".md", prefix="kamertaak-notitie-", delete=False,
                                         encoding="utf-8") as fh:
            fh.write(start)
            path = fh.name
        try:
            try:
                with self.app.suspend():
                    subprocess.run([*shlex.split(editor), path], check=False)
            except Exception as exc:  # no terminal to give away (headless, Windows without support)
                self.notify(f"kan de editor niet openen: {exc}", severity="error", markup=False)
                return
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        finally:
            os.unlink(path)
        if text.strip():
            self._add_note(text.rstrip("\n"))
        else:
            self.notify("lege notitie: niets bewaard", severity="warning")

    def action_open_link(self) -> None:
        links = self.item["links"] if self.item else []
        if not links:
            self.notify("dit item heeft geen links", severity="warning")
            return
        if len(links) == 1:
            self._open_url(links[0]["url"])
            return
        self.query_one("#detail-links", OptionList).focus()
        self.notify("kies een link en druk op Enter")

    @on(OptionList.OptionSelected, "#detail-links")
    def link_chosen(self, event: OptionList.OptionSelected) -> None:
        link_id = int((event.option.id or "link:0").split(":")[1])
        for link in self.item["links"] if self.item else []:
            if link["id"] == link_id:
                self._open_url(link["url"])

    def _open_url(self, url: str) -> None:
        self.app.open_url(url)
        self.notify(f"geopend in de browser: {one_line(url, 80)}", markup=False)
