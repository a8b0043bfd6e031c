"""Commands on items: add, list, show, set, status, note, link, delete, undo."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table
from rich.text import Text

from kamertaak.cli.common import UserError, console, open_store, parse_iso_date, print_json
from kamertaak.core.errors import NotFound
from kamertaak.core.kinds import KINDS
from kamertaak.core.labels import FIELD_LABELS
from kamertaak.core.refs import ActorRef
from kamertaak.core.text import printable

if TYPE_CHECKING:
    import datetime as dt

    from kamertaak.store.queries import ItemDetail
    from kamertaak.store.service import Store




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
    unread = bool(item["due_phrase"]) and item["precision"] == "none"
    if as_json:
        print_json(item)
    else:
        out = console()
        out.print(item_line(item, store.today()))
        if item["explanation"] and item["due_phrase"] and not unread:
            out.print(Text(f"  termijn: {printable(item['explanation'])}", style="dim"))
    if unread:
        # A warning, on stderr as every other one: the item's line (or its JSON) stays the whole of stdout.
        print(f"kamertaak: let op: termijn '{printable(item['due_phrase'])}' niet herkend; zet een datum met "
              f"`kamertaak set {item_id} due=JJJJ-MM-DD`", file=sys.stderr)


def add(
    kind: str = typer.Argument(..., help=f"Soort: {', '.join(KINDS)}."),
    title: str = typer.Argument(..., help="Korte titel (hoogstens 200 tekens)."),
    due: str | None = typer.Option(None, "--due", metavar="DATUM|ZIN",
                                   help="Datum (JJJJ-MM-DD) of zin: 'voor de zomer'. Met --debate telt een zin"
                                   " vanaf de debatdatum, anders vanaf vandaag."),
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
    _typed_title(title)
    store = open_store()
    item = _saved(store, lambda: store.add_item(kind, title, status=status, text=text, debate_id=debate, due=due,
                                                actors=actor, topics=topic, owner=owner, priority=priority))
    _show_new(store, item, as_json)


def _typed_title(title: str) -> str:
    """A title typed on the command line, refused in one line when it holds a control character (u8: `add actie
    $'Bel \\e[31mrood'` stored the colour code). The store keeps what it is given exactly (a register's or an old
    database's title is shown escaped, never dropped); what a user types is one clean line."""
    for character in title:
        if character in "\t\n\r" or printable(character) != character:
            shown = printable(character) if character not in "\t\n\r" else repr(character)[1:-1]
            raise UserError(f"een titel is één regel zonder stuurtekens; deze bevat '{shown}'")
    return title


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
    due_before: str | None = typer.Option(None, "--due-before", metavar="DATUM", help="Termijn op of voor JJJJ-MM-DD."),
    search: str | None = typer.Option(None, "--search", help="Woorden in titel, tekst, onderwerpen, debat,"
                                      " actoren of nummers (ook een deel van een woord)."),
    debate: int | None = typer.Option(None, "--debate", help="Alleen items uit dit debat."),
    sort: str = typer.Option("due", "--sort", help="due, updated, id, title, kind of status; -due omgekeerd."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Hoogstens zoveel regels."),
    as_json: bool = typer.Option(False, "--json", help="JSON-array met stabiele sleutels."),
) -> None:
    """Toon items, gefilterd en gesorteerd."""
    from kamertaak.store.queries import ItemFilter, get_debate, list_items, search_words

    if search is not None and not search_words(search):
        # Else it filtered nothing and silently showed every item (u8: `--search "A B"`).
        raise UserError(f"--search '{printable(search)}': geen zoekwoorden (een woord van één letter telt niet mee)")
    if due_before:
        parse_iso_date(due_before, "--due-before")
    if kind and status:
        from kamertaak.core.kinds import kind_code, status_code

        status_code(kind_code(kind), status)  # a status the kind cannot have finds nothing: say so, with its statuses
    store = open_store()
    if debate is not None and get_debate(store.db, debate) is None:
        raise UserError(f"geen debat met nummer {debate}")  # a typo, not an empty debate
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
    shown = "1 item" if len(items) == 1 else f"{len(items)} items"
    if limit is not None and len(items) == limit:
        from kamertaak.store.queries import count_items

        total = count_items(store.db, f, store.today())
        if total > limit:
            shown = f"{limit} van {total} items (--limit {limit})"  # not "3 items" when nine match
    out.print(shown, style="dim")


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
    # Label and value in two columns: a long value wraps under itself, not under the labels
    grid = Table.grid()
    grid.add_column(width=18, no_wrap=True)
    grid.add_column(overflow="fold")
    for field in detail.fields:
        if field.value is not None:
            grid.add_row(Text(f"  {field.label}", style="dim"), Text(field.value, style=tones.get(field.tone, "")))
    out.print(grid)
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
    assignments: list[str] = typer.Argument(..., help="Wat te wijzigen, bv. due=\"voor de zomer\" owner=anna."),
    if_version: int | None = typer.Option(None, "--if-version",
                                          help="Alleen als het item nog deze versie heeft (zie show --json)."),
) -> None:
    """Wijzig velden: title, text, due, owner, priority, stance, next_action, scheduled, hide_until,
    debate_id, kind, event (ja/nee: een vergadering op die datum), appreciation (van een motie: ontraden,
    oordeel kamer, overgenomen, ...), actors (komma's), topics (komma's); ook in het Nederlands: titel,
    termijn, eigenaar, appreciatie, volgende_stap, ... Een zin bij due= telt vanaf de datum van het debat van
    het item (zoals daar gezegd), zonder debat vanaf vandaag."""
    changes: dict[str, Any] = {}
    for assignment in assignments:
        field, sep, value = assignment.partition("=")
        if not sep or not field.strip():
            raise UserError(f"'{assignment}' is geen VELD=WAARDE")
        field = _FIELD_WORDS.get(field.strip().lower(), field.strip())
        if field not in _FIELD_WORDS.values():
            raise UserError(f"onbekend veld '{field}'; te wijzigen: "
                            + ", ".join(word for word, code in _FIELD_WORDS.items() if code != "status"))
        if field == "status":
            raise UserError(f"status wijzig je met `kamertaak status {item_id} STATUS`")
        if field in ("actors", "topics"):
            changes[field] = [v.strip() for v in value.split(",") if v.strip()] if field == "topics" else \
                [ActorRef.parse(v) for v in _split_actors(value)]
        elif field == "title":
            changes[field] = _typed_title(value)
        else:
            changes[field] = value
    store = open_store()
    # With --if-version the edit is based on the version the user read: a change by someone else since is a
    # conflict, never silently overwritten. Without it the user saw no version, so the change applies to the item
    # as it is when the write begins (two terminals setting at once both succeed, the later one last).
    diffs: list[dict[str, Any]] = []
    item = _saved(store, lambda: diffs.append(store.update_item(item_id, changes, expected_version=if_version)),
                  item_id)
    _show_new(store, item, False)
    if not diffs[0]:
        console().print("niets gewijzigd", style="dim")


