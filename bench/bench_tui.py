"""TUI benchmark on a 100,000-item database, each figure beside a bare Textual baseline from the same run.

    python bench/bench_tui.py [--db PATH] [--items 100000] [--runs 5]

1. start → first painted agenda: `python -m kamertaak` in a pseudo-terminal (120×35), timed from spawn
   until the agenda's sections with their counts are on the screen (ANSI stripped from the output).
   Baseline: a bare Textual app with one Static, timed until its text is on the screen.
2. filter keystroke → updated table: in a headless app, a key event posted the way the terminal
   driver posts it, timed until the first frame written after the new first page is in the table
   (and until the frame with the exact count); baseline: a bare app whose Static echoes an Input,
   timed from the key to the first frame with the echo.
3. peak RSS (VmHWM) of the pty process after the agenda, the table and a typed filter; baseline: the
   bare app after its first paint.

Targets (issue 4): first paint ≤ 1.0 s median, filter ≤ 150 ms median, peak RSS ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = "2025-04-10"
COLS, ROWS = 120, 35
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Z0-9]|\x1b[=>]")
AGENDA_PAINTED = re.compile(r"Te laat \(\d[\d.]*\)")
BARE_APP = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("kale-baseline-klaar")
Bare().run()
"""
FILTER_WORDS = ("opvang", "zorg", "partij:SP", "motie")


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.update(KAMERTAAK_TODAY=TODAY, KAMERTAAK_CONFIG="/nonexistent", TERM="xterm-256color", COLUMNS=str(COLS),
             LINES=str(ROWS))
    return e


