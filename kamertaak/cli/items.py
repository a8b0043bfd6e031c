"""Commands on items, debates, the demo and the database itself."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

import typer
from rich.text import Text

from kamertaak.cli.common import UserError, console, open_store, parse_iso_date, print_json, today
from kamertaak.core.errors import NotFound
from kamertaak.core.kinds import KINDS
from kamertaak.core.labels import date_nl
from kamertaak.core.refs import ActorRef
from kamertaak.core.text import printable, terminal_json

if TYPE_CHECKING:
    import datetime as dt

    from kamertaak.store.queries import ItemDetail
    from kamertaak.store.service import Store

debate_app = typer.Typer(help="Debatten: toevoegen, tonen, wijzigen, samenvoegen en verwijderen.",
                         no_args_is_help=True)
db_app = typer.Typer(help="De database: status, upgrade, backup, copy.", no_args_is_help=True)


def _saved(store: Store, change: Callable[[], Any], item_id: int | None = None) -> ItemDetail:
    """Make a change and read the item it saved in the same transaction: what is shown is what was
    saved, even when another process (an undo, a delete) changes the item right after the commit.
    `change` returns the item's id when `item_id` is not known beforehand (add)."""
    from kamertaak.store.queries import get_item

    with store.db.transaction():
        result = change()
        target = item_id if item_id is not None else int(result)
        item = get_item(store.db, target, store.today())
    if item is None:
        raise NotFound(f"geen item met nummer {target}")
    return item


def _show_new(store: Store, item: ItemDetail, as_json: bool) -> None:
    from kamertaak.cli.render import item_line

    item_id = item["id"]
    if as_json:
        print_json(item)
        return
    out = console()
    out.print(item_line(item, store.today()))
    if item["due_phrase"] and item["precision"] == "none":
        out.print(Text(f"let op: termijn '{printable(item['due_phrase'])}' niet herkend; zet een datum met "
                       f"`kamertaak set {item_id} due=JJJJ-MM-DD`", style="yellow"))
    elif item["explanation"] and item["due_phrase"]:
        out.print(Text(f"  termijn: {printable(item['explanation'])}", style="dim"))


def add(
    kind: str = typer.Argument(..., help=f"Soort: {', '.join(KINDS)}."),
    title: str = typer.Argument(..., help="Korte titel."),
    due: str | None = typer.Option(None, "--due", help="Datum (JJJJ-MM-DD) of zin: 'voor de zomer'. Met --debate "
                                                        "telt een zin vanaf de debatdatum, anders vanaf vandaag."),
    status: str | None = typer.Option(None, "--status", help="Beginstatus (standaard de eerste van de soort)."),
    debate: int | None = typer.Option(None, "--debate", help="Nummer van het debat."),
    actor: list[str] = typer.Option([], "--actor", help="Actor, bv. \"Van Nispen (SP)\" (herhaalbaar)."),
    topic: list[str] = typer.Option([], "--topic", help="Onderwerp (herhaalbaar)."),
    text: str = typer.Option("", "--text", help="Letterlijke tekst."),
    owner: str | None = typer.Option(None, "--owner", help="Eigenaar."),
    priority: str | None = typer.Option(None, "--priority", help="laag, normaal of hoog."),
    as_json: bool = typer.Option(False, "--json", help="Druk het nieuwe item af als JSON."),
) -> None:
    """Voeg een toezegging, motie, termijn of actie toe."""
    store = open_store()
    item = _saved(store, lambda: store.add_item(kind, title, status=status, text=text, debate_id=debate, due=due,
                                                actors=actor, topics=topic, owner=owner, priority=priority))
    _show_new(store, item, as_json)


