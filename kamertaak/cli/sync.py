"""`kamertaak sync tweedekamer`, the register mirror (`register ...`) and follow rules (`follow ...`).

HTTP, the mapping and the merge are imported inside the commands: the everyday commands should not
pay for them at start-up.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import typer
from rich.text import Text

from kamertaak.cli.common import UserError, console, open_store, parse_iso_date, print_json
from kamertaak.core.text import one_line, printable

if TYPE_CHECKING:
    from rich.console import Console

    from kamertaak.store.register import RegisterMirror
    from kamertaak.store.service import Store
    from kamertaak.sync.linking import RegisterLink
    from kamertaak.sync.tweedekamer import SyncSummary

sync_app = typer.Typer(help="Haal officiële gegevens op (Tweede Kamer open data).", no_args_is_help=True)
register_app = typer.Typer(help="Het lokale spiegelregister van de Tweede Kamer en de triage-inbox.",
                           no_args_is_help=True)
follow_app = typer.Typer(help="Volgregels: welke registerrecords in de tracker komen.", no_args_is_help=True)

ONLY = ("toezeggingen", "moties")
PAGE = 250  # the portal's page size: a run shorter than a page needs no progress bar


def _mirror(store: Store) -> RegisterMirror:
    from kamertaak.store.register import RegisterMirror

    return RegisterMirror(store.db, store.stamp)


class _Bar:
    """A rich progress bar, drawn only on a terminal and only for runs longer than a page."""

    def __init__(self, out: Console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=out, transient=True)
        self.task: Any = None
        self.active = False

    def start(self, category: str, total: int | None) -> None:
        if total is not None and total <= PAGE:
            self.task = None
            return
        if not self.active:
            self.bar.start()
            self.active = True
        self.task = self.bar.add_task(f"{category} ophalen", total=total)

    def advance(self, records: int) -> None:
        if self.task is not None:
            self.bar.advance(self.task, records)

    def stop(self) -> None:
        if self.active:
            self.bar.stop()


@sync_app.command("tweedekamer")
def sync_tweedekamer(
    since: str | None = typer.Option(None, "--since", metavar="DATUM",
                                     help="Met --via odata: alles gewijzigd vanaf JJJJ-MM-DD (anders: waar de"
                                     " vorige run bleef, of alles bij de eerste run)."),
    base_url: str | None = typer.Option(None, "--base-url", metavar="URL", help="Basis van het portaal (config"
                                        " tweedekamer.base_url); de paden komen uit de config."),
    accept: bool = typer.Option(False, "--accept", help="Nieuwe treffers van volgregels direct als item"
                                " toevoegen in plaats van in de inbox."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Ophalen en tellen, niets opslaan."),
    only: str | None = typer.Option(None, "--only", help="Alleen toezeggingen of moties."),
    via: str = typer.Option("syncfeed", "--via", help="syncfeed (standaard: de SyncFeed van de Kamer) of odata."),
    as_json: bool = typer.Option(False, "--json", help="Samenvatting als JSON."),
) -> None:
    """Haal toezeggingen en moties op uit het register van de Tweede Kamer en werk gevolgde items bij."""
    import datetime as dt

    from kamertaak.config import now, settings, zone
    from kamertaak.sync.client import ClientSettings, RegisterClient
    from kamertaak.sync.tweedekamer import (
        CATEGORIES,
        COMMITMENT_CATEGORIES,
        MOTION_CATEGORIES,
        ROUTES,
        SyncInterrupted,
        SyncOptions,
        sync_register,
    )

    if only is not None and only not in ONLY:
        raise UserError(f"--only: kies uit {', '.join(ONLY)}")
    if via not in ROUTES:
        raise UserError(f"--via: kies uit {', '.join(ROUTES)}")
    if since is not None and via != "odata":
        raise UserError("--since kan alleen met --via odata: de SyncFeed leest verder vanaf zijn eigen positie")
    categories = {"toezeggingen": COMMITMENT_CATEGORIES, "moties": MOTION_CATEGORIES}.get(only or "", CATEGORIES)
    clock = now().replace(tzinfo=zone()).astimezone(dt.UTC)
    options = SyncOptions(since=parse_iso_date(since, "--since") if since else None, accept=accept,
                          dry_run=dry_run, categories=categories, via=via, now=clock)
    client_settings = ClientSettings.from_config(settings().tweedekamer, base_url, settings().odata_names)
    store = open_store()
    out = console()
    bar = _Bar(out) if not as_json and out.is_terminal else None
    try:
        with RegisterClient(client_settings) as client:
            summary = sync_register(store, client, options, bar)
    except SyncInterrupted as exc:
        _report(exc.summary, as_json, out)
        print_error(f"sync afgebroken: {exc} (wat al binnen was is bewaard; opnieuw starten gaat verder)")
        raise typer.Exit(1) from None
    finally:
        if bar is not None:
            bar.stop()
        store.close()
    _report(summary, as_json, out)


def print_error(message: str) -> None:
    import sys

    print(f"kamertaak: {printable(message)}", file=sys.stderr)


def _report(summary: SyncSummary, as_json: bool, out: Console) -> None:
    if as_json:
        print_json(summary.as_dict())
        return
    head = "Tweede Kamer" + (" (proefdraai: niets opgeslagen)" if summary.dry_run else "")
    out.print(Text(head, style="bold"))
    out.print(f"  nieuw {summary.new} · bijgewerkt {summary.updated} · ongewijzigd {summary.unchanged}"
              f" · verwijderd {summary.deleted}")
    out.print(f"  gelezen: {summary.records} records op {summary.pages} pagina's (via {summary.via})")
    out.print(f"  items: {summary.items_created} aangemaakt, {summary.items_updated} bijgewerkt"
              f" · {summary.inbox} nieuw in de inbox" + (" (kamertaak register list --inbox)" if summary.inbox else ""))
    if summary.debates_created or summary.debates_updated or summary.dues_moved:
        out.print(f"  agenda: {summary.debates_created} debatten nieuw, {summary.debates_updated} bijgewerkt"
                  f" · {summary.dues_moved} termijnen verschoven")
    if summary.unknown_statuses:
        out.print(Text(f"  onbekende status, bewaard en gemarkeerd ({len(summary.unknown_statuses)}):",
                       style="yellow"))
        for u in summary.unknown_statuses[:20]:
            out.print(Text(f"    {printable(u['number'])}: '{printable(u['raw_status'] or '(leeg)')}'"))
    for conflict in summary.conflicts[:20]:
        out.print(Text(f"  conflict: {printable(conflict)}", style="yellow"))
    for refused in summary.positions_refused[:20]:
        out.print(Text(f"  positie in de toekomst niet bewaard: {printable(refused)}", style="yellow"))
    if summary.positions_kept:
        out.print(Text(f"  --since ligt na de bewaarde positie van {', '.join(summary.positions_kept)}: die"
                       " positie blijft staan, de volgende run leest het tussenliggende alsnog", style="dim"))


# -- the mirror ----------------------------------------------------------------------------------------


def _record_view(row: dict[str, Any]) -> dict[str, Any]:
    """The stable JSON shape of a mirrored record (the raw register record is left out)."""
    record = json.loads(row["record"] or "{}")
    keys = ("id", "external_id", "category", "kind", "number", "kamerstuk", "title", "text", "raw_status",
            "status", "due", "ministry", "committee", "changed_at", "triage", "rule_id", "item_id")
    view = {k: row[k] for k in keys}
    view.update(status_unknown=bool(row["status_unknown"]), deleted=bool(row["deleted"]),
                people=[p for p in row["people"].split("; ") if p],
                parties=[p for p in row["parties"].split("; ") if p],
                appreciation=record.get("appreciation"), votes=record.get("votes") or {},
                tally=record.get("tally") or {}, letters=record.get("letters") or [])
    return view


@register_app.command("list")
def register_list(
    search: str | None = typer.Option(None, "--search", help="Woorden in nummer, tekst, personen, partijen,"
                                      " ministerie of commissie."),
    inbox: bool = typer.Option(False, "--inbox", help="Alleen de triage-inbox (nieuwe treffers van volgregels)."),
    kind: str | None = typer.Option(None, "--kind", help="commitment of motion."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Hoogstens zoveel regels."),
    as_json: bool = typer.Option(False, "--json", help="JSON-array met stabiele sleutels."),
) -> None:
    """Zoek in het spiegelregister (alles wat de sync binnenhaalde, gevolgd of niet)."""
    from kamertaak.store.register import likely_items

    store = open_store()
    rows = _mirror(store).search(search, inbox=inbox, kind=kind, limit=limit)
    waiting = [r for r in rows if r["triage"] == "inbox" and r["item_id"] is None]
    likely = likely_items(store.db, waiting)
    views = [_record_view(r) for r in rows]
    for view in views:
        hit = likely.get(view["id"])
        view["likely"] = {"item_id": hit.item_id, "title": hit.title, "reason": hit.reason} if hit else None
    if as_json:
        print_json(views)
        return
    out = console()
    if not views:
        out.print("geen registerrecords" + ("" if search or inbox else " (kamertaak sync tweedekamer haalt ze op)"),
                  style="dim")
        return
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for col in ("#", "nummer", "status", "termijn", "titel", "volgt"):
        table.add_column(col, no_wrap=col not in ("titel", "volgt"))
    for v in views:
        status = Text(printable(v["raw_status"] or ""))
        if v["status_unknown"] and v["raw_status"]:
            status.append(" (onbekend)", style="yellow")
        if v["deleted"]:
            status = Text("verwijderd", style="red")
        follows = Text(f"item {v['item_id']}" if v["item_id"] else ("inbox" if v["triage"] == "inbox" else v["triage"]))
        if v["likely"]:
            follows.append(f" · lijkt op #{v['likely']['item_id']} ({v['likely']['reason']})", style="yellow")
        table.add_row(str(v["id"]), Text(printable(v["kamerstuk"] or v["number"])), status, v["due"] or "",
                      Text(one_line(v["title"], 70)), follows)
    out.print(table)
    out.print(f"{len(views)} records", style="dim")
    if any(v["likely"] for v in views):
        out.print("lijkt het al gevolgd? kamertaak register link # (koppelt aan dat item in plaats van een"
                  " dubbel item te maken)", style="dim")


@register_app.command("accept")
def register_accept(ref: str = typer.Argument(..., help="Recordnummer (#) of registernummer.")) -> None:
    """Neem een registerrecord (uit de inbox) op als item; de sync houdt het daarna bij."""
    from kamertaak.sync.inbox import accept

    taken = accept(open_store(), ref)
    console().print(Text(f"{printable(taken.number)} → item {taken.item_id}"))


@register_app.command("link")
def register_link(
    ref: str = typer.Argument(..., help="Recordnummer (#) of registernummer."),
    item_id: int | None = typer.Argument(None, help="Het item dat het record volgt (standaard: het item waar het"
                                         " op lijkt)."),
) -> None:
    """Laat een item dat je al volgt dit registerrecord volgen, in plaats van een dubbel item te maken."""
    from kamertaak.store.register import likely_items
    from kamertaak.sync.inbox import find_record
    from kamertaak.sync.linking import link_register

    store = open_store()
    row = find_record(_mirror(store), ref)
    if item_id is None:
        hit = likely_items(store.db, [row]).get(row["id"])
        if hit is None:
            raise UserError(f"{row['number']} lijkt op geen gevolgd item; geef het itemnummer:"
                            f" kamertaak register link {ref} ITEM")
        item_id = hit.item_id
    result = link_register(store, item_id, row["id"])
    out = console()
    out.print(Text(f"{printable(result.linked)} → #{item_id} (gekoppeld, geen nieuw item)"))
    _print_link_after(out, result)


@register_app.command("dismiss")
def register_dismiss(ref: str = typer.Argument(..., help="Recordnummer (#) of registernummer.")) -> None:
    """Haal een record uit de inbox zonder het te volgen."""
    from kamertaak.sync.inbox import dismiss

    taken = dismiss(open_store(), ref)
    console().print(Text(f"{printable(taken.number)} uit de inbox gehaald"))


# -- follow rules ----------------------------------------------------------------------------------------


@follow_app.command("add")
def follow_add(
    ministry: str | None = typer.Option(None, "--ministry", help="Deel van de naam van het ministerie."),
    committee: str | None = typer.Option(None, "--committee", help="Deel van de naam van de (voortouw)commissie."),
    member: str | None = typer.Option(None, "--member", help="Deel van de naam van een Kamerlid of bewindspersoon."),
    party: str | None = typer.Option(None, "--party", help="Fractie (hele naam of afkorting)."),
    text: str | None = typer.Option(None, "--text", help="Woorden die allemaal in de tekst moeten staan."),
    as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts)."),
) -> None:
    """Volg registerrecords die aan alle opgegeven voorwaarden voldoen."""
    store = open_store()
    mirror = _mirror(store)
    rule = mirror.add_rule(ministry=ministry, committee=committee, member=member, party=party, text=text)
    matched = mirror.triage_existing(rule)
    if as_json:
        print_json({**rule.as_dict(), "inbox": matched})
        return
    console().print(Text(f"volgregel {rule.id}: {printable(rule.describe())}"
                         + (f" · {matched} bestaande records in de inbox" if matched else "")))


@follow_app.command("list")
def follow_list(as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts).")) -> None:
    """Toon de volgregels."""
    rules = _mirror(open_store()).rules()
    if as_json:
        print_json([r.as_dict() for r in rules])
        return
    out = console()
    if not rules:
        out.print("geen volgregels (kamertaak follow add --ministry ... --text ...)", style="dim")
    for rule in rules:
        out.print(Text(f"{rule.id:>3}  {printable(rule.describe())}"))


@follow_app.command("remove")
def follow_remove(rule_id: int = typer.Argument(..., help="Nummer van de volgregel (zie follow list).")) -> None:
    """Verwijder een volgregel (items en de inbox blijven zoals ze zijn)."""
    _mirror(open_store()).remove_rule(rule_id)
    console().print(f"volgregel {rule_id} verwijderd")


# -- link --------------------------------------------------------------------------------------------------


def link_to_register(store: Store, item_id: int, target: str, *, force: bool = False) -> None:
    """`link ID NUMMER`: the sync layer links; a number not in the mirror is refused (exit 2) after the
    records the user may have meant."""
    from kamertaak.sync.linking import ACTIVITY, NUMBER, UnknownNumber, link_register

    out = console()
    try:
        result = link_register(store, item_id, target, force=force)
    except UnknownNumber as exc:
        if exc.suggestions:
            out.print("bedoelde je een van deze? (kamertaak link ID NUMMER)")
            for hit in exc.suggestions:
                out.print(Text(f"  {printable(hit['kamerstuk'] or hit['number'])}  {one_line(hit['title'], 80)}"))
        elif exc.mirror_empty:
            out.print("het spiegelregister is leeg: kamertaak sync tweedekamer haalt het op", style="dim")
        raise
    if result.what == NUMBER:
        out.print(f"registernummer toegevoegd aan #{item_id} (niet in het spiegelregister)")
    elif result.what == ACTIVITY:
        detail = f" ({printable(result.detail)})" if result.detail else ""
        out.print(Text(f"#{item_id} volgt {printable(result.linked)}{detail}; {result.why}"))
    else:
        out.print(Text(f"#{item_id} volgt nu {printable(result.linked)} uit het register ({printable(result.detail)})"))
    _print_link_after(out, result, why_said=result.what == ACTIVITY)


def _print_link_after(out: Console, result: RegisterLink, *, why_said: bool = False) -> None:
    """The due date the link moved (or why it stayed), and what the register says that the item could
    not take over."""
    if result.due_moved:
        out.print(Text(result.due_change() + ("" if why_said or not result.why else f" ({result.why})")))
    elif result.why and not why_said:
        out.print(Text(result.why))
    if result.conflict:
        out.print(Text(f"let op: {printable(result.conflict)}", style="yellow"))


def register(app: typer.Typer) -> None:
    app.add_typer(sync_app, name="sync")
    app.add_typer(register_app, name="register")
    app.add_typer(follow_app, name="follow")
