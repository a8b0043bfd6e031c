"""What each gate of the learned classifier's drafts costs and buys, measured leave-one-batch-out.

    python bench/classifier_gates.py --shipped --motion-filter   # each gate left out in turn, thresholds, near step
    python bench/classifier_gates.py --motion-filter --cache plain   # the same with weights trained without the batch
    python bench/classifier_gates.py --show GATE ...              # what a gate refuses and the noise it keeps out
    python bench/classifier_gates.py --features deadline subject  # features tried beside sentence_features
    python bench/classifier_gates.py --loosen --motion-filter --cache cg27 --threshold 0.7   # the gates loosened

The classifier's drafts (classify.classifier_drafts) pass a row of gates: the cheap one (may_have_what_it_needs), a
page telling its own update, a letter saying it is a reply, a rule's draft of the same kind within two sentences
(the "dropped beside a rule" step), a sentence pointing back with "hierover" after a rule's draft, and what each
kind needs of its fields (_has_what_it_needs, in parts), and the rules' refusals ("refusals": commitments.not_a_promise,
a meeting told as held, a member's words with no one to act). Each batch is held out in turn: the model trained on all
the others (bench/train_classifier.py's labels and features), or with --shipped the shipped weights (honest on the
batches they never saw: the "unseen-by-shipped" figure), scores its sentences, and the booster runs behind the rules
as they were when the batch was first seen (FIRST_SEEN; --current: today's rules); the candidates are scored with
the shared scorer's matching. --motion-filter drops a classifier motion in a sentence naming a motion behind the
first-seen rules too, as today's pipeline does behind today's. A variant leaves one gate out (or sets the threshold,
or the near distance); nothing is chosen on the held-out batch. Printed per variant: found/required and
right/candidates over all batches and over those the shipped weights never saw, the most candidates in one negative
text, and the change against the shipped gates per batch (found/noise).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import pickle
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import train_classifier as tc
from score_triage import matches

from kamertaak.core.extract import classify as cl
from kamertaak.core.extract import pipeline
from kamertaak.core.extract.commitments import not_a_promise
from kamertaak.core.extract.cues import LETTER_IS_A_REPLY, NOT_GUARANTEED, PAST_MARKER, TEXT_UPDATED, told_as_held
from kamertaak.core.extract.due import nearest_deadline
from kamertaak.core.extract.genre import settle
from kamertaak.core.extract.letters import answered_requests
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.motions import names_a_motion
from kamertaak.core.extract.people import has_government, sentence_actors

Probs = list[dict[str, float]]


@dataclasses.dataclass(frozen=True)
class Variant:
    name: str
    off: frozenset[str] = frozenset()  # the gates left out
    threshold: float = 0.5
    near: int = cl._NEAR
    sure: float = 2.0  # at or above this probability of a follow-up, the gates in `off_when_sure` are left out
    off_when_sure: frozenset[str] = frozenset()
    motion_filter: bool = False  # behind the first-seen rules too, no motion in a sentence naming one (as today)
    # loosenings (thirteenth session): a draft in a sentence a rule's draft of another kind reads; a lower threshold
    # where the sentence names the government or a member and holds a time phrase; the classifier's kind over a rule
    # candidate's where it is this sure of its own (the rule's candidate replaced by the classifier's draft)
    other_kind: str = ""  # "any" kind but the rule's, "not_motion" (nor in a motion's sentences), "promise" (only
    # the model's promise in a sentence the rules read only as a deadline)
    low: float = 2.0
    kind_over: float = 2.0
    on: frozenset[str] = frozenset()  # gates tried beside the shipped ones ("d_actor": a deadline needs someone)


def _needs(ctx: Context, i: int, kind: str, actors: Any, off: frozenset[str]) -> bool:
    """classify._has_what_it_needs, each part a gate that can be left out."""
    s = ctx.sentences[i]
    if kind == "commitment":
        listed = any(a <= s.start < b for a, b in ctx.commitment_lists)
        return (
            ("c_gov" in off or has_government(ctx, i, actors) or bool(cl._PROMISE_NAMED.search(s.text)))
            and ("c_past" in off or listed or not PAST_MARKER.search(s.text))
            and ("c_letter" in off or not cl._A_LETTER_NAMED.match(s.text))
            and ("c_request" in off or not (cl._REQUEST.search(s.text) and not cl._PROMISE.search(s.text)))
        )
    if kind == "deadline":
        if "d_due" not in off:
            found = nearest_deadline(ctx, s.start, s.end, s.start, s.end)
            if found is None or found.resolution.due is None:
                return False
        return ("d_past" in off or not PAST_MARKER.search(s.text)) and ("d_held" in off or not told_as_held(s.text))
    return (("m_one" in off or bool(cl._ONE_MOTION.search(s.text)))
            and ("m_any" in off or not cl._ANY_MOTION.search(s.text)))


def drafts_of(ctx: Context, rules: list[Draft], probs: Probs, v: Variant,
              refused: dict[str, list[int]] | None = None) -> list[Draft]:
    """classify.classifier_drafts with the variant's gates (probabilities given); `refused` collects, per gate, the
    sentences it refused that the model called a follow-up."""
    covered = {i for d in rules for i in range(d.first, d.last + 1)}
    covered_kind = {(d.kind, i) for d in rules for i in range(d.first, d.last + 1)}
    only_a_term = {i for k, i in covered_kind if k == "deadline"} - {i for k, i in covered_kind if k != "deadline"}
    near = {(d.kind, i) for d in rules for i in range(d.first - v.near, d.last + v.near + 1)}
    told_before = {(d.kind, i) for d in rules for i in range(d.last + 1, d.last + cl._BACK + 1)}
    out: list[Draft] = []
    for i, s in enumerate(ctx.sentences):
        if i in covered and not v.other_kind:
            continue
        p = probs[i]
        follow_up = 1.0 - p["none"]
        if follow_up < min(v.threshold, v.low):
            continue
        kind = max((k for k in p if k != "none"), key=p.__getitem__)
        if i in covered and (
                (kind, i) in covered_kind
                or (v.other_kind == "not_motion" and ("motion", i) in covered_kind)
                or (v.other_kind == "promise" and (i not in only_a_term or kind != "commitment"))):
            continue
        if follow_up < v.threshold and not actor_and_time(ctx, i):
            continue
        off = v.off | (v.off_when_sure if follow_up >= v.sure else frozenset())

        def no(gate: str, i: int = i, off: frozenset[str] = off) -> bool:
            if gate in off:
                return False
            if refused is not None:
                refused[gate].append(i)
            return True

        if not cl.may_have_what_it_needs(ctx, i) and no("cheap"):
            continue
        if TEXT_UPDATED.search(s.text) and no("updated"):
            continue
        if ctx.letter and LETTER_IS_A_REPLY.search(s.text) and no("reply"):
            continue
        near_kind = f"near_{kind}" not in off
        if (kind, i) in near and near_kind and no("near"):
            continue
        if (kind, i) in told_before and cl._POINTS_BACK_ADVERB.search(s.text) and no("told_before"):
            continue
        actors = sentence_actors(ctx, i, i)
        if "needs" not in off and not _needs(ctx, i, kind, actors, off) and no("needs"):
            continue
        why = not_a_promise(ctx, i) if "refusals" not in off else None
        if why and (kind == "commitment" or why == "someone else's") and no("refusals"):
            continue
        speaker = ctx.speakers.get(i)
        if ("refusals" not in off and kind == "deadline" and not actors and speaker is not None
                and speaker.role == "member" and no("refusals")):
            continue
        if "refusals" not in off and kind == "deadline" and cl._MET.search(s.text) and (
                (due := nearest_deadline(ctx, s.start, s.end, s.start, s.end)) is not None
                and due.resolution.due is not None and ctx.ref != dt.date.min
                and due.resolution.due <= ctx.ref) and no("refusals"):
            continue
        if "d_actor" in v.on and kind == "deadline" and not (
                actors or has_government(ctx, i, actors) or _BODY.search(s.text)) and no("d_actor"):
            continue
        draft = Draft(kind, cl.status_of(ctx, i, kind), round(0.5 * follow_up, 2), i, i, (s.start, s.end),
                      clause=cl._ASIDE.sub(" ", cl._SPEECH_FRAME.sub("", s.text)), actors=actors)
        if NOT_GUARANTEED.search(s.text):
            refusal = NOT_GUARANTEED.search(s.text)
            assert refusal is not None
            draft.due_zone = (s.start, s.start)
            what = re.sub(r"\s+(?:(?:klaar|gereed|af|er)\s+)?(?:is|zijn|komt|komen|verschijnt|verschijnen|ligt)$",
                          "", s.text[refusal.end():].strip(" ."), flags=re.IGNORECASE)
            draft.clause = what or draft.clause
        out.append(draft)
    return out


_BODY = re.compile(r"\b(?:kamer|commissie|raad|senaat|parlement|college|kabinet|regering)\b", re.IGNORECASE)


def actor_and_time(ctx: Context, i: int) -> bool:
    """The sentence names the government or a member and holds a time phrase."""
    s = ctx.sentences[i]
    if not ctx.deadlines_in(s.start, s.end):
        return False
    actors = sentence_actors(ctx, i, i)
    return has_government(ctx, i, actors) or any(a.role == "member" for a in actors)


def stand_ins_of(t: tc.Text, cands: list[dict[str, Any]]) -> list[Draft]:
    return [Draft(c["kind"], c["status"], 1.0, min(ks), max(ks), (0, 0)) for c in cands if (ks := t.sentences_of(c))]


_DONE: dict[Any, list[dict[str, Any]]] = {}


def boosted(t: tc.Text, cands: list[dict[str, Any]], probs: Probs, v: Variant, current: bool,
            refused: dict[str, list[int]] | None = None) -> list[dict[str, Any]]:
    """The rules' candidates plus the classifier's, as the pipeline adds them (train_classifier.booster)."""

    def learned_drafts(stand_ins: list[Draft], refused: dict[str, list[int]] | None = None) -> list[Draft]:
        return [d for d in drafts_of(t.ctx, stand_ins, probs, v, refused)
                if not (current or v.motion_filter) or "names_motion" in v.off or d.kind != "motion"
                or not names_a_motion(t.ctx, d.first)]

    if v.kind_over <= 1:
        keep, swapped = [], {}  # swapped: sentence -> the rule's candidate the classifier's kind replaces
        for c in cands:
            ks = t.sentences_of(c)
            if len(ks) == 1 and c["kind"] in probs[ks[0]] and c["kind"] != "none":
                p = probs[ks[0]]
                kind = max((k for k in p if k != "none"), key=p.__getitem__)
                if kind != c["kind"] and p[kind] >= v.kind_over:
                    swapped[ks[0]] = c
                    continue
            keep.append(c)
        if swapped:
            made = {d.first for d in learned_drafts(stand_ins_of(t, keep))}
            keep += [c for k, c in swapped.items() if k not in made]  # no draft of the classifier's: the rule's stays
            cands = [c for c in cands if any(c is x for x in keep)]  # in the rules' order
    stand_ins = stand_ins_of(t, cands)
    drafts = learned_drafts(stand_ins, refused)
    key = (id(t), current, tuple((d.first, d.kind, d.confidence) for d in drafts),
           tuple((d.first, d.kind, d.status) for d in stand_ins))
    if key not in _DONE:
        learned = settle(t.ctx, drafts, stand_ins)
        answered_requests(t.ctx, learned, add=False)
        _DONE[key] = [c.to_json() for c in pipeline._finish(t.ctx, pipeline._dedupe(learned))]
    return [*cands, *_DONE[key]]


def total(rows: Iterable[tuple[int, int, int, int]]) -> list[int]:
    out = [0, 0, 0, 0]
    for r in rows:
        out = [a + b for a, b in zip(out, r, strict=True)]
    return out


def fig(t: list[int]) -> str:
    return f"{t[0]}/{t[1]} {t[2] - t[3]}/{t[2]} (F1 {tc.f1(t):.3f})"


LOOSENINGS = [
    Variant("other kind", other_kind="any"),
    Variant("other kind, not in a motion", other_kind="not_motion"),
    Variant("a promise beside a rule's term", other_kind="promise"),
    *(Variant(f"low {x}", low=x) for x in (0.2, 0.3, 0.4)),
    *(Variant(f"kind over {x}", kind_over=x) for x in (0.6, 0.7, 0.8, 0.9)),
    Variant("a deadline needs someone named", on=frozenset(["d_actor"])),
]
VARIANTS = [
    Variant("shipped gates"),
    *(Variant(f"without {g}", frozenset([g])) for g in
      ("cheap", "updated", "reply", "near", "told_before", "needs", "c_gov", "c_past", "c_letter", "c_request",
       "d_due", "d_past", "d_held", "m_one", "m_any", "names_motion", "refusals")),
    *(Variant(f"threshold {x}", threshold=x) for x in (0.3, 0.4, 0.6, 0.7, 0.8)),
    *(Variant(f"near {n}", near=n) for n in (0, 1, 3)),
    Variant("near for motions and deadlines", frozenset(["near_commitment"])),
    Variant("near for motions", frozenset(["near_commitment", "near_deadline"])),
]


def build(no_first_seen: bool = False) -> list[tc.Text]:
    texts = []
    for batch, case in tc.load():
        ctx = tc.context(case["text"], dt.date.fromisoformat(case["ref"]))
        gold = tc.labels(ctx, case)
        feats = [cl.sentence_features(ctx, k) for k in range(len(ctx.sentences))]
        commit = tc.FIRST_SEEN.get(batch)
        earlier = tc.first_seen_candidates(commit, case) if commit and not no_first_seen else None
        texts.append(tc.Text(batch, case, ctx, gold, feats, tc.rules(case, None), earlier))
    return texts


def lobo_probs(texts: list[tc.Text], featurize: Callable[[tc.Text], list[set[str]]] | None = None,
               model: cl.Model | None = None, cache: str | None = None) -> dict[int, Probs]:
    """Each text's sentence probabilities from the model trained without its batch (or the given model); with
    `cache`, kept in a file of that name under $TMPDIR (by batch and text id, for the next run)."""
    where = Path(os.environ.get("TMPDIR", "/tmp")) / f"kamertaak-lobo-{cache}.pickle" if cache else None
    if where is not None and where.exists():
        kept = pickle.loads(where.read_bytes())
        return {id(t): kept[t.batch, t.case["id"]] for t in texts if (t.batch, t.case["id"]) in kept}
    feats = {id(t): (featurize(t) if featurize else t.feats) for t in texts}
    out: dict[int, Probs] = {}
    for b in dict.fromkeys(t.batch for t in texts):
        mine = [t for t in texts if t.batch == b]
        if not any(t.first_seen is not None for t in mine):
            continue
        m = model or tc.train([(f, g) for t in texts if t.batch != b
                               for f, g in zip(feats[id(t)], t.gold, strict=True) if g != tc.SKIP])
        for t in mine:
            out[id(t)] = [m.probabilities(f) for f in feats[id(t)]]
    if where is not None:
        where.write_bytes(pickle.dumps({(t.batch, t.case["id"]): out[id(t)] for t in texts if id(t) in out}))
    return out


def measure(texts: list[tc.Text], probs: dict[int, Probs], v: Variant, current: bool = False,
            refused: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """Per batch (and 'negative': the most candidates in one negative text) the booster's counts."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    worst = [0, 0, 0, 0]
    for t in texts:
        if id(t) not in probs:
            continue
        base = t.now if current else tc.base_of(t)
        cands = boosted(t, base, probs[id(t)], v, current, refused)
        got = tc.score(t.case, cands)
        per[t.batch] = [a + b for a, b in zip(per[t.batch], got, strict=True)]
        if t.case.get("kind_of_text") == "negative":
            worst[2] = max(worst[2], len(cands))
            worst[0] += len(cands)
    per["negative max"] = worst  # [candidates in all negative texts, -, the most in one, -]
    return per


