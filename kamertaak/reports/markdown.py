"""The weekly status a lobbyist mails to colleagues, as CommonMark with GFM tables.

Every piece of text from data goes through `md_text`: control characters become visible escapes,
line breaks collapse, and Markdown's special characters are backslash-escaped, so a title can never
open a heading, a link, HTML or a new table cell. Order is fixed (by date, then id) so two weeks'
reports diff line by line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from kamertaak.core.bounds import EARLIEST, LATEST
from kamertaak.core.errors import UserError
from kamertaak.core.kinds import KINDS
from kamertaak.core.labels import KIND_PLURALS, date_nl, kind_label, status_label
from kamertaak.core.refs import actors_label
from kamertaak.core.text import one_line
from kamertaak.core.votes import vote_heading, vote_sides
from kamertaak.store import queries
from kamertaak.store.db import Database

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_SAFE_SCHEMES = ("http", "https", "mailto")
NO_TOPIC = "zonder onderwerp"


def md_text(value: object) -> str:
    """Data as inline Markdown text that renders literally (also safe inside a table cell)."""
    text = _SPECIAL.sub(r"\\\1", one_line(value))
    return _ENTITY.sub(r"\\&", text)


def md_heading_text(value: object) -> str:
    """Like md_text, also escaping '#' so a topic cannot close or deepen the heading."""
    return md_text(value).replace("#", r"\#")


def md_link(label: str, url: str | None) -> str:
    """[label](<url>) for http(s)/mailto addresses; any other scheme is shown as escaped text only."""
    if not url:
        return md_text(label)
    target = one_line(url)
    try:
        scheme = urlsplit(target).scheme.lower()
    except ValueError:  # stored before addresses were checked ('http://[::1'): shown, not linked
        scheme = ""
    if scheme not in _SAFE_SCHEMES:
        return md_text(f"{label} ({target})")
    # Percent-encode what could end the destination or a table cell: space, <, >, |, backslash, quotes.
    dest = quote(target, safe=";/?:@&=+$,-_.!~*'()#%[]")
    return f"[{md_text(label)}](<{dest}>)"


def week_range(text: str) -> tuple[dt.date, dt.date]:
    """'2025-W15' → Monday 7 April 2025 and Sunday 13 April 2025."""
    m = _WEEK.match(text)
    if m is None:
        raise UserError(f"week '{text}' niet begrepen; schrijf bv. 2025-W15")
    try:
        start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        raise UserError(f"week '{text}' bestaat niet") from None
    if not EARLIEST <= start <= LATEST - dt.timedelta(days=6):
        raise UserError(f"week '{text}' valt buiten de jaren {EARLIEST.year} t/m {LATEST.year}")
    return start, start + dt.timedelta(days=6)


def current_week(today: dt.date) -> tuple[dt.date, dt.date]:
    start = today - dt.timedelta(days=today.weekday())
    return start, start + dt.timedelta(days=6)


@dataclass
class Section:
    """Rows of one part of the report with the full count (the rows may be capped)."""

    rows: list[Any] = field(default_factory=list)
    total: int = 0


@dataclass
class WeeklyData:
    start: dt.date
    end: dt.date
    today: dt.date
    topic: str | None
    new: Section
    status_changes: Section
    due_shifts: Section
    overdue: Section
    upcoming: Section
    adopted: Section
    rejected: Section
    open_by_kind: dict[str, int]
    links: dict[int, list[dict[str, Any]]]
    # The register's vote on a motion shown under Aangenomen or Verworpen, by item id: the item's
    # `vote` and `votes` as show --json gives them (register_facts).
    votes: dict[int, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """One logged change of an item, with the item as it is now."""

    at: str
    item: queries.ItemView
    old: Any
    new: Any
    source: str = "user"
    raw: tuple[str | None, str | None] | None = None  # the register's own words, when the sync made it


def _relevant_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop changes undone later and undos of changes in the same window: they cancel out."""
    in_window = {e["id"] for e in entries}
    return [e for e in entries if not e["undone"] and not (e["action"] == "undo" and e["undoes"] in in_window)]


def _voted_within(db: Database, motion: queries.ItemView, start: dt.date, end: dt.date) -> bool:
    """A motion added as verworpen (triage of an old text, the register) was rejected on the day of its vote
    (the register's), else of its debate: it belongs to that week, not to the week it was added. Neither
    known: no rejection date, so not rejected in this period (it is under Nieuw with its status)."""
    vote = queries.register_facts(db, dict(motion))["vote"]
    day = (vote or {}).get("date") or (motion["debate"] or {}).get("date")
    return bool(day) and start.isoformat() <= str(day)[:10] <= end.isoformat()


