"""Time triage (kamertaak.core.extract.extract) on 10 KB, 100 KB and 1 MB of debate text.

    python bench/bench_triage.py [--runs 3] [--worst]

The text is real parliamentary material of every kind triage reads (summaries, Handelingen, letters and
registers, vote news, texts that promise nothing): the demo debate, the labelled texts in
tests/fixtures/triage/ and, when ../shared is there (beside the checkout or beside its worktree folder),
the seed and the dev eval texts; joined and repeated to each size. Each size is run --runs times;
the lines give the median wall time and the median CPU time of this process (on a machine shared with
other work, CPU time is the fair figure: wall time there includes waiting for a core). One warm-up run
first, so loading the packaged calendar is not counted against the first size.

Then the same for single real texts of one kind, each repeated to 100 KB, 300 KB and 1 MB, with the CPU time per
100 KB: vote news (from tests/fixtures/triage and, when ../shared is there, the dev text whose motions made triage
quadratic), a letter listing toezeggingen and Handelingen of a tweeminutendebat. A text that repeats one kind shows
time that grows faster than the text (a stage reading back over all earlier motions or sentences), which the mixed
text can hide: the time per 100 KB must stay about the same at each size.

--worst also times 1 MB of inputs made to be hard: one sentence without a full stop, a deadline phrase
repeated, only digits, no spaces, a line per word, names with parties, a full stop every few letters,
hyphenated line ends, register numbers, "zegt toe" repeated. Time must grow with the text, never faster.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (/work/main) or beside the folder of worktrees (/work/wt/NAME)
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

from kamertaak.core.extract import extract  # noqa: E402

SIZES = (("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000))
SERIES_SIZES = (("100 KB", 100_000), ("300 KB", 300_000), ("1 MB", 1_000_000))
# one text of a kind each (label, file, case id): a file under tests/fixtures/triage, or the shared dev texts
SERIES = (
    ("stemmingsnieuws", SHARED / "eval" / "triage" / "texts.dev.json", "nieuweoogst-moties-2021-09-23"),
    ("stemmingsnieuws", ROOT / "tests" / "fixtures" / "triage" / "train-v3.json",
     "sargasso-stemmingen-corona-moties-2021-06-09"),
    ("brief", ROOT / "tests" / "fixtures" / "triage" / "validation-v3.json", "tk-brief-toezeggingen-cd-fdo-2024-10-04"),
    ("Handelingen", ROOT / "tests" / "fixtures" / "triage" / "validation-v1.json",
     "htk-tmd-woningbouwopgave-heerma-2021-07-07"),
)
REF = dt.date(2025, 4, 3)


def corpus() -> str:
    texts = [(ROOT / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt").read_text(encoding="utf-8")]
    seed = SHARED / "seeds" / "000_9ddf5c44bb654efd.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    paths = sorted((ROOT / "tests" / "fixtures" / "triage").glob("*.json"))
    paths += [SHARED / "eval" / "triage" / name for name in ("texts.dev.json", "snippets.dev.json")]
    for path in paths:
        if path.exists():
            texts.extend(case["text"] for case in json.loads(path.read_text(encoding="utf-8")))
    return "\n\n".join(texts)


def series_texts() -> list[tuple[str, str]]:
    """The texts of SERIES that are there, as (label with case id, text)."""
    out = []
    for label, path, case_id in SERIES:
        if path.exists():
            text = next(case["text"] for case in json.loads(path.read_text(encoding="utf-8")) if case["id"] == case_id)
            out.append((f"{label} ({case_id})", text))
    return out


def worst_cases(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "een zin zonder punt": fill("de minister zal de kamer informeren over de motie van het lid Van Dijk en "),
        "termijn herhaald": fill("voor de zomer "),
        "alleen cijfers": fill("12 34 56 78 "),
        "geen spaties": "a" * size,
        "een regel per woord": fill("Motie\n"),
        "namen met partij": fill("De heer Van der Berg (CDA) en mevrouw Van den Hoek (SP) "),
        "punt na elk woord": fill("Dat. "),
        "afbrekingen": fill("wets-\nvoorstel "),
        "registernummers": fill('T01234 T01235 als "voldaan" aan te merken; '),
        "zegt toe herhaald": fill("zegt toe "),
    }


def timed(text: str, runs: int) -> tuple[float, float, int]:
    walls, cpus, found = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        found = len(extract(text, REF).candidates)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--worst", action="store_true", help="also time 1 MB of inputs made to be hard")
    args = parser.parse_args()
    text = corpus()
    extract(text[:5000], REF)  # warm-up: imports, the packaged calendar
    print(f"{'tekst':<22}{'grootte':>10}{'wandklok':>11}{'cpu':>9}{'voorstellen':>13}")
    for label, size in SIZES:
        sample = (text * (size // len(text) + 1))[:size]
        wall, cpu, found = timed(sample, args.runs)
        print(f"{'debatteksten':<22}{label:>10}{wall:>10.2f}s{cpu:>8.2f}s{found:>13}")
    print(f"\n{'herhaalde tekst':<22}{'grootte':>10}{'wandklok':>11}{'cpu':>9}{'voorstellen':>13}"
          f"{'cpu per 100 KB':>16}")
    for name, one in series_texts():
        print(name)
        for label, size in SERIES_SIZES:
            sample = (one * (size // len(one) + 1))[:size]
            wall, cpu, found = timed(sample, args.runs)
            print(f"{'':<22}{label:>10}{wall:>10.2f}s{cpu:>8.2f}s{found:>13}{cpu * 100_000 / size:>15.2f}s")
    if args.worst:
        print()
        for label, sample in worst_cases(1_000_000).items():
            wall, cpu, found = timed(sample, 1)
            print(f"{label:<22}{'1 MB':>10}{wall:>10.2f}s{cpu:>8.2f}s{found:>13}")


if __name__ == "__main__":
    main()