UNSEEN_BY_SHIPPED = ("val-v4", "train-v5", "v5", "train-v6", "v6", "v6b", "train-v7", "v7a", "v7b", "train-v8",
                     "v8a", "v8b", "v8c")


def report(name: str, per: dict[str, list[int]], base: dict[str, list[int]] | None) -> None:
    batches = [b for b in per if b != "negative max"]
    all_ = total(per[b] for b in batches)
    unseen = total(per[b] for b in batches if b in UNSEEN_BY_SHIPPED)
    line = (f"{name:<22} all {fig(all_)}  unseen-by-shipped {fig(unseen)}  negative max {per['negative max'][2]}"
            f" all {per['negative max'][0]}")
    if base is not None:
        b_all = total(base[b] for b in batches)
        right = all_[2] - all_[3] - b_all[2] + b_all[3]
        line += f"  Δ found {all_[0] - b_all[0]:+d} right {right:+d} noise {all_[3] - b_all[3]:+d}"
        moved = [f"{b} {per[b][0] - base[b][0]:+d}/{per[b][3] - base[b][3]:+d}" for b in batches
                 if per[b] != base[b]]
        if moved:
            line += "\n" + " " * 24 + "found/noise per batch: " + ", ".join(moved)
    print(line, flush=True)


def show(texts: list[tc.Text], probs: dict[int, Probs], gate: str) -> None:
    """The required items the gate refuses (found without it, not with it) and the noise it keeps out."""
    with_gate, without = Variant("with"), Variant("without", frozenset([gate]))
    for t in texts:
        if id(t) not in probs:
            continue
        a = boosted(t, tc.base_of(t), probs[id(t)], with_gate, False)
        b = boosted(t, tc.base_of(t), probs[id(t)], without, False)
        if a == b:
            continue
        everything = [*t.case.get("optional", []), *t.case["required"]]
        for c in b:
            if c in a:
                continue
            req = [r.get("id", "?") for r in t.case["required"] if matches(r, c)]
            noise = not any(matches(o, c) for o in everything)
            tag = f"FOUND {req}" if req else ("NOISE" if noise else "optional")
            print(f"{t.batch} {t.case['id']} {tag}: {c['kind']}/{c['status']} {c['quote'][:160]!r}")


