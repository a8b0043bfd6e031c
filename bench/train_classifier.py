"""Train and measure the follow-up sentence classifier (kamertaak/core/extract/classify.py).

    python bench/train_classifier.py                      # leave-one-batch-out measurement, printed
    python bench/train_classifier.py --held-out --write   # only write the weights trained on all material
    python bench/train_classifier.py --batch NAME=FILE    # also a batch that is no fixture yet
    python bench/train_classifier.py --quick-inner --write --threshold 0.7   # the thirteenth session's (not shipped)

One run over the fifteen batches of the eighth session took some 10 minutes of one core (136 small models;
`nice -n 10` on a shared machine); over the 27 batches of the thirteenth session the inner folds are 406 models,
more than a loaded shared machine gives in an hour, so --quick-inner chooses the settings with the 28 models
without one batch (see `choose`). Each first-seen commit's output is cached per text under
$TMPDIR/kamertaak-first-seen.

Sentence labels come from the labelled texts (the shared dev corpus: seed, snippets, texts.dev; the batches in
tests/fixtures/triage named in BATCHES, and any given with --batch): each text is cleaned and
split with the product's own stages, and a sentence takes the kind of the required or optional item whose `text_any`
fragments it holds (most of them, then most `actors_any` names, then the item's due among its deadline phrases;
sentences that still tie are left out as unknown), else "none". A sentence holding a fragment of an item without
a kind (an optional "may note") is left out of training and never counted as noise.
Features are classify.sentence_features, the very code the product scores with; the model is scikit-learn's
LogisticRegression with balanced class weights, exported as plain weights and checked against sklearn's own
probabilities.

Each batch is held out in turn (the model trained on the others) and triage scored on it with
bench/score_triage.py's matching, in four configurations of rules and classifier:
- rules: the rules alone;
- booster: the rules plus the classifier's candidates for the sentences no rule read (what ships);
- gate / gate-kind: the booster, after dropping each rule candidate whose sentences all score below a
  threshold as a follow-up (gate-kind: as a follow-up of the candidate's kind), a precision gate;
- primary: the classifier decides "is this a follow-up, and which kind": a rule candidate stays only where the
  classifier calls a sentence of it a follow-up of its kind, the booster adds the rest; fields stay rule-based.
Each configuration's setting (threshold) is chosen inside the training batches, by leaving each of them out in
turn, never on the held-out batch. The rules are scored twice: as they are now (written with every batch but the
newest in view, so only the newest is unseen to them) and as they were when each batch was first seen (the
commit in FIRST_SEEN, without the classifier that commit had): that is the honest "texts the rules have not seen"
base, and the settings are chosen on it.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
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
from kamertaak.core.extract.genre import settle
from kamertaak.core.extract.header import find_debate
from kamertaak.core.extract.letters import answered_requests
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.motions import names_a_motion
from kamertaak.core.extract.people import speakers
from kamertaak.core.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir())
EVAL = SHARED / "eval" / "triage"
OUT = ROOT / "kamertaak" / "data" / "followup_classifier.json"
CLASSES = ("none", "commitment", "motion", "deadline")
SKIP = "skip"
C = 1.0  # regularisation, fixed beforehand (sklearn's default), not tuned on the held-out batches
# A feature seen in fewer training sentences than this gets no weight: a word pair of one text says nothing of
# others, and the weights file stays small (fixed beforehand, not tuned: 35,000 features on all batches, ~5,600 kept)
MIN_COUNT = 3
FIXTURES = ROOT / "tests" / "fixtures" / "triage"
BATCHES = {
    "v1": FIXTURES / "validation-v1.json",
    "v2": FIXTURES / "validation-v2.json",
    "train-v3": FIXTURES / "train-v3.json",
    "v3": FIXTURES / "validation-v3.json",
    "v4": FIXTURES / "train-v4.json",
    "val-v4": FIXTURES / "validation-v4.json",
    "train-v5": FIXTURES / "train-v5.json",
    "v5": FIXTURES / "validation-v5.json",
    "train-v6": FIXTURES / "train-v6.json",
    "v6": FIXTURES / "validation-v6.json",
    "v6b": FIXTURES / "validation-v6b.json",
    "train-v7": FIXTURES / "train-v7.json",
    "v7a": FIXTURES / "validation-v7a.json",
    "v7b": FIXTURES / "validation-v7b.json",
    "train-v8": FIXTURES / "train-v8.json",
    "v8a": FIXTURES / "validation-v8a.json",
    "v8b": FIXTURES / "validation-v8b.json",
    "v8c": FIXTURES / "validation-v8c.json",
    "v9a": FIXTURES / "validation-v9a.json",
    "v9b": FIXTURES / "validation-v9b.json",
    "v9c": FIXTURES / "validation-v9c.json",
    "v10a": FIXTURES / "validation-v10a.json",
    "v10b": FIXTURES / "validation-v10b.json",
    "v11a": FIXTURES / "validation-v11a.json",
    "v11b": FIXTURES / "validation-v11b.json",
    "v12a": FIXTURES / "validation-v12a.json",
    "v12b": FIXTURES / "validation-v12b.json",
    "v13a": FIXTURES / "validation-v13a.json",
    "v13b": FIXTURES / "validation-v13b.json",
    "v14a": FIXTURES / "validation-v14a.json",
    "v14b": FIXTURES / "validation-v14b.json",
    "v16a": FIXTURES / "validation-v16a.json",
    "v16b": FIXTURES / "validation-v16b.json",
}
# The commit each batch was first scored on: the rules as they were on texts they had not seen
# (docs/triage-eval.md: the session's start for its held-out and development batches)
FIRST_SEEN = {"v1": "142b7a3", "v2": "4bbce70", "train-v3": "9ed0dc2", "v3": "daf376c", "v4": "84a3534",
              "val-v4": "84a3534", "train-v5": "63f564f", "v5": "63f564f", "train-v6": "f448598", "v6": "f448598",
              "v6b": "f448598", "train-v7": "698b2dd", "v7a": "698b2dd", "v7b": "698b2dd",
              "train-v8": "cb2e272", "v8a": "cb2e272", "v8b": "cb2e272", "v8c": "cb2e272",
              "v9a": "ea45519", "v9b": "ea45519", "v9c": "ea45519",
              "v10a": "9db12ea", "v10b": "9db12ea", "v11a": "75ef748", "v11b": "75ef748",
              "v12a": "b999060", "v12b": "b999060", "v13a": "b77cedd", "v13b": "b77cedd",
              "v14a": "951c424", "v14b": "951c424", "v16a": "5b547ca", "v16b": "5b547ca"}
THRESHOLD = 0.5  # probability of "a follow-up" at which the sentence figures are given


def load(batches: dict[str, Path] = BATCHES) -> list[tuple[str, dict[str, Any]]]:
    """(batch, case) for every labelled text: the shared dev corpus, then the batches in tests/fixtures/triage
    (those there; --batch NAME=FILE names another, such as a batch still being labelled)."""
    seed = json.loads((EVAL / "000_9ddf5c44bb654efd.expected.json").read_text(encoding="utf-8"))
    cases: list[tuple[str, dict[str, Any]]] = [
        ("dev", {"id": "seed", "ref": seed["ref"], "required": seed["required"], "optional": seed["optional"],
                 "text": (SHARED / "seeds" / "000_9ddf5c44bb654efd.txt").read_text(encoding="utf-8")})
    ]
    for name in ("snippets.dev.json", "texts.dev.json"):
        cases += [("dev", c) for c in json.loads((EVAL / name).read_text(encoding="utf-8"))]
    for batch, path in batches.items():
        if path.exists():
            cases += [(batch, c) for c in json.loads(path.read_text(encoding="utf-8"))]
    return cases


def context(text: str, ref: dt.date) -> Context:
    """The run state triage builds before its stages (as pipeline.extract does)."""
    clean = clean_text(text)
    debate, _ = find_debate(clean, ref)
    base = debate.date or ref
    sentences = split_sentences(clean.text)
    ctx = Context(clean, sentences, find_actors(clean.text), base, debate, text)
    ctx.speakers = speakers(ctx)
    ctx.letter = bool(pipeline._LETTER.search(clean.text[:3000]))
    ctx.commitment_lists = commitment_lists(ctx)
    return ctx


def _kind(item: dict[str, Any]) -> str | None:
    """The item's kind when it is one the classifier tells (a "task" is the reader's own: the task rules')."""
    kind = item.get("kind")
    kind = (kind[0] if isinstance(kind, list) else kind) or None
    return kind if kind in CLASSES else None


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
                       input=case["text"], capture_output=True, text=True, env=env, cwd="/", check=False)
    if r.returncode != 0:  # that commit failed on the text (63f564f on one v5 text): it proposed nothing
        print(f"  {checkout.name} on {case['id']}: {r.stderr.strip()}", file=sys.stderr)
        return []
    cands: list[dict[str, Any]] = json.loads(r.stdout)["candidates"]
    return cands


