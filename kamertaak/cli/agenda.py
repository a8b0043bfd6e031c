"""`kamertaak today`, the morning agenda: the command itself, which Typer's `today` runs, and the short
way main() takes to it for a command line that says nothing else (no Typer, no rich, no SQLAlchemy:
start-up is most of a morning agenda's time). Anything the short way does not recognise goes to Typer,
which parses it with its help and its errors."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from kamertaak.cli.common import open_database_read, print_json, today
from kamertaak.cli.lines import Line, item_line, write
from kamertaak.core.dutch import weekday_name
from kamertaak.core.labels import SECTION_LABELS, date_nl, debate_status_label
from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView

# --days: how far ahead 'Binnenkort' looks (the default, and the range Typer checks).
DAYS, DAYS_MIN, DAYS_MAX = 14, 1, 366
FLAGS = {"--json": "as_json", "--fail-on-overdue": "fail_on_overdue"}


def run(days: int = DAYS, as_json: bool = False, fail_on_overdue: bool = False) -> int:
    """Print the agenda (text or JSON); the exit code: 1 with fail_on_overdue when anything is late."""
    from kamertaak.config import settings
    from kamertaak.store.reminders import morning_agenda

    day = today()
    conf = settings()
    db = open_database_read()
    try:
        sections = morning_agenda(db, day, conf.reminders, days, conf.sections_cap)
    finally:
        db.close()
    if as_json:
        out: dict[str, Any] = {name: sections[name] for name in ("overdue", "today", "week", "soon", "reminders",
                                                                  "debates", "events")}
        out["counts"] = {name: sections[f"{name}_count"] for name in out}
        out["date"] = day.isoformat()
        print_json(out)
    else:
        write(agenda_lines(sections, day))
    return 1 if fail_on_overdue and sections["overdue_count"] else 0


def agenda_lines(sections: dict[str, Any], day: dt.date) -> list[Line]:
    lines = [Line(f"Agenda voor {weekday_name(day)} {date_nl(day)}", style="bold")]
    for name in ("overdue", "today", "week", "soon"):
        items, total = sections[name], sections[f"{name}_count"]
        if not total:
            continue
        lines.append(Line(f"\n{SECTION_LABELS[name]} ({total})", style="bold red" if name == "overdue" else "bold"))
        lines += [Line("  ") + item_line(item, day) for item in items]
        _more(lines, len(items), total)
    if sections["reminders_count"]:
        lines.append(Line(f"\n{SECTION_LABELS['reminders']} ({sections['reminders_count']})", style="bold"))
        lines += [reminder_line(item, day) for item in sections["reminders"]]
        _more(lines, len(sections["reminders"]), sections["reminders_count"])
    total = sections["debates_count"] + sections["events_count"]
    if total:
        # The debates recorded and the meetings found among the items (a tweeminutendebat, the stemmingen), by date.
        lines.append(Line(f"\n{SECTION_LABELS['debates']} ({total})", style="bold"))
        shown = [(d["date"], 0, d["id"], debate_line(d)) for d in sections["debates"]]
        shown += [(i["due"], 1, i["id"], event_line(i, day)) for i in sections["events"]]
        lines += [line for *_, line in sorted(shown, key=lambda row: row[:3])]
        _more(lines, len(shown), total)
    if len(lines) == 1:
        lines.append(Line("\nNiets op de agenda.", style="dim"))
    return lines


def debate_line(d: dict[str, Any]) -> Line:
    """'  2 oktober 2024 14:30  commissiedebat Strafrechtketen  2024A01234  Justitie en Veiligheid'."""
    when = date_nl(d["date"]) + (f" {one_line(d['time'])}" if d["time"] else "")
    line = Line(f"  {when}  ", style="cyan")
    line.append(one_line(f"{d['kind']} {d['title']}".strip()))
    if d["status"] in ("cancelled", "moved"):
        line.append(f"  ({debate_status_label(d['status'])})", style="yellow")
    if d["number"]:
        line.append(f"  {one_line(d['number'])}", style="dim")
    if d["committee"]:
        line.append(f"  {one_line(d['committee'])}", style="dim")
    return line


def event_line(item: ItemView, day: dt.date) -> Line:
    """'  11 april 2025  #4 Tweeminutendebat Zeden en (on)veiligheid vrouwen (morgen)': a meeting item."""
    from kamertaak.core.urgency import relative_due

    line = Line(f"  {date_nl(item['due'])}  ", style="cyan")
    line.append(f"#{item['id']} ", style="cyan")
    line.append(one_line(item["title"]))
    line.append(f" ({relative_due(item['due'], day, event=True)})", style="dim")
    if item["actors"]:
        line.append("  " + one_line(actors_label(item["actors"])), style="dim")
    return line


def _more(lines: list[Line], shown: int, total: int) -> None:
    if total > shown:
        lines.append(Line(f"  … en {total - shown} meer", style="dim"))


def reminder_line(item: ItemView, day: dt.date) -> Line:
    """'  [4:7] 7 dagen voor · 2025-04-04 (standaard)  #4 termijn · gepland  ...'."""
    from kamertaak.core.labels import offset_words

    r = item["reminder"]
    moment = r["at"].removesuffix("T00:00:00").replace("T", " ")
    what = f"{offset_words(r['offset_days'])} · {moment}" if r["offset_days"] is not None else moment
    line = Line(f"  [{r['ref']}] ", style="magenta")
    line.append(f"{what}{' (standaard)' if r['default'] else ''}  ", style="dim")
    return line + item_line(item, day)


def fast_args(args: list[str]) -> dict[str, Any] | None:
    """The options of `[--db PAD] today [--days N] [--json] [--fail-on-overdue]` when the command line is
    exactly that, plainly written and valid (as run() takes them, with `db`); else None."""
    rest = list(args)
    db = None
    if rest[:1] == ["--db"] and len(rest) > 1 and not rest[1].startswith("-"):
        db, rest = rest[1], rest[2:]
    elif rest[:1] and rest[0].startswith("--db=") and len(rest[0]) > len("--db="):
        db, rest = rest[0].removeprefix("--db="), rest[1:]
    if rest[:1] != ["today"]:
        return None
    options: dict[str, Any] = {"db": db}
    words = iter(rest[1:])
    for word in words:
        name, equals, value = word.partition("=")
        if word in FLAGS:
            options[FLAGS[word]] = True
        elif name == "--days":
            value = value if equals else next(words, "")
            if not (value.isascii() and value.isdigit() and DAYS_MIN <= int(value) <= DAYS_MAX):
                return None
            options["days"] = int(value)
        else:
            return None
    return options
