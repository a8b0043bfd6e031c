"""Commitments as the Kamers' registers write them: an entry ("Toezegging TITEL (T03355)", its text, its
fields "Status", "Deadline", "Kamerleden"), and a committee's decisions on a list of them ("toezeggingen
T02883 en T02889 als "voldaan" aan te merken", "... met nieuwe deadline 1 januari 2023").

Every entry of a register is a commitment, whatever verb its text uses; its own fields decide the status
and the due date, even a date already past (an overdue commitment is still open).
"""

from __future__ import annotations

import datetime as dt
import re

from kamertaak.core.actors import ExtractedActor, dedupe_actors, government_actor, normalise_ministry
from kamertaak.core.deadlines import Resolution, resolve
from kamertaak.core.extract.commitments import promise_clause
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import letter_author, mentions_in, sentence_actors

_I = re.IGNORECASE

# Tweede Kamer "TZ202602-031", Eerste Kamer "T03355".
COMMITMENT_NUMBER = re.compile(r"\b(TZ\d{6}-\d{2,4}|T\d{5})\b")
# An entry's title line: "Toezegging Inventarisatie van het Rijksvastgoedbedrijf (35.925 VII) (T03355)"
_ENTRY_TITLE = re.compile(r"^Toezegging\s+(?P<title>[^()\n]{3,200}?)\s*(?=\(|$)")
_ENTRY_NUMBER_FIRST = re.compile(r"^(?:TZ\d{6}-\d{2,4}|T\d{5})\b")
# Where the register quotes its sources: not new commitments.
_SOURCES = re.compile(r"^Uit de stukken\b", _I)
_FIELD_DUE = re.compile(r"^(?:nieuwe\s+)?(?:deadline|datum nakoming|uiterste datum|termijn)\s*:?\s", _I)
_FIELD_STATUS = re.compile(r"^status\s*:?\s*(?P<s>deels\s+\w+|\w+)", _I)
_FIELD_MEMBERS = re.compile(r"\bKamerleden\b")
# The entry's later text telling when it will be kept: "Stand van zaken: ... wordt in het najaar aan de Kamer gestuurd",
# "De Kamer wordt voor de zomer geïnformeerd", "Naar verwachting ... in het voorjaar", "volgt in ..."
_TOLD_LATER = re.compile(
    r"^(?:Stand\s+van\s+zaken|Toelichting|Voortgang)\s*:|\bnaar\s+verwachting\b|\b(?:volgt|volgen|verschijnt)\b"
    r"|\b(?:wordt|worden|zal|zullen)\b[^.;]{0,80}?\b(?:gestuurd|toegezonden|geïnformeerd|informeren|sturen|afgerond"
    r"|opgeleverd|gepubliceerd)\b", _I)
