"""The stages in order: clean, header, sentences, actors, then each kind; then dedupe and titles."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator

from kamertaak.core.actors import ActorMention, ExtractedActor, dedupe_actors, find_actors
from kamertaak.core.deadlines import Resolution, last_before, resolve
from kamertaak.core.dutch import MONTHS
from kamertaak.core.extract.classify import classifier_drafts
from kamertaak.core.extract.clean import clean_text
from kamertaak.core.extract.commitments import commitment_drafts, commitment_lists, kept_lists, promised_in_motion
from kamertaak.core.extract.due import nearest_deadline
from kamertaak.core.extract.events import budget_drafts, considered_terms, event_drafts, proposed_votes
from kamertaak.core.extract.genre import settle
from kamertaak.core.extract.header import find_debate, heading_title, letter_date
from kamertaak.core.extract.letters import answered_requests, read_letter
from kamertaak.core.extract.model import Candidate, Context, Draft, Extraction
from kamertaak.core.extract.motions import (
    asked_by_filer_after,
    contents_told_after,
    filers_told_after,
    filers_told_before,
    listed_motions,
    mention_drafts,
    motion_drafts,
    names_a_motion,
    ordinals_of_count,
    told_after,
    vote_list_drafts,
    vote_results,
    wishes_told_after,
)
from kamertaak.core.extract.people import (
    named_actors,
    on_behalf,
    parties_filing,
    party_filer_of,
    speakers,
    told_back,
    with_office,
)
from kamertaak.core.extract.quotes import row_reference, subject_after, subject_before
from kamertaak.core.extract.registers import register_drafts
from kamertaak.core.extract.sentences import split_sentences
from kamertaak.core.extract.tasks import task_drafts
from kamertaak.core.extract.titles import title_for

_I = re.IGNORECASE
# A letter to the Kamer: "Geachte Voorzitter,", "Aan de leden", "Aan de Voorzitter van de Tweede Kamer", "uw Kamer"
_LETTER = re.compile(
    r"\bGeachte\s+(?:[Vv]oorzitter|leden|heer|mevrouw)\b|\buw Kamer\b"
    r"|^Aan de (?:leden|[Vv]oorzitter van de (?:Tweede|Eerste) Kamer)\b",
    re.MULTILINE,
)

# A committee report's opening and its agenda: "De vaste commissie voor X heeft op 22 april 2025 overleg gevoerd
# met de heer Y, staatssecretaris ..., over: de brief van ... d.d. ... inzake ... (31305, nr. 480); ...". The letters
# it lists (and the motions their subjects name) were the debate's papers, not what it asked for; the list ends at
# its first full stop after a closing parenthesis, or at the line "Van dit overleg brengt de commissie ...".
_AGENDA_OPENING = re.compile(
    r"\b(?:[Cc]ommissie|[Cc]ommissies)\b[^.\n]{0,160}?\b(?:heeft|hebben)\s+op\s+[^.\n]{4,40}?\s+overleg\s+gevoerd\s+met"
    r"\s+[^:]{3,300}?\bover\s*:"
)
_AGENDA_END = re.compile(r"\)\s*\.(?=\s*(?:\n|$|[A-Z]))|\bVan dit overleg\b")


_DONE = frozenset(["done", "executed"])
# an item of a list of letters on its own line: "• de brief van de minister ... (Kamerstuk 27 926, nr. 285);"
_LISTED_LINE = re.compile(r"\n[ \t]*(?:[•·▪*–-][ \t]*)?(?:de|het)\s+(?:brief|verslag|nota|notitie|lijst|fiche)\b[^\n]*")


def _listed_lines(text: str, at: int) -> list[int]:
    """Where the items of a list of letters that begins at `at` end, each on its own line, one after another."""
    ends: list[int] = []
    while (line := _LISTED_LINE.match(text, at)) is not None:
        ends.append(line.end())
        at = line.end()
        while text.startswith("\n", at) and text.startswith("\n", at + 1):
            at += 1
    return ends


def _agenda(ctx: Context) -> tuple[set[int], list[tuple[int, int]]]:
    """The sentences of a committee report's opening and its list of letters (_AGENDA_OPENING), and the spans
    of the letters it lists (split at their semicolons)."""
    found: set[int] = set()
    items: list[tuple[int, int]] = []
    text = ctx.clean.text
    starts: list[int] = []
    ends: list[int] = []
    for m in _AGENDA_OPENING.finditer(text):
        if not starts:  # the sentences follow one another (split_sentences): found by bisection, in any number of
            starts = [s.start for s in ctx.sentences]  # openings
            ends = [s.end for s in ctx.sentences]
        end = _AGENDA_END.search(text, m.end(), m.end() + 8000)
        # without that end (a text cut inside the list), the list's items on their own lines ("• de brief ...;"),
        # else the sentence the opening ends in
        k = bisect.bisect_right(starts, m.end()) - 1
        around = [ends[k]] if k >= 0 and m.end() < ends[k] else []
        stop = end.start() if end else max([*around, *_listed_lines(text, m.end())], default=m.end())
        # the sentences that end after the opening starts and start by the stop
        found.update(range(bisect.bisect_right(ends, m.start()), bisect.bisect_right(starts, stop)))
        at = m.end()
        for semi in [*(x.start() for x in re.finditer(";", text[m.end() : stop])), stop - m.end()]:
            items.append((at, m.end() + semi))
            at = m.end() + semi + 1
    return found, items


_A_MOTION = re.compile(r"\bmotie\b", re.IGNORECASE)
# an event that is a meeting of the Kamer, not a paper expected ("Brief verwacht")
_A_MEETING = re.compile(r"(?:debat|overleg|stemming|stemmingen|hoorzitting|rondetafelgesprek|vergadering)\b",
                        re.IGNORECASE)
# A listed letter on carrying a motion out: "inzake uitvoering motie van het lid X", "over de uitvoering van de motie",
# its progress: "inzake voortgang uitvoering van de motie-X"
_CARRIED_OUT = re.compile(r"\b(?:inzake|over|betreffende|m\.b\.t\.)\s+(?:de\s+)?"
                          r"(?P<progress>(?:\w+\s+)?voortgang\w*\s+(?:van\s+)?(?:de\s+)?)?"
                          r"uitvoering\s+(?:van\s+)?(?:de\s+)?(?:aangenomen\s+)?$", re.IGNORECASE)


def _the_promises_term(ctx: Context, promises: list[Draft], event: Draft) -> bool:
    """Whether the meeting is the term a promise of the sentence keeps ("zal de Kamer, voorafgaand aan de stemming op
    19 maart, een brief sturen"): the promise has it already."""
    for p in promises:
        s = ctx.sentences[p.first]
        term = nearest_deadline(ctx, p.trigger[0], p.trigger[1], *(p.due_zone or (s.start, s.end)))
        if term is not None and term.start <= event.trigger[0] < term.end:
            return True
    return False


def _agenda_drafts(ctx: Context, drafts: list[Draft], agenda: set[int], items: list[tuple[int, int]]) -> list[Draft]:
    """The drafts outside a committee report's list of letters, and those in it that tell something of an item
    the debate had before it: a promise a letter keeps (done), and the motion a letter says it carries out
    ("inzake uitvoering van de motie van het lid Westerveld over een doorbraakaanpak ... (31 839, nr. 764)"):
    one per letter, the first number the letter gives, with the members the letter names. `agenda` and `items`
    are _agenda's."""
    if not agenda:
        return drafts
    kept: list[Draft] = []
    seen: set[tuple[int, int]] = set()
    for d in drafts:
        if d.first not in agenda or d.status in _DONE:
            kept.append(d)
            continue
        at = _register_at(ctx.clean.text, d.register, items) if d.register else None
        item = next((it for it in items if at is not None and it[0] <= at < it[1]), None)
        if d.kind != "motion" or item is None or item in seen:
            continue
        words = ctx.clean.text[item[0] : item[1]]
        named = _A_MOTION.search(words)
        if named is None:
            continue
        seen.add(item)
        after = words[named.end() :]
        d.actors = [a for a in d.actors if a.role == "member" and a.name in after]
        d.due_zone = (item[0], item[0])  # the debate's day or the letter's is no term of the motion
        if d.status in ("submitted", "adopted") and (carried := _CARRIED_OUT.search(words, 0, named.start())):
            # the letter carries the motion out, as "Met deze brief geef ik uitvoering aan de motie" (letters.py);
            # a report on its progress carries out part of it
            d.status = "partial" if carried.group("progress") else "executed"
        kept.append(d)
    return kept


def _register_at(text: str, register: str, items: list[tuple[int, int]]) -> int | None:
    """Where in the list of letters a number ("31839, nr. 764") is written ("31 839, nr. 764", "31839-764")."""
    parts = re.match(r"(\d+)\b(.*?)(?:,\s*nr\.\s*|-)(\d+)$", register)
    if parts is None or not items:
        return None
    dossier = r"\s?".join(parts.group(1))
    found = re.compile(rf"\b{dossier}\b[^();]{{0,14}}?(?:nr\.\s*|-){parts.group(3)}\b")
    m = found.search(text, items[0][0], items[-1][1])
    return m.start() if m else None


_CONTENT_WORD = re.compile(r"[a-zà-ÿ0-9&]{4,}", _I)
_STOPWORDS = frozenset(
    [
        "deze", "wordt", "worden", "zijn", "heeft", "hebben", "naar", "over", "voor", "door", "ook", "niet",
        "maar", "waar", "zich", "daar", "hier", "haar", "zijn", "staatssecretaris", "minister", "kamer", "tweede",
        "motie", "moties", "zegt", "toezegging", "aangeven", "geeft", "aan",
    ]
)


_HONORIFIC_BEFORE = re.compile(r"(?:\bheer|\bmevrouw)\s+$", re.IGNORECASE)
# "mevrouw Van Toorenburg, lid Tweede Kamer": the text says what they are
_MEMBER_AFTER = re.compile(r"\s*,\s+(?:lid\b|(?:Tweede\s+|Eerste\s+)?Kamerlid\b|senator\b)", re.IGNORECASE)


def _honorific_only_not_members(text: str, mentions: list[ActorMention], actors: tuple[ExtractedActor, ...],
                                candidates: list[Candidate]) -> tuple[ExtractedActor, ...]:
    """Outside a debate's own record (no speaker turns), "de heer X" or "mevrouw X" names anyone: in vote news
    "de overeenkomst van de heer Van Lienden met het Landelijk Consortium Hulpmiddelen" is a businessman. A person
    the text names only so, without a party and in no follow-up, is listed as 'other', not as a Kamerlid."""
    named_otherwise = {m.actor.key for m in mentions
                       if m.actor.party or not _HONORIFIC_BEFORE.search(text, max(0, m.start - 10), m.start)
                       or _MEMBER_AFTER.match(text, m.end)}
    in_followups = {a.key for c in candidates for a in c.actors}
    return tuple(dataclasses.replace(a, role="other")
                 if a.role == "member" and not a.party and a.key not in named_otherwise | in_followups else a
                 for a in actors)


def extract(text: str, ref: dt.date | None = None) -> Extraction:
    """Propose the debate, its actors and the follow-up candidates in text. Due dates are resolved
    against the debate date when the text names one, else against ref."""
    clean = clean_text(text)
    debate, heading_at = find_debate(clean, ref)
    base = debate.date or ref
    written = letter_date(clean.text, ref)
    if written is not None and debate.date is not None and written < debate.date:
        base = written  # a letter written before the debate it names counts from its own date
    sentences = split_sentences(clean.text)
    mentions = find_actors(clean.text)
    # Without any reference date no phrase can be resolved; the caller passes today when it has one.
    ctx = Context(clean, sentences, mentions, base or dt.date.min, debate, text)
    ctx.speakers = speakers(ctx)
    ctx.letter = bool(_LETTER.search(clean.text[:3000]))
    ctx.kept_lists = kept_lists(ctx)
    ctx.commitment_lists = commitment_lists(ctx) + ctx.kept_lists
    lead_end = heading_at if heading_at and heading_at < 700 else 0

    drafts, taken = register_drafts(ctx)
    motions = motion_drafts(ctx) + vote_list_drafts(ctx)
    taken |= {i for d in motions for i in range(d.first, d.last + 1)}
    mentioned, pointing_back = mention_drafts(ctx, taken, motions)
    named = {i for d in mentioned for i in range(d.first, d.last + 1)}
    results, told_results = vote_results(ctx, taken | pointing_back | named)
    mentioned.extend(results)
    pointing_back |= told_results
    motions.extend(mentioned)
    ordinals = ordinals_of_count(ctx, motions)  # "Twee moties ... De eerste motie ... De tweede motie ..."
    motions.extend(ordinals)
    taken |= {d.first for d in ordinals}
    filers_told_after(ctx, motions)
    contents_told_after(ctx, motions)
    wishes_told_after(ctx, motions)
    told_after(ctx, motions)
    filers_told_before(ctx, motions)
    asked_by_filer_after(ctx, motions)  # "Geurts verzoekt de regering daarom om ...": what Geurts's motion asks
    drafts.extend(motions)
    with_motion = {i for d in mentioned for i in range(d.first, d.last + 1)} | pointing_back
    i = 0
    while i < len(sentences):
        if i in taken:
            drafts.extend(proposed_votes(ctx, i))  # "stel ik voor, donderdag te stemmen over de motie-X": its vote
            drafts.extend(considered_terms(ctx, i))  # "overwegende dat de regering uiterlijk 1 augustus moet ..."
            drafts.extend(promised_in_motion(ctx, i))  # "verzoekt de regering in de aangekondigde januaribrief ..."
            i += 1
            continue
        found = commitment_drafts(ctx, i) or task_drafts(ctx, i)
        if found and all(d.kind == "commitment" for d in found):
            # "Voor het Wetgevingsoverleg Water van 22 november a.s. informeer ik u graag via deze brief ...": a
            # meeting named with its own day beside the promise (not a paper expected: the promise is about that)
            found += [e for e in event_drafts(ctx, i) if e.kind == "deadline" and _A_MEETING.search(e.title or "")
                      and not _the_promises_term(ctx, found, e)]
        if not found:
            # a sentence about a motion keeps only a debate named with its own day ("het geplande commissiedebat
            # van 17 november"): its votes and outcomes are the motion's
            found = event_drafts(ctx, i, dated_debates_only=i in with_motion)
            if not found:
                found = proposed_votes(ctx, i)  # "stel ik voor, donderdag te stemmen over de motie-X": its vote
        drafts.extend(found)
        # an event may take the sentence after it along ("Dat wordt volgende week ingepland.")
        i = max([i, *(d.last for d in found)]) + 1
    drafts.extend(budget_drafts(ctx, drafts, lead_end))
    listed = listed_motions(ctx)
    for d in drafts:
        if d.kind == "motion" and d.register in listed:
            subject, submitters = listed[d.register]
            d.clause = d.clause or subject
            if not any(a.role == "member" for a in d.actors):
                d.actors = [*submitters, *d.actors]
    # what the kind of document says of their stage (a report on motions, a letter keeping toezeggingen)
    drafts = read_letter(ctx, settle(ctx, drafts))  # and what a letter says of them in its own words
    # a committee report's list of letters (its papers) asks for nothing of its own
    agenda, items = _agenda(ctx)
    drafts = _agenda_drafts(ctx, drafts, agenda, items)
    for d in drafts:
        d.in_lead = ctx.sentences[d.first].end <= lead_end
        row_reference(ctx, d)  # a table row's number under its text
    in_drafts = {i for d in drafts for i in range(d.first, d.last + 1)}
    for d in drafts:
        subject_before(ctx, d, in_drafts)  # "een motie ... met dit voorstel": the sentence before is its subject
        subject_after(ctx, d, in_drafts)  # a voted motion's subject told in the next sentence
        if d.kind == "motion" and not d.actors:
            # "De SP dient een motie in": the party's, or its one member's; "D66 en CDA dienen motie ... in": theirs
            filer = party_filer_of(ctx, d.first, d.last)
            d.actors = [filer] if filer else parties_filing(ctx, d.first)
    # the learned classifier proposes the follow-ups in sentences no rule read, deduped among themselves
    learned = [d for d in classifier_drafts(ctx, drafts) if d.first not in agenda]
    # a sentence naming a motion was read by the motion rules: what they did not make a motion of is one pointing
    # back to it, its content told later, or motions in general
    learned = settle(ctx, [d for d in learned if d.kind != "motion" or not names_a_motion(ctx, d.first)], drafts)
    answered_requests(ctx, learned, add=False)  # a request answered after its date (letters.py)
    final = _dedupe(drafts) + _dedupe(learned)
    for d in final:
        if not d.actors:
            d.actors = told_back(ctx, d.kind, d.first)  # "Wel gaat hij ...": whom the text told it of
        if d.kind in ("commitment", "task"):
            d.actors = on_behalf(ctx, d.first, d.actors)  # "Mede namens de Minister voor X zal ik ...": the writer's
    candidates = _finish(ctx, final)
    # the site's links to other news under the article ("Meer uit Politiek", "Lees ook") name no participants
    more = _MORE_FROM.search(clean.text)
    end = more.start() if more else len(clean.text)
    all_actors = dedupe_actors([m.actor for m in mentions if m.start < end])
    # "mevrouw Dijk" in one sentence is the "Dijk (SP)" the text names elsewhere
    known = {a.key: a for a in all_actors}
    candidates = [dataclasses.replace(c, actors=with_office(c.kind, named_actors(c.actors, known, c.quote), c.quote))
                  for c in candidates]
    candidates = _told_once(candidates)
    # a motion's signers, named only on their own lines under its text
    all_actors = dedupe_actors([*all_actors, *(a for c in candidates for a in c.actors)])
    if not any(ctx.speakers.values()):
        all_actors = _honorific_only_not_members(clean.text, mentions, all_actors, candidates)
    by_surname = _full_names(all_actors)
    if by_surname:
        all_actors = dedupe_actors([by_surname.get(a.key, a) for a in all_actors])
        candidates = [dataclasses.replace(c, actors=dedupe_actors([by_surname.get(a.key, a) for a in c.actors]))
                      for c in candidates]
    if debate.title is None:
        debate = dataclasses.replace(debate, title=heading_title(clean, text))
    return Extraction(debate=debate, actors=all_actors, candidates=tuple(candidates))


# a news site's heading over its links to other articles, ending its line (the article's last line may run on into it)
_MORE_FROM = re.compile(
    r"(?:^|(?<=[.!?] ))(?:Meer\s+(?:uit|over|nieuws)|Lees\s+ook|Ook\s+interessant"
    r"|Gerelateerde?\s+(?:artikelen|berichten|nieuws)|Ander\s+nieuws|Meest\s+gelezen)\b[^\n.]{0,40}$", re.M)


def _full_names(actors: tuple[ExtractedActor, ...]) -> dict[str, ExtractedActor]:
    """A person named by surname alone ("Adema", "De Groot") where the text names exactly one person in full with that
    surname and the same role ("minister Piet Adema", "Tjeerd de Groot (D66)"): the surname's key to the full one."""
    out: dict[str, ExtractedActor] = {}
    people = [a for a in actors if a.role in ("member", "minister", "state_secretary")]
    for short in people:
        words = short.name.split()
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            continue  # a surname alone, its particle written as at a sentence's start: "De Groot", "Van der Lee"
        tail = short.name.lower()
        full = [a for a in people if a is not short and a.role == short.role and a.name.lower().endswith(" " + tail)
                and len(a.name.split()) > len(words) and (short.party is None or a.party in (None, short.party))]
        if len(full) == 1 and full[0].name.split()[0][:1].isupper() and full[0].name.split()[0].lower() not in (
                "de", "van", "het", "ten", "ter"):
            out[short.key] = ExtractedActor(full[0].name, full[0].party or short.party, full[0].role,
                                            full[0].ministry or short.ministry)
    return out


# How far apart (in sentences) two drafts can be and still tell the same follow-up twice.
_NEAR = 60


def _told_once(candidates: list[Candidate]) -> list[Candidate]:
    """A text pasted twice, or a page that repeats a passage, tells a follow-up again in the same words: it is one
    proposal (else the user edits one copy and accepts the other)."""
    seen: set[tuple[str, str, str]] = set()
    once = []
    for c in candidates:
        key = (c.kind, c.title, c.quote)
        if key not in seen:
            seen.add(key)
            once.append(c)
    return once


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Drop restatements: a headline saying what the body says, an announcement the text then submits,
    two sentences promising the same thing. Each draft is compared with those near it (and the same
    register number anywhere), so the work grows with the text, not with its square."""
    live = sorted(drafts, key=lambda d: (d.first, -d.confidence))
    _merge_same_motion(live)
    body = [o for o in live if not o.in_lead and not o.dropped]
    for d in live:
        # a headline or lead says what the body tells: the same kind on a shared subject (not any other promise);
        # a motion with its own members is a motion of its own (a register's first entry)
        if (
            not d.dropped
            and d.in_lead
            and not (d.kind == "motion" and d.actors)
            and any((o.kind, o.status) == (d.kind, d.status) and _tells_same(d, o) for o in body)
        ):
            d.dropped = True
    for n, d in enumerate(live):
        if d.dropped or d.kind != "motion" or d.status != "announced":
            continue
        names = {a.key for a in d.actors}
        for o in _after(live, n, d, 200):
            if o.dropped or o.kind != "motion" or o.status == "announced" or o.first <= d.last:
                continue
            near = o.first - d.last <= 12
            # the same member's motion text later on, on the same subject ("regionale inkoop")
            if not near and not (names & {a.key for a in o.actors} and _similar(d.clause, o.clause)):
                continue
            # not another member's or party's motion on something else ("Een motie van GroenLinks om de huren ...")
            same_subject = not d.clause or not o.clause or _shares_subject(d.clause, o.clause)
            # the motion's first filer announced it: a co-signer announcing a motion announces their own
            if (not names or not o.actors or o.actors[0].key in names) and same_subject:
                d.dropped = True
                break
    first_with: dict[tuple[str, str, str], Draft] = {}
    for d in live:
        if d.dropped or not d.register:
            continue
        key = (d.kind, d.status, d.register)
        if key in first_with:
            other = first_with[key]
            loser = d if other.confidence >= d.confidence else other
            loser.dropped = True
            first_with[key] = other if loser is d else d
        else:
            first_with[key] = d
    for n, a in enumerate(live):
        for b in _after(live, n, a, _NEAR):
            if a.dropped or b.dropped or (a.kind, a.status) != (b.kind, b.status):
                continue
            # two motions are one only with the same submitters: different members file look-alike motions
            same_people = a.kind != "motion" or {x.key for x in a.actors} == {x.key for x in b.actors}
            if a.kind == "deadline" and (a.title or "").split()[:1] != (b.title or "").split()[:1]:
                same_people = False  # a tweeminutendebat and the votes share the debate's name, not the event
            if (same_people and _similar(a.clause or a.title or "", b.clause or b.title or "")
                    and not _other_subjects(a.clause or a.title or "", b.clause or b.title or "")):
                loser, winner = (b, a) if a.confidence >= b.confidence else (a, b)
                loser.dropped = True
                if a.kind == "commitment" and not any(x.role == "member" for x in winner.actors):
                    # a promise told twice (a letter's quoted lead and its body): the members one telling names
                    winner.actors = [*(x for x in loser.actors if x.role == "member"), *winner.actors]
    return [d for d in live if not d.dropped]


def _tells_same(lead: Draft, body: Draft) -> bool:
    """Whether a lead's draft is a body draft told shorter: a motion (whose lead rarely names it well) or a
    subject word in common."""
    if lead.kind == "motion" or not (lead.clause or lead.title) or not (body.clause or body.title):
        return True
    return _shares_subject(lead.clause or lead.title or "", body.clause or body.title or "")


def _after(live: list[Draft], n: int, d: Draft, within: int) -> Iterator[Draft]:
    """The drafts after live[n] (sorted by first sentence) that start within `within` sentences of d's end."""
    for other in live[n + 1 :]:
        if other.first - d.last > within:
            return
        yield other


def _merge_same_motion(live: list[Draft]) -> None:
    """One draft per motion. The same register number is the same motion (a list names it, a later sentence
    holds it); so is the same members' motion at a later stage nearby ("... ingediend." then "De motie-X is
    ingetrokken."); an announcement without a subject near one with a subject, by the same or unnamed members;
    and a headline's or lead's motion without members that a later, named motion tells in full. The draft
    with the members is kept, with the furthest stage of the two."""
    motions = [d for d in live if d.kind == "motion"]
    by_register: dict[str, Draft] = {}
    for d in motions:
        if d.register and d.register in by_register:
            _merge(by_register[d.register], d)
        if d.register:
            by_register[d.register] = d if not d.dropped else by_register[d.register]
    for n, a in enumerate(motions):
        for b in _after(motions, n, a, 30):
            # two numbers are two motions; a motion named without its number can be the numbered one
            if not (a.dropped or b.dropped or (a.register and b.register)) and _same_motion(a, b):
                _merge(a, b)


def _merge(a: Draft, b: Draft) -> None:
    keep, drop = (b, a) if (b.actors and not a.actors) or _stage(b) > _stage(a) else (a, b)
    if _stage(keep) == _stage(drop) and not (keep.clause or keep.register) and drop.clause and drop.actors:
        keep, drop = drop, keep  # of one motion told twice, the telling with its text and number
    keep.register = keep.register or drop.register
    if _stage(drop) > _stage(keep) or (_stage(drop) == _stage(keep) == 2 and drop.first > keep.first):
        keep.status = drop.status  # the furthest stage; of two outcomes the later one ("aangehouden", then voted)
    kept = {x.name.split()[-1].lower() for x in keep.actors}
    keep.actors = list(dedupe_actors([*keep.actors,
                                      *(x for x in drop.actors if x.name.split()[-1].lower() not in kept)]))
    keep.clause = keep.clause or drop.clause
    drop.dropped = True


def _stage(d: Draft) -> int:
    """How far a motion has come: announced, submitted, then an outcome."""
    return {"announced": 0, "submitted": 1}.get(d.status, 2)


def _same_motion(a: Draft, b: Draft) -> bool:
    # by surname: "motie-Kok" and "SP-senator Peter Kok" are one member
    people_a, people_b = {x.name.split()[-1].lower() for x in a.actors}, {x.name.split()[-1].lower() for x in b.actors}
    if a.first == b.first and a.clause and b.clause and a.clause != b.clause:
        return False  # one sentence split into its motions ("de moties van X over A en B")
    if a.place and b.place and a.place != b.place:
        return False  # "De eerste motie ..." and "De tweede motie ...": two of the motions counted
    if {a.status, b.status} == {"adopted", "rejected"}:
        return False  # one motion was not both adopted and rejected: two motions with a word in common
    gap = b.first - a.last
    either_bare = not a.clause or not b.clause
    if a.status == b.status == "announced" and abs(gap) <= 12:
        return either_bare and (not people_a or not people_b or bool(people_a & people_b))
    if people_a and people_a == people_b and _stage(a) != _stage(b) and 0 <= gap <= 15:
        return either_bare or _similar(a.clause, b.clause) or _named_short(a.clause, b.clause)
    if people_a and people_a == people_b and a.status == b.status and 0 <= gap <= 30:
        # a vote report lists the same motions twice; a headline and its lead name the same motion
        return either_bare or _similar(a.clause, b.clause) or _named_short(a.clause, b.clause)
    if not people_a and people_b and 0 < gap <= 30:
        return _shares_subject(a.clause, b.clause)
    # "Ik dien een motie in." (no subject) and then the motion that member reads out with a co-signer
    return bool(people_a) and people_a < people_b and not a.clause and _stage(a) <= _stage(b) and 0 <= gap <= 15


def _named_short(a: str, b: str) -> bool:
    """A motion named by a word or two ("motie-X over slavernijverleden") and told in full elsewhere."""
    return min(len(_content_words(a)), len(_content_words(b))) <= 2 and _shares_subject(a, b)


def _shares_subject(a: str, b: str) -> bool:
    """Whether two motion subjects name the same thing: a content word of five letters or more in common."""
    wa = {w.lower()[:6] for w in _CONTENT_WORD.findall(a) if len(w) >= 5} - _STOPWORDS
    wb = {w.lower()[:6] for w in _CONTENT_WORD.findall(b) if len(w) >= 5} - _STOPWORDS
    return bool(wa & wb)


# what a letter or a promise is about: the words after its last "over" ("een brief te sturen over de wachtlijsten")
_ABOUT = re.compile(r"\bover\s+((?:(?!\bover\b).)+)$", re.IGNORECASE)


def _other_subjects(a: str, b: str) -> bool:
    """Whether two tellings name what they are about ("over de wachtlijsten", "over de jeugdzorg") and share no
    content word there: two promises worded alike on different subjects, not one told twice."""
    ma, mb = _ABOUT.search(a), _ABOUT.search(b)
    if ma is None or mb is None:
        return False
    wa, wb = _subject_words(ma.group(1)), _subject_words(mb.group(1))
    return bool(wa) and bool(wb) and not wa & wb


# a short name with a digit in it names a subject too: a road ("de A12", "de N33"), a rule ("artikel 7")
_SHORT_NAME = re.compile(r"\b[a-zà-ÿ]{0,3}\d[\w-]{0,3}\b", re.IGNORECASE)


def _subject_words(text: str) -> frozenset[str]:
    return _content_words(text) | {w.lower() for w in _SHORT_NAME.findall(text)}


def _similar(a: str, b: str) -> bool:
    wa, wb = _content_words(a), _content_words(b)
    if len(wa) < 3 or len(wb) < 3:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


@functools.lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:7] for w in _CONTENT_WORD.findall(text)) - _STOPWORDS