# --- features tried beside classify.sentence_features (each retrains the leave-one-batch-out models) ------------

_GOV_START = re.compile(r"^\W*(?:\d+\W+)?(?:(?:de|het|dit|deze)\s+)?(?:minister\w*|staatssecretaris\w*|kabinet|regering"
                        r"|bewinds\w+|ministerie)\b", re.IGNORECASE)
_KAMER_START = re.compile(r"^\W*(?:\d+\W+)?(?:de\s+)?(?:(?:tweede|eerste)\s+)?"
                          r"(?:kamer|commissie|senaat|gemeenteraad|raad)\b", re.IGNORECASE)
_FIRST_START = re.compile(r"^\W*(?:\d+\W+)?(?:\w+\s+){0,3}?(?:ik|wij|we)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:zal|zullen|ga|gaat|gaan|wil|willen|moet|moeten|kan|kunnen|wordt|worden)\b", re.IGNORECASE)


def subject(ctx: Context, i: int) -> set[str]:
    """Who the sentence's first words name: the government, the Kamer or a committee, a member or party, else other."""
    s = ctx.sentences[i]
    head = s.text[:60]
    roles = [m.actor.role for m in ctx.mentions_between(s.start, s.start + 40)]
    if _GOV_START.search(head) or any(r in ("minister", "state_secretary") for r in roles):
        return {"subj:gov"}
    if _FIRST_START.search(head):
        speaker = ctx.speakers.get(i)
        if ctx.letter or (speaker is not None and speaker.role in ("minister", "state_secretary")):
            return {"subj:gov_first"}
        return {"subj:first"}
    if _KAMER_START.search(head):
        return {"subj:kamer"}
    if roles:
        return {f"subj:{roles[0]}"}
    return {"subj:other"}


