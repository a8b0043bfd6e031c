"""No command destroys data: every file a command writes (exports, backups, the copy target) is never
the open database or one of its files, never reached through a symlink, never an existing file unless
--force says so, and always private (0600); a failed import leaves no empty database behind."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from kamertaak import config
from kamertaak.store import db as dbmod
from kamertaak.store.files import FileExists, FileRefused, free_name, produce_file, write_file

Run = Callable[..., str]
Fails = Callable[..., str]
EXPORTS = (("markdown",), ("ics",), ("json",), ("csv",))

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def k(env: Path, template_db: Path, pinned_cli: Run) -> Run:
    shutil.copyfile(template_db, env)
    pinned_cli("demo", today="2025-04-07")
    return pinned_cli


def _healthy(db: Path) -> int:
    """The database still opens, is intact, and holds the demo's items; returns how many."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT COUNT(*) FROM item").fetchone()[0])
    finally:
        conn.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("fmt", EXPORTS)
def test_no_export_writes_over_the_open_database_or_its_files(k: Run, env: Path, tmp_path: Path, fails: Fails,
                                                              fmt: tuple[str]) -> None:
    items = _healthy(env)
    link = tmp_path / "looks-harmless.md"
    link.symlink_to(env)
    hard = tmp_path / "hard-link.db"
    os.link(env, hard)
    wal = env.with_name(env.name + "-wal")
    for target in (env, link, hard, wal, env.with_name(env.name + "-shm"), tmp_path / "." / env.name):
        for force in ((), ("--force",)):
            message = fails("export", *fmt, "-o", str(target), *force)
            assert "open database" in message or "symbolische link" in message, message
    assert _healthy(env) == items
    assert k("list", "--json").startswith("[")


@pytest.mark.parametrize("fmt", EXPORTS)
def test_an_existing_file_is_replaced_only_with_force_and_becomes_private(k: Run, tmp_path: Path, fails: Fails,
                                                                          fmt: tuple[str]) -> None:
    out = tmp_path / "out.txt"
    out.write_text("mijn eigen aantekeningen\n", encoding="utf-8")
    out.chmod(0o644)
    assert "bestaat al; --force" in fails("export", *fmt, "-o", str(out))
    assert out.read_text(encoding="utf-8") == "mijn eigen aantekeningen\n"
    k("export", *fmt, "-o", str(out), "--force")
    assert out.read_text(encoding="utf-8") != "mijn eigen aantekeningen\n"
    assert _mode(out) == 0o600
    new = tmp_path / "new.txt"
    k("export", *fmt, "-o", str(new))
    assert _mode(new) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_symlink_is_never_followed_even_with_force(k: Run, tmp_path: Path, fails: Fails) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("niet aankomen\n", encoding="utf-8")
    link = tmp_path / "week.md"
    link.symlink_to(precious)
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "nowhere.md")
    for target in (link, dangling):
        for force in ((), ("--force",)):
            assert "symbolische link" in fails("export", "markdown", "-o", str(target), *force)
    assert precious.read_text(encoding="utf-8") == "niet aankomen\n"
    assert not (tmp_path / "nowhere.md").exists()
    assert "is een map" in fails("export", "csv", "-o", str(tmp_path))
    assert "bestaat niet" in fails("export", "csv", "-o", str(tmp_path / "missing" / "x.csv"))
    assert "bestaat niet" in fails("db", "backup", "-o", str(tmp_path / "missing" / "x.db"))


def test_db_backup_refuses_the_database_and_existing_files(k: Run, env: Path, tmp_path: Path,
                                                           fails: Fails) -> None:
    items = _healthy(env)
    for target in (env, env.with_name(env.name + "-wal")):
        assert "open database" in fails("db", "backup", "-o", str(target), "--force")
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"iets anders")
    assert "bestaat al" in fails("db", "backup", "-o", str(taken))
    assert taken.read_bytes() == b"iets anders"
    k("db", "backup", "-o", str(taken), "--force")
    assert _healthy(taken) == items and _mode(taken) == 0o600
    assert _healthy(env) == items


