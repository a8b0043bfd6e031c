"""Time kamertaak's headless commands on a big database, each beside a floor from the same run, and
`kamertaak today` beside Taskwarrior's `task next` on the same number of tasks.

    python bench/bench_cli.py [--items 100000] [--tw-items 50000] [--runs 7] [--no-taskwarrior]
                              [--today-only] [--before REV]

The floor is python running the same SQL with the bare sqlite3 module (start-up, query, fetch, print):
what any Python CLI answering the question must pay. Wall time is the median of --runs runs; peak
memory is the child's maximum resident set (resource.getrusage(RUSAGE_CHILDREN).ru_maxrss), measured
in a fresh helper process per run so one command's peak does not hide the next's. Outputs (databases,
Taskwarrior data, floor scripts) go to bench/out/.

`today` against `task next` runs the commands in turns (task next, kamertaak today, the same at --before
REV), so a busy machine slows each alike; CPU time (user + system) beside the wall time is the figure a
busy machine disturbs least. The split of `today` (Python start-up, imports, opening the store, the
agenda's queries, drawing) comes from separate runs that time each step. --before REV also times the
code of an older commit (git archive into bench/out/) on the same data, downgraded to its schema.
--today-only skips the table of commands (and its database of --items).

Python writes no .pyc files when PYTHONDONTWRITEBYTECODE is set (as on some development machines), so
kamertaak would be compiled from source on every run; an installed kamertaak has its .pyc files. The
children therefore keep compiled files in bench/out/pycache (PYTHONPYCACHEPREFIX), written by the
warm-up run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from kamertaak.store.queries import OPEN_SQL  # noqa: E402

TODAY = dt.date(2025, 4, 10)
PY = sys.executable
KAMERTAAK = [PY, "-m", "kamertaak"]
CAP = 50

# Runs one command in a child and reports wall time and the child's peak RSS (KiB on Linux).
# Runs one command in a child and reports wall time, the child's peak RSS (KiB on Linux), its exit code
# and its CPU time (user + system).
MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_maxrss, rc, usage.ru_utime + usage.ru_stime)
"""

# The steps of `kamertaak today` timed one by one in a fresh process (as agenda.run does them): the
# imports main() and the command need, opening the store, the agenda's queries, drawing the text. CPU
# time, which a busy machine disturbs least.
SPLIT = r"""
import time
t0 = time.process_time()
import os, sys
from kamertaak.cli import agenda, common
from kamertaak import config
from kamertaak.store.reminders import morning_agenda
t1 = time.process_time()
db = common.open_database_read()
day = common.today()
conf = config.settings()
t2 = time.process_time()
sections = morning_agenda(db, day, conf.reminders, agenda.DAYS, conf.sections_cap)
t3 = time.process_time()
sys.stdout = open(os.devnull, "w")
agenda.write(agenda.agenda_lines(sections, day))
sys.stdout.close()
t4 = time.process_time()
sys.__stdout__.write(f"{t1 - t0} {t2 - t1} {t3 - t2} {t4 - t3}\n")
"""

FLOOR_HEAD = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.row_factory = sqlite3.Row
def rows(sql, params=()):
    return [dict(r) for r in conn.execute(sql, params).fetchall()]
def people(ids):
    marks = ",".join("?" * len(ids)) or "NULL"
    a = rows(f"SELECT ia.item_id, a.name, a.party FROM item_actor ia JOIN actor a ON a.id = ia.actor_id"
             f" WHERE ia.item_id IN ({marks})", ids)
    t = rows(f"SELECT it.item_id, t.name FROM item_topic it JOIN topic t ON t.id = it.topic_id"
             f" WHERE it.item_id IN ({marks})", ids)
    return a, t
