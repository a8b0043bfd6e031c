"""Actors and speaker turns: who speaks, who "de staatssecretaris" and "hij" are, who wrote a letter."""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Iterable

from kamertaak.core.actors import (
    GOVERNMENT_BARE,
    NAME,
    ORGANISATION,
    PARTY_ANY,
    PARTY_WORD,
    ActorMention,
    ExtractedActor,
    dedupe_actors,
    government_actor,
    is_office,
    normalise_ministry,
    normalise_name,
    normalise_party,
    office_title,
)
from kamertaak.core.extract.cues import ADDRESSED_COUNCIL, FIRST_PERSON, GOVERNMENT_WORD, LOCAL_GOVERNMENT_WORD
from kamertaak.core.extract.model import Context

_I = re.IGNORECASE


def filled(actor: ExtractedActor, known: dict[str, ExtractedActor]) -> ExtractedActor:
    full = known.get(actor.key)
    if full is None or full.role != actor.role or (actor.party or not full.party):
        return actor
    return dataclasses.replace(actor, party=full.party)


def as_named(actor: ExtractedActor) -> ExtractedActor | None:
    """The actor as a person would write it down, or None for a stray word: a party read as a member ("de FVD",
    "GroenLink" from "GroenLinks") is that party, an office-holder named by an abbreviation ("de minister Nr. 32")
    is the office, a member named by a function word ("De") is no one."""
    word = re.sub(r"^(?:[Dd]e|[Hh]et)\s+", "", actor.name)
    if actor.role == "member":
        party = normalise_party(word) or (normalise_party(word + "s") if len(word) > 4 else None)
        if party:
            return ExtractedActor(party, party, "other")
        if not actor.name[:1].isupper() or actor.name.lower() in _NOT_A_NAME:
            return None
    if actor.role in ("minister", "state_secretary") and actor.name.lower().rstrip(".") in _NOT_A_NAME:
        return dataclasses.replace(actor, name=office_title(actor.role, actor.ministry))
    return actor


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words read as a name that are none: articles, pronouns, abbreviations ("Nr. 32", "Art. 3")
_NOT_A_NAME = _words("de het een die dat deze dit en of van nr nrs art blz jl zie ik wij hij zij ze u men kamer motie")


def named_actors(
    actors: Iterable[ExtractedActor], known: dict[str, ExtractedActor], text: str = ""
) -> tuple[ExtractedActor, ...]:
    """A candidate's actors with the name its text gives in full ("Stephan" in "Stephan van Baarle diende een motie
    in"), the party the text gives them elsewhere ("Futselaar (SP)" for "Frank Futselaar"), and no stray words."""
    out = [as_named(known_by_surname(filled(by_given_name(completed(a, text), known.values()), known), known.values()))
           for a in actors]
    return dedupe_actors([personal(a, known.values()) for a in out if a is not None])


def with_office(kind: str, actors: tuple[ExtractedActor, ...], quote: str) -> tuple[ExtractedActor, ...]:
    """A promise by "de staatssecretaris" or "de minister" in a text that names no one for the office ("De
    staatssecretaris zegde toe ...") is the office's: "staatssecretaris", as "staatssecretaris van BZK" is the office's
    when the text names the ministry. Not an office named with a portfolio the actors do not read ("de
    staatssecretaris voor Europese Zaken"), and only where no member of government is among the actors already."""
    if kind != "commitment" or any(a.role in ("minister", "state_secretary") for a in actors):
        return actors
    for bare in GOVERNMENT_BARE.finditer(quote):
        if bare.group("role") in ("minister", "staatssecretaris") and not _PORTFOLIO_AFTER.match(quote, bare.end()):
            return (*actors, government_actor(bare.group("role"), None))
    return actors


# "de staatssecretaris voor Europese Zaken", "de minister van Buitenlandse Handel": an office with its portfolio
_PORTFOLIO_AFTER = re.compile(r"\s+(?:van|voor)\s+(?-i:[A-Z])")