def train(rows: list[tuple[set[str], str]], c: float = C) -> classify.Model:
    seen = Counter(f for feats, _ in rows for f in feats)
    rows = [({f for f in feats if seen[f] >= MIN_COUNT}, label) for feats, label in rows]
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


# --- the configurations compared: how the classifier sits beside the rules ---------------------------


@dataclasses.dataclass
class Text:
    """A labelled text with what every fold needs of it: its sentences' labels and features, and the candidates
    of the rules now and (where known) of the rules as they were when its batch was first seen."""

    batch: str
    case: dict[str, Any]
    ctx: Context
    gold: list[str]
    feats: list[set[str]]
    now: list[dict[str, Any]]
    first_seen: list[dict[str, Any]] | None
    spans: dict[int, list[int]] = dataclasses.field(default_factory=dict)  # id(candidate) -> sentences it quotes

    def sentences_of(self, cand: dict[str, Any]) -> list[int]:
        if id(cand) not in self.spans:
            quote = cand["quote"]
            self.spans[id(cand)] = [k for k, s in enumerate(self.ctx.sentences) if " ".join(s.text.split()) in quote]
        return self.spans[id(cand)]


def follow_up(probs: dict[str, float]) -> float:
    return 1.0 - probs.get("none", 0.0)


def gated(t: Text, cands: list[dict[str, Any]], probs: list[dict[str, float]], gate: float,
          of_kind: bool = False) -> list[dict[str, Any]]:
    """The precision gate: a rule's candidate stays unless every sentence it quotes scores below gate as a
    follow-up (of_kind: as a follow-up of the candidate's kind)."""
    out = []
    for c in cands:
        ks = t.sentences_of(c)
        scores = [probs[k].get(c["kind"], 1.0) if of_kind else follow_up(probs[k]) for k in ks]
        if not ks or max(scores) >= gate:
            out.append(c)
    return out


