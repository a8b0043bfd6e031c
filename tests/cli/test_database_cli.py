"""Which database a command uses: a file named with --db must exist, unless the command makes one on
purpose (db init, demo, import json); the default one and KAMERTAAK_DB's are made on first use."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kamertaak.cli import app, main


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.sqlite_only
@pytest.mark.parametrize("args", [["list"], ["today"], ["add", "task", "Bellen"], ["db", "status"],
                                  ["db", "backup"], ["export", "json"], ["remind"], ["undo"]])
def test_a_mistyped_db_file_is_refused_and_not_made(env: Path, tmp_path: Path, fails: Callable[..., str],
                                                    args: list[str]) -> None:
    typo = tmp_path / "kamertak.db"
    assert fails("--db", str(typo), *args) == (
        f"kamertaak: {typo} bestaat niet; een nieuwe database maak je met `kamertaak --db {typo} db init`")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize("args", [["list"], ["today"], ["add", "task", "Bellen"], ["db", "status"], ["undo"]])
def test_an_empty_db_file_is_refused_and_left_empty(env: Path, tmp_path: Path, fails: Callable[..., str],
                                                    args: list[str]) -> None:
    empty = tmp_path / "leeg.db"
    empty.touch()
    assert fails("--db", str(empty), *args) == (
        f"kamertaak: {empty} is leeg, nog geen kamertaak-database; een nieuwe database maak je met "
        f"`kamertaak --db {empty} db init`")
    assert empty.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["leeg.db"]


@pytest.mark.sqlite_only
def test_db_init_makes_a_database_of_an_empty_file(env: Path, tmp_path: Path) -> None:
    empty = tmp_path / "leeg.db"
    empty.touch()
    assert run("--db", str(empty), "db", "init").startswith("nieuwe database: ")
    assert run("--db", str(empty), "list").strip() == "geen items"


@pytest.mark.sqlite_only
def test_the_refusal_quotes_a_path_with_spaces(env: Path, tmp_path: Path, fails: Callable[..., str]) -> None:
    typo = tmp_path / "mijn werk.db"
    assert fails("--db", str(typo), "list").endswith(f"`kamertaak --db '{typo}' db init`")


@pytest.mark.sqlite_only
def test_the_fast_morning_agenda_refuses_a_mistyped_db_file_too(env: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    typo = tmp_path / "kamertak.db"
    monkeypatch.setattr(sys, "argv", ["kamertaak", "--db", str(typo), "today"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert not typo.exists()


@pytest.mark.sqlite_only
def test_db_init_makes_a_new_database_and_leaves_an_existing_one(env: Path, tmp_path: Path) -> None:
    target = tmp_path / "werk.db"
    assert run("--db", str(target), "db", "init").strip() == f"nieuwe database: {target} (schema {_head()})"
    assert target.exists()
    assert run("--db", str(target), "list").strip() == "geen items"
    run("--db", str(target), "add", "task", "Bellen")
    assert run("--db", str(target), "db", "init").startswith(f"database bestaat al: {target}")
    assert len(json.loads(run("--db", str(target), "list", "--json"))) == 1


@pytest.mark.sqlite_only
def test_demo_and_import_make_the_database_they_are_pointed_at(env: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    assert "voorbeelddebat geladen" in run("--db", str(demo), "demo")
    backup = tmp_path / "backup.json"
    run("--db", str(demo), "export", "json", "-o", str(backup))
    restored = tmp_path / "terug.db"
    assert "backup teruggezet" in run("--db", str(restored), "import", "json", str(backup))
    assert len(json.loads(run("--db", str(restored), "list", "--json"))) == 8


def test_the_database_from_kamertaak_db_is_made_on_first_use(env: Path) -> None:
    """KAMERTAAK_DB (like the config's db and the default place) is chosen once, for good: the first
    command makes it."""
    run("add", "task", "Bellen")
    assert len(json.loads(run("list", "--json"))) == 1


def _head() -> str:
    from kamertaak.store.db import SCHEMA_HEAD

    return SCHEMA_HEAD


@pytest.mark.sqlite_only
def test_config_shows_the_database_in_force(env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kamertaak config` names the database the other commands use: the one --db gives over KAMERTAAK_DB's
    (it showed KAMERTAAK_DB's), and without either the user data folder (on Linux under XDG_DATA_HOME), as
    the README says."""
    other = tmp_path / "elders.db"
    assert json.loads(run("--db", str(other), "config", "--json"))["db"] == str(other)
    assert json.loads(run("config", "--json"))["db"] == str(env)
    if sys.platform.startswith("linux"):
        from kamertaak import config

        monkeypatch.delenv("KAMERTAAK_DB")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        config.settings.cache_clear()
        assert json.loads(run("config", "--json"))["db"] == str(tmp_path / "data" / "kamertaak" / "kamertaak.db")