def personal(actor: ExtractedActor, known: Iterable[ExtractedActor]) -> ExtractedActor:
    """The member behind a party or a chamber, when the text names exactly one: "een motie van de SP" in a text
    that names "SP-leider Lilian Marijnissen" is hers; "een motie van de Eerste Kamer" in a text naming one
    senator is that senator's. With none or several named, the party or chamber stays."""
    chamber = actor.role == "member" and _CHAMBER.fullmatch(actor.name) is not None
    if not chamber and not (actor.role == "other" and actor.party and actor.name == actor.party):
        return actor
    read = _read(known)
    members = read.members if chamber else read.by_party.get(actor.party, {})
    return next(iter(members.values())) if len(members) == 1 else actor


_CHAMBER = re.compile(r"(?:[Dd]e\s+)?(?:Eerste|Tweede)\s+Kamer|[Dd]e\s+Kamer|[Dd]e\s+[Ss]enaat")


def completed(actor: ExtractedActor, text: str) -> ExtractedActor:
    """A member named by a given name only where the text goes on with the surname: "Stephan" → "Stephan van
    Baarle" in "DENK-leider Stephan van Baarle diende ..."."""
    if actor.role != "member" or " " in actor.name or not text:
        return actor
    m = _surname_after(actor.name, text)
    if m is None or normalise_party(m.group(1).split()[-1]) or ORGANISATION.match(m.group(1).split()[-1]):
        return actor
    return dataclasses.replace(actor, name=actor.name + m.group(1))


def by_given_name(actor: ExtractedActor, known: Iterable[ExtractedActor]) -> ExtractedActor:
    """A member named by one word that is no one's surname but the given name of one member the text names in full:
    "Pieter" is "Pieter Heerma"."""
    if actor.role != "member" or " " in actor.name:
        return actor
    read = _read(known)
    if actor.name in read.surnames:
        return actor
    full = read.by_given.get(actor.name, {})
    return next(iter(full.values())) if len(full) == 1 else actor


class _Known:
    """What by_given_name and personal read of the actors a text names, read once for all the candidates that ask:
    the members' surnames, the members named in full by their given name, and the members (not a chamber) by party
    and all together, each by key as the text names them last."""

    def __init__(self, known: tuple[ExtractedActor, ...]) -> None:
        self.surnames: set[str] = set()
        self.by_given: dict[str, dict[str, ExtractedActor]] = {}
        self.members: dict[str, ExtractedActor] = {}
        self.by_party: dict[str | None, dict[str, ExtractedActor]] = {}
        for a in known:
            if a.role != "member":
                continue
            words = a.name.split()
            if words:
                self.surnames.add(words[-1])
            if " " in a.name:
                self.by_given.setdefault(words[0], {})[a.key] = a
            if not _CHAMBER.fullmatch(a.name):
                self.members[a.key] = a
                self.by_party.setdefault(a.party, {})[a.key] = a


# the actors last read, and what was read of them: each candidate of a run asks about the same actors
_last_read: tuple[tuple[ExtractedActor, ...], _Known] | None = None


def _read(known: Iterable[ExtractedActor]) -> _Known:
    """What `known` holds for by_given_name and personal, read again only when the actors differ from the last."""
    global _last_read
    actors = tuple(known)
    last = _last_read
    if last is None or len(last[0]) != len(actors) or not all(map(operator.is_, actors, last[0])):
        last = _last_read = (actors, _Known(actors))
    return last[1]


# What follows a given name when the text goes on with the surname: "van Baarle" (not "Baudet van Forum voor
# Democratie"). Compiled once: the name is found with str.find, where a word starts.
_SURNAME_AFTER = re.compile(r"((?:\s+(?:van|de|der|den|ter|ten|het|'t))+\s+[A-Z][\w'-]+)\b(?!\s+(?:voor|en|van|de)\b)")
_WORD_BOUNDARY = re.compile(r"\b")


