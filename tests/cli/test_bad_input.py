"""Bad input of every kind, generated: whatever the arguments, the config file, an import file or a batch
on stdin hold, kamertaak answers with exit code 0 (the input happened to be valid) or with exactly one
line `kamertaak: ...` on stderr and exit code 2 - never a traceback, never an "interne fout" - and a
refused command leaves the database as it was.

The CLI runs in this process (main() with sys.argv set, as the console script runs it), so a few hundred
examples take seconds; the example counts are modest so the suite fits CI's time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamertaak import config
from kamertaak.cli import main

pytestmark = pytest.mark.sqlite_only



def examples(n: int) -> settings:
    """n examples in CI; KAMERTAAK_FUZZ_SCALE=10 for a run ten times deeper."""
    scale = float(os.environ.get("KAMERTAAK_FUZZ_SCALE", "1"))
    return settings(max_examples=max(1, round(n * scale)), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# -- running the CLI -----------------------------------------------------------------------------------


def cli(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `kamertaak ARGS` run in this process."""
    # Text streams over bytes as a terminal's are (a command may write bytes to stdout.buffer); stdout
    # strict as under most UTF-8 locales, stderr with backslash escapes as Python sets it up.
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", write_through=True)
    old_argv, old_stdin = sys.argv, sys.stdin
    sys.argv = ["kamertaak", *args]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    config.settings.cache_clear()
    config.calendar.cache_clear()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv, sys.stdin = old_argv, old_stdin
    return code, out.buffer.getvalue().decode("utf-8"), err.buffer.getvalue().decode("utf-8")


def assert_answered(args: list[str], code: int, err: str) -> None:
    """Exit 0, or 2 with one line on stderr; never a traceback or an internal error."""
    shown = f"kamertaak {args!r} -> {code}: {err!r}"
    assert "Traceback (most recent call last)" not in err and "interne fout" not in err, shown
    assert code in (0, 2), shown
    if code == 2:
        assert err.startswith("kamertaak: ") and err.count("\n") == 1, shown


def dump(db: Path) -> list[Any]:
    """Every row of every table (the operation log included), to compare before and after."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, conn.execute(f"SELECT * FROM \"{t}\"").fetchall()) for t in tables]
    finally:
        conn.close()


@pytest.fixture
def tracker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo tracker in a database of its own; no config file; the working folder a scratch folder."""
    db = tmp_path / "kamertaak.db"
    monkeypatch.setenv("KAMERTAAK_DB", str(db))
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("KAMERTAAK_TODAY", "2025-04-10")
    monkeypatch.setenv("KAMERTAAK_USER", "tester")
    monkeypatch.delenv("KAMERTAAK_DEBUG", raising=False)
    work = tmp_path / "werkmap"
    work.mkdir()
    monkeypatch.chdir(work)
    code, _, err = cli(["demo"])
    assert code == 0, err
    yield db
    config.settings.cache_clear()
    config.calendar.cache_clear()


# -- values a user might type, and values nobody should ------------------------------------------------

# Every character a terminal can hand over (argv cannot hold NUL), lone surrogates included: bytes that
# are no UTF-8 arrive as those.
ANY_CHAR = st.characters(blacklist_categories=(), blacklist_characters="\x00")
NASTY = st.sampled_from([
    "", " ", "-", "--", "0", "-1", "1.5", "99999999999", "99999999999999999999", "1e400", "nan", "inf",
    "0001-01-01", "9999-12-31", "2025-02-30", "2025-04-10", "1899-12-31", "2200-01-01", "\udcff", "\ud800",
    "[" * 50, "http://[::1", "javascript:alert(1)", "1 dag voor", "99999999999 dagen voor", "-5 dagen voor",
    "voor de zomer", "2025-W15", "2025-W99", "9999-W52", "../../etc/passwd", "\x1b[31mrood", "\u202egnilb",
    "toezegging", "motie", "commitment", "done", "TZ202504-057", "36600, nr. 12", "1:1", "3",
])
VALUE = st.one_of(
    NASTY,
    st.text(ANY_CHAR, max_size=24),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.dates().map(dt.date.isoformat),
)
FIELD = st.sampled_from(["title", "text", "due", "owner", "priority", "stance", "next_action", "scheduled",
                         "hide_until", "debate_id", "kind", "actors", "topics", "status", "due_phrase", "id",
                         "version", "x"])