def deadline(ctx: Context, i: int) -> set[str]:
    """A deadline phrase in the sentence, and whether its day is still to come."""
    s = ctx.sentences[i]
    found = ctx.deadlines_in(s.start, s.end)
    out = set()
    for d in found:
        due = d.resolution.due
        if due is None:
            out.add("dl:vague")
        else:
            out.add("dl:future" if due >= ctx.ref else "dl:past")
    if ctx.deadlines_in(s.start, s.end, terms_only=True):
        out.add("dl:term")
    return out or {"dl:none"}


def position(ctx: Context, i: int) -> set[str]:
    n = len(ctx.sentences)
    out = {f"pos:{min(4, 5 * i // max(n, 1))}"}
    s = ctx.sentences[i]
    prev = ctx.sentences[i - 1] if i else None
    if s.item:
        out.add("item:first" if prev is None or not prev.item else "item:later")
    if prev is not None and prev.text.rstrip().endswith(":"):
        out.add("after_colon")
    return out


def previous(ctx: Context, i: int, feats: list[set[str]]) -> set[str]:
    return {"p" + f for f in feats[i - 1] if f.startswith("c:")} if i else {"p:start"}


def mood(ctx: Context, i: int) -> set[str]:
    s = ctx.sentences[i].text
    out = set()
    if _MODAL.search(s):
        out.add("mood:modal")
    if s.rstrip().endswith("?"):
        out.add("mood:question")
    return out


