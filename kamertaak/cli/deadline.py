"""`kamertaak deadline` (a phrase becomes a date) and `kamertaak calendar` (the calendar in use)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

import typer

from kamertaak.cli.common import UserError, console, parse_iso_date, print_json, stdin_text, today
from kamertaak.core.text import invalid_utf8, terminal_json

if TYPE_CHECKING:
    from rich.text import Text

    from kamertaak.core.calendar import Calendar
    from kamertaak.core.deadlines import Resolution

_BATCH_HELP = (
    "Lees JSON-regels {\"phrase\": ..., \"ref\": \"JJJJ-MM-DD\"} van stdin (zonder ref: --ref of "
    "vandaag als peildatum) en schrijf per regel één JSON-object terug. Een regel {\"text\": ZIN, \"ref\": ...} "
    "zoekt de termijn in een hele zin; 'phrase' is dan wat gevonden is (niets: null, precision 'none'). "
    "Een onbruikbare regel (ook een regel die geen JSON is) geeft een object met precision 'none' en een "
    "sleutel 'error' die het regelnummer noemt; lege regels worden overgeslagen."
)


def _calendar() -> Calendar:
    from kamertaak.config import calendar as configured_calendar

    return configured_calendar()


def _day(d: dt.date) -> str:
    """'do 3 juli 2025'."""
    from kamertaak.core.dutch import weekday_name
    from kamertaak.core.labels import date_nl

    return f"{weekday_name(d, short=True)} {date_nl(d)}"


def deadline(
    phrase: list[str] | None = typer.Argument(
        None, metavar="ZIN", help="De termijnzin, bv. 'voor de zomer' (aanhalingstekens mogen weg)."
    ),
    ref: str | None = typer.Option(
        None, "--ref", metavar="DATUM",
        help="Peildatum (JJJJ-MM-DD): de datum van het debat of stuk; standaard vandaag.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Druk de uitkomst af als JSON."),
    batch: bool = typer.Option(False, "--batch", help=_BATCH_HELP),
) -> None:
    """Zet een Nederlandse termijnzin ('voor de zomer', 'binnen zes weken') om in een datum."""
    from kamertaak.core.deadlines import impossible_date, resolve

    if batch:
        if phrase:
            raise UserError("--batch leest de zinnen van stdin; geef dan geen ZIN mee")
        _run_batch(parse_iso_date(ref, "--ref") if ref else None)
        return
    text = " ".join(phrase or []).strip()
    if not text:
        raise UserError("geef een termijnzin, bv. kamertaak deadline voor de zomer")
    ref_date = parse_iso_date(ref, "--ref") if ref else today()
    res = resolve(text, ref_date, _calendar())
    if res.due is None and impossible_date(text):
        from kamertaak.core.text import one_line

        raise UserError(f"termijn '{one_line(text, 80)}' is geen bestaande datum")
    if res.precision == "none":
        # As `set ID due=...` says it: a phrase that gives no date, nor an event or a vague term, is refused.
        from kamertaak.core.text import one_line

        raise UserError(f"termijn '{one_line(text, 80)}' niet herkend; geef een datum JJJJ-MM-DD of een zin als"
                        " 'voor de zomer' of 'binnen zes weken'")
    if as_json:
        print_json(res.to_json())
        return
    console().print(_render(res))


def _render(res: Resolution) -> Text:
    from rich.text import Text

    from kamertaak.core.labels import PRECISION_LABELS, recurrence_label
    from kamertaak.core.text import one_line

    out = Text()
    out.append(one_line(res.phrase), style="bold")
    out.append(f"  (peildatum {_day(res.ref)})\n", style="dim")
    rows: list[tuple[str, Text]] = [
        ("termijn", Text(_day(res.due), style="bold") if res.due else Text("geen datum", style="dim")),
        ("precisie", Text(PRECISION_LABELS.get(res.precision, res.precision))),
        ("uitleg", Text(one_line(res.explanation))),
    ]
    if res.recurrence:
        rows.append(("herhaling", Text(recurrence_label(res.recurrence))))
    if res.estimated:
        rows.append(("let op", Text("geschatte recesdatum (staat nog niet in de kalender)", style="yellow")))
    for i, (label, value) in enumerate(rows):
        out.append(f"  {label:<10}", style="dim")
        out.append_text(value)
        if i < len(rows) - 1:
            out.append("\n")
    return out


def _run_batch(default_ref: dt.date | None) -> None:
    """One compact JSON object out per non-empty line in; a bad line is answered, not fatal."""
    from kamertaak.core.deadlines import deadline_in, resolve

    cal = _calendar()
    fallback: dt.date | None = default_ref
    for number, line in enumerate(stdin_text("surrogateescape"), start=1):
        if not line.strip():
            continue
        value, in_sentence, ref_text, error = _parse_batch_line(line)
        ref_date: dt.date | None = None
        if error is None and ref_text is not None:
            try:
                ref_date = dt.date.fromisoformat(ref_text)
            except ValueError:
                error = f"ref '{ref_text}' is geen datum (verwacht JJJJ-MM-DD)"
        if error is None and ref_date is None:
            if fallback is None:
                fallback = today()
            ref_date = fallback
        if error is not None or value is None or ref_date is None:
            answer = _error_answer(None if in_sentence else value, ref_text,
                                   f"regel {number}: {error or 'onbruikbare regel'}")
        elif in_sentence:
            found = deadline_in(value, ref_date, cal)
            answer = found.resolution.to_json() if found else _nothing_found(ref_date)
        else:
            answer = resolve(value, ref_date, cal).to_json()
        sys.stdout.write(terminal_json(json.dumps(answer, ensure_ascii=False)) + "\n")
        sys.stdout.flush()


def _parse_batch_line(line: str) -> tuple[str | None, bool, str | None, str | None]:
    """(phrase or sentence, whether it is a whole sentence, ref text, error) from one input line:
    a JSON object with "phrase" or "text", or a bare phrase."""
    text = line.strip()
    bad = invalid_utf8(text)
    if bad is not None:
        return None, False, None, f"geen geldige UTF-8 (bij '{bad}')"
    if not text.startswith(("{", "[", '"')):
        return None, False, None, 'geen JSON; geef {"phrase": "voor de zomer"} of {"text": ZIN}'
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, False, None, f"geen geldige JSON: {exc.msg}"
    except RecursionError:
        return None, False, None, "geen bruikbare JSON: te diep genest"
    bad = next((b for b in map(invalid_utf8, _strings(data)) if b is not None), None)
    if bad is not None:
        return None, False, None, f"geen geldige UTF-8 (bij '{bad}')"
    if isinstance(data, str):
        return data, False, None, None
    if not isinstance(data, dict):
        return None, False, None, "verwacht een JSON-object"
    in_sentence = "text" in data and "phrase" not in data
    value, ref = data.get("text" if in_sentence else "phrase"), data.get("ref")
    if not isinstance(value, str):
        what = "'text' is geen tekst" if in_sentence else "'phrase' (of 'text') ontbreekt of is geen tekst"
        return None, in_sentence, ref if isinstance(ref, str) else None, what
    if ref is not None and not isinstance(ref, str):
        return value, in_sentence, None, "'ref' is geen tekst (verwacht JJJJ-MM-DD)"
    return value, in_sentence, ref, None


def _strings(data: Any) -> list[str]:
    """The text of a batch line's JSON that is used: the value itself, or the object's keys and strings."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in (k, v) if isinstance(s, str)]
    return []


