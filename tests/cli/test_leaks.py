"""Nothing leaks: a database password is never printed; bidirectional-text and C1 control characters
from data never reach the terminal as such; a NUL character is refused where it enters."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kamertaak import config
from kamertaak.cli import app, main
from kamertaak.core.text import printable, terminal_json
from kamertaak.reports.backup import export_json, parse
from kamertaak.store.db import DatabaseError, open_database, shown_target
from kamertaak.store.restore import RestoreError, restore
from kamertaak.store.service import Store

SECRET = "Geh3im!wacht@woord"
ENCODED = "Geh3im%21wacht%40woord"
# The right-to-left override, isolates and marks, and C1 controls (CSI, NEL) inside data.
TRICKY = "Motie \u202eteerw\u202c \u2067x\u2069 \u200fy\u200e \u061c \x9b31m rood \x85 en \x1b[0m"
RAW = ("\u202e", "\u202c", "\u2067", "\u2069", "\u200f", "\u200e", "\u061c", "\x9b", "\x85", "\x1b")

Fails = Callable[..., str]


def _everything(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """stdout and stderr of `kamertaak ARGS` run as the console script runs it, whatever the exit code."""
    old = sys.argv
    sys.argv = ["kamertaak", *args]
    try:
        main()
    except SystemExit:
        pass
    finally:
        sys.argv = old
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.sqlite_only
@pytest.mark.parametrize("url", [
    f"postgresql+psycopg://anna:{ENCODED}@127.0.0.1:1/kamertaak",
    f"postgresql+psycopg://anna@127.0.0.1:1/kamertaak?password={ENCODED}&sslmode=disable",
])
def test_a_password_in_the_url_is_never_printed(env: Path, url: str, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (env.parent / "config.toml").write_text(f'db = "{url}"\n', encoding="utf-8")
    monkeypatch.delenv("KAMERTAAK_DB")
    config.settings.cache_clear()
    outputs = {}
    for args in (["config"], ["config", "--json"], ["db", "status"], ["db", "status", "--json"], ["list"],
                 ["--db", url, "today"], ["--db", str(env), "db", "copy", "--to", url], ["db", "upgrade"]):
        outputs[" ".join(args)] = _everything(args, capsys)
    for args, out in outputs.items():
        assert SECRET not in out and ENCODED not in out and "Geh3im" not in out, args
    assert "***" in outputs["config"] and "anna" in outputs["config"]
    assert "kan postgresql+psycopg://anna" in outputs["list"]  # the error names where, without the password


def test_shown_target_masks_only_the_password() -> None:
    assert shown_target("/home/anna/kamertaak.db") == "/home/anna/kamertaak.db"
    assert shown_target("sqlite:////tmp/k.db") == "sqlite:////tmp/k.db"
    assert shown_target("postgresql+psycopg://anna:s3cr3t@db.example.org:5433/kt?sslmode=require") == \
        "postgresql+psycopg://anna:***@db.example.org:5433/kt?sslmode=require"
    assert shown_target("postgresql+psycopg://anna@/kt?host=/run/pg&password=s3cr3t") == \
        "postgresql+psycopg://anna@/kt?host=/run/pg&password=***"


def test_a_password_is_not_printed_when_the_server_answers(pg_url: str, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # The test server trusts local connections: any password gets in, so it can stand in the URL.
    with_password = pg_url.replace("://kamertaak@", f"://kamertaak:{ENCODED}@", 1)
    assert ENCODED in with_password
    monkeypatch.setenv("KAMERTAAK_TODAY", "2025-04-10")
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("KAMERTAAK_DB", with_password)
    config.settings.cache_clear()
    for args in (["db", "status"], ["db", "status", "--json"], ["config"], ["demo"],
                 ["db", "copy", "--to", with_password], ["--db", str(tmp_path / "k.db"), "db", "copy", "--to",
                                                         with_password]):
        out = _everything(args, capsys)
        assert "Geh3im" not in out, args
        assert "kamertaak:***@" in out or "kamertaak@" not in out, args
    config.settings.cache_clear()


def test_data_cannot_reorder_or_drive_the_terminal(env: Path) -> None:
    runner = CliRunner()
    store = Store.open(str(env))
    try:
        debate = store.add_debate(TRICKY, kind=TRICKY, date="2025-04-03", committee=TRICKY, actors=[TRICKY])
        item = store.add_item("motion", TRICKY, text=TRICKY, due="2025-04-12", debate_id=debate, actors=[TRICKY],
                              topics=[TRICKY], owner=TRICKY, stance=TRICKY, next_action=TRICKY)
        store.add_note(item, TRICKY)
        store.add_link(item, "https://example.org/x", TRICKY)
        store.add_reminder(item, at="2025-04-10")
    finally:
        store.close()
    commands = [["list"], ["list", "--json"], ["show", "1"], ["show", "1", "--json"], ["today"], ["today", "--json"],
                ["remind"], ["remind", "--json"], ["debate", "list"], ["debate", "show", "1"], ["export", "markdown"],
                ["export", "csv"], ["export", "ics"], ["export", "json"], ["undo"]]
    for command in commands:
        result = runner.invoke(app, command, catch_exceptions=False, env={"COLUMNS": "300"}, color=True)
        assert result.exit_code == 0, (command, result.output)
        leaked = [hex(ord(c)) for c in RAW if c in result.output]
        assert not leaked, (command, leaked)
    # Shown, not dropped: the override is visible as an escape, and JSON keeps the value exactly.
    assert "\\u202e" in printable(TRICKY) and "\\x9b" in printable(TRICKY)
    listed = runner.invoke(app, ["list", "--json"], catch_exceptions=False).stdout
    assert json.loads(listed)[0]["title"] == TRICKY
    assert json.loads(terminal_json(json.dumps(TRICKY, ensure_ascii=False))) == TRICKY


def test_a_nul_character_is_refused_where_it_enters(store: Store, tmp_path: Path) -> None:
    item = store.add_item("task", "Bellen")
    before = store.db.scalar("SELECT COUNT(*) AS n FROM oplog")
    for attempt in (lambda: store.add_item("task", "Bel\x00len"), lambda: store.add_note(item, "a\x00b"),
                    lambda: store.update_item(item, {"owner": "an\x00na"}),
                    lambda: store.add_debate("Debat\x00"), lambda: store.add_item("task", "x", topics=["t\x00"])):
        with pytest.raises(DatabaseError, match=r"NUL-teken \(\\x00\)"):
            attempt()
    assert store.db.scalar("SELECT COUNT(*) AS n FROM oplog") == before
    # A backup holding one is refused naming the row, before anything is written.
    document = json.loads(export_json(store.db))
    document["tables"]["note"] = [{"id": 1, "item_id": item, "text": "a\x00b", "author": "x", "created_at": "2025"}]
    target = open_database(str(tmp_path / "restored.db"))
    with pytest.raises(RestoreError, match=r"tabel note, rij 1: text bevat een NUL-teken"):
        restore(target, parse(json.dumps(document)))
    target.close()


@pytest.mark.sqlite_only
def test_db_copy_names_the_row_holding_a_nul_character(env: Path, tmp_path: Path, fails: Fails) -> None:
    store = Store.open(str(env))
    item = store.add_item("task", "Bellen")
    store.close()
    conn = sqlite3.connect(env)  # as an older version could have stored it
    conn.execute("UPDATE item SET text = ? WHERE id = ?", ("a\x00b", item))
    conn.commit()
    conn.close()
    message = fails("db", "copy", "--to", str(tmp_path / "copy.db"))
    assert f"item (id {item}): text bevat een NUL-teken" in message
    assert not os.path.exists(tmp_path / "copy.db")


def test_the_sync_drops_nul_characters_from_register_text() -> None:
    from kamertaak.store.entities import Entity
    from kamertaak.sync.mapping import text

    stored = Entity("toezegging", "e10688d3-ba68-457b-a2a1-95dae0ee7e2e", False, None,
                    {"tekst": "Toezegging\x00 over opvang "}, {})
    assert text(stored, "tekst") == "Toezegging over opvang"
