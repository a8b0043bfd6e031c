"""What every command shares: the global options, errors as one line, JSON and safe text output.
Light on purpose (no Typer, rich only when asked for): the morning agenda's fast path uses it."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from kamertaak.core.errors import UserError

if TYPE_CHECKING:
    from rich.console import Console

    from kamertaak.store.db import Database
    from kamertaak.store.service import Store


THIS_WEEK = "deze-week"


def bare_week(args: list[str]) -> list[str]:
    """`--week` with no week after it (the last word, or followed by another option) means this week:
    the parser Typer brings knows no option whose value may be left out, so the word is filled in."""
    out: list[str] = []
    for n, arg in enumerate(args):
        if arg == "--":
            return out + args[n:]
        out.append(arg)
        if arg == "--week" and (n + 1 == len(args) or args[n + 1].startswith("-")):
            out.append(THIS_WEEK)
    return out


@dataclass
class Options:
    db: str | None = None


OPTIONS = Options()


def open_store(create: bool = False) -> Store:
    """Open (and if needed upgrade) the database named by --db, KAMERTAAK_DB or the config; see db_url for
    when a missing one is created."""
    from kamertaak.store.service import Store

    return Store.open(db_url(create))


def open_database_read() -> Database:
    """The database open_store opens, without the store's writing machinery (for reading only)."""
    from kamertaak.store.db import open_database

    return open_database(db_url())


def db_url(create: bool = False) -> str:
    """The database to use. The default one, KAMERTAAK_DB's and the config's are chosen once and made on
    first use; a SQLite file named with --db must exist unless the command makes a database on purpose
    (`create`: db init, demo, import json), so a mistyped path is refused instead of becoming a new one."""
    from kamertaak.config import load_settings, settings

    if OPTIONS.db is None:
        return settings().db
    if not OPTIONS.db.strip():
        raise UserError("--db is leeg; geef een bestand of een URL")
    target = load_settings(OPTIONS.db).db
    if not create:
        import shlex

        from kamertaak.store.db import sqlite_path

        path = sqlite_path(target)
        if path is not None and not path.exists() and not path.is_symlink():
            raise UserError(f"{OPTIONS.db} bestaat niet; een nieuwe database maak je met "
                            f"`kamertaak --db {shlex.quote(OPTIONS.db)} db init`")
        if path is not None and path.is_file() and path.stat().st_size == 0:
            # an empty file (made by `touch` or a shell's `>`) is no database yet: only a command that makes one
            # on purpose may turn it into one, as with a missing file
            raise UserError(f"{OPTIONS.db} is leeg, nog geen kamertaak-database; een nieuwe database maak je met "
                            f"`kamertaak --db {shlex.quote(OPTIONS.db)} db init`")
    return target


def today() -> dt.date:
    from kamertaak.config import today as config_today

    return config_today()


def parse_iso_date(value: str, what: str = "datum") -> dt.date:
    """A date the user typed (JJJJ-MM-DD), within the range kamertaak works with."""
    from kamertaak.core.bounds import check_date

    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{what} '{value}' is geen geldige datum (verwacht JJJJ-MM-DD)") from None
    return check_date(day, what)


def stdin_text(errors: str) -> TextIO:
    """Standard input as text whatever the locale says about bad bytes: 'replace' makes them U+FFFD,
    'surrogateescape' keeps them recognisable (core.text.invalid_utf8 names them)."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors=errors)
    return sys.stdin


def print_json(data: Any) -> None:
    from kamertaak.core.text import terminal_json

    sys.stdout.write(terminal_json(json.dumps(data, ensure_ascii=False, indent=2, default=str)) + "\n")


def console() -> Console:
    """A rich console; text from data is always passed as rich.text.Text, never as markup. Its lines end at
    their last character: rich pads a table's lines (`list`, `show`) with spaces to the full width, which a
    copy, a diff or `cat -A` of the output carried along."""
    from rich.console import Console
    from rich.segment import Segment

    class TrimmedConsole(Console):
        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            return trailing_spaces_off(super()._render_buffer(buffer))

    return TrimmedConsole(highlight=False, soft_wrap=False)


# Spaces before a line's end, also when colour codes (a style's reset) stand between them and the newline.
_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)(?=\n|$)")


def trailing_spaces_off(text: str) -> str:
    """`text` with no spaces at the end of its lines."""
    return _TRAILING.sub(r"\1", text)
