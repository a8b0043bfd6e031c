"""Load test for team mode: several processes on one database at once, on SQLite and on PostgreSQL.

    python bench/bench_load.py [--seconds 20] [--writers 3] [--backend both|sqlite|postgresql]
                               [--schema-kills 20] [--pg-url postgresql+psycopg://ROLE@HOST/DB]

Per backend, for --seconds: --writers CLI-style writers (each operation opens the database, does one
add / set / status / note as `kamertaak` would, and closes it; set and status pass the version they
read, a few ms before saving, and a third of them go to a few hot items, so concurrent changes meet:
each such meeting must be a conflict, never a lost update), one more writer that is killed with
SIGKILL in the middle of a transaction (it holds the write lock, with an item, a note and an update
written but not committed), and one TUI-like reader that polls Store.change_token() and reloads a list,
the counts and the agenda when it moves. Every writer appends an acknowledgement to its own file after
each call that returned, i.e. committed.

Afterwards, on a fresh connection, it checks (and exits 1 if any fails):
  - acknowledged writes == operation-log rows, per writer and per (action, item) — nothing acknowledged
    is lost and nothing unacknowledged is in the log; nothing of the killed transaction is anywhere;
  - every item's row equals the replay of its operation log (each entry's old values are the previous
    entry's new values; the final values are the row's), its notes match the log, and its version is
    1 + the number of changes: no half-written change;
  - zero "database is locked" (or lock timeout) errors reached a writer or the reader;
  - PRAGMA integrity_check and foreign_key_check (SQLite), orphan checks (both).
Before the load, per backend, --schema-kills times each: a process creating a new database, and one
upgrading a database from the first revision to the newest, is killed with SIGKILL at a random moment
of its work (after its imports); then a fresh process must find the schema either complete or not there
at all (creation) or at the old revision or the new one (upgrade), never in between, and the next
`open` must complete it and store an item.
PostgreSQL needs --pg-url or KAMERTAAK_TEST_PG_URL: a role that may CREATE DATABASE; the bench makes a
database of its own and drops it. Without one, the PostgreSQL half is skipped (and said so).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = "2025-04-10"
SEED_ITEMS = 150
HOT_ITEMS = 6
THINK = 0.01  # seconds, at most, between reading an item and saving a change to it
KINDS = ("commitment", "motion", "deadline", "task")
TOPICS = ("opvang", "politie", "zeden", "rechtspraak", "begroting")
VICTIM = "victim"
HALF = "HALF-WRITTEN"
# Columns the replay follows (everything the bench's operations touch, and more).
REPLAYED = ("kind", "status", "title", "text", "due", "owner", "next_action", "priority", "debate_id",
            "scheduled", "hide_until", "stance")
# Operation-log actions that bump an item's version (Store._write_columns).
BUMPS = ("update", "status", "recur", "note", "link", "register", "delete")


def _env() -> None:
    os.environ["KAMERTAAK_TODAY"] = TODAY
    os.environ["KAMERTAAK_CONFIG"] = os.devnull + ".kamertaak-bench.toml"
    os.environ.pop("KAMERTAAK_USER", None)


def _open(url: str, user: str) -> Any:
    from kamertaak.store.service import Store

    store = Store.open(url)
    store.user = user
    return store


def _classify(exc: BaseException) -> str:
    from kamertaak.core.kinds import DomainError
    from kamertaak.store.db import DatabaseError
    from kamertaak.store.service import ConflictError

    text = str(exc).lower()
    if "locked" in text or "lock timeout" in text or "bezig met een andere wijziging" in text:
        return "locked"
    if isinstance(exc, ConflictError):
        return "conflict"
    if isinstance(exc, DatabaseError):
        return "db_error"
    if isinstance(exc, DomainError):
        return "refused"  # e.g. a transition no longer allowed after someone else's move
    return "crash"


def _one_op(store: Any, rng: random.Random, name: str, seq: int) -> tuple[str, int] | None:
    """One CLI-style operation; returns (action logged, item id) when it committed a change."""
    from kamertaak.core import kinds
    from kamertaak.store import queries

    max_id = int(store.db.scalar("SELECT MAX(id) AS m FROM item") or 1)
    # A third of the edits go to a few hot items (the debate everyone follows today): conflicts happen.
    item_id = rng.randint(1, HOT_ITEMS) if rng.random() < 0.35 else rng.randint(1, max_id)
    roll = rng.random()
    if roll < 0.2:
        new_id = store.add_item(rng.choice(KINDS), f"{name} item {seq}", due=f"2025-{rng.randint(4, 12):02d}-15",
                                topics=[rng.choice(TOPICS)], text=f"door {name}")
        return ("create", new_id)
    if roll < 0.55:
        version = queries.item_version(store.db, item_id)
        if version is None:
            return None
        time.sleep(rng.uniform(0, THINK))  # between reading the item and saving the edit
        store.update_item(item_id, {"owner": name, "next_action": f"{name} stap {seq}",
                                    "due": f"2025-{rng.randint(4, 12):02d}-{rng.randint(1, 28):02d}"},
                          expected_version=version)
        return ("update", item_id)
    if roll < 0.8:
        row = store.db.one("SELECT kind, status, version FROM item WHERE id = :i AND deleted = :f",
                           {"i": item_id, "f": False})
        if row is None:
            return None
        allowed = kinds.lifecycle(row["kind"]).allowed(row["status"])
        if not allowed:
            return None
        time.sleep(rng.uniform(0, THINK))
        store.set_status(item_id, rng.choice(allowed), expected_version=row["version"])
        return ("status", item_id)
    store.add_note(item_id, f"{name} notitie {seq}")
    return ("note", item_id)


def writer(url: str, name: str, ack_path: str, stats_path: str, deadline: float, seed: int,
           half_at: float | None, ready_path: str | None) -> None:
    """A CLI-style writer: open, one operation, close; acknowledge what committed."""
    _env()
    rng = random.Random(seed)
    errors: Counter[str] = Counter()
    latencies: list[float] = []
    samples: dict[str, str] = {}
    seq = 0
    with open(ack_path, "a", encoding="utf-8") as acks:
        while time.time() < deadline:
            if half_at is not None and time.time() >= half_at:
                _half_written(url, name, ready_path)
            seq += 1
            start = time.perf_counter()
            store = None
            try:
                store = _open(url, name)
                done = _one_op(store, rng, name, seq)
                if done is not None:
                    acks.write(json.dumps([done[0], done[1]]) + "\n")
                    acks.flush()  # in the kernel now: survives a SIGKILL of this process
                latencies.append(time.perf_counter() - start)
            except Exception as exc:
                kind = _classify(exc)
                errors[kind] += 1
                samples.setdefault(kind, f"{type(exc).__name__}: {exc}"[:200])
            finally:
                if store is not None:
                    store.close()
            time.sleep(rng.uniform(0.002, 0.01))  # a little think time; two cores are shared
    Path(stats_path).write_text(json.dumps({"latencies": latencies, "errors": errors, "samples": samples}))


def _half_written(url: str, name: str, ready_path: str | None) -> None:
    """Start a transaction, write into it, say so, and wait to be killed."""
    store = _open(url, name)
    with store.db.transaction():
        item_id = store.add_item("task", f"{HALF} item", text=HALF)
        store.add_note(item_id, HALF)
        store.update_item(1, {"owner": HALF})
        assert ready_path is not None
        Path(ready_path).write_text(str(time.time()))
        time.sleep(3600)


def reader(url: str, stats_path: str, deadline: float) -> None:
    """A TUI-like reader: one long-lived connection, polls the change token, reloads on change."""
    _env()
    from kamertaak.store import queries

    store = _open(url, "reader")
    polls = refreshes = 0
    errors: Counter[str] = Counter()
    samples: dict[str, str] = {}
    latencies: list[float] = []
    seen: Any = None
    while time.time() < deadline:
        try:
            polls += 1
            token = store.change_token()
            if token != seen:
                start = time.perf_counter()
                day = store.today()
                queries.list_items(store.db, queries.ItemFilter(open_only=True, sort="updated", limit=100), day)
                queries.count_items(store.db, queries.ItemFilter(overdue=True), day)
                queries.agenda(store.db, day, cap=50)
                latencies.append(time.perf_counter() - start)
                refreshes += 1
                seen = token
        except Exception as exc:
            kind = _classify(exc)
            errors[kind] += 1
            samples.setdefault(kind, f"{type(exc).__name__}: {exc}"[:200])
        time.sleep(0.1)
    store.close()
    Path(stats_path).write_text(json.dumps({"polls": polls, "refreshes": refreshes, "latencies": latencies,
                                            "errors": errors, "samples": samples}))


# -- set-up and checks --------------------------------------------------------------------------------


def _seed(url: str) -> None:
    from kamertaak.store.db import open_database

    open_database(url).close()
    store = _open(url, "seed")
    rng = random.Random(1)
    debate = store.add_debate("Commissiedebat zeden", kind="commissiedebat", date="2025-04-03", committee="J&V")
    with store.db.transaction():
        for n in range(SEED_ITEMS):
            store.add_item(KINDS[n % 4], f"seed {n}", due=f"2025-{rng.randint(4, 12):02d}-10", debate_id=debate,
                           topics=[rng.choice(TOPICS)], actors=["Van Nispen (SP)"] if n % 3 == 0 else [])
    store.close()


def _replay(db: Any) -> list[str]:
    """Every item's row against the replay of its operation log; returns the problems found."""
    problems: list[str] = []
    items = {r["id"]: r for r in db.query("SELECT * FROM item")}
    notes = Counter(r["item_id"] for r in db.query("SELECT item_id FROM note"))
    log: dict[int, list[dict[str, Any]]] = {}
    for entry in db.query("SELECT id, item_id, action, changes FROM oplog WHERE entity = 'item' ORDER BY id"):
        log.setdefault(entry["item_id"], []).append(entry)
    for item_id, row in items.items():
        state: dict[str, Any] = {"text": "", "priority": "normaal"}
        version, logged_notes = 0, 0
        for entry in log.get(item_id, []):
            changes = json.loads(entry["changes"])
            if entry["action"] == "create":
                version = 1
            elif entry["action"] in BUMPS:
                version += 1
            if entry["action"] == "note":
                logged_notes += 1
            for field, pair in changes.items():
                if field not in REPLAYED:
                    continue
                old, new = pair
                if entry["action"] != "create" and old != state.get(field):
                    problems.append(f"item {item_id}: oplog {entry['id']} {field} old {old!r}, replay has "
                                    f"{state.get(field)!r}")
                state[field] = new
        for field in REPLAYED:
            if state.get(field) != row[field]:
                problems.append(f"item {item_id}: {field} is {row[field]!r}, replay gives {state.get(field)!r}")
        if version != row["version"]:
            problems.append(f"item {item_id}: version {row['version']}, log counts {version}")
        if logged_notes != notes.get(item_id, 0):
            problems.append(f"item {item_id}: {notes.get(item_id, 0)} notes, log has {logged_notes}")
    orphans = [r["item_id"] for r in db.query("SELECT item_id FROM oplog WHERE entity = 'item'")
               if r["item_id"] not in items]
    if orphans:
        problems.append(f"log entries for items that do not exist: {sorted(set(orphans))[:10]}")
    return problems


