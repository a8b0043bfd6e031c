"""What a letter to the Kamer says of its own follow-ups, read after the other stages.

A government letter tells the stage of what it reports on in its own words, in the present tense of the letter
itself:
- "Met deze brief geef ik uitvoering aan de motie-X" / "Hiermee voer ik de motie uit" / "De motie beschouw ik
  hiermee als afgedaan": the letter carries the motion out, it is executed (a progress report, "over de
  voortgang van de uitvoering van de motie", leaves it adopted);
- "Zoals toegezegd tijdens het commissiedebat informeer ik u hierbij over ...", "Conform het verzoek van uw
  commissie vindt u hierbij de ...", "Tevens informeer ik u over de toezeggingen gedaan tijdens het AO ...": the
  letter keeps a promise or answers a request now, a commitment done (a letter that only sends something,
  "Hierbij ontvangt u het rapport", names no promise and is left to the other stages);
- "Ik zal u, zoals toegezegd, informeren over X" / "In dezelfde brief zal ik uw Kamer ook berichten over Y": a
  promise to inform the Kamer later, a commitment still open;
- a promise the letter postpones or plans ("Ik streef ernaar u medio december hierover een brief te sturen")
  is the toezegging the letter told of just before ("heb ik aan de leden X en Y toegezegd ..."): it keeps
  those members.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kamertaak.core.actors import NAME, ExtractedActor, is_office, normalise_name
from kamertaak.core.dutch import month_number
from kamertaak.core.extract.cues import LETTER_IS_A_REPLY
from kamertaak.core.extract.genre import read_genre
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import letter_author

_I = re.IGNORECASE

# A signature anywhere in the text (a cover letter signed above its annex): the office on its own line, the
# signer's initials and name on the next ("De Minister voor Klimaat en Energie,\nA.B. Jansen")
_SIGNATURE = re.compile(
    rf"^[ \t]*(?P<office>De\s+(?:[Mm]inister|[Ss]taatssecretaris)\b[^\n,]{{0,90}}),[ \t]*\n?[ \t]*"
    rf"(?P<name>(?:[A-Z]\.){{1,5}}\s*{NAME})[ \t]*$",
    re.MULTILINE,
)


def signed_author(ctx: Context) -> ExtractedActor | None:
    """The letter's author (people.letter_author), with the name signed under the office when the signature stands
    above the letter's end (its annex follows)."""
    author = letter_author(ctx)
    if author is not None and not is_office(author):
        return author
    for m in _SIGNATURE.finditer(ctx.clean.text):
        offices = [x for x in ctx.mentions_between(m.start("office"), m.end("office") + 1)
                   if x.actor.role in ("minister", "state_secretary")]
        if offices:
            return dataclasses.replace(offices[-1].actor, name=normalise_name(m.group("name")))
    return author


# The letter acting now: "met deze brief", "hiermee", "hierbij", "in deze brief", "daarmee" (the letter's own act)
_THIS_LETTER = r"(?:met|in|middels|via)\s+(?:deze|onderhavige|bijgaande)\s+brief|hiermee|hierbij|daarmee|bij\s+dezen"
# The letter carrying out a motion now: "Met deze brief geven wij tevens gevolg aan de motie", "Hiermee voer ik de
# motie ... uit", "beschouw ik de motie hiermee als afgedaan", "is de motie hiermee uitgevoerd"
_EXECUTES_NOW = re.compile(
    rf"\b(?:{_THIS_LETTER})\b[^.;]{{0,80}}?\b(?:geef|geven|kom|komen)\s+(?:ik|wij|we)\b[^.;]{{0,40}}?"
    r"\b(?:uitvoering|gevolg|invulling)\s+aan\s+(?:de\s+|het\s+)?(?:verzoek\s+\w+\s+)?(?:aangenomen\s+)?moties?\b"
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,80}}?\bvoer\w*\s+(?:ik|wij|we)\b[^.;]{{0,80}}?\bmoties?\b[^.;]{{0,120}}?\buit\b"
    rf"|\bmoties?\b[^.;]{{0,160}}?\b(?:beschouw\w*\s+(?:ik|wij|we)|is|zijn)\b[^.;]{{0,30}}?\b(?:{_THIS_LETTER})\b"
    r"[^.;]{0,30}?\b(?:als\s+)?(?:afgedaan|uitgevoerd|afgerond)\b"
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,40}}?\b(?:beschouw\w*\s+(?:ik|wij|we))\b[^.;]{{0,160}}?\bmoties?\b[^.;]{{0,160}}?"
    r"\bals\s+(?:afgedaan|uitgevoerd|afgerond)\b",
    _I,
)
# Progress only: "de voortgang van de uitvoering van de motie", "eerste voortgangsrapportage"
_PROGRESS = re.compile(r"\bvoortgang\w*\b|\btussenstand\b|\bstand\s+van\s+zaken\b", _I)


