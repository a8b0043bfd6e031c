"""Check that a change leaves triage's output byte for byte the same: `kamertaak triage - --ref REF --json`
on every labelled text, run by a base revision and by this checkout, compared.

    python bench/triage_identical.py [--base REV] [--big]

The texts: every case of tests/fixtures/triage/*.json, of ../shared/eval/triage/ (when it is there) and the
seed, each with its own reference date; the demo debate; the benchmark's mixed text at 100 KB (--big: also
1 MB) and its ten kinds of input made to be hard at 20 KB each. The base revision (default: where this
branch left main, `git merge-base HEAD main`) is exported to a temporary folder and run with the same
Python; the working tree (committed or not) is the other side. Prints the texts that differ with the
first differing lines; exit status 1 when any differs. Made for speed work, which must change nothing.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_triage import REF, SHARED, corpus, worst_cases  # noqa: E402

# Run in the process of each side: the CLI itself (Typer's runner, in one process for all texts), so what
# is compared is what a user sees on stdout.
_WORKER = """
import json, sys
from typer.testing import CliRunner
from kamertaak.cli import app
cases = json.load(open(sys.argv[1], encoding="utf-8"))
out = {}
runner = CliRunner()
for name, ref, text in cases:
    r = runner.invoke(app, ["triage", "-", "--ref", ref, "--json"], input=text)
    out[name] = f"exit {r.exit_code}\\n" + r.stdout
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def cases(big: bool) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    files = sorted((ROOT / "tests" / "fixtures" / "triage").glob("*.json"))
    files += sorted((SHARED / "eval" / "triage").glob("*.dev.json"))
    for path in files:
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.append((f"{path.name}:{case['id']}", case.get("ref") or REF.isoformat(), case["text"]))
    for expected in sorted((SHARED / "eval" / "triage").glob("*.expected.json")):
        seed = SHARED / "seeds" / json.loads(expected.read_text(encoding="utf-8"))["source"]
        if seed.exists():
            ref = json.loads(expected.read_text(encoding="utf-8"))["ref"]
            out.append((seed.name, ref, seed.read_text(encoding="utf-8")))
    demo = ROOT / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"
    out.append((demo.name, REF.isoformat(), demo.read_text(encoding="utf-8")))
    text = corpus()
    for label, size in (("100 KB", 100_000), *((("1 MB", 1_000_000),) if big else ())):
        out.append((f"benchmark {label}", REF.isoformat(), (text * (size // len(text) + 1))[:size]))
    for label, sample in worst_cases(20_000).items():
        out.append((f"hard: {label}", REF.isoformat(), sample))
    return out


def run(tree: Path, case_file: Path, out_file: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, "-c", _WORKER, str(case_file), str(out_file)], env=env, check=True,
                   cwd=tempfile.gettempdir())
    result: dict[str, str] = json.loads(out_file.read_text(encoding="utf-8"))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="revision to compare with (default: git merge-base HEAD main)")
    parser.add_argument("--big", action="store_true", help="also the benchmark's 1 MB text")
    args = parser.parse_args()
    git = ["git", "-C", str(ROOT)]
    base = args.base or subprocess.run([*git, "merge-base", "HEAD", "main"], capture_output=True, text=True,
                                       check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="triage-identical-") as tmp:
        work = Path(tmp)
        base_tree = work / "base"
        base_tree.mkdir()
        archive = subprocess.run([*git, "archive", base], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base_tree)], input=archive, check=True)
        all_cases = cases(args.big)
        (work / "cases.json").write_text(json.dumps(all_cases, ensure_ascii=False), encoding="utf-8")
        before = run(base_tree, work / "cases.json", work / "before.json")
        after = run(ROOT, work / "cases.json", work / "after.json")
    differ = [name for name, _, _ in all_cases if before[name] != after[name]]
    for name in differ:
        print(f"--- {name}")
        diff = difflib.unified_diff(before[name].splitlines(), after[name].splitlines(), lineterm="", n=1)
        print("\n".join(list(diff)[2:40]))
    print(f"{len(all_cases) - len(differ)} of {len(all_cases)} texts give the same output as {base[:10]}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