def _check(url: str, ack_files: dict[str, Path]) -> dict[str, Any]:
    from kamertaak.store.db import open_database

    db = open_database(url)
    out: dict[str, Any] = {}
    acked: Counter[tuple[str, str, int]] = Counter()
    for name, path in ack_files.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            action, item_id = json.loads(line)
            acked[(name, action, item_id)] += 1
    logged: Counter[tuple[str, str, int]] = Counter(
        (r["who"], r["action"], r["item_id"]) for r in db.query("SELECT who, action, item_id FROM oplog")
        if r["who"] in ack_files
    )
    out["acknowledged"] = sum(acked.values())
    out["oplog_rows"] = sum(logged.values())
    out["lost"] = sum((acked - logged).values())
    out["unacknowledged_in_log"] = sum((logged - acked).values())
    half = int(db.scalar("SELECT COUNT(*) AS n FROM item WHERE title LIKE :h OR owner = :o OR text = :o",
                         {"h": f"{HALF}%", "o": HALF}) or 0)
    half += int(db.scalar("SELECT COUNT(*) AS n FROM note WHERE text = :o", {"o": HALF}) or 0)
    out["half_written_rows"] = half
    out["replay_problems"] = _replay(db)
    if db.dialect == "sqlite":
        out["integrity_check"] = db.scalar("PRAGMA integrity_check")
        out["foreign_key_check"] = len(db.query("PRAGMA foreign_key_check"))
    else:
        out["integrity_check"] = "n/a (PostgreSQL)"
        out["foreign_key_check"] = sum(int(db.scalar(
            f"SELECT COUNT(*) AS n FROM {t} x LEFT JOIN item i ON i.id = x.item_id WHERE i.id IS NULL") or 0)
            for t in ("note", "item_topic", "item_actor", "link", "register_ref", "reminder"))
    out["items"] = int(db.scalar("SELECT COUNT(*) AS n FROM item") or 0)
    db.close()
    return out


