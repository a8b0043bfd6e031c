"""`export json` is the README's lossless backup: after anything a user does, the file imports into a new
database that exports the same bytes again (export -> import -> export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., str]


def _round_trip(run: Run, tmp_path: Path, step: str) -> None:
    n = len(list(tmp_path.glob("stap-*.json")))
    first, second = tmp_path / f"stap-{n}.json", tmp_path / f"stap-{n}-terug.json"
    fresh = tmp_path / f"stap-{n}.db"
    run("export", "json", "-o", str(first))
    assert "backup teruggezet" in run("--db", str(fresh), "import", "json", str(first)), step
    run("--db", str(fresh), "export", "json", "-o", str(second))
    assert second.read_bytes() == first.read_bytes(), step


@pytest.mark.sqlite_only
def test_every_debate_operation_and_its_undo_round_trips(env: Path, tmp_path: Path, pinned_cli: Run) -> None:
    pinned_cli("demo")
    pinned_cli("debate", "add", "Zeden en veiligheid", "--kind", "commissiedebat", "--date", "2025-04-03",
               "--actor", "Mutluer (GL-PvdA)")
    _round_trip(pinned_cli, tmp_path, "demo")
    for step in (["debate", "set", "1", "date=2025-04-08"], ["debate", "set", "2", "title=Zeden (dubbel)"],
                 ["debate", "set", "1", "title=Zeden", "date=2025-04-01"], ["debate", "merge", "1", "2"],
                 ["debate", "delete", "1", "--unlink"], ["debate", "delete", "2"]):
        pinned_cli(*step)
        _round_trip(pinned_cli, tmp_path, " ".join(step))
        assert "ongedaan" in pinned_cli("undo")
        _round_trip(pinned_cli, tmp_path, f"undo van {' '.join(step)}")
    # And kept: the steps stay done when they are not undone.
    pinned_cli("debate", "set", "1", "date=2025-04-08")
    pinned_cli("debate", "merge", "2", "1")
    _round_trip(pinned_cli, tmp_path, "set + merge")


@pytest.mark.sqlite_only
def test_every_kind_of_change_round_trips(env: Path, tmp_path: Path, pinned_cli: Run) -> None:
    pinned_cli("demo")
    steps = [
        ["add", "task", "Bellen met het ministerie", "--due", "volgende week", "--topic", "opvang"],
        ["set", "9", "due=voor de zomer", "owner=Anna", "priority=hoog"],
        ["status", "9", "bezig"],
        ["note", "9", "Gebeld, terugbellen"],
        ["link", "9", "https://www.tweedekamer.nl/"],
        ["remind", "add", "9", "2025-04-12"],
        ["remind", "snooze", "1", "--days", "2"],
        ["remind", "dismiss", "4:1"],
        ["delete", "2"],
        ["undo"],
        ["undo"],
    ]
    for step in steps:
        pinned_cli(*step)
        _round_trip(pinned_cli, tmp_path, " ".join(step))


@pytest.mark.sqlite_only
def test_a_restored_backup_never_hands_out_a_number_its_log_names(env: Path, tmp_path: Path, pinned_cli: Run) -> None:
    """A backup carries the operation log: in the database it is restored into (or copied into), a debate or
    item number that was deleted before the backup is not given to a new one either."""
    pinned_cli("demo")
    pinned_cli("demo", "--remove")
    backup, fresh, copy = tmp_path / "backup.json", tmp_path / "terug.db", tmp_path / "kopie.db"
    pinned_cli("export", "json", "-o", str(backup))
    assert "backup teruggezet" in pinned_cli("--db", str(fresh), "import", "json", str(backup))
    assert pinned_cli("--db", str(fresh), "debate", "add", "Commissiedebat Circulaire economie").startswith("debat 2:")
    added = pinned_cli("--db", str(fresh), "add", "task", "Bellen met het ministerie")
    assert "#9" in added, added  # the demo's items were #1-#8
    pinned_cli("db", "copy", "--to", str(copy))
    assert pinned_cli("--db", str(copy), "debate", "add", "Plenair debat").startswith("debat 2:")