def _surname_after(name: str, text: str) -> re.Match[str] | None:
    """The first place where a word NAME starts and _SURNAME_AFTER follows it, as a match of the latter."""
    at = text.find(name)
    while at >= 0:
        if _WORD_BOUNDARY.match(text, at) and (m := _SURNAME_AFTER.match(text, at + len(name))):
            return m
        at = text.find(name, at + 1)
    return None


def known_by_surname(actor: ExtractedActor, known: Iterable[ExtractedActor]) -> ExtractedActor:
    """The party the text gives a member elsewhere under the surname alone, or under the full name for a bare
    surname: "Frank Futselaar" and "Futselaar (SP)" are one member of the SP."""
    if actor.party or actor.role != "member":
        return actor
    surname = actor.name.split()[-1].casefold()
    parties = {a.party for a in known if a.role == "member" and a.party and a.name.split()[-1].casefold() == surname
               and (a.key == actor.key or a.key.endswith(" " + actor.key) or actor.key.endswith(" " + a.key))}
    return dataclasses.replace(actor, party=parties.pop()) if len(parties) == 1 else actor


_SPEAKER = re.compile(
    r"^(?:De heer|Mevrouw|Minister(?:-president)?|Staatssecretaris|De minister|De staatssecretaris|De voorzitter|"
    r"Voorzitter)(?:\b|(?<=heer)(?=[A-Z])|(?<=vrouw)(?=[A-Z]))[^:\n]{0,80}:"
)


def speakers(ctx: Context) -> dict[int, ExtractedActor | None]:
    """Who speaks in each sentence of a Handelingen text ("Minister Van Weel:"), so "ik" has a person."""
    out: dict[int, ExtractedActor | None] = {}
    current: ExtractedActor | None = None
    for i, s in enumerate(ctx.sentences):
        m = _SPEAKER.match(s.text)
        if m:
            inside = [x.actor for x in mentions_in(ctx, s.start, s.start + m.end())]
            if m.group().lower().startswith(("de voorzitter", "voorzitter")):
                current = None
            elif inside:
                current = inside[0]
            elif "minister" in m.group().lower() or "staatssecretaris" in m.group().lower():
                # "De minister:", "Staatssecretaris:": the office-holder the text named last, else the office
                state_secretary = "staatssecretaris" in m.group().lower()
                current = last_government(ctx, s.start, state_secretary) or government_actor(
                    "staatssecretaris" if state_secretary else "minister", None)
        out[i] = current
    return out


def mentions_in(ctx: Context, start: int, end: int) -> list[ActorMention]:
    return ctx.mentions_between(start, end)


def last_government(ctx: Context, before: int, state_secretary: bool | None) -> ExtractedActor | None:
    return ctx.last_office_holder(before, state_secretary)


# A member by office, told back without a name: "De senator diende een motie in", "het Kamerlid stelde"
_MEMBER_NOUN = re.compile(r"\b(?:[Dd]e|[Hh]et|[Dd]it|[Dd]eze)\s+(?:senator|Kamerlid|indiener|fractievoorzitter"
                          r"|fractieleider|partijleider|lijsttrekker)\b(?!\s+(?-i:[A-Z]))")
_BEWINDS = re.compile(r"\b[Dd]e\s+bewinds(?:man|vrouw|persoon)\b")


