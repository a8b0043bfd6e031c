"""Which field keeps a labelled item from being found: per required item that triage misses, the candidates on
its sentence and the fields they have wrong.

    python bench/field_misses.py [FILE...] [--list] [--kind-of-text K] [--save OUT.json] [--load IN.json]

FILE defaults to every batch of tests/fixtures/triage/. Each text is triaged in this process (the CLI's JSON,
as bench/score_triage.py sees it) and scored with score_triage's matching (a greedy, distinct assignment). For
every required item left unmatched, the candidates "near" it are those whose title or quote holds one of its
`text_any`, or whose quote lies in (or holds) a sentence of the text that holds one. Each near candidate is
compared field by field with the item:

    kind     the candidate's kind is not among the item's kinds
    status   the item gives a status and the candidate's differs
    due      the item gives a due date (or null) and the candidate's differs
    words    none of the item's text_any is in the candidate's title or quote
    actor    none of the item's actors_any is among the candidate's actors or in its title and quote

A miss is put down to the near candidate with the fewest wrong fields (rule drafts before classifier drafts,
which triage gives a confidence below 0.5): its wrong fields, joined with "+", are the miss's cause. A near
candidate right on every field was taken by another item ("taken"); no near candidate at all is "no
candidate". Prints counts of each field (an item with two wrong fields counts under both, and under its
combined cause) per batch and per kind_of_text; --list prints every miss with the item, its best candidate
and the values that differ. --save writes the candidates so that --load can re-read them (the listing of a
run without triaging again). Exit status 0 always: this is a diagnosis, not a gate.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from score_triage import matches  # noqa: E402

FIELDS = ("kind", "status", "due", "words", "actor")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n\s*\n")


def triage_all(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """The candidates of every case, keyed by 'batch:id', as `kamertaak triage - --ref REF --json` prints them."""
    from typer.testing import CliRunner

    from kamertaak.cli import app

    runner = CliRunner()
    out: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        for case in json.loads(path.read_text(encoding="utf-8")):
            r = runner.invoke(app, ["triage", "-", "--ref", case["ref"], "--json"], input=case["text"])
            out[f"{path.stem}:{case['id']}"] = json.loads(r.stdout).get("candidates", []) if r.exit_code == 0 else []
    return out


def wrong_fields(req: dict[str, Any], cand: dict[str, Any]) -> list[str]:
    """The fields of cand that keep it from matching req (score_triage.matches, one field at a time)."""
    wrong = []
    kinds = req.get("kind")
    if kinds and cand.get("kind") not in (kinds if isinstance(kinds, list) else [kinds]):
        wrong.append("kind")
    if req.get("status") and cand.get("status") != req["status"]:
        wrong.append("status")
    if "due" in req and req["due"] is not None and cand.get("due") != req["due"]:
        wrong.append("due")
    blob = (str(cand.get("title", "")) + " " + str(cand.get("quote", ""))).lower()
    if req.get("text_any") and not any(t.lower() in blob for t in req["text_any"]):
        wrong.append("words")
    if req.get("actors_any"):
        names = " ".join(
            str(a.get("name", a)) if isinstance(a, dict) else str(a) for a in cand.get("actors", [])
        ).lower()
        if not any(a.lower() in names or a.lower() in blob for a in req["actors_any"]):
            wrong.append("actor")
    return wrong


def sentences_of(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end) of text: enough to place an item and a quote."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def item_spans(text: str, req: dict[str, Any]) -> list[tuple[int, int]]:
    """The sentences of text that hold one of the item's text_any."""
    low = text.lower()
    out = []
    for a, b in sentences_of(text):
        if any(t.lower() in low[a:b] for t in req.get("text_any", [])):
            out.append((a, b))
    return out


def quote_span(text: str, cand: dict[str, Any]) -> tuple[int, int] | None:
    quote = str(cand.get("quote") or "")
    if not quote:
        return None
    at = text.find(quote)
    if at < 0:  # a quote the cleaning rejoined: place it by its first words
        at = text.find(quote[:40])
    return (at, at + len(quote)) if at >= 0 else None


def near(text: str, req: dict[str, Any], cand: dict[str, Any]) -> bool:
    blob = (str(cand.get("title", "")) + " " + str(cand.get("quote", ""))).lower()
    if any(t.lower() in blob for t in req.get("text_any", [])):
        return True
    span = quote_span(text, cand)
    return span is not None and any(span[0] < b and a < span[1] for a, b in item_spans(text, req))


