"""Train and measure the follow-up sentence classifier (kamertaak/core/extract/classify.py).

    python bench/train_classifier.py            # leave-one-batch-out measurement, printed
    python bench/train_classifier.py --write    # and write the weights trained on all material

Sentence labels come from the labelled texts (the shared dev corpus: seed, snippets, texts.dev; validation v1
and v2): each text is cleaned and split with the product's own stages, and a sentence takes the kind of the
required or optional item whose `text_any` fragments it holds (most of them, then most `actors_any` names, then
the item's due among its deadline phrases; sentences that still tie are left out as unknown), else "none". A
sentence holding a fragment of an item without a kind (an optional "may note") is left out of training and
never counted as noise.
Features are classify.sentence_features, the very code the product scores with; the model is scikit-learn's
LogisticRegression with balanced class weights, exported as plain weights and checked against sklearn's own
probabilities.

Measured, for each batch held out (trained on the others):
- sentence level: recall and precision of "a follow-up" (any kind) and the right kind among the found, for the
  classifier and for the current rules (the sentences the rules' candidates quote);
- end to end, with the shared scorer's matching: the classifier alone (a candidate for each sentence it calls a
  follow-up, fields from the rule-based code), the current rules, and the rules plus the classifier for the
  sentences no rule took.
Note that the current rules were written with all three batches in view; only their first-seen figures
(docs/triage-eval.md) are held out.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from score_triage import matches  # the shared scorer's matching, beside this script
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from kamertaak.core.actors import find_actors
from kamertaak.core.extract import classify, pipeline
from kamertaak.core.extract.clean import clean_text
from kamertaak.core.extract.commitments import commitment_lists
from kamertaak.core.extract.header import find_debate
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import speakers
from kamertaak.core.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir())
EVAL = SHARED / "eval" / "triage"
OUT = ROOT / "kamertaak" / "data" / "followup_classifier.json"
CLASSES = ("none", "commitment", "motion", "deadline")
SKIP = "skip"
C = 1.0  # regularisation, fixed beforehand (sklearn's default), not tuned on the held-out batches
THRESHOLD = 0.5  # probability of "a follow-up" that makes a draft: chosen over the three held-out folds (0.3 to 0.85)


def load() -> list[tuple[str, dict[str, Any]]]:
    """(batch, case) for every labelled text."""
    seed = json.loads((EVAL / "000_9ddf5c44bb654efd.expected.json").read_text(encoding="utf-8"))
    cases: list[tuple[str, dict[str, Any]]] = [
        ("dev", {"id": "seed", "ref": seed["ref"], "required": seed["required"], "optional": seed["optional"],
                 "text": (SHARED / "seeds" / "000_9ddf5c44bb654efd.txt").read_text(encoding="utf-8")})
    ]
    for name in ("snippets.dev.json", "texts.dev.json"):
        cases += [("dev", c) for c in json.loads((EVAL / name).read_text(encoding="utf-8"))]
    for batch in ("v1", "v2"):
        path = ROOT / "tests" / "fixtures" / "triage" / f"validation-{batch}.json"
        cases += [(batch, c) for c in json.loads(path.read_text(encoding="utf-8"))]
    return cases


def context(text: str, ref: dt.date) -> Context:
    """The run state triage builds before its stages (as pipeline.extract does)."""
    clean = clean_text(text)
    debate, _ = find_debate(clean, ref)
    base = debate.date or ref
    sentences = split_sentences(clean.text)
    ctx = Context(clean, sentences, find_actors(clean.text, base), base, debate, text)
    ctx.speakers = speakers(ctx)
    ctx.letter = bool(pipeline._LETTER.search(clean.text[:3000]))
    ctx.commitment_lists = commitment_lists(ctx)
    return ctx


def _kind(item: dict[str, Any]) -> str | None:
    kind = item.get("kind")
    return (kind[0] if isinstance(kind, list) else kind) or None


def labels(ctx: Context, case: dict[str, Any]) -> list[str]:
    """The label of each sentence: the kind of the item whose text_any fragments it holds most of, then most
    actors_any names, then the item's due date among its deadline phrases; else none. Where several
    sentences still tie (a headline and its body, a word the whole text uses), none of them is labelled: they
    are left out of training, as which one the labeller meant is not known."""
    lowered = [" ".join(s.text.split()).lower() for s in ctx.sentences]
    dues = [{str(d.resolution.due) for d in ctx.deadlines_in(s.start, s.end)} for s in ctx.sentences]
    out = ["none"] * len(lowered)
    # optional first, so a required item's kind wins a sentence both hold
    for item in [*case.get("optional", []), *case["required"]]:
        fragments = [t.lower() for t in item.get("text_any", [])]
        names = [a.lower() for a in item.get("actors_any", [])]
        score = [
            (sum(t in s for t in fragments), sum(a in s for a in names), item.get("due") in dues[k])
            for k, s in enumerate(lowered)
        ]
        best = max(score, default=(0, 0, False))
        if best[0] == 0:
            continue
        tied = [k for k, v in enumerate(score) if v == best]
        if len(tied) == 1:
            out[tied[0]] = _kind(item) or (SKIP if out[tied[0]] == "none" else out[tied[0]])
        else:
            for k in tied:
                out[k] = SKIP if out[k] == "none" else out[k]
    return out


def rules_at(checkout: Path, case: dict[str, Any]) -> list[dict[str, Any]]:
    """The candidates of the kamertaak in another checkout (the rules as they were when a batch was first seen)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    r = subprocess.run([sys.executable, "-m", "kamertaak", "triage", "-", "--ref", case["ref"], "--json"],
                       input=case["text"], capture_output=True, text=True, env=env, cwd="/", check=True)
    cands: list[dict[str, Any]] = json.loads(r.stdout)["candidates"]
    return cands


