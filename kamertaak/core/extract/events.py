"""Events and deadlines: a follow-up debate, the votes, an expected report, budget moments, entry into force."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kamertaak.core.actors import ExtractedActor, dedupe_actors
from kamertaak.core.deadlines import FoundDeadline, Resolution, count, resolve
from kamertaak.core.dutch import MONTHS, WEEKDAYS
from kamertaak.core.extract.cues import (
    GOVERNMENT_WORD,
    NOT_GUARANTEED,
    PAST_MARKER,
    QUESTION,
    TEXT_UPDATED,
    asked_to_promise,
    told_as_held,
)
from kamertaak.core.extract.due import nearest_deadline, strip_dates
from kamertaak.core.extract.header import meeting_subject
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import cabinet_members, last_government, mentions_in, sentence_actors
from kamertaak.core.extract.quick import quick
from kamertaak.core.extract.titles import fit

_I = re.IGNORECASE

# Events: a follow-up debate, the votes, an expected report, budget moments, entry into force.
_FOLLOWUP_DEBATE = re.compile(
    r"\b(tweeminutendebat\w*|VAO|VSO|dertigledendebat|plenaire (?:afronding|behandeling)|plenair debat|notaoverleg"
    r"|wetgevingsoverleg|commissiedebat|rondetafelgesprek|technische briefing|hoorzitting|\w*debat"
    r"|(?:eerste|tweede)\s+lezing|(?:openbare\s+)?verhoren|(?:algemeen|mondeling|schriftelijk)\s+overleg|AO|vragenuur|behandeling)\b",
    _I,
)
_FOLLOWUP_MARKER = re.compile(
    r"\b(?:wordt|worden|zal|zullen)\b.{0,60}?\b(?:vervolgd|gehouden|gevoerd|ingepland|gepland|plaats(?:vinden)?|"
    r"voortgezet|behandeld|afgerond)\b|\bstaat\b.{0,40}?\bgepland\b|\b(?:volgt|vervolg|aangevraagd|gepland|"
    r"ingepland|staat op de agenda|agenderen|geplande|ingeplande|in\s+te\s+plannen|inplannen|te\s+agenderen)\b"
    # moved to a later day: "Het debat over de jeugdzorg is uitgesteld tot na de zomer"
    r"|\b(?:uitgesteld|verplaatst|verschoven)\s+(?:tot|naar)\b"
    r"|\bvindt\b.{0,60}\bplaats\b|\b(?:komt|komen)\b.{0,60}?\baan\s+bod\b"
    # the debate in a relative clause that gives it its time: "het debat dat de Kamer volgende week zal hebben over
    # het geklapte overleg", "het overleg dat de commissie donderdag houdt"
    r"|\b(?:debat|overleg)\w*\s+(?:dat|die)\s+(?:de\s+)?(?:Eerste\s+|Tweede\s+)?(?:Kamer|commissie)\s+[^.;,]{0,40}?"
    r"\b(?:(?:zal|zullen|gaat|gaan)\s+(?:hebben|houden|voeren)|heeft|houdt|voert)\b",
    _I,
)
_VOTES = re.compile(r"\bstemming(?:en)?\b|\bgestemd\b|\bstemmen\b|\bstemt\b", _I)
# Votes are an event only in a sentence that says they happen: a noun alone is a heading or a contents line.
_VOTES_HAPPEN = re.compile(
    r"\b(?:gestemd|stemmen|stemt)\b|\b(?:is|zijn|wordt|worden|vindt|vinden|staat|staan|zal|zullen|volgen|volgt)\b", _I
)
# The Kamer itself treats or votes on something on a day: "Op 28 mei behandelt de Eerste Kamer het plan."
_KAMER_TREATS = re.compile(
    r"\b(?:(?:de\s+)?(?:Eerste|Tweede)\s+)?(?:Kamer|[Ss]enaat)\s+(?:behandelt|bespreekt|debatteert|stemt|beslist)\b"
    r"|\b(?:behandelt|bespreekt|debatteert|stemt|beslist)\s+de\s+(?:(?:Eerste|Tweede)\s+)?(?:Kamer|[Ss]enaat)\b"
    # "De Tweede Kamer komt op dinsdag 6 september bijeen", "komen de Kamerleden weer bijeen"
    r"|\b(?:Kamer|Kamerleden|[Cc]ommissies?|Kamercommissies)\b[^.;]{0,60}?\b(?:komt|komen)\b[^.;]{0,60}?\bbijeen\b"
    r"|\b(?:komt|komen)\s+de\s+(?:Kamer|Kamerleden|Kamercommissies?)\b[^.;]{0,60}?\bbijeen\b"
    # back from recess early: "komt de Kamer binnenkort terug van het zomerreces om ... te bespreken"
    r"|\b(?:komt|komen|keert|keren)\s+(?:de\s+)?(?:(?:Eerste|Tweede)\s+)?Kamer\w*\b[^.;]{0,40}?\bterug\s+(?:van|uit)\s+"
    r"(?:het\s+)?\w*reces\b"
    r"|\b(?:Kamer|Kamerleden)\s+(?:komt|komen|keert|keren)\b[^.;]{0,40}?\bterug\s+(?:van|uit)\s+(?:het\s+)?\w*reces\b"
    # "De Tweede Kamer wil donderdag minister X en premier Y aan de tand voelen over ..."
    r"|\bKamer\b[^.;]{0,30}?\b(?:wil|gaat|zal)\b[^.;]{0,100}?\b(?:aan\s+de\s+tand\s+voelen|ter\s+verantwoording\s+roepen|"
    r"bevragen|debatteren)\b"
    # asked for or meant: "Het verzoek is dat we die voor de kerst in beide Kamers behandelen", "het voorstel om
    # dinsdag te stemmen", "zodat de Kamer nog voor het reces kan stemmen" (a term of its own in the clause decides)
    r"|\b(?:verzoek|voorstel|wens|bedoeling|streven)\s+(?:is\s+)?(?:om|dat)\b[^.;]{0,120}?\b(?:te\s+)?"
    r"(?:behandelen|bespreken|debatteren|stemmen)\b"
    r"|\b(?:Eerste\s+|Tweede\s+)?Kamer\s+(?:\w+\s+){0,2}?(?:kan|kunnen|moet|moeten|wil|willen)\s+(?:\w+\s+){0,6}?"
    r"(?:behandelen|bespreken|debatteren|stemmen|instemmen|aannemen|goedkeuren)\b"
    # "de nieuwe Tweede Kamer, die op 31 maart wordt geïnstalleerd"
    r"|\b(?:wordt|worden|zal|zullen)\b[^.;]{0,40}?\b(?:geïnstalleerd|beëdigd|ingezworen)\b"
    # "Het wetsvoorstel wordt op 8 december plenair behandeld"
    r"|\b(?:wordt|worden)\b[^.;]{0,60}?\b(?:plenair|in\s+de\s+(?:Eerste|Tweede)\s+Kamer)\s+(?:behandeld|besproken)\b"
    # "zullen de vaste Kamercommissies over de jaarverslagen debatteren"
    r"|\b(?:zal|zullen)\s+de\s+(?:vaste\s+)?(?:Kamercommissies?|commissies?|Kamer)\b[^.;]{0,100}?\b(?:debatteren|vergaderen)\b"
    # a turn in the debate on its day: "Morgen komen de senatoren aan het woord"
    r"|\b(?:komt|komen)\s+(?:\w+\s+){0,6}?aan\s+het\s+woord\b"
    # the debate goes on: "Het debat gaat donderdag om 10.15 uur verder", a liveblog's "Morgen om 11.00 uur verder"
    r"|\b(?:debat|vergadering|behandeling|beraadslaging)\b[^.;]{0,40}?\b(?:gaat|gaan)\b[^.;]{0,60}?\bverder\b"
    r"|\b(?:gaat|gaan)\s+(?:het\s+debat|de\s+(?:vergadering|behandeling|beraadslaging))\b[^.;]{0,60}?\bverder\b"
    r"|^(?:[^.;,]|(?<=\d)[.:](?=\d)){0,40}\bverder\.?$"
    # resumed on a later day: "Morgen om 10.15 uur worden de Beschouwingen hervat", "De behandeling wordt donderdag
    # voortgezet", "schorst de voorzitter de vergadering tot morgenochtend" (a break till a time today has no day)
    r"|\b(?:debat|vergadering|behandeling|beraadslaging|[Bb]eschouwingen)\b[^.;]{0,40}?\b(?:hervat|voortgezet)\b"
    r"|\bschors(?:t|te)?\b[^.;]{0,60}?\b(?:vergadering|debat|beraadslaging)\s+tot\b"
    r"|\b(?:vergadering|debat|beraadslaging)\b[^.;]{0,40}?\bgeschorst\s+tot\b"
    # the chair: "Morgen gaan we verder met de tweede termijn van de Kamer"
    r"|\b(?:gaan|gaat)\s+(?:we|wij|de\s+Kamer)\s+(?:\w+\s+){0,3}?verder\s+met\s+(?:de|het)\s+(?:(?:eerste|tweede)\s+termijn"
    r"|debat|behandeling|beraadslaging)\b"
)
# The Kamer expects something by a date: "De Kamer verwacht de brief voor 8 maart te ontvangen", "verneemt de
# Kamer graag vóór 13 september eventuele correcties".
_KAMER_EXPECTS = re.compile(
    r"\b(?:verwacht|verneemt|ontvangt|hoort)\s+(?:de|uw)\s+(?:(?:Eerste|Tweede)\s+)?Kamer\s+graag\b"
    r"|\b(?:de|uw)\s+(?:(?:Eerste|Tweede)\s+)?Kamer\s+(?:verwacht|verneemt|ontvangt|hoort)\s+graag\b"
    r"|\bKamer\s+verwacht\b[^.;]{0,140}?\bte\s+(?:ontvangen|krijgen|vernemen)\b"
)
# Done already: "De Kamer heeft dinsdag gestemd", "De motie werd verworpen", "Op 23 augustus was er een debat",
# "De commissie vroeg een brief": a past tense in the clause.
_PAST_TENSE = re.compile(
    r"\b(?:heeft|hebben)\b[^.;]{0,80}?\b(?:plaats)?ge\w+(?:d|t|en)\b|\b(?:was|waren|werd|werden|had|hadden)\b"
    r"|\b(?:stemde|stemden|debatteerde|debatteerden|behandelde|behandelden|vond|vonden|sprak|spraken|kwam|kwamen|"
    r"besloot|besloten|voerde|voerden|(?<!zo )(?<!te )vroeg(?!\s+mogelijk\b)|vroegen|zei|zeiden|stelde|stelden|"
    r"kondigde|kondigden|diende|dienden|nam|"
    r"namen|gaf|gaven|ging|gingen|kreeg|kregen|hield|hielden|bleek|bleken|verliep|sloot|sloten|opende|openden)\b",
    _I,
)
# A day named by its date or weekday: what schedules a debate that no verb schedules.
_NAMED_DAY = re.compile(rf"\d|\b(?:{'|'.join(WEEKDAYS)})", _I)
# "Dan", "Op die dag": the day the sentence before named.
_THEN = re.compile(r"^(?:Dan|Daarna|Vervolgens|Op die dag|Die dag|Diezelfde dag|Dezelfde dag)\b")
# A weekday alone opening a sentence is the coming one: "Dinsdag wordt over de moties gestemd."
_DAY_FIRST = re.compile(rf"^(?:Op\s+)?({'|'.join(WEEKDAYS)})(?:middag|avond|ochtend)?\b(?!\s+\d)", _I)
# What is delivered, also as the head of a compound: "Klimaatnota", "Energieverkenning", "voortgangsbrief".
_DELIVERABLE = re.compile(
    r"(?<![\w-])(\w{0,30}?(?:rapport\w*|verslag|onderzoek|evaluatie|advies|reactie|brief|nota|voorstel|plan|"
    r"monitor|visie|verkenning|uitwerking|routekaart|doorlichting|consultatie|resultaat|uitkomst|beantwoording|analyse|"
    r"ramingen|raming|prognose|besluit)"
    r"|plan van aanpak|memorie van antwoord|antwoorden"
    r"|contouren|resultaten"
    r"|uitkomsten)\b",
    _I,
)
_EXPECTED = re.compile(
    r"\bnaar verwachting\b|\bverwacht\w*\b|\b(?:zal|zullen)\b|\bverschijn\w*\b|\boplever\w*\b|\bop te leveren\b|"
    r"\b(?:wordt|worden)\b.{0,60}?\b(?:opgeleverd|gepubliceerd|aangeboden|afgerond|gestuurd|verzonden|verwacht|"
    r"vastgesteld|uitgebracht)\b|\b(?:brengt|brengen)\b.{0,60}?\buit\b|"
    r"\bmoet(?:en)?\b.{0,60}?\b(?:zijn|worden)\s+(?:aangeboden|verstuurd|gestuurd|ingediend|opgeleverd|gepubliceerd)\b|"
    r"\bplaats(?:hebben|vinden)\b|"
    r"\bkomt\b.{0,60}?\b(?:uit|beschikbaar|gereed)\b|\bis gereed\b|\bgepland\b|\b(?:komt|komen|volgt|volgen) er\b"
    # "dat het onderzoek in mei klaar is", "Het kabinet neemt in het voorjaar een besluit"
    r"|\b(?:is|zijn)\s+(?:\w+\s+){0,3}?(?:klaar|gereed|afgerond)\b(?!\s+met\b)|\b(?:klaar|gereed|afgerond)\s+(?:is|zijn)\b"
    r"|\b(?:neemt|nemen)\b[^.;]{0,60}?\bbesluit\b"
    r"|^(?:er\s+)?(?:komt|volgt)\b|\b(?:biedt|bieden)\b.{0,120}?\baan\b|\b(?:publiceert|presenteert|stuurt|zendt)\b"
    r"|\bmee\s+(?:komt|komen)\b|\b(?:komt|komen)\b.{0,60}?\bmet\b"
    # "De antwoorden komen uiterlijk 20 maart", "Het plan volgt in het voorjaar"
    r"|\b(?:komt|komen|volgt|volgen)\s+(?:\w+\s+){0,2}?(?:uiterlijk|voor|vóór|op|in|na|binnen|begin|medio|eind|rond)\b",
    _I,
)
# What someone must have by a term, a deliverable expected: "dan is het 31 mei en moet X een plan van aanpak hebben",
# "Gemeenten moeten voor 1 juli een uitvoeringsplan klaar hebben"
_MUST_HAVE = re.compile(r"\bmoet(?:en)?\b[^;:]{0,80}?\s(?:(?:klaar|gereed|ingediend|opgesteld)\s+)?hebben\b", _I)
_BUDGET = re.compile(
    r"\b(Voorjaarsnota|Najaarsnota|Prinsjesdag|Miljoenennota|Verantwoordingsdag|Suppletoire begroting)\b", _I
)
_TAKES_EFFECT = re.compile(
    r"\b(?:treedt|treden|trad)\b.{0,80}?\bin\s+werking\b|\bin\s+werking\s+(?:treedt|treden|te laten treden)\b"
    r"|\binwerkingtreding\b|\bvan kracht\b|\bgaat\b.{0,60}?\bin\b(?=\s+(?:op|per)\b)|\bingaan\b"
    # "de wet, die op 1 juli ingaat" (not "ingaat op de vragen": addresses them)
    r"|\bingaat\b(?!\s+op\s+(?:de|het|een|dit|deze|die|dat|vragen|uw|mijn|zijn|haar)\b)"
    # introduced on a day: "Het model wordt over drie jaar ingevoerd", "de invoering van een stelsel per 1 januari"
    r"|\b(?:wordt|worden)\b.{0,80}?\bingevoerd\b|\binvoering\b",
    _I,
)

# A period that closes on a day: "Het parlement heeft tot 17 november de tijd om te reageren", "De consultatie loopt
# tot 15 januari", "Reacties kunnen tot en met 20 december worden ingediend".
_TIME_UNTIL = re.compile(
    r"\b(?:heeft|hebben|krijgt|krijgen)\b[^.;]{0,60}?\bde\s+tijd\b|\bloopt\s+(?:nog\s+)?tot\b"
    r"|\b(?:staat|is)\s+open\s+tot\b|\b(?:kan|kunnen)\b[^.;]{0,60}?\btot\s+(?:en\s+met\s+)?(?:\d|uiterlijk)"
    r"|\breactietermijn\b|\btermijn\b[^.;]{0,40}?\b(?:loopt|sluit|verstrijkt)\b"
    r"|\b(?:kan|kunnen)\b[^.;]{0,60}?\buiterlijk\b|\bdeadline\b|\buiterste\s+(?:datum|termijn)\b|\bsluitingsdatum\b"
    r"|\bter\s+consultatie\b|\b(?:ligt|liggen)\b[^.;]{0,40}?\btot\b",
    _I,
)
# A period is over only in the simple past: "hadden tot 1 mei de tijd", "liep de deadline af" (the perfect
# "hebben tot half mei de tijd gekregen" gives a period that still runs).
_PERIOD_OVER = re.compile(r"\b(?:had|hadden|was|waren|liep|liepen|verstreek|verstreken|sloot)\b|\bverstrijken\b", _I)
# The members' written input by a day: "De leden zullen uiterlijk op 22 juli hun vragen inbrengen", "inbreng
# voor het schriftelijk overleg kan tot 12 maart worden geleverd".
_INBRENG = re.compile(
    r"\binbreng\w*\b|\bvragen\s+(?:in\s*te\s*brengen|inbrengen|indienen|inleveren|in\s+te\s+dienen)\b", _I
)
# The government answers the Kamer on a day: "Ministers X en Y zullen donderdag de vragen beantwoorden",
# "De staatssecretaris reageert dinsdag op de inbreng van de Kamer".
_ANSWERS = re.compile(r"\b(?:beantwoord(?:t|en)|antwoord(?:t|en)|reageert|reageren|repliceert|repliceren)\b", _I)
# What the government must do by a day, as the Kamer demands it: "Premier X moet vrijdag nog duidelijk maken of ..."
_MUST = re.compile(r"\b(?:moet|moeten)\b", _I)
# Someone aims at a day for what the sentence before named: "Het debat is nog niet gepland. De griffie mikt op
# donderdag 10 december."
_AIMS_AT = re.compile(
    r"\b(?:mikt|mikken|koerst|koersen)\s+op\b|\bstreeft\s+naar\b|\bstreven\s+naar\b|\bwordt\s+gemikt\s+op\b"
    r"|\b(?:is|wordt|staat)\s+(?:nu\s+|voorlopig\s+)?(?:gepland|voorzien|ingepland)\s+(?:op|voor)\b",
    _I,
)
# A plan with its day: "Defensie is gereed om op 16 november de offerteaanvraag te sturen", "Het kabinet is van
# plan het besluit op 1 juli te nemen". Without a day such an intention is nothing to watch.
_INTENT = re.compile(
    r"\b(?:is|zijn)\s+(?:nu\s+)?(?:gereed|klaar|voornemens|van\s+plan)\b(?:\s+om\b)?"
    r"|\b(?:heeft|hebben)\s+het\s+voornemen\b|\bbeoog(?:t|en)\b",
    _I,
)


# A follow-up debate someone asked for is worth tracking before it has a date.
_REQUESTED = re.compile(r"\baangevraagd\b|\bvraagt\b.{0,40}\baan\b", _I)
_REQUESTED_KIND = re.compile(
    r"^(?:tweeminutendebat\w*|VAO|VSO|dertigledendebat|plenaire (?:afronding|behandeling))$", _I
)


def event_drafts(ctx: Context, i: int, dated_debates_only: bool = False) -> list[Draft]:
    """Events in a sentence, one per clause: "Er is een tweeminutendebat aangevraagd door het lid X; de
    stemmingen over de moties zijn op dinsdag 24 februari."."""
    s = ctx.sentences[i]
    text = s.text
    if TEXT_UPDATED.search(text):
        return []  # "Dit bericht is op 14 juni bijgewerkt na de stemmingen": the page's own history, no event
    if NOT_GUARANTEED.search(text):
        return []  # "Premier X wil niet garanderen dat de brief eind september klaar is": a day refused, not given
    if (past := PAST_MARKER.search(text)) and not _COMING.search(text):
        # "Op 10 december jl. ...": the past, unless a day is named as coming ("op 12 december a.s."); a later clause
        # about the past leaves the clauses before it ("besluit op 5 oktober inbreng te leveren, en dit te combineren
        # met de brieven van 14 september jl.")
        text = text[: max([0, *(c.start() for c in _LATER_CLAUSE.finditer(text, 0, past.start()))])]
        if not text:
            return []
    if request := asked_to_promise(text):
        # "vragen de regering toe te zeggen dat de evaluatie uiterlijk in maart verschijnt": asked for, not expected
        text = text[: request.start()]
        if len(text.split()) < 3:
            return []
    found: _Found = {kind_re: list(kind_re.finditer(text)) for kind_re in _SHARED_KINDS}
    if not _any_event(text, found):
        if dated_debates_only or not ctx.may_hold_a_date_at(i):
            # what a sentence without an event's word gives needs a deadline phrase in it (_without_event_word): a
            # sentence without any date word (asked once per sentence) holds none
            return []
        return _with_vote_after(ctx, i, _without_event_word(ctx, i))
    if not dated_debates_only and (letter := _kamer_decides_letter(ctx, i)) is not None:
        return [letter]
    out: list[Draft] = []
    pos = 0
    for clause in re.split(r"(?<=;)\s*", text):
        c_start = s.start + text.index(clause, pos)
        pos = c_start - s.start + len(clause)
        draft = _clause_event(ctx, i, clause, c_start, dated_debates_only, found if clause == text else {})
        if draft is not None:
            out.append(draft)
    if not out and not dated_debates_only and (asked := _letter_asked(ctx, i)) is not None:
        out.append(asked)
    if not out and not dated_debates_only and (goal := _government_goal(ctx, i) or _kamer_demands(ctx, i)):
        out.append(goal)
    if not out and not dated_debates_only and (coming := _coming_day(ctx, i)) is not None:
        out.append(coming)
    return out if dated_debates_only else _with_vote_after(ctx, i, out)