def collect(db: Database, start: dt.date, end: dt.date, today: dt.date, *, topic: str | None = None,
            cap: int = 50) -> WeeklyData:
    """Gather the report's sections from the store: the log for what changed, the items for the state."""
    entries = _relevant_entries(queries.changes_between(db, start, end))
    ids = sorted({e["item_id"] for e in entries if e["item_id"] is not None})
    items: dict[int, queries.ItemView] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        for item in queries.list_items(db, queries.ItemFilter(ids=chunk, topic=topic, sort="id"), today):
            items[item["id"]] = item
    new_ids = sorted({e["item_id"] for e in entries if e["action"] == "create" and e["item_id"] in items})
    statuses: list[Change] = []
    shifts: list[Change] = []
    rejected: dict[int, queries.ItemView] = {}
    for e in entries:
        current = items.get(e["item_id"])
        if current is None:
            continue
        if current["kind"] == "motion" and current["status"] == "rejected" and \
                e["changes"].get("status", [None, None])[1] == "rejected" and \
                (e["action"] != "create" or _voted_within(db, current, start, end)):
            rejected.setdefault(current["id"], current)
        if e["action"] not in ("status", "update", "undo", "register_link"):
            continue
        changes = e["changes"]
        raw = tuple(changes["raw_status"]) if "raw_status" in changes else None
        if "status" in changes and changes["status"][0] != changes["status"][1]:
            statuses.append(Change(e["at"], current, changes["status"][0], changes["status"][1], e["source"], raw))
        if "due" in changes and changes["due"][0] and changes["due"][1] and changes["due"][0] != changes["due"][1]:
            shifts.append(Change(e["at"], current, changes["due"][0], changes["due"][1], e["source"]))

    def capped(rows: Sequence[Any]) -> Section:
        return Section(list(rows[:cap]), len(rows))

    def state(f: queries.ItemFilter) -> Section:
        f.topic = topic
        f.limit = cap
        rows = queries.list_items(db, f, today)
        total = len(rows) if len(rows) < cap else queries.count_items(db, f, today)
        return Section(rows, total)

    horizon = (today + dt.timedelta(days=14)).isoformat()
    upcoming = state(queries.ItemFilter(open_only=True, due_after=today.isoformat(), due_before=horizon))
    # A recurring commitment whose next occurrence comes within the fortnight, though its stored date has passed.
    rolled = queries.rolled_on(db, today, today, dt.date.fromisoformat(horizon), topic)
    if rolled:
        rows = sorted([*upcoming.rows, *rolled], key=lambda v: (v["due"] or "", v["id"]))
        upcoming = Section(rows[:cap], upcoming.total + len(rolled))
    # Adopted motions the government is carrying out: not yet reported on, then partly carried out.
    adopted, partial = (state(queries.ItemFilter(kind="motion", status=s)) for s in ("adopted", "deels uitgevoerd"))
    in_progress = Section([*adopted.rows, *partial.rows][:cap], adopted.total + partial.total)
    data = WeeklyData(
        start=start, end=end, today=today, topic=topic,
        new=capped([items[i] for i in new_ids]),
        status_changes=capped(statuses),
        due_shifts=capped(shifts),
        overdue=state(queries.ItemFilter(overdue=True)),
        upcoming=upcoming,
        adopted=in_progress,
        rejected=capped(list(rejected.values())),
        open_by_kind={k: queries.count_items(db, queries.ItemFilter(kind=k, open_only=True, topic=topic), today)
                      for k in KINDS},
        links={},
    )
    shown = {i["id"] for s in (data.new, data.overdue, data.upcoming, data.adopted, data.rejected) for i in s.rows}
    shown |= {c.item["id"] for s in (data.status_changes, data.due_shifts) for c in s.rows}
    data.links = queries.item_links(db, sorted(shown))
    for motion in (*data.adopted.rows, *data.rejected.rows):
        facts = queries.register_facts(db, motion)
        if facts["votes"]:
            data.votes[motion["id"]] = facts
    return data


# -- rendering ---------------------------------------------------------------------------------------