_STATUS_WORDS = {
    "openstaand": "open", "open": "open", "voldaan": "done", "afgedaan": "done", "deels voldaan": "partial",
    "deels afgedaan": "partial", "vervallen": "lapsed", "nagekomen": "done",
}  # fmt: skip
# A committee decides on listed commitments: 'als "voldaan" aan te merken', 'als "openstaand" te blijven beschouwen',
# 'de status van toezegging T01220 blijft ongewijzigd (openstaand)', '... wordt gewijzigd in deels voldaan',
# 'besluit de status van de toezeggingen (openstaand) ongewijzigd te laten'
_DECIDED_STATUS = re.compile(
    r"(?:\bals\s+|\bongewijzigd\s*\(|\bgewijzigd\s+in\s+|\bstatus\b[^.;()]{0,60}\(\s*)[\"'“”]?(?P<s>deels\s+voldaan|deels\s+afgedaan|voldaan|"
    r"afgedaan|openstaand|vervallen)[\"'“”]?",
    _I,
)
# A list's item telling the state of the commitment it numbers: "T02201: de toezegging is deels voldaan;", "T01398: de
# toezegging staat nog open;"
_STATE_TOLD = re.compile(
    r"^(?:de\s+)?toezegging\s+(?:is|wordt)\s+(?:als\s+)?[\"'“”]?(?P<s>deels\s+voldaan|deels\s+afgedaan|voldaan|afgedaan|"
    r"vervallen|nagekomen)\b|^(?:de\s+)?toezegging\s+(?:staat|blijft)\s+(?:nog\s+)?open\b",
    _I,
)
# "met nieuwe deadline 1 januari 2023", "de deadline wordt verplaatst naar 1 juli 2017", "de deadline te handhaven op
# 31 december 2015"
_NEW_DEADLINE = re.compile(
    r"\b(?:nieuwe\s+)?(?:deadlines?|termijn)\s+"
    # "de deadline van toezegging T03141 te verplaatsen naar 15 december 2021"
    r"(?:(?:van|voor)\s+(?:de\s+)?toezegging(?:en)?\s+(?:(?:TZ\d{6}-\d{2,4}|T\d{5})(?:\s*(?:,|en)\s*)?)+\s*)?"
    # "de deadlines te verzetten naar 1 januari 2023": the same verbs in every form, also "verzetten"
    r"(?:(?:(?:wordt|worden|is|zijn)\s+(?:verplaatst|verschoven|verzet|gewijzigd|aangepast|gehandhaafd)"
    r"|te\s+(?:verplaatsen|verschuiven|verzetten|wijzigen|handhaven|stellen))\s+(?:naar|in|tot|op)\s+|van\s+|op\s+)?",
    _I,
)


def register_drafts(ctx: Context) -> tuple[list[Draft], set[int]]:
    """Drafts for register entries and listed decisions, and the sentences they take (their fields and
    quoted sources too)."""
    drafts: list[Draft] = []
    taken: set[int] = set()
    headings: list[Draft] = []
    starts = [i for i, s in enumerate(ctx.sentences) if _entry_start(s.text)]
    for n, i in enumerate(starts):
        end = _entry_end(ctx, i, starts[n + 1] if n + 1 < len(starts) else len(ctx.sentences))
        if headed := _numbers_heading(ctx, i, end):
            headings.extend(headed)
            taken.update(range(i, end))
        elif (draft := _entry(ctx, i, end)) is not None:
            drafts.append(draft)
            taken.update(range(i, end))
    named: list[Draft] = []
    for i in range(len(ctx.sentences)):
        if i not in taken and (decided := _decision(ctx, i)):
            drafts.extend(d for d in decided if d.confidence >= _DECIDED)
            named.extend(d for d in decided if d.confidence < _DECIDED)
            taken.add(i)
    # "bespreekt de brief ... voor wat betreft de toezeggingen T01220, T01222": a number the list below decides on
    # is that decision, not a commitment of its own; so is a number in a heading over the section that decides on
    # it item by item ("T01220, T01222" ... "- de status van toezegging T01222 blijft ongewijzigd (openstaand) en de
    # deadline wordt verplaatst naar 1 november 2016;")
    ruled = {d.register for d in drafts}
    drafts.extend(d for d in headings if d.register not in ruled)
    drafts.extend(d for d in named if d.register not in ruled and all(d.register != h.register for h in headings))
    _titled_elsewhere(ctx, drafts)
    return drafts, taken


# A commitment's title with its number wherever the text gives it: "Besluitpunten die betrekking hebben op toezegging
# Toezegging Versterken rol van kerken in het Caribisch deel van het Koninkrijk (34.300 IV / CXIX) (T02324)"
_TITLE_WITH_NUMBER = re.compile(
    r"\bToezegging\s+(?P<title>[^()\n]{3,200}?)\s*(?:\([^()\n]{1,60}\)\s*)*\((?P<n>TZ\d{6}-\d{2,4}|T\d{5})\)")


