"""No pattern runs away on long or odd input: triage of a megabyte ends, and gives what its parts give.

Triage time itself (10 KB, 100 KB, 1 MB) is a figure, printed by bench/bench_triage.py, not asserted here:
this test only stops a runaway pattern from hanging the run (a backtracking regex on 1 MB never ends).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pytest import MonkeyPatch

from kamertaak.core import actors
from kamertaak.core.extract import clean, extract, motions, sentences
from kamertaak.core.extract.clean import clean_text
from kamertaak.core.extract.model import Context

DEMO = Path(__file__).resolve().parents[2] / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"
REF = dt.date(2025, 4, 3)


@contextmanager
def ends_at_all(seconds: int = 180) -> Iterator[None]:
    """A hang guard, not a speed target: far above any honest run, it fails a run that never ends."""

    def hung(*_: object) -> None:
        raise AssertionError(f"triage still running after {seconds} s: a pattern runs away")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_a_megabyte_of_debate_text_ends_with_its_follow_ups() -> None:
    text = DEMO.read_text(encoding="utf-8")
    once = extract(text, REF)
    with ends_at_all():
        big = extract(fill(text + "\n\n", 1_000_000), REF)
    assert {c.kind for c in once.candidates} <= {c.kind for c in big.candidates}


def test_odd_input_ends() -> None:
    for unit in (
        "de minister zal de kamer informeren over de motie van het lid Van Dijk en ",  # no full stop
        "voor de zomer ",
        "12 34 56 78 ",
        "De heer Van der Berg (CDA) en mevrouw Van den Hoek (SP) ",
        "wets-\nvoorstel ",
        "zegt toe ",
    ):
        with ends_at_all():
            extract(fill(unit, 300_000), REF)
    with ends_at_all():
        assert not extract("a" * 1_000_000, REF).candidates


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "triage"


def labelled_texts() -> Iterator[str]:
    """Every labelled text, as written and as cleaning leaves it."""
    for path in sorted(FIXTURES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            yield case["text"]
            yield clean_text(case["text"]).text


def test_the_shortcuts_find_what_the_patterns_find() -> None:
    """Sentence ends, actor mentions, Kamerstuk numbers and footnote numbers in a whole text or line are searched only
    near what every match holds (a stop or a capital, a title's word) or where one may start (a digit, "nr."): if a
    pattern changes so that a match can start elsewhere, these shortcuts would miss it."""
    near = [
        (actors.MEMBERS_BY_TITLE, actors._TITLE_AT, 0, actors._ARTICLE_BEFORE),
        (actors.MEMBERS_ASKING, actors._ASKING_AT, 0, actors._ASKING_BEFORE),
        (actors.HONORIFIC, actors._HONORIFIC_AT, actors._HONORIFIC_BACK, None),
        (actors.GOVERNMENT_PLURAL, actors._PLURAL_AT, 1, None),
        (actors.GOVERNMENT_NAMED_PLURAL, actors._PLURAL_AT, 1, None),
        (actors.ORGANISATION_FORM, actors._FORM_AT, 0, None),
    ]
    numbers = [(motions._REGISTER, False), (motions._RENUMBERED, True)]
    found = registers = footnotes = 0
    for text in labelled_texts():
        ends = [(m.span(), m.group()) for m in sentences._SENTENCE_END.finditer(text)]
        assert [(m.span(), m.group()) for m in sentences._sentence_ends(text)] == ends
        for pattern, anchor, back, run in near:
            plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in actors._finditer_near(pattern, text, anchor, back, run)] == plain
            found += len(plain)
        for pattern, digits_only in numbers:
            plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in motions._finditer_whole(pattern, text, digits_only)] == plain
            registers += len(plain)
        for line in text.split("\n"):  # footnote numbers glued to a word, tried only at the digits
            glued = [m.span() for m in clean._FOOTNOTE.finditer(line)]
            assert [m.span() for m in clean.footnotes(line)] == glued
            assert clean.without_footnotes(line) == clean._FOOTNOTE.sub("", line)
            footnotes += len(glued)
    assert found > 100  # the texts name members and office-holders these ways
    assert registers > 100  # and motions and letters by their numbers
    assert footnotes > 10  # and PDF texts glue footnote numbers to words
    for line in ("geweld.1 Het geweld1 Het", "verklaren.28 385, nr. 70", "in het land.12", "zaak.3 en zaak:44 Dan",
                 "12 34 5 6.7 (nr.1) 2025 jaar.2025", "woningen12. Daarom", "café.1 Het"):
        assert [m.span() for m in clean.footnotes(line)] == [m.span() for m in clean._FOOTNOTE.finditer(line)]
        assert clean.without_footnotes(line) == clean._FOOTNOTE.sub("", line)


def test_vote_news_looks_back_only_at_the_motions_within_reach(monkeypatch: MonkeyPatch) -> None:
    """Triage time grows with the text, not its square: on vote news, a sentence pointing back ("Die motie werd
    aangenomen", "De Kamer vraagt ...") reads the motions told just before it, not every motion since the start. A text
    four times as long gives those sentences no more motions to read (before, each read all motions told so far)."""
    case = next(c for c in json.loads((FIXTURES / "validation-v1.json").read_text(encoding="utf-8"))
                if c["id"] == "ek-nieuws-stemming-moties-apb-2020-11-03")
    read: list[int] = []

    def counted(real: Callable[..., object]) -> Callable[..., object]:
        def look_back(ctx: object, drafts: list[object], *rest: object, **named: object) -> object:
            read.append(len(drafts))
            return real(ctx, drafts, *rest, **named)
        return look_back

    monkeypatch.setattr(motions, "_apply_back", counted(motions._apply_back))
    monkeypatch.setattr(motions, "_kamer_asks", counted(motions._kamer_asks))
    most = []
    for size in (40_000, 160_000):
        read.clear()
        told = extract(fill(case["text"] + "\n\n", size), REF)
        # every repeat is read (its copies are one proposal each, so the candidates do not show it)
        assert told.candidates and len(read) > size // 2_000
        most.append(max(read))
    assert 0 < most[1] <= most[0] < 60


def _phrase_reads(monkeypatch: MonkeyPatch) -> list[str]:
    """The texts the deadline finders are asked to read (deadlines._candidates), in order, from now on."""
    from kamertaak.core import deadlines

    read: list[str] = []
    real = deadlines._candidates

    def counted(text: str, *rest: object, **named: object) -> object:
        read.append(text)
        return real(text, *rest, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(deadlines, "_candidates", counted)
    return read


def test_a_sentence_is_read_for_its_deadline_phrases_once(monkeypatch: MonkeyPatch) -> None:
    """The deadline finders search a sentence once, and what they find is read once, for every stage that asks: the
    terms to come and the terms that had passed alike (before, each ask for a passed term searched the sentence
    again)."""
    read = _phrase_reads(monkeypatch)
    said = "De minister zegde toe de Kamer uiterlijk 1 maart 2025 een brief te sturen over de huurgrens."
    [c] = extract("Commissiedebat Wonen, 3 april 2025\n" + said, dt.date(2025, 4, 10)).candidates
    assert c.due == dt.date(2025, 3, 1)  # a passed term, read by the stage, the classifier's gate and the due date
    assert read.count(said) == 1


def test_a_line_with_nothing_to_edit_is_copied_as_it_is() -> None:
    """Cleaning copies a line in one run when str.isprintable says it has no white space but spaces, no invisible
    character (and it has no second space and no ligature): every character the edits look for is of those."""
    import sys

    from kamertaak.core.extract import clean

    edited = [ch for ch in map(chr, range(sys.maxunicode + 1)) if clean._EDITS.search(ch)]
    assert len(edited) > 20
    assert all(not ch.isprintable() or ch in clean._LIGATURES for ch in edited)
    odd = "Een\tzin  met\u00a0ruimte\xad en \ufb01nale\u200b regel\x0c.\nTweede   regel\r\nDerde regel\nGewoon. "
    cleaned = clean_text(odd)
    assert cleaned.text == "Een zin met ruimte en finale regel. Tweede regel\nDerde regel\nGewoon."
    assert cleaned.original_span(cleaned.text.index("Gewoon"), len(cleaned.text)) == (odd.index("Gewoon"), len(odd) - 1)


def test_a_committee_reports_list_of_letters_is_found_by_bisection() -> None:
    """The sentences of a committee report's opening and list of letters (pipeline._agenda) are found by bisection
    in the sentences, not by reading them all again for each opening (a text of many reports was quadratic):
    the same sentences as the plain definition gives, for every labelled text and for reports one after another,
    with and without the end of their list."""
    from kamertaak.core.extract import pipeline
    from kamertaak.core.extract.header import find_debate
    from tests.core.test_extract_u7 import REPORT

    cut = REPORT[: REPORT.index("(29984")]  # a preview cut inside the list: its items on their own lines
    run_on = ("De vaste commissie voor Financiën heeft op 3 juni 2025 overleg gevoerd met de minister over: de brief "
              "over de begroting; de brief over de schuld; en nog een brief")  # no end, no lines: its own sentence
    unclosed = REPORT.replace("(29984, nr. 1190).", "(29984, nr. 1190)")  # ends at "Van dit overleg"
    texts = [*labelled_texts(), "\n\n".join([REPORT] * 4), "\n\n".join([cut, REPORT, cut, "Verder."]),
             f"{run_on}. Daarna. {run_on}", unclosed]
    openings = 0
    for text in texts:
        cleaned = clean_text(text)
        split = sentences.split_sentences(cleaned.text)
        ctx = Context(cleaned, split, actors.find_actors(cleaned.text), REF, find_debate(cleaned, REF)[0], text)
        plain: set[int] = set()
        stops: list[int] = []
        for m in pipeline._AGENDA_OPENING.finditer(cleaned.text):
            end = pipeline._AGENDA_END.search(cleaned.text, m.end(), m.end() + 8000)
            around = [s.end for s in split if s.start <= m.end() < s.end]
            stop = end.start() if end else max([*around, *pipeline._listed_lines(cleaned.text, m.end())],
                                               default=m.end())
            plain |= {k for k, s in enumerate(split) if s.end > m.start() and s.start <= stop}
            stops.append(stop)
            openings += 1
        found, items = pipeline._agenda(ctx)
        assert found == plain
        assert [end for (_, end) in items if end in stops] == stops  # each list's last item ends at its stop
    assert openings >= 10


def test_a_position_in_a_list_of_spans_is_found_by_bisection() -> None:
    """Context.in_spans answers as any(a <= at < b for a, b in spans) (asked of every sentence about a letter's lists
    of promises, which grow with the text: a letter of 521 lists took 0.19 s to ask so, 0.004 s by bisection), also
    for spans that overlap, nest, touch or are empty, and for two lists asked in turns."""
    import random

    from kamertaak.core.extract.header import find_debate

    text = "De minister zegt toe de Kamer voor de zomer te informeren."
    cleaned = clean_text(text)
    ctx = Context(cleaned, sentences.split_sentences(cleaned.text), [], REF, find_debate(cleaned, REF)[0], text)
    rng = random.Random(11)
    lists = [[(5, 9), (9, 12), (20, 20), (30, 40), (32, 35), (31, 50), (60, 61)], []]
    lists += [[(a, a + rng.randint(0, 15)) for a in (rng.randint(0, 200) for _ in range(n))] for n in (1, 5, 40, 40)]
    for at in range(-2, 230):
        for spans in lists:
            assert ctx.in_spans(spans, at) == any(a <= at < b for a, b in spans), (spans, at)


def test_a_kamerstuks_id_is_read_once_per_text() -> None:
    """The dossier of a bare "Nr. 40" is looked up in an index of the text's Kamerstuk ids ("kst-35483-40.html",
    "ID: 35483-40"), made once per text, instead of searching the whole text again for each number (a text of many
    motions took time that grew with its square): the same dossiers as that search, for every number of every
    labelled text and of ids written to be hard (a part after the dossier, ids glued together or to words)."""
    import random

    def searched(raw: str, number: str) -> set[str]:  # the search it replaces
        return {m.group(1) for m in re.finditer(
            rf"(?<![\w.,-])(?:kst-)?(\d{{5}}(?:-[A-Z0-9]{{1,6}})?)-{number}(?![\w-])", raw)}

    rng = random.Random(4)
    pieces = ["kst-", "35483", "36600", "-", "XV", "A", "40", "4", "12", "1234", ".", ",", " ", "html", "\n", "ID: ",
              "x", "٣", "-B12345"]
    odd = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    odd += ["kst-35483-40.html en 35483-40", "36600-XV-12, 36600-XV-12-3 en 36600-XVII-12", "35483-40-12",
            "a35483-40 .35483-41 35483-42a 35483-43- kst-35483-44"]
    labelled = list(labelled_texts())
    for raw in [*labelled, *odd]:
        index = motions._kamerstuk_ids(raw)
        numbers = {m.group("nr") for m in motions._MOTION_NUMBER.finditer(raw)} | set(index)
        numbers |= {str(n) for n in range(1, 50)}
        for number in numbers:
            assert set(index.get(number, ())) == searched(raw, number), (raw, number)
    assert sum(len(ids) for raw in labelled for ids in motions._kamerstuk_ids(raw).values()) > 100  # web pages' links


def test_the_cabinets_members_are_read_once_per_text(monkeypatch: MonkeyPatch) -> None:
    """people.cabinet_members reads every office-holder the text names; it is asked for each promise about "het
    kabinet", so it is read once per text (a text of many such promises took time that grew with its square), and a
    stage that adds to the list it gets does not change what the next one gets."""
    from kamertaak.core.extract import people
    from kamertaak.core.extract.header import find_debate

    read: list[int] = []
    real = people.dedupe_actors

    def counted(found: list[actors.ExtractedActor]) -> tuple[actors.ExtractedActor, ...]:
        read.append(len(found))
        return real(found)

    monkeypatch.setattr(people, "dedupe_actors", counted)
    said = ("Minister Hermans (Klimaat en Groene Groei) was bij het debat. Het kabinet zal de Kamer voor de zomer "
            "informeren over de netcongestie. ") * 3
    cleaned = clean_text(said)
    ctx = Context(cleaned, sentences.split_sentences(cleaned.text), actors.find_actors(cleaned.text), REF,
                  find_debate(cleaned, REF)[0], said)
    first = people.cabinet_members(ctx)
    assert [a.name for a in first] == ["Hermans"]
    first.append(first[0])
    assert people.cabinet_members(ctx) == first[:-1]
    assert len(read) == 1


def test_a_motions_paragraph_reads_the_other_motions_only_where_they_decide() -> None:
    """motions._paragraph_start (where the quote of a motion named without its subject starts, up to three sentences
    back) reads the motions told before it only when the sentences before could belong to the paragraph: the same
    start as reading them first, for every sentence of every labelled text, and no reading where a heading, another
    paragraph or a motion stops it (before, every motion read all motions: a square of their number)."""
    from kamertaak.core.extract.header import find_debate

    class Counted(list):  # type: ignore[type-arg]
        reads = 0

        def __iter__(self):  # type: ignore[no-untyped-def]
            Counted.reads += 1
            return super().__iter__()

    def plain(ctx: Context, first: int, drafts: list[motions.Draft], skip: set[int]) -> int:
        text, sents = ctx.clean.text, ctx.sentences
        floor = max([-1, *(d.last for d in drafts)])
        k = first
        while (k - 1 > max(floor, first - 4) and k - 1 not in skip
               and "\n" not in text[sents[k - 1].end : sents[k].start]):
            prev = sents[k - 1].text.rstrip()
            if not prev.endswith((".", "!", "?", '"', "”")) or motions._MOTION_NOUN.search(prev):
                break
            k -= 1
        return k

    asked = 0
    for raw in list(labelled_texts())[::2]:
        cleaned = clean_text(raw)
        ctx = Context(cleaned, sentences.split_sentences(cleaned.text), actors.find_actors(cleaned.text), REF,
                      find_debate(cleaned, REF)[0], raw)
        drafts = Counted(motions.motion_drafts(ctx))
        skip = {d.first for d in drafts[::3]}
        for first in range(len(ctx.sentences)):
            for told in (drafts, Counted(d for d in drafts if d.last < first - 2)):
                before = Counted.reads
                got = motions._paragraph_start(ctx, first, told, skip)
                stopped = first == 0 or first - 1 in skip or "\n" in cleaned.text[
                    ctx.sentences[first - 1].end : ctx.sentences[first].start]
                assert not stopped or Counted.reads == before
                assert got == plain(ctx, first, list(told), skip)
                asked += 1
    assert asked > 1000


def _run_context(raw: str) -> Context:
    """The Context extract() makes of a text, with what it sets before the stages read sentences."""
    from kamertaak.core.extract import pipeline
    from kamertaak.core.extract.header import find_debate
    from kamertaak.core.extract.people import speakers

    cleaned = clean_text(raw)
    ctx = Context(cleaned, sentences.split_sentences(cleaned.text), actors.find_actors(cleaned.text), REF,
                  find_debate(cleaned, REF)[0], raw)
    ctx.speakers = speakers(ctx)
    ctx.letter = bool(pipeline._LETTER.search(cleaned.text[:3000]))
    return ctx


def test_a_sentence_without_a_date_word_is_not_asked_for_a_task_or_an_event_without_its_word() -> None:
    """A to-do (tasks.task_drafts) is proposed only with a due or a weekday, and what a sentence that names no event
    gives (events._without_event_word: an event the sentence before names, a goal or the Kamer's demand) only with a
    deadline phrase in it: a sentence without any date word (MAY_HOLD_A_DATE, asked once per sentence and shared by the
    stages) is not asked. Asked anyway, every such sentence of every labelled text gives nothing; the sentences with a
    date word give some (so the check can fail)."""
    from kamertaak.core.extract import events, tasks

    dateless = given = 0
    texts = [*list(labelled_texts())[::2], "Pieter belt vrijdag de griffier. Sanne stuurt de notitie.",
             "De commissie besloot een vervolgdebat in te stellen. Dat wordt volgende week dinsdag gevoerd."]
    for raw in texts:
        ctx = _run_context(raw)
        for i in range(len(ctx.sentences)):
            found = [*tasks._task_drafts(ctx, i), *events._without_event_word(ctx, i)]
            if not ctx.may_hold_a_date_at(i):
                assert found == [], ctx.sentences[i].text
                assert tasks.task_drafts(ctx, i) == []
                dateless += 1
            given += bool(found)
    assert dateless > 1000
    assert given > 10


def test_a_clause_naming_a_debate_without_a_day_or_a_schedule_is_not_read_for_its_phrases(
        monkeypatch: MonkeyPatch) -> None:
    """A clause naming a debate with neither a day nor a word that schedules it ("voorstander van een commissiedebat")
    is no event, whatever its deadline phrases: it is not read for them (the words decide first)."""
    read = _phrase_reads(monkeypatch)
    plain = "Ik ben een voorstander van een commissiedebat, omdat ik denk dat dat sneller gaat."
    dated = "Het commissiedebat wordt op 12 mei 2025 gehouden."
    told = extract(f"{plain} {dated}", REF)
    assert [c.due for c in told.candidates] == [dt.date(2025, 5, 12)]
    assert plain not in read and dated in read


def test_the_texts_members_are_read_once_for_every_candidate_that_names_one() -> None:
    """people.by_given_name ("Pieter" is "Pieter Heerma") and people.personal (a party's or the chamber's motion is
    the one member's the text names) read the members a text names once, for every candidate that asks, instead of
    reading them all again for each (a text naming many members took time that grew with its candidates times its
    members): the same answers as that reading, for every member, given name, party and chamber of the labelled
    texts, asked about their own text's actors and in turns about another's (what was read of one is not taken for
    the other), also when a list changes."""
    from kamertaak.core.actors import ExtractedActor, dedupe_actors
    from kamertaak.core.extract import people

    def given_plain(actor: ExtractedActor, known: list[ExtractedActor]) -> ExtractedActor:
        if actor.role != "member" or " " in actor.name:
            return actor
        members = [a for a in known if a.role == "member"]
        if any(a.name.split()[-1] == actor.name for a in members):
            return actor
        full = {a.key: a for a in members if " " in a.name and a.name.split()[0] == actor.name}
        return next(iter(full.values())) if len(full) == 1 else actor

    def personal_plain(actor: ExtractedActor, known: list[ExtractedActor]) -> ExtractedActor:
        chamber = actor.role == "member" and people._CHAMBER.fullmatch(actor.name) is not None
        if not chamber and not (actor.role == "other" and actor.party and actor.name == actor.party):
            return actor
        members = {a.key: a for a in known if a.role == "member" and not people._CHAMBER.fullmatch(a.name)
                   and (chamber or a.party == actor.party)}
        return next(iter(members.values())) if len(members) == 1 else actor

    lists: list[list[ExtractedActor]] = []
    for raw in list(labelled_texts())[::2]:
        named = [m.actor for m in actors.find_actors(clean_text(raw).text)]
        lists += [named, list(dedupe_actors(named))]
    lists += [lists[0][:-1], [*lists[0][:-1], ExtractedActor("Pieter Heerma", "CDA")]]  # one actor changed
    asked = given = personal = 0
    for k, known in enumerate(lists):
        other = lists[k - 1]
        probes = [*known, ExtractedActor("Pieter"), ExtractedActor("de Tweede Kamer"), ExtractedActor("De Kamer")]
        probes += [ExtractedActor(a.name.split()[0]) for a in known if " " in a.name]
        probes += [ExtractedActor(a.party, a.party, "other") for a in known if a.party]
        for actor in probes:
            for against in (known, other):
                assert people.by_given_name(actor, against) == given_plain(actor, against)
                assert people.personal(actor, against) == personal_plain(actor, against)
                given += people.by_given_name(actor, against) != actor
                personal += people.personal(actor, against) != actor
                asked += 1
    assert asked > 10_000
    assert given > 20 and personal > 20  # the texts name members by their given name and parties by their one member