def _as_written(ctx: Context, start: int, end: int) -> str:
    """The cleaned text from start to end with its quotes as the original writes them: cleaning makes curly quotes
    straight, one for one, for the stages to read; what is stored as the item's text keeps the writer's."""
    part = ctx.clean.text[start:end]
    if "'" not in part and '"' not in part:
        return part
    chars = list(part)
    for k, ch in enumerate(chars):
        if ch in "'\"":
            written = ctx.raw[ctx.clean.original_index(start + k)]
            chars[k] = written if written in _CURLY else ch
    return "".join(chars)


_CURLY = frozenset("’‘‚“”„")


def _finish(ctx: Context, drafts: list[Draft]) -> list[Candidate]:
    out: list[Candidate] = []
    for d in sorted(drafts, key=lambda x: x.first):
        s_first, s_last = ctx.sentences[d.first], ctx.sentences[d.last]
        start, end = s_first.start, s_last.end
        quote = " ".join(_as_written(ctx, start, end).split())
        zone = d.due_zone or (start, end)
        found = nearest_deadline(ctx, d.trigger[0], d.trigger[1], zone[0], zone[1])
        res: Resolution | None = found.resolution if found else None
        just_before = ctx.clean.text[max(0, found.start - 40) : found.start] if found is not None else ""
        if found is not None and d.kind == "deadline" and _SCHEDULED_FOR.search(just_before):
            # "staat gepland voor donderdag 20 maart" names the day itself, not the day before it
            again = resolve(re.sub(r"^\s*v[oó]{1,2}r\s+", "", found.phrase).rstrip(" ."), ctx.ref)
            if again.due is not None:
                res = again
        if d.due_override is not None:
            res = d.due_override
        if (d.kind == "deadline" and res is not None and res.phrase and _just_passed(ctx.ref, res.phrase)
                and not _AHEAD.search(ctx.clean.text, start, end)):
            continue  # "De moties volgden op het debat van 16 mei." read on 22 May: that day is over, not next year's
        title = title_for(ctx, d, found)
        o_start, o_end = ctx.clean.original_span(start, end)
        out.append(
            Candidate(
                kind=d.kind,
                status=d.status,
                title=title,
                quote=quote,
                start=o_start,
                end=o_end,
                due=res.due if res else None,
                due_phrase=res.phrase if res else None,
                precision=res.precision if res else "none",
                explanation=res.explanation if res else None,
                actors=tuple(d.actors),
                confidence=round(min(max(d.confidence, 0.0), 1.0), 2),
                register=d.register,
                owner=d.owner,
            )
        )
    return out


