"""The layers of architecture.md hold: import-linter contracts, and headless commands skip Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_headless_list_imports_no_textual_nor_orm(tmp_path: Path) -> None:
    code = (
        "import sys, os\n"
        "from kamertaak.cli import main\n"
        "sys.argv = ['kamertaak', 'list', '--json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('textual', 'sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules)\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {"KAMERTAAK_DB": str(tmp_path / "k.db"), "KAMERTAAK_CONFIG": str(tmp_path / "none.toml"),
           "KAMERTAAK_TODAY": "2025-04-10", "PATH": "/usr/bin:/bin"}
    # The first run creates the schema (Alembic); the second is the everyday path.
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "HEAVY []" in result.stderr, result.stderr


def test_morning_agenda_imports_no_typer_rich_nor_orm(tmp_path: Path) -> None:
    """`kamertaak today` (text and JSON) starts without Typer, click, rich's console, SQLAlchemy or
    Textual, nor the triage's patterns and the calendar (modules that take long to import): its start-up
    is most of its time (bench/bench_cli.py shows the split)."""
    code = (
        "import sys\n"
        "from kamertaak.cli import main\n"
        "sys.argv = ['kamertaak', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'sqlalchemy', 'sqlmodel',"
        " 'alembic', 'textual', 'pydantic') or m in ('rich.console', 'rich.text')"
        " or m.startswith(('kamertaak.core.actors', 'kamertaak.core.extract', 'kamertaak.core.deadlines',"
        " 'kamertaak.core.calendar')))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {"KAMERTAAK_DB": str(tmp_path / "k.db"), "KAMERTAAK_CONFIG": str(tmp_path / "none.toml"),
           "KAMERTAAK_TODAY": "2025-04-10", "PATH": "/usr/bin:/bin", "COLUMNS": "30"}
    subprocess.run([sys.executable, "-c", code, "add", "task", "Een taak met een lange titel die afbreekt",
                    "--due", "2025-04-11"], env=env, capture_output=True, text=True, check=True)
    for args in (["today"], ["today", "--json", "--days", "30"], ["--db", str(tmp_path / "k.db"), "today"]):
        result = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                                check=True)
        assert "Een taak" in result.stdout and "HEAVY []" in result.stderr, (args, result.stderr)


def test_one_dutch_month_and_weekday_vocabulary_in_core() -> None:
    """Month and weekday names are spelled once, in core/dutch.py: no other module (core or face) keeps
    its own list of them that could drift ("sept." understood by one reader and not another)."""
    import ast

    from kamertaak.core.dutch import MONTH_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAY_WORDS

    # A word that is also an everyday Dutch word ("mei", "do") is no sign of a copied list on its own.
    names = (set(MONTH_WORDS) | set(WEEKDAY_WORDS) | set(WEEKDAY_ABBREVIATIONS)) - {"mei", "do", "zo", "ma"}
    copies = []
    for path in sorted((ROOT / "kamertaak").rglob("*.py")):
        if path.name == "dutch.py":
            continue
        literals = [n.value for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Constant)
                    and isinstance(n.value, str) and n.value.lower() in names]
        if len(literals) >= 2:
            copies.append(f"{path.relative_to(ROOT)}: {literals}")
    assert not copies, copies


def _string_constants(path: Path) -> list[tuple[int, str]]:
    import ast

    return [(n.lineno, n.value) for n in ast.walk(ast.parse(path.read_text()))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def test_dialect_differences_live_in_the_database_layer_only() -> None:
    """Whether the database is SQLite or PostgreSQL is asked in kamertaak/store/db.py only (and by the
    migrations in the top-level migrations/, which are the schema's own history): everything else calls
    a Database method (like, word_search, reset_sequences, change_token, ...), so a third backend or a fix
    is made in one place."""
    import re

    branching = re.compile(r"\bdialect\b\s*(==|!=|\bin\b)|\bdialect\.name\b|\bis_sqlite\b|\bis_postgres"
                           r"|isinstance\([^)]*\b(SQLite|SQLAlchemy|Postgres)Database\b|\"data_version\"")
    found = []
    for path in sorted((ROOT / "kamertaak").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "kamertaak/store/db.py":
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if branching.search(line):
                found.append(f"{rel}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_only_the_store_writes_sql_on_items_and_the_operation_log() -> None:
    """SQL that names the item or oplog table is the store's: sync, reports and the faces call store
    functions (queries.item_row, queries.fields_set_by_others, ...), so the schema can change in one layer."""
    import re

    sql = re.compile(r"\b(FROM|INTO|UPDATE|JOIN|TABLE)\s+(item|oplog)\b", re.IGNORECASE)
    found = []
    for path in sorted((ROOT / "kamertaak").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("kamertaak/store/"):
            continue
        found += [f"{rel}:{line}: {text[:80]!r}" for line, text in _string_constants(path) if sql.search(text)]
    assert not found, "\n".join(found)


def test_faces_and_layers_above_the_store_type_their_store() -> None:
    """A parameter that takes the store is typed (Store or a Protocol), never Any: mypy then checks what
    the store is asked and what its items (queries.ItemView) are read for."""
    import ast

    untyped = []
    for layer in ("cli", "tui", "reports", "sync"):
        for path in sorted((ROOT / "kamertaak" / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.arg) and node.arg.lstrip("_") == "store" and node.annotation is not None \
                        and ast.unparse(node.annotation) in ("Any", "object", "typing.Any"):
                    untyped.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not untyped, untyped