def primary(t: Text, cands: list[dict[str, Any]], probs: list[dict[str, float]], at: float) -> list[dict[str, Any]]:
    """The classifier decides: a rule's candidate stays only where a sentence it quotes is a follow-up (at the
    threshold) of the candidate's kind; the fields stay the rules'."""
    out = []
    for c in cands:
        ks = t.sentences_of(c)
        keep = not ks
        for k in ks:
            p = probs[k]
            kind = max((x for x in p if x != "none"), key=p.__getitem__)
            if follow_up(p) >= at and (kind == c["kind"] or c["kind"] not in p):
                keep = True
        if keep:
            out.append(c)
    return out


_FINISHED: dict[tuple[int, str, tuple[tuple[int, str, float], ...]], list[dict[str, Any]]] = {}


def booster(t: Text, cands: list[dict[str, Any]], model: classify.Model, current: bool) -> list[dict[str, Any]]:
    """The candidates plus the classifier's for the sentences none of them quotes, as the pipeline adds them:
    settled by the text's genre and letter, deduped among themselves; behind the current rules not in a sentence
    naming a motion, which their motion rules have read. (The sentences' features are the text's, computed once.)"""
    stand_ins = [Draft(c["kind"], c["status"], 1.0, min(ks), max(ks), (0, 0))
                 for c in cands if (ks := t.sentences_of(c))]
    saved = classify.sentence_features
    classify.sentence_features = lambda ctx, i: t.feats[i]  # type: ignore[assignment]
    try:
        drafts = [d for d in classify.classifier_drafts(t.ctx, stand_ins, model)
                  if not current or d.kind != "motion" or not names_a_motion(t.ctx, d.first)]
    finally:
        classify.sentence_features = saved  # type: ignore[assignment]
    key = (id(t), "now" if current else "first", tuple((d.first, d.kind, d.confidence) for d in drafts))
    if key not in _FINISHED:  # the same drafts from another model or setting: the same candidates
        learned = settle(t.ctx, drafts, stand_ins)
        answered_requests(t.ctx, learned, add=False)
        _FINISHED[key] = [c.to_json() for c in pipeline._finish(t.ctx, pipeline._dedupe(learned))]
    return [*cands, *_FINISHED[key]]


