"""`--help` speaks Dutch throughout: every command and every option and argument says what it is for, and
Typer's own headings and words are Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer
from typer.testing import CliRunner

from kamertaak.cli import app

ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message", "[required]", "[OPTIONS]",
           "COMMAND [ARGS]", "[default:")


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
