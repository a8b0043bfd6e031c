"""Tasks: the reader's own follow-ups a text records, with who does them ("Sanne stuurt uiterlijk vrijdag
4 december een notitie aan de woordvoerders", "Actie: Pieter belt de griffie voor 1 maart", "Wij sturen
de Kamer voor het commissiedebat een brief").

A task is an action with a date by someone of the reader's side: a person named by first name only (the
Kamer and the government are named by surname and title), "wij"/"we" in a text that is not a letter of the
government, or an "Actie:" line.
"""

from __future__ import annotations

import datetime as dt
import re

from kamertaak.core.deadlines import Resolution, resolve
from kamertaak.core.dutch import WEEKDAYS
from kamertaak.core.extract.due import nearest_deadline
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.quick import quick

_I = re.IGNORECASE

# The actions a lobby team writes down, as the finite verb after its subject.
_ACTION = (
    r"(?:stuurt|sturen|maakt|maken|belt|bellen|mailt|mailen|schrijft|schrijven|plant|plannen|regelt|regelen|"
    r"bereidt|bereiden|zorgt|zorgen|neemt|nemen|checkt|checken|controleert|controleren|levert|leveren|deelt|"
    r"delen|overlegt|overleggen|agendeert|agenderen|zet|zetten|legt|leggen|vraagt|vragen|benadert|benaderen|"
    r"spreekt|spreken|organiseert|organiseren|stelt|stellen|werkt|werken|verstuurt|versturen|brengt|brengen)"
)
_INFINITIVE = {
    "stuurt": "sturen", "maakt": "maken", "belt": "bellen", "mailt": "mailen", "schrijft": "schrijven",
    "plant": "plannen", "regelt": "regelen", "zorgt": "zorgen", "neemt": "nemen", "checkt": "checken",
    "controleert": "controleren", "levert": "leveren", "deelt": "delen", "overlegt": "overleggen",
    "agendeert": "agenderen", "zet": "zetten", "legt": "leggen", "vraagt": "vragen", "benadert": "benaderen",
    "spreekt": "spreken", "organiseert": "organiseren", "stelt": "stellen", "werkt": "werken",
    "verstuurt": "versturen", "brengt": "brengen", "bereidt": "bereiden",
}  # fmt: skip
_NAME = r"[A-Z][a-zà-ÿ]+"
_LEAD = r"^(?:(?:Vervolg)?(?:[Aa]cti(?:e|epunt)|[Tt]aak|[Tt]o ?do)s?\s*:?\s*)?"
# "Sanne stuurt ...", "Actie: Pieter belt ...", "Wij sturen ...", "Sanne en Pieter bereiden ... voor"
_OWN_ACTION = re.compile(
    rf"{_LEAD}(?P<owner>{_NAME}(?:\s*(?:,|\ben\b)\s*{_NAME})*|[Ww]ij|[Ww]e)\s+(?P<verb>{_ACTION})\b"
)
# The to-do's verb as an infinitive, also with its particle: "sturen", "indienen", "voorbereiden"
_TODO_VERB = rf"\w*(?:{'|'.join(sorted({*_INFINITIVE.values(), 'indienen', 'aanleveren', 'opstellen'}))})"
# "Sanne zal uiterlijk vrijdag een notitie sturen", "Pieter gaat voor 1 maart de griffie bellen"
_OWN_PLAN = re.compile(
    rf"{_LEAD}(?P<owner>{_NAME}(?:\s*(?:,|\ben\b)\s*{_NAME})*|[Ww]ij|[Ww]e)\s+"
    rf"(?P<verb>zal|zullen|gaat|gaan|moet|moeten)\s+(?P<what>.+?)\s+(?P<inf>{_TODO_VERB})\s*\.?$"
)
# "Actie: notitie aan de woordvoerders (Sanne, vrijdag 4 december)", "Maaike: uiterlijk 7 december reactie indienen"
_LISTED_ACTION = re.compile(
    rf"^(?:(?:Vervolg)?(?:[Aa]cti(?:e|epunt)|[Tt]aak|[Tt]o ?do)s?\s*:\s*(?P<what>.+?)\s*\((?P<owner>{_NAME})"
    rf"(?:,[^)]*)?\)|(?P<owner2>{_NAME})\s*:\s*(?P<what2>.+?\s{_TODO_VERB}))\s*\.?$"
)
# A capitalised word opening a sentence is often no name: "Dan stuurt ...", "Ook belt ..."
_NOT_A_FIRST_NAME = frozenset(
    [
        "De", "Het", "Een", "Dit", "Dat", "Deze", "Die", "Er", "Ook", "Dan", "Nu", "Zo", "Wel", "Niet", "Daarna",
        "Daarom", "Verder", "Tevens", "Voorts", "Hij", "Zij", "Ze", "Men", "Iedereen", "Niemand", "Kamer",
        "Minister", "Staatssecretaris", "Kabinet", "Regering", "Voorzitter", "Commissie", "Griffie", "Fractie",
        # a preposition or adverb opening the sentence ("Op vragen van ...", "Hier stelt ...")
        "Op", "In", "Bij", "Na", "Voor", "Met", "Tot", "Van", "Over", "Uit", "Aan", "Om", "Als", "Toen", "Maar",
        "Want", "Hier", "Daar", "Zij", "Wie", "Wat", "Waar", "Hoe", "Alle", "Veel", "Beide", "Sommige", "Andere",
        "Partijen", "Gemeenten", "Ministers", "Leden", "Kamerleden", "Senatoren",
        # a label before a colon ("Besluit: ...", "Status: ...")
        "Besluit", "Status", "Datum", "Onderwerp", "Agenda", "Griffier", "Aanwezig", "Conclusie", "Toezegging",
        "Motie", "Afspraak", "Stemming", "Deadline", "Termijn", "Noot", "Vraag", "Antwoord", "Verzoek", "Voorstel",
    ]
)  # fmt: skip


