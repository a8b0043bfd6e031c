"""The headless rituals: the morning agenda (its body is cli/agenda.py), reminders, and exports/imports
(Markdown, iCalendar, JSON backup, CSV). Imports stay lazy and light: these run from cron, so start-up
time is the product."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.text import Text

from kamertaak.cli import agenda
from kamertaak.cli.common import UserError, console, open_store, parse_iso_date, print_json, today
from kamertaak.cli.lines import to_rich
from kamertaak.core.bounds import MAX_SNOOZE_DAYS
from kamertaak.core.errors import os_reason
from kamertaak.core.labels import REMINDER_DISMISSED, counted, date_nl, snoozed_words
from kamertaak.core.text import one_line, printable

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView
    from kamertaak.store.service import Store

remind_app = typer.Typer(help="Herinneringen: tonen, zetten, snoozen, wegklikken.")
export_app = typer.Typer(help="Exporteer naar Markdown, HTML, e-mail (.eml), iCalendar, JSON (backup) of CSV.",
                         no_args_is_help=True)
import_app = typer.Typer(help="Importeer een JSON-backup in een lege database.", no_args_is_help=True)


def _settings() -> Any:
    from kamertaak.config import settings

    return settings()


def _now() -> dt.datetime:
    from kamertaak.config import now

    return now()


def _write(output: str | None, data: str | bytes, store: Store, force: bool) -> None:
    """Write to stdout, or to a new private file (mode 0600: it holds tracker data) that is never the
    open database, never reached through a symlink, and replaces an existing file only with --force."""
    if output is None or output == "-":
        sys.stdout.buffer.write(data.encode("utf-8") if isinstance(data, str) else data)
        sys.stdout.flush()
        return
    from kamertaak.store.files import database_files, write_file

    path = write_file(Path(output), data, force=force, protect=database_files(store.db))
    console().print(Text(f"geschreven: {path}"), style="dim", highlight=False)


def _output_option() -> Any:
    return typer.Option(None, "-o", "--output", metavar="BESTAND", help="Bestand (anders stdout); nieuw, privé (0600).")


def _force_option() -> Any:
    return typer.Option(False, "--force", help="Een bestaand bestand overschrijven.")


# -- today -------------------------------------------------------------------------------------------

def today_cmd(
    days: int = typer.Option(agenda.DAYS, "--days", min=agenda.DAYS_MIN, max=agenda.DAYS_MAX,
                             help="Hoe ver vooruit 'Binnenkort' kijkt."),
    as_json: bool = typer.Option(False, "--json", help="JSON met overdue, today, week, soon, reminders, debates."),
    fail_on_overdue: bool = typer.Option(False, "--fail-on-overdue", help="Exitcode 1 als er iets te laat is."),
) -> None:
    """De ochtendagenda: te laat, vandaag, deze week, binnenkort, herinneringen en debatten."""
    code = agenda.run(days, as_json, fail_on_overdue)
    if code:
        raise typer.Exit(code)


# -- remind ------------------------------------------------------------------------------------------

@remind_app.callback(invoke_without_command=True)
def remind_cmd(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="JSON-array van items met een `reminder`-sleutel."),
    mark_sent: bool = typer.Option(False, "--mark-sent", help="Markeer ze als verstuurd: nooit meer getoond."),
    notify: bool = typer.Option(False, "--notify", help="Ook een bureaubladmelding (notify-send)."),
) -> None:
    """Toon de herinneringen die nu aan de beurt zijn."""
    if ctx.invoked_subcommand is not None:
        return
    from kamertaak.store import reminders as rem

    store = open_store()
    day = today()
    if mark_sent:
        # Chosen and marked in one transaction, shown after it committed: never sent twice.
        due = rem.take_due(store, _now(), day, _settings().reminders)
    else:
        due = rem.due_now(store.db, _now(), day, _settings().reminders)
    if as_json:
        print_json(due)
    else:
        out = console()
        if not due:
            out.print("geen herinneringen", style="dim")
        for item in due:
            out.print(to_rich(agenda.reminder_line(item, day)))
    if notify and due:
        _notify(due)
    if mark_sent and due and not as_json:
        console().print(f"{len(due)} als verstuurd gemarkeerd", style="dim")


def _notify(due: list[ItemView]) -> None:
    """One desktop notification per reminder (a summary beyond five), where notify-send exists."""
    import html
    import shutil
    import subprocess

    exe = shutil.which("notify-send")
    if exe is None:
        print("kamertaak: notify-send niet gevonden; geen bureaubladmelding", file=sys.stderr)
        return
    # notify-send bodies may be read as markup by the notification server: escape it.
    messages = [(f"kamertaak: {item['kind_label']} #{item['id']}",
                 f"{one_line(item['title'])}\ntermijn {date_nl(item['due']) or '-'}") for item in due[:5]]
    if len(due) > 5:
        rest = counted(len(due) - 5, "herinnering", "herinneringen")
        messages.append(("kamertaak", f"en nog {rest}: kamertaak remind"))
    for summary, body in messages:
        subprocess.run([exe, "--app-name=kamertaak", printable(summary), html.escape(printable(body))],
                       check=False, timeout=10)


@remind_app.command("add")
def remind_add(
    item_id: int = typer.Argument(..., help="Nummer van het item."),
    when: str = typer.Argument(..., help="'7 dagen voor', '1 dag voor', 2025-04-20 of 2025-04-20T09:00."),
) -> None:
    """Zet een herinnering bij een item."""
    from kamertaak.store import reminders as rem

    store = open_store()
    rid = rem.add(store, item_id, when)
    console().print(Text(f"herinnering {rid} gezet bij #{item_id}: {rem.parse_when(when).describe()}"))


@remind_app.command("snooze")
def remind_snooze(
    ref: str = typer.Argument(..., help="Nummer uit `kamertaak remind` (bv. 5, of 12:7 voor een standaard)."),
    days: int | None = typer.Option(None, "--days", min=1, max=MAX_SNOOZE_DAYS,
                                    help="Zoveel dagen later opnieuw (standaard 1)."),
    until: str | None = typer.Option(None, "--until", metavar="DATUM",
                                     help="Opnieuw op JJJJ-MM-DD (of JJJJ-MM-DDTUU:MM)."),
) -> None:
    """Stel een herinnering uit (ook een al verstuurde: die komt dan opnieuw)."""
    from kamertaak.store import reminders as rem

    if days is not None and until is not None:
        raise UserError("kies --days of --until, niet allebei")
    moment = _parse_moment(until) if until is not None else _now() + dt.timedelta(days=days or 1)
    store = open_store()
    rid = rem.snooze(store, ref, moment)
    console().print(Text(f"herinnering {rid} {snoozed_words(moment.isoformat(timespec='minutes'))}"))


def _parse_moment(value: str) -> dt.datetime:
    if len(value.strip()) == 10:
        return dt.datetime.combine(parse_iso_date(value.strip(), "--until"), dt.time(0, 0))
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"--until '{value}' is geen datum of tijd (JJJJ-MM-DD of JJJJ-MM-DDTUU:MM)") from None
    return moment.replace(tzinfo=None, microsecond=0)


@remind_app.command("dismiss")
def remind_dismiss(ref: str = typer.Argument(..., help="Nummer uit `kamertaak remind`.")) -> None:
    """Vink een herinnering af: ze komt niet meer terug."""
    from kamertaak.store import reminders as rem

    store = open_store()
    rid = rem.dismiss(store, ref)
    console().print(Text(f"herinnering {rid} {REMINDER_DISMISSED}"))


# -- export / import ---------------------------------------------------------------------------------

def _week_option() -> Any:
    return typer.Option(None, "--week", metavar="[JJJJ-Www]",
                        help="ISO-week, bv. 2025-W15; --week alleen (of niets) is deze week.")


def _period(week: str | None, start: str | None, end: str | None) -> tuple[dt.date, dt.date]:
    """The report's first and last day: an ISO week, --from/--to, or this week (today from the config)."""
    from kamertaak.cli.common import THIS_WEEK
    from kamertaak.reports.markdown import current_week, week_range

    if week and (start or end):
        raise UserError("kies --week of --from/--to, niet allebei")
    if week and week != THIS_WEEK:
        return week_range(week)
    if start or end:
        if not (start and end):
            raise UserError("--from en --to horen bij elkaar")
        first, last = parse_iso_date(start, "--from"), parse_iso_date(end, "--to")
        if last < first:
            raise UserError("--to ligt voor --from")
        return first, last
    return current_week(today())