def test_a_backup_is_named_after_the_moment_it_was_made(k: Run, env: Path) -> None:
    # u8 finding 8: with today pinned (2025-04-07 here) the name said 20250407-120000, whenever it was made.
    before = dt.datetime.now().replace(microsecond=0)
    made = Path(k("db", "backup").split("backup: ")[1].strip())
    after = dt.datetime.now()
    stamp = dt.datetime.strptime(made.name.removeprefix(env.name + ".").removesuffix(".bak"), "%Y%m%d-%H%M%S")
    assert before <= stamp <= after
    assert made.parent == env.parent and _healthy(made) == _healthy(env)


def test_two_backups_in_the_same_second_get_two_names(k: Run, env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The clock stands still: every backup has the same stamp.
    monkeypatch.setattr(config, "wall_clock", lambda: dt.datetime(2026, 12, 4, 15, 12, 7))
    first = k("db", "backup").split("backup: ")[1].strip()
    second = k("db", "backup").split("backup: ")[1].strip()
    third = k("db", "backup").split("backup: ")[1].strip()
    assert len({first, second, third}) == 3
    assert first.endswith(".20261204-151207.bak")
    assert second.endswith("-2.bak") and third.endswith("-3.bak")
    for name in (first, second, third):
        assert _mode(Path(name)) == 0o600 and _healthy(Path(name)) == _healthy(env)


def test_db_copy_refuses_the_source_and_its_files(k: Run, env: Path, tmp_path: Path, fails: Fails) -> None:
    items = _healthy(env)
    link = tmp_path / "copy.db"
    link.symlink_to(env)
    for target in (env, env.with_name(env.name + "-wal"), env.with_name(env.name + "-shm"), link):
        assert "hetzelfde bestand" in fails("db", "copy", "--to", str(target))
    elsewhere = tmp_path / "elsewhere.db"
    other_link = tmp_path / "other-link.db"
    other_link.symlink_to(elsewhere)
    assert "symbolische link" in fails("db", "copy", "--to", str(other_link))
    assert not elsewhere.exists()
    assert _healthy(env) == items


def test_a_failed_import_leaves_no_empty_database(k: Run, tmp_path: Path, fails: Fails,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    good = json.loads(k("export", "json"))
    good["tables"]["item"][0]["due"] = "geen datum"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(good), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    fresh = tmp_path / "fresh.db"
    monkeypatch.setenv("KAMERTAAK_DB", str(fresh))
    assert "geen datum" in fails("import", "json", str(bad))
    assert "geen geldige JSON" in fails("import", "json", str(broken))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("fresh")) == []


def test_the_helper_never_replaces_a_file_that_appears_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "out.md"

    def racing(temp: Path) -> None:
        temp.write_text("nieuw", encoding="utf-8")
        target.write_text("van iemand anders", encoding="utf-8")  # appears between the check and the link

    with pytest.raises(FileExists):
        produce_file(target, racing)
    assert target.read_text(encoding="utf-8") == "van iemand anders"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]
    # free_name takes the next free name instead.
    made = free_name(target, lambda temp: temp.write_text("week", encoding="utf-8"))
    assert made.name == "out-2.md" and made.read_text(encoding="utf-8") == "week"
    with pytest.raises(FileRefused, match="bestaat niet"):
        write_file(tmp_path / "nope" / "x", "x")


def test_opening_a_database_through_a_dangling_symlink_creates_nothing(tmp_path: Path) -> None:
    link = tmp_path / "k.db"
    link.symlink_to(tmp_path / "elsewhere.db")
    with pytest.raises(dbmod.DatabaseError):
        dbmod.connect(str(link))
    assert not (tmp_path / "elsewhere.db").exists()