def item_name(item: queries.ItemView) -> str:
    """'motie-Van Nispen' for a motion with a member behind it (the parliamentary way), a commitment by
    its register number ('TZ202504-057') when it has one, else the kind."""
    label = kind_label(item["kind"])
    if item["kind"] == "commitment" and item["registers"]:
        return str(item["registers"][0])
    if item["kind"] == "motion":
        members = [a for a in item["actors"] if a.get("role") == "member"]
        if members:
            return f"{label}-{members[0]['name']}"
    return label


def _due_cell(item: dict[str, Any]) -> str:
    if not item["due"]:
        return md_text(item["due_phrase"] or "")
    text = date_nl(item["due"])
    if item["due_phrase"]:
        from kamertaak.core.deadlines import phrase_with_reference

        text += f" ({phrase_with_reference(item['due_phrase'], item['due_ref'])})"
    return md_text(text)


def _sources(item: dict[str, Any], links: dict[int, list[dict[str, Any]]]) -> str:
    parts = []
    debate = item.get("debate")
    if debate:  # the debate the item came from, linked where its text has an address
        # which debate, for a colleague who was not there: its kind and title ("commissiedebat Zeden en
        # (on)veiligheid vrouwen, 3 april 2025"), the kind left out where the title starts with it
        kind, title = (debate.get("kind") or "").strip(), (debate.get("title") or "").strip()
        name = title if kind and title.lower().startswith(kind.lower()) else f"{kind or 'debat'} {title}".strip()
        label = f"{name}, {date_nl(debate['date'])}" if debate.get("date") else name
        parts.append(md_link(label, debate.get("source_url")))
    for link in links.get(item["id"], []):
        parts.append(md_link(link["label"] or "link", link["url"]))
    return ", ".join(parts)


def _actors(item: dict[str, Any]) -> str:
    return md_text(actors_label(item["actors"]))