def list_cmd(
    kind: str | None = typer.Option(None, "--kind", help="Alleen deze soort."),
    status: str | None = typer.Option(None, "--status", help="Alleen deze status."),
    topic: str | None = typer.Option(None, "--topic", help="Alleen items met dit onderwerp."),
    actor: str | None = typer.Option(None, "--actor", help="Deel van een naam."),
    party: str | None = typer.Option(None, "--party", help="Alleen items met een actor van deze partij."),
    ministry: str | None = typer.Option(None, "--ministry", help="Alleen items van dit ministerie, bv. J&V."),
    owner: str | None = typer.Option(None, "--owner", help="Alleen items van deze eigenaar."),
    overdue: bool = typer.Option(False, "--overdue", help="Alleen wat te laat is."),
    open_only: bool = typer.Option(False, "--open", help="Alleen wat nog loopt."),
    due_before: str | None = typer.Option(None, "--due-before", help="Termijn op of voor JJJJ-MM-DD."),
    search: str | None = typer.Option(None, "--search", help="Woorden in titel, tekst, onderwerpen, debat,"
                                      " actoren of nummers (ook een deel van een woord)."),
    debate: int | None = typer.Option(None, "--debate", help="Alleen items uit dit debat."),
    sort: str = typer.Option("due", "--sort", help="due, updated, id, title, kind of status; -due omgekeerd."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Hoogstens zoveel regels."),
    as_json: bool = typer.Option(False, "--json", help="JSON-array met stabiele sleutels."),
) -> None:
    """Toon items, gefilterd en gesorteerd."""
    from kamertaak.store.queries import ItemFilter, list_items

    if due_before:
        parse_iso_date(due_before, "--due-before")
    store = open_store()
    f = ItemFilter(kind=kind, status=status, topic=topic, actor=actor, party=party, ministry=ministry,
                   owner=owner, overdue=overdue, open_only=open_only, due_before=due_before, search=search,
                   debate_id=debate, sort=sort, limit=limit)
    items = list_items(store.db, f, store.today())
    if as_json:
        print_json(items)
        return
    from kamertaak.cli.render import items_table

    out = console()
    if not items:
        out.print("geen items", style="dim")
        return
    out.print(items_table(items, store.today(), out.width))
    out.print("1 item" if len(items) == 1 else f"{len(items)} items", style="dim")


def show(
    item_id: int = typer.Argument(..., help="Nummer van het item."),
    as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts)."),
) -> None:
    """Toon één item met notities, links, herinneringen en geschiedenis."""
    from kamertaak.store.queries import get_item

    store = open_store()
    item = get_item(store.db, item_id, store.today())
    if item is None:
        raise UserError(f"geen item met nummer {item_id}")
    if as_json:
        print_json(item)
        return
    _print_detail(item, store.today())


def _print_detail(item: ItemDetail, day: dt.date) -> None:
    """The item as the shared presenter words it (reports.detail, as the TUI's detail screen shows it);
    fields without a value are left out."""
    from kamertaak.config import settings
    from kamertaak.reports.detail import MUTED, OVERDUE, WARNING, item_detail

    detail = item_detail(item, day, settings().reminders)
    tones = {OVERDUE: "bold red", WARNING: "yellow", MUTED: "dim"}
    out = console()
    out.print(Text(detail.heading, style="cyan"))
    out.print(Text(detail.title, style="bold"))
    for field in detail.fields:
        if field.value is not None:
            out.print(Text(f"  {field.label:<16}", style="dim") + Text(field.value, style=tones.get(field.tone, "")))
    if detail.text:
        out.print(Text("\n" + detail.text))
    if detail.links:
        out.print(Text("\nLinks", style="bold"))
        for link in detail.links:
            out.print(Text(f"  {link.label} {link.url}".rstrip()))
    if detail.notes:
        out.print(Text("\nNotities", style="bold"))
        for note in detail.notes:
            out.print(Text(f"  {note.moment} {note.author}: ", style="dim") + Text(note.text))
    if detail.reminders:
        out.print(Text("\nHerinneringen", style="bold"))
        for r in detail.reminders:
            out.print(Text(f"  [{r.ref}] {r.moment}  {r.what}{' (standaard)' if r.default else ''}  ({r.state})"))
    out.print(Text("\nGeschiedenis", style="bold"))
    for entry in detail.history:
        out.print(Text("  " + entry))