@export_app.command("markdown")
def export_markdown(
    week: str | None = _week_option(),
    start: str | None = typer.Option(None, "--from", metavar="DATUM", help="Begindatum JJJJ-MM-DD (met --to)."),
    end: str | None = typer.Option(None, "--to", metavar="DATUM", help="Einddatum JJJJ-MM-DD, inclusief."),
    topic: str | None = typer.Option(None, "--topic", help="Alleen dit onderwerp."),
    by_topic: bool = typer.Option(False, "--by-topic", help="Groepeer elk onderdeel per onderwerp."),
    output: str | None = _output_option(),
    force: bool = _force_option(),
) -> None:
    """Het weekoverzicht als Markdown, om te mailen."""
    from kamertaak.reports.markdown import weekly_report

    first, last = _period(week, start, end)
    store = open_store()
    text = weekly_report(store.db, first, last, today(), topic=topic, by_topic=by_topic,
                         cap=_settings().sections_cap)
    _write(output, text, store, force)


def _report(week: str | None, topic: str | None, by_topic: bool, start: str | None = None,
            end: str | None = None) -> tuple[Any, str, str, str]:
    """The store, the weekly report's Markdown, its HTML page and its title (the mail's subject)."""
    from kamertaak.reports.html import markdown_to_html
    from kamertaak.reports.markdown import report_title, weekly_report

    first, last = _period(week, start, end)
    store = open_store()
    markdown = weekly_report(store.db, first, last, today(), topic=topic, by_topic=by_topic,
                             cap=_settings().sections_cap)
    title = report_title(first, last, topic)
    return store, markdown, markdown_to_html(markdown, title), title


