"""Triage: a debate text on the left with the chosen proposal's quote highlighted, the proposals on the
right; one key accepts, edits or rejects a proposal, and one already tracked is flagged, not added twice."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from kamertaak.core.deadlines import explanation_warning
from kamertaak.core.labels import counted, date_nl, item_numbers, kind_label, reading_words, status_label
from kamertaak.core.text import one_line, printable
from kamertaak.tui.messages import StoreChanged
from kamertaak.tui.present import MUTED_STYLE
from kamertaak.tui.screens.base import DataScreen
from kamertaak.tui.screens.triage_edit import candidate_actors_text
from kamertaak.tui.screens.triage_source import TriageSource
from kamertaak.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kamertaak.core.extract import Candidate, Extraction
    from kamertaak.store.service import Store
    from kamertaak.store.triage import Accepted

# Room for the proposals column; the text takes the rest.
SIDE_WIDTH = 60


def shown_text(text: str) -> str:
    """The text as the left pane shows it: control characters visible, line ends as newlines."""
    return printable(text.replace("\r\n", "\n").replace("\r", "\n"))


def shown_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span of the original text as offsets in shown_text (which may be longer)."""
    before = len(shown_text(text[:start]))
    return before, before + len(shown_text(text[start:end]))


def location(shown: str, index: int) -> tuple[int, int]:
    """(row, column) of an offset in the shown text (its only line end is a newline)."""
    row = shown.count("\n", 0, index)
    return row, index - (shown.rfind("\n", 0, index) + 1)


@dataclass
class Tracked:
    """What the store knows about the proposals: the debate they would join and items already tracked."""

    debate_id: int | None
    existing: dict[int, int] = field(default_factory=dict)  # proposal index → item id
    alive: frozenset[int] = frozenset()  # of the items added on this screen, those not deleted (or undone) since
    made: tuple[tuple[int, str, str], ...] = ()  # (id, kind, title) of the items made here with n, still there


def tracked_now(store: Store, extraction: Extraction, source_name: str, ref: dt.date, source_text: str,
                added: Iterable[int] = (), made: Iterable[int] = ()) -> Tracked:
    """The debate accept() would reuse, each proposal's tracked duplicate, which of the items this screen
    added are still there, and the ones made here by hand (n) that are."""
    from kamertaak.store.queries import item_row, item_version
    from kamertaak.store.triage import find_duplicate, reused_debate

    found = Tracked(reused_debate(store, extraction, ref=ref, source_name=source_name, source_text=source_text))
    date = (extraction.debate.date or ref).isoformat()
    for index, candidate in enumerate(extraction.candidates):
        item_id = find_duplicate(store, candidate, found.debate_id, date)
        if item_id is not None:
            found.existing[index] = item_id
    found.alive = frozenset(item_id for item_id in added if item_version(store.db, item_id) is not None)
    rows = [item_row(store.db, item_id) for item_id in made]
    found.made = tuple((row["id"], row["kind"], row["title"]) for row in rows if row is not None and not row["deleted"])
    return found


def confidence_words(value: float) -> str:
    """0.8 → 'zeker 80%'."""
    return f"zeker {round(value * 100)}%"


# Up to this many proposals accepted at once get a toast each; more get one toast that counts them
_TOASTS_EACH = 3