def _titled_elsewhere(ctx: Context, drafts: list[Draft]) -> None:
    """A decision on a numbered commitment has only its number for a title ("Toezegging T02324"); where the text
    gives that number's own title (a heading over the decisions, a register's entry) the commitment takes it."""
    bare = {d.register: d for d in drafts if d.register and d.title == f"Toezegging {d.register}"}
    if not bare:
        return
    for m in _TITLE_WITH_NUMBER.finditer(ctx.clean.text):
        title = m.group("title").strip(" .:;,-–")
        if (d := bare.get(m.group("n"))) is not None and not COMMITMENT_NUMBER.search(title):
            d.title = _sentence_case(title)


def _entry_start(text: str) -> bool:
    """An entry's first line; "Toezegging T01753 als voldaan te beschouwen" is a decision on one, not its title, and
    so is a list's item that opens with the number it decides on ("T02001: als openstaand te blijven beschouwen")."""
    if number := _ENTRY_NUMBER_FIRST.match(text):
        rest = text[number.end() :].lstrip(" :;,-–")
        return not (_DECIDED_STATUS.match(rest) or _STATE_TOLD.match(rest))
    return bool(_ENTRY_TITLE.match(text) and COMMITMENT_NUMBER.search(text) and not _DECIDED_STATUS.search(text))


def _entry_end(ctx: Context, first: int, end: int) -> int:
    """Where an entry ends: at the next entry, at a sentence that opens with another number, or at the first sentence
    after its opening lines that names another commitment's number (minutes and letters go on to the next toezegging
    without a title line)."""
    sents = ctx.sentences
    own = {m.group(1) for k in range(first, min(first + 3, end)) for m in COMMITMENT_NUMBER.finditer(sents[k].text)}
    number = next((m.group(1) for k in range(first, min(first + 3, end))
                   for m in [COMMITMENT_NUMBER.search(sents[k].text)] if m), None)
    for k in range(first + 1, end):
        if (lead := _ENTRY_NUMBER_FIRST.match(sents[k].text)) and lead.group(0) != number:
            return k  # a list's next item, opening with its own number ("T02066: de toezegging staat nog open;")
        if any(m.group(1) not in own for m in COMMITMENT_NUMBER.finditer(sents[k].text)):
            return k
        if k >= first + 3 and COMMITMENT_NUMBER.search(sents[k].text) and _DECIDED_STATUS.search(sents[k].text):
            return k  # a decision on its own line is a list's item, not this entry's field
    return end


# A heading that only names commitments: "T01220 en T01222", "T02001, T02002 en T02003"
_NUMBERS_ONLY = re.compile(r"^\W*(?:(?:TZ\d{6}-\d{2,4}|T\d{5})(?:\s*(?:,|en|&)\s*|\W*$))+$")


def _numbers_heading(ctx: Context, first: int, end: int) -> list[Draft]:
    """A section headed by the numbers of the commitments it is about: one commitment per number, with the status
    the section decides ("besluit de status van de toezeggingen (openstaand) ongewijzigd te laten")."""
    sents = ctx.sentences
    numbers = list(dict.fromkeys(m.group(1) for m in COMMITMENT_NUMBER.finditer(sents[first].text)))
    if len(numbers) < 2 or not _NUMBERS_ONLY.match(sents[first].text):
        return []
    last = min(first + 1, end - 1)
    status = "open"
    for k in range(first + 1, end):
        if decided := _DECIDED_STATUS.search(sents[k].text):
            status = _STATUS_WORDS.get(" ".join(decided.group("s").lower().split()), status)
            last = k
            break
    actors = _government_first(sentence_actors(ctx, first, last))
    if not any(a.role in ("minister", "state_secretary") for a in actors) and (author := letter_author(ctx)):
        actors.insert(0, author)
    head = sents[first]
    out = []
    for number in numbers:
        draft = Draft("commitment", status, _DECIDED, first, last, (head.start, head.end), clause="",
                      actors=list(actors), register=number, title=f"Toezegging {number}")
        draft.due_zone = (head.start, head.start)
        out.append(draft)
    return out