FEATURES: dict[str, Callable[[Context, int, list[set[str]]], set[str]]] = {
    "subject": lambda ctx, i, f: subject(ctx, i),
    "deadline": lambda ctx, i, f: deadline(ctx, i),
    "position": lambda ctx, i, f: position(ctx, i),
    "previous": previous,
    "mood": lambda ctx, i, f: mood(ctx, i),
}


def with_features(names: list[str]) -> Callable[[tc.Text], list[set[str]]]:
    def featurize(t: tc.Text) -> list[set[str]]:
        return [f | set().union(*(FEATURES[n](t.ctx, i, t.feats) for n in names)) for i, f in enumerate(t.feats)]
    return featurize


def sentence_level(texts: list[tc.Text], probs: dict[int, Probs], at: float = 0.5) -> str:
    gold = [g for t in texts if id(t) in probs for g in t.gold]
    flat = [p for t in texts if id(t) in probs for p in probs[id(t)]]
    ours = [max((k for k in p if k != "none"), key=p.__getitem__) if 1 - p["none"] >= at else "none" for p in flat]
    return tc.sentence_figures(gold, ours)


def check(texts: list[tc.Text]) -> None:
    """drafts_of with the shipped gates is classify.classifier_drafts (the shipped model, today's rules)."""
    model = cl.shipped_model()
    for t in texts[::7]:
        rules = stand_ins_of(t, t.now)
        ours = drafts_of(t.ctx, rules, [model.probabilities(f) for f in t.feats], Variant("shipped"))
        saved = cl.sentence_features
        cl.sentence_features = lambda ctx, i, t=t: t.feats[i]  # type: ignore[assignment]
        try:
            theirs = cl.classifier_drafts(t.ctx, rules, model)
        finally:
            cl.sentence_features = saved  # type: ignore[assignment]
        got, want = ([(d.first, d.kind, d.status) for d in x] for x in (ours, theirs))
        assert got == want, t.case["id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", nargs="*", default=[], help="list what these gates refuse and keep out")
    parser.add_argument("--features", nargs="*", default=None, help="feature sets to try (FEATURES; a+b together)")
    parser.add_argument("--cache", default=None, help="keep the plain models' probabilities under this name")
    parser.add_argument("--shipped", action="store_true",
                        help="the shipped weights (honest on the batches they never saw)")
    parser.add_argument("--motion-filter", action="store_true",
                        help="behind the first-seen rules too, no classifier motion in a sentence naming a motion")
    parser.add_argument("--only", nargs="*", default=[], help="only the variants whose names start so")
    parser.add_argument("--current", action="store_true", help="behind today's rules, not the first-seen ones")
    parser.add_argument("--loosen", action="store_true", help="the loosenings of the gates (thirteenth session)")
    parser.add_argument("--threshold", type=float, default=None, help="every variant at this threshold")
    args = parser.parse_args()
    texts = build()
    probs = lobo_probs(texts, model=cl.shipped_model()) if args.shipped else lobo_probs(texts, cache=args.cache)
    if args.loosen:
        VARIANTS[1:] = LOOSENINGS
    if args.motion_filter:
        VARIANTS[:] = [dataclasses.replace(v, motion_filter=True) for v in VARIANTS]
    if args.threshold is not None:
        VARIANTS[:] = [dataclasses.replace(v, threshold=args.threshold) for v in VARIANTS]
    if args.features is not None:
        base = {x: measure(texts, probs, Variant("", threshold=x)) for x in (0.5, 0.7)}
        for x in (0.5, 0.7):
            report(f"plain at {x}", base[x], None)
        print("   sentences:", sentence_level(texts, probs))
        for names in args.features:
            p = lobo_probs(texts, with_features(names.split("+")))
            for x in (0.5, 0.7):
                report(f"{names} at {x}", measure(texts, p, Variant("", threshold=x)), base[x])
            print("   sentences:", sentence_level(texts, p))
        return
    for gate in args.show:
        print(f"\n== {gate}")
        show(texts, probs, gate)
    if args.show:
        return
    check(texts)
    rules_alone: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for t in texts:
        if id(t) in probs:
            got = tc.score(t.case, t.now if args.current else tc.base_of(t))
            rules_alone[t.batch] = [a + b for a, b in zip(rules_alone[t.batch], got, strict=True)]
    rules_alone["negative max"] = [0, 0, 0, 0]
    report("rules alone", rules_alone, None)
    base = measure(texts, probs, VARIANTS[0], args.current)
    shipped = lobo_probs(texts, model=cl.shipped_model())
    report("shipped weights", measure(texts, shipped, VARIANTS[0], args.current), base)
    for v in VARIANTS:
        if args.only and v is not VARIANTS[0] and not any(v.name.startswith(x) for x in args.only):
            continue
        report(v.name, measure(texts, probs, v, args.current), None if v is VARIANTS[0] else base)


if __name__ == "__main__":
    sys.exit(main())