def sentence_actors(ctx: Context, first: int, last: int) -> list[ExtractedActor]:
    """Actors named in the sentences, with "de staatssecretaris", "hij" and "de SP" resolved."""
    start, end = ctx.sentences[first].start, ctx.sentences[last].end
    named = mentions_in(ctx, start, end)
    out: list[ExtractedActor] = []
    text = ctx.clean.text
    for bare in GOVERNMENT_BARE.finditer(text, start, end):
        if bare.group("role") in ("kabinet", "regering") or any(m.start <= bare.start() < m.end for m in named):
            continue
        # only a bare mention that is not the start of a named one ("de staatssecretaris van VWS")
        if any(m.start == bare.start() + len(bare.group()) - len(bare.group("role")) for m in named):
            continue
        # "de staatssecretaris" before the text names her: the one state secretary it names
        state_secretary = bare.group("role") == "staatssecretaris"
        actor = last_government(ctx, bare.start(), state_secretary) or ctx.only_office_holder(state_secretary)
        if actor:
            out.append(actor)
    # "zegde de bewindsman toe": the minister or state secretary named last
    for bare in _BEWINDS.finditer(text, start, end):
        if actor := last_government(ctx, bare.start(), None):
            out.append(actor)
    out.extend(m.actor for m in named)
    sentence = ctx.sentences[first].text
    if not any(a.role == "member" for a in out):
        for pw in PARTY_WORD.finditer(text, start, end):
            party = normalise_party(pw.group(1))
            member = last_member(ctx, start, party)
            if member:
                out.append(member)
        if (re.match(r"^(?:Hij|Zij|Ze)\b", sentence) and not out) or _MEMBER_NOUN.search(sentence):
            # "Hij diende ...", "De senator diende een motie in": the member named last
            member = last_member(ctx, start, None, window=600)
            if member:
                out.append(member)
    speaker = ctx.speakers.get(first)
    if speaker and FIRST_PERSON.search(sentence):
        out.insert(0, speaker)
    return list(dedupe_actors(out))


def last_member(ctx: Context, before: int, party: str | None, window: int = 3000) -> ExtractedActor | None:
    for k in ctx.mentions_before(before):
        m = ctx.mentions[k]
        if m.start < before - window:
            break
        if m.actor.role == "member" and (party is None or m.actor.party == party):
            return m.actor
    return None


def has_government(ctx: Context, i: int, actors: Iterable[ExtractedActor]) -> bool:
    if any(a.role in ("minister", "state_secretary") for a in actors):
        return True
    s = ctx.sentences[i].text
    speaker = ctx.speakers.get(i)
    if speaker is not None and speaker.role == "member" and _I_WILL.search(s):
        return False  # a member's own "ik zal de minister een brief sturen"
    if GOVERNMENT_WORD.search(s) or re.search(r"\buw Kamer\b", s, _I):
        return True  # only the government writes to "uw Kamer"
    if LOCAL_GOVERNMENT_WORD.search(s) or ADDRESSED_COUNCIL.search(s):
        return True  # the wethouder, the college, a gedeputeerde: who governs a municipality or province; "uw raad"
    if ctx.letter and (FIRST_PERSON.search(s) or ADDRESSED.search(s)):
        return True  # the writer of a letter to the Kamer, who calls it "u", is the government
    return bool(speaker and speaker.role in ("minister", "state_secretary") and FIRST_PERSON.search(s))


ADDRESSED = re.compile(r"\b(?:u|uw)\b", _I)
# The speaker will do it: "ik zal", "zal ik", "wij gaan", "ik stuur"
_I_WILL = re.compile(
    r"\b(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan|stuur|sturen|kom|komen)\b|\b(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we)\b", _I
)


def letter_author(ctx: Context) -> ExtractedActor | None:
    """The signatory of a letter to the Kamer ("De minister van Sociale Zaken en Werkgelegenheid,"), with the name
    signed under the office ("De Staatssecretaris van Defensie, B. Visser")."""
    if ctx._author is None:  # the same for the whole text: read once, not for each item of a letter's lists
        ctx._author = (_letter_author(ctx),)
    return ctx._author[0]


def _letter_author(ctx: Context) -> ExtractedActor | None:
    tail = max(0, len(ctx.clean.text) - 400)
    # not one the writer acts for ("Mede namens de Minister voor X zal ik ..."): that office does not sign
    signed = [m for m in ctx.mentions_between(tail, len(ctx.clean.text) + 1)
              if m.actor.role in ("minister", "state_secretary")
              and not _FOR_WHOM.search(ctx.clean.text, max(0, m.start - 16), m.start)]
    if signed:
        last = signed[-1]
        name = _SIGNED_NAME.match(ctx.clean.text, last.end)
        if is_office(last.actor) and name:
            return dataclasses.replace(last.actor, name=normalise_name(name.group("name")))
        return last.actor
    return _sender(ctx.clean.text) or (ctx.office_holders[0] if ctx.office_holders else None)


