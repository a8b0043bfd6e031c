"""`--help` speaks Dutch throughout: every command and every option and argument says what it is for, and
Typer's own headings, placeholders, ranges and usage errors are Dutch."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kamertaak.cli import app, main
from kamertaak.cli.help_nl import ARGUMENTS

# What Typer and its click write when left alone: headings, placeholders (in either click's or Typer's
# style), ranges and the words of its usage errors.
ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message", "[required]", "[OPTIONS]",
           "COMMAND [ARGS]", "[default:", "env var", "TEXT", "INTEGER", "FLOAT", "PATH", "FILENAME", "BOOLEAN",
           "<str>", "<int", "<float", "<path", "range>", "x>=", "x<=", "<=x", "Missing", "No such", "Got unexpected",
           "Did you mean", "Possible options", "requires an argument", "does not take a value", "Invalid value",
           "is not a valid", "is not in the range", "Error:", "Try '")


def commands() -> Iterator[tuple[list[str], typer.core.TyperCommand]]:
    def walk(command: typer.core.TyperCommand, path: list[str]) -> Iterator[tuple[list[str], typer.core.TyperCommand]]:
        yield path, command
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


def test_every_command_option_and_argument_has_help() -> None:
    missing = []
    for path, command in commands():
        if path and not command.help:
            missing.append(" ".join(path))
        missing += [f"{' '.join(path)} {param.name}" for param in command.params if not getattr(param, "help", None)]
    assert missing == []


@pytest.mark.parametrize("path", [path for path, _ in commands()], ids=lambda path: " ".join(path) or "kamertaak")
def test_help_is_dutch(path: list[str]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Gebruik: kamertaak {' '.join(path)}".rstrip())
    assert "Toon deze hulp en stop." in result.output
    for english in ENGLISH:
        assert english not in result.output, english
    # Arguments are named in capitals, never by their name in the code ({item_id}, assignments).
    usage = result.output.splitlines()[0]
    assert not re.search(r"[a-z_{}]", usage.split("[OPTIES]", 1)[1]), usage


def test_every_argument_has_a_dutch_name() -> None:
    """A new argument gets its Dutch name in help_nl.ARGUMENTS (or a metavar of its own), not its code name."""
    named = set(ARGUMENTS.values())
    unnamed = [f"{' '.join(path)} {param.name}" for path, command in commands() for param in command.params
               if isinstance(param, typer.core.TyperArgument) and param.metavar not in named]
    assert unnamed == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show"], "kamertaak: ID ontbreekt"),
        (["add", "task"], "kamertaak: TITEL ontbreekt"),
        (["set", "1"], "kamertaak: VELD=WAARDE ontbreekt"),
        (["debate", "merge", "1"], "kamertaak: DOEL ontbreekt"),
        (["show", "1", "2"], "kamertaak: onverwacht extra argument: 2"),
        # a negative number is read as an option; a number was meant (u11)
        (["show", "-5"], "kamertaak: -5 is geen itemnummer (die beginnen bij 1) en geen optie"),
        (["list", "--xyz"], "kamertaak: onbekende optie --xyz"),
        (["list", "--ownr", "anna"], "kamertaak: onbekende optie --ownr; bedoel je --owner?"),
        (["list", "--json=ja"], "kamertaak: optie --json neemt geen waarde"),
        (["list", "--owner"], "kamertaak: optie --owner heeft een waarde nodig"),
        (["list", "--limit", "veel"], "kamertaak: --limit: 'veel' is geen geheel getal"),
        (["list", "--limit", "0"], "kamertaak: --limit: 0 moet minstens 1 zijn"),
        (["remind", "snooze", "1", "--days", "400"], "kamertaak: --days: 400 valt buiten 1 t/m 366"),
        (["lst"], "kamertaak: onbekend commando 'lst'; bedoel je 'list'?"),
        # the nearest real option or none, never one that merely shares the dashes and a letter or two (uf:
        # `list --days 7` suggested --party); an option of other commands says which
        (["list", "--days", "7"],
         "kamertaak: onbekende optie --days (--days hoort bij kamertaak remind snooze en kamertaak today)"),
        (["add", "task", "x", "--fail-on-overdue"],
         "kamertaak: onbekende optie --fail-on-overdue (--fail-on-overdue hoort bij kamertaak today)"),
        (["list", "--sinds", "3"], "kamertaak: onbekende optie --sinds"),
        (["list", "--due", "2025-06-01"], "kamertaak: onbekende optie --due; bedoel je --due-before?"),
        (["list", "--stauts", "open"], "kamertaak: onbekende optie --stauts; bedoel je --status?"),
        (["show", "1", "--hlp"], "kamertaak: onbekende optie --hlp; bedoel je --help?"),
        (["today", "--dys", "3"], "kamertaak: onbekende optie --dys; bedoel je --days?"),
        (["days"], "kamertaak: onbekend commando 'days' (kamertaak --help toont ze)"),
        (["export", "mrkdown"], "kamertaak: onbekend commando 'mrkdown'; bedoel je 'markdown'?"),
        (["export", "pdf"], "kamertaak: onbekend commando 'pdf' (kamertaak export --help toont ze)"),
        # kamertaak's own options after a command say where they go (they were "onbekende optie --db")
        (["triage", "debat.txt", "--db", "werk.db"],
         "kamertaak: --db PAD|URL staat vóór het commando: kamertaak --db PAD|URL triage …"),
        (["debate", "list", "--db"],
         "kamertaak: --db PAD|URL staat vóór het commando: kamertaak --db PAD|URL debate list …"),
        (["list", "--version"], "kamertaak: --version staat vóór het commando: kamertaak --version list …"),
    ],
)
def test_usage_errors_are_dutch(env: Path, fails: Callable[..., str], args: list[str], message: str) -> None:
    assert fails(*args) == message


def test_a_group_without_its_command_shows_its_help(env: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["kamertaak", "db"])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith("Gebruik: kamertaak db [OPTIES] COMMANDO [ARGUMENTEN]...\n")
    assert "Commando's:" in err and "  backup " in err and "kamertaak:" not in err