"""


def floor_scripts(today: dt.date, item_id: int, week: tuple[dt.date, dt.date]) -> dict[str, str]:
    """Bare-sqlite3 programs asking the same questions as each command."""
    iso = today.isoformat()
    week_end = (today + dt.timedelta(days=6 - today.weekday())).isoformat()
    soon_end = (today + dt.timedelta(days=14)).isoformat()
    base = f"i.deleted = 0 AND {OPEN_SQL} AND (i.hide_until IS NULL OR i.hide_until <= '{iso}')"
    sections = {
        "overdue": (f"i.due < '{iso}'", "i.due, i.id"),
        "today": (f"i.id IN (SELECT t.id FROM item t WHERE t.due = '{iso}' UNION SELECT t.id FROM item t"
                  f" WHERE t.scheduled = '{iso}')", "i.id"),
        "week": (f"i.due > '{iso}' AND i.due <= '{week_end}'", "i.due, i.id"),
        "soon": (f"i.due > '{week_end}' AND i.due <= '{soon_end}'", "i.due, i.id"),
    }
    today_body = "out = {}\n"
    for name, (cond, order) in sections.items():
        today_body += (f"out[{name!r}] = rows(\"SELECT i.* FROM item i WHERE {base} AND {cond} ORDER BY {order}"
                       f" LIMIT {CAP}\")\n"
                       f"out[{name!r} + '_count'] = conn.execute(\"SELECT COUNT(*) FROM item i WHERE {base} AND"
                       f" {cond}\").fetchone()[0]\n"
                       f"people([r['id'] for r in out[{name!r}]])\n")
    today_body += (
        f"out['reminders'] = rows(\"SELECT r.id AS rid, r.at, r.offset_days, r.snoozed_until, i.* FROM reminder r"
        f" JOIN item i ON i.id = r.item_id WHERE r.dismissed_at IS NULL AND r.sent_at IS NULL AND i.deleted = 0"
        f" AND {OPEN_SQL}\")\n"
        f"out['debates'] = rows(\"SELECT d.*, (SELECT COUNT(*) FROM item i WHERE i.debate_id = d.id) AS items"
        f" FROM debate d WHERE d.date >= '{iso}' AND d.date <= '{soon_end}' ORDER BY d.date, d.id\")\n"
        "sys.stdout.write(json.dumps(out, default=str))\n"
    )
    overdue = (f"r = rows(\"SELECT i.* FROM item i WHERE i.deleted = 0 AND {OPEN_SQL} AND i.due < '{iso}'"
               " ORDER BY i.due IS NULL, i.due, i.id\")\n"
               "a, t = [], []\n"
               "ids = [x['id'] for x in r]\n"
               "for n in range(0, len(ids), 500):\n"
               "    x, y = people(ids[n:n + 500]); a += x; t += y\n"
               "sys.stdout.write(json.dumps(r, indent=2, default=str))\n")
    show = (f"item = rows('SELECT * FROM item WHERE id = ?', ({item_id},))\n"
            f"people([{item_id}])\n"
            f"rows('SELECT * FROM note WHERE item_id = ?', ({item_id},))\n"
            f"rows('SELECT * FROM link WHERE item_id = ?', ({item_id},))\n"
            f"rows('SELECT * FROM reminder WHERE item_id = ?', ({item_id},))\n"
            f"h = rows('SELECT * FROM oplog WHERE item_id = ? ORDER BY id', ({item_id},))\n"
            "for e in h: e['changes'] = json.loads(e['changes'])\n"
            "sys.stdout.write(json.dumps([item, h], indent=2, default=str))\n")
    start, end = week
    upcoming_end = (today + dt.timedelta(days=14)).isoformat()
    week_md = (
        f"log = rows(\"SELECT * FROM oplog WHERE entity = 'item' AND at >= '{start}'"
        f" AND at < '{end + dt.timedelta(days=1)}' ORDER BY id\")\n"
        "for e in log: e['changes'] = json.loads(e['changes'])\n"
        "ids = sorted({e['item_id'] for e in log})\n"
        "items = []\n"
        "for n in range(0, len(ids), 500):\n"
        "    chunk = ids[n:n + 500]\n"
        "    items += rows(f\"SELECT * FROM item WHERE id IN ({','.join('?' * len(chunk))})\", chunk)\n"
        "    people(chunk)\n"
        f"for cond in (\"i.due < '{iso}'\", \"i.due >= '{iso}' AND i.due <= '{upcoming_end}'\","
        " \"i.kind = 'motion' AND i.status = 'adopted'\"):\n"
        f"    r = rows(f\"SELECT i.* FROM item i WHERE i.deleted = 0 AND {OPEN_SQL} AND {{cond}} ORDER BY i.due, i.id"
        f" LIMIT {CAP}\")\n"
        f"    conn.execute(f\"SELECT COUNT(*) FROM item i WHERE i.deleted = 0 AND {OPEN_SQL}"
        " AND {cond}\").fetchone()\n"
        "    people([x['id'] for x in r])\n"
        "sys.stdout.write('\\n'.join('| %s | %s |' % (x['id'], x['title'].replace('|', '\\\\|')) for x in items))\n"
    )
    return {"today": FLOOR_HEAD + today_body, "list --overdue --json": FLOOR_HEAD + overdue,
            "show": FLOOR_HEAD + show, "export markdown --week": FLOOR_HEAD + week_md}


def measure_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS in MiB and CPU seconds of one run of `cmd`."""
    # In bench/out: `python -m` puts the working folder first on the path, before a PYTHONPATH (--before).
    out = subprocess.run([PY, "-c", MEASURE, *cmd], capture_output=True, text=True, env=env, check=True, cwd=OUT)
    wall, rss, rc, cpu = out.stdout.split()
    if rc != "0" and not (rc == "1" and "--fail-on-overdue" in cmd):
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {rc}")
    return float(wall), int(rss) / 1024, float(cpu)