def set_cmd(
    item_id: int = typer.Argument(..., help="Nummer van het item."),
    assignments: list[str] = typer.Argument(..., help="VELD=WAARDE, bv. due=\"voor de zomer\" owner=anna."),
    if_version: int | None = typer.Option(None, "--if-version",
                                          help="Alleen als het item nog deze versie heeft (zie show --json)."),
) -> None:
    """Wijzig velden: title, text, due, owner, priority, stance, next_action, scheduled, hide_until,
    debate_id, kind, actors (komma's), topics (komma's)."""
    changes: dict[str, Any] = {}
    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        if not sep or not field.strip():
            raise UserError(f"'{assignment}' is geen VELD=WAARDE")
        field = field.strip()
        if field == "status":
            raise UserError(f"status wijzig je met `kamertaak status {item_id} STATUS`")
        if field in ("actors", "topics"):
            changes[field] = [v.strip() for v in value.split(",") if v.strip()] if field == "topics" else \
                [ActorRef.parse(v) for v in _split_actors(value)]
        else:
            changes[field] = value
    from kamertaak.store.queries import item_version

    store = open_store()
    # The edit is based on the version read here (or given): a change by someone else in between
    # is a conflict, never silently overwritten.
    expected = if_version if if_version is not None else item_version(store.db, item_id)
    diffs: list[dict[str, Any]] = []
    item = _saved(store, lambda: diffs.append(store.update_item(item_id, changes, expected_version=expected)),
                  item_id)
    _show_new(store, item, False)
    if not diffs[0]:
        console().print("niets gewijzigd", style="dim")


def _split_actors(value: str) -> list[str]:
    """Split 'Van Nispen (SP), Mutluer (GL-PvdA)' on commas outside parentheses."""
    parts, depth, current = [], 0, ""
    for ch in value:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def status_cmd(
    item_id: int = typer.Argument(..., help="Nummer van het item."),
    status: str = typer.Argument(..., help="De nieuwe status, code of Nederlands woord (bv. submitted of ingediend)."),
) -> None:
    """Zet de status (alleen toegestane overgangen)."""
    store = open_store()
    _show_new(store, _saved(store, lambda: store.set_status(item_id, status), item_id), False)


def note(
    item_id: int = typer.Argument(..., help="Nummer van het item."),
    text: str = typer.Argument(..., help="De tekst van de notitie."),
) -> None:
    """Voeg een notitie toe."""
    store = open_store()
    store.add_note(item_id, text)
    console().print(f"notitie toegevoegd aan #{item_id}")


def link(
    item_id: int = typer.Argument(..., help="Nummer van het item."),
    target: str = typer.Argument(..., help="Een URL, of een registernummer (TZ202504-057, '36600, nr. 12')."),
    label: str = typer.Option("", "--label", help="Naam van de link."),
    force: bool = typer.Option(False, "--force", help="Een registernummer dat niet in het spiegelregister"
                               " staat toch op het item zetten."),
) -> None:
    """Koppel een link of registernummer aan een item; een nummer uit het spiegelregister laat het item
    het register volgen (status en termijn worden dan bijgewerkt door de sync)."""
    store = open_store()
    if "://" in target:
        store.add_link(item_id, target, label)
        console().print(f"link toegevoegd aan #{item_id}")
    else:
        from kamertaak.cli.sync import link_register

        link_register(store, item_id, target, force=force)


def delete(item_id: int = typer.Argument(..., help="Nummer van het item.")) -> None:
    """Verwijder een item uit alle overzichten (undo haalt het terug)."""
    store = open_store()
    store.delete_item(item_id)
    console().print(f"#{item_id} verwijderd (kamertaak undo haalt het terug)")


def undo() -> None:
    """Maak de laatste wijziging ongedaan (de undo wordt zelf ook gelogd)."""
    store = open_store()
    message = store.undo()
    console().print(Text(printable(message)))


