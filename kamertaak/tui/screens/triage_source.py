"""Choosing the text to triage: the source text of a debate in the store, a text file, or a pasted text."""

from __future__ import annotations

import datetime as dt
import errno
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from kamertaak.core.errors import os_reason
from kamertaak.core.labels import date_nl
from kamertaak.core.text import one_line
from kamertaak.store import queries
from kamertaak.tui.present import MUTED_STYLE, thousands
from kamertaak.tui.screens.base import Dialog

if TYPE_CHECKING:
    from kamertaak.store.service import Store

DEBATES_SHOWN = 50
PASTED_NAME = "geplakte tekst"


@dataclass(frozen=True)
class TriageSource:
    """A text to triage: its name, the text, the date its due phrases count from, and the debate it
    came from (its title and date let the accepted items join that debate instead of a new one)."""

    name: str
    text: str
    ref: dt.date
    debate_title: str | None = None
    debate_date: dt.date | None = None
    from_file: bool = True  # False for a pasted text: its name is its first line


def debates_with_text(store: Store) -> list[dict[str, Any]]:
    """Debates that carry a source text, newest first, with the text's length (not the text)."""
    return queries.debates_with_text(store.db, DEBATES_SHOWN)


def debate_source(store: Store, debate_id: int) -> TriageSource | None:
    row = queries.debate_source(store.db, debate_id)
    if row is None or not row["source_text"]:
        return None
    raw = row["date"]
    day = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw)) if raw else None
    return TriageSource(name=row["title"], text=row["source_text"], ref=day or store.today(),
                        debate_title=row["title"], debate_date=day)


def file_source(typed: str, today: dt.date) -> TriageSource:
    """A text file as a source (due phrases count from today unless the text names its date);
    OSError when it cannot be read."""
    from kamertaak.core.extract import TEXT_LIMIT, TEXT_LIMIT_WORDS, decode_text

    path = Path(typed.strip()).expanduser()
    with path.open("rb") as fh:
        # no more than the limit: a huge file or a device is refused at once
        raw = fh.read(TEXT_LIMIT + 1)
    if len(raw) > TEXT_LIMIT:  # its bytes, as the CLI counts a file (decoded, it was read cut off at the limit)
        raise OSError(errno.EFBIG, f"groter dan {TEXT_LIMIT_WORDS} (triage leest teksten tot {TEXT_LIMIT_WORDS})")
    return TriageSource(name=path.name, text=decode_text(raw), ref=today)


def pasted_source(text: str, today: dt.date) -> TriageSource:
    """A pasted text as a source (due phrases count from today unless the text names its date);
    ValueError when it is longer than triage reads."""
    from kamertaak.core.extract import TEXT_LIMIT, TEXT_LIMIT_WORDS

    if len(text) > TEXT_LIMIT:
        raise ValueError(f"de geplakte tekst is groter dan {TEXT_LIMIT_WORDS} (triage leest teksten tot "
                         f"{TEXT_LIMIT_WORDS}); splits de tekst")
    from kamertaak.store.triage import first_line_name

    return TriageSource(name=first_line_name(text, PASTED_NAME), text=text, ref=today, from_file=False)


def read_problem(typed: str, exc: OSError) -> str:
    """Why a file could not be read, in words."""
    if isinstance(exc, FileNotFoundError):
        if len(typed.split()) > 3:
            # words, not a path: most likely a text pasted (or typed) into the path field
            return f"'{one_line(typed, 60)}' bestaat niet als bestand; een tekst plak je in het vak eronder"
        return f"'{one_line(typed)}' bestaat niet"
    if isinstance(exc, IsADirectoryError):
        return f"'{one_line(typed)}' is een map"
    if isinstance(exc, PermissionError):
        return f"geen leesrecht op '{one_line(typed)}'"
    return f"kan '{one_line(typed)}' niet lezen: {os_reason(exc)}"


class PathInput(Input):
    """The path field: a text of more than one line pasted into it is a text, not a path (an Input keeps
    only a paste's first line); it goes to the text field whole."""

    @dataclass
    class TextPasted(Message):
        text: str

    def _on_paste(self, event: events.Paste) -> None:
        if len(event.text.strip().splitlines()) > 1:
            event.stop()
            event.prevent_default()
            self.post_message(self.TextPasted(event.text))


