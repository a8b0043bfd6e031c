"""The command line: `kamertaak` opens the TUI, `kamertaak COMMAND` runs headless.

The Typer application is assembled in kamertaak/cli/commands.py and imported when a command needs it
(`kamertaak.cli.app` is that application); main() takes a plain `kamertaak today` straight to the
agenda command without it, so the morning agenda starts without Typer, rich or SQLAlchemy.
"""

from __future__ import annotations

import re
import sys
from typing import Any, NoReturn

from kamertaak.cli import common


def __getattr__(name: str) -> Any:
    if name == "app":
        from kamertaak.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        code = _run(sys.argv[1:])
    except KamertaakError as exc:
        # Messages quote what the user gave (a phrase, a path): one line, control characters visible.
        _fail(one_line(exc), 2)
    except KeyboardInterrupt:  # the fast `today` path, which runs without Typer
        _fail(_INTERRUPTED, 130)
    except Exception as exc:
        if _aborted(exc):
            _fail("afgebroken", 1)
        # Typer's own usage errors (a wrong option, a word where a number belongs); they come from the
        # click that Typer bundles, so they are recognised by shape rather than imported by name.
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            _usage_error(exc)
        if os.environ.get("KAMERTAAK_DEBUG"):
            raise
        # A bug: still one line, with the way to the details.
        _fail(f"interne fout ({type(exc).__name__}: {one_line(exc, 200)}); "
              "KAMERTAAK_DEBUG=1 toont de traceback", 1)
    if code == 130:  # Typer turns Ctrl-C into exit code 130, silently
        _fail(_INTERRUPTED, 130)
    if isinstance(code, int) and code:
        sys.exit(code)


# Ctrl-C: each change is one transaction, so what was being written is rolled back, not half stored.
_INTERRUPTED = "afgebroken met Ctrl-C; een wijziging die nog niet klaar was is niet opgeslagen"


def _run(args: list[str]) -> Any:
    """Run the command: a plain `today` directly, anything else through Typer; returns its exit code."""
    from kamertaak.cli import agenda

    options = agenda.fast_args(args)
    if options is not None:
        common.OPTIONS.db = options.pop("db")
        return agenda.run(**options)
    from kamertaak.cli.commands import app

    return app(standalone_mode=False)


def _usage_error(exc: Any) -> NoReturn:
    """A command group without its command (`kamertaak db`) shows its help; any other usage error is one
    Dutch line. Both are exit 2."""
    from kamertaak.cli.help_nl import usage_error
    from kamertaak.core.text import one_line

    context = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":
        print(exc.format_message(), file=sys.stderr)
        sys.exit(2)
    path = context.command_path if context is not None else "kamertaak"
    misplaced = _before_the_command(context, getattr(exc, "option_name", None))
    if misplaced is not None:
        _fail(misplaced, 2)
    message, elsewhere = _with_suggestion(exc, context)
    _fail(one_line(usage_error(message, path) + elsewhere), 2)


def _with_suggestion(exc: Any, context: Any) -> tuple[str, str]:
    """click's message, naming the option or command the typed one most likely meant, or none when nothing is
    near (click and Typer name any that shares a few letters); and for an option that only other commands
    take, a Dutch note saying which."""
    from kamertaak.cli.help_nl import nearest

    command = context.command if context is not None else None
    typed = getattr(exc, "option_name", None)
    if typed and typed.startswith("--") and command is not None:
        options = [name for param in command.params for name in param.opts if name.startswith("--")]
        exc.possibilities = nearest(typed, [*options, "--help"])
        elsewhere = [] if exc.possibilities else _commands_taking(context.find_root().command, typed)
        note = f" ({typed} hoort bij {' en '.join(elsewhere)})" if 0 < len(elsewhere) <= 3 else ""
        return str(exc.format_message()), note
    message = str(exc.format_message())
    unknown = re.match(r"No such command '(.*?)'\.", message)
    if unknown and command is not None and hasattr(command, "list_commands"):
        names = [name for name in command.list_commands(context) if not command.get_command(context, name).hidden]
        meant = nearest(unknown.group(1), names)
        message = unknown.group(0) + (f" Did you mean {', '.join(repr(name) for name in meant)}?" if meant else "")
    return message, ""


def _commands_taking(command: Any, option: str, path: str = "kamertaak") -> list[str]:
    """The commands under `command` that take `option`, as typed (`kamertaak remind snooze`)."""
    found = []
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if sub.hidden:
            continue
        if any(option in param.opts for param in sub.params):
            found.append(f"{path} {name}")
        found += _commands_taking(sub, option, f"{path} {name}")
    return found


def _before_the_command(context: Any, name: str | None) -> str | None:
    """`kamertaak triage FILE --db werk.db`: an option of kamertaak itself given after a command exists, only
    before the command; the line that says so, or None for any other option."""
    if context is None or context.parent is None or not name:
        return None
    root = context.find_root()
    for param in root.command.params:
        if name in param.opts:
            option = name if param.is_flag else f"{name} {param.make_metavar(root)}"
            rest = context.command_path[len(root.command_path):]
            return f"{option} staat vóór het commando: {root.command_path} {option}{rest} …"
    return None


def _aborted(exc: Exception) -> bool:
    """Typer's Abort (a prompt answered with Ctrl-C or Ctrl-D); only Typer's commands raise it."""
    typer = sys.modules.get("typer")
    return typer is not None and isinstance(exc, typer.Abort)


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
