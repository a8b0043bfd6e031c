"""An installed kamertaak carries its migrations: the wheel, built by the project's own backend, holds
Alembic's environment and every version, and a copy unpacked from it creates a database and upgrades
one made at the first revision, without the checkout's top-level migrations/."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kamertaak.store.db import SCHEMA_HEAD, SCHEMA_REVISIONS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hatchling.build import build_wheel

    out = tmp_path_factory.mktemp("dist")
    before = Path.cwd()
    os.chdir(ROOT)  # hatchling builds the project in the working directory
    try:
        name = build_wheel(str(out))
    finally:
        os.chdir(before)
    return out / name


def test_the_wheel_holds_every_migration(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kamertaak/migrations/env.py", "kamertaak/migrations/script.py.mako"} <= names
    versions = sorted(n.rsplit("/", 1)[1].split("_", 1)[0] for n in names
                      if n.startswith("kamertaak/migrations/versions/") and n.endswith(".py"))
    assert tuple(versions) == SCHEMA_REVISIONS
    assert not [n for n in names if "__pycache__" in n or n.startswith("migrations/")]


def test_an_installed_copy_creates_and_upgrades_a_database(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import kamertaak\n"
        "from kamertaak.store import db as d\n"
        f"assert kamertaak.__file__.startswith({str(site)!r}), kamertaak.__file__\n"
        "print('migrations', d.migrations_dir())\n"
        "d.open_database('new.db').close()\n"
        "old = d.connect('old.db')\n"
        "d.run_alembic(old, 'upgrade', '0001')\n"
        "with old.transaction():\n"
        "    old.execute(\"INSERT INTO debate (kind, date, title, created_at) VALUES"
        " ('plenair', '2025-04-03', 'Oud debat', '2025-04-03')\")\n"
        "old.close()\n"
        "for name in ('new.db', 'old.db'):\n"
        "    db = d.open_database(name)\n"
        "    print(name, db.schema_revision(), db.scalar('SELECT count(*) FROM debate'))\n"
        "    db.close()\n"
    )
    # The unpacked wheel comes first on the path; the working directory is no checkout.
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "KAMERTAAK_TODAY": "2025-04-10",
           "KAMERTAAK_CONFIG": str(tmp_path / "none.toml")}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == f"migrations {site / 'kamertaak' / 'migrations'}"
    assert lines[1:] == [f"new.db {SCHEMA_HEAD} 0", f"old.db {SCHEMA_HEAD} 1"]