class PastedArea(TextArea):
    """The text field: it takes a paste and keeps it (Textual's text area, whose handler runs after this one, lets
    the paste bubble on to the dialog, which would put it in a second time)."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()


class TriageSourceScreen(Dialog[TriageSource | None]):
    """Pick a debate's text, type a file path or paste a text; returns the source, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "triage_pasted", "Triage de geplakte tekst", id="triage-source-pasted", priority=True),
        Binding("escape", "cancel", "Annuleer", id="triage-source-cancel"),
    ]

    @dataclass
    class Listed(Message):
        debates: list[dict[str, Any]]

    @dataclass
    class Read(Message):
        source: TriageSource

    @dataclass
    class Failed(Message):
        problem: str

    def compose(self) -> ComposeResult:
        with Vertical(id="triage-source-dialog", classes="dialog"):
            yield Label("Triage: welke tekst?", classes="dialog-title")
            yield Label("De tekst van een debat (Enter)", classes="form-label-wide")
            yield OptionList(Option(Content.styled("debatten laden…", MUTED_STYLE), disabled=True),
                             id="triage-debates")
            yield Label("of een tekstbestand", classes="form-label-wide")
            yield PathInput(placeholder="pad naar een .txt-bestand, dan Enter", id="triage-path",
                            select_on_focus=False)
            yield Label("of plak de tekst hier, dan Ctrl+S", classes="form-label-wide")
            yield PastedArea(id="triage-pasted", soft_wrap=True, show_line_numbers=False,
                           placeholder="plak (of typ) de tekst van het debat")
            yield Static("", id="triage-source-problem", classes="problem")
            yield Label("Tab wisselt · Ctrl+S doet triage op de geplakte tekst · Esc annuleert", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#triage-path", Input).focus()
        self.list_debates()

    def on_key(self, event: events.Key) -> None:
        """Typing a path while the list of debates has the focus goes to the path field: no key is lost."""
        path = self.query_one("#triage-path", Input)
        if isinstance(self.focused, TextArea):
            return
        if self.focused is not path and event.is_printable and event.character and event.character.strip():
            event.stop()
            event.prevent_default()
            path.focus()
            path.insert_text_at_cursor(event.character)

    def on_paste(self, event: events.Paste) -> None:
        """A paste the focused widget leaves (the list of debates has the focus when the dialog opens) is not
        lost: a text of more than one line goes to the text field, one line to the path field, as typing does."""
        if not event.text.strip():
            return
        event.stop()
        if len(event.text.strip().splitlines()) > 1:
            self._put_text(event.text, "de geplakte tekst staat in het tekstvak; Ctrl+S doet er triage op")
            return
        path = self.query_one("#triage-path", Input)
        path.focus()
        path.insert_text_at_cursor(event.text.strip())

    @work(thread=True, exclusive=True, group="triage-source")
    def list_debates(self) -> None:
        debates = self.kt.store_call(debates_with_text)
        if debates is not None:
            self.post_message(self.Listed(debates))

    @on(Listed)
    def show_debates(self, message: Listed) -> None:
        options = self.query_one("#triage-debates", OptionList)
        if not message.debates:
            options.set_options([Option(Content.styled("geen debatten met een tekst", MUTED_STYLE), disabled=True)])
            return
        options.set_options([
            Option(Content.assemble((f"{date_nl(d['date']) if d['date'] else 'zonder datum':<17} ", "bold"),
                                    f"{one_line(d['kind'] or 'debat', 18)} · ", Content(one_line(d["title"], 50)),
                                    (f"  {thousands(d['size'])} tekens", MUTED_STYLE)),
                   id=f"debate:{d['id']}")
            for d in message.debates
        ])
        options.highlighted = 0
        if not isinstance(self.focused, TextArea):
            options.focus()

    @on(OptionList.OptionSelected, "#triage-debates")
    def debate_chosen(self, event: OptionList.OptionSelected) -> None:
        debate_id = int((event.option.id or "debate:0").split(":")[1])
        self.read_debate(debate_id)

    @work(thread=True, exclusive=True, group="triage-source")
    def read_debate(self, debate_id: int) -> None:
        source = self.kt.store_call(lambda s: debate_source(s, debate_id))
        if source is None:
            self.post_message(self.Failed(f"debat {debate_id} heeft geen tekst (meer)"))
        else:
            self.post_message(self.Read(source))

    @on(Input.Submitted, "#triage-path")
    def path_typed(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self._problem("geef het pad van een tekstbestand")
            return
        self.read_file(event.value)

    @work(thread=True, exclusive=True, group="triage-source")
    def read_file(self, typed: str) -> None:
        try:
            source = file_source(typed, self.kt.today)
        except OSError as exc:
            self.post_message(self.Failed(read_problem(typed, exc)))
            return
        self.post_message(self.Read(source))

    @on(PathInput.TextPasted)
    def text_pasted(self, message: PathInput.TextPasted) -> None:
        self._put_text(message.text, "een tekst, geen pad: in het tekstvak gezet; Ctrl+S doet er triage op")

    def _put_text(self, text: str, note: str) -> None:
        area = self.query_one("#triage-pasted", TextArea)
        area.text = text
        area.focus()
        self.query_one("#triage-source-problem", Static).update(Content.styled(note, MUTED_STYLE))

    def action_triage_pasted(self) -> None:
        text = self.query_one("#triage-pasted", TextArea).text
        if not text.strip():
            self.query_one("#triage-pasted", TextArea).focus()
            self._problem("plak eerst een tekst in het tekstvak (of kies een debat of een bestand)")
            return
        try:
            source = pasted_source(text, self.kt.today)
        except ValueError as exc:
            self._problem(str(exc))
            return
        self.post_message(self.Read(source))

    @on(Read)
    def done(self, message: Read) -> None:
        from kamertaak.core.extract import not_a_text, plain_text

        problem = not_a_text(message.source.text)
        if problem is not None:
            self._problem(f"'{one_line(message.source.name)}' {problem}")
            return
        # no terminal escape code or control character reaches triage, a title or the screen
        self.dismiss(replace(message.source, text=plain_text(message.source.text)))

    @on(Failed)
    def failed(self, message: Failed) -> None:
        self._problem(message.problem)

    def _problem(self, text: str) -> None:
        self.query_one("#triage-source-problem", Static).update(Content.styled(text, "$text-error"))

    def action_cancel(self) -> None:
        self.dismiss(None)
