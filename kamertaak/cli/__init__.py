"""The command line: `kamertaak` opens the TUI, `kamertaak COMMAND` runs headless.

Each command group lives in its own module with a `register(app)` function; this module only
assembles them, so a headless command never imports Textual.
"""

from __future__ import annotations

import sys

import typer

from kamertaak.cli import common

app = typer.Typer(
    name="kamertaak",
    help="Volg toezeggingen, moties, termijnen en eigen acties uit Kamerdebatten.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _register_all() -> None:
    from kamertaak.cli import deadline, items, reports, sync, triage

    items.register(app)
    triage.register(app)
    reports.register(app)
    deadline.register(app)
    sync.register(app)


app.callback(invoke_without_command=True)(common.root)
_register_all()


def main() -> None:
    """Entry point: run the app and turn user errors into one line and exit code 2."""
    from kamertaak.config import ConfigError
    from kamertaak.core.kinds import DomainError
    from kamertaak.core.text import one_line
    from kamertaak.store.db import DatabaseError

    try:
        code = app(standalone_mode=False)
    except (common.UserError, DomainError, DatabaseError, ConfigError) as exc:
        # Messages quote what the user gave (a phrase, a path): one line, control characters visible.
        print(f"kamertaak: {one_line(exc)}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        print("kamertaak: afgebroken", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:
        # Typer's own usage errors (a wrong option, a word where a number belongs); they come from the
        # click that Typer bundles, so they are recognised by shape rather than imported by name.
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        print(f"kamertaak: {one_line(common.usage_in_dutch(exc.format_message()))}", file=sys.stderr)
        sys.exit(2)
    if isinstance(code, int) and code:
        sys.exit(code)
