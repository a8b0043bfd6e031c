"""`kamertaak config`: the configuration file in use and the effective values."""

from __future__ import annotations

import json

import typer
from rich.text import Text

from kamertaak.cli.common import OPTIONS, console, print_json
from kamertaak.core.text import terminal_json


def config_cmd(as_json: bool = typer.Option(False, "--json", help="Als JSON (voor scripts).")) -> None:
    """Toon het configuratiebestand en de geldende waarden."""
    from kamertaak.config import load_settings, settings

    # The database in force is the one --db names, when given (as every other command takes it).
    values = (load_settings(OPTIONS.db) if OPTIONS.db else settings()).as_dict()
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


def register(app: typer.Typer) -> None:
    app.command("config")(config_cmd)