@debate_app.command("add")
def debate_add(
    title: str = typer.Argument(..., help="Titel van het debat."),
    kind: str = typer.Option("", "--kind", help="commissiedebat, tweeminutendebat, plenair debat, ..."),
    date: str | None = typer.Option(None, "--date", help="JJJJ-MM-DD"),
    committee: str | None = typer.Option(None, "--committee", help="Commissie, bv. Justitie en Veiligheid (J&V)."),
    url: str | None = typer.Option(None, "--url", help="Link naar het debat."),
    actor: list[str] = typer.Option([], "--actor", help="Deelnemer, bv. \"Mutluer (GL-PvdA)\" (herhaalbaar)."),
    as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts)."),
) -> None:
    """Voeg een debat toe."""
    if date:
        parse_iso_date(date, "--date")
    store = open_store()
    debate_id = store.add_debate(title, kind=kind, date=date, committee=committee, source_url=url,
                                 actors=actor)
    if as_json:
        print_json({"id": debate_id, "title": title, "kind": kind, "date": date, "committee": committee})
    else:
        console().print(Text(f"debat {debate_id}: {printable(title)}"))


def _short_committee(name: str) -> str:
    """'vaste commissie voor Justitie en Veiligheid (J&V)' → 'J&V' in a table; a short name stays."""
    if len(name) > 24 and name.endswith(")") and "(" in name:
        return name[name.rindex("(") + 1:-1]
    return name


@debate_app.command("list")
def debate_list(as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts).")) -> None:
    """Toon de debatten met het aantal items."""
    from rich.table import Table

    from kamertaak.store.queries import list_debates

    store = open_store()
    debates = list_debates(store.db)
    if as_json:
        print_json(debates)
        return
    from kamertaak.core.labels import debate_status_label

    table = Table(show_edge=False, pad_edge=False)
    for col in ("#", "datum", "soort", "titel", "commissie", "status", "activiteit", "items"):
        table.add_column(col, no_wrap=col not in ("titel", "commissie"))
    for d in debates:
        when = " ".join(v for v in (d["date"] or "", d["time"] or "") if v)
        table.add_row(str(d["id"]), Text(printable(when)), Text(printable(d["kind"])), Text(printable(d["title"])),
                      Text(printable(_short_committee(d["committee"] or ""))), debate_status_label(d["status"]),
                      Text(printable(d["number"] or "")), str(d["items"]))
    console().print(table)


@debate_app.command("show")
def debate_show(
    debate_id: int = typer.Argument(..., help="Nummer van het debat."),
    as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts)."),
) -> None:
    """Toon een debat: wie er sprak en wat eruit volgde."""
    from kamertaak.cli.render import item_line
    from kamertaak.core.labels import ROLE_LABELS
    from kamertaak.store.queries import ItemFilter, debate_actors, get_debate, list_items

    store = open_store()
    debate = get_debate(store.db, debate_id)
    if debate is None:
        raise UserError(f"geen debat met nummer {debate_id}")
    actors = debate_actors(store.db, debate_id)
    items = list_items(store.db, ItemFilter(debate_id=debate_id), store.today())
    if as_json:
        print_json({**debate, "actors": actors, "items": items})
        return
    out = console()
    out.print(Text(printable(f"{debate['kind']} {debate['title']}".strip()), style="bold"))
    out.print(Text(printable(" · ".join(x for x in (date_nl(debate["date"]), debate["committee"] or "") if x)),
                   style="dim"))
    if actors:
        out.print(Text("\nDeelnemers", style="bold"))
        for actor in actors:
            role = ROLE_LABELS.get(actor["role"], actor["role"])
            out.print(Text(f"  {printable(ActorRef.from_dict(actor).label())}  ({role})"))
    out.print(Text(f"\nItems ({len(items)})", style="bold"))
    for item in items:
        out.print(Text("  ") + item_line(item, store.today()))


_DEBATE_FIELD_NAMES = {"title": "titel", "date": "datum", "kind": "soort", "committee": "commissie",
                       "source_url": "bron"}