def _items_table(items: Iterable[dict[str, Any]], links: dict[int, list[dict[str, Any]]]) -> list[str]:
    lines = ["| # | Soort | Status | Titel | Termijn | Eigenaar | Standpunt | Volgende stap | Actoren | Bron |",
             "| ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for item in items:
        own = " | ".join(md_text(item[k] or "") for k in ("owner", "stance", "next_action"))
        status = item["status_label"] + (f" (kabinet: {item['appreciation']})" if item.get("appreciation") else "")
        lines.append(f"| {item['id']} | {md_text(item['kind_label'])} | {md_text(status)} | "
                     f"{md_text(item['title'])} | {_due_cell(item)} | {own} | {_actors(item)} | "
                     f"{_sources(item, links)} |")
    return lines


def _motions(votes: dict[int, dict[str, Any]]) -> Callable[[list[Any], dict[int, list[dict[str, Any]]]], list[str]]:
    """The items table of motions, then how the Kamer voted on each that has a vote in the register:
    the decision with the tally, and the parties for and against with their seats."""

    def render(items: list[Any], links: dict[int, list[dict[str, Any]]]) -> list[str]:
        lines = _items_table(items, links)
        voted = [item for item in items if item["id"] in votes]
        if voted:
            lines.append("")
        for item in voted:
            facts = votes[item["id"]]
            heading = vote_heading(facts["vote"], facts["votes"])
            lines.append(f"- #{item['id']} {md_text(item_name(item))}: {md_text(heading)}")
            lines += [f"  - {md_text(side)}" for side in vote_sides(facts["votes"])]
        return lines

    return render


def _change_line(change: Change, old: str, new: str) -> str:
    item = change.item
    by = " (register)" if change.source == "tweedekamer" else ""
    return (f"- {date_nl(change.at[:10])} · #{item['id']} {md_text(item_name(item))}: {md_text(old)} → "
            f"{md_text(new)}{by} · {md_text(item['title'])}")


def _status_words(change: Change) -> tuple[str, str]:
    """The register's own words for a change the sync made ('openstaand → afgedaan'), else our labels."""
    if change.raw and change.raw[0] and change.raw[1]:
        return change.raw[0].lower(), change.raw[1].lower()
    return status_label(change.item["kind"], change.old), status_label(change.item["kind"], change.new)


def _status_lines(changes: Iterable[Change], _links: dict[int, list[dict[str, Any]]]) -> list[str]:
    return [_change_line(c, *_status_words(c)) for c in changes]


def _shift_lines(changes: Iterable[Change], _links: dict[int, list[dict[str, Any]]]) -> list[str]:
    return [_change_line(c, date_nl(c.old), date_nl(c.new)) for c in changes]


def _topics_of(row: Any) -> list[str]:
    item = row.item if isinstance(row, Change) else row
    return list(item["topics"]) or [NO_TOPIC]


def _section(title: str, section: Section, render: Callable[[list[Any], dict[int, list[dict[str, Any]]]], list[str]],
             links: dict[int, list[dict[str, Any]]], by_topic: bool) -> list[str]:
    lines = [f"## {title}", ""]
    if not section.rows:
        return [*lines, "_Geen._", ""]
    if by_topic:
        names = sorted({t for row in section.rows for t in _topics_of(row)}, key=lambda t: (t == NO_TOPIC, t))
        for name in names:
            rows = [row for row in section.rows if name in _topics_of(row)]
            lines += [f"### {md_heading_text(name)}", "", *render(rows, links), ""]
    else:
        lines += [*render(section.rows, links), ""]
    rest = section.total - len(section.rows)
    if rest > 0:
        lines += [f"… en {rest} meer", ""]
    return lines


def _plural(n: int, kind: str) -> str:
    return f"{n} {kind_label(kind) if n == 1 else KIND_PLURALS[kind]}"


def _is_week(start: dt.date, end: dt.date) -> bool:
    return start.weekday() == 0 and end == start + dt.timedelta(days=6)


def report_title(start: dt.date, end: dt.date, topic: str | None = None,
                 escape: Callable[[str], str] = one_line) -> str:
    """'Weekoverzicht week 15, 2025' (or 'Overzicht 9 april 2025 t/m 10 april 2025'), ': topic' after it;
    the report's heading (escape=md_heading_text) and the mail's subject (plain)."""
    year, week, _ = start.isocalendar()
    title = f"Weekoverzicht week {week}, {year}" if _is_week(start, end) else \
        f"Overzicht {date_nl(start)} t/m {date_nl(end)}"
    return title + (f": {escape(topic.strip().lower())}" if topic else "")


def render(data: WeeklyData, *, by_topic: bool = False) -> str:
    """The report as Markdown text (ends with one newline)."""
    is_week = _is_week(data.start, data.end)
    title = report_title(data.start, data.end, data.topic, md_heading_text)
    new_title = "Nieuw deze week" if is_week else "Nieuw in deze periode"
    rejected_title = "Verworpen deze week" if is_week else "Verworpen in deze periode"
    rows = [
        (new_title, data.new.total),
        ("Statuswijzigingen", data.status_changes.total),
        ("Termijnen verschoven", data.due_shifts.total),
        ("Te laat", data.overdue.total),
        ("Komende twee weken", data.upcoming.total),
        ("Aangenomen moties in uitvoering", data.adopted.total),
        (rejected_title, data.rejected.total),
    ]
    lines = [f"# {title}", "",
             f"{date_nl(data.start)} t/m {date_nl(data.end)} · stand op {date_nl(data.today)}", "",
             "| Onderdeel | Aantal |", "| --- | ---: |"]
    lines += [f"| {name} | {count} |" for name, count in rows]
    # Kinds with nothing open are left out (a team that follows no Kamervragen reads no "0 kamervragen").
    open_kinds = [k for k in KINDS if data.open_by_kind.get(k, 0)] or list(KINDS[:4])
    lines += ["", "Open: " + ", ".join(_plural(data.open_by_kind.get(k, 0), k) for k in open_kinds) + ".", ""]
    lines += _section(new_title, data.new, _items_table, data.links, by_topic)
    lines += _section("Statuswijzigingen", data.status_changes, _status_lines, data.links, by_topic)
    lines += _section("Termijnen verschoven", data.due_shifts, _shift_lines, data.links, by_topic)
    lines += _section("Te laat", data.overdue, _items_table, data.links, by_topic)
    lines += _section("Komende twee weken", data.upcoming, _items_table, data.links, by_topic)
    lines += _section("Aangenomen moties in uitvoering", data.adopted, _motions(data.votes), data.links, by_topic)
    lines += _section(rejected_title, data.rejected, _motions(data.votes), data.links, by_topic)
    return "\n".join(lines).rstrip("\n") + "\n"


def weekly_report(db: Database, start: dt.date, end: dt.date, today: dt.date, *, topic: str | None = None,
                  by_topic: bool = False, cap: int = 50) -> str:
    """The weekly status from start to end (inclusive) as Markdown."""
    return render(collect(db, start, end, today, topic=topic, cap=cap), by_topic=by_topic)