# (text, the rules' candidates, model, its probabilities for each sentence, setting, rules now?) -> candidates
Config = Callable[[Text, list[dict[str, Any]], classify.Model, list[dict[str, float]], float, bool],
                  list[dict[str, Any]]]
GATES = (0.0, 0.02, 0.05, 0.1, 0.15)
CONFIGS: dict[str, tuple[Config, tuple[float, ...]]] = {
    "rules": (lambda t, c, m, p, x, now: c, (0.0,)),
    "booster": (lambda t, c, m, p, x, now: booster(t, c, dataclasses.replace(m, threshold=x), now),
                (0.3, 0.4, 0.5, 0.6, 0.7)),
    "gate": (lambda t, c, m, p, x, now: booster(t, gated(t, c, p, x), m, now), GATES),
    "primary": (lambda t, c, m, p, x, now: booster(t, primary(t, c, p, x), dataclasses.replace(m, threshold=x), now),
                (0.3, 0.4, 0.5, 0.6, 0.7)),
}


def counts(t: Text, cands: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    return score(t.case, cands)


def f1(total: list[int]) -> float:
    found, required, cands, noise = total
    r = found / max(required, 1)
    p = (cands - noise) / max(cands, 1)
    return 2 * p * r / max(p + r, 1e-9)


def base_of(t: Text) -> list[dict[str, Any]]:
    """The rules' candidates the way they were on texts they had not seen, where known."""
    return t.first_seen if t.first_seen is not None else t.now


def _add(a: list[int], b: tuple[int, int, int, int] | list[int]) -> list[int]:
    return [x + y for x, y in zip(a, b, strict=True)]


class Folds:
    """The models of leave-one-batch-out and of its inner folds: one trained without each batch, and one without
    each pair of batches (the model of inner fold b when h is held out is the model without h and b, so a setting
    for h is chosen on models that never saw h), each trained once and asked about the batches it left out."""

    def __init__(self, texts: list[Text], batches: list[str]) -> None:
        self.texts = texts
        self.batches = batches
        self.models: dict[frozenset[str], classify.Model] = {}
        self.probs: dict[tuple[frozenset[str], int], list[dict[str, float]]] = {}

    def model(self, without: frozenset[str]) -> classify.Model:
        if without not in self.models:
            self.models[without] = train([(f, g) for t in self.texts if t.batch not in without
                                          for f, g in zip(t.feats, t.gold, strict=True) if g != SKIP])
        return self.models[without]

    def probabilities(self, without: frozenset[str], t: Text) -> list[dict[str, float]]:
        if (without, id(t)) not in self.probs:
            model = self.model(without)
            self.probs[without, id(t)] = [model.probabilities(f) for f in t.feats]
        return self.probs[without, id(t)]


def choose(folds: Folds, held: str, quick: bool = False) -> dict[str, float]:
    """Each configuration's setting, chosen by leave-one-batch-out inside the training batches (never the held-out
    one): the best pooled F1 over the inner held-out batches, scored on the rules' first-seen candidates. With
    `quick`, an inner batch is scored by the model trained without it alone (the held-out batch's sentences among
    its training: 28 models instead of 400, on a shared machine; the held-out batch is still never scored)."""
    inner = [b for b in folds.batches if b != held and any(t.first_seen is not None for t in folds.texts
                                                            if t.batch == b)]
    totals: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for b in inner:
        without = frozenset([b] if quick else [held, b]) - {""}
        model = folds.model(without)
        for t in folds.texts:
            if t.batch != b:
                continue
            probs = folds.probabilities(without, t)
            for name, (run, grid) in CONFIGS.items():
                for x in grid:
                    totals[name, x] = _add(totals[name, x], counts(t, run(t, base_of(t), model, probs, x, False)))
    chosen = {}
    for name, (_, grid) in CONFIGS.items():
        chosen[name] = max(grid, key=lambda x, n=name: (round(f1(totals[n, x]), 4), -abs(x - grid[len(grid) // 2])))
        line = ", ".join(f"{x}: {_fig(totals[name, x])}" for x in grid)
        print(f"    inner {name}: {line} -> {chosen[name]}")
    return chosen


def _fig(total: list[int]) -> str:
    found, required, cands, noise = total
    return f"{found}/{required} {cands - noise}/{cands}"


def first_seen_candidates(commit: str, case: dict[str, Any]) -> list[dict[str, Any]]:
    """The candidates of the kamertaak at an earlier commit (git archive into a cache folder), cached per text."""
    cache = Path(os.environ.get("TMPDIR", "/tmp")) / "kamertaak-first-seen" / commit
    if not (cache / "kamertaak").is_dir():  # (a commit's archive, made once)
        cache.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "kamertaak"], capture_output=True,
                                 check=True)
        subprocess.run(["tar", "-x", "-C", str(cache)], input=archive.stdout, check=True)
        # the rules alone: a classifier that commit shipped is what is measured here, not part of its rules
        stage = cache / "kamertaak" / "core" / "extract" / "pipeline.py"
        if stage.exists():
            stage.write_text(stage.read_text(encoding="utf-8").replace(
                "learned = classifier_drafts(ctx, drafts)", "learned = []"), encoding="utf-8")
    key = hashlib.sha256((case["ref"] + case["text"]).encode()).hexdigest()[:16]
    saved = cache / f"{key}.json"
    if not saved.exists():
        saved.write_text(json.dumps(rules_at(cache, case)), encoding="utf-8")
    cands: list[dict[str, Any]] = json.loads(saved.read_text(encoding="utf-8"))
    return cands


KINDS = ("summary", "handelingen", "letter_or_register", "vote_news", "negative")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write the weights trained on everything to {OUT}")
    parser.add_argument("--held-out", nargs="*", default=None, help="the batches to hold out in turn (default: all)")
    parser.add_argument("--no-first-seen", action="store_true", help="score the current rules only")
    parser.add_argument("--batch", nargs="*", default=[], metavar="NAME=FILE", help="another labelled batch")
    parser.add_argument("--out", type=Path, default=OUT, help="with --write: where to write the weights (a scratch "
                        "path to compare them before they replace the shipped ones)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="with --write: the shipped threshold (default: the booster's, chosen in the folds)")
    parser.add_argument("--quick-inner", action="store_true",
                        help="settings chosen with the models without each inner batch only (see choose)")
    args = parser.parse_args()
    texts: list[Text] = []
    for batch, case in load({**BATCHES, **{n: Path(f) for n, f in (x.split("=", 1) for x in args.batch)}}):
        ctx = context(case["text"], dt.date.fromisoformat(case["ref"]))
        gold = labels(ctx, case)
        feats = [classify.sentence_features(ctx, k) for k in range(len(ctx.sentences))]
        commit = FIRST_SEEN.get(batch)
        earlier = first_seen_candidates(commit, case) if commit and not args.no_first_seen else None
        texts.append(Text(batch, case, ctx, gold, feats, rules(case, None), earlier))
    batches = list(dict.fromkeys(t.batch for t in texts))
    folds = Folds(texts, batches)
    counted = Counter((t.batch, g) for t in texts for g in t.gold)
    print("sentences per batch and label:", dict(sorted(counted.items())))
    table: list[str] = []
    per_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    negative: dict[str, int] = defaultdict(int)  # the most candidates in one negative text
    for held in batches if args.held_out is None else args.held_out:
        without = frozenset([held])
        print(f"\nheld out {held}, trained on the rest")
        chosen = choose(folds, held, args.quick_inner)
        model = folds.model(without)
        mine = [t for t in texts if t.batch == held]
        probs = {id(t): folds.probabilities(without, t) for t in mine}
        gold_all = [g for t in mine for g in t.gold]
        flat = [p for t in mine for p in probs[id(t)]]
        ours = [max((k for k in p if k != "none"), key=p.__getitem__) if follow_up(p) >= THRESHOLD else "none"
                for p in flat]
        print(f"  sentences, classifier at {THRESHOLD}: {sentence_figures(gold_all, ours)}")
        bases = [("now", lambda t: t.now, True)]
        if all(t.first_seen is not None for t in mine):
            bases.append(("first seen", base_of, False))
        for label, base, current in bases:
            for name, (run, _) in CONFIGS.items():
                x = chosen[name]
                runs = {id(t.case): run(t, base(t), model, probs[id(t)], x, current) for t in mine}
                line = end_to_end([t.case for t in mine], lambda c, r=runs: r[id(c)])
                print(f"  rules {label:<10} {name:<8} ({x}): {line}")
                total = [0, 0, 0, 0]
                for t in mine:
                    got = counts(t, runs[id(t.case)])
                    total = _add(total, got)
                    if not current:
                        kind = t.case.get("kind_of_text", "?")
                        per_kind[name, kind] = _add(per_kind[name, kind], got)
                        per_kind[name, "all"] = _add(per_kind[name, "all"], got)
                        if kind == "negative":
                            negative[name] = max(negative[name], len(runs[id(t.case)]))
                table.append(f"| {held} | rules {label} | {name} ({x}) | {_fig(total)} |")
    print("\n| held out | rules | configuration (setting) | recall, precision |\n|---|---|---|---|")
    print("\n".join(table))
    if per_kind:
        print("\nfirst-seen rules, all held-out batches, per kind of text (found/required right/candidates):")
        print("| kind of text | " + " | ".join(CONFIGS) + " |\n|---|" + "---|" * len(CONFIGS))
        for kind in (*KINDS, "all"):
            print(f"| {kind} | " + " | ".join(_fig(per_kind[n, kind]) for n in CONFIGS) + " |")
        print("most candidates in one negative text:", dict(negative))
    if args.write:
        threshold = args.threshold
        if threshold is None:  # (with --threshold, no inner folds are trained: a model over all batches only)
            print("\nthe shipped setting, chosen the same way over all batches:")
            threshold = choose(folds, "")["booster"]
        rows = [(f, g) for t in texts for f, g in zip(t.feats, t.gold, strict=True) if g != SKIP]
        # the booster ships (docs/triage-eval.md); --threshold: a setting chosen otherwise (the thirteenth session
        # measured 0.7: no more candidates in the negative texts than the weights before, leave-one-batch-out)
        model = dataclasses.replace(train(rows), threshold=threshold)
        args.out.write_text(dump(to_json(model)), encoding="utf-8")
        print(f"wrote {args.out} ({len(rows)} sentences, {len(model.weights)} features, "
              f"threshold {model.threshold})")


if __name__ == "__main__":
    sys.exit(main())
