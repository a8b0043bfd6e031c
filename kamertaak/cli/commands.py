"""The Typer application: the root group with its global options, and every command group.

Each command group lives in its own module with a `register(app)` function; this module only
assembles them, so a headless command never imports Textual.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from kamertaak.cli import help_nl
from kamertaak.cli.common import OPTIONS, bare_week


class Group(TyperGroup):
    """The root command group: as Typer's, with `--week` alone meaning this week for every command."""

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        return name, command, bare_week(rest)


app = typer.Typer(
    name="kamertaak",
    help="Volg toezeggingen, moties, termijnen en eigen acties uit Kamerdebatten.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=Group,
)


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None, "--db", metavar="PAD|URL",
        help="Databasebestand of SQLAlchemy-URL (anders KAMERTAAK_DB of de standaardlocatie)."
    ),
    version: bool = typer.Option(False, "--version", help="Toon de versie en stop."),
) -> None:
    """Zonder commando opent kamertaak de TUI."""
    if version:
        from kamertaak import __version__

        typer.echo(f"kamertaak {__version__}")
        raise typer.Exit()
    OPTIONS.db = db
    if ctx.invoked_subcommand is None:
        from kamertaak.cli.launch import open_default_view

        open_default_view()


def _register_all() -> None:
    from kamertaak.cli import configuration, database, deadline, debates, demo, items, reports, sync, triage

    items.register(app)
    demo.register(app)
    configuration.register(app)
    debates.register(app)
    database.register(app)
    triage.register(app)
    reports.register(app)
    deadline.register(app)
    sync.register(app)


_register_all()
help_nl.install()
