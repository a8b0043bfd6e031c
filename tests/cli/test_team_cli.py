"""The CLI in team mode: guarded saves, bad input on either backend, `db copy` there and back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kamertaak.cli import app
from kamertaak.store.db import open_database

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.output




def _dump(target: Any) -> list[dict[str, Any]]:
    db = open_database(str(target))
    rows = db.query("SELECT * FROM item ORDER BY id") + db.query("SELECT * FROM oplog ORDER BY id")
    rows += db.query("SELECT * FROM note ORDER BY id")
    db.close()
    return rows


def test_set_is_guarded_by_the_version_it_read(env: Any, fails: Callable[..., str]) -> None:
    run("add", "task", "Bellen met Valente")
    version = json.loads(run("show", "1", "--json"))["version"]
    run("set", "1", "owner=anna", "--if-version", str(version))
    before = _dump(env)
    err = fails("set", "1", "owner=bram", "--if-version", str(version))
    assert "intussen gewijzigd door tester" in err and "versie 2, jij had 1" in err
    assert _dump(env) == before
    run("set", "1", "owner=bram")  # without --if-version: based on the version it reads itself
    assert json.loads(run("show", "1", "--json"))["owner"] == "bram"


def test_set_without_if_version_reads_no_version_of_its_own(env: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another terminal's change landing between this command's start and its write is no conflict when the user
    gave no version: twelve `set`s at once from two terminals were refused ten times (u16)."""
    from kamertaak.store import queries

    run("add", "task", "Bellen met Valente")
    run("set", "1", "owner=anna")
    # as if another process changed the item after this command looked: a stale version read must not matter
    monkeypatch.setattr(queries, "item_version", lambda db, item_id: 1)
    run("set", "1", "owner=bram")
    assert json.loads(run("show", "1", "--json"))["owner"] == "bram"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "promise", "x"], "onbekende soort 'promise'"),
        (["status", "1", "adopted"], "toegestaan: ingediend (submitted)"),
        (["add", "task", "x", "--due", "2025-02-30"], "geen geldige datum"),
        (["set", "99", "owner=x"], "geen item met nummer 99"),
        (["set", "1", "colour=red"], "onbekend veld 'colour'"),
        (["add", "task", "x", "--debate", "7"], "geen debat met nummer 7"),
        (["note", "1", " "], "mag niet leeg"),
    ],
)
def test_bad_input_changes_nothing_on_either_backend(
    env: Any, fails: Callable[..., str], args: list[str], message: str
) -> None:
    run("add", "motion", "Motie 12 miljoen")
    before = _dump(env)
    err = fails(*args)
    assert err.startswith("kamertaak: ") and message in err
    assert _dump(env) == before


def test_db_status_names_the_backend(env: Any, backend: str) -> None:
    run("list")
    status = json.loads(run("db", "status", "--json"))
    assert status["dialect"] == backend and status["pending"] == []


@pytest.mark.sqlite_only  # starts from a SQLite file and makes its own PostgreSQL databases
def test_db_copy_to_postgresql_and_back(env: Path, tmp_path: Path, pg_server: Any,
                                        fails: Callable[..., str]) -> None:
    run("add", "commitment", "Brief over opvang", "--due", "2025-05-01", "--actor", "Van Nispen (SP)",
        "--topic", "opvang")
    run("note", "1", "gebeld")
    run("status", "1", "partial")
    name, url = pg_server.create(empty=True)
    try:
        out = json.loads(run("db", "copy", "--to", url, "--json"))
        assert out["rows"]["item"] == 1 and out["rows"]["oplog"] == 3 and out["rows"]["note"] == 1
        assert "copy" not in fails("db", "copy", "--to", url)  # not empty any more
        shown = json.loads(run("--db", url, "show", "1", "--json"))
        assert shown["status"] == "partial" and [h["action"] for h in shown["history"]] == ["create", "note",
                                                                                          "status"]
        back = tmp_path / "terug.db"
        assert "gekopieerd" in run("--db", url, "db", "copy", "--to", str(back))
        assert _dump(back) == _dump(env)
        assert "niet leeg" in fails("--db", url, "db", "copy", "--to", str(back))
    finally:
        pg_server.drop(name)