def _entry(ctx: Context, first: int, end: int) -> Draft | None:
    """One register entry: its title line or number, the commitment's text, then its fields."""
    sents = ctx.sentences
    title = None
    number = None
    body = None
    for k in range(first, min(first + 3, end)):
        text = sents[k].text
        if number is None and (found := COMMITMENT_NUMBER.search(text)):
            number = found.group(1)
        if title is None and (head := _ENTRY_TITLE.match(text)):
            title = head.group("title").strip()
        glued = _strip_title_line(text)
        if glued == text and _ENTRY_TITLE.match(text):
            continue  # the title line alone
        if len(_ENTRY_NUMBER_FIRST.sub("", glued).split()) >= 6:
            body = k
            break
    if body is None or number is None:
        return None
    clause = promise_clause(_strip_title_line(_ENTRY_NUMBER_FIRST.sub("", sents[body].text)))
    actors = sentence_actors(ctx, body, body)
    status = "open"
    due: Resolution | None = None
    told: Resolution | None = None  # a term the entry's later text gives, when it has no field for it
    for k in range(body + 1, end):
        text = sents[k].text
        if _SOURCES.match(text):
            break  # what follows quotes where the commitment was made
        if told is None and _TOLD_LATER.search(text):
            # "Stand van zaken: de evaluatie wordt in het najaar van 2023 aan de Kamer gestuurd"
            terms = [f for f in ctx.deadlines_in(sents[k].start, sents[k].end, terms_only=True)
                     if f.resolution.due is not None and f.resolution.due >= ctx.ref]
            told = terms[0].resolution if terms else None
        if field_status := _FIELD_STATUS.match(text):
            status = _STATUS_WORDS.get(" ".join(field_status.group("s").lower().split()), status)
        if (field_due := _FIELD_DUE.match(text)) and ctx.ref != dt.date.min:
            res = resolve(text[field_due.end() :].strip(" ."), ctx.ref)
            due = res if res.due is not None else due
        if members := _FIELD_MEMBERS.search(text):
            at = sents[k].start + members.start()
            actors.extend(m.actor for m in mentions_in(ctx, at, sents[k].end) if m.actor.role == "member")
        # minutes decide on the entry they print: "De commissie besluit toezegging T01234 als openstaand te blijven
        # beschouwen en de deadline te verschuiven naar 1 maart 2024"
        for decided in _decision(ctx, k):
            if decided.register == number and decided.confidence >= _DECIDED:
                status = decided.status
                due = decided.due_override or due
    if not any(a.role in ("minister", "state_secretary") for a in actors) and (author := letter_author(ctx)):
        actors.insert(0, author)
    if due is None and status in ("open", "partial"):
        due = told
    s = sents[body]
    draft = Draft(
        "commitment",
        status,
        0.95,
        first,
        body,
        (s.start, s.end),
        clause=clause,
        actors=_government_first(actors),
        register=number,
        title=_sentence_case(title) if title else None,
    )
    draft.due_override = due
    draft.due_zone = (s.start, s.end)
    return draft


def _strip_title_line(text: str) -> str:
    """The text after a glued title line: "Toezegging X (35.925 VII)De Minister ..." → "De Minister ..."."""
    head = re.match(r"^Toezegging\s+[^\n]*?\)\s*(?=[A-Z])", text)
    if head and len(text) - head.end() > 20:
        return text[head.end() :]
    return text


_DECIDED, _NAMED = 0.85, 0.8  # the confidence of a number with a decision, and of one only named


