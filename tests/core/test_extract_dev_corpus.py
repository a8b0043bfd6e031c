"""The shared dev corpus (../shared/eval/triage: the seed, the snippets and twelve real texts of five kinds)
and the first validation batch (tests/fixtures/triage/validation-v1.json, see docs/triage-eval.md) scored as
../shared/tools/score-triage scores them, held at the figures reached so they cannot slip back.

The texts were labelled by someone who never saw the code; rules are not written for their words. One
label is not followed on purpose: T02881 in the committee's toezeggingen list stays "deels voldaan", which
the domain calls partial, where the label says open.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kamertaak.core.extract import extract

# ../shared from the project root; a git worktree sits one level deeper, so look up the tree for it
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "eval").is_dir()),
              Path(__file__).resolve().parents[3] / "shared")
EVAL = SHARED / "eval" / "triage"

# Reached on the dev corpus (recall 10/30, precision 11/22 before the rebuild).
RECALL_FLOOR = 29
PRECISION_FLOOR = 0.93


def matches(req: dict[str, Any], cand: dict[str, Any]) -> bool:
    """The shared scorer's test: kind (one of a list), status and due where given, a text_any string in title
    or quote, an actors_any name in the actors or in title and quote."""
    kinds = req.get("kind")
    if kinds and cand["kind"] not in (kinds if isinstance(kinds, list) else [kinds]):
        return False
    if req.get("status") and cand["status"] != req["status"]:
        return False
    if req.get("due") is not None and cand["due"] != req["due"]:
        return False
    blob = f"{cand['title']} {cand['quote']}".lower()
    if req.get("text_any") and not any(t.lower() in blob for t in req["text_any"]):
        return False
    if req.get("actors_any"):
        names = " ".join(a["name"] for a in cand["actors"]).lower()
        return any(a.lower() in names or a.lower() in blob for a in req["actors_any"])
    return True


def cases() -> list[dict[str, Any]]:
    if not EVAL.exists():
        pytest.skip("shared eval corpus not available")
    seed = json.loads((EVAL / "000_9ddf5c44bb654efd.expected.json").read_text(encoding="utf-8"))
    out = [{"id": "seed", "ref": seed["ref"], "required": seed["required"], "optional": seed["optional"],
            "text": (SHARED / "seeds" / "000_9ddf5c44bb654efd.txt").read_text(encoding="utf-8")}]
    for name in ("snippets.dev.json", "texts.dev.json"):
        out.extend(json.loads((EVAL / name).read_text(encoding="utf-8")))
    return out


def score(case: dict[str, Any]) -> tuple[int, int, int, int, list[dict[str, Any]]]:
    """(found, required, candidates, noise, candidates as JSON)."""
    cands = [c.to_json() for c in extract(case["text"], dt.date.fromisoformat(case["ref"])).candidates]
    used: set[int] = set()
    found = 0
    for req in case["required"]:
        hit = next((i for i, c in enumerate(cands) if i not in used and matches(req, c)), None)
        if hit is not None:
            used.add(hit)
            found += 1
    optional = case.get("optional", [])
    noise = [c for i, c in enumerate(cands) if i not in used
             and not any(matches(o, c) for o in [*optional, *case["required"]])]
    return found, len(case["required"]), len(cands), len(noise), cands


@pytest.fixture(scope="module")
def scored() -> dict[str, tuple[int, int, int, int, list[dict[str, Any]]]]:
    return {case["id"]: score(case) for case in cases()}


def test_recall_and_precision_hold(scored: dict[str, tuple[int, int, int, int, list[dict[str, Any]]]]) -> None:
    found = sum(s[0] for s in scored.values())
    candidates = sum(s[2] for s in scored.values())
    noise = sum(s[3] for s in scored.values())
    assert found >= RECALL_FLOOR
    assert (candidates - noise) / candidates >= PRECISION_FLOOR


def test_seed_all_five_with_little_noise(scored: dict[str, tuple[int, int, int, int, list[dict[str, Any]]]]) -> None:
    found, required, _, noise, _ = scored["seed"]
    assert (found, required) == (5, 5) and noise <= 2


def test_a_text_that_promises_nothing_gives_at_most_one(
    scored: dict[str, tuple[int, int, int, int, list[dict[str, Any]]]],
) -> None:
    quiet = {name: s[2] for name, s in scored.items() if s[1] == 0}
    assert quiet and all(n <= 1 for n in quiet.values()), quiet


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "triage"


def batch_figures(name: str) -> tuple[int, int, float, list[int]]:
    """(items found, items required, share of candidates that are right, candidates per quiet text) of a
    labelled batch in tests/fixtures/triage/."""
    scores = [score(case) for case in json.loads((FIXTURES / name).read_text(encoding="utf-8"))]
    candidates, noise = sum(s[2] for s in scores), sum(s[3] for s in scores)
    quiet = [s[2] for s in scores if s[1] == 0]
    return sum(s[0] for s in scores), sum(s[1] for s in scores), (candidates - noise) / candidates, quiet


def test_validation_batch_v1_holds() -> None:
    """14 held-out texts, scored first as they came (4/26) and then used to find general gaps: now 26/26."""
    found, required, right, quiet = batch_figures("validation-v1.json")
    assert (found, required) == (26, 26)
    assert right >= 0.95
    assert len(quiet) == 3 and all(n <= 1 for n in quiet)


def test_titles_a_person_would_write(scored: dict[str, tuple[int, int, int, int, list[dict[str, Any]]]]) -> None:
    for name, (*_, cands) in scored.items():
        for c in cands:
            title = c["title"]
            assert title and title[0] == title[0].upper(), (name, title)
            assert "…" not in title and title not in ("Motie", "Toezegging", "Moties"), (name, title)
            assert all(a["name"][0].isupper() or a["role"] != "member" for a in c["actors"]), (name, c["actors"])


def test_validation_batch_v2_holds() -> None:
    """16 texts held out until scored (2/28); their commitment and event misses then read for general gaps
    (announced plans, a period closing on a day, a deliverable expected in a relative clause, the
    government answering on a weekday, a signed letter's name) and their motion misses (the Senate's verbs of
    agreeing, lists of motions after a colon or on lines of their own, held votes named in the next sentence, a
    motion page's outcome fields, a motion text's own term): the figure may not slip back."""
    found, _, right, quiet = batch_figures("validation-v2.json")
    assert found >= 28
    assert right >= 0.95
    assert all(n <= 1 for n in quiet)


def test_development_batch_train_v3_holds() -> None:
    """20 texts of a development batch labelled in the third session (first seen 8/27, then used): 27/27, 35 of 37
    candidates right (the classifier trained on all batches finds the 27th and adds two candidates whose fields
    miss an optional item's status or member)."""
    found, _, right, _ = batch_figures("train-v3.json")
    assert found >= 27
    assert right >= 0.94


def test_validation_batch_v3_holds() -> None:
    """25 texts held out in the third session (first seen 23/63, at its end 29/63 with 31 of 49 candidates
    right); used to find general gaps since (57/63, 65 of 73 right with vote lists and passages, an annex's rows,
    motions of disapproval before their vote, a motion's page): the figures may not slip back."""
    found, _, right, quiet = batch_figures("validation-v3.json")
    assert found >= 61  # ninth session (f1): a motion's text read out after it gives its filers and term -> 61
    assert right >= 0.95
    assert len(quiet) == 5 and sum(quiet) <= 1


def test_development_batch_train_v4_holds() -> None:
    """24 texts of the development batch of the fourth session (/work/eval-batches-v4, frozen; first seen on
    84a3534: 19/47, 24 of 41 candidates right), used since: 44/47, 49 of 53 right; 46/47 in the sixth session."""
    found, _, right, _ = batch_figures("train-v4.json")
    assert found >= 46
    assert right >= 0.92


def test_development_batch_train_v5_holds() -> None:
    """24 texts of the development batch of the fifth session (/work/eval-batches-v5, frozen; first seen on
    63f564f: 25/45, 27 of 37 candidates right; letters and registers 3/10), used since: 40/45, 46 of 48 right;
    41/45 in the sixth session."""
    found, _, right, quiet = batch_figures("train-v5.json")
    assert found >= 41
    assert right >= 0.93
    assert len(quiet) == 3 and sum(quiet) <= 1


def test_validation_batch_v4_holds() -> None:
    """30 texts held out in the fourth session (first seen 32/65, at its end 35/65 with 40 of 58 candidates
    right); development material from the fifth session on: the figures may not slip back (51/65, 56 of 70 right, with
    news motions, a register's minutes read per number and annex rows read whole; 63/65, 0.89 right with a term
    missed before the debate kept as the due date; 64/65 with votes 'in de week van' a day on its Tuesday)."""
    found, _, right, quiet = batch_figures("validation-v4.json")
    assert found >= 64
    assert right >= 0.89
    assert len(quiet) == 6 and sum(quiet) <= 2


def test_validation_batch_v5_holds() -> None:
    """30 texts held out in the fifth session (frozen at 15:29 before any rule of the session landed; first seen on
    63f564f: 44/68 with 51 of 65 candidates right, one text ending in an internal error; at its end 46/68, 53 of 68
    right); development material from the sixth session on: the figures may not slip back (52/68, 59 of 67 right
    with vote lines that say how the vote went, a motion page's vote under its fields, motions held by number; 59/68,
    0.93 right with debate reports' inbreng before a past clause and a motion consideration's hard term; 64/68, 0.95
    right later in the session)."""
    found, required, right, quiet = batch_figures("validation-v5.json")
    assert required == 68 and found >= 66  # tenth session (f2): a letter on the agenda carries its motion out -> 65;
    # eleventh session (hm, read while writing): "dien ik mede namens X de volgende motie in" ending a turn -> 66
    assert right >= 0.98
    assert len(quiet) == 7 and sum(quiet) <= 1


def test_development_batch_train_v6_holds() -> None:
    """24 texts of the development batch of the sixth session (/work/eval-batches-v6, frozen, sha256 c3ddfc6b...; first
    seen on f448598 before any rule of the session: 19/38, 25 of 37 candidates right; vote news 4/8, letters and
    registers 7/11), used since: 31/38, 35 of 38 right."""
    found, required, right, quiet = batch_figures("train-v6.json")
    assert required == 38 and found >= 32  # ninth session (f1): a motion told back takes the filer told before -> 32
    assert right >= 0.94
    assert len(quiet) == 1 and sum(quiet) <= 1


def test_validation_batch_v6_holds() -> None:
    """30 texts held out in the sixth session (/work/eval-heldout-v6, frozen at 18:10 before any rule of the session
    landed, sha256 ff55299f...; a thin batch: 20 required items, 14 texts with none). First seen on f448598: 9/20,
    15 of 27 candidates right; at the session's end (6574a77) 10/20, 15 of 26 right. Development material from the
    seventh session on: the figures may not slip back."""
    found, required, right, quiet = batch_figures("validation-v6.json")
    assert required == 20 and found >= 16
    assert right >= 0.75
    assert len(quiet) == 14 and all(n <= 1 for n in quiet) and sum(quiet) <= 2


def test_validation_batch_v6b_holds() -> None:
    """12 rich texts held out in the sixth session (/work/eval-heldout-v6b, frozen at 18:17, sha256 7bee0686...; at
    least two required items each; no rule writer ever opened it). First seen on f448598: 10/30, 11 of 28
    candidates right; at the session's end (6574a77) 15/30, 16 of 29 right. Development material from the seventh
    session on."""
    found, required, right, quiet = batch_figures("validation-v6b.json")
    assert required == 30 and found >= 27  # seventh session (r3) -> 24/30; eighth, partial motions (r5) -> 26;
    # ninth (f1), "Die motie draagt het kabinet op ... voor 1 april" is the motion's term -> 27
    assert right >= 0.96
    assert quiet == []


def test_development_batch_train_v7_holds() -> None:
    """16 texts (8 letters, 8 summaries) of the development batch of the seventh session (/work/eval-batches-v7,
    frozen at 22:10, sha256 8d2470f2...; first seen on 698b2dd: 8/35, 13 of 25 candidates right; letters 2/16),
    used since by the letters stage (r5): 17/35, 21 of 28 right; by the summaries stage (r2, session 8): 18/35; the
    letters' groups of motions and toezeggingen (r5, session 8): 19/35, 0.77 right; the government's "gaat ..." and
    an event whose day the next sentence gives (r2, session 8): 21/35, 0.78 right."""
    found, required, right, quiet = batch_figures("train-v7.json")
    assert required == 35 and found >= 23  # ninth session (f1): "De senator", "de staatssecretaris" named -> 23
    assert found >= 26  # sixteenth session (nc): a day called coming (a Visserijraad "van oktober a.s."), a paper a
    # letter offers now ("om u een aantal stukken aan te bieden") -> 26
    assert right >= 0.81
    assert quiet == []


def test_validation_batch_v7a_holds() -> None:
    """13 texts held out in the seventh session (/work/eval-heldout-v7a: 6 summaries, 4 Handelingen, 3 negative;
    frozen at 21:36 before any rule of the session landed, sha256 d75b25dd...; no rule writer opened it). First
    seen on 698b2dd: 10/26, 13 of 22 candidates right; at the session's end (34a247f) 11/26, 14 of 22 right.
    Development material from the eighth session on: the figures may not slip back. Eighth session, the Kamer voting
    in either word order and a motion's content told in the sentence next to it (r2): 15/26, 0.75 right; a party's
    motion is its one member's when a later sentence of the motion names the party (r2): 17/26, 0.87 right."""
    found, required, right, quiet = batch_figures("validation-v7a.json")
    assert required == 26 and found >= 18  # sixteenth session (nc): "op 22 maart aanstaande ... te heropenen" -> 18
    assert right >= 0.86
    assert quiet == [0, 0, 0]


def test_validation_batch_v7b_holds() -> None:
    """15 texts held out in the seventh session (/work/eval-heldout-v7b: 6 letters and registers, 6 vote news, 3
    negative; frozen at 21:39, sha256 07691ab8...). First seen on 698b2dd: 16/33, 26 of 33 candidates right; at the
    session's end (34a247f) 16/33, 26 of 32 right (letters 1/13 both times). Development material from the eighth
    session on: the letters' groups of motions and toezeggingen (r5, session 8) take it to 20/33, 0.88 right."""
    found, required, right, quiet = batch_figures("validation-v7b.json")
    assert required == 33 and found >= 28  # sixteenth session (nc): "Op 4 juni aanstaande heeft uw Kamer een AO
    # gepland" is to come -> 28; tenth session (f2): a vote count told next is the outcome -> 23;
    # a meeting beside what a letter does -> 24; twelfth session (vn2, read while writing): a stop without the space
    # after ends a sentence, "Daaronder was ook de motie voor X", "Ook dat voorstel kreeg geen meerderheid" -> 26;
    # (lr, read while writing) "Zoals eerder toegezegd, gaan we daarbij ook in op ..." is a promise kept now -> 27
    assert right >= 0.97
    assert quiet == [0, 0, 0]


def test_development_batch_train_v8_holds() -> None:
    """16 texts (8 letters, 8 summaries) of the development batch of the eighth session (/work/eval-batches-v8,
    frozen at 01:39, sha256 a8cb7051...; first seen on cb2e272: 17/41, 17 of 30 candidates right; letters 4/17),
    used since by the letters stage (r5): 20/41, 20 of 30 right."""
    found, required, right, quiet = batch_figures("train-v8.json")
    assert required == 41 and found >= 24  # ninth session (f1), not read while writing: "de Kamer" no name -> 21;
    # tenth (f2), not read while writing: a meeting beside what a letter does -> 22; fourteenth (lt2, read while
    # writing): a toezegging "niet op tijd kan nakomen" is missed, "zal ... aan uw Kamer worden aangeboden" -> 24
    assert right >= 0.75
    assert quiet == []


def test_validation_batch_v8a_holds() -> None:
    """10 texts held out in the eighth session (/work/eval-heldout-v8a: 5 summaries, 2 Handelingen, 3 negative;
    frozen at 01:38 before any rule of the session landed, sha256 75c0d1ed...; no rule writer opened it). First seen
    on cb2e272 and at the session's end (eb3e8c3) the same: 6/14, 8 of 11 candidates right, one candidate in one
    negative text. Development material from the ninth session on: the figures may not slip back."""
    found, required, right, quiet = batch_figures("validation-v8a.json")
    assert required == 14 and found >= 8  # eleventh session (hm, read while writing): "vandaar de volgende motie"
    # as a turn's last words -> 7; twelfth (sd, read while writing): a debate scheduled in the present tense on the
    # text's day -> 8, and a second such debate whose asker is named sentences before comes without him (a wrong
    # field: 9 of 12 right -> 10 of 14)
    assert right >= 0.71
    assert len(quiet) == 3 and all(n <= 1 for n in quiet)


def test_validation_batch_v8b_holds() -> None:
    """15 texts held out in the eighth session (/work/eval-heldout-v8b: 6 letters and registers, 6 vote news, 3
    negative; frozen at 01:39, sha256 2be1dcc0...). First seen on cb2e272: 20/38, 30 of 46 right; at the session's
    end (eb3e8c3) 21/38, 30 of 45 right. Development material from the ninth session on."""
    found, required, right, quiet = batch_figures("validation-v8b.json")
    assert found >= 33  # sixteenth session (nc): a signing "op 10 oktober aanstaande" -> 33
    assert required == 38 and found >= 32  # ninth session (f1), not read while writing: filers told before -> 22;
    # eleventh session (vn, read while writing): "werd met algemene stemmen gesteund" is adopted -> 25; an outcome
    # line over the motion's considerations takes its subject from the dictum -> 27; (hm, not read while writing) the
    # minutes' "deadlines te verzetten naar" gives the toezeggingen their due -> 29; twelfth session (vn2, read while
    # writing): "waaronder die voor X" among counted motions, "de motie van de PvdA en het CDA die", a rejected
    # motion not merged into an adopted one -> 31; (lr, read while writing) "T02201: de toezegging is deels voldaan"
    # tells the item's state, and the items after an entry's own line are their own (six numbers had been taken into
    # the entry before them) -> 32, 0.96 right
    assert right >= 0.96
    assert quiet == [0, 0, 0]


def test_validation_batch_v8c_holds() -> None:
    """4 texts held out in the eighth session (/work/eval-heldout-v8c: 3 Handelingen and committee minutes, 1
    letter; frozen at 01:46, before any rule of the session landed, sha256 6f6a2dbe...). First seen on cb2e272 and at
    the session's end the same: 3/11, 6 of 8 right. Development material from the ninth session on."""
    found, required, right, quiet = batch_figures("validation-v8c.json")
    assert found >= 6  # sixteenth session (nc): "Voor de Europese Raad van 24 en 25 juni a.s." -> 6
    assert required == 11 and found >= 5  # eleventh session (hm, read while writing): "de deadlines te verzetten
    # naar 1 januari 2023" gives the toezeggingen their due -> 5
    assert right >= 0.87
    assert quiet == []


def test_validation_batch_v9a_holds() -> None:
    """12 texts held out in the ninth session (/work/eval-heldout-v9a: 5 summaries, 4 Handelingen and speeches, 3
    negative; frozen at 04:45 before any rule of the session landed, sha256 d0e4df6e...; no rule writer opened it).
    First seen on ea45519: 7/21, 12 of 22 candidates right, no candidate in a negative text; at the session's end
    6/21 (an item lost to a motion mechanism written on other texts), 11 of 21 right. Development material from
    the tenth session on: the figures may not slip back."""
    found, required, right, quiet = batch_figures("validation-v9a.json")
    assert required == 21 and found >= 9  # tenth session (f2): the item lost is back ("In zijn motie" after Geurts);
    # "Twee moties ... De eerste motie ..." -> 8; eleventh session (hm, read while writing): a motion text read after
    # the chair's lines and the heading "Motie" is the same member's -> 9
    assert right >= 0.68  # (f2) 12/22 -> 14/22: the sentence before as a motion's subject, "haalde het eveneens"
    assert len(quiet) == 3 and all(n <= 1 for n in quiet)


def test_validation_batch_v9b_holds() -> None:
    """13 texts held out in the ninth session (/work/eval-heldout-v9b: 6 municipal registers and motion overviews, 5
    council and provincial vote news, 2 negative; frozen at 04:42, sha256 5b2e98a8...). First seen on ea45519: 3/32,
    4 of 15 right, 2 candidates in one negative text (a glossary of motion words); at the session's end the same.
    Development material from the tenth session on; m1 wrote the municipal and provincial mechanisms with it (13/32,
    16 of 23 right)."""
    found, required, right, quiet = batch_figures("validation-v9b.json")
    assert required == 32 and found >= 14  # fifteenth session (vn3, its miss listed, not read): "ingediend door de PVV"
    # in the sentence after the motion names its filer -> 14/32, 17 of 21 right
    assert right >= 0.80
    assert right >= 0.76  # twelfth session (vn2, read while writing): what a motion is, told in the present, is no
    # motion -> the glossary of motion words quiet, 16 of 21 right
    assert quiet == [0, 0]


def test_validation_batch_v9c_holds() -> None:
    """8 texts held out in the ninth session (/work/eval-heldout-v9c: 4 council and provincial summaries, 3 minutes
    (two councils', the Eerste Kamer's), 1 negative; frozen at 04:41, sha256 36549963... with 10 texts: its two
    letters were pages v9b's labeller took too, labelled independently, so they are left out here and counted once,
    in v9b). First seen on ea45519: 8/19, 15 of 18 right; at the session's end the same. Development material from
    the tenth session on."""
    found, required, right, quiet = batch_figures("validation-v9c.json")
    # tenth session (m1, not written with it): the college's promise in Emmen, the motion Noord-Holland names in quotes
    assert required == 19 and found >= 10
    assert right >= 0.84
    assert quiet == [0]


def test_validation_batch_v10a_holds() -> None:
    """12 texts held out in the tenth session (/work/eval-heldout-v10a: 5 summaries, 4 Handelingen and committee
    minutes, 3 negative, national parliament; frozen at 09:18 before any rule of the session landed, sha256
    b21fd7d9...; no rule writer opened it). First seen on 9db12ea: 8/18, 9 of 18 candidates right, two candidates
    in one negative text (one matches an optional item); at the session's end (9663086) 8/18, 9 of 19 right.
    Development material from the eleventh session on: the figures may not slip back."""
    found, required, right, quiet = batch_figures("validation-v10a.json")
    assert required == 18 and found >= 9  # fifteenth session (vn3, not read while writing): "Dat geldt voor de motie
    # van X" gives X's motion the fate of the one before -> 9/18, 10 of 19 right
    assert right >= 0.52
    assert len(quiet) == 3 and sum(quiet) <= 2


def test_validation_batch_v10b_holds() -> None:
    """13 texts held out in the tenth session (/work/eval-heldout-v10b: 6 Kamerbrieven and registers of
    toezeggingen, 5 vote news, 2 negative, national parliament; frozen at 09:18, sha256 9c14318c...). First seen on
    9db12ea: 8/38, 9 of 37 right (vote news 2/20 with 21 noise candidates); at the session's end the same.
    Development material from the eleventh session on."""
    found, required, right, quiet = batch_figures("validation-v10b.json")
    # eleventh session (vn, not read while writing): a bare "Aangenomen"/"Verworpen" heading over the listed motions
    # gives each its outcome -> 16/38, 20 of 37 right (vote news 10/20)
    assert required == 38 and found >= 17  # thirteenth session (lt, not read): offices named as Dutch does ("minister
    # van BZK") -> 17/38, 22 of 38 right
    assert found >= 18  # fourteenth session (ac, not read): who a follow-up naming no one was told of -> 18/38,
    # 23 of 38 right
    assert found >= 19  # fifteenth session (vn3, read): a motion "goedgekeurd door de Tweede Kamer" adopted -> 19/38,
    # 24 of 39 right
    assert found >= 24  # sixteenth session (nc): "Met deze brief bied ik u deze onderzoeken aan" -> 24 (23 before)
    assert right >= 0.60
    assert quiet == [0, 0]


def test_validation_batch_v11a_holds() -> None:
    """12 texts held out in the eleventh session (/work/eval-heldout-v11a: 5 summaries, 4 Handelingen, 3 negative,
    national parliament; frozen at 12:42 before any rule of the session landed, sha256 9158b571...; no rule writer
    opened it). First seen on 75ef748: 6/18, 7 of 11 candidates right, no candidate in a negative text; at the
    session's end (058fd72, db03106) the same. Development material from the twelfth session on."""
    found, required, right, quiet = batch_figures("validation-v11a.json")
    assert required == 18 and found >= 6
    assert right >= 0.63
    assert quiet == [0, 0, 0]


def test_validation_batch_v11b_holds() -> None:
    """13 texts held out in the eleventh session (/work/eval-heldout-v11b: 6 Kamerbrieven and registers, 5 vote news,
    2 negative, national parliament; frozen at 12:49, sha256 60775e3d...). First seen on 75ef748: 14/29, 23 of 38
    right (vote news 8/16); at the session's end (058fd72) 16/29, 25 of 39 right (vote news 10/16). Five candidates
    in one negative text. Development material from the twelfth session on."""
    found, required, right, quiet = batch_figures("validation-v11b.json")
    assert required == 29 and found >= 20  # twelfth session (vn2, read while writing): the Kamer backing the filer
    # of the motions just told ("steunde de PvdA fractie") adopts them -> 17; (lr, read while writing) a toezegging
    # kept beside a motion the letter carries out ("Met deze hoofdlijnenbrief geef ik ook invulling aan de motie X ...
    # en aan mijn toezegging ..."), which is then executed; an answer "ter beantwoording van het verzoek" -> 20
    assert right >= 0.83  # twelfth session (vn2, read while writing): what a motion is, told in the present, is no
    # motion, nor are motions by the heap ("talloze moties") -> the explainer gives one candidate (an optional date),
    # 25 of 35 right; the PvdA's motions adopted -> 27 of 35; (lr) a debate's Kamerstuk number no motion -> 31 of 37
    assert found >= 21 and right >= 0.86  # thirteenth session (lt, not read): offices named as Dutch does ("minister
    # voor Rechtsbescherming") -> 21/29, 32 of 37 right
    assert len(quiet) == 2 and all(n <= 1 for n in quiet)


def test_validation_batch_v12a_holds() -> None:
    """12 texts held out in the twelfth session (/work/eval-heldout-v12a: 5 summaries, 4 Handelingen, 3 negative,
    national parliament; frozen at 15:06 before any rule of the session landed, sha256 4866766c...; no rule writer
    opened it). First seen on b999060: 11/22, 12 of 17 candidates right, no candidate in a negative text; at the
    session's end (11bff9c, 34abb0f) 10/22, 11 of 16 right (a dated plan in a summary lost with a deadline rule).
    Development material from the thirteenth session on."""
    found, required, right, quiet = batch_figures("validation-v12a.json")
    assert required == 22 and found >= 15  # thirteenth session (sm): the vote day a read term grew into is back;
    # a motion that "haalde geen Kamermeerderheid" is rejected -> 12/22, 13 of 17; motions named by filer and
    # content, "waar hij ... op zal reageren" -> 15/22, 16 of 19 (written with this batch)
    assert right >= 0.84
    assert quiet == [0, 0, 0]


def test_validation_batch_v12b_holds() -> None:
    """13 texts held out in the twelfth session (/work/eval-heldout-v12b: 6 Kamerbrieven and registers, 5 vote news,
    2 negative, national parliament; frozen at 15:07, sha256 52c2e5b1...). First seen on b999060: 11/30, 24 of 40
    right (letters 1/14, vote news 10/16); at the session's end the same. Three candidates in one negative text
    (news counting a party's motions). Development material from the thirteenth session on."""
    found, required, right, quiet = batch_figures("validation-v12b.json")
    # thirteenth session (lt, read while writing): offices named as Dutch does
    # -> 13/30, 26 of 40 right; Eerste Kamer minutes' decisions are the office whose letter they decide on -> 15/30,
    # 27 of 40; an annex's rows of motions with their state cell -> 18/30, 30 of 39; a motion page's outcome under
    # a signer named with the given name -> 19/30, 31 of 39; letters answering now -> 22/30, 34 of 41
    assert required == 30 and found >= 22
    assert right >= 0.82
    assert len(quiet) == 2 and sum(quiet) <= 3


def test_validation_batch_v13a_holds() -> None:
    """12 texts held out in the thirteenth session (/work/eval-heldout-v13a: 5 summaries, 4 Handelingen, 3 negative,
    national parliament; frozen at 17:57 before any rule of the session landed, sha256 b07fa096...; no rule writer
    opened it). First seen on b77cedd: 13/21, 21 of 28 candidates right (summaries 5/13, Handelingen 8/8); at the
    session's end (6a5c2f3) 13/21, 20 of 27 right. Two candidates in an opinion piece about motions (noise), two in a
    news item about a record number of motions (optional). Development material from the fourteenth session on."""
    found, required, right, quiet = batch_figures("validation-v13a.json")
    assert required == 21 and found >= 14  # fourteenth session (ac, read while writing): "Het resultaat wordt volgend
    # jaar verwacht." is of whom the sentence before names -> 14/21, 21 of 27 right
    assert right >= 0.77
    assert len(quiet) == 3 and sum(quiet) <= 4


def test_validation_batch_v13b_holds() -> None:
    """13 texts held out in the thirteenth session (/work/eval-heldout-v13b: 6 Kamerbrieven and registers, 5 vote
    news, 2 negative, national parliament; frozen at 17:58, sha256 1820f9cf...). First seen on b77cedd: 13/36, 16 of
    38 right (letters 4/12, vote news 9/24); at the session's end the same. Development material from the fourteenth
    session on."""
    found, required, right, quiet = batch_figures("validation-v13b.json")
    assert required == 36 and found >= 17  # fourteenth session (ac, read while writing): "Wel gaat hij ..." is the
    # minister's the text named by office; "u" in a letter to a minister is that minister -> 16/36, 19 of 38 right;
    # (lt2) a toezegging sent "op 24 april jl." is done -> 17/36, 20 of 38 right; (vn's vote news -> 31/36, 34 of 46);
    # (lt2) "Deze brief wordt momenteel voorbereid en ontvangt u voorafgaand aan het ..." is a promise -> 32/36
    # (lt2) "Indien uw Kamer de motie aanneemt" leaves the motion submitted -> 33/36, 36 of 47 right
    assert found >= 33
    assert right >= 0.76
    assert len(quiet) == 2 and sum(quiet) <= 3


def test_validation_batch_v14a_holds() -> None:
    """12 texts held out in the fourteenth session (/work/eval-heldout-v14a: 5 summaries, 4 Handelingen, 3 negative,
    national parliament; frozen at 21:10 before any rule of the session landed, sha256 ef3de7e0...; no rule writer
    opened it). First seen on 951c424: 8/19, 9 of 11 candidates right (summaries 5/11, Handelingen 3/8); at the
    session's end (24610ab) the same. Two candidates in one negative text (one optional). Development material from
    the fifteenth session on."""
    found, required, right, quiet = batch_figures("validation-v14a.json")
    assert found >= 11  # sixteenth session (nc): "Voor dinsdag 19 januari a.s. is een debat ingepland" -> 11
    assert required == 19 and found >= 10  # fifteenth session (hd): a motion to be filed later in the debate is
    # announced ("Daar dien ik zo een motie over in") -> 9/19, 10 of 11 right; the promise a motion's text names
    # ("in de aangekondigde januaribrief") is a commitment beside it -> 10/19, 11 of 12 right (both phrased after the
    # brief, which named the kinds of sentence this batch missed)
    assert right >= 0.80
    assert len(quiet) == 3 and sum(quiet) <= 2


def test_validation_batch_v14b_holds() -> None:
    """13 texts held out in the fourteenth session (/work/eval-heldout-v14b: 6 Kamerbrieven and registers, 5 vote
    news, 2 negative, national parliament; frozen at 21:06, sha256 d2b270c4...). First seen on 951c424: 10/28, 11 of
    33 right (letters 3/12, vote news 7/16); at the session's end the same. Development material from the fifteenth
    session on."""
    found, required, right, quiet = batch_figures("validation-v14b.json")
    assert found >= 14  # sixteenth session (nc): "De eindevaluatie ... bied ik u met deze brief aan" -> 14 (13 before)
    assert required == 28 and found >= 11  # fifteenth session (vn3, gate, not read): "kreeg dinsdag steun van een
    # meerderheid" is a motion's adoption -> 11/28, 12 of 33 right
    assert right >= 0.36
    assert len(quiet) == 2 and sum(quiet) <= 3


def test_validation_batch_v16a_holds() -> None:
    """12 texts held out in the sixteenth session (/work/eval-heldout-v16a: 6 summaries, 3 Handelingen, 3 negative,
    national parliament; frozen at 02:19 before any rule of the session landed, sha256 903920ee...; no rule writer
    opened it). First seen on 5b547ca: 11/22, 11 of 12 candidates right (summaries 6/15, Handelingen 5/7); at the
    session's end (7f64217) the same. Development material from the seventeenth session on."""
    found, required, right, quiet = batch_figures("validation-v16a.json")
    assert required == 22 and found >= 11
    assert right >= 0.90
    assert len(quiet) == 3 and sum(quiet) == 0


def test_validation_batch_v16b_holds() -> None:
    """13 texts held out in the sixteenth session (/work/eval-heldout-v16b: 6 Kamerbrieven and registers, 5 vote
    news, 2 negative, national parliament; frozen at 02:18, sha256 238ea337...). First seen on 5b547ca: 14/29, 17 of
    24 right (letters 10/15, vote news 4/14); at the session's end (7f64217) the same. Development material from the
    seventeenth session on."""
    found, required, right, quiet = batch_figures("validation-v16b.json")
    assert required == 29 and found >= 14
    assert right >= 0.70
    assert len(quiet) == 2 and sum(quiet) == 0