def measure(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall seconds and the highest peak RSS in MiB over `runs` runs (after one warm-up)."""
    walls, peaks = [], []
    for n in range(runs + 1):
        wall, rss, _ = measure_once(cmd, env)
        if n:  # the first run warms the page cache
            walls.append(wall)
            peaks.append(rss)
    return statistics.median(walls), max(peaks)


def in_turns(commands: dict[str, tuple[list[str], dict[str, str]]], runs: int) -> dict[str, tuple[float, float, float]]:
    """Each command's median wall seconds, highest peak MiB and median CPU seconds over `runs` rounds in
    which every command runs once, in turn (after one warm-up round)."""
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for n in range(runs + 1):
        for name, (cmd, env) in commands.items():
            result = measure_once(cmd, env)
            if n:
                samples[name].append(result)
    return {name: (statistics.median(s[0] for s in got), max(s[1] for s in got), statistics.median(s[2] for s in got))
            for name, got in samples.items()}


def today_split(env: dict[str, str], runs: int) -> list[float]:
    """Median CPU seconds of the steps of `today`: imports, opening the store, queries, drawing."""
    rows = []
    for n in range(runs + 1):
        out = subprocess.run([PY, "-c", SPLIT], capture_output=True, text=True, env=env, check=True, cwd=OUT)
        if n:
            rows.append([float(v) for v in out.stdout.split()])
    return [statistics.median(column) for column in zip(*rows, strict=True)]


def ensure_db(items: int) -> Path:
    path = OUT / f"bench-{items // 1000}k.db"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        subprocess.run([PY, str(ROOT / "bench" / "generate.py"), "--items", str(items), "--db", str(path),
                        "--today", TODAY.isoformat()], check=True)
    return path


def kamertaak_env(db: Path, code: Path | None = None) -> dict[str, str]:
    """The environment of a kamertaak child: the bench database, today pinned, no config file, compiled
    modules kept (see the module's doc) and, with `code`, that copy of kamertaak instead of this one."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"KAMERTAAK_DB": str(db), "KAMERTAAK_TODAY": TODAY.isoformat(), "KAMERTAAK_CONFIG": "/nonexistent",
                "COLUMNS": "160", "PYTHONPYCACHEPREFIX": str(OUT / "pycache")})
    if code is not None:
        env["PYTHONPATH"] = str(code)
    return env


def code_at(rev: str) -> Path:
    """kamertaak as it was at commit `rev` (git archive), in bench/out/code-REV."""
    import io
    import tarfile

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], capture_output=True, text=True,
                            check=True).stdout.strip()
    dest = OUT / f"code-{commit}"
    if not (dest / "kamertaak").is_dir():
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "kamertaak"], capture_output=True,
                                 check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter="data")
    return dest