def _decision(ctx: Context, i: int) -> list[Draft]:
    """A listed decision on commitments by number: one draft per number, with the decided status and date."""
    s = ctx.sentences[i]
    numbers = list(dict.fromkeys(m.group(1) for m in COMMITMENT_NUMBER.finditer(s.text)))
    if not numbers:
        return []
    decided = _DECIDED_STATUS.search(s.text)
    if decided is None and (first := _ENTRY_NUMBER_FIRST.match(s.text)):
        decided = _STATE_TOLD.match(s.text[first.end() :].lstrip(" :;,-–"))
    if not (decided or re.search(r"\btoezegging(?:en)?\b", s.text, _I)):
        return []
    said = (decided.group("s") or "") if decided else ""
    status = _STATUS_WORDS.get(" ".join(said.lower().split()), "open")
    due = None
    if (new := _NEW_DEADLINE.search(s.text)) and ctx.ref != dt.date.min:
        res = resolve(re.split(r"[;,]", s.text[new.end() :], maxsplit=1)[0].strip(" ."), ctx.ref)
        due = res if res.due is not None else None
    actors = _government_first(sentence_actors(ctx, i, i))
    if not actors:
        actors = _introduced_by(ctx, i, numbers)
    out = []
    for number in numbers:
        draft = Draft(
            "commitment",
            status,
            _DECIDED if decided else _NAMED,
            i,
            i,
            (s.start, s.end),
            clause="",
            actors=list(actors),
            register=number,
            title=f"Toezegging {number}",
        )
        draft.due_override = due
        draft.due_zone = (s.start, s.start)
        out.append(draft)
    return out


def _introduced_by(ctx: Context, i: int, numbers: list[str]) -> list[ExtractedActor]:
    """The government actor of a decision on toezeggingen that names no one: the one of the sentence before it that
    introduced those numbers ("De commissie bespreekt de brief van de minister van BZK ... voor wat betreft de
    toezeggingen T01220, T01222 ..."), else the minister of the committee whose minutes these are (EK "commissie
    Koninkrijksrelaties": BZK)."""
    for k in range(i - 1, max(-1, i - 8), -1):
        text = ctx.sentences[k].text
        if any(n in text for n in numbers):
            named = [a for a in sentence_actors(ctx, k, k) if a.role in ("minister", "state_secretary")]
            if named:
                return _government_first(named)
    if named := _office_of_the_item(ctx, i):
        return named
    ministry = normalise_ministry(ctx.debate.committee or "")
    if not ministry:
        return []
    # the committee's member of government as the minutes name them: "staatssecretaris van BZK" where that is who
    # holds the portfolio, else its minister
    holders = dedupe_actors([m.actor for m in ctx.mentions if m.actor.role in ("minister", "state_secretary")
                             and m.actor.ministry == ministry])
    return list(holders) if len(holders) == 1 else [government_actor("minister", ministry)]


# An agenda item's number in minutes, before its heading on the line: "3. Halfjaarlijks toezeggingenrappel minister
# voor BVOM", "1.\n35.300 XV"
_AGENDA_ITEM = re.compile(r"\d{1,2}\.[ \t]*\Z")


def _office_of_the_item(ctx: Context, i: int) -> list[ExtractedActor]:
    """The member of government whose letter minutes decide on, named in the agenda item before the decision ("3.
    Halfjaarlijks toezeggingenrappel minister voor BVOM ... naar aanleiding van de brief van de minister voor Basis-
    en Voortgezet Onderwijs en Media ...:", "Verslag van een schriftelijk overleg met de staatssecretaris van SZW"):
    the one named last, not looking past the item's heading."""
    for k in range(i - 1, max(-1, i - 8), -1):
        s = ctx.sentences[k]
        named = [m.actor for m in mentions_in(ctx, s.start, s.end) if m.actor.role in ("minister", "state_secretary")]
        if named:
            return [named[-1]]
        if _AGENDA_ITEM.search(ctx.clean.text, ctx.clean.text.rfind("\n", 0, s.start) + 1, s.start):
            break
    return []


def _government_first(actors: list[ExtractedActor]) -> list[ExtractedActor]:
    return sorted(dedupe_actors(actors), key=lambda a: a.role not in ("minister", "state_secretary"))


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