# -- kills during creation and upgrade ------------------------------------------------------------------


def _schema_child(url: str, go: Any) -> None:
    """Import everything, say "go", then create or upgrade the schema (the parent kills us meanwhile)."""
    _env()
    import alembic.command  # noqa: F401  (imported before "go": the kills should land in the work itself)
    import sqlalchemy  # noqa: F401

    from kamertaak.store import models  # noqa: F401
    from kamertaak.store.db import open_database

    go.send("go")
    open_database(url).close()
    go.send("done")


def _schema_state(url: str) -> tuple[str | None, int]:
    """(revision, number of tables) as a fresh connection sees them, without migrating anything."""
    from kamertaak.store.db import connect

    db = connect(url)
    try:
        tables = {t for t in db.tables() if not t.startswith("sqlite_")}
        return db.schema_revision() if "alembic_version" in tables else None, len(tables)
    finally:
        db.close()


def _at_first_revision(url: str) -> None:
    from kamertaak.store.db import SCHEMA_REVISIONS, connect, run_alembic

    db = connect(url)
    run_alembic(db, "upgrade", SCHEMA_REVISIONS[0])
    db.close()


def schema_kills(label: str, fresh: Any, kills: int) -> bool:
    """SIGKILL `kills` creations and `kills` upgrades at random moments; report what the next process
    found and whether it could carry on. `fresh()` gives the URL of a new, empty database."""
    _env()
    from kamertaak.store.db import SCHEMA_HEAD, SCHEMA_REVISIONS

    ctx = mp.get_context("spawn")
    rng = random.Random(7)
    ok = True
    print(f"\n== {label}: {kills} kills during creation, {kills} during an upgrade {SCHEMA_REVISIONS[0]}"
          f" → {SCHEMA_HEAD}")
    for phase in ("creation", "upgrade"):
        found: Counter[str] = Counter()
        usable = 0
        work_times: list[float] = []
        for n in range(kills + 1):
            url = fresh()
            if phase == "upgrade":
                _at_first_revision(url)
            before = _schema_state(url)
            parent_end, child_end = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_schema_child, args=(url, child_end))
            proc.start()
            parent_end.recv()
            started = time.perf_counter()
            if n == 0:  # the first run is not killed: it measures how long the work takes
                parent_end.recv()
                work_times.append(time.perf_counter() - started)
                proc.join()
                continue
            time.sleep(rng.uniform(0, max(work_times) * 1.1))
            os.kill(proc.pid, signal.SIGKILL)
            proc.join()
            revision, tables = _schema_state(url)
            if revision == SCHEMA_HEAD:
                state = "complete"
            elif (revision, tables) == before:
                state = "untouched" if phase == "creation" else f"old revision {revision}"
            else:
                state = f"HALF-MADE ({revision}, {tables} tables)"
                ok = False
            found[state] += 1
            try:
                store = _open(url, "after-kill")
                store.add_item("task", "na de kill")
                assert store.db.schema_revision() == SCHEMA_HEAD
                store.close()
                usable += 1
            except Exception as exc:
                ok = False
                print(f"    after kill {n}: {type(exc).__name__}: {exc}"[:200])
        print(f"  {phase:<9} work {work_times[0] * 1000:.0f} ms unkilled; after {kills} kills: "
              + ", ".join(f"{k} {v}" for k, v in sorted(found.items()))
              + f"; next command worked {usable}/{kills}")
    print(f"  verdict           {'PASS' if ok else 'FAIL'}")
    return ok


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_backend(label: str, url: str, seconds: float, writers: int, work: Path) -> bool:
    _env()
    _seed(url)
    ctx = mp.get_context("spawn")
    start = time.time() + 2.0  # time for the processes to start (spawn imports the app)
    deadline = start + seconds
    names = [f"w{n}" for n in range(1, writers + 1)] + [VICTIM]
    acks = {name: work / f"{label}-{name}.acks" for name in names}
    stats = {name: work / f"{label}-{name}.json" for name in [*names, "reader"]}
    ready = work / f"{label}-victim.ready"
    procs: dict[str, Any] = {}
    for n, name in enumerate(names):
        half_at = start + seconds / 2 if name == VICTIM else None
        procs[name] = ctx.Process(target=writer, args=(url, name, str(acks[name]), str(stats[name]), deadline,
                                                       100 + n, half_at, str(ready) if name == VICTIM else None))
    procs["reader"] = ctx.Process(target=reader, args=(url, str(stats["reader"]), deadline))
    for p in procs.values():
        p.start()
    killed_at = held = None
    while time.time() < deadline + 5 and killed_at is None:
        if ready.exists():
            time.sleep(0.5)  # hold the write lock a moment: the others queue behind it
            os.kill(procs[VICTIM].pid, signal.SIGKILL)
            killed_at = time.time() - start
            held = time.time() - float(ready.read_text())
        time.sleep(0.02)
    for name, p in procs.items():
        p.join(timeout=max(1.0, deadline - time.time() + 30))
        if p.is_alive():
            print(f"  {name} still running after the deadline: killed", file=sys.stderr)
            p.kill()
            p.join()
    result = _check(url, acks)
    counts: Counter[str] = Counter()
    for name in names:
        for line in acks[name].read_text(encoding="utf-8").splitlines():
            counts[json.loads(line)[0]] += 1
    errors: Counter[str] = Counter()
    samples: dict[str, str] = {}
    latencies: list[float] = []
    for name in names[:-1]:
        data = json.loads(stats[name].read_text())
        errors.update(data["errors"])
        latencies += data["latencies"]
        for k, v in data["samples"].items():
            samples.setdefault(k, v)
    rdata = json.loads(stats["reader"].read_text()) if stats["reader"].exists() else {
        "polls": 0, "refreshes": 0, "latencies": [], "errors": {"crash": 1}, "samples": {"crash": "no stats"}}
    reader_errors = Counter(rdata["errors"])

    total = sum(counts.values())
    print(f"\n== {label}: {seconds:.0f} s, {writers} writers + 1 killed writer + 1 reader")
    print(f"  writes committed  {total} ({total / seconds:.1f}/s): "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"  write latency     p50 {_pct(latencies, 0.5) * 1000:.1f} ms, p95 {_pct(latencies, 0.95) * 1000:.1f} ms,"
          f" max {max(latencies, default=0) * 1000:.0f} ms (open + one operation + close)")
    print(f"  writer outcomes   conflicts {errors['conflict']} (version check, handled), refused transitions "
          f"{errors['refused']}, locked {errors['locked']}, other db errors {errors['db_error']}, "
          f"crashes {errors['crash']}")
    for k, v in samples.items():
        if k in ("locked", "db_error", "crash", "refused"):
            print(f"    {k}: {v}")
    print(f"  reader            {rdata['polls']} polls, {rdata['refreshes']} refreshes, refresh p50 "
          f"{_pct(rdata['latencies'], 0.5) * 1000:.1f} ms p95 {_pct(rdata['latencies'], 0.95) * 1000:.1f} ms, "
          f"errors {dict(reader_errors) or 0}")
    for k, v in rdata["samples"].items():
        print(f"    reader {k}: {v}")
    if killed_at is None:
        print("  victim            NOT killed (never reached its transaction)")
    else:
        print(f"  victim            SIGKILL at {killed_at:.1f} s, after holding an open write transaction {held:.2f} s")
    print(f"  acknowledged      {result['acknowledged']} writes; oplog rows by the writers {result['oplog_rows']};"
          f" lost {result['lost']}; in the log unacknowledged {result['unacknowledged_in_log']}")
    print(f"  half-written      {result['half_written_rows']} rows of the killed transaction")
    problems = result["replay_problems"]
    print(f"  replay            {result['items']} items equal the replay of their log: "
          + ("yes" if not problems else f"NO, {len(problems)} problems"))
    for p in problems[:10]:
        print(f"    {p}")
    print(f"  integrity         integrity_check {result['integrity_check']}, foreign-key problems "
          f"{result['foreign_key_check']}")
    ok = (killed_at is not None and result["lost"] == 0 and result["unacknowledged_in_log"] == 0
          and result["half_written_rows"] == 0 and not problems and errors["locked"] == 0
          and reader_errors["locked"] == 0 and errors["crash"] == 0 and errors["db_error"] == 0
          and not reader_errors and result["integrity_check"] in ("ok", "n/a (PostgreSQL)")
          and result["foreign_key_check"] == 0)
    print(f"  verdict           {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    parser.add_argument("--schema-kills", type=int, default=20, help="kills during creation and during upgrade")
    parser.add_argument("--pg-url", default=os.environ.get("KAMERTAAK_BENCH_PG_URL")
                        or os.environ.get("KAMERTAAK_TEST_PG_URL"))
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="kamertaak-load-") as tmp:
        work = Path(tmp)
        if args.backend in ("both", "sqlite"):
            made = iter(range(10**6))
            ok &= schema_kills("sqlite", lambda: str(work / f"schema-{next(made)}.db"), args.schema_kills)
            ok &= run_backend("sqlite", str(work / "load.db"), args.seconds, args.writers, work)
        if args.backend in ("both", "postgresql"):
            if not args.pg_url:
                print("\n== postgresql: skipped (give --pg-url or set KAMERTAAK_TEST_PG_URL)")
                return 0 if ok else 1
            ok &= _with_pg_databases(args.pg_url, lambda fresh: schema_kills("postgresql", fresh, args.schema_kills))
            ok &= _with_pg_database(args.pg_url, lambda url: run_backend("postgresql", url, args.seconds,
                                                                         args.writers, work))
    print("\nall checks passed" if ok else "\nCHECKS FAILED")
    return 0 if ok else 1


def _with_pg_database(admin_url: str, body: Any) -> bool:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(admin_url)
    admin = psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False),
                            autocommit=True)
    name = f"kt_load_{os.getpid()}"
    admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        return bool(body(url.set(database=name).render_as_string(hide_password=False)))
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def _with_pg_databases(admin_url: str, body: Any) -> bool:
    """Run body(fresh) where fresh() makes a new empty database each call; all are dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(admin_url)
    admin = psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False),
                            autocommit=True)
    names: list[str] = []

    def fresh() -> str:
        name = f"kt_schema_{os.getpid()}_{len(names)}"
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
        names.append(name)
        return url.set(database=name).render_as_string(hide_password=False)

    try:
        return bool(body(fresh))
    finally:
        for name in names:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


if __name__ == "__main__":
    sys.exit(main())