_FOR_WHOM = re.compile(r"\bnamens\s+(?:de\s+)?$", _I)
# A letter's sender line in its head: "BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT", "Brief van de
# minister voor Medische Zorg", after the Kamerstuk's number on the same line ("Nr. 394 BRIEF VAN DE MINISTER ...",
# the Eerste Kamer's letter "E BRIEF VAN DE MINISTER ..."); a
# letter of two ("BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN VWS", "BRIEF VAN DE MINISTERS VAN EZK EN VAN BZK") is
# the first one's; the addressee may follow on the same line once cleaned ("... SPORT Aan de Voorzitter ...")
_SENDER_LINE = re.compile(
    r"^[ \t]*(?:Nr\.?[ \t]*\d{1,4}[ \t]+|[A-Z]{1,3}[ \t]+)?"
    r"BRIEF\s+VAN\s+DE\s+(?P<office>MINISTER(?:-PRESIDENT)?|STAATSSECRETARIS)(?:S|\s+EN\s+(?:DE\s+)?(?:MINISTER|"
    r"STAATSSECRETARIS))?\s+(?:VAN|VOOR)\s+(?P<ministry>[^\n]{3,80}?)[ \t,]*(?:$|(?=\s+Aan\s+de\s))", re.MULTILINE | _I)
# Where a second sender's office starts in the ministry's words: "... EN DE MINISTER VAN ...", "... EN VAN ..."
_SECOND_SENDER = re.compile(r"\s+EN\s+(?:(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS)\b|VAN\s|VOOR\s).*$", _I)
_SENDER_HEAD_CHARS = 1500
_LOWER_WORDS = frozenset(("en", "van", "voor", "de"))


def _sender(text: str) -> ExtractedActor | None:
    """The office that sends the letter, by its sender line in the head, when the letter is not signed below."""
    m = _SENDER_LINE.search(text, 0, _SENDER_HEAD_CHARS)
    if m is None:
        return None
    words = _SECOND_SENDER.sub("", m.group("ministry")).split()
    written = " ".join(w.lower() if w.lower() in _LOWER_WORDS else w[:1] + w[1:].lower() if w.isupper() else w
                       for w in words)
    if normalise_ministry(written) is None:
        return None
    return government_actor(m.group("office").lower(), written)


# The name under the office in a signature: ", B. Visser", ",\nM.C.G. Keijzer"
_SIGNED_NAME = re.compile(rf",?\s*(?P<name>(?:[A-Z]\.){{1,5}}\s*{NAME})\s*$", re.MULTILINE)


def cabinet_members(ctx: Context) -> list[ExtractedActor]:
    """The office-holders by name a text about "het kabinet" or "de regering" names (up to three): who answers
    for what the cabinet says it will do. A text naming more has no one holder to follow up."""
    if ctx._cabinet is None:  # the same for the whole text (its mentions): read once, not for each promise
        named = list(dedupe_actors([a for a in ctx.office_holders if not is_office(a)]))
        ctx._cabinet = named if 0 < len(named) <= 3 else []
    return list(ctx._cabinet)


# A party named as the one that files or owns a motion: "De SP dient een motie in", "Een SP-motie", "D66 diende een
# motie in", "een motie van D66"
_PARTY_ALT = (r"D66|GroenLinks-PvdA|GL-PvdA|GroenLinks|PvdA|PVV|VVD|NSC|BBB|CDA|SP|ChristenUnie|SGP|PvdD|FvD|FVD|JA21"
              r"|Volt|DENK|BIJ1|50PLUS|50Plus")