def task_drafts(ctx: Context, i: int) -> list[Draft]:
    """The reader's side's own to-do in sentence i, with its date."""
    if not ctx.may_hold_a_date_at(i):
        # a to-do is proposed only with a due (a deadline phrase in the sentence) or a weekday: a sentence without
        # any date word (MAY_HOLD_A_DATE, which holds the weekdays; asked once per sentence) has neither
        return []
    return _task_drafts(ctx, i)


def _task_drafts(ctx: Context, i: int) -> list[Draft]:
    s = ctx.sentences[i]
    m = _OWN_ACTION.match(s.text) or _OWN_PLAN.match(s.text)
    listed = None if m else _LISTED_ACTION.match(s.text)
    if m is None and listed is None:
        return []
    group = "owner" if m is not None or listed is None or listed.group("owner") else "owner2"
    hit = m or listed
    assert hit is not None
    owner = hit.group(group)
    if owner.split()[0] in _NOT_A_FIRST_NAME:
        return []
    us = owner.lower() in ("wij", "we")
    if us and ctx.letter:
        return []  # in a letter to the Kamer "wij" is the government: a promise, not the reader's task
    if us and ctx.speakers.get(i) is not None:
        return []  # in a speaker's turn "wij" is the speaker's party or the government, not the reader's side
    named = ctx.mentions_between(s.start, s.end)
    if not us and any(x.start <= s.start + hit.start(group) < x.end for x in named):
        return []  # a member, minister or body named by surname is no one of the reader's side
    due = nearest_deadline(ctx, s.start, s.end, s.start, s.end)
    # "voor het debat van donderdag": an event's phrase without a date; its weekday is the day
    weekday = None if due is not None and due.resolution.due is not None else _weekday(ctx, s.text)
    if (due is None or due.resolution.due is None) and weekday is None:
        return []  # a task worth proposing has a date
    clause = _todo(hit, listed is not None)
    if weekday is not None:
        clause = _WEEKDAY_IN_TITLE.sub("", clause, count=1).strip()  # "belt vrijdag de griffier": the day is the due
    draft = Draft("task", "todo", 0.7, i, i, (s.start + hit.start(), s.start + hit.end()), clause=clause,
                  due_zone=(s.start, s.end))
    draft.owner = None if us else owner
    draft.due_override = weekday
    return [draft]


def _todo(hit: re.Match[str], listed: bool) -> str:
    """ "stuurt een notitie aan de woordvoerders" → "een notitie aan de woordvoerders sturen": a to-do."""
    if listed:
        return hit.group("what") or hit.group("what2")
    if "inf" in hit.re.groupindex:
        return f"{hit.group('what')} {hit.group('inf')}"
    verb = hit.group("verb").lower()
    what = hit.string[hit.end("verb") :].strip(" .")
    infinitive = _INFINITIVE.get(verb, verb if verb.endswith("en") else None)  # "wij sturen": already one
    if infinitive and (particle := _PARTICLE_LAST.search(what)):
        # "bereiden een position paper voor" → "een position paper voorbereiden"
        what, infinitive = what[: particle.start()], particle.group(1) + infinitive
    elif infinitive and (particle := _PARTICLE_BEFORE_MET.search(what)):
        # "neemt contact op met de griffie" → "contact opnemen met de griffie"
        return f"{what[: particle.start()]} {particle.group(1)}{infinitive} {what[particle.end():].strip()}"
    return f"{what} {infinitive}" if infinitive else f"{verb} {what}"


# A separable verb's particle: at the end of the sentence, or before "met": "bereidt ... voor", "neemt contact op met"
_PARTICLE_LAST = re.compile(r"\s+(voor|op|af|aan|door|mee|in|uit|terug|na|bij)$")
_PARTICLE_BEFORE_MET = re.compile(r"\s+(op|af)\s+(?=met\b)")
_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b(?!\s+\d)", re.IGNORECASE)
# the day with the word that ties it to what it dates: "voor het debat van donderdag"
_WEEKDAY_IN_TITLE = re.compile(rf"\s*\b(?:(?:van|op)\s+)?(?:{'|'.join(WEEKDAYS)})\b(?!\s+\d)", re.IGNORECASE)


def _weekday(ctx: Context, text: str) -> Resolution | None:
    """ "Pieter belt vrijdag de griffier": the coming Friday."""
    m = _WEEKDAY.search(text)
    if m is None or ctx.ref == dt.date.min:
        return None
    res = resolve(m.group(1).lower(), ctx.ref)
    return res if res.due is not None else None


# Asked only about sentences with one of their words in them (quick.py: the same answers, sooner).
(_OWN_PLAN, _LISTED_ACTION, _OWN_ACTION) = map(quick, (_OWN_PLAN, _LISTED_ACTION, _OWN_ACTION))
