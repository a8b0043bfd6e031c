"""One item with everything about it: fields, verbatim text, due date and how it was reached,
history in words, notes, links, reminders and register numbers."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from kamertaak.core.text import one_line
from kamertaak.reports.detail import MUTED, OVERDUE, WARNING, Field, ItemSheet, item_detail
from kamertaak.tui.present import MUTED_STYLE, literal_line
from kamertaak.tui.screens.base import DataScreen
from kamertaak.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemDetail, ItemView

LABEL_WIDTH = 17
TONES = {OVERDUE: "$text-error bold", WARNING: "$text-warning", MUTED: MUTED_STYLE}


def field_line(field: Field) -> Content:
    """'label            value' with the label muted; the value is data and stays literal."""
    value = field.value if field.value is not None else "—"
    shown = Content.styled(value, TONES[field.tone]) if field.tone else Content(value)
    return Content.assemble((f"{field.label:<{LABEL_WIDTH}}", MUTED_STYLE), shown)


def reminder_content(detail: ItemSheet) -> Content:
    """The reminders as the presenter words them, '(standaard)' muted."""
    lines = [Content.assemble(f"{r.moment}  {r.what} ", ("(standaard) " if r.default else "", MUTED_STYLE),
                              f" ({r.state})") for r in detail.reminders]
    return Content("\n").join(lines) if lines else Content.styled("geen herinneringen", MUTED_STYLE)


class DetailScreen(DataScreen):
    """The detail of one item; keys add a note, open a link and move the status."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Terug", id="detail-back"),
        Binding("t", "note", "Notitie", id="detail-note", tooltip="Korte notitie toevoegen"),
        # Out of the footer: t's note dialog shows ctrl+e for $EDITOR, and help lists E.
        Binding("E", "note_in_editor", "Notitie in $EDITOR", id="detail-note-editor", show=False),
        Binding("o", "open_link", "Open link", id="detail-open-link"),
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
        yield KeyFooter()

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
        detail = item_detail(item, self.kt.today, self.kt.reminder_defaults)
        self.query_one("#screen-title", Static).update(Content.styled(detail.heading, "bold"))
        self.query_one("#detail-heading", Static).update(Content.styled(detail.title, "bold"))
        self.query_one("#detail-fields", Static).update(Content("\n").join(field_line(f) for f in detail.fields))
        self.query_one("#detail-text", Static).update(
            Content(detail.text) if detail.text else Content.styled("geen tekst", MUTED_STYLE))
        links = self.query_one("#detail-links", OptionList)
        links.set_options([Option(Content.assemble(literal_line(link.label or link.url, 60), "  ",
                                                   (one_line(link.url), "$text-accent underline")),
                                  id=f"link:{link.id}") for link in detail.links]
                          or [Option(Content.styled("geen links", MUTED_STYLE), disabled=True)])
        notes = [Content.assemble((f"{n.moment} {n.author}: ", MUTED_STYLE), Content(n.text)) for n in detail.notes]
        self.query_one("#detail-notes", Static).update(
            Content("\n").join(notes) if notes else Content.styled("geen notities", MUTED_STYLE))
        self.query_one("#detail-reminders", Static).update(reminder_content(detail))
        self.query_one("#detail-history", Static).update(
            Content("\n").join([Content(line) for line in detail.history]) if detail.history else Content("—"))

    # -- actions ---------------------------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def status_items(self) -> list[ItemView]:
        return [self.item] if self.item is not None else []

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