@debate_app.command("set")
def debate_set(
    debate_id: int = typer.Argument(..., metavar="ID", help="Nummer van het debat."),
    assignments: list[str] = typer.Argument(..., help="VELD=WAARDE, bv. date=2025-04-10 title=\"Jeugdzorg\"."),
) -> None:
    """Wijzig een debat: title, date, kind, committee, source_url. Een nieuwe datum verschuift de termijnen
    van zijn items die vanaf de debatdatum tellen ('binnen zes weken'); met de hand gezette termijnen blijven."""
    changes: dict[str, Any] = {}
    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        if not sep or not field.strip():
            raise UserError(f"'{assignment}' is geen VELD=WAARDE")
        changes[field.strip()] = value
    store = open_store()
    diff, moved = store.update_debate(debate_id, changes)
    out = console()
    if not diff:
        out.print("niets gewijzigd", style="dim")
        return
    for field, (old, new) in diff.items():
        shown = [date_nl(v) if field == "date" else v for v in (old, new)]
        out.print(Text(printable(f"debat {debate_id}: {_DEBATE_FIELD_NAMES.get(field, field)} "
                                 f"{shown[0] or 'leeg'} → {shown[1] or 'leeg'}")))
    _print_moved(store, moved)


def _print_moved(store: Store, moved: dict[int, dict[str, list[Any]]]) -> None:
    """'#3 Brief over opvang: termijn 15 mei 2025 → 22 mei 2025 (binnen zes weken)' per item whose due moved."""
    from kamertaak.store.queries import get_item

    out = console()
    for item_id, changes in moved.items():
        if "due" not in changes:
            continue
        item = get_item(store.db, item_id, store.today())
        if item is None:
            continue
        old, new = (date_nl(v) or "geen datum" for v in changes["due"])
        out.print(Text(printable(f"  #{item_id} {item['title']}: termijn {old} → {new} ({item['due_phrase']})")))


@debate_app.command("merge")
def debate_merge(
    debate_id: int = typer.Argument(..., metavar="ID", help="Het debat dat opgaat in het andere."),
    into_id: int = typer.Argument(..., metavar="INTO_ID", help="Het debat dat blijft."),
) -> None:
    """Voeg debat ID samen met INTO_ID (bv. twee keer hetzelfde debat): de items en deelnemers gaan mee, ID
    verdwijnt. Termijnen die vanaf de debatdatum tellen, tellen daarna vanaf de datum van INTO_ID."""
    store = open_store()
    items = store.merge_debates(debate_id, into_id)
    count = "1 item" if len(items) == 1 else f"{len(items)} items"
    console().print(Text(f"debat {debate_id} samengevoegd met debat {into_id}: {count} verplaatst"))


@debate_app.command("delete")
def debate_delete(
    debate_id: int = typer.Argument(..., metavar="ID", help="Nummer van het debat."),
    unlink: bool = typer.Option(False, "--unlink", help="Ook als er items aan hangen: die blijven, zonder debat."),
) -> None:
    """Verwijder een debat. Een debat met items wordt geweigerd, zodat er nooit werk mee verdwijnt; met
    --unlink blijven de items bestaan, los van het debat, met hun termijnen zoals ze zijn."""
    store = open_store()
    unlinked = store.delete_debate(debate_id, unlink=unlink)
    tail = "" if not unlinked else f"; {'1 item' if unlinked == 1 else f'{unlinked} items'} zonder debat verder"
    console().print(Text(f"debat {debate_id} verwijderd{tail}"))