# The Kamer treats a bill and votes on it later, told in one breath: "besloot het wetsvoorstel op 17 juni plenair te
# behandelen en er een week later over te stemmen", "op 3 juni te behandelen en er op 10 juni over te stemmen"
_TREAT_THEN_VOTE = re.compile(
    r"\b(?:het|de)\s+(?P<what>[^\W\d][\w -]{2,60}?)\s+(?:(?:op|in|per)\s+[^,.;]{1,40}?\s+)?"
    r"(?:plenair\s+)?te\s+(?:behandelen|bespreken)\s+en\s+(?:er|daar|daarover)?\s*(?P<when>[^,.;]{0,40}?)\s*"
    r"(?:over\s+)?te\s+stemmen\b",
    _I,
)
_DAYS_LATER = re.compile(r"^(?P<n>\w+)\s+(?P<unit>dag|dagen|week|weken)\s+(?:later|daarna)$", _I)


def _with_vote_after(ctx: Context, i: int, out: list[Draft]) -> list[Draft]:
    """The sentence's one event, and the vote it schedules after it when it does; without an event, the treatment
    and its vote when the sentence schedules both."""
    if len(out) > 1:
        return out
    treated = out[0] if out else None
    if treated is None:
        s = ctx.sentences[i]
        if "stemmen" not in s.text.lower():
            return out
        treated = Draft("deadline", "upcoming", 0.7, i, i, (s.start, s.end), actors=sentence_actors(ctx, i, i),
                        due_zone=(s.start, s.end))
    vote = _vote_after_treatment(ctx, i, treated)
    return [treated, vote] if vote is not None else out


def _vote_after_treatment(ctx: Context, i: int, treated: Draft) -> Draft | None:
    """The vote a sentence schedules after the treatment it schedules, on its own day or days or weeks after it;
    the treatment is then titled as such."""
    s = ctx.sentences[i]
    m = _TREAT_THEN_VOTE.search(s.text)
    if m is None:
        return None
    when_at = s.start + m.start("when")
    first = nearest_deadline(ctx, s.start + m.start(), when_at, s.start, when_at)
    if first is None or first.resolution.due is None:
        return None
    own = [d for d in ctx.deadlines_in(when_at, s.start + m.end("when")) if d.resolution.due is not None]
    later = _DAYS_LATER.match(m.group("when").strip())
    if own:
        day = own[0].resolution
    elif later and (n := count(later.group("n"))) is not None:
        days = n * (7 if later.group("unit").lower().startswith("we") else 1)
        due = first.resolution.due + dt.timedelta(days=days)
        day = dataclasses.replace(first.resolution, phrase=m.group("when").strip(), due=due,
                                  explanation=f"{m.group('when').strip()} dan {first.phrase.strip()}")
    else:
        return None
    what = strip_dates(ctx, re.split(r"\b(?:het|de)\s+", m.group("what"), flags=_I)[-1]).strip()
    treated.title = fit(f"Plenaire behandeling {what}")
    treated.due_override = first.resolution
    return dataclasses.replace(treated, title=fit(f"Stemming over {what}"), due_override=day,
                               due_zone=(when_at, s.start + m.end("when")))