def executed_motions(ctx: Context, drafts: list[Draft]) -> None:
    """A motion a letter says it carries out now is executed."""
    for d in drafts:
        if d.kind != "motion" or d.status not in ("submitted", "adopted"):
            continue
        for k in range(d.first, d.last + 1):
            said = ctx.sentences[k].text
            if _EXECUTES_NOW.search(said) and not _PROGRESS.search(said):
                d.status = "executed"
                d.due_override = None
                d.due_zone = (ctx.sentences[k].start, ctx.sentences[k].start)
                break


# What the letter does now: "informeer ik u", "ontvangt u", "vindt u hierbij", "treft u bijgaand", "stuur ik u",
# "wordt ... gerapporteerd", "bied ik u ... aan".
_DOES_NOW = re.compile(
    r"\b(?:informeer|bericht|stuur|zend|rapporteer|bied)\s+(?:ik|wij|we)\b"
    r"|\b(?:informeren|berichten|sturen|zenden|rapporteren|bieden)\s+(?:wij|we)\b"
    r"|\b(?:ontvangt|vindt|treft)\s+u\b|\bu\s+(?:ontvangt|vindt|treft)\b"
    r"|\b(?:wordt|worden)\s+(?:hierbij\s+|hieronder\s+|in\s+het\s+onderstaande\s+)?(?:\w+\s+){0,6}?"
    r"(?:gerapporteerd|geïnformeerd|bericht|toegezonden|aangeboden)\b",
    _I,
)
# The promise or request it answers: "zoals (eerder) toegezegd", "conform het verzoek van uw commissie", "op verzoek
# van", "(een aantal) toezeggingen gedaan tijdens", "naar aanleiding van mijn toezegging", "ter uitvoering van de
# toezegging"
_NAMES_PROMISE = re.compile(
    r"\bzoals\s+(?:(?:eerder|ik|wij|we|reeds|al)\s+){0,3}(?:heb(?:ben)?\s+)?toegezegd\b"
    r"|\b(?:conform|op|overeenkomstig)\s+(?:het\s+|uw\s+)?verzoek\b"
    r"|\btoezegging(?:en)?\s+(?:\w+\s+){0,2}?(?:gedaan|die\s+(?:ik|wij|we))\b"
    r"|\b(?:naar\s+aanleiding\s+van|ter\s+uitvoering\s+van|conform|overeenkomstig)\s+(?:mijn|onze|de)\s+toezegging",
    _I,
)
_TOEGEZEGD = re.compile(r"\btoegezegd\b|\btoezegging", _I)
# Said of later: the promise is not kept by this letter
_NOT_NOW = re.compile(r"\b(?:zal|zullen|ga|gaan|binnenkort|later|nader|volgende?)\b", _I)


# The text itself, now, outside a letter (a progress report sent to the Kamer): "in het onderstaande", "hierbij"
_THIS_TEXT_NOW = re.compile(
    r"\b(?:hierbij|bijgaand|hieronder|in\s+het\s+onderstaande|(?:in|met)\s+deze\s+(?:rapportage|notitie|brief))\b", _I)