def demo(
    remove: bool = typer.Option(False, "--remove", help="Haal het voorbeelddebat met zijn items weer weg."),
    force: bool = typer.Option(False, "--force", help="Met --remove: ook items die je sinds het laden hebt gewijzigd "
                                                      "of zelf aan het debat hebt toegevoegd."),
) -> None:
    """Laad het voorbeelddebat van 3 april 2025 (Zeden en (on)veiligheid vrouwen); --remove haalt het weg."""
    from kamertaak.store.queries import debate_with

    if force and not remove:
        raise UserError("--force hoort bij --remove")
    store = open_store()
    folder = resources.files("kamertaak").joinpath("data", "demo")
    data = json.loads(folder.joinpath("commissiedebat-2025-04-03.json").read_text(encoding="utf-8"))
    d = data["debate"]
    existing = debate_with(store.db, d["title"], d["date"])
    if remove:
        _remove_demo(store, existing, force)
        return
    if existing is not None:
        console().print(f"het voorbeelddebat staat er al (debat {existing}); niets toegevoegd")
        return
    source_text = folder.joinpath(d["source_text_file"]).read_text(encoding="utf-8")
    with store.db.transaction():
        debate_id = store.add_debate(d["title"], kind=d["kind"], date=d["date"], committee=d["committee"],
                                     source_url=d["source_url"], source_text=source_text,
                                     actors=[ActorRef.from_dict(m) for m in data["participants"]], source="demo")
        for spec in data["items"]:
            store.add_item(
                spec["kind"], spec["title"], status=spec.get("status"), text=spec.get("text", ""),
                debate_id=debate_id, due=spec.get("due"),
                actors=[ActorRef.from_dict(a) for a in spec.get("actors", [])], topics=spec.get("topics", []),
                owner=spec.get("owner"), priority=spec.get("priority"), stance=spec.get("stance"),
                links=[tuple(pair) for pair in spec.get("links", [])], source="demo",
            )
    console().print(Text(f"voorbeelddebat geladen: debat {debate_id} met {len(data['items'])} items "
                         f"in {printable(store.db.shown())}"), soft_wrap=True)  # one line, for scripts too


def _remove_demo(store: Store, debate_id: int | None, force: bool) -> None:
    """The demo is a visitor: its debate and items go again, except what the user made their own since
    loading (changed, or added to the debate), which stays, with the debate, unless --force."""
    from kamertaak.store.queries import ItemFilter, changed_by_others, debate_created_by, list_items

    if debate_id is None or debate_created_by(store.db, debate_id) != "demo":
        raise UserError("er is geen voorbeelddebat geladen (kamertaak demo laadt het)")
    items = list_items(store.db, ItemFilter(debate_id=debate_id, sort="id"), store.today())
    added = [i["id"] for i in items if i["source"] != "demo"]
    changed = sorted(changed_by_others(store.db, [i["id"] for i in items if i["source"] == "demo"], "demo"))
    kept = [] if force else sorted(added + changed)
    removal = store.remove_from_debate(debate_id, [i["id"] for i in items if i["id"] not in kept])
    out = console()
    what = f"{len(removal.items)} {'item' if len(removal.items) == 1 else 'items'}"
    if removal.debate:
        n = len(removal.actors)
        people = f" en {n} {'actor' if n == 1 else 'actoren'} die nergens anders voorkomen" if n else ""
        out.print(f"voorbeelddebat weggehaald: debat {debate_id}, {what}{people}")
        return
    out.print(f"{what} van het voorbeelddebat weggehaald; debat {debate_id} blijft voor wat je eigen hebt gemaakt:")
    if changed:
        out.print(f"  sinds het laden gewijzigd: {', '.join(f'#{n}' for n in changed)}")
    if added:
        out.print(f"  zelf aan het debat toegevoegd: {', '.join(f'#{n}' for n in added)}")
    out.print("kamertaak demo --remove --force haalt ook die weg", style="dim")