def _without_event_word(ctx: Context, i: int) -> list[Draft]:
    """What a sentence that names no event gives: the event the sentence before names, on the day this one says, a
    goal with its term or the Kamer's demand by a term; each with a deadline phrase of the sentence."""
    if (pointed := _pointed_event(ctx, i)) is not None:
        return [pointed]  # "Dat wordt volgende week dinsdag gevoerd.": the event the sentence before names
    goal = _government_goal(ctx, i) or _kamer_demands(ctx, i) or _coming_day(ctx, i)
    return [goal] if goal is not None else []


def _coming_day(ctx: Context, i: int) -> Draft | None:
    """A day the sentence calls coming ("op 10 oktober aanstaande", "in de Visserijraad van oktober a.s.") is a day to
    watch, whatever happens on it: Dutch says "aanstaande" of a day only when something is set for it."""
    s = ctx.sentences[i]
    if QUESTION.search(s.text) or not _COMING.search(s.text):
        return None
    for d in [*ctx.deadlines_in(s.start, s.end), *_coming_dates(ctx, s.start, s.text)]:
        res = d.resolution
        if res.due is None or res.due < ctx.ref or res.precision not in ("day", "week", "month"):
            continue
        if not (_COMING.search(d.phrase) or _COMING_AFTER.match(ctx.clean.text, d.end)):
            continue
        if (planned := _planned_day(ctx, s.text, d)) is not None:
            res = planned.resolution
        a, b = d.start - s.start, d.end - s.start
        b = (after.end() - s.start) if (after := _COMING_AFTER.match(ctx.clean.text, d.end)) else b
        lead = _DAY_LEAD.search(s.text, 0, a)  # "van 24 en 25 juni a.s.": the whole day, its preposition
        a = lead.start() if lead else a
        rest = re.sub(r"\s{2,}", " ", f"{s.text[:a]} {s.text[b:]}").strip(" .,")
        return Draft("deadline", "upcoming", 0.55, i, i, (d.start, d.end), title=fit(rest[:1].upper() + rest[1:]),
                     actors=sentence_actors(ctx, i, i), due_zone=(s.start, s.end), due_override=res)
    return None


# A sentence whose subject points back to the one before and says when it takes place: "Dat wordt volgende week
# dinsdag gevoerd", "Dit vindt op 12 maart plaats", "Die staat gepland in juni"
_POINTED_EVENT = re.compile(
    r"^(?:Dat|Dit|Die|Deze|Het|Hij|Zij)\s+(?:wordt|zal|vindt|staat|is|komt)\b[^.;]{0,80}?"
    r"\b(?:gevoerd|gehouden|plaats|gepland|voorzien|geagendeerd|worden|georganiseerd)\b", _I)


def _pointed_event(ctx: Context, i: int) -> Draft | None:
    """The event the sentence before names (a debate set up, a briefing), with the day this sentence gives it: the
    two read as one ("... besloot een vervolgdebat in te stellen. Dat wordt volgende week dinsdag gevoerd.")."""
    s = ctx.sentences[i]
    if i == 0 or not _POINTED_EVENT.match(s.text) or not ctx.deadlines_in(s.start, s.end):
        return None
    prev = ctx.sentences[i - 1]
    both = ctx.clean.text[prev.start : s.end]
    found: _Found = {kind_re: list(kind_re.finditer(both)) for kind_re in _SHARED_KINDS}
    if not _any_event(both, found):
        return None
    draft = _clause_event(ctx, i - 1, both, prev.start, False, found)
    if draft is not None:
        draft.first, draft.last = i - 1, i
    return draft


# A clause of its own further on: ", en dit te combineren met ...", "; ..."
_LATER_CLAUSE = re.compile(r"[,;:]\s+(?=\S)")


# The Kamer or a majority demands a deliverable by a term, as news headlines it: "Meerderheid Kamer eist uitgewerkt
# boerenplan voor Prinsjesdag", "De Kamer wil voor de zomer een nieuwe brief"
_KAMER_DEMANDS = re.compile(
    r"\b(?:Kamer|Kamermeerderheid|meerderheid|senaat)\b[^.;]{0,60}?\b(?:eist|eisen|wil|willen|verlangt|verlangen)\b",
    _I)
# The Kamer decides to ask the government for a letter: "besloot de Kamer op voorstel van X om de regering te vragen
# per brief te reageren op de aangenomen moties", "De Kamer verzoekt het kabinet de Kamer per brief te informeren"
_KAMER_DECIDES_LETTER = re.compile(
    r"(?:\b(?:Kamer|senaat|commissie)\b[^.;]{0,80}?\b(?:besloot|besluit|besloten|vraagt|verzoekt)\b"
    r"|\b(?:besloot|besluit|vraagt|verzoekt)\s+de\s+(?:(?:Eerste|Tweede|vaste)\s+)?(?:Kamer|senaat|commissie)\b)[^.;]{0,120}?"
    r"\b(?:regering|kabinet|minister|staatssecretaris)\b[^.;]{0,40}?\b(?:te\s+)?(?:vragen|verzoeken|om)\b"
    r"[^.;]{0,80}?\b(?:per\s+brief|brief|te\s+reageren|te\s+informeren)\b", _I)
_ON_PROPOSAL_OF = re.compile(r"\bop\s+(?:voorstel|verzoek)\s+van\b", _I)


def _kamer_decides_letter(ctx: Context, i: int) -> Draft | None:
    s = ctx.sentences[i]
    m = _KAMER_DECIDES_LETTER.search(s.text)
    if m is None:
        return None
    members = [a for a in sentence_actors(ctx, i, i) if a.role == "member"] if _ON_PROPOSAL_OF.search(s.text) else []
    what = re.search(r"\b(?:te\s+)?(?:vragen|verzoeken|om)\s+(?P<x>[^.;]{5,100})", s.text[m.start():], _I)
    title = fit("Brief gevraagd: " + what.group("x").strip(" ,.")) if what else "Brief gevraagd door de Kamer"
    draft = Draft("deadline", "upcoming", 0.55, i, i, (s.start + m.start(), s.start + m.end()), title=title,
                  actors=members, due_zone=(s.start, s.end))
    nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
    if nxt is not None and re.search(r"\bbrief\b", nxt.text, _I) and any(
            d.resolution.due is not None and d.resolution.due > ctx.ref for d in ctx.deadlines_in(nxt.start, nxt.end)):
        # "De Kamer verwacht de brief voor dinsdag 8 maart te ontvangen": the same letter's term
        draft.last, draft.due_zone = i + 1, (nxt.start, nxt.end)
    return draft


# how far after the demand the member of government it is addressed to may be named (sentences)
_ADDRESSEE_WITHIN = 2


def _kamer_demands(ctx: Context, i: int) -> Draft | None:
    s = ctx.sentences[i]
    m = _KAMER_DEMANDS.search(s.text)
    if m is None or not _ASKED_FOR.search(s.text, m.end()) or _PAST_TENSE.search(s.text):
        return None
    terms = [d for d in ctx.deadlines_in(s.start + m.end(), s.end)
             if d.resolution.due is not None and d.resolution.due > ctx.ref
             and d.resolution.precision in ("day", "week", "month", "quarter", "season", "year")]
    if not terms:
        return None
    last = min(i + _ADDRESSEE_WITHIN, len(ctx.sentences) - 1)
    gov = [a for a in sentence_actors(ctx, i, last) if a.role in ("minister", "state_secretary")]
    rest = strip_dates(ctx, s.text[m.start():]).strip(" .")
    return Draft("deadline", "upcoming", 0.55, i, i, (s.start + m.start(), s.start + m.end()),
                 title=fit(rest[:1].upper() + rest[1:]), actors=gov[:1], due_zone=(s.start, s.end),
                 due_override=terms[0].resolution)


# A goal with its term, set or hoped for by the government, as summaries report it: "Alle beoordelingen zullen in
# 2025 afgerond moeten zijn", "De staatssecretaris hoopt dat eind 2026 alle bezwaren zijn behandeld", "In januari
# verlangt ze een overzicht van de provincies", "Op 1 juli moeten die plannen zijn ingeleverd".
_GOAL_FRAME = re.compile(
    r"\b(?:zal|zullen|moet|moeten|hoopt|hopen|verwacht|verwachten|streeft|streven|wil|willen|rekent\s+erop)\b", _I)
_GOAL_DONE = re.compile(
    r"\b(?:afgerond|behandeld|afgehandeld|klaar|gereed|ingeleverd|ingediend|geregeld|uitgevoerd|gerealiseerd"
    r"|opgeleverd|uitbetaald|verwerkt|ingevoerd|gehaald|bereikt|vastgesteld|aangeleverd|voltooid)\b", _I)
# the government demands a deliverable from others by a day: "verlangt ze een overzicht van de provincies"
_DEMANDS = re.compile(r"\b(?:verlangt|verlangen|eist|eisen)\b", _I)
# a task given to the government with its term: "de opdracht die de minister kreeg om het plan nog voor 1 oktober
# wettelijk mogelijk te maken"
_TASKED = re.compile(r"\bopdracht\b[^.;]{0,100}?\bom\b[^.;]{0,150}?\bte\s+\w+", _I)
# who tells it: "zegt staatssecretaris X", "benadrukte Van der Wal", "aldus de minister"
_TOLD_BY = re.compile(r"\b(?:zegt|zei|benadrukt\w*|stelt|stelde|aldus|meldt|meldde|liet\s+weten|laat\s+weten"
                      r"|antwoordde|(?:gaf|geeft)\b[^.;]{0,60}?\baan\s+dat)\b", _I)
_SUBJECT_PRONOUN = re.compile(r"\b(?:hij|zij|ze)\b", _I)
# what is demanded: a deliverable or an overview
_ASKED_FOR = re.compile(
    rf"{_DELIVERABLE.pattern}|\b\w{{0,20}}?(?:overzicht|inventarisatie|planning|plan|plannen|voorstellen)\b", _I)
# how far back (sentences) the government member may have been named who sets the goal
_GOAL_SPEAKER_BACK = 2


def _government_goal(ctx: Context, i: int) -> Draft | None:
    s = ctx.sentences[i]
    speaker = ctx.speakers.get(i)
    if speaker is not None and speaker.role == "member":
        return None  # a member's demand in a debate ("De minister moet voor de zomer ...") is a request, not a goal
    frame = _GOAL_FRAME.search(s.text)
    done = _GOAL_DONE.search(s.text) if frame else None
    demand = _DEMANDS.search(s.text) if done is None else None
    if demand is not None and not _ASKED_FOR.search(s.text, demand.end()):
        demand = None
    tasked = _TASKED.search(s.text) if done is None and demand is None else None
    if (done is None and demand is None and tasked is None) or (
            _PAST_TENSE.search(s.text) and not frame and tasked is None):
        return None
    terms = [d for d in ctx.deadlines_in(s.start, s.end)
             if d.resolution.due is not None and d.resolution.due > ctx.ref
             and d.resolution.precision in ("day", "week", "month", "quarter", "season", "year")]
    if not terms:
        return None
    who = _goal_setter(ctx, i)
    if who is None:
        return None
    cue = done or demand or tasked
    assert cue is not None
    rest = strip_dates(ctx, s.text).strip(" .")
    title = fit(rest[:1].upper() + rest[1:])
    at = s.start + cue.start()
    term = min(terms, key=lambda d: abs(d.start - at))
    # the goal's own term, also where the reader keeps a hope ("hoopt dat eind 2026 ...") from being a term
    return Draft("deadline", "upcoming", 0.55, i, i, (at, s.start + cue.end()), title=title, actors=[who],
                 due_zone=(s.start, s.end), due_override=term.resolution)


# Who leads talks or a procedure for the government without a seat in it, named by that function: "stikstofbemiddelaar
# Remkes", "verkenner Tjeenk Willink", "voorzitter Chris Kalden" (of talks), "gespreksleider Van Zanen"
_FUNCTION = (r"(?:\w*(?:bemiddelaar|verkenner|informateur|formateur|gespreksleider|procesbegeleider|kwartiermaker"
             r"|rapporteur)|voorzitter)")
_FUNCTION_NAMED = re.compile(
    rf"(?<![\w-])(?P<f>{_FUNCTION})\s+(?P<name>(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:(?:van|de|der|den|ter|ten)\s+){{0,2}}"
    r"(?-i:[A-Z])[\w'’-]+)", _I)
