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
- a list item or paragraph on one motion or toezegging tells its state in the sentences after its first ("De motie
  van het lid X (36 410, nr. 12) verzoekt ... Deze motie is uitgevoerd.", "... is deels uitgevoerd", "is in
  uitvoering. Ik informeer u hierover voor 1 oktober."): one follow-up per item with that state and the term of its
  later step;
- a lead or a table of contents naming a group the letter reports on ("over de invulling van een aantal moties en
  toezeggingen", "4. Toezeggingen uit het commissiedebat van 7 maart") is one follow-up, unless the letter goes on
  to read its items one by one;
- a promise the letter postpones or plans ("Ik streef ernaar u medio december hierover een brief te sturen")
  is the toezegging the letter told of just before ("heb ik aan de leden X en Y toegezegd ..."): it keeps
  those members.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from kamertaak.core.actors import NAME, ExtractedActor, is_office, normalise_name
from kamertaak.core.dutch import MONTHS, month_number
from kamertaak.core.extract.cues import LETTER_HEAD, LETTER_IS_A_REPLY
from kamertaak.core.extract.genre import read_genre
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import letter_author
from kamertaak.core.extract.quick import quick
from kamertaak.core.extract.registers import COMMITMENT_NUMBER
from kamertaak.core.kinds import LIFECYCLES

_I = re.IGNORECASE

# A signature anywhere in the text (a cover letter signed above its annex): the office on its own line, the
# signer's initials and name on the next ("De Minister voor Klimaat en Energie,\nA.B. Jansen"), also when the cleaning
# joined it to the letter's last sentence ("... gewend bent. De Minister van BZK, J.J.M. Uitermark")
_SIGNATURE = re.compile(
    rf"(?:^|(?<=[.!?] ))[ \t]*(?P<office>De\s+(?:[Mm]inister|[Ss]taatssecretaris)\b[^\n,]{{0,90}}),[ \t]*\n?[ \t]*"
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


# The letter acting now: "met deze brief" (also "met deze hoofdlijnenbrief", "in deze voortgangsbrief"), "hiermee",
# "hierbij", "in deze brief", "daarmee" (the letter's own act)
_THIS_LETTER = r"(?:met|in|middels|via)\s+(?:deze|onderhavige|bijgaande)\s+\w*brief|hiermee|hierbij|daarmee|bij\s+dezen"
# The letter carrying out a motion now: "Met deze brief geven wij tevens gevolg aan de motie", "Hiermee voer ik de
# motie ... uit", "beschouw ik de motie hiermee als afgedaan", "is de motie hiermee uitgevoerd"
_EXECUTES_NOW = re.compile(
    rf"\b(?:{_THIS_LETTER})\b[^.;]{{0,80}}?\b(?:geef|geven|kom|komen)\s+(?:ik|wij|we)\b[^.;]{{0,40}}?"
    r"\b(?:uitvoering|gevolg|invulling)\s+aan\s+(?:de\s+|het\s+)?(?:verzoek\s+\w+\s+)?(?:aangenomen\s+)?moties?\b"
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,80}}?\bvoer\w*\s+(?:ik|wij|we)\b[^.;]{{0,80}}?\bmoties?\b[^.;]{{0,120}}?\buit\b"
    # "Daarmee voldoe ik aan de motie van het lid X c.s."
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,40}}?\bvoldoe[n]?\s+(?:ik|wij|we)\b[^.;]{{0,30}}?\baan\s+(?:de\s+|het\s+)?"
    r"(?:verzoek\s+\w+\s+)?(?:aangenomen\s+|gewijzigde\s+)?moties?\b"
    rf"|\bmoties?\b[^.;]{{0,160}}?\b(?:beschouw\w*\s+(?:ik|wij|we)|is|zijn)\b[^.;]{{0,30}}?\b(?:{_THIS_LETTER})\b"
    r"[^.;]{0,30}?\b(?:als\s+)?(?:afgedaan|uitgevoerd|afgerond)\b"
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,40}}?\b(?:beschouw\w*\s+(?:ik|wij|we))\b[^.;]{{0,160}}?\bmoties?\b[^.;]{{0,160}}?"
    r"\bals\s+(?:afgedaan|uitgevoerd|afgerond)\b",
    _I,
)
# Progress only: "de voortgang van de uitvoering van de motie", "eerste voortgangsrapportage"
_PROGRESS = re.compile(r"\bvoortgang\w*\b|\btussenstand\b|\bstand\s+van\s+zaken\b", _I)