def kept_promises(ctx: Context, drafts: list[Draft], letter: bool = True) -> list[Draft]:
    """A sentence of a letter that keeps a promise or answers a request now: the commitment another stage made of
    it is done (its dates are the debate's, not a term), or a new done commitment when no stage read it. Outside a
    letter (a report to the Kamer) only when the sentence says it is this text ("in het onderstaande")."""
    covering: dict[int, list[Draft]] = {}
    for d in drafts:
        for k in range(d.first, d.last + 1):
            covering.setdefault(k, []).append(d)
    added: list[Draft] = []
    author = signed_author(ctx)
    for k, s in enumerate(ctx.sentences):
        if not (_NAMES_PROMISE.search(s.text) and _DOES_NOW.search(s.text)) or _NOT_NOW.search(s.text):
            continue
        if not letter and not _THIS_TEXT_NOW.search(s.text):
            continue
        if LETTER_IS_A_REPLY.search(s.text) and not _TOEGEZEGD.search(s.text):
            continue  # "Hierbij ontvangt u een reactie op het verzoek van ...": the letter itself (cues.py)
        here = covering.get(k, [])
        for d in here:
            if d.kind == "commitment" and d.status == "open" and d.first == k:
                d.status = "done"
                d.due_override = None
                d.due_zone = (s.start, s.start)
        if not here:
            draft = Draft("commitment", "done", 0.7, k, k, (s.start, s.end), clause=s.text.rstrip(" ."))
            draft.actors = [author] if author else []
            draft.due_zone = (s.start, s.start)
            added.append(draft)
    return drafts + added


# A promise to inform the Kamer later: "Ik zal u, zoals toegezegd, informeren over", "zal ik uw Kamer ook
# berichten over", "Wij zullen de Kamer voor de zomer een brief sturen"
_WILL_INFORM = re.compile(
    r"\b(?:(?:ik|wij|we)\s+(?:zal|zullen)|(?:zal|zullen)\s+(?:ik|wij|we))\b\s+(?:\w+\s+|,[^,]{1,60},\s+){0,8}?"
    r"(?:u|uw\s+Kamer|de\s+(?:Tweede\s+|Eerste\s+)?Kamer)\b[^.;]{0,120}?"
    r"\b(?:informeren|berichten|rapporteren|(?:toe)?sturen|toezenden|op\s+de\s+hoogte\s+(?:houden|stellen|brengen))\b",
    _I,
)