# The deliverable told back by its article ("Dat rapport ...") or its maker by function alone ("De voorzitter van het
# overleg publiceert ... zijn eindverslag")
_THING_TOLD_BACK = re.compile(r"^(?:Dat|Dit|Die|Deze|Het|De)\s+(?P<words>\w+(?:\s+\w+)?)", _I)
_FUNCTION_SUBJECT = re.compile(rf"^(?:De|Het)\s+(?:\w+\s+)?(?P<f>{_FUNCTION})\b(?!\s+(?-i:[A-Z]))", _I)


def _maker_by_function(ctx: Context, i: int) -> ExtractedActor | None:
    """Who makes the deliverable sentence i expects, when that is someone a function names and no member of government
    or the Kamer: the person the sentence before names with the thing told back ("het eindrapport van
    stikstofbemiddelaar Remkes" then "Dat rapport is in de tweede helft van september gepland"), or, when the sentence
    names the maker by function alone ("De voorzitter van het overleg publiceert volgende week zijn eindverslag"), the
    person the next or the previous sentence names with that function ("zegt de woordvoerder van voorzitter Chris
    Kalden")."""
    text = ctx.sentences[i].text
    if (by := _FUNCTION_SUBJECT.match(text)) is not None:
        word = by.group("f").lower()
        for k in (i + 1, i - 1):
            if 0 <= k < len(ctx.sentences):
                named = [m for m in _FUNCTION_NAMED.finditer(ctx.sentences[k].text) if m.group("f").lower() == word]
                if len(named) == 1:
                    return ExtractedActor(named[0].group("name"), role="other")
        return None
    back = _THING_TOLD_BACK.match(text)
    thing = next((w.lower() for w in back.group("words").split() if _DELIVERABLE.fullmatch(w)), None) if back else None
    if thing is None or i == 0:
        return None  # "Dat (eind)rapport", "Het nieuwe advies": the thing and at most one word before it
    before = ctx.sentences[i - 1].text
    named = [m for m in _FUNCTION_NAMED.finditer(before)
             if thing in before[max(0, m.start() - 40) : m.start()].lower()]  # "het eindrapport van bemiddelaar X"
    return ExtractedActor(named[0].group("name"), role="other") if len(named) == 1 else None


def _told_by_government(ctx: Context, i: int) -> ExtractedActor | None:
    """The member of government the sentence just before quotes: "Minister-president X gaf in zijn beantwoording aan
    dat ...", "..., zegt staatssecretaris Y." (what this sentence expects is what they told)."""
    if i == 0 or not _TOLD_BY.search(ctx.sentences[i - 1].text):
        return None
    gov = [a for a in sentence_actors(ctx, i - 1, i - 1) if a.role in ("minister", "state_secretary")]
    return gov[0] if gov else None


def _goal_setter(ctx: Context, i: int) -> ExtractedActor | None:
    """The member of government who sets the goal: named in the sentence, "ze" for the one named before, or the one
    a sentence just before quotes ("..., zegt staatssecretaris X.")."""
    s = ctx.sentences[i]
    here = [a for a in sentence_actors(ctx, i, i) if a.role in ("minister", "state_secretary")]
    if here:
        return here[0]
    if GOVERNMENT_WORD.search(s.text) or _SUBJECT_PRONOUN.search(s.text):
        return last_government(ctx, s.start, None)
    for k in range(i - 1, max(-1, i - 1 - _GOAL_SPEAKER_BACK), -1):
        prev = ctx.sentences[k]
        if not (_TOLD_BY.search(prev.text) or _DEMANDS.search(prev.text) or _GOAL_FRAME.search(prev.text)):
            continue
        gov = [a for a in sentence_actors(ctx, k, k) if a.role in ("minister", "state_secretary")]
        if gov:
            return gov[0]
        if _SUBJECT_PRONOUN.search(prev.text) and (held := last_government(ctx, prev.start, None)) is not None:
            return held  # "In januari verlangt ze een overzicht. Op 1 juli moeten die plannen zijn ingeleverd."
    return None


# A member asks for a letter: "zou ik graag vóór de volgende Europese top een brief hebben", "wij willen dat de
# minister voor het debat een brief stuurt", "Ik vraag om een kabinetsreactie voor het commissiedebat".
_ASK_LETTER = re.compile(
    r"\b(?:wil|willen|zou|zouden)\b[^.;?]{0,80}?\b(?:een|die|de)\s+(?:\w+\s+)?(?P<a>brief|reactie|kabinetsreactie|"
    r"appreciatie)\b[^.;?]{0,60}?\b(?:hebben|ontvangen|krijgen|stuurt|sturen)\b"
    r"|\b(?:vraag|vragen|verzoek|verzoeken)\b[^.;?]{0,30}?\b(?:om|naar)\s+(?:een\s+)?(?:\w+\s+)?(?P<b>brief|reactie|"
    r"kabinetsreactie|appreciatie)\b",
    _I,
)
# The chair passes the request on: "Ik stel voor het stenogram van dit deel van de vergadering door te geleiden
# naar het kabinet."
_FORWARDED = re.compile(r"\bstenogram\b[^.;]{0,80}?\b(?:door\s*te\s*geleiden|doorgeleid|door\s*te\s*sturen)\b", _I)


def _letter_asked(ctx: Context, i: int) -> Draft | None:
    """A member's request for a letter, as a letter to expect: when the request names a moment ("vóór de
    volgende Europese top") or the chair passes it on to the cabinet."""
    s = ctx.sentences[i]
    speaker = ctx.speakers.get(i)
    asked = _ASK_LETTER.search(s.text)
    if asked is None or speaker is None or speaker.role != "member":
        return None
    due = nearest_deadline(ctx, s.start + asked.start(), s.start + asked.end(), s.start, s.end)
    forwarded = any(_FORWARDED.search(ctx.sentences[k].text) for k in range(i + 1, min(i + 6, len(ctx.sentences))))
    if due is None and not forwarded:
        return None
    if due is not None and due.resolution.due is not None and due.resolution.due <= ctx.ref:
        return None
    what = asked.group("a") or asked.group("b")
    by = due.phrase if due is not None and due.resolution.due is None else ""
    title = fit(f"{what[:1].upper()}{what[1:]} gevraagd door {speaker.name}" + (f", {by}" if by else ""))
    actors = list(dedupe_actors([speaker, *sentence_actors(ctx, i, i)]))
    if _THAT_LETTER.search(asked.group()) and (k := _letter_promised_before(ctx, i)) is not None:
        # "... dat hij in zijn brief hierop ingaat. Ik zou die brief graag voor 1 december ontvangen": the letter the
        # minister has promised, with the day the member wants it: a commitment, followed up by her
        return Draft("commitment", "open", 0.6, k, i, (ctx.sentences[k].start, s.start + asked.end()), title=title,
                     actors=actors, due_zone=(s.start, s.end))
    return Draft("deadline", "upcoming", 0.55, i, i, (s.start + asked.start(), s.start + asked.end()), title=title,
                 actors=actors, due_zone=(s.start, s.end))


# The letter asked for is one already known: "die brief", "deze brief", "de toegezegde brief"
_THAT_LETTER = re.compile(
    r"\b(?:die|deze|dezelfde|de\s+(?:toegezegde|aangekondigde|beloofde))\s+(?:\w+\s+)?brief\b", _I
)
# ... because the government has it coming: "in zijn brief", "de brief die de minister heeft aangekondigd"
_GOVERNMENT_LETTER = re.compile(
    r"\b(?:zijn|haar)\s+(?:\w+\s+)?brief\b|\bbrief\b[^.;]{0,40}?\b(?:toegezegd|aangekondigd|beloofd)\b"
    r"|\b(?:toegezegde|aangekondigde|beloofde)\s+brief\b",
    _I,
)


def _letter_promised_before(ctx: Context, i: int) -> int | None:
    """The sentence at most two before i that tells the letter is the government's to send ("in zijn brief")."""
    for k in range(i - 1, max(-1, i - 3), -1):
        if _GOVERNMENT_LETTER.search(ctx.sentences[k].text):
            return k
    return None


_COMING = re.compile(r"\b(?:a\.s\.|aanstaande)", _I)


# Any of the kinds below: a sentence without one has no event. Each is searched on its own: one pattern
# joining them all is slower than all of them together (it loses each one's quick scan for its first letters).
# A deliverable by the head of its word alone (the compound's start needs no look here).
_DELIVERABLE_HEADS = (
    "rapport", "verslag", "onderzoek", "evaluatie", "advies", "reactie", "brief", "nota", "voorstel", "plan",
    "monitor", "visie", "verkenning", "uitwerking", "routekaart", "doorlichting", "consultatie", "resultaat",
    "uitkomst", "plan van aanpak", "contouren", "resultaten", "beantwoording", "antwoorden", "memorie van antwoord",
    "analyse", "raming", "prognose", "besluit", "behandeling",
)  # fmt: skip
_DELIVERABLE_HEAD = re.compile("|".join(_DELIVERABLE_HEADS), _I)
# (the rest of them, _SHARED_KINDS, are read for the clauses too: see _any_event)
_ANY_EVENT_OTHERS = tuple(quick(re.compile(p.pattern, _I)) for p in (_KAMER_EXPECTS, _KAMER_TREATS, _AIMS_AT))
# The patterns each sentence's clauses are read with, asked only about a clause with one of their words in it
# (quick.py: the same answers, sooner).
(_KAMER_EXPECTS, _TIME_UNTIL, _INBRENG, _FOLLOWUP_DEBATE, _VOTES, _KAMER_TREATS, _TAKES_EFFECT, _ANSWERS, _INTENT,
 _MUST, _DELIVERABLE, _EXPECTED, _PAST_TENSE, _FOLLOWUP_MARKER, _AIMS_AT, _PERIOD_OVER, _VOTES_HAPPEN) = map(
    quick, (_KAMER_EXPECTS, _TIME_UNTIL, _INBRENG, _FOLLOWUP_DEBATE, _VOTES, _KAMER_TREATS, _TAKES_EFFECT, _ANSWERS,
            _INTENT, _MUST, _DELIVERABLE, _EXPECTED, _PAST_TENSE, _FOLLOWUP_MARKER, _AIMS_AT, _PERIOD_OVER,
            _VOTES_HAPPEN))


# The kinds a clause is read with that _any_event reads the same way (IGNORECASE both): a sentence of one clause
# has them read once, for both.
_SHARED_KINDS = (_FOLLOWUP_DEBATE, _VOTES, _TAKES_EFFECT, _TIME_UNTIL, _INBRENG, _ANSWERS, _INTENT, _MUST)
_Found = dict[object, list[re.Match[str]]]


def _any_event(text: str, found: _Found) -> bool:
    """Whether the sentence may name an event; `found` holds the matches of _SHARED_KINDS in it."""
    if text.isascii():  # for ASCII text, lower case and plain substrings are what IGNORECASE matches
        lowered = text.lower()
        head = any(map(lowered.__contains__, _DELIVERABLE_HEADS))
    else:
        head = _DELIVERABLE_HEAD.search(text) is not None
    return head or any(map(found.__getitem__, _SHARED_KINDS)) or any(p.search(text) for p in _ANY_EVENT_OTHERS)


# A subordinate clause starts: what it says has its own tense ("..., dat in december wordt verwacht").
_CLAUSE_START = re.compile(r"[,;:]\s*|\s(?=(?:dat|die|wat|waarvan|waarin|waarop|omdat|zodat|terwijl)\s)", _I)
# How far ahead a day may lie that a sentence in the past tense names for what comes: a day further away is
# more likely a past day read as next year's ("op 3 november heeft ... gestuurd").
_SOON_DAYS = 120