# Commands with a hole for each value; none of them reaches the network, mails, or opens the TUI.
TEMPLATES: list[list[str]] = [
    ["show", "{}"], ["show", "{}", "--json"], ["status", "{}", "{}"], ["status", "1", "{}"],
    ["note", "{}", "{}"], ["link", "{}", "{}"], ["link", "1", "{}"], ["delete", "{}"],
    ["add", "{}", "{}"], ["add", "task", "{}", "--due", "{}"], ["add", "commitment", "x", "--actor", "{}"],
    ["add", "motion", "x", "--debate", "{}", "--priority", "{}"],
    ["list", "--kind", "{}"], ["list", "--status", "{}"], ["list", "--due-before", "{}"], ["list", "--limit", "{}"],
    ["list", "--sort", "{}"], ["list", "{}"],
    ["today", "--days", "{}"], ["deadline", "{}", "--ref", "{}"], ["deadline", "{}"], ["calendar", "--year", "{}"],
    ["remind", "add", "{}", "{}"], ["remind", "snooze", "{}", "--days", "{}"],
    ["remind", "snooze", "{}", "--until", "{}"], ["remind", "dismiss", "{}"],
    ["export", "markdown", "--from", "{}", "--to", "{}"], ["export", "markdown", "--week", "{}"],
    ["export", "markdown", "--topic", "{}"],
    ["debate", "add", "{}", "--date", "{}"], ["debate", "show", "{}"],
    ["triage", "{}"], ["triage", "-", "--ref", "{}"],
    ["register", "list", "{}"], ["register", "accept", "{}"], ["follow", "add", "--topic", "{}"],
    ["follow", "remove", "{}"],
    ["--db", "{}", "list"], ["{}"], ["{}", "{}"],
]


@st.composite
def command(draw: st.DrawFn) -> list[str]:
    template = draw(st.sampled_from([*TEMPLATES, ["set", "{}", "FIELD={}"], ["set", "1", "FIELD={}"]]))
    args = []
    for part in template:
        value = part
        if "FIELD" in value:
            value = value.replace("FIELD", draw(FIELD))
        while "{}" in value:
            value = value.replace("{}", draw(VALUE), 1)
        args.append(value)
    return args


@examples(120)
@given(args=command())
def test_any_command_line_is_answered_in_one_line(tracker: Path, args: list[str]) -> None:
    before = dump(tracker)
    code, _, err = cli(args)
    assert_answered(args, code, err)
    if code == 2:
        assert dump(tracker) == before, f"kamertaak {args!r} refused but changed the database"


# -- config files --------------------------------------------------------------------------------------

def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a TOML basic string (a surrogate escape is no TOML: refused in one line)
    if isinstance(value, float):
        return "inf" if value == float("inf") else "-inf" if value == float("-inf") else "nan" if value != value \
            else repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    return str(value)


SCALAR = st.one_of(st.booleans(), st.integers(min_value=-(10**20), max_value=10**20), st.floats(),
                   st.text(ANY_CHAR, max_size=12), NASTY, st.dates(), st.just("7 dagen voor"), st.just("ctrl+n"))
TOML_VALUE = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["commitment", "motion", "quick-add", "help", "files", "recess", "name", "start", "x"]),
    inner, max_size=3), max_leaves=6)
KEY = st.sampled_from(["user", "db", "today", "sections_cap", "timezone", "reminders", "keymap", "tweedekamer",
                       "calendar", "mail", "remnders", "x"])
SUBKEY = st.sampled_from(["", "commitment", "motion", "quick-add", "qiuck-add", "base_url", "timeout", "retries",
                          "odata_names", "files", "recess", "host", "port", "to"])


