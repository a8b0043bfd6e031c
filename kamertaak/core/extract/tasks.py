"""Tasks: the reader's own follow-ups a text records, with who does them ("Sanne stuurt uiterlijk vrijdag
4 december een notitie aan de woordvoerders", "Actie: Pieter belt de griffie voor 1 maart", "Wij sturen
de Kamer voor het commissiedebat een brief").

A task is an action with a date by someone of the reader's side: a person named by first name only (the
Kamer and the government are named by surname and title), "wij"/"we" in a text that is not a letter of the
government, or an "Actie:" line.
"""

from __future__ import annotations

import re

from kamertaak.core.extract.due import nearest_deadline
from kamertaak.core.extract.model import Context, Draft

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
# "Sanne stuurt ...", "Actie: Pieter belt ...", "Wij sturen ...", "We bereiden ... voor"
_OWN_ACTION = re.compile(
    rf"^(?:(?:Actie(?:punt)?|Taak|To ?do)\s*:?\s*)?(?P<owner>[A-Z][a-zà-ÿ]+|[Ww]ij|[Ww]e)\s+(?P<verb>{_ACTION})\b"
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
    ]
)  # fmt: skip


def task_drafts(ctx: Context, i: int) -> list[Draft]:
    s = ctx.sentences[i]
    m = _OWN_ACTION.match(s.text)
    if m is None or m.group("owner") in _NOT_A_FIRST_NAME:
        return []
    owner = m.group("owner")
    us = owner.lower() in ("wij", "we")
    if us and ctx.letter:
        return []  # in a letter to the Kamer "wij" is the government: a promise, not the reader's task
    if not us and any(x.start <= s.start + m.start("owner") < x.end for x in ctx.mentions_between(s.start, s.end)):
        return []  # a member, minister or body named by surname is no one of the reader's side
    due = nearest_deadline(ctx, s.start + m.start("verb"), s.start + m.end("verb"), s.start, s.end)
    if due is None or due.resolution.due is None:
        return []  # a task worth proposing has a date
    # "stuurt een notitie aan de woordvoerders" → "een notitie aan de woordvoerders sturen": a to-do
    verb = m.group("verb").lower()
    what = s.text[m.end("verb") :].strip(" .")
    infinitive = _INFINITIVE.get(verb, verb if verb.endswith("en") else None)  # "wij sturen": already one
    clause = f"{what} {infinitive}" if infinitive else f"{verb} {what}"
    draft = Draft("task", "todo", 0.7, i, i, (s.start + m.start(), s.start + m.end()), clause=clause,
                  due_zone=(s.start, s.end))
    draft.owner = None if us else owner
    return [draft]