def _clause_event(
    ctx: Context, i: int, text: str, at: int, dated_debates_only: bool = False, found: _Found | None = None
) -> Draft | None:
    """The event a clause names; `found`: the matches of some kinds in this very text, read already."""
    told_past: list[bool] = []

    def past() -> bool:
        if not told_past:
            told_past.append(bool(_PAST_TENSE.search(text)))
        return told_past[0]

    for kind_re, build in (
        (_KAMER_EXPECTS, _expected_title),
        (_TIME_UNTIL, _until_title),
        (_INBRENG, _inbreng_title),
        (_FOLLOWUP_DEBATE, _followup_title),
        (_VOTES, _votes_title),
        (_KAMER_TREATS, _treats_title),
        (_TAKES_EFFECT, _effect_title),
        (_ANSWERS, _answers_title),
        (_INTENT, _intent_title),
        (_MUST, _must_title),
        (_DELIVERABLE, _report_title),
    ):
        if dated_debates_only and kind_re is not _FOLLOWUP_DEBATE:
            continue  # (its matches are not read)
        matches = found[kind_re] if found and kind_re in found else list(kind_re.finditer(text))
        if not matches:
            continue
        # "Het debat wordt vervolgd in een tweeminutendebat", "Het commissiedebat ... krijgt een plenaire
        # afronding": the follow-up kind names the event
        m = min(matches, key=lambda x: (x.group().lower() in ("debat", "commissiedebat"), x.start()))
        expected = (_EXPECTED.search(text) or _MUST_HAVE.search(text)) if kind_re is _DELIVERABLE else None
        if kind_re is _DELIVERABLE and not expected:
            continue
        if kind_re is _VOTES and not _VOTES_HAPPEN.search(text):
            continue
        if kind_re in (_ANSWERS, _MUST) and not _government_before(ctx, text, at, m.start()):
            continue
        if kind_re is _TIME_UNTIL and _PERIOD_OVER.search(text):
            continue
        if kind_re is _FOLLOWUP_DEBATE and not _FOLLOWUP_MARKER.search(text) and not _NAMED_DAY.search(text):
            continue  # a debate named without a day or a word that schedules it is not an event
        # (the tests above read the clause's words alone: the deadline phrases are read only for what passes them)
        zone = (at, at + len(text))
        due = nearest_deadline(ctx, at + m.start(), at + m.end(), *zone)
        own_day = None
        if kind_re is _TAKES_EFFECT and (span := _own_clause(text, m)) is not None:
            # "de wet, die op 1 juli ingaat, snel wordt behandeld: in mei zijn de verkiezingen": its own clause's day
            day = [d for d in ctx.deadlines_in(at + span[0], at + span[1])
                   if d.resolution.due is not None and d.resolution.due > ctx.ref]
            own_day = day[-1] if day else None  # the day it takes effect is a day, a term or not
        bare_kinds = (_TAKES_EFFECT, _INBRENG, _TIME_UNTIL)
        if kind_re in bare_kinds and (due is None or due.resolution.due is None) and own_day is None:
            # "de maatregel, die 1 september van kracht wordt", "De inbrengdatum voor het verslag is 12 maart"
            own_day = _bare_day(ctx, text, at, m)
        elif expected is not None and due is None and _MUST_HAVE.fullmatch(expected.group()):
            own_day = _bare_day(ctx, text, at, expected)  # "dan is het 31 mei en moet X een plan hebben"
        if kind_re not in (_TAKES_EFFECT, _TIME_UNTIL) and _told_as_past(ctx, text, at, m, expected, due):
            continue
        borrowed = None
        own = _own_date(ctx, text, at, m) if kind_re is _FOLLOWUP_DEBATE else own_day
        if own is not None:
            due = borrowed = own  # "het geplande commissiedebat van 17 november 2022": the debate's own day
        elif dated_debates_only:
            continue
        first_day = _day_first(ctx, i, text) if due is None else None
        if due is None:
            borrowed = first_day or _day_after_verb(ctx, text, at) or _part_of_day(ctx, text, at)
        if due is None and borrowed is None and _THEN.match(text) and i > 0:
            prev = ctx.sentences[i - 1]  # "Op 26 oktober is het Klimaatdag. Dan biedt de minister ... aan."
            borrowed = nearest_deadline(ctx, prev.end, prev.end, prev.start, prev.end)
        due = due or borrowed
        proposed = _proposed_day(ctx, due) or _planned_day(ctx, text, due) if due is not None else None
        if borrowed is None and proposed is not None:
            due = borrowed = proposed  # "Ik stel voor dinsdag 19 november ... te stemmen": that Tuesday itself
        # a day named by its weekday alone after "zal" may be today ("zullen donderdag ... beantwoorden", said on
        # a Thursday); a weekday in the present tense on its own day is the text's day ("komt woensdag in het nauw")
        # and so is a weekday that opens the sentence ("Dinsdag wordt over de moties gestemd", told on a Tuesday)
        weekday = borrowed is not None and due is borrowed and (
            borrowed is first_day or bool(_FUTURE_THEN_DAY.search(text) or _IS_PART_OF_DAY.search(text))
        )
        # the Kamer's debate told in the present tense on the text's own day is to come that day ("De Tweede Kamer
        # debatteert alsnog donderdag met de minister", told on that Thursday; "debatteert vandaag"): a debate held
        # is told in the past tense. Not a vote, whose present tense on its day tells the outcome ("De Kamer stemt
        # dinsdag in met het plan")
        # and so is a debate or a vote whose clause schedules it in the present tense ("De hoofdelijke stemming vindt
        # dinsdag tegen het einde van de middag plaats", "De vraag komt vandaag aan bod in een ordedebat")
        today_debate = (kind_re is _KAMER_TREATS and bool(_DEBATES.search(m.group()))) or (
            kind_re in (_FOLLOWUP_DEBATE, _VOTES) and bool(_SCHEDULED_NOW.search(text)))
        dated = due is not None and due.resolution.due is not None and (
            due.resolution.due > ctx.ref or ((weekday or today_debate) and due.resolution.due == ctx.ref)
        )
        # "krijgt op woensdag 18 augustus een plenaire afronding": a named future day schedules it too
        unmarked = kind_re is _FOLLOWUP_DEBATE and not _FOLLOWUP_MARKER.search(text)
        if unmarked and ((past() and not _named_with_day(ctx, text, at, m, due)) or not dated or due is None
                         or due.resolution.precision != "day" or _apart(at, m, due) > 40):
            continue  # a debate with a day of its own, said next to it ("Op 7 november is het volgende mestdebat")
        introduced = kind_re is _TAKES_EFFECT and re.search(r"ingevoerd$|^invoering$", m.group(), _I)
        if introduced and (due is None or due.resolution.precision == "vague"):
            continue  # introduced "zo snel mogelijk", "binnenkort": a wish or a hope, no day to watch
        if kind_re in (_ANSWERS, _INTENT, _INBRENG, _TIME_UNTIL, _MUST) and (
            due is None or due.resolution.precision not in ("day", "week", "month")
        ):
            continue  # an answer or a plan is an event on its day, not "ooit"
        requested = (
            kind_re is _FOLLOWUP_DEBATE and _REQUESTED.search(text) and _REQUESTED_KIND.match(m.group(1) or "")
        )
        last = i
        if requested and due is None and i + 1 < len(ctx.sentences) and _REFERS_BACK.match(ctx.sentences[i + 1].text):
            # "Er is een tweeminutendebat aangevraagd ... Dat wordt volgende week ingepland."
            nxt = ctx.sentences[i + 1]
            later = nearest_deadline(ctx, nxt.start, nxt.start, nxt.start, nxt.end)
            if later is not None and later.resolution.due is not None:
                due, zone, last = later, (nxt.start, nxt.end), i + 1
                dated = True
        if not dated and not (requested and due is None):
            continue
        title = build(ctx, text, m, at)
        actors = [x.actor for x in mentions_in(ctx, *zone)] if zone[1] - zone[0] < len(ctx.sentences[i].text) else []
        actors = actors or sentence_actors(ctx, i, i)
        if not actors and _TOLD_BACK.match(text) and re.match(rf"^\S+\s+(?:\w+\s+)?{re.escape(m.group())}\b", text, _I):
            # "Timmermans heeft een hoofdelijke stemming aangevraagd. De hoofdelijke stemming vindt dinsdag plaats.":
            # the event told back by its article is the one a sentence just before named, with whoever it names
            back = [k for k in range(i - 1, max(-1, i - 3), -1) if m.group().lower() in ctx.sentences[k].text.lower()]
            actors = sentence_actors(ctx, back[0], back[0]) if back else []
        if not actors and kind_re is _DELIVERABLE and (told := _told_by_government(ctx, i)) is not None:
            actors = [told]  # "Schoof gaf aan dat ... Naar verwachting zal dit besluit over twee weken worden genomen."
        if not actors and kind_re is _DELIVERABLE and (maker := _maker_by_function(ctx, i)) is not None:
            actors = [maker]  # "... het eindrapport van stikstofbemiddelaar Remkes. Dat rapport is ... gepland."
        if not actors and kind_re is _KAMER_TREATS and _CABINET_ANSWERS.search(text):
            actors = cabinet_members(ctx)  # "... hervat met de reactie van het kabinet": who answers then
        conf = 0.7 if kind_re is not _DELIVERABLE else 0.6
        draft = Draft(
            "deadline",
            "upcoming",
            conf if due is not None else 0.55,
            i,
            last,
            (at + m.start(), at + m.end()),
            clause="",
            actors=actors,
            title=title,
            due_zone=zone,
        )
        if borrowed is not None and due is borrowed:
            draft.due_override = due.resolution  # the day came from the sentence before, or a weekday alone
        if kind_re is _VOTES and due is not None and (tuesday := _voting_day(due)) is not None:
            draft.due_override = tuesday
        if kind_re is _KAMER_TREATS and m.group().rstrip(".").endswith("verder"):
            # a heading: the next sentence tells what
            _with_next_on_same_day(ctx, draft, due)
        return draft
    return _aimed_at(ctx, i, text, at)


# The government's turn in a resumed debate: "met de reactie van het kabinet", "het antwoord van de regering"
_CABINET_ANSWERS = re.compile(
    r"\b(?:reactie|antwoord|antwoorden|beantwoording|termijn)\s+van\s+(?:het\s+kabinet|de\s+regering)\b", _I
)


# A day told bare, without a preposition, next to the verb it belongs to: "die 1 september van kracht wordt"
_BARE_DAY = re.compile(rf"\b\d{{1,2}}\s+(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?\b", _I)


def _bare_day(ctx: Context, text: str, at: int, m: re.Match[str]) -> FoundDeadline | None:
    """The day a law or measure takes effect or input is due, told bare in the clause of its word (a few words off)."""
    if ctx.ref == dt.date.min:
        return None
    for day in _BARE_DAY.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 90)):
        between = text[min(day.end(), m.end()) : max(day.start(), m.start())]
        if re.search(r"[,;:]", between):
            continue  # another clause's day
        res = resolve(day.group(), ctx.ref)
        if res.due is not None and res.due > ctx.ref:
            return FoundDeadline(at + day.start(), at + day.end(), day.group(), res)
    return None


def _voting_day(due: FoundDeadline) -> Resolution | None:
    """Votes "in de week van 3 december" are on that week's Tuesday, the Kamer's voting day."""
    res = due.resolution
    if res.due is None or res.precision != "week" or not re.search(r"\bweek\s+van\b", due.phrase, _I):
        return None
    tuesday = res.due - dt.timedelta(days=(res.due.weekday() - 1) % 7)
    return dataclasses.replace(res, due=tuesday, precision="day", estimated=True,
                               explanation=f"dinsdag (stemmingsdag) van {due.phrase.removeprefix('in ')}")


def _with_next_on_same_day(ctx: Context, draft: Draft, due: FoundDeadline | None) -> None:
    """ "Morgen om 11.00 uur verder. Rutte antwoordt de Kamer morgen in eerste termijn.": a heading saying the debate
    goes on takes along the next sentence that tells what happens on that day, and its people."""
    i = draft.last
    if due is None or i + 1 >= len(ctx.sentences):
        return
    nxt = ctx.sentences[i + 1]
    same = due.phrase.lower() in nxt.text.lower()  # "woensdag", "morgen": a day a phrase alone may not give
    if same or any(d.resolution.due == due.resolution.due for d in ctx.deadlines_in(nxt.start, nxt.end)):
        draft.last = i + 1
        draft.actors = list(dedupe_actors([*draft.actors, *sentence_actors(ctx, i + 1, i + 1)]))


