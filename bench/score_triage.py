"""Score `kamertaak triage - --ref REF --json` on labelled texts, per text and per kind of text.

    python bench/score_triage.py FILE... [--cmd "kamertaak"] [--quiet]

Each FILE is a JSON list of cases in the format of ../shared/eval/triage/texts.dev.json: `id`, `text`,
`ref`, `required`, `optional`, and optionally `kind_of_text` (cases without it count as "?"). The
matching is the shared tool's (../shared/tools/score-triage): a required item is found when a distinct
candidate has its kind (one of a list), its status and due where given, one of its `text_any` strings in
title or quote, and one of its `actors_any` in the actors' names or in title and quote. Candidates that
match no required or optional item are noise; precision is (candidates - noise) / candidates.

By default it runs `python -m kamertaak` with the Python running this script (PYTHONPATH=/some/checkout
scores that checkout); --cmd runs another command instead. Exit status 0 always: this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def matches(req: dict[str, Any], cand: dict[str, Any]) -> bool:
    kinds = req.get("kind")
    if kinds and cand.get("kind") not in (kinds if isinstance(kinds, list) else [kinds]):
        return False
    if req.get("status") and cand.get("status") != req["status"]:
        return False
    if req.get("due") is not None and cand.get("due") != req["due"]:
        return False
    blob = (str(cand.get("title", "")) + " " + str(cand.get("quote", ""))).lower()
    if req.get("text_any") and not any(t.lower() in blob for t in req["text_any"]):
        return False
    if req.get("actors_any"):
        names = " ".join(
            str(a.get("name", a)) if isinstance(a, dict) else str(a) for a in cand.get("actors", [])
        ).lower()
        if not any(a.lower() in names or a.lower() in blob for a in req["actors_any"]):
            return False
    return True


class TriageFailed(Exception):
    """triage exited non-zero on a text: scored as no candidates, reported, and the run exits 1."""


def triage(cmd: list[str], text: str, ref: str) -> list[dict[str, Any]]:
    r = subprocess.run([*cmd, "triage", "-", "--ref", ref, "--json"], input=text, capture_output=True, text=True)
    if r.returncode != 0:
        raise TriageFailed(f"triage exited {r.returncode}: {r.stderr.strip()[-300:]}")
    cands: list[dict[str, Any]] = json.loads(r.stdout).get("candidates", [])
    return cands


def score_case(case: dict[str, Any], cands: list[dict[str, Any]], quiet: bool) -> tuple[int, int, int, int]:
    """(found, required, candidates, noise) for one labelled text."""
    required = case.get("required", [])
    optional = case.get("optional", [])
    used: set[int] = set()
    found = 0
    for req in required:
        hit = next((i for i, c in enumerate(cands) if i not in used and matches(req, c)), None)
        if hit is None:
            if not quiet:
                print(f"  missed {req.get('id') or req.get('text_any')}")
        else:
            used.add(hit)
            found += 1
    noise = [
        c
        for i, c in enumerate(cands)
        if i not in used and not any(matches(o, c) for o in optional) and not any(matches(q, c) for q in required)
    ]
    if not quiet:
        for c in noise:
            print(f"  noise {c.get('kind')}/{c.get('status')} {str(c.get('title'))[:70]!r}")
    return found, len(required), len(cands), len(noise)


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else f"{a}/{b} (-)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--cmd", help="the kamertaak command (default: this Python's -m kamertaak)")
    parser.add_argument("--quiet", action="store_true", help="only the per-text and per-kind lines")
    args = parser.parse_args()
    cmd = shlex.split(args.cmd) if args.cmd else [sys.executable, "-m", "kamertaak"]
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    failed: list[str] = []
    for path in args.files:
        for case in json.loads(path.read_text(encoding="utf-8")):
            kind = str(case.get("kind_of_text") or "?")
            name = case.get("id", "?")
            print(f"{name} [{kind}]")
            try:
                cands = triage(cmd, case["text"], case["ref"])
            except TriageFailed as exc:
                print(f"  FAILED: {exc}")
                failed.append(name)
                cands = []
            f, n, c, z = score_case(case, cands, args.quiet)
            print(f"  recall {ratio(f, n)}, precision {ratio(c - z, c)}" + (", quiet text" if not n else ""))
            totals = per_kind[kind]
            for i, v in enumerate((f, n, c, z, 1)):
                totals[i] += v
    print()
    grand = [0, 0, 0, 0, 0]
    for kind in sorted(per_kind):
        f, n, c, z, texts = per_kind[kind]
        print(f"{kind:<28} {texts:>3} texts  recall {ratio(f, n):<14} precision {ratio(c - z, c)}")
        grand = [a + b for a, b in zip(grand, per_kind[kind], strict=True)]
    f, n, c, z, texts = grand
    print(f"{'all':<28} {texts:>3} texts  recall {ratio(f, n):<14} precision {ratio(c - z, c)}")
    if failed:
        sys.exit(f"triage failed on {len(failed)} text(s), scored as no candidates: {', '.join(failed)}")


if __name__ == "__main__":
    main()
