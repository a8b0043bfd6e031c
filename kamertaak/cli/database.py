"""Commands on the database itself: db status, upgrade, backup, copy."""

from __future__ import annotations

import typer
from rich.text import Text

from kamertaak.cli.common import console, db_url, open_store, print_json

db_app = typer.Typer(help="De database: init, status, upgrade, backup, copy.", no_args_is_help=True)


@db_app.command("init")
def db_init() -> None:
    """Maak een nieuwe, lege database: op de standaardplek, of waar --db of KAMERTAAK_DB zegt."""
    from kamertaak.store.db import SCHEMA_HEAD, open_database, sqlite_path

    target = db_url(create=True)
    path = sqlite_path(target)
    existed = path is None or (path.exists() and not (path.is_file() and path.stat().st_size == 0))
    db = open_database(target)
    shown = db.shown()
    db.close()
    message = (f"database bestaat al: {shown} (kamertaak db status toont het schema)" if existed
               else f"nieuwe database: {shown} (schema {SCHEMA_HEAD})")
    console().print(Text(message), soft_wrap=True)  # one line, for scripts too


@db_app.command("status")
def db_status(as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts).")) -> None:
    """Toon waar de database staat en of er migraties openstaan."""
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
    from kamertaak.store.db import check_schema, connect, upgrade

    db = connect(db_url())
    pending = check_schema(db)
    copy = upgrade(db) if pending else None
    if copy:
        console().print(Text(f"backup gemaakt: {copy}"))
    console().print(f"schema bijgewerkt: {', '.join(pending)}" if pending else "niets te doen")


@db_app.command("backup")
def db_backup(
    output: str | None = typer.Option(None, "-o", "--output", metavar="BESTAND",
                                      help="Doelbestand (nieuw, privé: 0600); anders NAAM.DATUM-TIJD.bak naast"
                                      " de database."),
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
    to: str = typer.Option(..., "--to", metavar="PAD|URL", help="Lege doeldatabase: een SQLite-pad of een URL, bv. "
                                             "postgresql+psycopg://anna@server/kamertaak."),
    as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts)."),
) -> None:
    """Kopieer de hele database (met ids, geschiedenis en registerspiegel) naar een lege database."""
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



def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