# A day and month without a year or weekday: "16 mei", "op 1 oktober", "van 7 juni"
_BARE_DAY = re.compile(r"^(?:(?:op|van|per|vanaf)\s+)?(?P<d>\d{1,2})\s+(?P<m>" + "|".join(MONTHS) + r")$", _I)
# how long before the text's date a day it names without a year is read as that past day, not as the next year's
_JUST_PASSED = 92


# ... unless the sentence looks ahead, with a modal, the future or a term's word: "Op 1 oktober moeten die plannen zijn
# ingeleverd" read on 3 November is next October's
_AHEAD = re.compile(r"\b(?:moet|moeten|zal|zullen|gaat|gaan|wil|willen|kan|kunnen|komt|komen|wordt|worden|verwacht\w*"
                    r"|gepland|staat|staan|uiterlijk|deadline|volgend\w*|komend\w*|aanstaande|a\.s\.)"
                    r"(?![\w-])", _I)


def _just_passed(ref: dt.date, phrase: str) -> bool:
    """Whether a day named without its year ("16 mei") fell shortly before ref: a text tells that day, which is over
    (the reading of the phrase alone takes the next 16 May, eleven months on)."""
    m = _BARE_DAY.match(phrase.strip(" .,"))
    if m is None or ref == dt.date.min:
        return False
    day = last_before(int(m.group("d")), MONTHS.index(m.group("m").lower()) + 1, ref)
    return day is not None and (ref - day).days <= _JUST_PASSED


_SCHEDULED_FOR = re.compile(r"\b(?:gepland|ingepland|geagendeerd|staat|staan|is|zijn)\s*$", _I)