def _message(week: str | None, topic: str | None, by_topic: bool, to: list[str], sender: str | None) -> Any:
    """The store and the weekly status as a mail to `to` (else [mail] to) from `sender` (else [mail] from)."""
    from kamertaak.config import zone
    from kamertaak.reports.mail import addresses, mail_settings, weekly_message

    conf = mail_settings(_settings().mail)
    recipients = addresses(to, "--to") if to else list(conf.to)
    if not recipients:
        raise UserError("aan wie? geef --to ADRES (of to in [mail] in het configbestand)")
    sender_address = addresses([sender], "--from")[0] if sender else conf.sender
    if not sender_address:
        raise UserError("van wie? geef --from ADRES (of from in [mail] in het configbestand)")
    store, markdown, page, title = _report(week, topic, by_topic)
    # Date: the config's today (pinned or not) at the current time, in the configured time zone.
    date = dt.datetime.combine(today(), _now().time()).replace(tzinfo=zone())
    return store, conf, weekly_message(markdown, page, subject=title, sender=sender_address, to=recipients,
                                       date=date)


@export_app.command("html")
def export_html(
    week: str | None = _week_option(),
    # As for markdown (u8: "onbekende optie --from"); eml and mail take --from/--to for addresses.
    start: str | None = typer.Option(None, "--from", metavar="DATUM", help="Begindatum JJJJ-MM-DD (met --to)."),
    end: str | None = typer.Option(None, "--to", metavar="DATUM", help="Einddatum JJJJ-MM-DD, inclusief."),
    topic: str | None = typer.Option(None, "--topic", help="Alleen dit onderwerp."),
    by_topic: bool = typer.Option(False, "--by-topic", help="Groepeer elk onderdeel per onderwerp."),
    output: str | None = _output_option(),
    force: bool = _force_option(),
) -> None:
    """Het weekoverzicht als één HTML-pagina voor in een mail (ook Outlook): inline opmaak, niets van buiten."""
    store, _, page, _ = _report(week, topic, by_topic, start, end)
    _write(output, page, store, force)


