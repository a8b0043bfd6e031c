"""`kamertaak` without a command: the TUI, opened by a lazy import."""

from __future__ import annotations

from kamertaak.cli.common import UserError, db_url, open_store, today


def open_default_view() -> None:
    """`kamertaak` without a command: the TUI on the chosen database (Textual is imported only here)."""
    import sys

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError("de TUI heeft een terminal nodig; zonder terminal: `kamertaak today` of `kamertaak --help`")
    # Open the database and read a pinned today before Textual takes the terminal, so a bad file or
    # setting is one line on stderr, not a traceback inside the app.
    target = db_url()
    today()
    open_store().close()
    from kamertaak.tui.app import run

    run(target)

