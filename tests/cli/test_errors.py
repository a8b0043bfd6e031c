"""One error hierarchy, mapped once: every error meant for the user is a KamertaakError and the CLI turns
it into `kamertaak: <one line>` with exit 2; anything else is still one line (exit 1), never a traceback."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import kamertaak
from kamertaak.cli import main
from kamertaak.core.errors import KamertaakError

Fails = Callable[..., str]

# Control flow inside one module, never raised past it.
_INTERNAL = {"kamertaak.sync.tweedekamer._Rollback", "kamertaak.sync.records._Refused"}


def test_every_error_class_of_the_product_is_a_kamertaak_error() -> None:
    found = []
    for info in pkgutil.walk_packages(kamertaak.__path__, "kamertaak."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, BaseException):
                continue
            qualified = f"{info.name}.{name}"
            found.append(qualified)
            if qualified not in _INTERNAL:
                assert issubclass(cls, KamertaakError), qualified
    # The walk did reach the classes of every layer.
    assert {"kamertaak.core.errors.DomainError", "kamertaak.core.calendar.CalendarError",
            "kamertaak.store.restore.RestoreError", "kamertaak.sync.mapping.MappingError"} <= set(found)


def _run(*args: str) -> int | str | None:
    old = sys.argv
    sys.argv = ["kamertaak", *args]
    try:
        with pytest.raises(SystemExit) as exc:
            main()
    finally:
        sys.argv = old
    return exc.value.code


def test_an_error_of_any_layer_is_one_line_and_exit_2(env: Path, fails: Fails) -> None:
    assert fails("show", "999").startswith("kamertaak: ")  # NotFound, from the store
    assert "--days" in fails("today", "--days", "abc")  # Typer's usage error, in Dutch


def test_an_unexpected_error_is_one_line_naming_the_debug_switch(
        env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from kamertaak.store.service import Store

    def broken(*args: object, **kwargs: object) -> Store:
        raise RuntimeError("kapot\nop twee regels")

    monkeypatch.setattr(Store, "open", broken)
    monkeypatch.delenv("KAMERTAAK_DEBUG", raising=False)
    assert _run("list") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("kamertaak: interne fout (RuntimeError: kapot op twee regels)")
    assert "KAMERTAAK_DEBUG=1" in err

    monkeypatch.setenv("KAMERTAAK_DEBUG", "1")
    old = sys.argv
    sys.argv = ["kamertaak", "list"]
    try:
        with pytest.raises(RuntimeError, match="kapot"):
            main()
    finally:
        sys.argv = old


# -- the reproduced tracebacks: each is now one line, exit 2, and the database as it was -------------

def _snapshot(db: object) -> dict[str, object]:
    from kamertaak.store.restore import dump
    from kamertaak.store.service import Store

    store = Store.open(str(db))
    try:
        return dump(store.db)["tables"]
    finally:
        store.close()


@pytest.fixture
def tracker(env: Path) -> Path:
    """A database with one item and one debate."""
    from typer.testing import CliRunner

    from kamertaak.cli import app

    runner = CliRunner()
    for args in (["debate", "add", "Commissiedebat Opvang", "--date", "2025-04-03"],
                 ["add", "task", "Brief lezen", "--due", "2025-05-01"]):
        result = runner.invoke(app, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return env


@pytest.mark.parametrize(("args", "line"), [
    (("add", "task", "titel \udcff"), "kamertaak: argument 3 is geen geldige UTF-8 (bij '\\xff')"),
    (("--db", "\udce9.db", "list"), "kamertaak: argument 2 is geen geldige UTF-8 (bij '\\xe9')"),
    (("set", "1", "debate_id=abc"), "kamertaak: debate_id 'abc' is geen debatnummer"),
    (("set", "1", "debate_id=²"), "kamertaak: debate_id '²' is geen debatnummer"),
    (("today", "--days", "99999999999"), "kamertaak: --days: 99999999999 valt buiten 1 t/m 366"),
    (("today", "--days", "veel"), "kamertaak: --days: 'veel' is geen geheel getal"),
    (("list", "--limit", "0"), "kamertaak: --limit: 0 moet minstens 1 zijn"),
    (("import", "json", "geen-backup.json"), "kamertaak: kan geen-backup.json niet lezen: bestaat niet"),
    (("export", "markdown", "--from", "0001-01-01", "--to", "0001-01-07"),
     "kamertaak: --from 0001-01-01 valt buiten 1900-01-01 t/m 2199-12-31"),
    (("export", "markdown", "--from", "2025-01-01", "--to", "9999-12-31"), "kamertaak: --to 9999-12-31 valt buiten"),
    (("export", "markdown", "--week", "9999-W52"), "kamertaak: week '9999-W52' valt buiten de jaren 1900 t/m 2199"),
    (("deadline", "voor de zomer", "--ref", "0001-01-01"), "kamertaak: --ref 0001-01-01 valt buiten"),
    # u8: it said "1900-2200", where every other check says the years 1900 t/m 2199
    (("calendar", "--year", "99999"), "kamertaak: --year 99999 valt buiten de jaren 1900 t/m 2199"),
])
def test_reproduced_tracebacks_are_one_line(tracker: Path, fails: Fails, args: tuple[str, ...], line: str) -> None:
    before = _snapshot(tracker)
    assert fails(*args).startswith(line)
    assert _snapshot(tracker) == before


@pytest.mark.sqlite_only  # a server database has no file backup (that is its own one-line refusal)
def test_backup_into_a_missing_folder_is_one_line(tracker: Path, tmp_path: Path, fails: Fails) -> None:
    target = tmp_path / "weg" / "backup.db"
    assert "weg" in fails("db", "backup", "-o", str(target))
    assert not target.parent.exists()


def test_an_import_nested_100000_deep_is_one_line(tmp_path: Path, env: Path, fails: Fails) -> None:
    deep = tmp_path / "diep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    fresh = tmp_path / "nieuw.db"
    assert fails("--db", str(fresh), "import", "json", str(deep)).endswith("de JSON is te diep genest")
    assert not fresh.exists()


def test_an_import_with_a_lone_surrogate_is_refused_whole(tracker: Path, tmp_path: Path, fails: Fails) -> None:
    import json

    from typer.testing import CliRunner

    from kamertaak.cli import app

    backup = tmp_path / "backup.json"
    assert CliRunner().invoke(app, ["export", "json", "-o", str(backup)]).exit_code == 0
    text = backup.read_text(encoding="utf-8").replace('"Brief lezen"', '"Brief \\ud800lezen"')
    assert "\\ud800" in text
    backup.write_text(text, encoding="utf-8")
    fresh = tmp_path / "nieuw.db"
    line = fails("--db", str(fresh), "import", "json", str(backup))
    assert "tabel item, rij 1" in line and "'title'" in line
    assert not fresh.exists()
    json.loads(text)  # the file itself is valid JSON: it is the value that is refused


def test_deadline_batch_answers_a_line_that_is_no_utf8(env: Path) -> None:
    import json

    from typer.testing import CliRunner

    from kamertaak.cli import app

    lines = b'"voor de zomer \\ud800"\nvoor de zomer \xff\n{"text": "x", "ref": "\\udcff"}\n' + b"[" * 100_000 + \
        b'\n"voor de zomer"\n'
    result = CliRunner().invoke(app, ["deadline", "--batch"], input=lines, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout_bytes.decode("utf-8").splitlines()]
    assert [a.get("error") for a in answers] == [
        "regel 1: geen geldige UTF-8 (bij '\\ud800')", "regel 2: geen geldige UTF-8 (bij '\\xff')",
        "regel 3: geen geldige UTF-8 (bij '\\xff')", "regel 4: geen bruikbare JSON: te diep genest", None]
    assert answers[-1]["due"] == "2025-07-03"



def test_ctrl_c_is_one_line_exit_130_and_stores_nothing_half(
        env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pinned_cli: Any) -> None:
    """u5: Ctrl-C during `triage --accept` ended with exit 130 and no word. It says so in one line now, and the
    accept it interrupted (after the debate and two items were written in its transaction) leaves nothing."""
    from kamertaak.store import triage

    demo = Path(kamertaak.__file__).parent / "data" / "demo" / "commissiedebat-2025-04-03.txt"
    real = triage.find_duplicate
    calls = []

    def interrupted(*args: Any, **kwargs: Any) -> int | None:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(triage, "find_duplicate", interrupted)
    assert _run("triage", str(demo), "--accept") == 130
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kamertaak: afgebroken met Ctrl-C") and "Traceback" not in err
    assert len(calls) == 3
    monkeypatch.setattr(triage, "find_duplicate", real)
    assert "geen items" in pinned_cli("list") and pinned_cli("debate", "list").startswith("geen debatten")