def _own_clause(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The comma- or colon-bounded clause around a match, when the sentence has more than one."""
    start = max([0, *(k.end() for k in re.finditer(r"[,:;]", text[: m.start()]))])
    after = re.search(r"[,:;]", text[m.end():])
    end = m.end() + after.start() if after else len(text)
    return (start, end) if (start, end) != (0, len(text)) else None


def _told_as_past(
    ctx: Context, text: str, at: int, m: re.Match[str], expected: re.Match[str] | None, due: FoundDeadline | None
) -> bool:
    """Whether the clause that names the event tells it in the past. An expected deliverable has the tense of
    its own clause ("iedereen wachtte op het rapport, dat in december wordt verwacht"); a follow-up named with
    its day ("aangehouden voor een derde termijn van het debat op dinsdag 12 november") is to come whatever the
    main verb says, when that day is near."""
    if expected is not None:
        starts = [c.end() for c in _CLAUSE_START.finditer(text, 0, expected.start())]
        clause = text[starts[-1] if starts else 0 :]
        clause = clause[: next((c.start() for c in _CLAUSE_START.finditer(clause, 1)), len(clause))]
        return bool(_PAST_TENSE.search(clause))
    if _told_as_coming(ctx, due) or _planned_for_later(ctx, text, due):
        return False  # "Op 4 juni aanstaande heeft uw Kamer een overleg gepland": the perfect of a plan, a day to come
    text = _SAID_BY.sub("", text)  # '..., zei de voorzitter': who told it, in the past, not the event's tense
    if not _PAST_TENSE.search(_RELATIVE_ASIDE.sub(",", text)):
        return False  # "de brief, die donderdag werd verspreid, ...": the aside's tense is not the sentence's
    # held is over whatever day it names: "Het rondetafelgesprek heeft op 14 maart plaatsgevonden"
    return told_as_held(text) or not _named_with_day(ctx, text, at, m, due)


# Who told it, closing the sentence: '"...", zei voorzitter X.', ', aldus de minister.'
_SAID_BY = re.compile(
    r"[,\"”']\s*,?\s*(?:zei|zeiden|zegt|aldus|stelde|meldde|schreef|liet\s+\w+\s+weten)\b[^,;\"”]{0,50}$", _I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:die|dat|wat|waarin|waarop|waarmee|waarover)\s[^,;]*,", _I)


def _told_as_coming(ctx: Context, due: FoundDeadline | None) -> bool:
    """The event's day is called coming: "op 4 juni aanstaande", "van 24 en 25 juni a.s.", a day after the text's."""
    if due is None or due.resolution.due is None or due.resolution.due <= ctx.ref:
        return False
    return bool(_COMING.search(due.phrase) or _COMING_AFTER.match(ctx.clean.text, due.end))


def _planned_for_later(ctx: Context, text: str, due: FoundDeadline | None) -> bool:
    """The clause's past is the planning of an event on a later day: "De commissie heeft op 12 mei een
    rondetafelgesprek gepland", "Het debat is geagendeerd voor dinsdag 4 juni"."""
    if due is None or due.resolution.due is None or due.resolution.due <= ctx.ref:
        return False
    if due.resolution.precision != "day" or told_as_held(text):
        return False
    return bool(_PLANNED.search(text)) and not _PAST_OTHER.search(_PLANNED.sub(" ", text))


_COMING_AFTER = re.compile(r"\s*(?:a\.s\.|aanstaande\b)", _I)
# the perfect of planning: what it plans is still to come
_PLANNED = re.compile(r"\b(?:heeft|hebben|is|zijn)\b[^.;]{0,80}?\b(?:in)?gepland|\bgeagendeerd\b", _I)
# ... unless another verb of the clause tells the past: "De commissie heeft het debat gepland en was ..."
_PAST_OTHER = re.compile(
    r"\b(?:was|waren|werd|werden|had|hadden)\b|\b(?:heeft|hebben)\b[^.;]{0,80}?\bge\w+(?:d|t|en)\b", _I)


def _named_with_day(ctx: Context, text: str, at: int, m: re.Match[str], due: FoundDeadline | None) -> bool:
    """The event's noun has its day right after it ("het debat op dinsdag 12 november"), a day soon to come."""
    if due is None or due.resolution.due is None or due.resolution.precision != "day":
        return False
    gap = due.start - (at + m.end())
    return 0 <= gap <= 40 and 0 < (due.resolution.due - ctx.ref).days <= _SOON_DAYS


def _apart(at: int, m: re.Match[str], due: FoundDeadline | None) -> int:
    """How many characters lie between the event's noun and its day."""
    if due is None:
        return 0
    return max(due.start - (at + m.end()), (at + m.start()) - due.end, 0)


def _government_before(ctx: Context, text: str, at: int, end: int) -> bool:
    """Whether the government is the subject before `end`: "De minister", "Ministers X en Y", "het kabinet"."""
    if GOVERNMENT_WORD.search(text, 0, end):
        return True
    return any(x.actor.role in ("minister", "state_secretary") for x in mentions_in(ctx, at, at + end))


# The Kamer's debate as its verb (not its vote): "debatteert", "bespreekt", "behandelt"
_DEBATES = re.compile(
    r"\b(?:debatteert|debatteren|vergadert|vergaderen|bespreekt|bespreken|behandelt|behandelen)\b", _I
)
# A sentence opening with the definite article or a pointing word: what it names was named before
_TOLD_BACK = re.compile(r"^(?:De|Het|Die|Deze|Dit|Dat)\s")
# Scheduled, told in the present tense: "vindt ... plaats", "wordt ... gehouden", "staat gepland", "komt ... aan bod"
_SCHEDULED_NOW = re.compile(
    r"\b(?:vindt|vinden)\b[^.;]{0,60}?\bplaats\b|\b(?:wordt|worden)\b[^.;]{0,60}?\b(?:gehouden|gevoerd)\b"
    r"|\b(?:staat|staan)\s+(?:\w+\s+){0,3}?(?:gepland|geagendeerd)\b|\b(?:komt|komen)\b[^.;]{0,60}?\baan\s+bod\b",
    _I,
)
# An adverb between the verb and its day: "debatteert alsnog donderdag", "stemt de Kamer toch dinsdag"
_STILL = r"(?:alsnog|toch|nog|ook|opnieuw|weer|dan|eerst)"
# A weekday right after the finite verb is the coming one: "zullen donderdag de vragen beantwoorden",
# "stemt de Kamer dinsdag over", "wordt woensdag voortgezet".
_VERB_THEN_DAY = re.compile(
    rf"\b(?:zal|zullen|wordt|worden|gaat|gaan|komt|komen|vindt|vinden|staat|staan|stemt|stemmen|debatteert|debatteren"
    rf"|vergadert|vergaderen"
    rf"|beantwoordt|beantwoorden|reageert|reageren|behandelt|bespreekt|volgt|volgen|wil|willen|moet|moeten)\s+"
    rf"(?:(?:de\s+)?(?:Eerste\s+|Tweede\s+)?Kamer\s+|het\s+kabinet\s+|de\s+minister\s+|er\s+|al\s+|pas\s+|het\s+"
    rf"|{_STILL}\s+){{0,2}}"
    rf"(?:a\.s\.\s+|aanstaande\s+|komende\s+)?({'|'.join(WEEKDAYS)})(?:middag|avond|ochtend)?\b(?!\s+\d)"
    # the day before the act's infinitive: "het verzoek om hier dinsdag over te stemmen", "om donderdag te debatteren"
    rf"|\b({'|'.join(WEEKDAYS)})(?:middag|avond|ochtend)?\s+(?:(?:er|hier|daar)?over\s+|\w+\s+){{0,2}}?te\s+"
    rf"(?:stemmen|debatteren|behandelen|bespreken|vergaderen)\b",
    _I,
)


# "De gewone stemming is donderdagavond.": that evening, today when said on a Thursday
_IS_PART_OF_DAY = re.compile(
    rf"\b(?:is|zijn)\s+(?:pas\s+|al\s+|nu\s+)?({'|'.join(WEEKDAYS)})(?:middag|avond)\s*(?:[.;]|$)", _I
)


def _part_of_day(ctx: Context, text: str, at: int) -> FoundDeadline | None:
    m = _IS_PART_OF_DAY.search(text)
    if m is None or ctx.ref == dt.date.min:
        return None
    res = resolve(m.group(1).lower(), ctx.ref)
    return FoundDeadline(at + m.start(1), at + m.end(1), m.group(1), res) if res.due is not None else None


_FUTURE_THEN_DAY = re.compile(rf"\b(?:zal|zullen|gaat|gaan|moet|moeten)\s+(?:\w+\s+)?(?:{'|'.join(WEEKDAYS)})\b", _I)


def _day_after_verb(ctx: Context, text: str, at: int) -> FoundDeadline | None:
    m = _VERB_THEN_DAY.search(text)
    if m is None or ctx.ref == dt.date.min:
        return None
    g = 1 if m.group(1) else 2
    res = resolve(m.group(g).lower(), ctx.ref)
    return FoundDeadline(at + m.start(g), at + m.end(), m.group(g), res) if res.due is not None else None


def _aimed_at(ctx: Context, i: int, text: str, at: int) -> Draft | None:
    """ "Het wetgevingsoverleg is nog niet ingepland. De griffie mikt op donderdag 10 december.": the event the
    sentence before names, on this sentence's day."""
    aim = _AIMS_AT.search(text)
    if aim is None or i == 0 or _PAST_TENSE.search(text):
        return None
    due = nearest_deadline(ctx, at + aim.end(), at + aim.end(), at, at + len(text))
    if due is None or due.resolution.due is None or due.resolution.due <= ctx.ref or due.start < at + aim.start():
        return None
    prev = ctx.sentences[i - 1]
    named = _FOLLOWUP_DEBATE.search(prev.text) or _VOTES.search(prev.text)
    if named is None:
        return None
    title = _votes_title(ctx, prev.text, named, prev.start) if _VOTES.fullmatch(named.group()) else _followup_title(
        ctx, prev.text, named, prev.start
    )
    draft = Draft("deadline", "upcoming", 0.65, i - 1, i, (at + aim.start(), at + aim.end()), title=title,
                  actors=sentence_actors(ctx, i - 1, i), due_zone=(at, at + len(text)))
    return draft


# A motion's consideration naming a hard term someone is bound to: "overwegende dat de regering de Europese Commissie
# uiterlijk 1 augustus moet informeren over de nationale invulling"
_CONSIDERING = re.compile(r"(?:^|[;,]\s*)((?:overwegende|constaterende|van\s+mening)\s*,?\s+dat\b[^;]*)", _I)
_HARD_TERM = re.compile(r"\buiterlijk\b", _I)


def considered_terms(ctx: Context, i: int) -> list[Draft]:
    """The term a motion's consideration says must be met, an event of its own beside the motion (whose dictum
    gives the motion's due)."""
    s = ctx.sentences[i]
    if "uiterlijk" not in s.text.lower():
        return []
    out: list[Draft] = []
    for m in _CONSIDERING.finditer(s.text):
        clause = m.group(1)
        if _HARD_TERM.search(clause) and _MUST.search(clause):
            draft = _clause_event(ctx, i, clause, s.start + m.start(1))
            out.extend([draft] if draft is not None and draft.kind == "deadline" else [])
    return out


# The chair proposes a day to vote: "Voorts stel ik voor, donderdag a.s. te stemmen over de aangehouden motie-X (…)"
_PROPOSED_VOTE = re.compile(
    r"\b(?:stel(?:t|len)?\s+(?:ik|wij|we|de\s+voorzitter)?\s*voor|wordt\s+voorgesteld)\s*,?\s*(?P<when>[^,;]{2,60}?)"
    r"\s+(?:ook\s+|nog\s+|alsnog\s+)?te\s+stemmen\s+over\s+(?P<what>[^.;]{3,120}?)(?=\s+en\s+|\s*[(.;]|$)",
    _I,
)


def proposed_votes(ctx: Context, i: int) -> list[Draft]:
    """A vote the chair proposes on a day ("hedenmiddag", "donderdag a.s."), also in a sentence the motion rules
    read (it names the motion voted on): the vote is an event of its own, on the first day proposed."""
    s = ctx.sentences[i]
    m = _PROPOSED_VOTE.search(s.text) if "stemmen" in s.text else None
    if m is None:
        return []
    due = nearest_deadline(ctx, s.start + m.start("when"), s.start + m.end("when"), s.start + m.start("when"),
                           s.start + m.end("when"))
    if due is None or due.resolution.due is None or due.resolution.due < ctx.ref:
        return []
    what = re.sub(r"^(?:de|het)\s+", "", m.group("what").strip())
    return [Draft("deadline", "upcoming", 0.7, i, i, (s.start + m.start(), s.start + m.end()),
                  title=fit(f"Stemming over {what}"), actors=sentence_actors(ctx, i, i),
                  due_zone=(s.start + m.start("when"), s.start + m.end("when")))]


# "voor" that belongs to "voorstellen", not to the date: "Ik stel voor dinsdag 19 november ook te stemmen"
_PROPOSE_BEFORE = re.compile(r"\bstel(?:t|len)?\s*,?\s*$", _I)


def _proposed_before(text: str, at: int) -> bool:
    """Whether "stel(t/len) (,)" ends right before `at`. Searched only from the word before the spaces and
    the comma (searching from the start of the text took a pass over all of it for every phrase)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and text[k - 1] == ",":
        k -= 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return _PROPOSE_BEFORE.search(text, max(0, k - len("stellen")), at) is not None


# A date the deadline phrases may not read, told as coming: "van oktober a.s.", "van 24 en 25 juni a.s." (its first day)
_COMING_DATE = re.compile(
    # (a month alone after a preposition: "op achttien april aanstaande" names a day the digits do not tell)
    rf"(?:\b(?P<d>(?P<day>\d{{1,2}})(?:\s*(?:,|en|t/m|tot\s+en\s+met)\s*\d{{1,2}})*\s+(?P<month>{'|'.join(MONTHS)}))"
    rf"|(?:(?<=\bvan\s)|(?<=\bin\s))(?P<m2>{'|'.join(MONTHS)}))"
    r"\s+(?:a\.s\.|aanstaande\b)", _I)


_DAY_LEAD = re.compile(r"(?:\b(?:op|van|per|in)\s+)?(?:\d{1,2}\s*(?:,|en)\s*)*$", _I)


def _coming_dates(ctx: Context, at: int, text: str) -> list[FoundDeadline]:
    out = []
    for m in _COMING_DATE.finditer(text):
        whole = "d" if m.group("d") else "m2"
        phrase = f"{m.group('day')} {m.group('month')}" if m.group("day") else f"eind {m.group('m2')}"
        res = resolve(phrase, ctx.ref)
        if res.due is not None:
            out.append(FoundDeadline(at + m.start(whole), at + m.end(whole), m.group(whole), res))
    return out


def _planned_day(ctx: Context, text: str, due: FoundDeadline) -> FoundDeadline | None:
    """ "Voor dinsdag 19 januari a.s. is een debat ingepland", "Het overleg is gepland voor 4 juni": what is planned
    "voor" a day is planned on it, not before it."""
    if not re.match(r"v[oó]{1,2}r\s", due.phrase, _I) or not _SCHEDULED_FOR.search(text):
        return None
    res = resolve(re.sub(r"^v[oó]{1,2}r\s+", "", due.phrase, flags=_I), ctx.ref)
    return FoundDeadline(due.start, due.end, due.phrase, res) if res.due is not None else None


_SCHEDULED_FOR = re.compile(r"\b(?:in)?gepland\b|\bgeagendeerd\b|\bop\s+de\s+agenda\b", _I)


def _proposed_day(ctx: Context, due: FoundDeadline) -> FoundDeadline | None:
    if not re.match(r"v[oó]{1,2}r\s", due.phrase, _I) or not _proposed_before(ctx.clean.text, due.start):
        return None
    res = resolve(re.sub(r"^v[oó]{1,2}r\s+", "", due.phrase, flags=_I), ctx.ref)
    return FoundDeadline(due.start, due.end, due.phrase, res) if res.due is not None else None


# A debate's own date right after its name: "het commissiedebat van 17 november 2022", "het AO op 12 december"
_OWN_DATE = re.compile(
    rf"\s+(?:van|op)\s+(?P<d>(?:(?:{'|'.join(WEEKDAYS)})\s+)?\d{{1,2}}\s+(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?)\b", _I
)


def _own_date(ctx: Context, text: str, at: int, m: re.Match[str]) -> FoundDeadline | None:
    own = _OWN_DATE.match(text, m.end())
    if own is None or ctx.ref == dt.date.min:
        return None
    res = resolve(own.group("d"), ctx.ref)
    if res.due is None or res.due <= ctx.ref:
        return None
    return FoundDeadline(at + own.start("d"), at + own.end("d"), own.group("d"), res)


def _day_first(ctx: Context, i: int, text: str) -> FoundDeadline | None:
    """ "Dinsdag wordt over de moties gestemd": the coming Tuesday."""
    m = _DAY_FIRST.match(text)
    if m is None or ctx.ref == dt.date.min:
        return None
    res = resolve(m.group(1).lower(), ctx.ref)
    s = ctx.sentences[i]
    return FoundDeadline(s.start + m.start(), s.start + m.end(), m.group(), res) if res.due is not None else None


# A sentence that schedules what the one before named: "Dat wordt volgende week ingepland."
_REFERS_BACK = re.compile(
    r"^(?:Dat|Dit|Het|Die|Deze)(?:\s+(?:debat|tweeminutendebat|overleg))?\s+(?:wordt|zal|is|komt|vindt)\b[^.?]*?"
    r"\b(?:ingepland|gepland|gehouden|geagendeerd|plaatsvinden|plaats|worden\s+gehouden)\b[^?]*$",
    _I,
)


_TREATED = re.compile(
    r"\s+van\s+(?:de\s+|het\s+)?(?P<x>[^,.;()]{3,60}?)(?=\s+(?:in|door|is|wordt|staat|op|vindt)\b|[,.;(]|$)"
)


def _followup_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    word = m.group(1)
    label = word[:1].upper() + word[1:] if not word.isupper() else word
    of = _TREATED.match(sentence[m.end() :]) if word.lower() == "behandeling" else None
    if of:
        return fit(f"Behandeling {of.group('x')}")  # "De behandeling van het wetsvoorstel ... is gepland op ..."
    if word.lower() == "debat":
        label = "Vervolgdebat"
    if subject := meeting_subject(sentence[m.end() :]):
        return fit(f"{label} {subject}")  # "het commissiedebat circulaire economie op 16 april"
    title = ctx.debate.title
    if title and title.lower() not in label.lower():
        return f"{label} {title}"
    # "een notaoverleg ... over de jeugdzorg", "van de vaste commissie VWS": what or whose it is
    about = re.search(r"\bover\s+(?:de\s+|het\s+)?(?P<x>[^,.;()]{3,60}?)(?=\s+(?:met|op|van|in)\b|[,.;(]|$)",
                      sentence[m.end() :])
    if about:
        return f"{label} over {about.group('x')}"
    committee = re.search(r"\bcommissie\s+(?:voor\s+)?(?P<x>[A-Z][\w&-]*(?:\s+(?:en\s+)?[A-Z][\w&-]*)*)", sentence)
    return f"{label} commissie {committee.group('x')}" if committee else label


def _until_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    """ "Het parlement heeft tot 17 november de tijd om daarop te reageren" → "Reactietermijn parlement"."""
    rest = strip_dates(ctx, sentence)
    todo = re.search(r"\bom\s+(?P<x>[^,;]+?)\s+te\s+(?P<v>\w+)\b", rest, _I)
    subject = re.match(
        r"^\s*(?:(?:de|het|een)\s+)?(?P<s>[^,;]{2,60}?)\s+(?:heeft|hebben|krijgt|krijgen|loopt|staat|is|kan|kunnen|termijn|ligt"
        r"|liggen)\b",
        rest,
        _I,
    )
    who = subject.group("s").strip() if subject else ""
    # "De deadline voor het aanleveren van input": the term for what
    who = re.sub(r"^(?:deadline|uiterste\s+datum)\s+(?:voor\s+)?(?:het\s+|de\s+)?", "", who, flags=_I)
    who = who[:1].lower() + who[1:] if who[:1].isupper() and not who[1:2].isupper() else who
    if todo:
        what = re.sub(r"^(?:daar|hier|er)\w*\s*", "", todo.group("x").strip(), flags=_I)
        verb = todo.group("v")
        title = f"Termijn {who}: {what} {verb}" if who else f"Termijn: {what} {verb}"
        return fit(re.sub(r":\s+", ": ", re.sub(r"\s+", " ", title)).replace(":  ", ": "))
    consulted = re.search(r"\bconsultatie\b", sentence, _I) and "consultatie" not in who.lower()
    head = "Consultatie" if consulted else "Termijn"
    return fit(f"{head} {who}" if who else head)


def _inbreng_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    """ "De leden van de vaste commissie zullen uiterlijk op 22 juli hun vragen inbrengen" → "Inbreng vragen
    commissie"."""
    kind = re.search(r"\b(schriftelijk\s+overleg|verslag|nota\s+naar\s+aanleiding\s+van\s+het\s+verslag|"
                     r"feitelijke\s+vragen|voorlopig\s+verslag)\b", sentence, _I)
    committee = re.search(r"\bcommissie\s+(?:voor\s+)?(?P<x>[A-Z][\w&-]*(?:\s+(?:en\s+)?[A-Z][\w&-]*)*)", sentence)
    title = "Inbreng " + (kind.group(1) if kind else "vragen")
    return fit(title + (f" commissie {committee.group('x')}" if committee else ""))


def _must_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    """ "Premier X moet vrijdag nog duidelijk maken of de brief een besluit is" → "X: duidelijk maken of de brief een
    besluit is"."""
    holders = ("minister", "state_secretary")
    names = [x.actor.name for x in mentions_in(ctx, at, at + m.start()) if x.actor.role in holders]
    rest = strip_dates(ctx, sentence[m.end() :])
    rest = re.sub(rf"^\s*(?:(?:{'|'.join(WEEKDAYS)})\w*\s+)?(?:nog|ook|eerst|wel)?\s*", "", rest, flags=_I)
    rest = re.split(r"[,;]\s", rest, maxsplit=1)[0].strip(" .")
    return fit(f"{' en '.join(dict.fromkeys(names))}: {rest}" if names else rest)


def _answers_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    """ "Ministers X en Y zullen donderdag de vragen van de Kamer beantwoorden" → "Beantwoording vragen door X en Y"."""
    holders = ("minister", "state_secretary")
    names = [x.actor.name for x in mentions_in(ctx, at, at + m.start()) if x.actor.role in holders]
    by = " en ".join(dict.fromkeys(names)) if names else "de regering"
    about = re.search(r"\b(?:de\s+)?(vragen\s+van\s+[^,.;]{3,40}?)(?=\s+(?:beantwoord|antwoord)|[,.;]|$)", sentence, _I)
    return fit(f"Beantwoording {about.group(1)} door {by}" if about else f"Reactie van {by} in het debat")


def _intent_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    """ "Defensie is gereed om op 16 november de offerteaanvraag naar de werven te sturen" → "Offerteaanvraag naar de
    werven sturen"."""
    rest = strip_dates(ctx, sentence[m.end() :])
    plan = re.match(r"\s*(?:om\s+)?(?:op|per|in|voor|vanaf)?\s*(?P<x>.+?)\s+te\s+(?P<v>\w+)\b", rest, _I)
    if not plan:
        return fit(sentence)
    what = re.sub(r"^(?:de|het|een)\s+", "", " ".join(plan.group("x").split()), flags=_I)
    return fit(f"{what} {plan.group('v')}")


# the thing a vote is held on, as the subject of "in stemming gebracht" (u15: "Stemmingen over moties Milieuraad" for
# a regulation put to the vote in a European council)
_PUT_TO_VOTE = re.compile(r"\b(?:de|het)\s+(?P<x>(?:(?!(?:de|het|dat|die)\s)[^\s,.;]+\s+){0,5}?[^\s,.;]+)\s+"
                          r"(?:(?:morgen|dinsdag|vandaag|ook|pas|nog|dan)\s+)?in\s+stemming\s+(?:wordt|worden|werd|werden|is|zijn|komt|komen|gaat"
                          r"|gaan)\b", _I)


def _votes_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    about = re.search(r"\bover\s+(?:de\s+|het\s+)?(?P<x>[^,.;]{3,60})", sentence[m.start() :]) or re.match(
        # told first: "Over de amendementen en de begroting zelf wordt in de week van 3 december gestemd"
        r"^\s*Over\s+(?:de\s+|het\s+)?(?P<x>[^,.;]{3,60}?)\s+(?:wordt|worden|zal|zullen|stemt|stemmen)\b", sentence)
    if about and not re.match(r"(?:ingediende\s+|aangehouden\s+)?moties?\b", about.group("x"), _I):
        # "De Eerste Kamer stemt op 15 december over het wetsvoorstel": the vote on that, not on motions
        return fit(f"Stemming over {strip_dates(ctx, about.group('x')).strip()}")
    # what is put to the vote: "dat de Natuurherstelverordening in stemming wordt gebracht tijdens de Milieuraad"
    put = _PUT_TO_VOTE.search(sentence)
    if put and not re.match(r"(?:ingediende\s+|aangehouden\s+)?moties?\b", put.group("x"), _I):
        return fit(f"Stemming over {strip_dates(ctx, put.group('x')).strip()}")
    title = ctx.debate.title
    return f"Stemmingen over moties {title}" if title else "Stemmingen over de moties"


def _effect_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    if m.group().lower() == "invoering":  # "de invoering van een nieuw zorgstelsel, per 1 januari": what is introduced
        what = re.match(r"\s+(?:van\s+)?(?:(?:een|de|het)\s+)?(?P<x>[^,.;()]{3,80}?)(?=\s+(?:per|op|in|vanaf|over|na|"
                        r"voor|met|is|wordt|zal|gaat)\b|[,.;(]|$)", sentence[m.end() :])
        return fit("Invoering " + strip_dates(ctx, what["x"]).strip()) if what else "Invoering"
    subject = sentence[: m.start()]
    first = re.match(r"^(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it|[Dd]at)\s+(?P<x>[^,.;]{3,60}?)\s+(?:zal|zullen|wordt|worden)\b",
                     sentence)
    if first and m.group().lower().endswith("ingevoerd"):
        subject = first["x"]  # "Dit systeem zal in de loop van 2008 worden ingevoerd": what opens the sentence
    cut = re.search(r"(?:^|\b)((?:[Dd]e|[Hh]et|[Dd]eze)\s+.*|(?:Wet|Regeling|Besluit|Wijziging)\b.*)$", subject)
    subject = (cut.group(1) if cut else subject).strip(" ,")
    subject = re.sub(r",\s*(?:die|dat)\b.*$", "", subject)  # "de voermaatregel, die 1 september": the measure
    subject = re.sub(r"^(?:[Dd]e|[Hh]et|[Dd]eze)\s+", "", subject)
    subject = " ".join(x for x in strip_dates(ctx, subject).split())
    if subject.lower() in ("wet", "regeling", "besluit", "wijziging", "ik ben voornemens wet", ""):
        # "Ik ben voornemens de wet per 1 juli in werking te laten treden": the law named before
        before = ctx.clean.text[max(0, at - 3000) : at]
        named = list(_LAW_NAME.finditer(before))
        subject = named[-1].group().strip() if named else subject
    head = "Invoering" if m.group().lower().endswith("ingevoerd") else "Inwerkingtreding"
    if head == "Invoering":  # "Het model wordt over drie jaar ingevoerd": the subject, before its verb
        subject = re.sub(r"\s+(?:wordt|worden)\b.*$", "", subject)
    return fit(f"{head} {subject}") if subject else head


_LAW_NAME = re.compile(
    r"\b(?:Wet|Besluit|Regeling)\s+[a-z][^,.;()\n]{2,60}?(?=\s+(?:is|wordt|treedt|gaat|zal)\b|[,.;(])"
)


def _treats_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    # the senaat is the Eerste Kamer
    chamber = re.search(r"\b(Eerste|Tweede)\s+Kamer\b", re.sub(r"\b[Ss]enaat\b", "Eerste Kamer", sentence))
    if re.search(r"(?:geïnstalleerd|beëdigd|ingezworen)$", m.group()):
        # "de nieuwe Tweede Kamer, die op 31 maart wordt geïnstalleerd", "Het kabinet wordt maandag beëdigd"
        head = sentence[: m.end()]
        relative = re.search(r",\s*(?:die|dat)\b[^,]*$", head)
        named = (
            re.search(r"\b(?:de|het)\s+(?P<x>[^,.;]{3,50})$", head[: relative.start()], _I)
            if relative
            else re.match(r"^\s*(?:de|het)\s+(?P<x>[^,.;]{3,50}?)\s+(?:wordt|worden|zal|zullen)\b", head, _I)
        )
        what = named.group("x").strip() if named else ""
        return fit(f"Installatie {what}" if what else "Installatie")
    if re.search(r"(?:behandeld|besproken)$", m.group()):
        subject = re.match(r"^\s*(?:de|het)\s+(?P<x>[^,.;]{3,60}?)\s+(?:wordt|worden)\b", sentence, _I)
        return fit(f"Behandeling {subject.group('x')}" if subject else "Behandeling in de Kamer")
    if re.search(r"(?:tand\s+voelen|verantwoording\s+roepen|bevragen|debatteren)$|\bdebatteert\b", m.group()):
        about = re.search(r"\bover\s+(?:de\s+|het\s+)?(?P<x>[^,.;]{3,60})", sentence[m.end() :])
        head = f"Debat in de {chamber.group()}" if chamber else "Debat in de Kamer"
        return fit(f"{head} over {strip_dates(ctx, about.group('x')).strip()}" if about else head)
    if re.search(r"reces$", m.group()):
        purpose = re.search(r"\breces\w*\s+(?:voor|om)\s+(?P<x>[^,.;]{3,80})", sentence)
        head = f"{chamber.group()} terug van reces" if chamber else "Kamer terug van reces"
        return fit(f"{head}: {strip_dates(ctx, purpose.group('x')).strip()}" if purpose else head)
    if re.search(r"\bbijeen\b", m.group()):
        # "De Tweede Kamer komt op dinsdag 6 september bijeen voor de eerste plenaire vergadering na het reces"
        purpose = re.search(r"\bbijeen\s+(?:voor|om)\s+(?P<x>[^,.;]{3,80})", sentence)
        head = f"Vergadering {chamber.group()}" if chamber else "Vergadering Kamer"
        return fit(f"{head}: {strip_dates(ctx, purpose.group('x')).strip()}" if purpose else head)
    if re.search(r"\bverder\b|\b(?:hervat|voortgezet|tot)\W*$", m.group()):
        what = re.search(r"\b(?:(?:Algemene|Politieke|Financiële)\s+)*Beschouwingen\b", sentence)
        title = what.group() if what else ctx.debate.title
        return fit(f"Voortzetting debat {title}") if title else "Voortzetting debat"
    if m.group().endswith("woord"):
        who = re.search(r"\b(?:komt|komen)\s+(?P<x>.*?)\s*aan\s+het\s+woord$", m.group())
        head = f"Debat in de {chamber.group()}" if chamber else "Debat"
        return fit(f"{head}: {who.group('x')} aan het woord") if who and who.group("x") else head
    head = f"Behandeling in de {chamber.group()}" if chamber else "Behandeling in de Kamer"
    # what is treated: the object after the verb and the Kamer ("behandelt de Eerste Kamer het plan")
    obj = re.search(r"\b(?:behandelt|bespreekt|debatteert\s+over|stemt\s+over|beslist\s+over)\s+"
                    r"(?:de\s+(?:(?:Eerste|Tweede)\s+)?Kamer\s+)?(?P<x>[^,.;]{3,80})", sentence)
    what = strip_dates(ctx, obj.group("x")).strip() if obj else ctx.debate.title
    what = re.sub(r"^(?:de|het|een)\s+", "", what or "").strip()
    return fit(f"{head}: {what}") if what else head


def _expected_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    """What the Kamer expects: "de brief van het kabinet", "eventuele correcties en een prognose"."""
    rest = strip_dates(ctx, sentence[m.end() :] if "graag" in m.group() else sentence[m.start() :])
    rest = re.sub(r"^.*?\bverwacht\s+", "", rest, flags=_I)
    rest = re.sub(r"\s+te\s+(?:ontvangen|krijgen|vernemen)\b.*$", "", rest, flags=_I)
    rest = re.sub(r"^(?:\s*(?:de|het|een|eventuele)\s+)", "", rest.strip(" ,."), flags=_I)
    what = re.split(r"[,;]|\s+(?:van|over)\s+de\s+termijnen\b", rest, maxsplit=1)[0].strip()
    return fit(f"Verwacht door de Kamer: {what}") if what else "Verwacht door de Kamer"


def _report_title(ctx: Context, sentence: str, m: re.Match[str], at: int) -> str:
    noun = m.group(1).lower()
    rest = sentence[m.end() :]
    # the whole noun phrase: "de Klimaat- en Energieverkenning en de Klimaatnota"
    phrase = re.search(rf"(?:\b(?:de|het|een|een\s+nieuw\w*)\s+)((?:[\w-]+\s+en\s+)?{re.escape(m.group(1))}"
                       r"(?:\s+en\s+(?:de|het)\s+[\w-]+)?)", sentence)
    if phrase and phrase.group(1).lower() != noun:
        return fit(re.sub(r"\s+en\s+(?:de|het)\s+", " en ", phrase.group(1)) + " verwacht")
    # "een plan van aanpak (klaar) hebben inzake X": what it must have is about X
    rest = re.sub(r"^(\s+(?:van|voor)\s+\w+)?\s+(?:(?:klaar|gereed|ingediend|opgesteld)\s+)?hebben\b", r"\1", rest,
                  flags=_I)
    # what it is of, up to its verb or clause; else its first 60 characters, ending with a whole word (u14: "in het
    # digita verwacht")
    of = re.match(r"\s*((?:van|over|naar|inzake)\s+[^,.;]{3,80}?)(?=\s+(?:wordt|worden|is|zijn|komt|komen|volgt|volgen"
                  r"|verschijnt|verschijnen|zal|zullen|moet|moeten|gaat|gaan)\b|[,.;]|$)", rest) or re.match(
        r"\s*((?:van|over|naar|inzake)\s+[^,.;]{3,60})(?![\w-])", rest)
    orgs = [x.actor.name for x in ctx.mentions_between(at, at + len(sentence)) if x.actor.role == "organisation"]
    title = noun[:1].upper() + noun[1:]
    if of:
        title += " " + of.group(1)
    elif orgs:
        title += " " + orgs[0]
    before = re.search(r"\b(?:onderzoek|rapport) van (?:de |het )?([A-Z][\w ]{2,60}?)(?=,|\s+die\b|\s+dat\b)", sentence)
    if before and before.group(1) not in title:
        title += f" ({before.group(1)})"
    return fit(title + " verwacht")


# A budget document as a moment: "in de Voorjaarsnota", "bij de Najaarsnota", "rond Prinsjesdag"
_AS_MOMENT = re.compile(r"\b(?:in|bij|tijdens|rond|na|met|op)\s+(?:de\s+|het\s+)?(?:\w+\s+)?$", _I)


# A budget moment something is to happen at, not one the text describes ("In de Voorjaarsnota zijn de cijfers
# verwerkt"): a verb that looks ahead
_TO_COME = re.compile(
    r"\b(?:zal|zullen|wordt|worden|komt|komen|volgt|volgen|gaat|gaan|moet|moeten|verwacht\w*|wil|willen|vraagt|vragen"
    r"|verzoekt|dringen|dringt|pleit\w*|toe\w*|regelen|oplossen|opnemen|terug\w*)\b",
    _I,
)


def budget_drafts(ctx: Context, drafts: list[Draft], lead_end: int) -> list[Draft]:
    """One deadline per budget moment the text relies on ("in de Voorjaarsnota")."""
    out: list[Draft] = []
    seen: set[str] = set()
    if ctx.ref == dt.date.min:
        return out
    for i, s in enumerate(ctx.sentences):
        if s.end <= lead_end:
            continue
        for m in _BUDGET.finditer(s.text):
            if not _AS_MOMENT.search(s.text, 0, m.start()) or not _TO_COME.search(s.text):
                continue  # "het koffertje voor de Miljoenennota" names the document, not a moment
            word = m.group(1).capitalize()
            at = s.start + m.start()
            dates_other = any(d.first <= i <= d.last and d.kind != "deadline" for d in drafts) and any(
                x.start <= at < x.end for x in ctx.deadlines_in(s.start, s.end)
            )
            if word in seen or dates_other:
                continue  # "voor Prinsjesdag informeren": the date of that promise, not an event of its own
            res = resolve(f"bij de {word}" if word != "Prinsjesdag" else "op Prinsjesdag", ctx.ref)
            if res.due is None or res.due <= ctx.ref:
                continue
            seen.add(word)
            draft = Draft(
                "deadline",
                "upcoming",
                0.45,
                i,
                i,
                (s.start + m.start(), s.start + m.end()),
                title=f"{word} {res.due.year}",
            )
            draft.due_zone = (s.start + m.start(), s.start + m.end())
            draft.due_override = res
            out.append(draft)
    return out


# Asked only about sentences with one of their words in them (quick.py: the same answers, sooner).
(
    _BUDGET, _KAMER_DEMANDS, _GOAL_FRAME, _KAMER_DECIDES_LETTER, _DEMANDS, _ASK_LETTER, _IS_PART_OF_DAY, _GOAL_DONE,
    _TASKED,
) = map(
    quick,
    (
        _BUDGET, _KAMER_DEMANDS, _GOAL_FRAME, _KAMER_DECIDES_LETTER, _DEMANDS, _ASK_LETTER, _IS_PART_OF_DAY,
        _GOAL_DONE, _TASKED,
    ),
)
