"""Time kamertaak's headless commands on a big database, each beside a floor from the same run, and
Taskwarrior's `task next` on the same number of tasks.

    python bench/bench_cli.py [--items 100000] [--tw-items 50000] [--runs 7] [--no-taskwarrior]

The floor is python running the same SQL with the bare sqlite3 module (start-up, query, fetch, print):
what any Python CLI answering the question must pay. Wall time is the median of --runs runs; peak
memory is the child's maximum resident set (resource.getrusage(RUSAGE_CHILDREN).ru_maxrss), measured
in a fresh helper process per run so one command's peak does not hide the next's. Outputs (databases,
Taskwarrior data, floor scripts) go to bench/out/.
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
MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)
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
        "today": (f"(i.due = '{iso}' OR i.scheduled = '{iso}')", "i.id"),
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


def measure(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall seconds and the highest peak RSS in MiB over `runs` runs (after one warm-up)."""
    walls, peaks = [], []
    for n in range(runs + 1):
        out = subprocess.run([PY, "-c", MEASURE, *cmd], capture_output=True, text=True, env=env, check=True)
        wall, rss, rc = out.stdout.split()
        if rc != "0" and not (rc == "1" and "--fail-on-overdue" in cmd):
            raise SystemExit(f"{' '.join(cmd)} failed with exit code {rc}")
        if n:  # the first run warms the page cache
            walls.append(float(wall))
            peaks.append(int(rss) / 1024)
    return statistics.median(walls), max(peaks)


def ensure_db(items: int) -> Path:
    path = OUT / f"bench-{items // 1000}k.db"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        subprocess.run([PY, str(ROOT / "bench" / "generate.py"), "--items", str(items), "--db", str(path),
                        "--today", TODAY.isoformat()], check=True)
    return path


def kamertaak_env(db: Path) -> dict[str, str]:
    return {**os.environ, "KAMERTAAK_DB": str(db), "KAMERTAAK_TODAY": TODAY.isoformat(),
            "KAMERTAAK_CONFIG": "/nonexistent", "COLUMNS": "160"}


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
                    if any(h in line for h in ("textual", "sqlalchemy", "sqlmodel", "alembic", "pydantic"))})
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
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

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
    tw_wall, tw_rss = measure([exe, "next"], args.runs, tw_env)
    db = ensure_db(args.tw_items)
    k_wall, k_rss = measure([*KAMERTAAK, "today"], args.runs, kamertaak_env(db))
    l_wall, l_rss = measure([*KAMERTAAK, "list", "--overdue", "--limit", "50"], args.runs, kamertaak_env(db))
    print(f"\nTaskwarrior {version} vs kamertaak on {args.tw_items} items")
    print(f"{'task next':<44} {tw_wall * 1000:6.0f}ms {tw_rss:6.0f}MB")
    print(f"{'kamertaak today':<44} {k_wall * 1000:6.0f}ms {k_rss:6.0f}MB   {tw_wall / k_wall:4.1f}x faster")
    print(f"{'kamertaak list --overdue --limit 50':<44} {l_wall * 1000:6.0f}ms {l_rss:6.0f}MB   "
          f"{tw_wall / l_wall:4.1f}x faster")


if __name__ == "__main__":
    main()