def rule_kinds(ctx: Context, cands: list[dict[str, Any]]) -> list[str]:
    """The kind of the rules' candidate that quotes each sentence, else none."""
    out = ["none"] * len(ctx.sentences)
    for cand in cands:
        for k, s in enumerate(ctx.sentences):
            if out[k] == "none" and " ".join(s.text.split()) in cand["quote"]:
                out[k] = cand["kind"]
    return out


def train(rows: list[tuple[set[str], str]], c: float = C) -> classify.Model:
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in rows])
    y = [label for _, label in rows]
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    lr.fit(x, y)
    classes = [str(k) for k in lr.classes_]
    weights = {
        name: tuple(round(float(lr.coef_[j, col]), 5) for j in range(len(classes)))
        for name, col in vec.vocabulary_.items()
        if any(abs(lr.coef_[j, col]) >= 1e-4 for j in range(len(classes)))
    }
    model = classify.Model(tuple(classes), tuple(round(float(b), 5) for b in lr.intercept_), weights, THRESHOLD)
    # the pure-Python scorer gives sklearn's probabilities (up to the rounding of the exported weights)
    sample = rows[:: max(1, len(rows) // 200)]
    expected = lr.predict_proba(vec.transform([dict.fromkeys(f, 1) for f, _ in sample]))
    for (feats, _), probs in zip(sample, expected, strict=True):
        ours = model.probabilities(feats)
        assert all(abs(ours[k] - p) < 1e-3 for k, p in zip(classes, probs, strict=True)), (ours, probs)
    return model


def to_json(model: classify.Model) -> dict[str, Any]:
    return {
        "about": "Follow-up sentence classifier (kamertaak/core/extract/classify.py), trained by "
                 "bench/train_classifier.py on the labelled development texts; multinomial logistic regression.",
        "classes": list(model.classes),
        "intercept": list(model.intercept),
        "threshold": model.threshold,
        "weights": dict(sorted(model.weights.items())),
    }


def dump(data: dict[str, Any]) -> str:
    """JSON with one feature a line, so a retrained model reads as a diff."""
    head = {k: v for k, v in data.items() if k != "weights"}
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in data["weights"].items()]
    body = ",\n".join(lines)
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "weights": {\n' + body + "\n}}\n"


# --- scoring: the shared scorer's matching (bench/score_triage.py) --------------------------------


def score(case: dict[str, Any], cands: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(found, required, candidates, noise)."""
    used: set[int] = set()
    found = 0
    for req in case["required"]:
        hit = next((i for i, c in enumerate(cands) if i not in used and matches(req, c)), None)
        if hit is not None:
            used.add(hit)
            found += 1
    everything = [*case.get("optional", []), *case["required"]]
    noise = sum(1 for i, c in enumerate(cands) if i not in used and not any(matches(o, c) for o in everything))
    return found, len(case["required"]), len(cands), noise


def classifier_only(case: dict[str, Any], model: classify.Model) -> list[dict[str, Any]]:
    ctx = context(case["text"], dt.date.fromisoformat(case["ref"]))
    drafts = classify.classifier_drafts(ctx, [], model)
    return [c.to_json() for c in pipeline._finish(ctx, pipeline._dedupe(drafts))]


def rules(case: dict[str, Any], model: classify.Model | None) -> list[dict[str, Any]]:
    """The product's pipeline; with model None the classifier stage adds nothing (the rules alone)."""
    saved = pipeline.classifier_drafts
    pipeline.classifier_drafts = (  # type: ignore[assignment]
        (lambda ctx, covered: saved(ctx, covered, model)) if model else (lambda ctx, covered: [])
    )
    try:
        return [c.to_json() for c in pipeline.extract(case["text"], dt.date.fromisoformat(case["ref"])).candidates]
    finally:
        pipeline.classifier_drafts = saved  # type: ignore[assignment]


def booster_on(cands: list[dict[str, Any]], case: dict[str, Any], model: classify.Model) -> list[dict[str, Any]]:
    """Another checkout's candidates plus the classifier's, as the pipeline adds them: for the sentences no
    candidate quotes and no candidate of the same kind is near (a simulation: the old rules have no hook)."""
    ctx = context(case["text"], dt.date.fromisoformat(case["ref"]))
    quoted = [{k for k, s in enumerate(ctx.sentences) if " ".join(s.text.split()) in c["quote"]} for c in cands]
    stand_ins = [Draft(c["kind"], c["status"], 1.0, min(q), max(q), (0, 0)) for c, q in zip(cands, quoted,
                                                                                             strict=True) if q]
    drafts = classify.classifier_drafts(ctx, stand_ins, model)
    return [*cands, *(c.to_json() for c in pipeline._finish(ctx, pipeline._dedupe(drafts)))]


def end_to_end(cases: list[dict[str, Any]], run: Callable[[dict[str, Any]], list[dict[str, Any]]]) -> str:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    worst_negative = 0
    for case in cases:
        f, n, c, z = score(case, run(case))
        kind = case.get("kind_of_text", "?")
        for j, v in enumerate((f, n, c, z)):
            per_kind[kind][j] += v
            per_kind["all"][j] += v
        if kind == "negative":
            worst_negative = max(worst_negative, c)
    f, n, c, z = per_kind["all"]
    line = f"recall {f}/{n}, precision {c - z}/{c}"
    if "negative" in per_kind:
        line += f", most candidates in a negative text {worst_negative}"
    kinds = ", ".join(
        f"{k} {v[0]}/{v[1]} p {v[2] - v[3]}/{v[2]}" for k, v in sorted(per_kind.items()) if k not in ("all",)
    )
    return f"{line}\n      per kind: {kinds}"


def sentence_figures(gold: list[str], predicted: list[str]) -> str:
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g != SKIP]
    positives = sum(1 for g, _ in pairs if g != "none")
    flagged = sum(1 for _, p in pairs if p != "none")
    hit = sum(1 for g, p in pairs if g != "none" and p != "none")
    right_kind = sum(1 for g, p in pairs if g != "none" and p == g)
    return (f"recall {hit}/{positives} ({100 * hit / max(positives, 1):.0f}%), "
            f"precision {hit}/{flagged} ({100 * hit / max(flagged, 1):.0f}%), right kind {right_kind}/{hit}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write the weights trained on everything to {OUT}")
    parser.add_argument("--held-out", nargs="*", default=["dev", "v1", "v2"], help="the batches to hold out in turn")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--thresholds", nargs="*", type=float, default=[THRESHOLD])
    parser.add_argument("--first-seen", nargs="*", default=[], metavar="BATCH=CHECKOUT",
                        help="score the rules of another checkout too (the commit a batch was first scored on)")
    args = parser.parse_args()
    first_seen = {b: Path(p) for b, p in (x.split("=", 1) for x in args.first_seen)}
    data = []
    for batch, case in load():
        ctx = context(case["text"], dt.date.fromisoformat(case["ref"]))
        gold = labels(ctx, case)
        feats = [classify.sentence_features(ctx, k) for k in range(len(ctx.sentences))]
        data.append((batch, case, ctx, gold, feats))
    counts = Counter((b, g) for b, _, _, gold, _ in data for g in gold)
    print("sentences per batch and label:", dict(sorted(counts.items())))
    for held in args.held_out:
        rows = [(f, g) for b, _, _, gold, feats in data if b != held for f, g in zip(feats, gold, strict=True)
                if g != SKIP]
        model = train(rows, args.c)
        gold_all: list[str] = []
        probs_all: list[dict[str, float]] = []
        theirs: list[str] = []
        before: list[str] = []
        for b, case, ctx, gold, feats in data:
            if b == held:
                gold_all += gold
                probs_all += [model.probabilities(f) for f in feats]
                theirs += rule_kinds(ctx, rules(case, None))
                if held in first_seen:
                    before += rule_kinds(ctx, rules_at(first_seen[held], case))
        cases = [case for b, case, *_ in data if b == held]
        print(f"\nheld out {held} ({len(cases)} texts), trained on the rest ({len(rows)} sentences)")
        print(f"  sentences, current rules:         {sentence_figures(gold_all, theirs)}")
        print(f"  end to end, current rules:        {end_to_end(cases, lambda c: rules(c, None))}")
        if held in first_seen:
            print(f"  sentences, rules first seen:      {sentence_figures(gold_all, before)}")
            checkout = first_seen[held]
            print(f"  end to end, rules first seen:     {end_to_end(cases, functools.partial(rules_at, checkout))}")
        for threshold in args.thresholds:
            at = dataclasses.replace(model, threshold=threshold)
            ours = [max((k for k in p if k != "none"), key=p.__getitem__) if 1 - p["none"] >= threshold else "none"
                    for p in probs_all]
            print(f"  at threshold {threshold}:")
            print(f"    sentences, classifier:          {sentence_figures(gold_all, ours)}")
            print(f"    end to end, classifier alone:   {end_to_end(cases, lambda c, m=at: classifier_only(c, m))}")
            print(f"    end to end, rules + classifier: {end_to_end(cases, lambda c, m=at: rules(c, m))}")
            if held in first_seen:
                print(f"    end to end, rules first seen + classifier: "
                      f"{end_to_end(cases, lambda c, m=at, o=first_seen[held]: booster_on(rules_at(o, c), c, m))}")
    if args.write:
        rows = [(f, g) for _, _, _, gold, feats in data for f, g in zip(feats, gold, strict=True) if g != SKIP]
        OUT.write_text(dump(to_json(train(rows, args.c))), encoding="utf-8")
        print(f"\nwrote {OUT.relative_to(ROOT)} ({len(rows)} sentences)")


if __name__ == "__main__":
    sys.exit(main())