def source(cand: dict[str, Any]) -> str:
    return "classifier" if float(cand.get("confidence") or 0) < 0.5 else "rule"


def diagnose(case: dict[str, Any], cands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per required item that score_triage's assignment leaves unmatched."""
    used: set[int] = set()
    missed = []
    for req in case.get("required", []):
        hit = next((i for i, c in enumerate(cands) if i not in used and matches(req, c)), None)
        if hit is None:
            missed.append(req)
        else:
            used.add(hit)
    out = []
    for req in missed:
        options = [(wrong_fields(req, c), source(c), c) for c in cands if near(case["text"], req, c)]
        options.sort(key=lambda o: (len(o[0]), o[1] != "rule"))
        if not options:
            cause, best, src = "no candidate", None, "-"
        elif not options[0][0]:
            cause, best, src = "taken", options[0][2], options[0][1]
        else:
            cause, best, src = "+".join(options[0][0]), options[0][2], options[0][1]
        out.append({"req": req, "cause": cause, "best": best, "source": src})
    return out


def show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="every miss, with its best candidate")
    parser.add_argument("--kind-of-text", help="only texts of this kind_of_text")
    parser.add_argument("--cause", help="with --list: only misses whose cause holds this field")
    parser.add_argument("--save", type=Path, help="write the candidates of every text to this JSON file")
    parser.add_argument("--load", type=Path, help="read the candidates from a --save file instead of triaging")
    args = parser.parse_args()
    paths = args.files or sorted((ROOT / "tests" / "fixtures" / "triage").glob("*.json"))
    cands = json.loads(args.load.read_text(encoding="utf-8")) if args.load else triage_all(paths)
    if args.save:
        args.save.write_text(json.dumps(cands, ensure_ascii=False), encoding="utf-8")
    per_batch: dict[str, Counter[str]] = defaultdict(Counter)
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    causes: Counter[str] = Counter()
    listing = []
    for path in paths:
        for case in json.loads(path.read_text(encoding="utf-8")):
            kot = str(case.get("kind_of_text") or "?")
            if args.kind_of_text and kot != args.kind_of_text:
                continue
            for rec in diagnose(case, cands.get(f"{path.stem}:{case['id']}", [])):
                fields = rec["cause"].split("+") if rec["cause"] not in ("no candidate", "taken") else [rec["cause"]]
                for f in fields:
                    per_batch[path.stem][f] += 1
                    per_kind[kot][f] += 1
                per_batch[path.stem]["misses"] += 1
                per_kind[kot]["misses"] += 1
                causes[f"{rec['cause']} ({rec['source']})"] += 1
                listing.append((path.stem, case["id"], kot, rec))
    columns = ("misses", *FIELDS, "taken", "no candidate")
    header = f"{'':28}" + "".join(f"{c:>14}" for c in columns)
    for title, table in (("per batch", per_batch), ("per kind_of_text", per_kind)):
        print(title)
        print(header)
        total: Counter[str] = Counter()
        for name in sorted(table):
            total.update(table[name])
            print(f"{name:28}" + "".join(f"{table[name][c]:>14}" for c in columns))
        print(f"{'all':28}" + "".join(f"{total[c]:>14}" for c in columns))
        print()
    print("causes (the best near candidate's wrong fields, and whether a rule or the classifier drafted it)")
    for cause, n in causes.most_common():
        print(f"  {n:4}  {cause}")
    if args.list:
        print()
        for batch, cid, kot, rec in listing:
            if args.cause and args.cause not in rec["cause"]:
                continue
            req, best = rec["req"], rec["best"]
            print(f"{batch}:{cid} [{kot}] {req.get('id') or req.get('text_any')}: {rec['cause']} ({rec['source']})")
            want = {k: req[k] for k in ("kind", "status", "due", "text_any", "actors_any") if k in req}
            print(f"    want {show(want)}")
            if best is not None:
                got = {k: best.get(k) for k in ("kind", "status", "due", "due_phrase", "title")}
                got["actors"] = [a.get("name") for a in best.get("actors", [])]
                print(f"    got  {show(got)}")
                print(f"    quote {str(best.get('quote'))[:300]!r}")


if __name__ == "__main__":
    main()