# A field may be named in Dutch as the interface shows it: titel=, termijn=, appreciatie=, volgende_stap=.
_FIELD_WORDS = {label.replace(" ", "_"): code for code, label in FIELD_LABELS.items()
                if code not in ("due_phrase", "debate_date", "deleted")}


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


def done_cmd(item_id: int = typer.Argument(..., help="Nummer van het item.")) -> None:
    """Afronden, kort voor `status ID klaar`: een toezegging, termijn of actie wordt klaar (voldaan, gedaan);
    een motie gaat één stap verder (aangekondigd → ingediend → aangenomen → uitgevoerd), zoals d in de TUI."""
    from kamertaak.core.kinds import lifecycle
    from kamertaak.core.labels import kind_label, status_label
    from kamertaak.store.queries import get_item

    store = open_store()
    item = get_item(store.db, item_id, store.today())
    if item is None:
        raise UserError(f"geen item met nummer {item_id}")
    kind, status = item["kind"], item["status"]
    target = lifecycle(kind).done_step(status)
    if target is None:
        here = status_label(kind, status)
        if status in lifecycle(kind).final:
            raise UserError(f"#{item_id} {kind_label(kind)} is al afgerond ({here})")
        raise UserError(f"#{item_id}: geen stap vooruit vanaf {here}; kies met `kamertaak status {item_id} STATUS`")
    _show_new(store, _saved(store, lambda: store.set_status(item_id, target), item_id), False)


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
    import re

    from kamertaak.core.refs import register_scheme
    from kamertaak.core.text import one_line

    # An address starts with its scheme ('https:', 'mailto:'); a register number never does.
    scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", target)
    is_address = "://" in target or (scheme is not None and register_scheme(target) == "other")
    if is_address and (scheme is None or scheme.group(1).lower() not in ("http", "https", "mailto")):
        raise UserError(f"'{one_line(target, 60)}' is geen webadres of e-mailadres; een link begint met https://,"
                        " http:// of mailto:")
    store = open_store()
    if is_address:
        store.add_link(item_id, target, label)
        console().print(f"link toegevoegd aan #{item_id}")
    else:
        from kamertaak.cli.sync import link_to_register

        link_to_register(store, item_id, target, force=force)


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



def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("list")(list_cmd)
    app.command("show")(show)
    app.command("set")(set_cmd)
    app.command("status")(status_cmd)
    app.command("done")(done_cmd)
    app.command("klaar", help="Hetzelfde als done: afronden, kort voor `status ID klaar`.")(done_cmd)
    app.command("note")(note)
    app.command("link")(link)
    app.command("delete")(delete)
    app.command("undo")(undo)