class TriageScreen(DataScreen):
    """Proposals from one text: a accepts, e edits, x rejects, A accepts the rest, d gives the debate's date;
    Esc goes back."""

    AUTO_FOCUS = "#triage-candidates"  # also when the screen gets the focus back with nothing focused
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accepteer", id="triage-accept", tooltip="Dit voorstel opnemen"),
        Binding("e", "edit_candidate", "Wijzig", id="triage-edit", tooltip="Soort, titel, termijn, actoren"),
        Binding("x,r", "reject", "Afwijzen", id="triage-reject", tooltip="Dit voorstel niet opnemen (nog eens: terug)"),
        Binding("A", "accept_all", "Alles", id="triage-accept-all", tooltip="Alle open voorstellen opnemen"),
        Binding("d", "debate_date", "Datum", id="triage-date",
                tooltip="De datum van het debat geven als de tekst die niet noemt (termijnen tellen ervan)"),
        Binding("escape", "back", "Terug", id="triage-back"),
    ]

    @dataclass
    class Analysed(Message):
        extraction: Extraction

    @dataclass
    class Checked(Message):
        tracked: Tracked
        accepts_seen: int

    @dataclass
    class Done(Message):
        indexes: list[int]
        result: Accepted | None

    def __init__(self, source: TriageSource) -> None:
        super().__init__()
        self.source = source
        self.extraction: Extraction | None = None
        self.candidates: list[Candidate] = []
        self.tracked = Tracked(None)
        self.added: dict[int, int] = {}
        self.rejected: set[int] = set()
        self.edited: set[int] = set()
        self.busy: set[int] = set()
        self.made: list[int] = []  # items made with n on this screen (u14: the panel never showed them)
        # Accepts finished so far: a check that started before the last one may not know its items yet.
        self.accepts_done = 0
        # When the reading of the text began: while it lasts the summary counts the seconds, so a large
        # text (a megabyte takes seconds, minutes on a busy machine) shows triage at work.
        self.reading_since = time.monotonic()

    # -- layout ------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(self._header(), id="screen-title")
        with Horizontal(id="triage-body"):
            # Its text comes once the screen has its size (show_source): a megabyte's lines wrapped once,
            # not again for each width the layout passes through (seven times, seconds each, for 1.9 MB).
            text = TextArea("", id="triage-text", read_only=True, soft_wrap=True,
                            show_line_numbers=False, highlight_cursor_line=False)
            # For reading beside the proposals (it scrolls to each one's quote, the mouse wheel scrolls it):
            # never the keys' target, so ↓, a and x always act on the list (u3: after `a` the text had the focus).
            text.can_focus = False
            yield text
            with Vertical(id="triage-side"):
                yield Static(Content.styled(self._reading(), MUTED_STYLE), id="triage-summary")
                yield OptionList(id="triage-candidates")
        yield KeyFooter()

    def _header(self) -> Content:
        """'Triage · ' and the debate the text is of, once it is read (as docs/screens/triage.txt shows), with
        the file's name (or 'geplakte tekst') after it; until then, or when the text names no debate, the name."""
        name = one_line(self.source.name, 90)
        title = self.extraction.debate.title if self.extraction is not None else None
        if self.source.debate_title is not None or not title or title == self.source.name:
            return Content.assemble(("Triage", "bold"), " · ", Content(name))
        return Content.assemble(("Triage", "bold"), " · ", Content(one_line(title, 90)),
                                (f"  ({one_line(self.source.name, 40)})", MUTED_STYLE))

    def on_mount(self) -> None:
        text_area = self.query_one("#triage-text", TextArea)
        text_area.cursor_blink = False
        self.query_one("#triage-candidates", OptionList).focus()
        self.set_interval(1, self._still_at_work)
        self.call_after_refresh(self.show_source)

    def show_source(self) -> None:
        """The text in its pane, then the reading of it: the pane is built without the reading beside it."""
        self.query_one("#triage-text", TextArea).load_text(shown_text(self.source.text))
        self.analyse()

    def _reading(self) -> str:
        return reading_words(len(self.source.text), time.monotonic() - self.reading_since)

    def _still_at_work(self) -> None:
        """Each second while the text is being read: the seconds so far, in the summary and the list."""
        if self.extraction is not None:
            return
        reading = Content.styled(self._reading(), MUTED_STYLE)
        self.query_one("#triage-summary", Static).update(reading)
        self.query_one("#triage-candidates", OptionList).set_options([Option(reading, disabled=True)])

    # -- proposing and checking -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="triage-extract")
    def analyse(self) -> None:
        """Extract the proposals (pure work, off the UI thread), then check them against the store."""
        from kamertaak.core.extract import extract

        source = self.source
        extraction = extract(source.text, source.ref)
        if source.debate_title is not None or source.debate_date is not None:
            # A debate's own text: accepted items join that debate, whatever the text calls itself;
            # a file's text: the date the user gave.
            debate = replace(extraction.debate, title=source.debate_title or extraction.debate.title,
                             date=source.debate_date or extraction.debate.date)
            extraction = replace(extraction, debate=debate)
        self.post_message(self.Analysed(extraction))

    @on(Analysed)
    def analysed(self, message: Analysed) -> None:
        self.extraction = message.extraction
        self.query_one("#screen-title", Static).update(self._header())
        self.candidates = list(message.extraction.candidates)
        self.show_candidates()
        if self.candidates:
            options = self.query_one("#triage-candidates", OptionList)
            options.highlighted = 0
        self.reload()

    def current_extraction(self) -> Extraction | None:
        """The extraction with the user's edits in it (what accept() gets)."""
        if self.extraction is None:
            return None
        return replace(self.extraction, candidates=tuple(self.candidates))

    def reload(self) -> None:
        if self.extraction is not None:
            self.check()

    @work(thread=True, exclusive=True, group="triage-check")
    def check(self) -> None:
        extraction = self.current_extraction()
        if extraction is None:
            return
        name, ref, text, seen = self.source.name, self.source.ref, self.source.text, self.accepts_done
        added, made = list(self.added.values()), list(self.made)
        tracked = self.kt.store_call(lambda s: tracked_now(s, extraction, name, ref, text, added, made))
        if tracked is not None:
            self.post_message(self.Checked(tracked, seen))

    @on(Checked)
    def checked(self, message: Checked) -> None:
        if message.accepts_seen != self.accepts_done or self.busy:
            self.check()  # stale: an accept finished or is running meanwhile
            return
        self.tracked = message.tracked
        # An item added here and since undone is a proposal again; one still there stays added, whichever
        # tracked item its proposal now resembles most (p1: accepted proposals showed "al gevolgd").
        self.added = {i: item_id for i, item_id in self.added.items() if item_id in message.tracked.alive}
        self.show_candidates()

    # -- showing -------------------------------------------------------------------------------------

    def state(self, index: int) -> tuple[str, str]:
        """(words, style) of a proposal's state: added, tracked already, rejected, or open."""
        if index in self.busy:
            return "bezig…", MUTED_STYLE
        if index in self.added:
            return f"toegevoegd: #{self.added[index]}", "$text-success bold"
        if index in self.tracked.existing:
            return f"al gevolgd: #{self.tracked.existing[index]}", "$text-warning bold"
        if index in self.rejected:
            return "afgewezen", "$text-muted strike"
        return ("gewijzigd", "$text-accent") if index in self.edited else ("", "")

    def _line(self, index: int, c: Candidate, width: int) -> Content:
        words, style = self.state(index)
        head = Content.assemble((kind_label(c.kind), "bold"), " · ", status_label(c.kind, c.status),
                                (f"  {confidence_words(c.confidence)}", MUTED_STYLE))
        if words:
            head = Content.assemble(head, "  ", (words, style))
        title_style = "$text-muted strike" if index in self.rejected else "bold"
        lines = [head, Content(one_line(c.title, width)).stylize(title_style)]
        if c.due is not None:
            due = Content.assemble(("termijn ", MUTED_STYLE), date_nl(c.due))
            if self.extraction is not None and c.due < (self.extraction.debate.date or self.source.ref):
                due = Content.assemble(due, (" verstreken", "$text-error bold"))  # a term missed before the debate
            if c.due_phrase:
                due = Content.assemble(due, (f" ({one_line(c.due_phrase, max(10, width - 28))})", MUTED_STYLE))
            if warning := explanation_warning(c.explanation):
                due = Content.assemble(due, (f" · {warning}", "$text-warning"))
        else:
            due = Content.styled("geen termijn", MUTED_STYLE)
        lines.append(due)
        actors = candidate_actors_text(c)
        if actors:
            lines.append(Content.assemble(("actoren ", MUTED_STYLE), Content(one_line(actors, width - 8))))
        return Content("\n").join(lines)

    def show_candidates(self) -> None:
        options = self.query_one("#triage-candidates", OptionList)
        keep = options.highlighted
        width = SIDE_WIDTH - 6
        items: list[Option | None] = []
        for index, candidate in enumerate(self.candidates):
            if index:
                items.append(None)
            items.append(Option(self._line(index, candidate, width), id=f"c{index}"))
        if not items:
            items = [Option(Content.styled("geen voorstellen gevonden in deze tekst", MUTED_STYLE), disabled=True)]
        for item_id, kind, title in self.tracked.made:
            # what the user added by hand for this text, below the proposals (the cursor reaches it, so the list
            # scrolls to it): not a proposal, the keys for proposals leave it alone
            items += [None, Option(Content.assemble((kind_label(kind), "bold"), "  ",
                                                    (f"zelf toegevoegd: #{item_id}", "$text-success bold"), "\n",
                                                    Content(one_line(title, width))), id=f"m{item_id}")]
        options.set_options(items)
        if keep is not None and self.candidates:
            options.highlighted = min(keep, options.option_count - 1)
        self._summary()

    def _summary(self) -> None:
        extraction = self.extraction
        if extraction is None:
            return
        debate = extraction.debate
        from kamertaak.store.triage import shown_debate_date, shown_debate_title

        shown = shown_debate_title(extraction, self.source.name, self.source.from_file)
        title = one_line(" · ".join(x for x in (debate.kind, shown) if x), SIDE_WIDTH - 2)
        # given with d: the debate's date is the one the source was given (a file's or pasted text's, not a debate's)
        given = debate.date is not None and self.source.debate_title is None and self.source.debate_date is not None
        when = shown_debate_date(debate.date, self.source.ref, given, "; d geeft de datum")
        known = (f"debat #{self.tracked.debate_id}" if self.tracked.debate_id is not None else "nieuw debat")
        n = len(self.candidates)
        done = len(self.added)
        tracked = len(set(self.tracked.existing) - set(self.added))
        counts = ", ".join([counted(n, "voorstel", "voorstellen")] + [f"{count} {words}" for count, words in (
            (done, "toegevoegd"), (tracked, "al gevolgd"), (len(self.rejected), "afgewezen"),
            (len(self.tracked.made), "zelf toegevoegd")) if count])
        self.query_one("#triage-summary", Static).update(Content.assemble(
            Content(title).stylize("bold"), "\n", (f"{when} · {known}", MUTED_STYLE), "\n", (counts, MUTED_STYLE)))

    @on(OptionList.OptionHighlighted, "#triage-candidates")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        index = self._index(event.option.id)
        if index is not None:
            self.show_quote(index)

    def show_quote(self, index: int) -> None:
        """Select the proposal's quote in the text and scroll it into view."""
        candidate = self.candidates[index]
        text_area = self.query_one("#triage-text", TextArea)
        shown = text_area.text
        start, end = shown_span(self.source.text, candidate.start, candidate.end)
        first, last = location(shown, min(start, len(shown))), location(shown, min(end, len(shown)))
        text_area.selection = Selection(first, last)
        self.call_after_refresh(self.scroll_text_to, first)

    def scroll_text_to(self, location: tuple[int, int]) -> None:
        text_area = self.query_one("#triage-text", TextArea)
        offset = text_area.wrapped_document.location_to_offset(location)
        text_area.scroll_to(y=max(0, offset.y - 2), animate=False)

    # -- acting ----------------------------------------------------------------------------------------

    @staticmethod
    def _index(option_id: str | None) -> int | None:
        return int(option_id[1:]) if option_id and option_id.startswith("c") else None

    def current(self) -> int | None:
        option = self.query_one("#triage-candidates", OptionList).highlighted_option
        return self._index(option.id if option else None)

    def _next(self) -> None:
        """The cursor on the next proposal, so a run of a / x keys walks the list."""
        options = self.query_one("#triage-candidates", OptionList)
        index = self.current()
        if index is not None and index + 1 < len(self.candidates):
            options.highlighted = options.get_option_index(f"c{index + 1}")

    def _still_reading(self) -> bool:
        """A key before the proposals are there is answered, not lost without a word."""
        if self.extraction is None:
            self.notify("de tekst wordt nog gelezen; de voorstellen komen zo", severity="warning")
            return True
        return False

    def action_accept(self) -> None:
        if self._still_reading():
            return
        index = self.current()
        if index is None or index in self.busy:
            return
        if index in self.added:
            self.notify(f"al toegevoegd als #{self.added[index]}", severity="warning")
            return
        if index in self.tracked.existing:
            self.notify(f"al gevolgd: #{self.tracked.existing[index]}; niet opnieuw toegevoegd", severity="warning")
            return
        self.rejected.discard(index)
        self._accept([index])
        self._next()

    def action_accept_all(self) -> None:
        if self._still_reading():
            return
        open_ones = [i for i in range(len(self.candidates))
                     if i not in self.added and i not in self.tracked.existing and i not in self.rejected
                     and i not in self.busy]
        if not open_ones:
            self.notify("geen open voorstellen meer", severity="warning")
            return
        self._accept(open_ones)

    def _accept(self, indexes: list[int]) -> None:
        self.busy.update(indexes)
        self.show_candidates()
        self.accept_in_store(indexes)

    @work(thread=True, group="triage-accept")
    def accept_in_store(self, indexes: list[int]) -> None:
        from kamertaak.store.triage import accept

        extraction = self.current_extraction()
        if extraction is None:
            return
        source = self.source
        result = self.kt.store_call(lambda s: accept(s, extraction, ref=source.ref, source_name=source.name,
                                                     source_text=source.text, chosen=indexes),
                                    write=True)
        self.post_message(self.Done(indexes, result))

    @on(Done)
    def accepted(self, message: Done) -> None:
        self.busy.difference_update(message.indexes)
        self.accepts_done += 1
        result = message.result
        if result is None:  # the store said no; store_call has told the user why
            self.show_candidates()
            return
        duplicates = dict(result.duplicates)
        fresh = [i for i in message.indexes if i not in duplicates]
        for index, item_id in zip(fresh, result.added, strict=True):
            self.added[index] = item_id
        for index, item_id in duplicates.items():
            self.tracked.existing[index] = item_id
        # One toast per proposal for a few; for many (`A` on a long text) one toast that counts them
        if len(result.added) > _TOASTS_EACH:
            self.notify(f"toegevoegd: {len(result.added)} voorstellen, {item_numbers(result.added)}", title="Triage",
                        markup=False)
        else:
            for index, item_id in zip(fresh, result.added, strict=True):
                c = self.candidates[index]
                self.notify(f"toegevoegd: #{item_id} {kind_label(c.kind)} {one_line(c.title, 60)}",
                            title="Triage", markup=False)
        if len(duplicates) > _TOASTS_EACH:
            self.notify(f"al gevolgd: {len(duplicates)} voorstellen, niet opnieuw toegevoegd "
                        f"({item_numbers(list(duplicates.values()))})", title="Triage", severity="warning",
                        markup=False)
        else:
            for index, item_id in duplicates.items():
                self.notify(f"al gevolgd: #{item_id} {one_line(self.candidates[index].title, 50)}; "
                            "niet opnieuw toegevoegd", title="Triage", severity="warning", markup=False)
        self.show_candidates()
        # The other screens reload; this one checks the remaining proposals against what was just added.
        self.app.post_message(StoreChanged())

    def action_reject(self) -> None:
        if self._still_reading():
            return
        index = self.current()
        if index is None or index in self.added or index in self.busy:
            return
        if index in self.rejected:
            self.rejected.discard(index)
        else:
            self.rejected.add(index)
            self._next()
        self.show_candidates()

    def action_edit_candidate(self) -> None:
        from kamertaak.tui.screens.triage_edit import TriageEditScreen

        if self._still_reading():
            return
        index = self.current()
        if index is None or self.extraction is None:
            return
        if index in self.added:
            self.notify(f"al toegevoegd als #{self.added[index]}: wijzig het item zelf", severity="warning")
            return
        ref = self.extraction.debate.date or self.source.ref

        def changed(candidate: Candidate | None) -> None:
            if candidate is None:
                return
            self.candidates[index] = candidate
            self.edited.add(index)
            self.show_candidates()
            self.check()

        self.app.push_screen(TriageEditScreen(self.candidates[index], ref, self.kt.today), changed)

    def action_debate_date(self) -> None:
        from kamertaak.tui.screens.triage_date import DebateDateScreen

        extraction, source = self.extraction, self.source
        if extraction is None or self.busy:
            return
        if source.debate_title is not None:
            debate_id = self.tracked.debate_id if self.tracked.debate_id is not None else "ID"
            self.notify(f"dit debat staat al in kamertaak: wijzig zijn datum met "
                        f"kamertaak debate set {debate_id} date=JJJJ-MM-DD", severity="warning", markup=False)
            return
        if extraction.debate.date is not None and source.debate_date is None:
            self.notify(f"de tekst noemt de datum al: {date_nl(extraction.debate.date)}", severity="warning")
            return
        # A new date means new proposals; what was done with the old ones would be lost.
        if self.added and self.tracked.debate_id is not None:
            debate_id = self.tracked.debate_id
            self.notify(f"al opgenomen in debat #{debate_id}: wijzig de datum met "
                        f"kamertaak debate set {debate_id} date=JJJJ-MM-DD", severity="warning", markup=False)
            return
        if self.added or self.edited or self.rejected:
            self.notify("de datum kan alleen vóór accepteren, wijzigen of afwijzen; begin de triage opnieuw",
                        severity="warning")
            return

        def given(day: dt.date | None) -> None:
            if day is None or day == self.source.debate_date:
                return
            self.source = replace(self.source, ref=day, debate_date=day)
            # Nothing to act on until the proposals are made again from the new date.
            self.extraction, self.candidates, self.tracked = None, [], Tracked(None)
            self.reading_since = time.monotonic()
            reading = Content.styled(self._reading(), MUTED_STYLE)
            self.query_one("#triage-candidates", OptionList).set_options([Option(reading, disabled=True)])
            self.query_one("#triage-summary", Static).update(reading)
            self.analyse()

        self.app.push_screen(DebateDateScreen(self.kt.today, source.debate_date), given)

    def action_back(self) -> None:
        self.app.pop_screen()

    def item_made(self, item_id: int) -> None:
        """An item made here with n: listed under the proposals and counted (once the store confirms it)."""
        self.made.append(item_id)
        self.check()

    def context_hint(self) -> dict[str, Any]:
        """A new item made here (n) belongs to this text's debate: the recorded one, else the text's own,
        recorded with the item (u11: with no proposal accepted the form offered "geen debat", and "31 mei"
        counted from today instead of the debate's day)."""
        if self.tracked.debate_id:
            return {"debate_id": self.tracked.debate_id}
        extraction = self.current_extraction()
        if extraction is None:
            return {}
        from kamertaak.store.triage import debate_of_text, shown_debate_title
        from kamertaak.tui.screens.item_form import TextDebate

        source = self.source
        day = extraction.debate.date or source.ref
        title = shown_debate_title(extraction, source.name, source.from_file)

        def record(store: Store) -> int:
            return debate_of_text(store, extraction, ref=source.ref, source_name=source.name,
                                  source_text=source.text)[0]

        return {"text_debate": TextDebate(f"{date_nl(day)} · {one_line(title, 50)}", day, record)}