def _nothing_found(ref: dt.date) -> dict[str, Any]:
    return {"phrase": None, "ref": ref.isoformat(), "due": None, "precision": "none", "estimated": False,
            "recurrence": None, "explanation": "geen termijn gevonden in de zin"}


def _error_answer(phrase: str | None, ref: str | None, error: str) -> dict[str, Any]:
    return {
        "phrase": phrase,
        "ref": ref,
        "due": None,
        "precision": "none",
        "estimated": False,
        "recurrence": None,
        "explanation": f"fout: {error}",
        "error": error,
    }


def calendar_cmd(
    year: int | None = typer.Option(None, "--year", help="Het jaar (standaard het huidige)."),
    as_json: bool = typer.Option(False, "--json", help="Druk de kalender af als JSON."),
) -> None:
    """Toon de parlementaire kalender in gebruik: recessen (met zekerheid, 'geschat') en begrotingsdagen."""
    from kamertaak.core.bounds import EARLIEST, LATEST
    from kamertaak.core.calendar import DAY_NAMES

    if year is not None and not EARLIEST.year <= year <= LATEST.year:
        # the years of the dates kamertaak keeps (1900-01-01 t/m 2199-12-31), as every other date check says
        raise UserError(f"--year {year} valt buiten de jaren {EARLIEST.year} t/m {LATEST.year}")
    cal = _calendar()
    y = year if year is not None else today().year
    recesses = cal.recesses(y)
    days = [cal.fixed_day(name, y) for name in DAY_NAMES]
    days.sort(key=lambda d: d.date)
    if as_json:
        print_json(
            {
                "year": y,
                "recesses": [r.to_json() for r in recesses],
                "days": [{"name": d.name, "date": d.date.isoformat(), "certainty": d.certainty} for d in days],
            }
        )
        return
    _print_calendar(y, recesses, days)


_DAY_LABELS = {
    "prinsjesdag": "Prinsjesdag",
    "verantwoordingsdag": "Verantwoordingsdag",
    "voorjaarsnota": "Voorjaarsnota",
    "najaarsnota": "Najaarsnota",
}


def _print_calendar(year: int, recesses: list[Any], days: list[Any]) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    table = Table(title=f"Recessen {year}", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("reces", "van", "t/m", "zekerheid"):
        table.add_column(column, no_wrap=column != "zekerheid")
    for r in recesses:
        certainty = Text("geschat", style="yellow") if r.estimated else Text(r.certainty, style="dim")
        table.add_row(Text(r.name), Text(_day(r.start)), Text(_day(r.end)), certainty)
    out.print(table)
    out.print()
    budget = Table(title=f"Begrotingscyclus {year}", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("dag", "datum", "bron"):
        budget.add_column(column, no_wrap=column != "bron")
    for d in days:
        budget.add_row(Text(_DAY_LABELS.get(d.name, d.name)), Text(_day(d.date)), Text(d.certainty, style="dim"))
    out.print(budget)
    if any(r.estimated for r in recesses):
        out.print(Text("geschat: nog niet in de kalender; berekend met de vuistregels", style="dim"))


def register(app: typer.Typer) -> None:
    """Add `deadline` and `calendar` to the app."""
    app.command("deadline")(deadline)
    app.command("calendar")(calendar_cmd)