def ensure_db(path: Path, items: int) -> None:
    """Make the benchmark database once (bench/generate.py, else the store in one transaction)."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    generator = ROOT / "bench" / "generate.py"
    if generator.exists():
        subprocess.run([sys.executable, str(generator), "--items", str(items), "--db", str(path)], check=True,
                       env=env())
        return
    from kamertaak import config
    from kamertaak.store.service import Store

    os.environ.update(KAMERTAAK_TODAY=TODAY, KAMERTAAK_CONFIG="/nonexistent")
    config.settings.cache_clear()
    store = Store.open(str(path))
    kinds = ("commitment", "motion", "deadline", "task")
    with store.db.transaction():
        for n in range(items):
            store.add_item(kinds[n % 4], f"Item {n} over opvang en zorg", due=f"202{4 + n % 3}-{1 + n % 12:02d}-"
                           f"{1 + n % 28:02d}", actors=["Van Nispen (SP)"] if n % 5 == 0 else [],
                           topics=["vrouwenopvang"] if n % 3 == 0 else [])
    store.close()


class Pty:
    """A child process on a pseudo-terminal of COLS×ROWS whose screen output we can wait on."""

    def __init__(self, argv: list[str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env(), cwd=ROOT,
                                     start_new_session=True)
        os.close(slave)
        self.text = ""

    def wait_for(self, pattern: re.Pattern[str], timeout: float = 30.0) -> float:
        """Seconds from spawn until the pattern is on the (ANSI-stripped) output."""
        raw = b""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.01)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    break
                raw += chunk
                self.text = ANSI.sub("", raw.decode("utf-8", "replace"))
                if pattern.search(self.text):
                    return time.perf_counter() - self.started
        raise TimeoutError(f"{pattern.pattern!r} did not appear; last output: {self.text[-400:]!r}")

    def drain(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if ready:
                try:
                    os.read(self.master, 65536)
                except OSError:
                    return

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def close(self) -> None:
        self.send("\x11")  # ctrl+q
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        os.close(self.master)


def start_runs(db: Path, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"paint": [], "paint_base": [], "rss": [], "rss_base": []}
    for _ in range(runs):
        base = Pty([sys.executable, "-c", BARE_APP])
        out["paint_base"].append(base.wait_for(re.compile("kale-baseline-klaar")))
        base.drain(0.3)
        out["rss_base"].append(base.peak_rss_mb())
        base.close()

        app = Pty([sys.executable, "-m", "kamertaak", "--db", str(db)])
        out["paint"].append(app.wait_for(AGENDA_PAINTED))
        app.drain(0.5)
        app.send("l")
        app.wait_for(re.compile(r"sortering"))
        app.send("/")
        for ch in "opvang":
            app.send(ch)
            app.drain(0.15)
        app.drain(1.0)
        out["rss"].append(app.peak_rss_mb())
        app.close()
    return out


def _watch_paints(app: object) -> list[float]:
    """Record the moment of every frame the app writes (headless, the driver discards the frame)."""
    paints: list[float] = []
    display = app._display  # type: ignore[attr-defined]

    def recording(screen: object, renderable: object) -> None:
        display(screen, renderable)
        paints.append(time.perf_counter())

    app._display = recording  # type: ignore[attr-defined]
    return paints


async def _type(app: object, ch: str) -> float:
    """Post a key the way the terminal driver does; returns when it was sent."""
    from textual import events

    key = {":": "colon", " ": "space"}.get(ch, ch)
    t0 = time.perf_counter()
    app.post_message(events.Key(key, ch))  # type: ignore[attr-defined]
    return t0


async def _painted_after(paints: list[float], moment: float) -> float:
    await _until(lambda: bool(paints) and paints[-1] > moment)
    return next(p for p in paints if p > moment)


async def _filter_app(db: Path) -> tuple[list[float], list[float]]:
    from textual.widgets import Input

    from kamertaak.tui.app import KamertaakApp
    from kamertaak.tui.screens.table import TableScreen

    rows_ms: list[float] = []
    count_ms: list[float] = []
    app = KamertaakApp(str(db), watch_reminders=False)
    async with app.run_test(size=(COLS, ROWS)) as pilot:
        paints = _watch_paints(app)
        await pilot.press("l")
        screen = app.screen
        while not isinstance(screen, TableScreen) or screen.shown_generation < 1:
            await asyncio.sleep(0.01)
            screen = app.screen
        field = screen.query_one("#table-filter", Input)
        for word in FILTER_WORDS:
            field.value = ""
            await _until(lambda s=screen: s.shown_generation == s.generation and s.counted_generation >= 0)
            field.focus()
            await pilot.pause()
            for ch in word:
                before = _table_state(screen)
                t0 = await _type(app, ch)
                await _until(lambda s=screen, t=t0: s.generation > 0 and s.shown_generation == s.generation
                             and bool(paints) and paints[-1] > t)
                shown = time.perf_counter()
                # A key that leaves the table as it was ('par' → 'part', both without matches) has nothing
                # to draw: the user has the answer when it is in the table, not at the next cursor blink.
                unchanged = _table_state(screen) == before
                rows_ms.append(((shown if unchanged else await _painted_after(paints, shown - 1e-9)) - t0) * 1000)
                await _until(lambda s=screen: s.counted_generation == s.generation
                             or "tellen" not in str(s.query_one("#table-status").visual))
                counted = time.perf_counter()
                if _table_state(screen) == before:
                    count_ms.append((counted - t0) * 1000)
                else:
                    await _until(lambda c=counted: paints[-1] >= c)
                    count_ms.append((paints[-1] - t0) * 1000)
                await pilot.pause()
    return rows_ms, count_ms


def _table_state(screen: object) -> tuple[object, ...]:
    """What the table shows: its count, the rows in view and the status line."""
    grid = screen.query_one("#item-grid")  # type: ignore[attr-defined]
    rows = tuple(grid.rows[i]["id"] if i in grid.rows else None for i in range(min(grid.total, ROWS)))
    return grid.total, rows, str(screen.query_one("#table-status").visual)  # type: ignore[attr-defined]


async def _filter_bare() -> list[float]:
    from textual.app import App, ComposeResult
    from textual.widgets import Input, Static

    class Bare(App[None]):
        echoed = ""

        def compose(self) -> ComposeResult:
            yield Input(id="in")
            yield Static("", id="echo")

        def on_input_changed(self, event: Input.Changed) -> None:
            self.query_one("#echo", Static).update(event.value)
            self.echoed = event.value

    times: list[float] = []
    app = Bare()
    async with app.run_test(size=(COLS, ROWS)) as pilot:
        paints = _watch_paints(app)
        field = app.query_one(Input)
        for word in FILTER_WORDS:
            field.value = ""
            await pilot.pause()
            typed = ""
            for ch in word:
                typed += ch
                t0 = await _type(app, ch)
                await _until(lambda t=typed: app.echoed == t)
                shown = time.perf_counter()
                times.append((await _painted_after(paints, shown - 1e-9) - t0) * 1000)
                await pilot.pause()
    return times


async def _until(check: object, timeout: float = 20.0) -> None:
    end = time.perf_counter() + timeout
    while not check():  # type: ignore[operator]
        if time.perf_counter() > end:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "bench-100k.db")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_db(args.db, args.items)
    os.environ.update(KAMERTAAK_TODAY=TODAY, KAMERTAAK_CONFIG="/nonexistent")

    starts = start_runs(args.db, args.runs)
    rows_ms, count_ms = asyncio.run(_filter_app(args.db))
    bare_ms = asyncio.run(_filter_bare())

    med = statistics.median
    print(f"database: {args.db} · runs: {args.runs} · terminal {COLS}×{ROWS}")
    print(f"{'measure':<42}{'kamertaak':>12}{'baseline':>12}{'target':>10}")
    print(f"{'start → first painted agenda (s, median)':<42}{med(starts['paint']):>12.3f}"
          f"{med(starts['paint_base']):>12.3f}{'≤ 1.0':>10}")
    print(f"{'filter key → table rows shown (ms, median)':<42}{med(rows_ms):>12.1f}{med(bare_ms):>12.1f}"
          f"{'≤ 150':>10}")
    print(f"{'filter key → exact count shown (ms, median)':<42}{med(count_ms):>12.1f}{med(bare_ms):>12.1f}{'':>10}")
    print(f"{'peak RSS (MB, median)':<42}{med(starts['rss']):>12.1f}{med(starts['rss_base']):>12.1f}{'≤ 200':>10}")
    print()
    print("first paint runs (s):   ", " ".join(f"{v:.3f}" for v in starts["paint"]))
    print("baseline paint runs (s):", " ".join(f"{v:.3f}" for v in starts["paint_base"]))
    print(f"filter keystrokes: {len(rows_ms)} (words {', '.join(FILTER_WORDS)}); rows ms p90 "
          f"{sorted(rows_ms)[int(len(rows_ms) * 0.9)]:.1f}, max {max(rows_ms):.1f}")


if __name__ == "__main__":
    main()