@export_app.command("eml")
def export_eml(
    to: list[str] = typer.Option([], "--to", metavar="ADRES", help="Geadresseerde (herhaalbaar; anders to in [mail])."),
    sender: str | None = typer.Option(None, "--from", metavar="ADRES", help="Afzender (anders from in [mail])."),
    week: str | None = _week_option(),
    topic: str | None = typer.Option(None, "--topic", help="Alleen dit onderwerp."),
    by_topic: bool = typer.Option(False, "--by-topic", help="Groepeer elk onderdeel per onderwerp."),
    output: str | None = _output_option(),
    force: bool = _force_option(),
) -> None:
    """Het weekoverzicht als kant-en-klaar mailbericht (.eml): tekst en HTML, te openen en te versturen."""
    store, _, message = _message(week, topic, by_topic, to, sender)
    _write(output, message.as_bytes(), store, force)


def mail_cmd(
    week: str | None = _week_option(),
    to: list[str] = typer.Option([], "--to", metavar="ADRES", help="Geadresseerde (herhaalbaar; anders to in [mail])."),
    sender: str | None = typer.Option(None, "--from", metavar="ADRES", help="Afzender (anders from in [mail])."),
    topic: str | None = typer.Option(None, "--topic", help="Alleen dit onderwerp."),
    by_topic: bool = typer.Option(False, "--by-topic", help="Groepeer elk onderdeel per onderwerp."),
) -> None:
    """Mail het weekoverzicht met de SMTP-instellingen uit [mail] (voor cron): één regel als antwoord."""
    from kamertaak.reports.mail import send

    _, conf, message = _message(week, topic, by_topic, to, sender)
    recipients = send(message, conf)
    console().print(Text(f"verstuurd naar {', '.join(recipients)}"))


@export_app.command("ics")
def export_ics(output: str | None = _output_option(), force: bool = _force_option()) -> None:
    """Alle open items met een termijn als agenda (iCalendar), met alarmen uit de herinneringen."""
    from kamertaak.reports.ics import calendar_feed

    store = open_store()
    from kamertaak.config import zone

    data = calendar_feed(store.db, today(), _settings().reminders, zone())
    _write(output, data, store, force)


@export_app.command("json")
def export_json(output: str | None = _output_option(), force: bool = _force_option()) -> None:
    """Een volledige backup als JSON (terug te zetten met `kamertaak import json`)."""
    from kamertaak.reports.backup import export_json as render_backup

    store = open_store()
    _write(output, render_backup(store.db), store, force)


@export_app.command("csv")
def export_csv(output: str | None = _output_option(), force: bool = _force_option()) -> None:
    """Alle items als CSV voor een spreadsheet."""
    from kamertaak.reports.spreadsheet import items_csv
    from kamertaak.store.queries import ItemFilter, list_items

    store = open_store()
    _write(output, items_csv(list_items(store.db, ItemFilter(sort="id"), today())), store, force)


@import_app.command("json")
def import_json(file: Path = typer.Argument(..., help="Een backup van `kamertaak export json`.")) -> None:
    """Zet een JSON-backup terug in een lege database (alles of niets)."""
    from kamertaak.cli.common import db_url
    from kamertaak.reports.backup import parse
    from kamertaak.store.db import remove_sqlite_file, sqlite_path
    from kamertaak.store.restore import RestoreError, restore

    try:
        raw = file.expanduser().read_bytes()
    except OSError as exc:
        raise UserError(f"kan {file} niet lezen: {os_reason(exc)}") from None
    try:
        document = parse(raw)
    except RestoreError as exc:
        raise UserError(f"{file}: {exc}") from None
    # A database this command creates and then cannot fill is removed again: no empty file is left.
    new_file = sqlite_path(db_url(create=True))
    created = new_file if new_file is not None and not new_file.exists() else None
    try:
        store = open_store(create=True)
        try:
            counts = restore(store.db, document)
        finally:
            store.close()
    except RestoreError as exc:
        if created is not None:
            remove_sqlite_file(created)
        raise UserError(f"{file}: {exc}") from None
    except BaseException:
        if created is not None:
            remove_sqlite_file(created)
        raise
    summary = ", ".join(f"{n} {name}" for name, n in counts.items() if n)
    console().print(Text(f"backup teruggezet uit {file}: {summary or 'leeg'}"))


def register(app: typer.Typer) -> None:
    app.command("today")(today_cmd)
    app.add_typer(remind_app, name="remind")
    app.add_typer(export_app, name="export")
    app.command("mail")(mail_cmd)
    app.add_typer(import_app, name="import")