@db_app.command("status")
def db_status(as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts).")) -> None:
    """Toon waar de database staat en of er migraties openstaan."""
    from kamertaak.cli.common import db_url
    from kamertaak.store.db import SCHEMA_HEAD, check_schema, connect

    db = connect(db_url())
    current = db.schema_revision()
    pending = check_schema(db)
    info = {"database": db.shown(), "dialect": db.dialect, "revision": current, "head": SCHEMA_HEAD,
            "pending": pending}
    if as_json:
        print_json(info)
        return
    out = console()
    out.print(Text(f"database  {info['database']} ({db.dialect})"))
    out.print(f"schema    {current or 'leeg'} (nieuwste: {SCHEMA_HEAD})")
    out.print("migraties open: " + (", ".join(pending) if pending else "geen"))


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Voer openstaande migraties uit (met eerst een backup van een bestaand SQLite-bestand)."""
    from kamertaak.cli.common import db_url
    from kamertaak.store.db import check_schema, connect, upgrade

    db = connect(db_url())
    pending = check_schema(db)
    copy = upgrade(db) if pending else None
    if copy:
        console().print(Text(f"backup gemaakt: {copy}"))
    console().print(f"schema bijgewerkt: {', '.join(pending)}" if pending else "niets te doen")


@db_app.command("backup")
def db_backup(
    output: str | None = typer.Option(None, "-o", "--output", help="Doelbestand (nieuw, privé: 0600); anders"
                                      " NAAM.DATUM-TIJD.bak naast de database."),
    force: bool = typer.Option(False, "--force", help="Een bestaand doelbestand overschrijven."),
) -> None:
    """Maak een consistente kopie van het SQLite-bestand."""
    from pathlib import Path

    from kamertaak.store.db import backup

    store = open_store()
    dest = backup(store.db, Path(output) if output else None, force=force)
    console().print(Text(f"backup: {dest}"))


@db_app.command("copy")
def db_copy(
    to: str = typer.Option(..., "--to", help="Lege doeldatabase: een SQLite-pad of een URL, bv. "
                                             "postgresql+psycopg://anna@server/kamertaak."),
    as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts)."),
) -> None:
    """Kopieer de hele database (met ids, geschiedenis en registerspiegel) naar een lege database."""
    from kamertaak.cli.common import db_url
    from kamertaak.store.copy import copy_to
    from kamertaak.store.db import open_database

    source = open_database(db_url())
    try:
        report = copy_to(source, to)
    finally:
        source.close()
    if as_json:
        print_json({"source": report.source, "target": report.target, "rows": report.rows, "total": report.total})
        return
    out = console()
    out.print(Text(f"gekopieerd: {report.source} → {report.target}"))
    out.print(Text("  " + ", ".join(f"{name} {n}" for name, n in report.rows.items() if n) or "  (leeg)"))
    out.print(f"{report.total} rijen in één transactie; het doel staat op dezelfde schemaversie", style="dim")


def config_cmd(as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts).")) -> None:
    """Toon het configuratiebestand en de geldende waarden."""
    from kamertaak.config import settings

    values = settings().as_dict()
    if as_json:
        print_json(values)
        return
    out = console()
    exists = "" if values["config_file_exists"] else " (bestaat niet; standaardwaarden)"
    out.print(Text(f"configbestand: {values['config_file']}{exists}"))
    for key, value in values.items():
        if key.startswith("config_file"):
            continue
        out.print(Text(f"  {key:<18} {terminal_json(json.dumps(value, ensure_ascii=False))}"))


def open_default_view() -> None:
    """`kamertaak` without a command: the TUI on the chosen database (Textual is imported only here)."""
    import sys

    from kamertaak.cli.common import db_url

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError("de TUI heeft een terminal nodig; zonder terminal: `kamertaak today` of `kamertaak --help`")
    # Open the database and read a pinned today before Textual takes the terminal, so a bad file or
    # setting is one line on stderr, not a traceback inside the app.
    target = db_url()
    today()
    open_store().close()
    from kamertaak.tui.app import run

    run(target)


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("list")(list_cmd)
    app.command("show")(show)
    app.command("set")(set_cmd)
    app.command("status")(status_cmd)
    app.command("note")(note)
    app.command("link")(link)
    app.command("delete")(delete)
    app.command("undo")(undo)
    app.command("demo")(demo)
    app.command("config")(config_cmd)
    app.add_typer(debate_app, name="debate")
    app.add_typer(db_app, name="db")