_OPENER = r"Ook|Daarnaast|Verder|Tevens|Bovendien|Eerder|Vervolgens|Daarop|Zelf|Zelfs|Daarom|Ten\s+slotte|Tot\s+slot"
_PARTY_NAMED = re.compile(
    rf"\b(?:[Dd]e|[Hh]et)\s+(?P<a>{_PARTY_ALT})(?:-fractie)?\b(?!-)|\b(?P<b>{_PARTY_ALT})-motie\b"
    rf"|\bmotie\s+(?:'[^'\n]{{3,80}}'\s+|\"[^\"\n]{{3,80}}\"\s+)?van\s+(?:onder\s+(?:meer|andere)\s+)?(?P<c>{_PARTY_ALT})\b(?!-)|^(?P<d>{_PARTY_ALT}|Denk)\s+(?:dient|diende|kwam|komt|heeft|had|wil|wilde)\b"
    # ... after an adverb that opens the sentence, the party before its verb or after it: "Ook BBB diende een motie in",
    # "Daarnaast diende D66 een motie in"
    rf"|^(?:{_OPENER})\s+(?P<e>{_PARTY_ALT}|Denk)\s+(?:ook\s+)?(?:dient|diende|kwam|komt)\b"
    rf"|^(?:{_OPENER})\s+(?:dient|diende|kwam|komt)\s+(?:ook\s+)?(?P<f>{_PARTY_ALT}|Denk)\b(?!-)"
)


def party_filer_of(ctx: Context, first: int, last: int) -> ExtractedActor | None:
    """The filer party_filer finds in the first of a draft's sentences that names one: a motion told with what it asks
    before it ("Het kabinet moet eerst ... De Kamer stemde voor een motie van onder meer de SP waarin dat wordt
    geëist.") is named in its last sentence. Only a sentence that names a motion names its filer: "Alleen de VVD
    stemde tegen." after it names a voter."""
    return next((f for k in range(first, last + 1)
                 if (k == first or _A_MOTION.search(ctx.sentences[k].text)) and (f := party_filer(ctx, k)) is not None),
                None)


_A_MOTION = re.compile(r"\bmoties?\b|-motie\b", re.IGNORECASE)


def party_filer(ctx: Context, first: int) -> ExtractedActor | None:
    """The one party a motion's sentence names as its filer (or that party's one member the text names), for a
    motion without members: "De SP dient een motie in over ..." is the SP's. A sentence naming several parties
    (who voted for it) names no filer."""
    text = ctx.sentences[first].text
    found = {normalise_party(next(g for g in m.groups() if g)) for m in _PARTY_NAMED.finditer(text)}
    found.discard(None)
    if len(found) != 1 or len({p.group() for p in PARTY_ANY.finditer(text)}) > 1:
        return None
    party = found.pop()
    assert party is not None
    return personal(ExtractedActor(party, party, "other"), ctx.members)


# --- who a draft no one is named for belongs to, told back ------------------------------------------------------

_GOVERNMENT_ROLES = ("minister", "state_secretary")
_PERSON_ROLES = ("member", "minister", "state_secretary")
# "Wel gaat hij ...", "zegde ze toe", "dat zij ...": a person told back by a pronoun (not "zij" of a plural subject
# after "en", nor "ze" as an object: "stuurt ze naar de Kamer" is told back by the verb before it)
_PERSON_PRONOUN = re.compile(r"\b(?:hij|zij|ze)\b", _I)
# A thing told back at the start of a sentence: "Het resultaat wordt volgend jaar verwacht.", "Dat rapport is in de
# tweede helft van september gepland.", "Die brief komt na de zomer."
_THING_BACK = re.compile(
    r"^(?:Dat|Dit|Die|Deze|Het|De)\s+(?:eerste\s+|nieuwe\s+)?\w*(?:rapport|rapportage|resultaat|resultaten|uitkomst|uitkomsten"
    r"|onderzoek|brief|advies|evaluatie|verslag|plan|reactie|antwoord|antwoorden|besluit|voorstel|nota|analyse"
    r"|verkenning|studie|overzicht|stuk|stukken)\b(?!\s+van\b)", _I)
