"""The command line: `kamertaak` opens the TUI, `kamertaak COMMAND` runs headless.

Each command group lives in its own module with a `register(app)` function; this module only
assembles them, so a headless command never imports Textual.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from kamertaak.cli import common

app = typer.Typer(
    name="kamertaak",
    help="Volg toezeggingen, moties, termijnen en eigen acties uit Kamerdebatten.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=common.Group,
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
    """Entry point: run the app; every error the user can do something about becomes one line and exit 2.

    KamertaakError is the product's one error hierarchy (kamertaak.core.errors); Typer's usage errors
    are put in Dutch; anything else is a bug, shown as one line too unless KAMERTAAK_DEBUG is set."""
    import os

    from kamertaak.core.errors import KamertaakError
    from kamertaak.core.text import check_utf8, one_line

    try:
        # Bytes that are no UTF-8 arrive as lone surrogates, which no database, file or terminal takes.
        for n, arg in enumerate(sys.argv[1:], start=1):
            check_utf8(arg, f"argument {n}")
        code = app(standalone_mode=False)
    except KamertaakError as exc:
        # Messages quote what the user gave (a phrase, a path): one line, control characters visible.
        _fail(one_line(exc), 2)
    except typer.Abort:
        _fail("afgebroken", 1)
    except Exception as exc:
        # Typer's own usage errors (a wrong option, a word where a number belongs); they come from the
        # click that Typer bundles, so they are recognised by shape rather than imported by name.
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            _fail(one_line(common.usage_in_dutch(exc.format_message())), 2)
        if os.environ.get("KAMERTAAK_DEBUG"):
            raise
        # A bug: still one line, with the way to the details.
        _fail(f"interne fout ({type(exc).__name__}: {one_line(exc, 200)}); "
              "KAMERTAAK_DEBUG=1 toont de traceback", 1)
    if isinstance(code, int) and code:
        sys.exit(code)


def _fail(message: str, code: int) -> NoReturn:
    print(f"kamertaak: {_without_password(message)}", file=sys.stderr)
    sys.exit(code)


def _without_password(message: str) -> str:
    """The database password never reaches the terminal, whatever message carried it."""
    import os

    from kamertaak.store.db import scrub

    targets = [common.OPTIONS.db or "", os.environ.get("KAMERTAAK_DB", "")]
    try:
        from kamertaak.config import settings

        targets.append(settings().db)
    except Exception:  # the config itself may be what failed; the other targets are still masked
        pass
    for target in targets:
        message = scrub(message, target)
    return message
