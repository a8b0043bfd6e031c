"""Commands on debates: debate add, list, show, set, merge, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from rich.text import Text

from kamertaak.cli.common import UserError, console, open_store, parse_iso_date, print_json
from kamertaak.core.labels import date_nl
from kamertaak.core.refs import ActorRef
from kamertaak.core.text import printable

if TYPE_CHECKING:

    from kamertaak.store.service import Store


debate_app = typer.Typer(help="Debatten: toevoegen, tonen, wijzigen, samenvoegen en verwijderen.",
                         no_args_is_help=True)


@debate_app.command("add")
def debate_add(
    title: str = typer.Argument(..., help="Titel van het debat."),
    kind: str = typer.Option("", "--kind", help="commissiedebat, tweeminutendebat, plenair debat, ..."),
    date: str | None = typer.Option(None, "--date", metavar="DATUM", help="De datum van het debat (JJJJ-MM-DD)."),
    committee: str | None = typer.Option(None, "--committee", help="Commissie, bv. Justitie en Veiligheid (J&V)."),
    url: str | None = typer.Option(None, "--url", metavar="URL", help="Link naar het debat."),
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
    if not debates:
        console().print("geen debatten (kamertaak debate add of kamertaak triage TEKST --accept legt er een vast)",
                        style="dim")
        return
    from kamertaak.core.labels import debate_status_label

    rows = [
        {
            "#": str(d["id"]),
            "datum": " ".join(v for v in (d["date"] or "", d["time"] or "") if v),
            "soort": d["kind"] or "",
            "titel": d["title"] or "",
            "commissie": _short_committee(d["committee"] or ""),
            "status": debate_status_label(d["status"]),
            "activiteit": d["number"] or "",
            "items": str(d["items"]),
        }
        for d in debates
    ]
    # Columns no debate fills (no register sync: status, activiteit) leave their width to the titles.
    columns = [c for c in rows[0] if c in ("#", "datum", "titel", "items") or any(r[c] for r in rows)] if rows else []
    table = Table(show_edge=False, pad_edge=False)
    for col in columns:
        table.add_column(col, no_wrap=col not in ("titel", "commissie"))
    for r in rows:
        table.add_row(*(Text(printable(r[c])) for c in columns))
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
    debate_id: int = typer.Argument(..., help="Nummer van het debat."),
    assignments: list[str] = typer.Argument(..., help="Wat te wijzigen, bv. date=2025-04-10 title=\"Jeugdzorg\"."),
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
    debate_id: int = typer.Argument(..., help="Het debat dat opgaat in het andere."),
    into_id: int = typer.Argument(..., help="Het debat dat blijft."),
) -> None:
    """Voeg debat ID samen met debat DOEL, als het twee keer hetzelfde debat is. De items en deelnemers gaan
    mee, ID verdwijnt; termijnen die vanaf de debatdatum tellen, tellen daarna vanaf de datum van DOEL."""
    store = open_store()
    items = store.merge_debates(debate_id, into_id)
    count = "1 item" if len(items) == 1 else f"{len(items)} items"
    console().print(Text(f"debat {debate_id} samengevoegd met debat {into_id}: {count} verplaatst"))


@debate_app.command("delete")
def debate_delete(
    debate_id: int = typer.Argument(..., help="Nummer van het debat."),
    unlink: bool = typer.Option(False, "--unlink", help="Ook als er items aan hangen: die blijven, zonder debat."),
) -> None:
    """Verwijder een debat. Een debat met items wordt geweigerd, zodat er nooit werk mee verdwijnt; met
    --unlink blijven de items bestaan, los van het debat, met hun termijnen zoals ze zijn."""
    store = open_store()
    unlinked = store.delete_debate(debate_id, unlink=unlink)
    tail = "" if not unlinked else f"; {'1 item' if unlinked == 1 else f'{unlinked} items'} zonder debat verder"
    console().print(Text(f"debat {debate_id} verwijderd{tail}"))



def register(app: typer.Typer) -> None:
    app.add_typer(debate_app, name="debate")