# A head line of its own: no full stop, colon or quote at its end (a title, "18.50 uur: Vrijwillige krimp")
_HEAD_END = re.compile(r"[.!?:;\"”’')]\s*$")
# How many sentences back a pronoun or a thing is looked for
_BACK = 4
# "Aan de Minister van Onderwijs, Cultuur en Wetenschap": a letter to an office-holder (not to the Kamer)
_ADDRESSED_TO = re.compile(
    r"^[ \t]*Aan\s+de\s+(?P<office>[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)\s+(?:van|voor)\s+"
    r"(?P<ministry>[^\n]{3,80}?)[ \t,]*$", re.MULTILINE)
_YOU = re.compile(r"\b(?:u|uw)\b(?!\s+Kamer\b)", _I)
# A toezegging told without its maker: "is toegezegd", "Toezegging evaluatie X", "de toegezegde brief"
_GOVERNMENTS_OWN = re.compile(r"\btoe(?:gezegd|zegging)\w*", _I)


def _is_head(ctx: Context, k: int) -> bool:
    s = ctx.sentences[k]
    text = ctx.clean.text
    own_line = (s.start == 0 or text[s.start - 1] == "\n") and (s.end >= len(text) or text[s.end:s.end + 1] == "\n")
    return own_line and len(s.text) < 120 and not _HEAD_END.search(s.text)


def _persons_in(ctx: Context, k: int) -> list[ExtractedActor]:
    """The people a sentence names, in order: members and office-holders, "de minister" as the one it stands for."""
    s = ctx.sentences[k]
    found: list[tuple[int, ExtractedActor]] = [(m.start, m.actor) for m in mentions_in(ctx, s.start, s.end)
                                               if m.actor.role in _PERSON_ROLES and m.actor.name[:1].isupper()]
    text = ctx.clean.text
    for bare in GOVERNMENT_BARE.finditer(text, s.start, s.end):
        role = bare.group("role")
        if role not in ("minister", "staatssecretaris") or _PORTFOLIO_AFTER.match(text, bare.end()):
            continue
        if any(at <= bare.start() < at + len(a.name) + 40 and a.role in _GOVERNMENT_ROLES for at, a in found):
            continue  # "de minister van VWS, Kuipers"
        holder = last_government(ctx, bare.start(), role == "staatssecretaris") or government_actor(role, None)
        found.append((bare.start(), holder))
    for bare in _BEWINDS.finditer(text, s.start, s.end):
        if back := last_government(ctx, bare.start(), None):
            found.append((bare.start(), back))
    return [a for _, a in sorted(found, key=operator.itemgetter(0))]


def _said_back(ctx: Context, i: int, pronoun: str | None) -> list[ExtractedActor]:
    """The one person the nearest sentence before i that names anyone names (a pronoun's: within _BACK sentences),
    or all the sentence just before names (a thing's), not across a head line."""
    for k in range(i - 1, max(-1, i - 1 - (_BACK if pronoun else 1)), -1):
        if _is_head(ctx, k):
            return []
        people = _persons_in(ctx, k)
        if not people and pronoun is None and (he := _PERSON_PRONOUN.search(ctx.sentences[k].text)):
            return _said_back(ctx, k, he.group().lower())  # "Hij wacht het onderzoek af. Het resultaat ...": his
        if not people:
            continue
        people = list(dedupe_actors(people))
        # a pronoun after a sentence naming several people ("X vroeg minister Y ...") is not told: no one
        return people if pronoun is None or len(people) == 1 else []
    return []


def pronoun_person(ctx: Context, i: int) -> ExtractedActor | None:
    """The one person a subject pronoun opening sentence i stands for ("Hij kreeg een motie van wantrouwen tegen zich
    ingediend"): the one the nearest sentence before that names anyone names."""
    lead = re.match(r"^(?:Hij|Zij|Ze)\b", ctx.sentences[i].text)
    people = _said_back(ctx, i, lead.group().lower()) if lead and i > 0 else []
    return people[0] if len(people) == 1 else None