@examples(40)
@given(entries=st.lists(st.tuples(KEY, SUBKEY, TOML_VALUE), min_size=1, max_size=3))
def test_any_config_file_is_answered_in_one_line(tracker: Path, entries: list[tuple[str, str, Any]]) -> None:
    lines = []
    for key, sub, value in entries:
        name = f"{key}.{json.dumps(sub)}" if sub else key
        lines.append(f"{name} = {toml_value(value)}")
    text = "\n".join(lines) + "\n"
    (tracker.parent / "config.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
    before = dump(tracker)
    for args in (["today"], ["deadline", "voor de zomer"]):
        code, _, err = cli(args)
        assert_answered([*args, text], code, err)
    assert dump(tracker) == before


@examples(40)
@given(raw=st.binary(max_size=200), where=st.sampled_from(["config.toml", "calendar.toml"]))
def test_any_bytes_as_config_or_calendar_file_are_answered_in_one_line(tracker: Path, raw: bytes, where: str) -> None:
    (tracker.parent / where).write_bytes(raw)
    try:
        code, _, err = cli(["today"])
        assert_answered(["today", where, repr(raw)], code, err)
    finally:
        (tracker.parent / where).unlink()


# -- import files and batches --------------------------------------------------------------------------

JSON = st.recursive(st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30) | st.floats()
                    | st.text(ANY_CHAR, max_size=10),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(ANY_CHAR, max_size=6), inner,
                                                                                max_size=3), max_leaves=10)


@pytest.fixture
def backup(tracker: Path) -> dict[str, Any]:
    """The demo tracker as `export json` writes it."""
    code, out, err = cli(["export", "json"])
    assert code == 0, err
    return json.loads(out)


@examples(30)
@given(data=st.data())
def test_any_import_file_is_answered_in_one_line_and_all_or_nothing(tracker: Path, backup: dict[str, Any],
                                                                    tmp_path_factory: pytest.TempPathFactory,
                                                                    data: st.DataObject) -> None:
    document: Any = json.loads(json.dumps(backup))
    how = data.draw(st.sampled_from(["value", "row", "table", "document", "nesting"]))
    tables = document["tables"]
    table = data.draw(st.sampled_from(sorted(t for t in tables if tables[t])))
    if how == "value":
        row = data.draw(st.sampled_from(tables[table]))
        row[data.draw(st.sampled_from(sorted(row)))] = data.draw(JSON | NASTY)
    elif how == "row":
        tables[table].append(data.draw(JSON))
    elif how == "table":
        tables[data.draw(st.sampled_from([table, "x"]))] = data.draw(JSON)
    elif how == "document":
        document[data.draw(st.sampled_from(["format", "version", "schema", "tables"]))] = data.draw(JSON)
    else:
        document = "[" * data.draw(st.integers(min_value=1, max_value=200_000))
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    folder = tmp_path_factory.mktemp("import")
    source, fresh = folder / "backup.json", folder / "nieuw.db"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    code, _, err = cli(["--db", str(fresh), "import", "json", str(source)])
    assert_answered(["import", "json", text[:200]], code, err)
    if code == 2:
        assert not fresh.exists(), "a refused import left a database behind"
    else:
        assert cli(["--db", str(fresh), "list"])[0] == 0


@examples(40)
@given(lines=st.lists(st.one_of(st.binary(max_size=40), st.text(ANY_CHAR, max_size=30).map(
    lambda s: s.encode("utf-8", "surrogatepass")), JSON.map(lambda v: json.dumps(v).encode())), max_size=5))
def test_any_deadline_batch_is_answered_line_by_line(tracker: Path, lines: list[bytes]) -> None:
    stdin = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines) + b"\n"
    code, out, err = cli(["deadline", "--batch"], stdin)
    assert_answered(["deadline", "--batch", repr(stdin)], code, err)
    for line in out.splitlines():
        answer = json.loads(line)
        assert set(answer) >= {"phrase", "due", "precision", "explanation"}
    out.encode("utf-8")  # what it writes is UTF-8, whatever came in


def test_an_import_with_text_where_a_log_keeps_an_item_number_is_refused(backup: dict[str, Any],
                                                                          tmp_path: Path) -> None:
    """Found by the test above: ' ' as an operation log's item_id went into SQLite (which stores anything) and the
    import then ended in 'interne fout'; now one line, exit 2, no database left."""
    document = json.loads(json.dumps(backup))
    document["tables"]["oplog"][0]["item_id"] = " "
    source, fresh = tmp_path / "backup.json", tmp_path / "nieuw.db"
    source.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = cli(["--db", str(fresh), "import", "json", str(source)])
    assert code == 2 and "item_id ' ' is geen geheel getal" in err and not fresh.exists()