def promised_letters(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A letter's promise to inform the Kamer later that no stage read: an open commitment of the letter's
    author."""
    read = {k for d in drafts for k in range(d.first, d.last + 1)}
    added: list[Draft] = []
    author = signed_author(ctx)
    for k, s in enumerate(ctx.sentences):
        if k in read or not _WILL_INFORM.search(s.text):
            continue
        draft = Draft("commitment", "open", 0.65, k, k, (s.start, s.end), clause=s.text.rstrip(" ."))
        draft.actors = [author] if author else []
        added.append(draft)
    return drafts + added


# A sentence pointing back to the toezegging told before it: "hierover", "daarover", "deze toezegging"
_POINTS_BACK = re.compile(r"\b(?:hierover|daarover|hieromtrent|deze\s+toezegging|die\s+toezegging)\b", _I)


def members_of_the_promise(ctx: Context, drafts: list[Draft]) -> None:
    """An open commitment pointing back to a toezegging told just before it ("hierover een brief te sturen") keeps
    the members it was made to, when it names none of its own."""
    ordered = sorted(drafts, key=lambda d: d.first)
    for n, d in enumerate(ordered):
        if d.kind != "commitment" or d.status != "open" or any(a.role == "member" for a in d.actors):
            continue
        if not _POINTS_BACK.search(ctx.sentences[d.first].text):
            continue
        before = [o for o in ordered[:n] if o.kind == "commitment" and d.first - o.last <= 4
                  and any(a.role == "member" for a in o.actors)]
        if before:
            d.actors = [*(a for a in before[-1].actors if a.role == "member"), *d.actors]


def _signature_start(ctx: Context, d: Draft) -> bool:
    """Whether a draft starts at the letter's signature (the office and name, then the heading of its annex)."""
    s = ctx.sentences[d.first]
    m = _SIGNATURE.match(ctx.clean.text, s.start)
    return m is not None and m.end() <= s.end


# A letter that only sends something: "Bijgaand ontvangt u een rapportage over ...", "Hierbij stuur ik u het rapport"
_SENDS = re.compile(
    r"^(?:Hierbij|Bijgaand|Hiermee|Met\s+deze\s+brief)\s+(?:ontvangt|treft|vindt)\s+u\b"
    r"|^(?:Hierbij|Bijgaand|Hiermee)\s+(?:stuur|sturen|zend|zenden|bied|bieden)\s+(?:ik|wij|we)\s+u\b", _I)
# ... unless it names what it answers or keeps
_ANSWERS = re.compile(
    r"\btoegezegd|\btoezegging|\bverzoek|\bverzocht|\bgevraagd|\bvragen\b|\bmoties?\b|\bconform\b|\bzoals\b|\bafspra",
    _I)


def _only_sends(ctx: Context, d: Draft) -> bool:
    """A done commitment made of a letter's sentence that only sends something, naming no promise or request it
    keeps: the letter itself, no follow-up (a lobbyist notes a kept toezegging, not every enclosure)."""
    if d.kind != "commitment" or d.status != "done" or d.last != d.first:
        return False
    said = ctx.sentences[d.first].text
    return bool(_SENDS.search(said)) and not _ANSWERS.search(said)


# A letter's head wherever the lines were joined: "Nr. 12 BRIEF VAN DE MINISTER ... Aan de Voorzitter van de
# Tweede Kamer der Staten-Generaal"
_LETTER_HEAD = re.compile(
    r"\bBRIEF VAN DE (?:MINISTER|STAATSSECRETARIS)\b|\bAan de Voorzitter van de (?:Tweede|Eerste) Kamer\b")


# The answer to a written request, in a report of a schriftelijk overleg or a rappel: "De antwoordbrief van 2 december
# 2025.", "Bij brief van 17 mei 2023 zijn de vragen beantwoord."
_ANSWERED_ON = re.compile(
    r"\bantwoordbrief\s+van\s+(?P<d>\d{1,2})\s+(?P<m>[a-z]+)\s+(?P<y>\d{4})\b"
    r"|\bBij\s+brief\s+van\s+(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\s+(?P<y2>\d{4})\s+(?:zijn|is|werden|werd)\s+"
    r"(?:de\s+)?(?:vragen|verzoeken|brief)\s+(?:\w+\s+)?beantwoord\b",
    _I,
)
# The committee asking the government for something by a date: "De Kamer verneemt graag vóór ...", "ontvangt graag"
_ASKS_BY = re.compile(
    r"\b(?:verneemt|vernemen|ontvangt|ontvangen)\s+graag\b|\b(?:verzoekt|verzoeken)\s+(?:u|de\s+regering)\b", _I)


def answered_requests(ctx: Context, drafts: list[Draft], add: bool = True) -> list[Draft]:
    """A report of written questions with the government's answer letter and its date: the answer is a follow-up
    done (when no stage read it; with `add`), and the committee's request by a date is met or missed by that date
    (also one the learned classifier proposed)."""
    found = _ANSWERED_ON.search(ctx.clean.text)
    if found is None:
        return drafts
    day, month, year = (found.group("d") or found.group("d2"), found.group("m") or found.group("m2"),
                        found.group("y") or found.group("y2"))
    number = month_number(month.lower())
    if number is None:
        return drafts
    try:
        answered = dt.date(int(year), number, int(day))
    except ValueError:
        return drafts
    for d in drafts:
        if d.kind != "deadline" or d.status != "upcoming":
            continue
        s = ctx.sentences[d.first]
        if not _ASKS_BY.search(s.text):
            continue
        dues = [f.resolution.due for f in ctx.deadlines_in(s.start, s.end) if f.resolution.due]
        if dues:
            d.status = "missed" if max(dues) < answered else "met"
    k = next((i for i, s in enumerate(ctx.sentences) if s.start <= found.start() < s.end), None)
    if not add or k is None or any(d.first <= k <= d.last for d in drafts):
        return drafts
    s = ctx.sentences[k]
    draft = Draft("commitment", "done", 0.6, k, k, (s.start, s.end), clause=s.text.rstrip(" ."))
    draft.due_zone = (s.start, s.start)
    return [*drafts, draft]


def read_letter(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The drafts with what a letter says of them in its own words (see the module's docstring)."""
    drafts = answered_requests(ctx, drafts)
    if not (ctx.letter or _LETTER_HEAD.search(ctx.clean.text, 0, 1500) or read_genre(ctx).government_letter):
        return kept_promises(ctx, drafts, letter=False)
    drafts = [d for d in drafts if not _signature_start(ctx, d) and not _only_sends(ctx, d)]
    executed_motions(ctx, drafts)
    drafts = kept_promises(ctx, drafts)
    drafts = promised_letters(ctx, drafts)
    members_of_the_promise(ctx, drafts)
    return drafts