def told_back(ctx: Context, kind: str, first: int) -> list[ExtractedActor]:
    """Who a draft that names no one belongs to, as the text tells it back: "Wel gaat hij ... onderzoeken" is the
    minister's the sentence before names (or "de minister" when the text names no one for the office); "Het resultaat
    wordt volgend jaar verwacht." is of those the sentence before names; in a letter "ik" and "wij" are its writer,
    and "u" in a letter to a minister is that minister. Motions keep their filers (motions.py)."""
    if kind == "motion":
        return []
    s = ctx.sentences[first]
    if ctx.letter and not any(ctx.speakers.values()) and FIRST_PERSON.search(s.text):
        author = letter_author(ctx)
        return [author] if author else []
    if (ctx.letter and not any(ctx.speakers.values()) and kind in ("commitment", "task")
            and not _persons_in(ctx, first)):
        # "Tijdens het debat is toegezegd dat ...", a heading "Toezegging evaluatie X": a toezegging a letter to the
        # Kamer reports on, naming no one, is its sender's (the government writing)
        author = letter_author(ctx)
        return [author] if author else []
    to = _ADDRESSED_TO.search(ctx.clean.text, 0, s.start) if _YOU.search(s.text) else None
    if to is not None and normalise_ministry(to.group("ministry")):
        return [government_actor(to.group("office").lower(), to.group("ministry"))]
    if first == 0:
        return []
    pronoun = _PERSON_PRONOUN.search(s.text) if kind in ("commitment", "task") else None
    if pronoun:
        return _said_back(ctx, first, pronoun.group().lower())
    if _THING_BACK.match(s.text):
        return _said_back(ctx, first, None)
    return []


# "Mede namens de Minister voor X zal ik uw Kamer ... informeren", "Ik stuur u, mede namens de staatssecretaris, ...":
# the writer acts, for another office too
_ON_BEHALF = re.compile(r"\bmede\s+namens\b", _I)


def on_behalf(ctx: Context, first: int, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """A letter's promise its writer makes "mede namens" another member of government is the writer's first (the
    letter's author), then that other's: the office named after "mede namens" is not who writes."""
    said = ctx.sentences[first].text
    if not (ctx.letter and _ON_BEHALF.search(said) and FIRST_PERSON.search(said)) or any(ctx.speakers.values()):
        return actors
    author = letter_author(ctx)
    if author is None or any(a.key == author.key or (a.role == author.role and a.ministry == author.ministry)
                             for a in actors):
        return actors
    return [author, *actors]


# Parties that file a motion together, as the subject before the verb: "D66 en CDA dienen motie vrachtwagenheffing in",
# "De SP, GroenLinks en de PvdA hebben een motie ingediend"
_ONE_PARTY = rf"(?:(?:[Dd]e|[Hh]et)\s+)?(?:{_PARTY_ALT})(?:-fractie)?"
_PARTIES_FILE = re.compile(
    rf"^(?P<list>{_ONE_PARTY}(?:\s*,\s*{_ONE_PARTY})*\s+en\s+{_ONE_PARTY})\s+(?:dienen|dienden|hebben|kwamen|komen)\b"
    r"[^.;]{0,60}?\b(?:motie|moties|ingediend|met\s+een\s+motie)\b")


def parties_filing(ctx: Context, first: int) -> list[ExtractedActor]:
    """The parties a motion's sentence opens with as who file it together, each as its one member the text names
    (personal): "D66 en CDA dienen motie ... in" in a text naming "Kiki Hagen (D66)" and "Jaco Geurts (CDA)"."""
    m = _PARTIES_FILE.match(ctx.sentences[first].text)
    if m is None:
        return []
    parties = [normalise_party(p.group()) for p in re.finditer(_PARTY_ALT, m.group("list"))]
    return list(dedupe_actors([personal(ExtractedActor(p, p, "other"), ctx.members) for p in parties if p]))