def executed_motions(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A motion a letter says it carries out now is executed; one no stage read ("Daarmee voldoe ik aan de motie
    van het lid van uw Kamer de heer X c.s.") is added, with the members the sentence names."""
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
    motions = {k for d in drafts if d.kind == "motion" for k in range(d.first, d.last + 1)}
    added: list[Draft] = []
    for k, s in enumerate(ctx.sentences):
        if k in motions or "moti" not in s.text or not _EXECUTES_NOW.search(s.text) or _PROGRESS.search(s.text):
            continue
        members = [m.actor for m in ctx.mentions_between(s.start, s.end) if m.actor.role == "member"]
        if not members:
            continue  # "de moties over dit onderwerp": no motion of its own to track
        draft = Draft("motion", "executed", 0.6, k, k, (s.start, s.end))
        draft.actors = members
        draft.due_zone = (s.start, s.start)
        added.append(draft)
    return drafts + added


# The letter going into something now: "ga ik in op", "gaan we daarbij ook in op" (not "ik ga u informeren")
_GOES_INTO = r"\b(?:(?:ga|gaan)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:ga|gaan))\b[^.;]{0,40}?\bin\s+op\b"
# "kom ik mijn toezegging na om ...": the letter acting now, on a promise it names
_KEEPS_PROMISE = (r"\b(?:kom|komen)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?(?:mijn|onze|de|het)\s+(?:\w+\s+)?toezegging\b"
                  r"[^.;]{0,240}?\bna\b")
# What the letter does now: "informeer ik u", "ontvangt u", "vindt u hierbij", "treft u bijgaand", "stuur ik u",
# "wordt ... gerapporteerd", "bied ik u ... aan".
_DOES_NOW = re.compile(
    r"\b(?:informeer|bericht|stuur|zend|rapporteer|bied|voldoe)\s+(?:ik|wij|we)\b"
    r"|\b(?:informeren|berichten|sturen|zenden|rapporteren|bieden)\s+(?:wij|we)\b"
    r"|\b(?:ontvangt|vindt|treft)\s+u\b|\bu\s+(?:ontvangt|vindt|treft)\b"
    # "geef ik (ook) invulling aan", "gaan we daarbij ook in op"
    r"|\b(?:geef|geven)\s+(?:ik|wij|we)\b[^.;]{0,40}?\b(?:uitvoering|invulling|gevolg)\s+aan\b|" + _GOES_INTO +
    r"|" + _KEEPS_PROMISE +
    r"|\b(?:wordt|worden)\s+(?:hierbij\s+|hieronder\s+|in\s+het\s+onderstaande\s+)?(?:\w+\s+){0,6}?"
    r"(?:gerapporteerd|geïnformeerd|bericht|toegezonden|aangeboden)\b",
    _I,
)
# The promise or request it answers: "zoals (eerder) toegezegd", "conform het verzoek van uw commissie", "op verzoek
# van", "(een aantal) toezeggingen gedaan tijdens", "naar aanleiding van mijn toezegging", "ter uitvoering van de
# toezegging"
_NAMES_PROMISE = re.compile(
    r"\bzoals\s+(?:(?:eerder|ik|wij|we|reeds|al)\s+){0,3}(?:heb(?:ben)?\s+)?toegezegd\b"
    r"|\b(?:conform|op|overeenkomstig)\s+(?:het\s+|uw\s+)?verzoek\b|\bvoldoe[n]?\s+(?:ik|wij|we)\s+aan\s+(?:het|uw)\s+verzoek\b"
    # "geef ik invulling aan het verzoek van de vaste commissie", "zoals ook is verzocht door de vaste commissie"
    r"|\b(?:invulling|gevolg|uitvoering)\s+aan\s+(?:het|uw)\s+verzoek\b"
    r"|\bzoals\s+(?:ook\s+|eerder\s+|door\s+[^.;]{3,80}?\s+)?(?:is\s+|werd\s+)?(?:verzocht|gevraagd)\b"
    r"|\btoezegging(?:en)?\s+(?:\w+\s+){0,2}?(?:gedaan|die\s+(?:ik|wij|we))\b"
    r"|\b(?:naar\s+aanleiding\s+van|ter\s+uitvoering\s+van|conform|overeenkomstig)\s+(?:mijn|onze|de)\s+toezegging"
    # "mede ter beantwoording van het verzoek van de vaste commissie", "in antwoord op uw verzoek"
    r"|\b(?:ter\s+beantwoording\s+van|in\s+antwoord\s+op)\s+(?:het|uw)\s+(?:\w+\s+)?verzoek\b"
    # "kom ik mijn toezegging na om ..." (_KEEPS_PROMISE), "voldoe ik aan de toezegging die ik deed tijdens ..."
    r"|" + _KEEPS_PROMISE +
    r"|\bvoldoe[n]?\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?aan\s+(?:mijn|onze|de|het)\s+(?:\w+\s+)?toezegging\b"
    # "geef ik invulling aan de motie X c.s. ... en aan mijn toezegging in het commissiedebat van 4 september" (one
    # sentence: its abbreviations' dots are no end)
    r"|\b(?:uitvoering|invulling|gevolg)\s+aan\s+(?:[^;]{0,300}?\ben\s+(?:aan\s+)?)?(?:mijn|onze|de|het)\s+(?:\w+\s+)?"
    r"toezegging",
    _I,
)
# asked of every sentence of the text: only those with one of the words every alternative needs are searched (quick.py)
_NAMES_PROMISE = quick(_NAMES_PROMISE)
_TOEGEZEGD = re.compile(r"\btoegezegd\b|\btoezegging", _I)
# Said of later: the promise is not kept by this letter
_NOT_NOW = re.compile(r"\b(?:zal|zullen|ga|gaan|binnenkort|later|nader|volgende?)\b", _I)


def _not_now(said: str) -> bool:
    """Whether a sentence says of later what it tells ("ga" of "ga ik hierbij in op" is now)."""
    return _NOT_NOW.search(re.sub(_GOES_INTO, " ", said, flags=_I)) is not None


# The toezegging a sentence names as kept, up to the sentence's end: "mijn toezegging in het commissiedebat van ..."
_AND_THE_TOEZEGGING = re.compile(r"\s+en\s+(?:aan\s+)?(?:mijn|onze|de|het)\s+(?:\w+\s+)?toezegging\b", _I)
_NAMED_TOEZEGGING = re.compile(r"\b(?:mijn|onze|de|het)\s+(?:\w+\s+)?toezegging\b.*", _I)


# What a request asked for, after it: "(het verzoek) van de vaste commissie voor X om een stand van zakenbrief (...)"
_ASKED_FOR = re.compile(r"[^.;()]{0,120}?\bom\s+(?P<what>(?:een|de|het)\s+[^.;()]{3,120}?)\s*(?:\(|[.;]|$)", _I)


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
        promise = _NAMES_PROMISE.search(s.text)
        if not (promise and _DOES_NOW.search(s.text)) or _not_now(s.text):
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
        kept = _NAMED_TOEZEGGING.search(s.text, promise.start()) if promise else None
        if any(d.kind in ("commitment", "task") for d in here):
            continue
        if any(d.kind == "motion" for d in here) and kept is None:
            continue  # a debate it names is no answer; a motion carried out is no toezegging kept, unless one is named
        # beside a motion the letter carries out, the toezegging it names is not the motion's text ("de motie X die
        # de regering verzoekt Y en aan mijn toezegging ...")
        for d in here:
            if d.kind == "motion" and d.clause and (also := _AND_THE_TOEZEGGING.search(d.clause)):
                d.clause = d.clause[: also.start()]
        # the toezegging the sentence names is what was kept: "mijn toezegging in het commissiedebat van 4 september
        # om ...", not "Met deze brief geef ik ook invulling aan ..."
        clause = re.sub(r"\s*\([^()]*\)|(?<=toezegging)\s+na\b", "", kept.group()) if kept else s.text
        sent_before = s.text[: promise.start()].rstrip()
        if kept is None and promise.group().lower().startswith("zoals") and sent_before.endswith(","):
            # "Hierbij stuur ik u deze actuele prognose, zoals ook is verzocht door ...": what it sends is what was
            # asked
            clause = sent_before.rstrip(" ,")
        elif kept is None and (asked := _ASKED_FOR.match(s.text, promise.end())):
            # "geef ik invulling aan het verzoek van de vaste commissie voor LNV om een stand van zakenbrief": what was
            # asked for
            clause = asked.group("what")
        draft = Draft("commitment", "done", 0.7, k, k, (s.start, s.end), clause=clause.rstrip(" ."))
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


# ... told in the passive: "De Kamerbrief X zal kort na de behandeling van de begroting aan uw Kamer worden
# aangeboden", "in een brief die uiterlijk 3 maart aan de Kamer zal worden toegezonden"
_WILL_BE_SENT = re.compile(
    r"\b(?:zal|zullen)\s+(?:[^.;]{0,160}?\s)?worden\s+(?:aangeboden|toegezonden|toegestuurd|gestuurd|verzonden)\b", _I)
_TO_THE_KAMER = re.compile(r"\baan\s+(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer\b", _I)
# ... or as what the reader will receive, later: "Deze brief wordt momenteel voorbereid en ontvangt u voorafgaand aan
# het wetgevingsoverleg", "De kabinetsreactie ontvangt u binnenkort" (not "Hierbij ontvangt u", "Vandaag ontvangt u")
_WILL_RECEIVE = re.compile(
    r"\b(?:ontvangt\s+u|u\s+ontvangt)\b[^.;]{0,60}?\b(?:binnenkort|voorafgaand\s+aan|v[oó]{1,2}r\s+(?:het|de)\s+\w*"
    r"(?:debat|overleg|behandeling)|na\s+(?:afloop|afronding)\s+van|zo\s+(?:spoedig|snel)\s+mogelijk|te\s+zijner\s+tijd)\b",
    _I)
_RECEIVED_NOW = re.compile(r"\b(?:hierbij|bijgaand|hieronder|vandaag|thans|(?:in|met)\s+deze\s+\w*brief)\b", _I)


def promised_letters(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A letter's promise to inform the Kamer later that no stage read: an open commitment of the letter's
    author."""
    read = {k for d in drafts for k in range(d.first, d.last + 1)}
    added: list[Draft] = []
    author = signed_author(ctx)
    for k, s in enumerate(ctx.sentences):
        if k in read:
            continue
        if not (_WILL_INFORM.search(s.text) or (_WILL_BE_SENT.search(s.text) and _TO_THE_KAMER.search(s.text))
                or (_WILL_RECEIVE.search(s.text) and not _RECEIVED_NOW.search(s.text))):
            continue
        draft = Draft("commitment", "open", 0.65, k, k, (s.start, s.end), clause=s.text.rstrip(" ."))
        draft.actors = [author] if author else []
        added.append(draft)
    return drafts + added


# Where a toezegging was made, in brackets after it: "(AO Voedsel, Kamerstuk 31 532, nr. 122)", "(commissiedebat van 7
# maart)", "(Handelingen II 2015/16, nr. 35)"
_SOURCE_OPENS = re.compile(r"\s*\((?=[^()]{0,80}\b(?:AO|\w*debat|\w*overleg|Handelingen|Kamerstuk)\b)", _I)
_MADE_IN = re.compile(_SOURCE_OPENS.pattern.removeprefix(r"\s*") + r"[^()]{3,160}\)", _I)


def _listed_with_sources(said: str) -> tuple[re.Match[str] | None, list[re.Match[str]]]:
    """The word "toezeggingen" of a sentence listing them each with where it was made, and those brackets."""
    group = re.search(r"\btoezeggingen\b", said, _I)
    made = list(_MADE_IN.finditer(said, group.end())) if group else []
    return (group, made) if len(made) >= 2 else (None, [])


def listed_toezeggingen(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The toezeggingen a letter lists in one sentence, each with where it was made in brackets after it ("en op de
    toezeggingen om de Kamer periodiek te informeren over X (AO Voedsel, Kamerstuk ...), over de inventarisatie van Y
    (AO preventie, Kamerstuk ...) en de resultaten van Z (AO EU-Gezondheidsraad, Kamerstuk ...)"): one commitment
    each. The first is the one another stage read of the sentence, when it read one; the others take its status,
    else the letter deals with them now (done) or they are still to come (open)."""
    added: list[Draft] = []
    author = signed_author(ctx)
    for k, s in enumerate(ctx.sentences):
        group, made = _listed_with_sources(s.text)
        if group is None:
            continue
        read = [d for d in drafts if d.kind == "commitment" and d.first <= k <= d.last]
        if read:
            status = read[0].status
            # the first toezegging's text ends where its source opens (not the whole list: the others are told apart)
            if read[0].clause and (cut := _SOURCE_OPENS.search(read[0].clause)):
                read[0].clause = read[0].clause[: cut.start()]
        else:
            status = "done" if _DOES_NOW.search(s.text) and not _not_now(s.text) else "open"
        at = group.end()
        for n, m in enumerate(made):
            item = s.text[at : m.start()].strip(" ,;:")
            at = m.end()
            if (n == 0 and read) or len(item.split()) < 3:
                continue
            # "over X", "en Y": the list's verb is the first's
            item = re.sub(r"^(?:(?:en|of)\s+)?(?:(?:over|om)\s+)?", "", item, flags=_I)
            trigger = (s.start + m.start() - len(item), s.start + m.start())
            draft = Draft("commitment", status, 0.6, k, k, trigger, clause=item)
            draft.actors = [author] if author else []
            draft.due_zone = (s.start, s.start)
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
    r"|^(?:Hierbij|Bijgaand|Hiermee)\s+(?:stuur|sturen|zend|zenden|bied|bieden)\s+(?:ik|wij|we)\s+u\b"
    # "Mede namens de Minister van X stuur ik u hierbij de voortgangsrapportage"
    r"|^Mede\s+namens\s+[^.;]{3,150}?,?\s+(?:stuur|sturen|zend|zenden|bied|bieden)\s+(?:ik|wij|we)\s+u\s+(?:hierbij|bijgaand)\b",
    _I)
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


# A table's cell naming the motion of its row: "Motie-Bruins", "Motie Van der Staaij c.s."
_MOTION_CELL = re.compile(rf"^Motie(?:-|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?)(?={NAME})[^.;:]{{0,60}}$", _I)
# The row's first cell, what the motion asks: "De Tweede Kamer verzoekt de regering te onderzoeken ..."
_ROW_DICTUM = re.compile(
    r"^(?:De\s+(?:Tweede\s+|Eerste\s+)?Kamer,?\s+)?(?:verzoekt|draagt)\s+de\s+regering\b,?(?:\s+om\b)?", _I)


def row_subjects(ctx: Context, drafts: list[Draft]) -> None:
    """A motion named by a table's cell ("Motie-Bruins") in an annex whose rows start with what the motion asks ("De
    Tweede Kamer verzoekt de regering te onderzoeken ...", then where and when it was filed): that first cell is its
    subject and the start of its quote, not a cell of the row before."""
    read = {k for d in drafts if not d.dropped for k in range(d.first, d.last + 1)}
    for d in drafts:
        if d.kind != "motion" or d.dropped or d.clause or not _MOTION_CELL.match(ctx.sentences[d.first].text):
            continue
        for k in range(d.first - 1, max(-1, d.first - 4), -1):
            if k in read:
                break
            if asks := _ROW_DICTUM.match(ctx.sentences[k].text):
                d.clause = ctx.sentences[k].text[asks.end() :].strip(" ,.")
                d.first = k
                break


# A toezegging the letter says it cannot keep on time: "dat ik de toezegging ... om jaarlijks voorafgaand aan de
# behandeling van de begroting de Kamerbrief X te sturen, niet op tijd kan nakomen", "kan ik mijn toezegging niet
# tijdig nakomen", "later dan toegezegd"
_NOT_KEPT_IN_TIME = re.compile(
    r"\bniet\s+(?:\w+\s+){0,2}?(?:op\s+tijd|tijdig|binnen\s+de\s+(?:gestelde\s+|toegezegde\s+)?termijn)\s+"
    r"(?:\w+\s+){0,2}?(?:nakomen|nakomt|nagekomen|gestand\s+doen|halen)\b"
    r"|\blater\s+dan\s+(?:toegezegd|afgesproken|beloofd)\b",
    _I,
)


def late_promises(ctx: Context, drafts: list[Draft]) -> None:
    """A toezegging the letter says it cannot keep on time is a term missed (as a committee's request answered
    after its date is), not kept by the letter that says so, nor open as if its term still stood: the letter that
    does keep it comes later, a promise of its own."""
    for d in drafts:
        if d.kind != "commitment" or d.status not in ("done", "open"):
            continue
        said = " ".join(ctx.sentences[k].text for k in range(d.first, d.last + 1))
        if _TOEGEZEGD.search(said) and _NOT_KEPT_IN_TIME.search(said):
            d.kind, d.status = "deadline", "missed"


def read_letter(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The drafts with what a letter says of them in its own words (see the module's docstring)."""
    drafts = answered_requests(ctx, drafts)
    if not (ctx.letter or LETTER_HEAD.search(ctx.clean.text, 0, 1500) or read_genre(ctx).government_letter):
        drafts = kept_promises(ctx, drafts, letter=False)
        # An overview that tells its motions' states item by item, as a budget's annex does ("Motie van het lid X
        # over Y (Kamerstuk ...). Deze motie is in uitvoering."): those states, as a letter's
        told = sum(1 for s in ctx.sentences if _ITEM_STATE.match(s.text))
        if told < 2:
            return drafts
        drafts = listed_states(ctx, drafts)
        row_subjects(ctx, drafts)
        return drafts
    drafts = [d for d in drafts if not _signature_start(ctx, d) and not _only_sends(ctx, d) and _own_number(ctx, d)]
    drafts = kept_promises(ctx, executed_motions(ctx, drafts))
    drafts = promised_letters(ctx, listed_toezeggingen(ctx, drafts))
    late_promises(ctx, drafts)
    drafts = kept_list_motions(ctx, drafts)
    members_of_the_promise(ctx, drafts)
    drafts = listed_states(ctx, drafts)
    row_subjects(ctx, drafts)
    return handled_together(ctx, reported_groups(ctx, motions_followed_up(ctx, drafts)))


# What a Kamerstuk number in brackets belongs to, the nearest before it: a motion ("de motie X (Kamerstuk 36 410, nr.
# 12)", "de moties Kamerstuk 32 793, nr. 176") or a debate, overleg, toezegging or letter ("In het debat van 6 juni jl.
# (Kamerstuk 34 300 IV, nr. 70)", "mijn toezegging in het commissiedebat van 4 september 2024 (Kamerstuk 30 252, nr.
# 172)", "(AO Voedsel, Kamerstuk 31 532, nr. 122)"); a bracket that opens with a date is a letter's ("Onlangs (12
# februari, TK 31 700 XIV, nr. 126) heb ik u geïnformeerd")
_OWNER = re.compile(
    r"\bmoties?\b|\bmotie-|(?P<other>\b(?:\w*debat|\w*overleg|AO|toezegging(?:en)?|verslag|brief|Handelingen)\b)", _I)
_DATED_BRACKET = re.compile(rf"^\s*\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\b", _I)


def _own_number(ctx: Context, d: Draft) -> bool:
    """A motion whose number the letter writes after a debate, a toezegging or a letter: that number is theirs, not the
    motion's. The motion keeps its members and text without it; one with neither (only the number made it) is no
    motion of the letter (False)."""
    if d.kind != "motion" or not d.register:
        return True
    parts = re.match(r"(\d+)\b(.*?)(?:,\s*nr\.\s*|-)(\d+)$", d.register)
    if parts is None:
        return True
    dossier = r"\s?".join(parts.group(1))
    written = re.compile(rf"\b{dossier}\b[^();]{{0,14}}?(?:nr\.\s*|-){parts.group(3)}\b")
    for k in range(d.first, d.last + 1):
        said = ctx.sentences[k].text
        m = written.search(said)
        if m is None:
            continue
        before = said[: m.start()]
        bracket = before.rfind("(")
        if bracket <= before.rfind(")"):
            return True  # not in brackets: "de moties Kamerstuk 32 793, nr. 176"
        inside = before[bracket + 1 :]
        owners = list(_OWNER.finditer(before[max(0, bracket - 200) : bracket] + " " + inside))
        if not _DATED_BRACKET.match(inside) and (not owners or owners[-1].group("other") is None):
            return True
        d.register = None
        return bool(d.actors or d.clause)
    return True


# The state as a cell under the item tells it: "Aan de motie is (volledig) uitvoering gegeven", "Aan deze toezegging
# is voldaan"
_GIVEN_EFFECT = (r"\bAan\s+(?:de|deze|die)\s+(?:motie|toezegging)\s+(?:is|wordt)\s+(?:\w+\s+){0,2}?"
                 r"(?:uitvoering\s+gegeven|voldaan|invulling\s+gegeven|gevolg\s+gegeven)\b")
# A list item or paragraph about one motion or toezegging goes on in the sentences after its first, which point back
# to it and tell its state: "De motie van het lid X (36 410, nr. 12) verzoekt ... Deze motie is uitgevoerd met ...",
# "Ik heb toegezegd ... Dit gesprek vindt plaats in april; ik informeer u daarover voor 1 juni."
_GOES_ON = re.compile(
    r"^(?:(?:Deze|Die|De|Dit|Dat)\s+(?:motie|toezegging|verzoek|gesprek|onderzoek|brief|rapport|uitwerking|uitvoering)\b"
    r"|(?:Hiermee|Daarmee|Hiervoor|Daarvoor|Hierover|Daarover|Hieraan|Daaraan|Hierin|Daarin|Dit|Dat)\b"
    r"|(?:Ik|Wij|We)\s+(?:informeer|bericht|stuur|verwacht|streef|zal)\w*\b[^.;]{0,60}\b(?:hierover|daarover|hiervan|daarvan)\b"
    r"|(?:Afgedaan|Uitgevoerd|Afgerond|Voldaan|Deels\s+(?:uitgevoerd|afgedaan|voldaan)|In\s+uitvoering|Status)\b"
    r"|Aan\s+(?:de|deze|die)\s+(?:motie|toezegging)\b)",
    _I,
)
# ... or, a toezegging's, the thing promised told back without a complement of its own: "De evaluatie is inmiddels
# afgerond", "Het onderzoek volgt later dit jaar", "Stand van zaken: ..." (not "De uitkomsten van de evaluatie van de
# Wet X ...": a subject of its own)
_THING_GOES_ON = re.compile(
    r"^(?:(?:Deze|Die|De|Dit|Dat|Het)\s+(?:onderzoek|rapport|evaluatie|rapportage|verkenning|analyse|kabinetsreactie"
    r"|beleidsreactie|reactie|notitie|nota|monitor|visie|plan|uitkomsten|resultaten)\b"
    r"(?!\s+(?:van|over|naar|inzake|met|op|betreffende|aangaande)\b)|Stand\s+van\s+zaken\s*:)", _I)
# ... or names it again as the one told: "Met deze brief is deze toezegging afgedaan"
_THIS_ONE = re.compile(r"\b(?:deze|die|voornoemde|genoemde|bovengenoemde)\s+(?:motie|toezegging)\b", _I)
# A sentence that gives the item before it its state: "Deze motie is in uitvoering.", "Deze toezegging is voldaan."
# ... or, a table's cell "Stand van zaken" under the motion it states: "Aan de motie is uitvoering gegeven met de brief
# ...", "Aan de toezegging is voldaan"
_ITEM_STATE = re.compile(
    r"(?:Deze|De)\s+(?:motie|toezegging)\s+(?:is|wordt)\s+(?:\w+\s+){0,2}?(?:in\s+uitvoering|uitgevoerd|afgedaan|"
    r"afgerond|voldaan)\b|" + _GIVEN_EFFECT, _I)
# The state an item gives its motion or toezegging, most specific first
_PART_DONE = re.compile(
    r"\b(?:deels|gedeeltelijk|grotendeels|voor\s+een\s+deel)\s+(?:\w+\s+){0,2}?"
    r"(?:uitgevoerd|afgedaan|afgerond|voldaan|gerealiseerd|nagekomen|ingevuld)\b", _I)
_DONE_NOW = re.compile(
    r"\b(?:is|zijn|wordt|worden|werd|werden)\s+(?:\w+\s+){0,4}?(?:uitgevoerd|afgedaan|afgerond|voldaan|nagekomen"
    # a council's register: "Motie is afgehandeld", "Het college beschouwt de toezegging hiermee als afgedaan"
    r"|afgehandeld)\b"
    # "Deze brief dient daartoe.", "Met deze brief kom ik die toezegging na"
    r"|\b(?:deze\s+\w*brief|hiermee|daarmee)\s+(?:dient|strekt)\s+(?:\w+\s+)?(?:daartoe|hiertoe|daarvoor|hiervoor)\b"
    r"|\b(?:kom|komen)\s+(?:ik|wij|we)\s+(?:deze|die|de|mijn|onze)\s+(?:\w+\s+)?toezegging\s+na\b"
    r"|\bgestand\s+(?:gedaan|doe|doen)\b|\bbeschouw\w*\s+(?:ik|wij|we|het\s+college)\b[^.;]{0,100}?\bals\s+(?:afgedaan|uitgevoerd|afgerond)"
    r"|^(?:Afgedaan|Uitgevoerd|Afgerond|Voldaan)\b|" + _GIVEN_EFFECT +
    # what was promised has happened: "Dit gesprek heeft inmiddels plaatsgevonden", "Het rapport is op 3 mei verschenen"
    r"|\b(?:heeft|hebben)\s+(?:\w+\s+){0,4}?plaatsgevonden\b"
    r"|\b(?:is|zijn)\s+(?:\w+\s+){0,4}?(?:verschenen|gepubliceerd|verzonden|toegezonden|aangeboden)\b", _I)
# What is not done (yet), with a few words between: "kan niet meer dit jaar worden afgehandeld", "is nog niet geheel
# afgerond"
_NOT_DONE = re.compile(
    r"\bniet\s+(?:\w+\s+){0,4}?(?:worden\s+|zijn\s+)?(?:uitgevoerd|afgedaan|afgerond|afgehandeld|voldaan|nagekomen)\b",
    _I)
_NOT_YET = re.compile(
    r"\bnog\s+niet\b|\bniet\s+(?:\w+\s+)?(?:uitgevoerd|afgedaan|afgerond)\b|" + _NOT_DONE.pattern + "|"
    r"\bzodra\b|\bwanneer\b|\bnadat\b|\bpas\b"
    r"|\bals\b[^.;]{0,40}\bis\b", _I)
_UNDER_WAY = re.compile(
    r"\bin\s+uitvoering\b|\bwordt\s+(?:momenteel\s+|nog\s+|thans\s+|op\s+dit\s+moment\s+)?uitgevoerd\b"
    r"|\b(?:wordt|worden)\s+meegenomen\s+in\b|\bloopt\s+(?:nog|momenteel)\b|\bnog\s+niet\s+(?:volledig\s+)?"
    r"(?:uitgevoerd|afgerond|afgedaan)\b|\b(?:volgt|volgen)\s+(?:in|bij|met|voor|vóór|na|uiterlijk|later)\b|"
    # "de evaluatie is gestart en wordt naar verwachting in het voorjaar van 2025 afgerond"
    r"\b(?:is|zijn)\s+(?:inmiddels\s+|recent\s+)?(?:gestart|begonnen|opgestart)\b|"
    r"\b(?:wordt|worden)\s+(?:\w+\s+){0,3}?naar\s+verwachting\b|"
    + _NOT_DONE.pattern, _I)
# A later step with its term: "ik informeer u daarover voor 1 juni", "volgt in de brief van het najaar", "ontvangt u
# voor de zomer", "wordt meegenomen in de brief die u voor de zomer ontvangt"
_LATER = re.compile(
    r"\b(?:informeer|bericht|stuur|rapporteer)\s+(?:ik|wij|we)\s+u\b"
    r"|\b(?:ik|wij|we)\s+(?:informeer|informeren|bericht|berichten|stuur|sturen|rapporteer|rapporteren)\s+u\b"
    r"|\b(?:ik|wij|we)\s+u\s+(?:\w+\s+){0,6}?(?:informeer|informeren|bericht|berichten|rapporteer|rapporteren)\b"
    r"|\b(?:ik|wij|we)\s+(?:zal|zullen)\b[^.;]{0,60}?"
    r"\b(?:informeren|berichten|sturen|rapporteren)\b|\bontvangt\s+u\b|\b(?:volgt|volgen)\s+(?:in|bij|met|voor|vóór|na|later)\b"
    r"|\b(?:wordt|worden)\s+meegenomen\s+in\b|\bverwacht\s+(?:ik|wij|we)\b"
    # "Ik verwacht u hierover voor de zomer te informeren", "Ik streef ernaar u ... te berichten"
    r"|\b(?:ik|wij|we)\s+(?:verwacht|verwachten|streef|streven)\b[^.;]{0,80}?\bte\s+(?:informeren|berichten|sturen"
    r"|rapporteren)\b", _I)


def _motion_partial() -> str:
    """The status of a motion a letter reports carried out in part: "partial" when the product's motion lifecycle
    has it, else "adopted" (still to be carried out in full)."""
    return "partial" if "partial" in LIFECYCLES["motion"].statuses else "adopted"


def _item_ends(ctx: Context, first: int, toezegging: bool = False) -> int:
    """The last sentence of the item whose first sentence ends at `first`: the sentences after it that point back to
    it (at most three), up to the next list item or a sentence of its own."""
    last = first
    for k in range(first + 1, min(first + 4, len(ctx.sentences))):
        s = ctx.sentences[k]
        if s.item or not (_GOES_ON.search(s.text) or _THIS_ONE.search(s.text)
                          or (toezegging and _THING_GOES_ON.search(s.text))):
            break
        last = k
    return last


def listed_states(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Each motion or toezegging a letter reports on, with the state its item or paragraph gives it: one follow-up
    per item with its number, members, state and due. "Deze motie is uitgevoerd" -> executed (a commitment done);
    "deels uitgevoerd" -> partial; "in uitvoering", "wordt meegenomen in de brief ...", "volgt in ..." -> a motion
    still being carried out, a commitment still open, with the term of that later step as its due; the item's own
    later sentences are no follow-ups of their own."""
    ordered = sorted((d for d in drafts if d.kind in ("motion", "commitment")), key=lambda d: (d.first, d.kind))
    gone: set[int] = set()
    _reported_in_progress(ctx, ordered)
    firsts = [d.first for d in ordered]  # in order: an item's later sentences are found by bisection
    # what one sentence expects, in order too ("wordt naar verwachting in het voorjaar afgerond"), as an item's state
    expected = sorted((o for o in drafts if o.kind == "deadline" and o.status == "upcoming" and o.first == o.last),
                      key=lambda o: o.first)
    expected_firsts = [o.first for o in expected]
    # the most sentences a draft spans after its first: a draft that shares a sentence with d starts no further
    # before d (kept up to date as items grow below), so the drafts asked about are found by bisection too
    reach = max((d.last - d.first for d in ordered), default=0)
    for d in ordered:
        if id(d) in gone:
            continue
        last = _item_ends(ctx, d.last, d.kind == "commitment")
        spans = range(d.first, last + 1)
        told = " ".join(ctx.sentences[k].text for k in spans)
        if d.kind == "motion" and d.status in ("submitted", "adopted"):
            same_first = ordered[bisect.bisect_left(firsts, d.first) : bisect.bisect_right(firsts, d.first)]
            _motion_text_term(ctx, d, same_first)
        if d.kind == "motion" and (d.status not in ("submitted", "adopted", "executed") or any(
                o.kind == "motion" and o is not d and o.first <= d.last and d.first <= o.last
                for o in ordered[bisect.bisect_left(firsts, d.first - reach) : bisect.bisect_right(firsts, d.last)])):
            continue  # a motion withdrawn or voted down; one sentence naming several motions: not an item of one
        # the item's later sentences that another stage read as a promise of their own ("Dit gesprek vindt plaats
        # in april; ik informeer u daarover voor 1 juni")
        inside = [o for o in ordered[bisect.bisect_right(firsts, d.last) : bisect.bisect_right(firsts, last)]
                  if o is not d and o.kind == "commitment" and id(o) not in gone
                  and _tells_state(ctx.sentences[o.first].text)]
        # what the item's later sentence expects ("wordt naar verwachting in het voorjaar afgerond": "Evaluatie
        # verwacht") is the item's term, no follow-up of its own
        inside += [o for o in expected[bisect.bisect_right(expected_firsts, d.last) : bisect.bisect_right(
                   expected_firsts, last)] if not o.dropped and _tells_state(ctx.sentences[o.first].text)]
        state = _state(told)
        # a later step the item names with its term: in a sentence after its first, or with a state
        later = next((m for k in spans if k > d.first or state is not None
                      for m in [_LATER.search(ctx.sentences[k].text)] if m), None)
        now = re.search(rf"\b(?:{_THIS_LETTER})\b", told, _I) is not None
        if state is None and d.kind == "motion" and _PROGRESS.search(told) and (now or not _LATER.search(told)):
            # "Met deze brief informeer ik uw Kamer over de voortgang van de uitvoering van de motie": being carried
            # out (not "informeer ik u voor de zomer over de stand van zaken": a report still to come)
            state = "under_way"
        if state is None and not inside and later is None:
            continue
        for o in inside:
            o.dropped = True
            gone.add(id(o))
        if d.kind == "motion" and state is not None:
            # the item's state cell naming its motion by number ("Aan de motie is uitvoering gegeven met de brief ...
            # inzake antwoord op motie 34 251, nr. 60"): the item's own motion, no other
            for o in ordered[bisect.bisect_right(firsts, d.last) : bisect.bisect_right(firsts, last)]:
                if (o.kind == "motion" and o is not d and id(o) not in gone and o.first <= last
                        and not any(a.role == "member" for a in o.actors) and not o.clause):
                    o.dropped = True
                    gone.add(id(o))
                    d.register, o.register = d.register or o.register, None
        d.last = max(d.last, last)
        reach = max(reach, d.last - d.first)
        if state == "done":
            d.status = "executed" if d.kind == "motion" else "done"
            d.due_override = None
            d.due_zone = (ctx.sentences[d.first].start, ctx.sentences[d.first].start)
        elif state in ("partial", "under_way"):
            if d.kind == "motion":
                d.status = _motion_partial() if d.status in ("submitted", "adopted", "executed") else d.status
            else:
                d.status = "partial" if state == "partial" else "open"
        if state != "done" and later is not None:
            s = next(ctx.sentences[k] for k in spans if ctx.sentences[k].text is later.string)
            d.due_zone = (s.start + later.start(), s.end)
            d.due_override = None
            if d.kind == "commitment" and d.status == "done":
                d.status = "open"
        elif state in ("partial", "under_way") and (termed := next((ctx.sentences[k] for k in spans if k > d.first
                                                                     and ctx.deadlines_in(ctx.sentences[k].start,
                                                                                          ctx.sentences[k].end,
                                                                                          terms_only=True)), None)):
            # "Stand van zaken: de evaluatie is gestart en wordt naar verwachting in het voorjaar van 2025 afgerond":
            # the item's term is its later sentence's
            d.due_zone = (termed.start, termed.end)
            d.due_override = None
    return drafts  # the dropped stay, flagged: their sentences are read (the learned classifier leaves them)


# A motion's own request, told in the letter: "De motie van het lid X verzoekt de regering, ... uiterlijk 1 januari
# 2022 in te voeren"
_DICTUM = re.compile(
    r"\b(?:verzoekt|verzocht|vraagt|vroeg)\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b",
    _I)
_FIRM = re.compile(r"^(?:uiterlijk|v[oó]{1,2}r)\b", _I)


def _motion_text_term(ctx: Context, d: Draft, same_first: list[Draft]) -> None:
    """A motion whose request the letter quotes: what it asks of the government is no promise of the government's
    (a commitment another stage made of the sentence is dropped), and its firm term ("uiterlijk 1 januari 2022") is
    the motion's due. `same_first`: the drafts that start in d's first sentence (no other is dropped)."""
    s = ctx.sentences[d.first]
    if not _DICTUM.search(s.text):
        return
    for o in same_first:
        if o.kind == "commitment" and o.first == d.first and o.last == d.first and not o.register:
            o.dropped = True
    firm = [f for f in ctx.deadlines_in(s.start, s.end, terms_only=True)
            if f.resolution.due is not None and _FIRM.match(f.phrase)]
    if firm and (d.due_override is None or d.due_override.precision == "vague"):
        d.due_override = firm[-1].resolution


def _tells_state(said: str) -> bool:
    """Whether a sentence tells a state or a later step (an item's sentence that is no promise of its own)."""
    return _state(said) is not None or _LATER.search(said) is not None


def _reported_in_progress(ctx: Context, motions: list[Draft]) -> None:
    """Motions named together in a sentence on their progress that the letter gives now ("Met deze brief informeer ik
    uw Kamer over de voortgang van de uitvoering van de moties X c.s. en Y c.s.", the letter's title "Derde
    voortgangsrapportage over de uitvoering motie X en motie Y") are being carried out: partial."""
    partial = _motion_partial()
    by_sentence: dict[int, list[Draft]] = {}
    for d in motions:
        if d.kind == "motion" and d.status in ("submitted", "adopted"):
            by_sentence.setdefault(d.first, []).append(d)
    for k, named in by_sentence.items():
        said = ctx.sentences[k].text
        if len(named) < 2 or not _PROGRESS.search(said) or _NOT_YET.search(said):
            continue
        if re.search(rf"\b(?:{_THIS_LETTER})\b", said, _I) or not _LATER.search(said):
            for d in named:
                d.status = partial


# A sentence on the follow-up of motions it points back to: "Tevens informeer ik u over de wijze waarop vervolg wordt
# gegeven aan beide voornoemde moties."
_THOSE_MOTIONS = re.compile(
    r"\b(?:beide|deze|die|voornoemde|genoemde|bovengenoemde)\s+(?:(?:voornoemde|genoemde|bovengenoemde)\s+)?moties\b",
    _I,
)
_FOLLOW_UP = re.compile(r"\bvervolg\b|\buitvoering\b|\buitvoeren\b|\bvoortgang\b|\binvulling\b", _I)
# "de motie Heijnen", "de motie-De Pater-van der Meer", "de motie van het lid Smit"
_MOTION_NAMED = re.compile(rf"\bmotie(?:[- ]|\s+van\s+het\s+lid\s+)(?P<name>{NAME})")


def motions_followed_up(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The motions a letter says it reports the follow-up of, by pointing back ("waarbij de motie X en de motie Y zijn
    aangenomen. Tevens informeer ik u over de wijze waarop vervolg wordt gegeven aan beide voornoemde moties"): each
    is being carried out (partial), also one told elsewhere in the letter; one no stage read is added."""
    added: list[Draft] = []
    for k, s in enumerate(ctx.sentences):
        back = _THOSE_MOTIONS.search(s.text)
        if back is None or not _FOLLOW_UP.search(s.text) or ctx.deadlines_in(s.start, s.end, terms_only=True):
            continue
        for j in range(max(0, k - 3), k):
            told = ctx.sentences[j]
            for m in _MOTION_NAMED.finditer(told.text):
                surname = normalise_name(m.group("name")).split()[-1].lower()
                same = [d for d in drafts + added if d.kind == "motion"
                        and any(a.name.split()[-1].lower() == surname for a in d.actors)]
                for d in same:
                    if d.status in ("submitted", "adopted"):
                        d.status = _motion_partial()
                if same:
                    continue
                member = ExtractedActor(normalise_name(m.group("name")))
                # a motion another stage read in that sentence without its member, or a new one
                bare = next((d for d in drafts if d.kind == "motion" and d.first == j and not d.actors
                             and d.status in ("submitted", "adopted")), None)
                if bare is not None:
                    bare.actors, bare.status = [member], _motion_partial()
                    continue
                draft = Draft("motion", _motion_partial(), 0.6, j, j, (told.start, told.end))
                draft.actors = [member]
                draft.due_zone = (told.start, told.start)
                added.append(draft)
    return drafts + added


def item_state(told: str) -> str | None:
    """The state an item's sentences give its motion or toezegging (see _state): for a register's entries too."""
    return _state(told)


def _state(told: str) -> str | None:
    """The state an item's sentences give its motion or toezegging: done, partial, under_way, or None."""
    if _PART_DONE.search(told):
        return "partial"
    if _DONE_NOW.search(told) and not _NOT_YET.search(told):
        return "done"
    if _UNDER_WAY.search(told):
        return "under_way"
    return None


# A letter telling what it reports on as a group, "moties" and "toezeggingen" named together or in the plural:
# "Met deze brief informeer ik uw Kamer over de uitvoering van de volgende moties en toezeggingen", "In deze brief
# zal ik een toelichting geven op de voortgang van de openstaande toezeggingen", "Daarnaast wordt ingegaan op moties
# en toezeggingen met betrekking tot X", or an item of its table of contents or a heading: "3. Reactie op de moties
# die uw Kamer heeft aangenomen op 16 april", "4. Toezeggingen uit het commissiedebat van 7 maart".
_GROUP = re.compile(r"\b(?:moties|toezeggingen)\b(?!\s+(?:van\s+(?:het|de)\s+leden?\b|(?-i:[A-Z])))", _I)
_REPORTS = re.compile(
    # "In de brief zal ik ook ingaan op ...": the letter telling what comes further down
    rf"\b(?:{_THIS_LETTER}|in\s+deze\s+(?:Kamer)?brief|via\s+deze\s+brief|in\s+het\s+onderstaande|hieronder"
    r"|^In\s+de\s+brief\s+(?=zal\s+(?:ik|wij|we)\b))\b"
    r"[^.;]{0,120}?\b(?:informeer|informeren|bericht|berichten|ga|gaan|ingaan|ingegaan|toelichting|reageer|reageren"
    r"|reactie|rapporteer|rapporteren|overzicht)\b"
    r"|\b(?:wordt|worden)\s*(?:\w+\s+|,[^,]{1,40},\s*){0,4}?ingegaan\s+op\b"
    r"|\b(?:informeer|bericht|rapporteer)\s+(?:ik|wij|we)\s+u(?:w\s+Kamer)?\b[^.;]{0,100}?\b(?:via|met|in)\s+deze\s+brief\b"
    # "Met deze brief beschouwt zij de volgende moties als afgedaan": what the letter deals with now
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,60}}?\bbeschouw\w*\b",
    _I,
)
# The group dealt with, said after it: "de volgende moties als afgedaan"
_GROUP_DONE_AFTER = re.compile(r"[^.;]{0,40}?\bals\s+(?:afgedaan|uitgevoerd|afgerond|voldaan)\b", _I)
# An item or heading that names the group as its subject: "Reactie op de moties ...", "Toezeggingen uit het ..."
_GROUP_HEAD = re.compile(
    r"^(?:(?:Reactie\s+op|Stand\s+van\s+zaken(?:\s+van)?|Uitvoering(?:\s+van)?|Voortgang(?:\s+van)?|Overzicht(?:\s+van)?"
    r"|Afdoening(?:\s+van)?)\s+(?:de\s+|diverse\s+|enkele\s+|een\s+aantal\s+)?(?:\w+\s+)?(?:moties|toezeggingen)\b"
    r"|(?:Moties|Toezeggingen)\s+(?:en\s+toezeggingen\s+|en\s+moties\s+)?(?:uit|van|gedaan|tijdens|bij|naar)\b)",
    _I,
)
# What the letter does with the group, the word nearest before it: still under way, or dealt with
_GROUP_UNDER_WAY = re.compile(r"\b(?:voortgang|openstaande?|vervolg|tussenstand|in\s+uitvoering|lopende)\b", _I)
_GROUP_DEALT = re.compile(
    r"\b(?:invulling|uitvoering|afdoening|afgedane|afgeronde|uitgevoerde|reactie|ingaan|ingegaan|toezeggingen\s+uit)\b",
    _I)


def reported_groups(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """One follow-up for each group of motions or toezeggingen a letter says it reports on (its lead or its table
    of contents): toezeggingen (with motions or alone) a commitment, motions alone a motion; their progress
    ("voortgang", "openstaande") partial, dealt with in the letter ("invulling", "uitvoering", "Toezeggingen uit")
    done or executed, a reply to them ("Reactie op de moties") adopted. The debate's dates are not its due. A
    follow-up another stage made of the sentence is replaced, one that names its own members or number is kept. A
    letter that goes on to read its motions one by one tells the group by them: no follow-up of its own."""
    added: list[Draft] = []
    # the letter's items read one by one (motions with their number or members, toezeggingen to members): the
    # group is told by them
    items = [d.first for d in drafts if d.kind in ("motion", "commitment") and (
        (d.kind == "motion" and d.register) or any(a.role == "member" for a in d.actors))]
    for k, s in enumerate(ctx.sentences):
        group = _GROUP.search(s.text)
        if group is None:
            continue
        head = (s.item or len(s.text) <= 160) and bool(_GROUP_HEAD.match(s.text))
        if not head and not _REPORTS.search(s.text):
            continue
        if _POINTS_BACK.search(s.text, 0, group.start()) or COMMITMENT_NUMBER.search(s.text):
            continue  # "hierover", a register's own numbers: read by the other stages
        if _listed_with_sources(s.text)[0] is not None:
            continue  # the toezeggingen listed one by one (listed_toezeggingen)
        here = [d for d in drafts if d.first <= k <= d.last]
        listed = re.search(r"\bvolgende\s+$", s.text[: group.start()], _I) is not None
        if any(first > k for first in items) or (listed and any(
                d.first > k for d in drafts if d.kind in ("motion", "commitment") and not d.dropped)):
            # "de uitvoering van de volgende moties en toezeggingen:": the items that follow tell it, and the
            # letter informing now is no promise either
            for d in here:
                if d.kind == "commitment" and not d.register and not any(a.role == "member" for a in d.actors):
                    d.dropped = True
            if not here:  # read: the learned classifier does not propose it either
                added.append(Draft("commitment", "done", 0.0, k, k, (s.start, s.end), dropped=True))
            continue
        if any(d.register or any(a.role == "member" for a in d.actors) for d in here if d.kind == "motion"):
            continue  # the named motions themselves ("de moties Marijnissen c.s. en Klaver c.s.")
        before = s.text[max(0, group.start() - 90) : group.start()]
        under_way = [m.end() for m in _GROUP_UNDER_WAY.finditer(before)]
        dealt = [m.end() for m in _GROUP_DEALT.finditer(before + group.group())]
        if _GROUP_DONE_AFTER.match(s.text, group.end()):
            dealt.append(len(before) + len(group.group()))
        commitment = re.search(r"\btoezegging", s.text, _I) is not None
        if not commitment and any(d.kind in ("commitment", "motion") for d in here):
            continue  # "Hierbij sturen wij u onze reactie op de moties": the reaction the letter sends, read already
        if under_way and (not dealt or max(under_way) > max(dealt) - len(group.group())):
            status = "partial" if commitment else _motion_partial()
        elif re.search(r"\breactie\s+op\b", before, _I) and not commitment:
            status = "adopted"
        elif commitment or dealt:
            status = "done" if commitment else "executed"
        else:
            continue  # motions named without what the letter does with them ("een overzicht van de moties")
        for d in here:
            if d.kind in ("commitment", "motion") and not d.register:
                d.dropped = True
        draft = Draft("commitment" if commitment else "motion", status, 0.6, k, k, (s.start, s.end),
                      clause=s.text.rstrip(" .;:"))
        if listed and (j := _group_heading(ctx, k)) is not None:
            # "Enkele moties met betrekking tot de 45-minutennorm" over "... beschouwt zij de volgende moties als
            # afgedaan:": the section's heading says which
            draft.first, draft.clause = j, ctx.sentences[j].text
        draft.due_zone = (s.start, s.start)
        added.append(draft)
    return drafts + added  # the dropped flagged, as in listed_states


def _group_heading(ctx: Context, k: int) -> int | None:
    """The heading of the section sentence k is in, when it names motions or toezeggingen (a line of its own, no
    sentence), at most two sentences up."""
    text = ctx.clean.text
    for j in range(k - 1, max(-1, k - 3), -1):
        s = ctx.sentences[j]
        own_line = text[s.start - 1 : s.start] in ("\n", "") and text[s.end : s.end + 1] in ("\n", "")
        if own_line and len(s.text) <= 160 and s.text[-1:] not in ".:;?!" and _GROUP.search(s.text):
            return j
    return None


# A letter dealing with several motions and toezeggingen in one sentence, now: "Met deze brief zijn de toezegging
# over X, de motie van het lid Y over Z en de motie van de leden A en B over C afgedaan", "Hiermee beschouw ik de
# toezegging over X en de toezegging over Y als afgedaan", "Daarmee zijn deze moties en de toezegging afgedaan" (after
# the sentence that names them)
_DONE_WORD = r"(?:afgedaan|uitgevoerd|afgerond|afgehandeld|voldaan|nagekomen)"
_HANDLED_NOW = re.compile(
    rf"\b(?:{_THIS_LETTER})\b[^.;]{{0,30}}?\b(?:is|zijn|worden|wordt)\b(?P<a>[^.;]{{8,700}}?)\b(?:hiermee\s+|daarmee\s+)?"
    rf"(?:\w+\s+)?{_DONE_WORD}\b"
    rf"|\b(?:{_THIS_LETTER})\b[^.;]{{0,30}}?\bbeschouw\w*\s+(?:ik|wij|we)\b(?P<b>[^.;]{{8,700}}?)\bals\s+{_DONE_WORD}\b"
    rf"|\bbeschouw\w*\s+(?:ik|wij|we)\s+(?:\w+\s+)?(?:{_THIS_LETTER})\b(?P<c>[^.;]{{8,700}}?)\bals\s+{_DONE_WORD}\b",
    _I,
)
# Where one item starts: "de toezegging over", "de motie van het lid", "de motie-X", "de gewijzigde motie"
_ITEM_START = re.compile(
    r"\b(?:de|het|mijn|onze)\s+(?:(?:gewijzigde|aangenomen|eerdere|eerdergenoemde)\s+)?"
    r"(?P<kind>toezeggingen|toezegging|moties|motie)\b(?!\s+(?:en|als)\b)", _I)
# ... pointing back to those the sentence before names: "deze moties en de toezegging", "beide moties"
_BACK_ITEMS = re.compile(r"^\s*(?:deze|die|beide|voornoemde|genoemde|bovengenoemde)\b", _I)


def _masked(said: str) -> str:
    """The sentence with what its brackets hold blanked (a Kamerstuk's "nr." is no sentence end), offsets kept."""
    return re.sub(r"\([^()]*\)", lambda m: "(" + " " * (len(m.group()) - 2) + ")", said)


def _items(said: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The motions and toezeggingen named in said[start:end], each (kind, start, end), one after another."""
    starts = list(_ITEM_START.finditer(said, start, end))
    out = []
    for n, m in enumerate(starts):
        stop = starts[n + 1].start() if n + 1 < len(starts) else end
        text = said[m.start() : stop]
        cut = re.search(r"[\s,]*(?:\ben\b|\bof\b)?[\s,]*$", text)
        stop = m.start() + (cut.start() if cut else len(text))
        kind = "motion" if m.group("kind").lower().startswith("moti") else "commitment"
        out.append((kind, m.start(), stop))
    return out


def handled_together(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Each motion and toezegging a letter's sentence says it deals with now, together (_HANDLED_NOW): a motion
    executed, a toezegging done, one follow-up each (a motion another stage read keeps its draft; a toezegging no
    stage read is added, the letter's author's). A sentence that says so of "deze moties en de toezegging" deals with
    those the sentence before names."""
    author = signed_author(ctx)
    added: list[Draft] = []
    for k, s in enumerate(ctx.sentences):
        if "afge" not in s.text and "uitgevoerd" not in s.text and "voldaan" not in s.text \
                and "nagekomen" not in s.text:
            continue
        said = _masked(s.text)
        m = _HANDLED_NOW.search(said)
        if m is None or _NOT_DONE.search(said) or _NOT_YET.search(said[m.start() : m.end()]):
            continue
        group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
        at, k_items = k, k
        items = _items(said, m.start(group), m.end(group))
        if _BACK_ITEMS.match(m.group(group)) and k > 0:
            k_items = k - 1
            before = _masked(ctx.sentences[k - 1].text)
            items = _items(before, 0, len(before))
        if not items or (len(items) < 2 and k_items == k):
            continue  # one motion or toezegging: read by executed_motions and kept_promises
        t = ctx.sentences[k_items]
        here = [d for d in drafts + added if t.start <= d.trigger[0] < t.end and not d.dropped]
        used: set[int] = set()
        for kind, a, b in items:
            span = (t.start + a, t.start + b)
            text = t.text[a:b]
            if kind == "motion":
                members = [x.actor for x in ctx.mentions_between(*span) if x.actor.role == "member"]
                surnames = {x.name.split()[-1].lower() for x in members}
                same = [d for d in here if d.kind == "motion" and id(d) not in used and (
                    any(x.name.split()[-1].lower() in surnames for x in d.actors) if surnames
                    else d.trigger[0] < span[1] and span[0] < d.trigger[1])]
                if same:
                    for d in same:
                        used.add(id(d))
                        if d.clause and (other := _ITEM_START.search(d.clause, 1)):
                            d.clause = re.sub(r"[\s,]*(?:\ben\b)?[\s,]*$", "", d.clause[: other.start()])
                        if d.status in ("submitted", "adopted", "partial"):
                            d.status = "executed"
                            d.due_override = None
                            d.due_zone = (s.start, s.start)
                    continue
                if not members:
                    continue
                draft = Draft("motion", "executed", 0.6, k_items, at, span, clause=text)
                draft.actors = members
            else:
                same = [d for d in here if d.kind == "commitment" and id(d) not in used
                        and span[0] <= d.trigger[0] < span[1]]
                if same:
                    for d in same:
                        used.add(id(d))
                        d.status = "done"
                        d.due_override = None
                        d.due_zone = (s.start, s.start)
                    continue
                members = [x.actor for x in ctx.mentions_between(*span) if x.actor.role == "member"]
                draft = Draft("commitment", "done", 0.6, k_items, at, span, clause=text)
                draft.actors = [*([author] if author else []), *members]
            draft.due_zone = (s.start, s.start)
            used.add(id(draft))
            added.append(draft)
        for d in here:
            # what another stage made of the whole sentence (a kept promise, a group) is told by its items
            if id(d) not in used and d.kind in ("commitment", "motion") and not d.register:
                d.dropped = True
    return drafts + added


# A sentence whose subject is the toezegging itself: "De toezegging om de Kamer te informeren over X kan ik nog niet
# afdoen; de evaluatie verschijnt in het voorjaar van 2023."
_THE_TOEZEGGING_FIRST = re.compile(r"^(?:De|Deze|Die|Mijn|Onze)\s+(?:\w+\s+)?toezegging\b(?!en)", _I)
# A list item naming a motion: "- de motie van het lid X over Y (Kamerstuk ...);"
_MOTION_ITEM = re.compile(r"^\W*(?:de\s+|het\s+)?(?:gewijzigde\s+|aangenomen\s+)?motie\b", _I)


def kept_list_motions(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A motion a letter lists among what it answers now ("Met deze brief geef ik invulling aan de volgende
    toezeggingen en moties:" then "- de motie van het lid X over Y"): executed, one follow-up (the done commitment
    the list made of the same item goes). A toezegging the sentence is about, that another stage read as an event
    expected ("De toezegging om ... kan ik nog niet afdoen; de evaluatie verschijnt in het voorjaar"), is that
    toezegging, still open, with the term."""
    for d in drafts:
        if d.dropped:
            continue
        s = ctx.sentences[d.first]
        if (d.kind == "deadline" and d.status == "upcoming" and d.first == d.last
                and _THE_TOEZEGGING_FIRST.match(s.text)):
            d.kind, d.status = "commitment", "partial" if _PART_DONE.search(s.text) else "open"
            d.title, d.clause = None, s.text.rstrip(" .")
            continue
        if d.kind != "motion" or d.status not in ("submitted", "adopted") or not s.item:
            continue
        if not (ctx.in_spans(ctx.kept_lists, s.start) and _MOTION_ITEM.match(s.text)):
            continue
        d.status = "executed"
        d.due_override = None
        d.due_zone = (s.start, s.start)
        for o in drafts:
            if o is not d and o.kind == "commitment" and o.first == d.first and not o.register:
                o.dropped = True
    return drafts


# Asked of many sentences, most without any of their words (quick.py: the same answers, sooner).
_ITEM_STATE, _PART_DONE, _DONE_NOW, _UNDER_WAY, _LATER = map(
    quick, (_ITEM_STATE, _PART_DONE, _DONE_NOW, _UNDER_WAY, _LATER))
