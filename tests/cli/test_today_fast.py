"""`kamertaak today` the short way (main() straight to the agenda, without Typer or rich) prints exactly
what Typer's `today` prints, for every form of its command line; plain text is what rich would write."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kamertaak import config
from kamertaak.cli import agenda, app, main
from kamertaak.cli.lines import NARROW_EXTRA, wrap
from kamertaak.store.service import Store

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def filled(store: Store) -> Store:
    """Every section of the agenda, with text that wraps: wide characters, a word longer than a line,
    control characters and a debate with a time, number and committee."""
    store.add_item("commitment", "Brief over 漢字漢字漢字 en de opvang van slachtoffers van huiselijk geweld",
                   due="2025-04-01", actors=["Van Nispen (SP)", "minister van Justitie en Veiligheid"])
    store.add_item("task", "Bel\x07 de griffie over " + "x" * 130, due="2025-04-10")
    store.add_item("deadline", "Tweeminutendebat Zeden en (on)veiligheid vrouwen", due="2025-04-11")
    store.add_item("motion", "Motie-Mutluer over de wachtlijsten 🙂 in de vrouwenopvang", due="2025-04-20")
    store.add_item("task", "Zonder datum maar gepland", scheduled="2025-04-10")
    store.add_reminder(1, at="2025-04-09T08:30")
    debate = store.add_debate("Politie", kind="commissiedebat", date="2025-04-17",
                              committee="vaste commissie voor Justitie en Veiligheid (J&V)")
    store.db.execute("UPDATE debate SET time = '14:00', number = '2025A02181', status = 'moved' WHERE id = :d",
                     {"d": debate})
    return store


def _short_way(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    old = sys.argv
    sys.argv = ["kamertaak", *args]
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.argv = old
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("args", [
    ["today"], ["today", "--json"], ["today", "--days", "3"], ["today", "--days=30", "--json"],
    ["today", "--fail-on-overdue"], ["today", "--json", "--fail-on-overdue", "--days", "366"],
])
@pytest.mark.parametrize("columns", ["200", "80", "37"])
def test_short_way_prints_what_typer_prints(filled: Store, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, args: list[str], columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert agenda.fast_args(args) is not None
    code, out, err = _short_way(capsys, *args)
    config.settings.cache_clear()
    typer = CliRunner().invoke(app, args, catch_exceptions=False)
    assert (code, out, err) == (typer.exit_code, typer.stdout, "")
    assert code == (1 if "--fail-on-overdue" in args else 0)


@pytest.mark.parametrize("args", [
    ["today", "--days", "0"], ["today", "--days", "x"], ["today", "--days"], ["today", "--dayz"],
    ["today", "--help"], ["today", "--days", "+3"], ["today", "--days", "1_4"], ["today", "extra"],
    ["today", "--json=1"], ["--db", "", "today"], ["today", "--db", "x.db"], ["--version"], ["list"],
])
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert agenda.fast_args(args) is None or args[:2] == ["--db", ""]


def test_short_way_knows_every_option_of_the_command() -> None:
    import typer.main

    command = typer.main.get_command(app).commands["today"]  # type: ignore[attr-defined]
    options = {opt for param in command.params for opt in param.opts}
    assert options == {"--days", *agenda.FLAGS}
    days = next(p for p in command.params if "--days" in p.opts)
    assert (days.default, days.type.min, days.type.max) == (agenda.DAYS, agenda.DAYS_MIN, agenda.DAYS_MAX)


@pytest.mark.sqlite_only  # --db names a database file here
def test_a_database_named_on_the_command_line_and_its_errors(filled: Store, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert agenda.fast_args(["--db", "x.db", "today"]) == {"db": "x.db"}
    assert agenda.fast_args(["--db=x.db", "today", "--json"]) == {"db": "x.db", "as_json": True}
    code, out, err = _short_way(capsys, "--db", str(filled.db.path), "today")
    assert code == 0 and "Brief over" in out
    folder = tmp_path / "map"
    folder.mkdir()
    code, out, err = _short_way(capsys, "--db", str(folder), "today")
    assert (code, out) == (2, "") and err == f"kamertaak: {folder} is een map, geen databasebestand\n"
    code, out, err = _short_way(capsys, "--db", "", "today")
    assert (code, out, err) == (2, "", "kamertaak: --db is leeg; geef een bestand of een URL\n")


@pytest.mark.parametrize("columns", ["160", "80", "41"])
def test_plain_text_is_what_rich_writes_without_its_styles(filled: Store, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    code, plain, _ = _short_way(capsys, "today")
    assert code == 0
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich then writes styles, as to a terminal
    _, styled, _ = _short_way(capsys, "today")
    assert "\x1b[" in styled and "\x1b[" not in plain
    assert ANSI.sub("", styled) == plain
    assert "\x07" not in plain


def _rich_lines(text: str, width: int) -> list[str]:
    import io

    from rich.console import Console
    from rich.text import Text

    out = io.StringIO()
    Console(file=out, width=width, color_system=None, highlight=False, soft_wrap=False).print(Text(text))
    return out.getvalue().split("\n")[:-1]


# One-cell text (cut by kamertaak itself) and wider characters (cut by rich's functions) alike.
@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(st.sampled_from("ab cdé  ·…–\xa0-#()"), max_size=120),
                 st.text(st.sampled_from("ab cdé  漢字🙂\u0301-…"), max_size=90)),
       st.integers(min_value=1, max_value=40))
def test_wrap_cuts_lines_where_rich_does(text: str, width: int) -> None:
    assert wrap(text, width) == _rich_lines(text, width)


def test_the_punctuation_taken_as_one_cell_is_one_cell_for_rich() -> None:
    from rich.cells import cell_len

    assert all(cell_len(c) == 1 for c in NARROW_EXTRA)