def db_for(code: Path, db: Path) -> Path:
    """A copy of the bench database at the schema that copy of kamertaak expects (downgraded with this
    code's migrations), so old and new code read the same data."""
    import sqlite3

    from kamertaak.store.db import SCHEMA_HEAD, open_database, run_alembic

    head = subprocess.run([PY, "-c", "from kamertaak.store.db import SCHEMA_HEAD; print(SCHEMA_HEAD)"],
                          env=kamertaak_env(db, code), capture_output=True, text=True, check=True,
                          cwd=OUT).stdout.strip()
    if head == SCHEMA_HEAD:
        return db
    path = db.with_name(f"{db.stem}-schema{head}.db")
    if not path.exists():
        print(f"copying {db.name} at schema {head} for the older code ...", flush=True)
        source, target = sqlite3.connect(db), sqlite3.connect(path)
        source.backup(target)
        source.close()
        target.close()
        copy = open_database(str(path))
        run_alembic(copy, "downgrade", head)
        copy.close()
    return path


def bench_kamertaak(items: int, runs: int) -> list[tuple[str, float, float, float, float]]:
    db = ensure_db(items)
    env = kamertaak_env(db)
    item_id = items // 2
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    week = (monday, monday + dt.timedelta(days=6))
    iso_week = f"{week[0].isocalendar()[0]}-W{week[0].isocalendar()[1]:02d}"
    floors = floor_scripts(TODAY, item_id, week)
    commands = {
        "list --overdue --json": ["list", "--overdue", "--json"],
        "show": ["show", str(item_id)],
        "today": ["today"],
        "export markdown --week": ["export", "markdown", "--week", iso_week],
    }
    results = []
    for name, args in commands.items():
        script = OUT / ("floor-" + "".join(c if c.isalnum() else "-" for c in name).strip("-") + ".py")
        script.write_text(floors[name], encoding="utf-8")
        wall, rss = measure([*KAMERTAAK, *args], runs, env)
        fwall, frss = measure([PY, str(script), str(db)], runs, env)
        results.append((f"kamertaak {' '.join(args)}", wall, rss, fwall, frss))
    return results


def import_check(db: Path) -> str:
    """Which heavy modules `kamertaak today` imports, and its import time of kamertaak.cli."""
    out = subprocess.run([PY, "-X", "importtime", "-m", "kamertaak", "today"], capture_output=True, text=True,
                         env=kamertaak_env(db))
    heavy = sorted({line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines()
                    if any(h in line for h in ("textual", "sqlalchemy", "sqlmodel", "alembic", "pydantic", "typer",
                                               "click", "rich.console"))})
    cli = [line for line in out.stderr.splitlines() if line.rstrip().endswith("| kamertaak.cli")]
    cumulative = int(cli[0].split("|")[1]) / 1000 if cli else float("nan")
    return f"import kamertaak.cli {cumulative:.0f} ms; heavy modules imported: {', '.join(heavy) or 'none'}"


# -- Taskwarrior --------------------------------------------------------------------------------------

def ensure_taskwarrior() -> str | None:
    exe = shutil.which("task")
    if exe:
        return exe
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing taskwarrior (apt-get) ...", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "taskwarrior"], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return shutil.which("task")
    return None


