"""`kamertaak triage`: propose follow-ups from a debate text (a file or stdin)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kamertaak.cli.common import UserError, console, parse_iso_date, print_json, stdin_text, today
from kamertaak.core.errors import os_reason

if TYPE_CHECKING:
    from kamertaak.core.extract import Extraction
    from kamertaak.store.triage import Accepted


# From this size on (characters) triage says on stderr that it is at work before it is done.
LARGE_TEXT = 100_000


def _read(source: str) -> str:
    """The text, read only up to the limit: a longer input (or /dev/zero) is refused without reading it all."""
    from kamertaak.core.extract import TEXT_LIMIT, TEXT_LIMIT_WORDS, decode_text, not_a_text, plain_text

    if source == "-":
        text = stdin_text("replace").read(TEXT_LIMIT + 1)
        size = len(text)
    else:
        try:
            with Path(source).open("rb") as fh:
                raw = fh.read(TEXT_LIMIT + 1)
        except OSError as exc:
            raise UserError(f"kan '{source}' niet lezen: {os_reason(exc)}") from None
        # a file's limit is its bytes: counted in characters after decoding, a file of accented text or
        # non-breaking spaces over the limit was read cut off at it, silently (u14)
        size = len(raw)
        text = decode_text(raw)
    name = "de invoer" if source == "-" else f"'{source}'"
    if size > TEXT_LIMIT:
        limit = TEXT_LIMIT_WORDS
        raise UserError(f"{name} is groter dan {limit}: triage leest teksten tot {limit}; splits de tekst")
    problem = not_a_text(text)
    if problem is not None:
        raise UserError(f"{name} {problem}: triage leest een debattekst")
    return plain_text(text)  # no terminal escape code or control character reaches triage, a title or the terminal


def triage(
    source: str = typer.Argument(..., help="Tekstbestand van het debat, of - voor stdin."),
    ref: str | None = typer.Option(
        None, "--ref", metavar="DATUM", help="Debatdatum (JJJJ-MM-DD) als de tekst er geen noemt; standaard vandaag."
    ),
    as_json: bool = typer.Option(False, "--json", help="Druk de voorstellen af als JSON."),
    accept: bool = typer.Option(
        False, "--accept", help="Neem alle voorstellen op, gekoppeld aan het debat; al gevolgde items niet opnieuw."
    ),
) -> None:
    """Stel toezeggingen, moties en termijnen voor uit een debattekst."""
    from kamertaak.core.extract import extract

    ref_date = parse_iso_date(ref, "--ref") if ref else today()
    text = _read(source)
    if len(text) >= LARGE_TEXT:
        from kamertaak.core.labels import text_size

        # A large text takes a while (a megabyte a few seconds, minutes on a busy machine): say so at once,
        # on stderr, so --json's stdout stays the JSON alone.
        print(f"kamertaak: bezig met triage van {text_size(len(text))} tekst …", file=sys.stderr, flush=True)
    extraction = extract(text, ref_date)
    if extraction.debate.date is None and not ref:
        from kamertaak.core.labels import date_nl

        print(f"kamertaak: let op: geen debatdatum in de tekst gevonden; termijnen gerekend vanaf vandaag "
              f"({date_nl(ref_date)}); geef de datum met --ref JJJJ-MM-DD", file=sys.stderr)
    from kamertaak.store.triage import first_line_name

    from_file = source != "-"
    # stdin has no file name: the text's first line names it, as a pasted text does in the TUI
    name = Path(source).name if from_file else first_line_name(text, "stdin")
    # nothing proposed, nothing kept: --accept then makes no empty debate (u16: 'debat 5 (nieuw): 0 items toegevoegd')
    accepted = _accept(extraction, ref_date, name, text) if accept and extraction.candidates else None
    if as_json:
        from kamertaak.store.triage import debate_title

        data = extraction.to_json()
        # The title the debate gets (the file's name when the text gives none, as in the TUI), and whence.
        debate: dict[str, object] = {
            **extraction.debate.to_json(), "title": debate_title(extraction, name),
            "title_from": "text" if extraction.debate.title else "file" if from_file else "first_line"}
        if extraction.debate.date is None and ref:
            # the date the debate gets when accepted: the one given, as the TUI shows it ("(opgegeven)")
            debate |= {"date": ref_date.isoformat(), "date_from": "ref"}
        data["debate"] = debate
        if accepted is not None:
            data["accepted"] = {"debate_id": accepted.debate_id, "debate_is_new": accepted.debate_is_new,
                                "added": accepted.added,
                                "duplicates": [{"candidate": i, "item_id": item} for i, item in accepted.duplicates]}
        elif accept:
            data["accepted"] = {"debate_id": None, "debate_is_new": False, "added": [], "duplicates": []}
        print_json(data)
        return
    _print_table(extraction, name, ref_date, from_file, ref_given=bool(ref))
    if accepted is not None:
        from rich.text import Text

        from kamertaak.core.labels import counted

        state = "nieuw" if accepted.debate_is_new else "bestond al"
        line = f"debat {accepted.debate_id} ({state}): {counted(len(accepted.added), 'item', 'items')} toegevoegd"
        if accepted.duplicates:
            line += ", " + tracked_summary([item for _, item in accepted.duplicates])
        console().print(Text(line), soft_wrap=True)  # one line, also in a pipe or a mail: the terminal wraps it
    elif accept:
        console().print("niets opgeslagen: geen voorstellen, dus geen debat aangemaakt", style="dim")


def tracked_summary(items: list[int], shown: int = 10) -> str:
    """'al gevolgd: #4, #6' for the proposals already tracked; a text repeating itself names each item once,
    with how many proposals they were ('al gevolgd: 680 voorstellen, in 6 items: #9, #11, ...'), and at most
    `shown` of them ('... en 12 andere')."""
    from kamertaak.core.labels import counted, item_numbers

    distinct = set(items)
    names = item_numbers(items, shown)
    if len(distinct) == len(items):
        return f"al gevolgd: {names}"
    return f"al gevolgd: {len(items)} voorstellen, in {counted(len(distinct), 'item', 'items')}: {names}"


def _accept(extraction: Extraction, ref: dt.date, name: str, text: str) -> Accepted:
    from kamertaak.cli.common import open_store
    from kamertaak.store.triage import accept

    store = open_store()
    return accept(store, extraction, ref=ref, source_name=name, source_text=text)


def _print_table(extraction: Extraction, name: str, ref: dt.date, from_file: bool = True, *,
                 ref_given: bool = False) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from kamertaak.core.deadlines import explanation_warning
    from kamertaak.core.labels import date_nl, kind_label, status_label
    from kamertaak.core.refs import actors_label
    from kamertaak.core.text import one_line
    from kamertaak.store.triage import shown_debate_date, shown_debate_title

    out = console()
    debate = extraction.debate
    title = shown_debate_title(extraction, name, from_file)
    # the date the terms count from, and whence, as the TUI says it: the text's, the one given, or today's
    when = shown_debate_date(debate.date, ref, debate.date is None and ref_given)
    head = " · ".join(x for x in (debate.kind, title, when, debate.committee) if x)
    out.print(Text(one_line(head), style="bold"))
    if not extraction.candidates:
        out.print(Text("Geen voorstellen gevonden.", style="dim"))
        return
    # Kind and status share a column and short columns never wrap, so the title keeps most of the width
    # and its words wrap whole even at 80 columns.
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), leading=1, expand=True)
    table.add_column("soort, status", no_wrap=True)
    table.add_column("titel", ratio=4, min_width=20, overflow="fold")
    table.add_column("termijn", ratio=3, min_width=13, overflow="fold")
    table.add_column("actoren", ratio=3, min_width=16, overflow="fold")
    table.add_column("zeker", no_wrap=True, justify="right")
    base = extraction.debate.date or ref
    for c in extraction.candidates:
        due = Text(date_nl(c.due) if c.due else "", style="bold")
        if c.due is not None and c.due < base:
            due.append(" verstreken", style="bold red")  # a term missed before the debate: shown, not dropped
        if c.due_phrase:
            due.append(f"\n({one_line(c.due_phrase)})", style="dim")
        if warning := explanation_warning(c.explanation):
            due.append(f"\n{warning}", style="yellow")  # "woensdag 31 januari" read as a Sunday: said, not hidden
        kind = Text(kind_label(c.kind))
        kind.append("\n" + status_label(c.kind, c.status), style="dim")
        table.add_row(
            kind,
            Text(one_line(c.title)),
            due,
            Text(one_line(actors_label(a.to_json() for a in c.actors))),
            Text(f"{c.confidence:.2f}"),
        )
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command("triage")(triage)