def taskwarrior_data(exe: str, items: int) -> dict[str, str]:
    """A TASKDATA with `items` tasks (imported once, kept in bench/out), and the env to use it."""
    import random

    data = OUT / f"taskwarrior-{items // 1000}k"
    rc = data / "taskrc"
    env = {**os.environ, "TASKDATA": str(data), "TASKRC": str(rc)}
    if (data / "done").exists():
        return env
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\nnews.version=2.6.2\n", encoding="utf-8")
    rnd = random.Random(1)
    projects = ["opvang", "stikstof", "wonen", "zorg", "asiel", "onderwijs", "energie", "defensie"]
    tasks = []
    base = dt.datetime(2023, 10, 10)
    for n in range(items):
        entry = base + dt.timedelta(minutes=n * 15)
        due = TODAY - dt.timedelta(days=548) + dt.timedelta(days=rnd.randrange(3 * 365))
        status = rnd.choices(("pending", "completed", "deleted"), (60, 35, 5))[0]
        task = {"uuid": f"{n:08x}-0000-4000-8000-{n:012x}",
                "description": f"Toezegging {n} over {rnd.choice(projects)}",
                "status": status, "entry": entry.strftime("%Y%m%dT%H%M%SZ"), "project": rnd.choice(projects),
                "due": due.strftime("%Y%m%dT000000Z"), "tags": [rnd.choice(("motie", "toezegging", "termijn"))]}
        if status != "pending":
            task["end"] = (entry + dt.timedelta(days=3)).strftime("%Y%m%dT%H%M%SZ")
        tasks.append(task)
    source = data / "import.json"
    source.write_text("\n".join(json.dumps(t) for t in tasks), encoding="utf-8")
    print(f"importing {items} tasks into Taskwarrior (once) ...", flush=True)
    subprocess.run([exe, "import", str(source)], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    (data / "done").write_text("ok", encoding="utf-8")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--tw-items", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-taskwarrior", action="store_true")
    parser.add_argument("--today-only", action="store_true", help="only today against task next")
    parser.add_argument("--before", metavar="REV", help="also time `today` as it was at this commit")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

    if not args.today_only:
        print(f"kamertaak on {args.items} items (today {TODAY}, median of {args.runs} runs)")
        print(f"{'command':<44} {'wall':>8} {'peak':>8}   {'floor':>8} {'peak':>8}   ratio")
        for name, wall, rss, fwall, frss in bench_kamertaak(args.items, args.runs):
            print(f"{name:<44} {wall * 1000:6.0f}ms {rss:6.0f}MB   {fwall * 1000:6.0f}ms {frss:6.0f}MB   "
                  f"{wall / fwall:4.2f}x")
        print(import_check(ensure_db(args.items)))

    if args.no_taskwarrior:
        return
    exe = ensure_taskwarrior()
    if exe is None:
        print("skip: Taskwarrior not installed and cannot install it (apt-get install taskwarrior)")
        return
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()
    tw_env = taskwarrior_data(exe, args.tw_items)
    db = ensure_db(args.tw_items)
    commands = {"task next": ([exe, "next"], tw_env),
                "kamertaak today": ([*KAMERTAAK, "today"], kamertaak_env(db)),
                "kamertaak list --overdue --limit 50": ([*KAMERTAAK, "list", "--overdue", "--limit", "50"],
                                                        kamertaak_env(db))}
    if args.before:
        code = code_at(args.before)
        commands[f"kamertaak today at {code.name.removeprefix('code-')}"] = (
            [*KAMERTAAK, "today"], kamertaak_env(db_for(code, db), code))
    results = in_turns(commands, args.runs)
    print(f"\nTaskwarrior {version} vs kamertaak on {args.tw_items} items, in turns (median of {args.runs}; wall,"
          " CPU user+system, peak)")
    tw_wall, tw_cpu = results["task next"][0], results["task next"][2]
    for name, (wall, rss, cpu) in results.items():
        versus = "" if name == "task next" else (f"   {tw_wall / wall:4.1f}x faster (wall), {tw_cpu / cpu:4.1f}x"
                                                   " (CPU)")
        print(f"{name:<44} {wall * 1000:6.0f}ms {cpu * 1000:6.0f}ms cpu {rss:6.0f}MB{versus}")
    python = statistics.median(measure_once([PY, "-c", "pass"], kamertaak_env(db))[2] for _ in range(args.runs))
    imports, opening, queries, drawing = today_split(kamertaak_env(db), args.runs)
    terminal = today_split({**kamertaak_env(db), "TTY_COMPATIBLE": "1"}, args.runs)[3]
    print(f"kamertaak today step by step (CPU): Python start-up {python * 1000:.0f} ms,"
          f" imports {imports * 1000:.0f} ms, opening the store {opening * 1000:.0f} ms,"
          f" queries {queries * 1000:.0f} ms, drawing {drawing * 1000:.0f} ms"
          f" (for a terminal, through rich: {terminal * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
