"""Motions: announced, submitted (a motion text, a header, a number), and their outcome."""

from __future__ import annotations

import functools
import heapq
import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from kamertaak.core.actors import (
    FULL_NAME,
    NAME,
    PARTY_ANY,
    PARTY_IN_FULL,
    ExtractedActor,
    dedupe_actors,
    normalise_name,
    normalise_party,
)
from kamertaak.core.deadlines import Resolution
from kamertaak.core.dutch import WEEKDAYS
from kamertaak.core.extract.cues import PAST_TENSE_MAIN, VOTED_DOWN
from kamertaak.core.extract.due import nearest_deadline
from kamertaak.core.extract.letters import item_state
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import last_member, mentions_in, party_filer, pronoun_person, sentence_actors
from kamertaak.core.extract.quick import quick
from kamertaak.core.extract.sentences import Sentence

_I = re.IGNORECASE

# "Vandaar de volgende motie", "ik dien de volgende motie in": a motion text follows.
_MOTION_FOLLOWS = re.compile(
    r"\bvandaar (?:de|mijn) volgende motie\b|\bik (?:dien|wil)\b.{0,40}?\bmoties?\b.{0,20}?"
    # with the co-signers named between: "dien ik mede namens mevrouw Bergkamp van D66 de volgende motie in"
    r"\b(?:in|indienen)\b|\b(?:dien|dienen) (?:ik|wij|we)\b(?:.{0,40}?|\s+mede\s+namens\b.{0,60}?)\bmoties?\b"
    r".{0,20}?\bin\b",
    _I,
)
# Handelingen after a motion text: "Deze motie is voorgesteld door het lid Leijten."
_PROPOSED_BY = re.compile(r"\b(?:deze|de) motie is voorgesteld door\b", _I)
# A motion's own header: "MOTIE VAN HET LID KROL"
_MOTION_HEADER = re.compile(r"\bMOTIE VAN (?:HET LID|DE LEDEN)\b")
# The chair numbers it: "Zij krijgt nr. 82 (29325)."
_GETS_NUMBER = re.compile(r"\bZij krijgt nr\.\s*\d+")

_PUT_TO_VOTE = re.compile(r"\bIn stemming komt\b|\bWij stemmen (?:nu )?over\b", _I)
# "zodat zij is verworpen", "dat deze motie met algemene stemmen is aangenomen"
_OUTCOME_BACKREF = re.compile(
    r"\b(?:zodat (?:zij|hij|deze|het)|deze motie|de motie)\b[^.;]{0,80}?\bis\s+(?:\w+\s+)?(?:aangenomen|verworpen)\b",
    _I,
)
# An agenda or vote list names a motion's subject once: "de motie-Westerveld over een landelijk tarief voor
# jeugdhulpaanbieders (31839, nr. 1012)"; a later "haar motie (31839, nr. 1012)" is that motion.
_LISTED_SUBJECT = re.compile(r"\bmotie\b[^()\n;]{0,80}?\bover\s+(?P<subj>[^()\n;]{3,150}?)\s*\(?\s*$", _I)
# How a vote went, told beside its outcome on a vote list's line: "Unaniem aangenomen.", "Met algemene stemmen
# aangenomen", "Verworpen met handopsteken", "Nipt verworpen"
_VOTE_MANNER = (r"(?:unaniem|eenstemmig|met\s+algemene\s+stemmen|(?:na|bij|zonder)\s+(?:hoofdelijke\s+)?stemming"
                r"|met\s+handopsteken|met\s+(?:een\s+)?(?:grote|ruime|krappe|kleine|nipte|brede|overgrote)\s+meerderheid"
                r"|nipt|ruim|krap)")
# "Aangenomen." (or "Unaniem aangenomen.") under a listed motion; not the heading "Aangenomen moties" of a section,
# nor a sentence of its own: "Aangenomen werd de motie van ..."
_OUTCOME_ONLY = re.compile(rf"^(?:(?i:{_VOTE_MANNER})\s+)?(?P<o>(?i:Aangenomen|Verworpen|Aangehouden|Ingetrokken))\b"
                           r"(?!\s+(?:moties?|werd|werden|wordt|worden|is|zijn|was|waren|de|het|een|ook)\b)"
                           # nor a label over the motions it names: "Aangenomen: de motie van X over Y"
                           r"(?!\s*:[^\n]*\b(?i:moties?)\b)")
# A bare outcome as the heading of the list below it: "Aangenomen", "Verworpen:", "Unaniem aangenomen", "Aangehouden
# zijn", "Verworpen werden:"
_OUTCOME_HEAD = re.compile(rf"^(?:(?i:{_VOTE_MANNER})\s+)?(?P<o>(?i:Aangenomen|Verworpen|Aangehouden|Ingetrokken))"
                           r"(?:\s+(?:zijn|werden|is|werd))?\s*:?$")
# "waar moties kunnen worden ingediend" describes the procedure, not a motion
_GENERIC_MODAL = re.compile(r"\bmoties?\b.{0,20}?\b(?:kunnen|kan|mogen|mag) worden\b"
                            r"|\bmoties?\s+(?:die|dat)\s+[^,;.]{0,30}?\b(?:kunnen|kan|mogen|mag)\s+indienen\b"
                            # who may file motions, and when: "In de tweede termijn konden de Kamerleden moties
                            # indienen", "waarbij fracties moties kunnen indienen"
                            r"|\b(?:kan|kon|kunnen|konden|mag|mocht|mogen|mochten)\b[^.;?]{0,40}?\bmoties\s+"
                            r"(?:\w+\s+)?(?:indienen|in\s+(?:te\s+)?dienen)\b"
                            r"|\bmoties\s+(?:kunnen|konden|mogen|mochten)\s+(?:\w+\s+)?(?:indienen|ingediend)\b", _I)
_MOTION_BODY_START = re.compile(r"\bgehoord de beraadslaging\b", _I)
_MOTION_BODY_END = re.compile(r"\borde van de dag\b", _I)
_DICTUM = re.compile(
    r"\b(?:verzoekt|roept|draagt|spreekt (?:als (?:haar|zijn) (?:mening )?)?uit|geeft .{0,20}in overweging"
    r"|besluit)\b.*",
    _I,
)
_DICTUM_LEAD = re.compile(
    # "op" is the particle of "roept ... op" and "draagt ... op"; after "verzoekt" it opens what is asked ("verzoekt
    # de regering op basis van de OESO-richtlijnen een gedragscode ... te ontwikkelen")
    r"^(?:(?P<asks>verzoekt|verzoeken)|roept|roepen|draagt|dragen)\s+"
    r"(?:de\s+(?:Nederlandse\s+)?regering(?:,?\s+en\s+[^,]{3,60},)?|het kabinet|"
    r"de minister\w*|de staatssecretaris\w*|het presidium|"
    # a council's motion asks its college, Gedeputeerde Staten, the burgemeester or the dagelijks bestuur
    r"het college(?:\s+van\s+(?:B\s*(?:&|en)\s*W|burgemeester\s+en\s+wethouders|Gedeputeerde\s+Staten|GS"
    r"|dijkgraaf\s+en\s+heemraden))?|Gedeputeerde\s+Staten|de\s+burgemeester|het\s+dagelijks\s+bestuur|"
    r"de Voorzitter|de Kamer)(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w&]+(?:\s+en\s+(?-i:[A-Z])[\w&]+)?)?\s*,?\s*"
    r"(?:(?(asks)(?!)|op\s*,?\s*))?(?:om\s+)?",
    _I,
)
# A Kamerstuk's number in the spellings texts use: "nr. 51 (29936)", "29936, nr. 51", "29 936, nr. 51",
# "(21501-20, nr. 1471)", "36600 XV, nr. 12"; an Eerste Kamer motion by its letter: "35.300, C", "(32769, letter F)"
_DOSSIER_NR = r"\d{2}[ .]?\d{3}(?:(?:-|\s(?=[A-Z]+\b))[A-Z0-9]{1,6})?"
_REGISTER = re.compile(
    rf"\bnr\.\s*(?P<nr1>\d+)\s*\((?P<dos1>{_DOSSIER_NR})\)"
    rf"|(?<![\d.,])(?P<dos2>{_DOSSIER_NR})\s*,\s*nr\.\s*(?P<nr2>\d+)"
    rf"|(?<![\d.,])(?P<dos3>{_DOSSIER_NR})\s*,\s*(?:letter\s+)?(?P<letter>[A-Z]{{1,2}})(?![\w.-])"
    # the register's own spelling after "Kamerstuk": "Kamerstuk 35570-XVI-125", "Kamerstukken 21501-20-1471"
    rf"|\bKamerstuk(?:ken)?\s+(?:II\s+|I\s+)?(?P<dos4>\d{{5}}(?:-[A-Z]{{1,6}}|-\d{{1,3}}(?=-\d))?)-(?P<nr4>\d{{1,4}})\b"
    rf"(?!\s*,\s*nr)",
)


# Where a number's match may start in a whole text: the first digit of a run of digits ("29936, nr. 51" starts
# with one), "nr." ("nr. 51 (29936)") or "Kamerstuk".
_DIGITS = re.compile(r"\d+")
_NR = re.compile(r"nr\.")
_KAMERSTUK = re.compile(r"Kamerstuk")


def _number_starts(text: str, digits_only: bool = False) -> Iterator[int]:
    """Where in the text a match of _REGISTER (with `digits_only`: of _RENUMBERED) may start, in order."""
    runs = (m.start() for m in _DIGITS.finditer(text))
    if digits_only:
        return runs
    return heapq.merge(runs, (m.start() for m in _NR.finditer(text)), (m.start() for m in _KAMERSTUK.finditer(text)))


def _finditer_whole(pattern: re.Pattern[str], text: str, digits_only: bool = False) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) over a whole text, sooner: _REGISTER and _RENUMBERED start with a lookbehind or a word
    boundary, so re cannot skip ahead and tries it at every position; here it is tried only where
    `_number_starts` says a match may start (none of them matches the empty string)."""
    pos = 0
    for at in _number_starts(text, digits_only):
        if at >= pos and (m := pattern.match(text, at)) is not None:
            yield m
            pos = m.end()


def _register_text(m: re.Match[str]) -> str:
    """One spelling for a number: "29936, nr. 51", "36600-XV, nr. 12", "35300, C"."""
    raw = m.group("dos1") or m.group("dos2") or m.group("dos3") or m.group("dos4")
    dossier = re.sub(r"^(\d{2})[ .]?(\d{3})\s?", r"\1\2-", raw).rstrip("-").replace("--", "-")
    if m.group("letter"):
        return f"{dossier}, {m.group('letter')}"
    return f"{dossier}, nr. {m.group('nr1') or m.group('nr2') or m.group('nr4')}"


def _register_in(text: str) -> str | None:
    m = _REGISTER.search(_WAS_NUMBER.sub("", text))
    return _register_text(m) if m else None


# a changed motion's old number: "nr. 348, was nr. 347 (32317)", "letter M, was letter B"
_WAS_NUMBER = re.compile(r",\s*was\s+(?:nr\.|letter)\s*\w+")
_MOTION_NUMBER = re.compile(r"\b(?:Nr\.|Motie|motie)\s*(?P<nr>\d{1,4})\b")
_DOSSIER = re.compile(r"(?<![\d.,])(\d{2}\s?\d{3})(?:-[A-Z0-9]+)?(?![\d.,]\d)")
# "de motie-Westerveld", "motie-Bikker/Ceder", "de motie Rosenmöller/Jorritsma c.s."
_MOTION_NAMES = re.compile(
    r"\b[Mm]otie-(?P<names>(?:(?:[Vv]an|[Dd]e|[Tt]en|[Tt]er)\s+(?:(?:der|den|de)\s+)?)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:van|de|der|den|ter|ten)\s+[A-ZÀ-Ý][\w'’-]*|\s+[A-ZÀ-Ý][\w'’-]*){0,2}"
    # a co-signer after a slash, named the same way: "motie-Amhaouch/Schouten", "motie-Van Aalst/Remco Dijkstra"
    r"(?:/(?:(?:[Vv]an|[Dd]e|[Tt]en|[Tt]er)\s+(?:(?:der|den|de)\s+)?)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:van|de|der|den|ter|ten)\s+[A-ZÀ-Ý][\w'’-]*|\s+[A-ZÀ-Ý][\w'’-]*){0,2})*)"
    r"(?=\s*\(|\s+over\b|\s+c\.s\.|\s+die\b|[,.;:]|\s+\d|\s*$|\s+(?:aan|af|in|om)\b"
    # the word after the names: "Door aanneming van een motie-Amhaouch/Schouten moet het Presidium"
    r"|\s+(?=[a-zà-ÿ])"
    # a page's link mark after a name: "motie-Cliteur i (FVD)"
    r"|\s+i\s+\()"
    # "de motie Van der Graaf en Van der Molen (35 300 VII nr.30)": the names before the number in brackets
    r"|\b[Mm]otie\s+(?P<names3>(?:(?:Van|De|Ten|Ter|Den)\s+(?:(?:der|den|de|het)\s+)?)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+en\s+(?:(?:[Vv]an|[Dd]e|[Tt]en|[Tt]er|[Dd]en)\s+(?:(?:der|den|de|het)\s+)?)?[A-ZÀ-Ý][\w'’-]+)?)"
    r"(?=\s+\(\s*\d{2}\s?\d{3})"
    # a name with its particles too: "de motie Van der Kolk over ...", "De motie Van Dijk werd aangenomen"
    r"|\b[Mm]otie\s+(?P<names2>[A-ZÀ-Ý][\w'’-]+(?:/[A-ZÀ-Ý][\w'’-]+)+|"
    r"(?:(?:Van|De|Ten|Ter|Den)\s+(?:(?:der|den|de|het)\s+)?)?[A-ZÀ-Ý][\w'’-]+(?=\s+c\.s\.|\s+\([A-ZÀ-Ý][\w-]{1,12}\)|\s+(?:over|om|die|inzake)\s"
    # a report's "In de motie Nijboer verzoekt ...", "De motie Jansen werd aangenomen" (not a party: "motie PVV")
    r"|(?<![A-Z]{2})(?<=[a-zà-ÿ'’])\s+(?:verzoekt|vraagt|roept|werd|wordt|kreeg|haalde)\s))"
)


def motion_drafts(ctx: Context) -> list[Draft]:
    """Motion texts ("De Kamer, gehoord de beraadslaging, ... orde van de dag") with their header,
    announcement, submitters ("Deze motie is voorgesteld door ...") and number ("Zij krijgt nr.")."""
    sents = ctx.sentences
    drafts: list[Draft] = []
    i = 0
    while i < len(sents):
        header = (_MOTION_HEADER.search(sents[i].text) or _MOTION_NUMBER_HEADER.match(sents[i].text)
                  or _CHAIR_PROPOSES.search(sents[i].text))
        body = _MOTION_BODY_START.search(sents[i].text)
        announce = _MOTION_FOLLOWS.search(sents[i].text)
        if not (header or body or announce):
            i += 1
            continue
        first = i
        # find the motion text that starts here or within the next three sentences
        body_at = next((k for k in range(i, min(i + 4, len(sents))) if _MOTION_BODY_START.search(sents[k].text)), None)
        if body_at is None and not header:
            if announce:
                # an announcement followed by "Deze motie is voorgesteld" without the text in between
                follow = next(
                    (
                        k
                        for k in range(i + 1, min(i + 3, len(sents)))
                        if _PROPOSED_BY.search(sents[k].text)
                    ),
                    None,
                )
                if follow is None:
                    if (at_end := _announced_at_turn_end(ctx, i, drafts)) is not None:
                        drafts.append(at_end)
                    i += 1
                    continue
                body_at = follow - 1
            else:
                i += 1
                continue
        last = i
        if body_at is not None and body_at > i and not _MOTION_BODY_START.search(sents[body_at].text):
            last = body_at
        elif body_at is not None:
            closed = next(
                (k for k in range(body_at, min(body_at + 15, len(sents))) if _MOTION_BODY_END.search(sents[k].text)),
                None,
            )
            # a text that stops before the closing words (an excerpt, a quote): the body runs on over its
            # considerations and its dictum ("verzoekt de regering ...") as far as they go
            last = closed if closed is not None else _body_runs_to(ctx, body_at)
        dictum_zone = _dictum_zone(ctx, first, last)
        # a motion whose text is read out is submitted, even before the chair numbers it
        status = "submitted"
        conf = 0.95 if header else 0.85
        submitters: list[ExtractedActor] = []
        register = None
        if header:
            submitters = [
                m.actor for m in mentions_in(ctx, sents[first].start, sents[first].end) if m.actor.role == "member"
            ]
            register = _register_near(ctx, first, first) or _register_above(ctx, first)
        if register is None and body_at is not None and body_at > first:
            # a motion's page titled above its Kamerstuk: "Motie van het lid X over Y" / "36 600 I Vaststelling ..." /
            # "Nr. 6" / "MOTIE VAN HET LID X" / "De Kamer, ..."
            register = _register_above(ctx, body_at)
        # the signers' names under the text (one a line, or "X, Y, Z" on one), then the chair's lines after them
        signers: list[ExtractedActor] = []
        if body_at is not None and (not submitters or _COSIGNED.search(sents[first].text)):
            k = last + 1
            while (k < min(last + 21, len(sents)) and not _FIELD_LINE.match(sents[k].text)
                   and (names := _signer_names(sents[k].text.strip()))):
                signers.extend(names)
                k += 1
            if signers:
                last = k - 1
        # trailing "Deze motie is voorgesteld door ..." and "Zij krijgt nr. ..."
        k = last
        while k + 1 < len(sents) and k < last + 3:  # the chair's lines follow one another: look on from each
            k += 1
            t = sents[k].text
            if _PROPOSED_BY.search(t):
                status, conf, last = "submitted", 0.95, k
                submitters = [
                    m.actor for m in mentions_in(ctx, sents[k].start, sents[k].end) if m.actor.role == "member"
                ] or submitters
            elif _GETS_NUMBER.search(t):
                status, conf, last = "submitted", max(conf, 0.9), k
                register = _register_near(ctx, k, k) or register
            elif _MOTION_BODY_START.search(t) or (header and _MOTION_HEADER.search(t)):
                break
        if signers:
            # Handelingen print the signers' names under the text: the header's "c.s." are these
            submitters = list(dedupe_actors([*submitters, *signers]))
            status, conf = "submitted", max(conf, 0.9)
        if not submitters:
            speaker = ctx.speakers.get(first)
            submitters = [speaker] if speaker and speaker.role == "member" else []
            if submitters and body_at is not None:
                # "Ik leg die motie mede namens de collega's Koenders van de PvdA, Vendrik van GroenLinks en Van
                # Dijke voor": the co-signers the reader names before the text
                submitters = list(dedupe_actors([*submitters, *_cosigners_named(ctx, first, body_at)]))
        if not submitters and drafts and drafts[-1].actors and first > drafts[-1].last and all(
                _BARE_MOTION_HEADING.match(sents[k].text.strip()) for k in range(drafts[-1].last + 1, first)):
            # the member reads their next motion right after the chair numbered the one before: the chair's lines
            # (and the heading "Motie" over the next text) sit between them, the reader is the same
            submitters = drafts[-1].actors[:1]
        # its fate told around it: "Hier de aangenomen motie:" above, "Status: Aangenomen" under it
        told = _outcome_field(ctx, last) or _outcome_intro(ctx, first, drafts)
        if told is not None:
            status, intro = told
            first = min(first, intro)
        if not submitters and (named := _named_intro(ctx, first, drafts)):
            first, submitters = named
        first = _speaker_lead_in(ctx, first, drafts)
        trigger = (sents[first].start, sents[first].end)
        draft = Draft(
            "motion",
            status,
            conf,
            first,
            last,
            trigger,
            # a text cut off before its dictum is about what it considers ("overwegende dat fietsendiefstal ...")
            clause=_dictum_text(ctx, dictum_zone) or _considered(ctx, first, last),
            actors=submitters,
            register=register,
            due_zone=dictum_zone,
        )
        draft.due_override = _dictum_term(ctx, dictum_zone)
        drafts.append(draft)
        i = last + 1
    return drafts


# The speaker points to the motion text that follows: "Vandaar de volgende motie.", "dien ik de volgende motie in"
_NEXT_MOTION_TEXT = re.compile(r"\b(?:de|mijn|onze)\s+volgende\s+motie\b", _I)
# a speaker's turn starts, on a line of its own or in a flattened text: "De heer Kops (PVV):", "Mevrouw X (CDA):
# Voorzitter."
_SPEAKER_NAME = (r"^(?:De heer|Mevrouw|Minister(?:-president)?|Staatssecretaris|De minister|De staatssecretaris"
                 r"|De voorzitter|Voorzitter)\b[^:\n]{0,80}:\s*")
_TURN_START = re.compile(_SPEAKER_NAME)
# a turn's opening words, which say nothing of the motion: "Voorzitter.", "Dank u wel, voorzitter."
_TURN_OPENING = re.compile(r"^(?:(?:dank\s+u\s+wel|dank\s+u|dank\s*je\s+wel|dank|dankjewel),?\s*)?"
                           r"(?:(?:mijnheer|mevrouw)\s+de\s+)?voorzitter\s*[.!,]?$", _I)


def _announced_at_turn_end(ctx: Context, i: int, before: list[Draft]) -> Draft | None:
    """"Vandaar de volgende motie." as the last words of a speaker's turn (the text stops there, or the next turn
    begins): the speaker submits that motion, and what they said just before is what it is about. The motion text
    itself is not in the text; a motion text that follows is read by motion_drafts."""
    sents = ctx.sentences
    s = sents[i]
    if not _NEXT_MOTION_TEXT.search(s.text):
        return None
    if i + 1 < len(sents) and not _TURN_START.match(sents[i + 1].text.strip()):
        return None  # the text goes on in the same turn: the motion text, or more of the speech
    speaker = ctx.speakers.get(i)
    if speaker is not None and speaker.role != "member":
        return None
    floor = before[-1].last + 1 if before else 0
    first = i
    k = i - 1
    # the turn's sentence just before, unless it is the speaker's name line or a greeting
    before_text = _TURN_START.sub("", sents[k].text.strip()) if k >= 0 else ""
    if k >= floor and before_text and not _TURN_OPENING.match(before_text) and ctx.speakers.get(k) == speaker:
        first = k
    clause = " ".join(sents[first].text.split()).strip(" .") if first < i else ""
    # "De mijnbouwschade moet worden opgelost en daarom dien ik de volgende motie in.": the sentence says it itself
    lead = re.split(r",?\s*(?:\ben\s+)?\b(?:daarom|vandaar|dus)\b", s.text, maxsplit=1, flags=_I)[0].strip(" ,.")
    if len(lead.split()) >= 5 and lead != s.text.strip(" ,."):
        first, clause = i, lead
    members = _members(ctx, i, i)
    actors = list(dedupe_actors([speaker, *members])) if speaker is not None else members
    return Draft("motion", "submitted", 0.7, first, i, (s.start, s.end), clause=clause, actors=actors,
                 due_zone=(s.start, s.start))


# The chair names the signers before the text (older Handelingen): "Door de leden Verburg, Koenders, Vendrik en Van
# Dijke wordt de volgende motie voorgesteld:"
_CHAIR_PROPOSES = re.compile(r"\bDoor (?:het lid|de leden)\b[^.:;]{2,200}?\bwordt de volgende motie voorgesteld\b")
# A header that names the first signer and others: "Motie van het lid Verburg c.s."
_COSIGNED = re.compile(r"\bc\.\s?s\.(?!\w)", _I)
# A body part on a line (sentence) of its own: a bullet, a consideration, the dictum, the closing words; or the line
# before it left the list open (":" or ";" or ",")
_BODY_PART = re.compile(
    r"^(?:[-–•]|(?:en\s+)?(?:voorts\s+|tevens\s+|mede\s+)?(?:constaterende|overwegende|van\s+mening|gelet\s+op"
    r"|gehoord|erkennende|appreci[eë]rende|wijzende|verzoekt|verzoeken|roept|roepen|draagt|dragen|spreekt|spreken"
    r"|geeft|besluit|en\s+gaat\s+over)\b)", _I)


def _body_runs_to(ctx: Context, body_at: int) -> int:
    """The last sentence of a motion's text without its closing words: the body's parts after its opening, up to
    a speaker's turn, the chair's lines or another motion's text."""
    sents = ctx.sentences
    last = body_at
    for k in range(body_at + 1, min(body_at + 15, len(sents))):
        text = sents[k].text.strip()
        if (_TURN_START.match(text) or _PROPOSED_BY.search(text) or _GETS_NUMBER.search(text)
                or _MOTION_BODY_START.search(text) or _MOTION_HEADER.search(text)):
            break
        if not (_BODY_PART.match(text) or sents[last].text.rstrip().endswith((":", ";", ","))):
            break
        last = k
    return last


def _signer_names(line: str) -> list[ExtractedActor]:
    """The members a signers' line names: one ("Van Dijke") or several ("Verburg, Koenders, Vendrik, Van Dijke")."""
    if _SIGNER_LINE.fullmatch(line):
        return [ExtractedActor(normalise_name(line), role="member")]
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+en\s+", line)]
    if len(parts) > 1 and all(_SIGNER_LINE.fullmatch(p) for p in parts):
        return [ExtractedActor(normalise_name(p), role="member") for p in parts]
    return []


# "mede namens de collega's Koenders van de Partij van de Arbeid, Vendrik van GroenLinks en Van Dijke van RPF/GPV",
# "mede namens de leden Voortman, Ronnes en Azarkan", "mede namens mevrouw Bergkamp van D66"
_COSIGNERS = re.compile(
    r"\bmede\s+namens\s+(?:(?:de\s+|mijn\s+)?(?:leden|collega['’]?s|collega|het\s+lid)\s+|mevrouw\s+|de\s+heer\s+)?"
    r"(?P<list>[^.;:]{2,300})", _I)
# each: a name, with its party after "van" (a party the text spells out, or in capitals: "RPF/GPV") or in brackets
_COSIGNER_WITH_PARTY = re.compile(
    rf"^(?:(?:mevrouw|de\s+heer|collega)\s+)?(?P<name>{NAME})(?:\s+van\s+(?:de\s+|het\s+)?"
    rf"(?P<party>{PARTY_ANY.pattern}|[A-Z]{{2,}}(?:/[A-Z]{{2,}})?)|\s*\((?P<bracket>[^()]{{1,25}})\))$")
_COSIGNER = re.compile(rf"^(?:(?:mevrouw|de\s+heer|collega)\s+)?(?P<name>{NAME})$")


def _cosigners_named(ctx: Context, first: int, body_at: int) -> list[ExtractedActor]:
    """The members a motion's reader names as co-signers in the sentences that bring its text in."""
    out: list[ExtractedActor] = []
    for k in range(first, body_at):
        m = _COSIGNERS.search(ctx.sentences[k].text)
        if m is None:
            continue
        listed = re.split(r"\s+(?:de\s+volgende\s+motie|deze\s+motie|die\s+motie|voor|in|graag)\s*$|\s+(?:de\s+volgende"
                          r"|deze|die)\s+motie\b", m.group("list").strip(), maxsplit=1)[0]
        parts = [p.strip() for p in re.split(r"\s*,\s*|\s+en\s+(?=(?:mevrouw\s+|de\s+heer\s+)?[A-Z])", listed)]
        names = [c for p in parts if (c := _COSIGNER_WITH_PARTY.match(p) or _COSIGNER.match(p)) is not None]
        if len(names) != len(parts):
            continue  # a party ("mede namens D66"), or words that are no list of names
        for c in names:
            raw = c.group("party") or c.group("bracket") if "party" in c.re.groupindex else None
            # a party the Kamer no longer has keeps its letters ("Van Dijke van RPF/GPV")
            party = (normalise_party(raw) or (raw if re.fullmatch(r"[A-Z]{2,}(?:/[A-Z]{2,})?", raw) else None)
                     if raw else None)
            out.append(ExtractedActor(normalise_name(c.group("name")), party=party, role="member"))
    return out


# the heading over a motion's text in Handelingen: "Motie", "Gewijzigde motie"
_BARE_MOTION_HEADING = re.compile(r"(?:gewijzigde\s+)?motie[.:]?$", _I)
_CONSIDERING = re.compile(r"\b(?:overwegende|constaterende|van\s+mening)\s*,?\s*(?:dat\s+)?(?P<c>[^;]{8,200})", _I)


def _considered(ctx: Context, first: int, last: int) -> str:
    found = _CONSIDERING.search(ctx.clean.text, ctx.sentences[first].start, ctx.sentences[last].end)
    return " ".join(found.group("c").split()).strip(" ,.") if found else ""


# A liveblog's vote list: a lead "Moties Krol:" (or "Motie van Kamerlid X (P):"), then one line per motion, each
# with its outcome on a line "> Aangenomen" (or "Verworpen" on its own line)
_VOTE_LIST_LEAD = re.compile(
    r"^(?:De\s+)?[Mm]oties?\s+(?:van\s+)?(?:(?:het\s+lid|Kamerlid|senator)\s+)?"
    r"(?P<who>(?-i:[A-ZÀ-Ý])[^:()]{1,40}?)\s*(?:\((?P<party>[^()]{1,25})\))?\s*:\s*$")
_LIST_OUTCOME = re.compile(r"(?:^|\s)>\s*(?P<o>Aangenomen|Verworpen|Aangehouden|Ingetrokken)\b", _I)
_OUTCOME_LINE = re.compile(rf"^>?\s*(?:{_VOTE_MANNER}\s+)?(?P<o>Aangenomen|Verworpen|Aangehouden|Ingetrokken)"
                           rf"(?:\s+{_VOTE_MANNER})?\s*[.!]?$", _I)


def vote_list_drafts(ctx: Context) -> list[Draft]:
    """One motion per line of a liveblog's vote list, with the outcome under it and the lead's member as its
    submitter: "Moties Krol:" / "Een evenwichtig koopkrachtbeleid." / "> Verworpen"."""
    sents = ctx.sentences
    drafts: list[Draft] = []
    for i, s in enumerate(sents):
        lead = _VOTE_LIST_LEAD.match(s.text.strip())
        if lead is None or len(lead.group("who").split()) > 4:
            continue
        who = lead.group("who").strip()
        party = normalise_party(who)
        actor = (ExtractedActor(party, party=party, role="organisation") if party
                 else ExtractedActor(normalise_name(who), party=normalise_party(lead.group("party") or ""),
                                     role="member"))
        k = i + 1
        while k < min(i + 40, len(sents)):
            text = sents[k].text
            marker = _LIST_OUTCOME.search(text)
            last = k
            if marker is None and k + 1 < len(sents) and (line := _OUTCOME_LINE.match(sents[k + 1].text.strip())):
                marker, last = line, k + 1
            if marker is None or (marker.start() == 0 and last == k):
                break
            item = text[: marker.start()].strip() if last == k else text.strip()
            code = _FIELD_CODES[marker.group("o").lower()]
            at = sents[last].start + marker.start("o")
            zone = (sents[k].start, sents[k].start + len(item))
            drafts.append(Draft("motion", code, 0.8, i if not drafts or drafts[-1].first < i else k, last,
                                (at, at + len(marker.group("o"))), clause=item.rstrip(" ."), actors=[actor],
                                due_zone=zone))
            k = last + 1
    return drafts


def _speaker_lead_in(ctx: Context, first: int, before: list[Draft]) -> int:
    """The speaker's own words that bring the motion text in ("ik wil dit in een motie aan de Kamer voorleggen",
    "Mijn tweede motie.") are part of that motion, not another one."""
    floor = before[-1].last + 1 if before else 0
    own = ctx.sentences[first].text
    if (_MOTION_NOUN.search(own) and not _MOTION_BODY_START.search(own) and len(own.split()) > 2
            and not (_MOTION_HEADER.search(own) or _MOTION_NUMBER_HEADER.match(own))):
        return first  # "Ik dien een motie in over X.": the lead-in is here; a motion named before it is another one
    k = first - 1
    while k >= max(floor, first - 4):
        text = ctx.sentences[k].text.strip()
        if text.endswith(":"):
            return first  # a speaker's name line: the turn starts here
        if _MOTION_NOUN.search(text) and not _MOTION_BODY_END.search(text) and len(text.split()) > 2:
            outcome = _status(text, ctx.sentences[k])[0]
            return k if outcome in (None, "announced", "submitted") else first
        k -= 1  # the heading "Motie" above the text, or a sentence of the speech
    return first


# Fields under a motion on a parliament's page: "Status", "Besluit: Aangenomen.", "Voor", "Tegen"
_FIELD_LINE = re.compile(r"^(?:Status|Besluit|Voor|Tegen|Stemmen|Indiener\w*|Medeindiener\w*|Aangenomen|Verworpen"
                         r"|Aangehouden|Ingetrokken)\b")
_FIELD_OUTCOME = re.compile(
    r"^(?:(?:Status|Besluit)\s*:?\s*)?(?P<o>Aangenomen|Verworpen|Aangehouden|Ingetrokken)\b", _I)
_FIELD_CODES = {"aangenomen": "adopted", "verworpen": "rejected", "aangehouden": "held", "ingetrokken": "withdrawn"}


def _outcome_field(ctx: Context, last: int) -> tuple[str, int] | None:
    """The outcome a page prints under a motion's text and signers: "Status" then "Aangenomen"."""
    sents = ctx.sentences
    k = last + 1
    while k < min(last + 22, len(sents)) and _SIGNER_WITH_GIVEN.fullmatch(sents[k].text.strip()) and not (
        _FIELD_LINE.match(sents[k].text)
    ):
        k += 1  # the signers' lines
    for j in range(k, min(k + 24, len(sents))):  # a field per signer: a motion with many co-signers has many
        text = sents[j].text.strip()
        if m := _FIELD_OUTCOME.match(text):
            return _FIELD_CODES[m.group("o").lower()], last + 1
        if not (_PAGE_FIELD.fullmatch(text) or _SIGNER_WITH_ROLE.fullmatch(text)):
            break
    return None


# The headings of a motion page's fields between its text and the vote: "Status", "Indieners - Indiener",
# "Medeindiener", "Stemmingsuitslagen"; and a signer with the role the page gives: "Jan de Vries, Kamerlid", "P.E.
# (Pieter) Heerma, Tweede Kamerlid"
_PAGE_FIELD = re.compile(r"[-–]|(?:(?:Status|Besluit|(?:Mede)?[Ii]ndieners?|Stemmingsuitslag(?:en)?|Stemming(?:en)?)"
                         r"\s*:?\s*(?:[-–]\s*)?)+")
_SIGNER_WITH_ROLE = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:[\w'’.-]+|\([\w'’.-]+\))){0,5}\s*,\s*"
                               r"(?i:(?:Tweede\s+|Eerste\s+)?Kamerlid|lid\s+(?:van\s+de\s+)?(?:Tweede|Eerste)\s+Kamer|senator)"
                               # the next signer's field heading on the same line: "..., Kamerlid - Medeindiener"
                               r"(?:\s*[-–]\s*(?:(?:Mede)?[Ii]ndieners?)?)?")


# "Hier de unaniem door de Tweede Kamer aangenomen motie:", "De verworpen motie luidt:"
_INTRO = re.compile(r"\bmotie\s*(?:luidt|luidde|is)?\s*:\s*$", _I)


def _outcome_intro(ctx: Context, first: int, before: list[Draft]) -> tuple[str, int] | None:
    """A sentence that introduces the motion text below it with its outcome; it becomes part of the motion."""
    floor = before[-1].last + 1 if before else 0
    for k in range(first - 1, max(floor, first - 9) - 1, -1):
        text = ctx.sentences[k].text
        if _INTRO.search(text):
            status, _, _ = _status(text, ctx.sentences[k])
            if status in ("adopted", "rejected", "held", "withdrawn"):
                return status, k
            return None
        if text.rstrip().endswith(":") and not _SPEAKER_LINE.match(text):
            return None  # another introduction, or a speaker's turn
    return None


# a speaker's name line in Handelingen, on a line of its own: "Mevrouw Özütok (GroenLinks):", "De voorzitter:"
_SPEAKER_LINE = re.compile(_SPEAKER_NAME + "$")


def _named_intro(ctx: Context, first: int, before: list[Draft]) -> tuple[int, list[ExtractedActor]] | None:
    """The chair's sentence that names the motion whose text follows: "De motie-X/Y (32317, nr. 347) is in die zin
    gewijzigd dat zij thans luidt:"; its members are the motion's."""
    floor = before[-1].last + 1 if before else 0
    for k in range(first - 1, max(floor, first - 4) - 1, -1):
        text = ctx.sentences[k].text
        if text.rstrip().endswith(":") and _MOTION_NOUN.search(text) and not _SPEAKER_LINE.fullmatch(text):
            names = [ExtractedActor(normalise_name(n.strip()), role="member") for m in _MOTION_NAMES.finditer(text)
                     for n in _motion_names(m)]
            return (k, names) if names else None
    return None


# The Kamerstuk's head above a motion's own header: "21 501-20" on one line, "Nr. 1471" on another
# the dossier's line over a Kamerstuk, alone or with the dossier's name: "36 600 I Vaststelling van de begrotingsstaat
# ...", "36 410 XVI Vaststelling ...", "21 501-20 Europese Raad" (a budget chapter's roman number after a space)
_DOSSIER_LINE = re.compile(r"^(\d{2}\s?\d{3}(?:-[A-Z0-9]+|\s[IVXLC]{1,6}(?![\w-]))?)(?:\s+(?-i:[A-Z])\w.*)?$")
# the dossier and its name at the end of the line over "Nr. 6", the page's title run on before it: "... Koningschap 36
# 600 I Vaststelling van de begrotingsstaat van de Koning (I) voor het jaar 2025"
_DOSSIER_NAMED = re.compile(r"(?<![\d.,])(\d{2}\s\d{3}(?:-[A-Z0-9]+|\s[IVXLC]{1,6}(?![\w-]))?)\s+(?-i:[A-Z])[a-z]+\b"
                            r"[^.;:]*$")
_NUMBER_LINE = re.compile(r"^Nr\.\s*(\d+)$")


def _register_above(ctx: Context, first: int) -> str | None:
    dossier = number = None
    for k in range(first - 1, max(-1, first - 7), -1):
        text = ctx.sentences[k].text.strip()
        if number is None and (n := _NUMBER_LINE.match(text)):
            number = n.group(1)
        elif dossier is None and (d := _DOSSIER_LINE.match(text) or (
                number is not None and _DOSSIER_NAMED.search(text))):
            dossier = re.sub(r"\s(?=[IVXLC])", "-", d.group(1)).replace(" ", "")
    return f"{dossier}, nr. {number}" if dossier and number else None


# A term in the dictum: "uiterlijk op 1 oktober", "voor het reces in april", "binnen drie maanden", "met spoed"
_TERM_PHRASE = re.compile(
    r"^(?:uiterlijk|v[oó]{1,2}r|ruim\s+v[oó]{1,2}r|nog\s+v[oó]{1,2}r|binnen|ultimo|tot|met\s+spoed|zo\s+spoedig"
    r"|niet\s+later\s+dan|(?:in\s+ieder|in\s+elk|hoe\s+dan\s+ook)\s+(?:geval\s+)?v[oó]{1,2}r"
    r"|z\.s\.m|onverwijld|per\s+omgaande)\b", _I)


def _dictum_term(ctx: Context, zone: tuple[int, int] | None) -> Resolution | None:
    """The motion's own deadline: the first term phrase in its dictum ("uiterlijk op 1 oktober 2016"), over a
    date that is part of what it asks ("met streefdatum 1 januari 2018")."""
    if zone is None:
        return None
    for found in ctx.deadlines_in(*zone, terms_only=True):
        due = found.resolution.due
        if due is not None and due >= ctx.ref and _TERM_PHRASE.match(found.phrase):
            return found.resolution
    return None


_SIGNER_LINE = re.compile(rf"{NAME}")
# ... where a page prints one with the given name ("Pieter Heerma" beside another Heerma)
_SIGNER_WITH_GIVEN = re.compile(rf"{FULL_NAME}")
_MOTION_NUMBER_HEADER = re.compile(r"^Nr\.\s*\d+\s+MOTIE\b")


# The dictum's verb opens a clause of the motion's text ("...; verzoekt de regering ..."): a "besluit" or "verzoek"
# inside a considering clause ("constaterende dat het besluit tot sluiting ...") is a noun, not the dictum
_DICTUM_AT_CLAUSE = re.compile(r"(?:(?<=[;,:])|(?<=^)|(?<=\n))\s*(?P<d>(?:verzoekt|verzoeken|roept|roepen|draagt"
                               r"|dragen|spreekt|spreken|geeft|besluit)\b)", _I | re.MULTILINE)


def _dictum_zone(ctx: Context, first: int, last: int) -> tuple[int, int] | None:
    start, end = ctx.sentences[first].start, ctx.sentences[last].end
    m = _DICTUM.search(ctx.clean.text, start, end)
    if m and (at := _DICTUM_AT_CLAUSE.search(ctx.clean.text, start, end)) and at.start("d") > m.start():
        m = _DICTUM.match(ctx.clean.text, at.start("d"), end) or m
    if not m:
        return None
    stop = _MOTION_BODY_END.search(ctx.clean.text, m.start(), end)
    return m.start(), stop.start() if stop else end


def _dictum_text(ctx: Context, zone: tuple[int, int] | None) -> str:
    if zone is None:
        return ""
    text = ctx.clean.text[zone[0] : zone[1]].replace("\n", " ")
    text = re.sub(r",?\s*en\s+gaat\s+over\s+tot\s+de\s*$", "", text.rstrip(" ,;."))  # the body's closing words
    return _DICTUM_LEAD.sub("", text).strip(" ,;.")


def _register_near(ctx: Context, first: int, last: int) -> str | None:
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    if found := _register_in(text):
        return found
    n = _MOTION_NUMBER.search(text)
    if n:
        dossier = _dossier_from_context(ctx, ctx.sentences[first].start, n.group("nr"))
        return f"{dossier}, nr. {n.group('nr')}" if dossier else f"nr. {n.group('nr')}"
    return None


_FOOTER = re.compile(r"\b(\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*(\d+)\b")


@functools.lru_cache(maxsize=4)
def _footers(raw: str) -> dict[str, str]:
    """Number → dossier for every "25 295, nr. 797" in the text (the first one of each number)."""
    out: dict[str, str] = {}
    for m in _FOOTER.finditer(raw):
        out.setdefault(m.group(2), m.group(1).replace(" ", ""))
    return out


def _dossier_from_context(ctx: Context, before: int, number: str) -> str | None:
    """The Kamerstuk dossier a bare "Nr. 797" belongs to: a footer "25 295, nr. 797", else the nearest
    dossier-like number before it."""
    footer = _footers(ctx.raw).get(number)
    if footer:
        return footer
    # the Kamerstuk's own id with this number anywhere in the text: "kst-35483-40.html", "ID: 35483-40"
    ids = _kamerstuk_ids(ctx.raw).get(number, frozenset())
    if len(ids) == 1:
        return next(iter(ids))
    window = ctx.clean.text[max(0, before - 1500) : before]
    found = [m.group(1) for m in _DOSSIER.finditer(window) if not re.fullmatch(r"(?:19|20)\d\d\d?", m.group(1))]
    if found:
        return found[-1].replace(" ", "")
    # a page that names its one dossier after the motion: "Dossier: 35483"
    labelled = _labelled_dossiers(ctx.raw)
    return next(iter(labelled)) if len(labelled) == 1 else None


_DOSSIER_LABEL = re.compile(r"\bDossier(?:nummer)?\s*:\s*(\d{2}\s?\d{3}(?:-[A-Z0-9]{1,6})?)(?![\w-])", _I)
# A Kamerstuk's own id, its dossier and its number: "kst-35483-40.html", "ID: 35483-40", "36600-XV-12"
_KAMERSTUK_ID = re.compile(r"(?<![\w.,-])(?:kst-)?(\d{5}(?:-[A-Z0-9]{1,6})?)-(\d+)(?![\w-])")


@functools.lru_cache(maxsize=4)
def _kamerstuk_ids(raw: str) -> dict[str, frozenset[str]]:
    """Number → the dossiers of every Kamerstuk id with that number in the text, read once per text (it was read
    again for every bare "Nr. 40", which made a text of many motions take time that grew with its square).
    The same ids as searching the text for one number's ids: a match is made only of word characters and
    dashes, and no match can start right after one (the look-behind), so the matches do not overlap and every
    place a number's id can start is a place this finds; at each place the id has one reading (its part after
    the dossier holds no dash, and the number is followed by neither a word character nor a dash)."""
    out: dict[str, set[str]] = {}
    for m in _KAMERSTUK_ID.finditer(raw):
        out.setdefault(m.group(2), set()).add(m.group(1))
    return {number: frozenset(ids) for number, ids in out.items()}


@functools.lru_cache(maxsize=4)
def _labelled_dossiers(raw: str) -> frozenset[str]:
    """The dossiers a page names with a label ("Dossier: 35483"), read once per text."""
    return frozenset(m.group(1).replace(" ", "") for m in _DOSSIER_LABEL.finditer(raw))


# --- motions named in running text -----------------------------------------------------------------

# A motion noun: "motie", "moties", "motie-Kox", "afkeuringsmotie".
_MOTION_NOUN = re.compile(r"\b(?:afkeurings|wantrouwens)?moties?\b|\bmotie-(?=[A-Z])", _I)
# What the noun phrase says before the noun: a determiner that points back, or a count.
# (not the voting body before its object: "Ook nam de Kamer moties aan van ...")
_POINTS_BACK = re.compile(r"\b(?:de|deze|die|dit|haar|zijn|hun|mijn|onze|beide)\s+"
                          r"(?:(?!(?:Kamer|Kamermeerderheid|meerderheid|senaat|raad|gemeenteraad|Staten)\s)\w+\s+)?$",
                          _I)
_COUNT = re.compile(
    r"(?:\b\d+|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|"
    r"dertig|veertig|vijftig|zestig|honderd|tientallen|enkele|alle|alle\s+\w+|verschillende|diverse|meerdere|"
    r"sommige|vele|tal\s+van|een\s+aantal|een\s+reeks|een\s+rij|"
    r"\w+tal))\s+(?:\w+\s+)?$",
    _I,
)
# A count with the words that describe the motions between it and the noun: "van de 20 ter stemming gebrachte moties",
# "de 23 ingediende moties"
_COUNTED_BEFORE = re.compile(
    r"\b(?:de|deze|die|alle)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig)"
    r"\s+(?:[\w-]+\s+){1,3}$", _I)
# A relative clause that only says the motions were filed or voted on: "moties die waren ingediend"
_DESCRIBED = re.compile(
    r"^\s*(?:die|dat)\s+(?:[^,;.]{0,100}?\s)?(?:waren|zijn|werden|was|is|werd|had|hadden|heeft|hebben)\s+(?:\w+\s+){0,3}?"
    r"(?:ingediend|aangenomen|verworpen|aangehouden|ingetrokken|aangekondigd|gestemd|afgeraden|ontraden|gesteund)\b"
    # the participle first, as a subordinate clause may have it: "moties die de afgelopen jaren ingediend werden"
    r"|^\s*(?:die|dat)\s+(?:[^,;.]{0,100}?\s)?(?:ingediend|aangenomen|verworpen|aangehouden|ingetrokken|aangekondigd"
    r"|ontraden|gesteund)\s+(?:waren|zijn|werden|was|is|werd)\b",
    _I,
)
# "Ook zijn moties aanvaard": "zijn" second in the sentence is the verb, not "his"
_VERB_ZIJN = re.compile(r"^\S+\s+zijn\s+$", _I)
_DEFINITE = re.compile(r"\b(?:de|deze|die)\s+(?:\w+\s+)?$", _I)
# What the noun phrase says after the noun: its kind, its subject, its submitters, its number.
_OWN_CONTENT = re.compile(
    r"^-?\s*(?:van\s+(?:afkeuring|wantrouwen|treurnis)\b|over\b|om\b|waar(?:in|mee)\b|tegen\b|die\b|dat\b|"
    r"met\s+betrekking\s+tot\b|inzake\b|betreffende\b|aangaande\b|ten\s+aanzien\s+van\b|"
    r"(?:ingediend|voorgesteld|opgesteld)\s+door\b|"
    r"met\s+als\s+strekking\b|van\s+(?:het\s+lid|de\s+leden|senator|[A-Z])|[A-Z][\w'’-]+(?:[/ ]|\s*\())"
    # a party with its article: "de motie van de PVV om ...", "de motie van het CDA" (not "van de Kamer"), and the
    # parties with it: "de motie van de PvdA en het CDA die ..."
    r"|^-?\s*van\s+(?:de|het)\s+(?!(?:Tweede|Eerste|Kamer|Staten|Raad)\b)(?-i:[A-Z])[\w-]*(?:-fractie)?"
    r"(?:\s*(?:,|\ben\b)\s*(?:de\s+|het\s+)?(?-i:[A-Z])[\w-]*)*\s+(?:om|over|die|dat|waarin|voor)\b"
    r"|^,\s+(?:eveneens\s+|ook\s+)?van\s+(?:het\s+lid|de\s+leden|senator|Kamerlid|[A-Z])"
    # its name in quotes, as a council names its motions: 'de motie "Geen windmolens bij Kerkdorp"', "de motie ‘Zon op
    # elk dak’"
    r"|^-?\s*[\"“‘][^\"”’]{3,80}[\"”’]|^-?\s*'(?=\w)[^'\n]{2,79}\w'(?!\w)",
)
_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", re.compile(r"\bingetrokken\b|\btrok(?:ken)?\b.{0,80}?\bin\b|\btrek(?:t|ken)?\b.{0,80}?\bin\b"
                             r"|\bin te trekken\b", _I)),
    ("held", re.compile(
        # the chair takes it off the agenda at the member's request: the Kamer's way of holding a motion
        r"\bvan\s+de\s+(?:agenda|stemmingslijst)\s+(?:af\s+te\s+voeren|afgevoerd|te\s+halen|gehaald)\b|"
        r"\baan\s+te\s+houden\b|\baangehouden\b|\bh(?:oud(?:t|en)?|ield(?:en)?)\b[^;]{0,140}?\baan\b"
        r"|\bniet\s+in\s+stemming\s+(?:gebracht|te\s+brengen|brengen|gekomen)\b", _I)),
    # support that fell short is a rejection: "kreeg alleen de steun van de indienende fractie"
    ("rejected", re.compile(
        r"\b(?:kreeg|kregen|krijgt|krijgen)\s+(?:alleen|slechts|enkel|uitsluitend|onvoldoende|geen|niet\s+genoeg)\s+"
        r"(?:de\s+)?steun\b|\b(?:werd|werden|wordt)\s+niet\s+gesteund\b"
        # "werd door geen enkele andere partij gesteund", "werd alleen door de SP gesteund"
        r"|\b(?:werd|werden|wordt|worden)\s+(?:door\s+)?(?:geen|alleen|slechts|enkel|uitsluitend)\s+[^.;:]{0,60}?gesteund\b"
        # "kreeg van geen enkele andere partij steun"
        r"|\b(?:kreeg|kregen|krijgt|krijgen)\s+van\s+geen\s+(?:enkele\s+)?(?:\w+\s+){1,3}?steun\b"
        # "werden net niet aangenomen" (not "nog niet": not yet voted on)
        r"|(?<!\bnog\s)\b(?:niet|nooit)\s+(?:\w+\s+)?aangenomen\b"
        r"|\bgeen\s+meerderheid\s+(?:\w+\s+){0,2}?(?:gekregen|gehaald|behaald)\b|\bhaalde(?:n)?\s+(?:\w+\s+){1,3}?het\s+niet\b"
        # "Deze motie haalde geen Kamermeerderheid", "kreeg geen meerderheid in de Tweede Kamer" (not a rule told in the
        # plural present: "Zonder steun van de coalitie halen moties geen meerderheid")
        r"|\b(?:haalde|haalden|haalt|kreeg|kregen|krijgt)\s+(?:\w+\s+)?geen\s+(?:\w+\s+)?"
        r"(?:Kamer|Tweede\s*Kamer|Eerste\s*Kamer|Staten|raads)?meerderheid\b"
        # "Beide moties redden het niet", "De motie van wantrouwen ... redde het niet", "kon niet op voldoende steun
        # rekenen"
        r"|\bredde(?:n)?\s+(?:\w+\s+){0,3}?het\s+niet\b"
        r"|\b(?:kon|konden)\s+(?:\w+\s+)?(?:niet|nauwelijks)\s+(?:\w+\s+)?(?:rekenen\s+)?op\s+(?:\w+\s+){0,3}?"
        r"(?:meerderheid|steun)\b|\b(?:kon|konden)\s+(?:\w+\s+)?op\s+(?:geen|onvoldoende)\s+(?:\w+\s+)?"
        r"(?:meerderheid|steun)\b"
        # a member of government who survives a motion: "overleefde hij een motie van wantrouwen"
        r"|\boverle(?:efde|efden|eft|ven)\b"
        # only the few for it: "Alleen de PVV stemde voor de motie", "Voor de motie stemden alleen SP en PvdD"
        r"|\b(?:alleen|slechts|enkel|uitsluitend)\s+[^.;]{0,60}?\bstemde(?:n)?\s+(?:\w+\s+){0,2}?voor\b"
        r"|\bvoor\s+(?:de|deze|die|het)\s+(?:\w+\s+)?stemde(?:n)?\s+(?:alleen|slechts|enkel|uitsluitend)\b"
        # none of them passed: "zodat geen enkele werd aangenomen"
        r"|\bgeen\s+(?:enkele|ervan|daarvan)\s+(?:\w+\s+)?(?:werd|werden|is|was)\s+(?:\w+\s+)?aangenomen\b", _I)),
    # the same in the words news uses (its own entry: its word test keeps it from the many sentences with none of them)
    ("rejected", re.compile(
        # "kreeg geen bijval", "werd afgekeurd", "De Kamer keurde de motie af" (not what is still to be: "moet nog
        # worden afgekeurd")
        r"\b(?:kreeg|kregen)\s+(?:geen|weinig|onvoldoende|nauwelijks)\s+bijval\b"
        r"|(?<!\bworden\s)(?<!\bte\s)\bafgekeurd\b|\bkeurde(?:n)?\b[^.;]{0,100}?\baf\b"
        # "haalde de eindstreep niet", "ging er niet door", "zag zijn motie sneuvelen", "vond geen meerderheid"
        r"|\bhaalde(?:n)?\s+de\s+eindstreep\s+niet\b|\bging(?:en)?\s+(?:er\s+)?niet\s+door\b"
        r"|\bzag(?:en)?\b[^.;]{0,120}?\b(?:sneuvelen|stranden|wegstemmen|verwerpen)\b"
        r"|\b(?:vond|vonden)\s+geen\s+(?:\w+\s+)?(?:Kamer|Staten|raads)?meerderheid\b"
        # "..., waardoor er geen meerderheid was", "zodat er geen meerderheid ontstond"
        r"|\b(?:waardoor|waarmee|zodat)\s+(?:was|ontstond|kwam)\s+er\s+geen\s+(?:\w+\s+)?meerderheid\b"
        r"|\b(?:waardoor|waarmee|zodat)\s+(?:er\s+)?geen\s+(?:\w+\s+)?meerderheid\s+(?:was|ontstond)\b"
        # a word or three before the majority missed: "kreeg op dinsdag geen meerderheid", "haalden bij de stemmingen
        # geen Kamermeerderheid"
        r"|\b(?:haalde|haalden|kreeg|kregen)\s+(?:\w+\s+){1,3}?geen\s+(?:\w+\s+)?(?:Kamer|Staten|raads)?meerderheid\b",
        _I)),
    # only the few against it: "Alleen de SGP stemde tegen", "Tegen deze motie stemden alleen SGP en PVV"
    ("adopted", re.compile(
        r"\b(?:alleen|slechts|enkel|uitsluitend)\s+[^.;]{0,60}?\bstemde(?:n)?\s+(?:\w+\s+){0,2}?tegen\b"
        r"|\btegen\s+(?:de|deze|die|het)\s+(?:\w+\s+)?stemde(?:n)?\s+(?:alleen|slechts|enkel|uitsluitend)\b", _I)),
    # the Kamer agrees, by any verb of the family: aangenomen, aanvaard, nam aan, stemde in met, ingestemd met,
    # steunt (with the Kamer or a majority as subject), kreeg de steun or a majority, werd gesteund door
    ("adopted", re.compile(
        r"\baangenomen\b(?!\s+dat\b)|\bhaalde(?:n)?\s+het\s+wel\b"
        # "haalde het eveneens.", "haalden het ook": passed (not "haalde het niet", nor "haalde het nieuws")
        r"|\bhaalde(?:n)?\s+het(?:\s+(?:ook|eveneens|toch|ruim|nipt|net|alsnog))?\s*(?=[.;!]|$)"
        r"|\baanvaard\b|\bzonder stemming aan\w*\b|\bnam(?:en)?\b[^.;]{0,120}?\bmoties?\b"
        r"[^.;]{0,80}?\baan\b|\b(?:kreeg|kregen|haalde|haalden|krijgt|krijgen)\s+(?:wel\s+)?(?:een\s+)?"
        r"(?:ruime\s+|brede\s+|krappe\s+)?meerderheid\b|\bingestemd\s+met\b"
        # (the filers agreeing with the minister's request is not the Kamer agreeing: "De indieners stemden in met ...")
        r"|(?<!indieners\s)(?<!indiener\s)\bstem(?:t|de|den|men)\b[^.;]{0,80}?\bin\s+met\b"
        r"|\b(?:Kamer|Kamermeerderheid|meerderheid)(?:\s+van\s+[^.;]{0,50}?)?\s+(?:\w+\s+)?steun(?:t|de|den)\b"
        r"|\b(?:kreeg|kregen|krijgt|krijgen)\s+(?:de\s+|brede\s+|ruime\s+|voldoende\s+|unanieme\s+|grote\s+|veel\s+"
        r"|massale\s+|overweldigende\s+)*steun\b"
        r"|\b(?:werd|werden|wordt|is)\s+(?:\w+\s+)?gesteund\s+door\b"
        # the passive with its manner or its supporters before the participle: "werd met algemene stemmen gesteund",
        # "werd door de Tweede Kamer gesteund", "werd door alle partijen behalve de BBB gesteund" (not "werd door geen
        # enkele partij gesteund", "werd niet gesteund": those are in the rejections, read first)
        r"|\b(?:werd|werden|wordt|worden|is|zijn)\s+(?:(?:met|door)\s+(?:(?!niet\b|geen\b|nauwelijks\b|slechts\b"
        r"|alleen\b|enkel\b)[^\s.;:]+\s+){1,8}?|unaniem\s+|breed\s+|ruim\s+)gesteund\b"
        # (support told before the fate: "werd door de hele oppositie gesteund maar haalde het niet")
        r"(?![^.;]{0,80}?\b(?:maar|echter|toch|onvoldoende)\b)"
        # "Vrijwel alle partijen stemden voor de motie"
        r"|\b(?:vrijwel\s+|bijna\s+)?alle\s+(?:partijen|fracties)\b[^.;]{0,30}?\bstemde(?:n)?\s+(?:\w+\s+){0,2}?voor\b"
        r"|\b(?:kreeg|kregen|krijgt|krijgen)\b[^.;]{0,60}?\bachter\s+zich\b"
        # "kon rekenen op een absolute meerderheid", "kon op steun van bijna de hele raad rekenen" (told as past: "kan
        # rekenen op" before the vote is a forecast; "kon niet ... rekenen" is in the rejections)
        r"|\b(?:kon|konden)\s+(?:(?!niet\b|geen\b|nauwelijks\b)\w+\s+){0,2}?(?:rekenen\s+)?op\s+(?:een\s+|de\s+)?"
        r"(?:(?!onvoldoende\b)\w+\s+){0,2}?(?:meerderheid|steun)\b"
        # the council's decision in its own words: "De gemeenteraad besluit de motie aan te nemen"
        r"|\bbes(?:luit|loot|loten)\s+(?:de|deze|die)\s+(?:\w+\s+)?(?:motie|moties|amendement)\s+aan\s+te\s+nemen\b"
        # forced through: "dramde er een motie doorheen", "kreeg zijn motie erdoor"
        r"|\b(?:dramde|dramden|drukte|drukten|kreeg|kregen|sleepte|sleepten)\s+(?:er\s+)?(?:\w+\s+){1,5}?"
        r"(?:er\s*door|doorheen)\b", _I)),
    # the same in the words news uses (its own entry, as the rejections')
    ("adopted", re.compile(
        # approved, in the news's word: "Een andere motie die is goedgekeurd door de Tweede Kamer", "De Kamer keurde een
        # motie van X goed" (not what is still to be approved: "moet nog worden goedgekeurd"); and applause from a
        # majority: "kreeg bijval van een Kamermeerderheid" (the parties' applause in the debate is not the vote: "een
        # motie die bijval kreeg van de meeste andere partijen" before "Over de motie wordt dinsdag gestemd")
        r"(?<!\bworden\s)(?<!\bte\s)\bgoedgekeurd\b|\bkeurde(?:n)?\b[^.;]{0,100}?\bgoed\b"
        r"|\b(?:kreeg|kregen)\s+(?:\w+\s+)?bijval\s+van\s+(?:een|de)\s+(?:\w+\s+)?(?:Kamer|Staten|raads)?meerderheid\b"
        # "haalde de eindstreep", "Een meerderheid was voor een motie van X", "wist een meerderheid te vinden voor",
        # "vond een ruime meerderheid", "werd door de Kamer omarmd", "zag zijn motie gesteund door een meerderheid"
        r"|\bhaalde(?:n)?\s+de\s+eindstreep\b"
        # "kreeg dinsdag steun van een meerderheid" (a word or three between the verb and the support), "waardoor er
        # een meerderheid was" (the parties named made one)
        r"|\b(?:kreeg|kregen)\s+(?:\w+\s+){1,3}?steun\s+van\s+(?:een|de)\s+(?:\w+\s+)?(?:Kamer|Staten|raads)?meerderheid\b"
        r"|\b(?:waardoor|waarmee|zodat)\s+(?:er\s+)?(?:toch\s+|wel\s+)?een\s+(?:\w+\s+)?meerderheid\s+(?:was|ontstond)\b"
        # ... and before the majority won: "kreeg dinsdag een ruime meerderheid", "kregen dinsdag een meerderheid achter
        # hun motie"
        r"|\b(?:haalde|haalden|kreeg|kregen)\s+(?:(?!geen\b|niet\b|onvoldoende\b|nooit\b)\w+\s+){1,3}?(?:een\s+)?"
        r"(?:ruime\s+|brede\s+|krappe\s+|nipte\s+)?(?:Kamer|Staten|raads)?meerderheid\b"
        r"|\b(?:Kamer)?meerderheid\s+(?:van\s+[^.;]{0,50}?\s+)?(?:was|waren)\s+(?:wel\s+|ook\s+)?voor\s+"
        r"(?:(?:de|een|deze|die|zijn|haar|hun)\s+(?:\w+\s+){0,2}?(?:motie|voorstel)\b|het\s*[.;,]|\s*[.;,])"
        r"|\b(?:wist|wisten)\s+(?:\w+\s+){0,2}?(?:Kamer)?meerderheid\s+(?:te\s+)?(?:vinden|krijgen|verwerven)\b"
        r"|\b(?:vond|vonden)\s+(?:wel\s+)?(?:een\s+)?(?:ruime\s+|brede\s+|krappe\s+)?(?:Kamer)?meerderheid\b"
        r"|\b(?:werd|werden|is|zijn)\s+(?:(?!niet\b|geen\b)\w+\s+){0,4}?omarmd\b"
        r"|(?<!\bniet\s)\bgesteund\s+door\s+(?:een|de)\s+(?:\w+\s+)?(?:Kamer|Staten|raads)?meerderheid\b", _I)),
    ("rejected", re.compile(
        r"\bverworpen\b|\bhaalde(?:n)?\s+het\s+niet\b|\b(?:kreeg|kregen|haalde|haalden|krijgt|krijgen|haalt|halen)\s+"
    r"geen\s+meerderheid\b"
        r"|\bsneuvelde(?:n)?\b|\bstrandde(?:n)?\b|\bwe(?:es|zen)\b[^.;]{0,60}?\baf\b|\bafgewezen\b"
        r"|\bmeerderheid\s+(?:\w+\s+){0,4}?stemde\s+tegen\b"
        r"|\bbes(?:luit|loot|loten)\s+(?:de|deze|die)\s+(?:\w+\s+)?(?:motie|moties|amendement)\s+te\s+verwerpen\b|"
        + VOTED_DOWN, _I)),
    # what the government does with it after the vote: only an adopted motion is carried out or set aside ("de
    # weigering van de minister om een motie van de SP uit te voeren", "legt de motie naast zich neer")
    ("adopted", re.compile(
        r"\bom\s+(?:een|de|die|deze|zijn|haar|hun)\s+motie\b[^.;,]{0,50}?\buit\s+te\s+voeren\b"
        r"|\bmotie\s+(?:nog\s+(?:steeds\s+)?|niet\s+|wel\s+)?naast\s+zich\s+neer\w*"
        r"|\buitvoering\s+(?:te\s+)?ge(?:ven|eft|geven)\s+aan\s+(?:de|een|die|deze)\s+(?:\w+\s+)?motie\b", _I)),
)  # fmt: skip
_SUBMITTED_CUE = re.compile(
    r"\b(?:dien|dient|diende|dienden|dienen)\b.{0,80}?\bin\b|\bingediend\b|\bindien(?:de|den)\b|\bvoorgesteld door\b"
    r"|\bontra(?:adt|adde|dden|den)\b|\bmede[- ]?ondertekend\b|\b[Ii]n\s+(?:een|haar|zijn|hun)\s+motie\b"
    r"|\bkw(?:am|amen)\s+(?:\w+\s+)?met\s+(?:een|haar|zijn|hun)\s+(?:\w+\s+)?motie\b"
    r"|\ber\s+ligt\s+(?:\w+\s+)?een\s+motie\b"
    # the motion's own text read out: "Ik heb ook een motie. overwegende dat ...; verzoekt de regering ..."
    r"|\b(?:overwegende|constaterende)\s+dat\b[^;]{0,400};.{0,800}?\bverzoekt\s+(?:de\s+regering|het\s+kabinet)\b",
    _I,
)
_ANNOUNCED_CUE = re.compile(
    r"\boverw(?:eeg|eg|oog|og)(?!ende\b)\w*\b|\bkondig\w*\b.{0,100}?\baan\b|\baan(?:ge)?kondig\w*\b"
    r"|\b(?:zal|zullen|ga|gaat|gaan|wil|willen|wilde|wilden|van plan|voornemens)\b.{0,80}?\b(?:indienen|in te dienen)\b"
    # coming with one later in the debate: "In de tweede termijn kom ik met een motie over de huren", "Ik kom straks met
    # twee moties"
    r"|\bkom(?:en)?\s+(?:ik|wij|we)\b[^.;?]{0,40}?\bmet\s+(?:een|twee|drie|enkele|een\s+aantal)\s+(?:\w+\s+)?moties?\b"
    r"|\b(?:ik|wij|we)\s+kom(?:en)?\s+(?:\w+\s+){0,3}?met\s+(?:een|twee|drie|enkele|een\s+aantal)\s+(?:\w+\s+)?moties?\b"
    r"|\b(?:indienen|in te dienen)\b.{0,20}?\b(?:zal|zullen|wil|willen)\b|\bin voorbereiding\b"
    r"|\b(?:wil|willen|gaat|gaan)\s+(?:met|via)\s+een\s+motie\b"
    # a purpose: "het lijkt ons goed om alvast een aantal moties in te dienen"
    r"|\bom\s+(?:\w+\s+){0,3}?(?:een|twee|drie|enkele|een\s+aantal|wat)\s+(?:\w+\s+)?moties?\s+in\s+te\s+dienen\b"
    # a threat: "dreigt met een motie van wantrouwen", "kan hij een motie van wantrouwen verwachten"
    r"|\bdreig\w*\s+met\s+(?:een\s+)?(?:\w+\s+)?motie\b|\bmotie\b[^.;]{0,40}?\b(?:verwachten|tegemoet\s+zien)\b"
    # still being written: "wordt gewerkt aan een ruimere motie", "in overleg over het opstellen van een motie", "Die
    # wordt morgen ingediend"
    r"|\b(?:werk\w*|gewerkt|gesleuteld|sleutel\w*)\s+aan\s+(?:een|de|hun|haar|zijn)\s+(?:\w+\s+){0,2}?moties?\b"
    r"|\b(?:opstellen|schrijven|voorbereiden)\s+van\s+(?:een|de)\s+(?:\w+\s+)?moties?\b"
    r"|\b(?:wordt|worden)\s+(?:morgen|straks|later|volgende\s+week|\w+dag(?:avond|middag)?)\s+(?:\w+\s+){0,4}?ingediend\b",
    _I,
)
# "dient bij het tweeminutendebat een motie in": the present with a later moment is an announcement.
# ... and in a turn of the debate: "Daar dien ik zo een motie over in", "Ik dien zometeen een motie in", "dien ik in de
# tweede termijn een motie in" (said in the first: the motion is read out later, with its own text)
_LATER = re.compile(r"\bbij het (?:tweeminutendebat|vervolg\w*|VAO|VSO|notaoverleg|wetgevingsoverleg)\b|\bstraks\b"
                    r"|\bvolgende week\b|\bmorgen\b|\blater\b"
                    r"|\b(?:dien|dienen)\s+(?:ik|wij|we)\s+(?:\w+\s+)?zo\b(?!\s*(?:'n|n|snel|veel|goed|graag|maar)\b)"
                    r"|\bzo\s*meteen\b|\bzodadelijk\b|\bdadelijk\b|\bin\s+de\s+tweede\s+termijn\b", _I)
_PRESENT_SUBMIT = re.compile(r"\b(?:dien|dient|dienen)\b", _I)
# A list follows: "Drie moties werden aangenomen, namelijk:", "De volgende moties werden aangenomen:"
_LIST_FOLLOWS = re.compile(r"(?::|\bnamelijk\b:?|\bte weten\b:?)\s*$|\bvolgende\s+(?:\w+\s+)?moties\b[^:]*:?", _I)
# Who signed along: "mede-ondertekend door X", "samen met X"
_CO_SIGNED = re.compile(r"\bmede[- ]?ondertekend\b|\bsamen met\b|\bc\.s\.", _I)
# "X kondigde dit aan": the announcer of the motion just named.
_ANNOUNCED_THAT = re.compile(r"\b(?:kondig\w*\s+(?:dit|dat|die|deze)\s+aan|(?:dit|dat)\s+kondig\w*)\b", _I)
# The motion's own subject after its noun.
_SUBJECT = re.compile(
    r"^-?(?:,\s+(?:eveneens\s+|ook\s+)?van\s+[^,;:]{3,60},)?[^,;:]{0,60}?(?:,\s+(?=die\b|dat\b|waarin\b))?(?:\bover\s+|\bom\s+|\bwaar(?:in|mee)\s+(?:[^,;:]{0,60}?\s)?(?:wordt\s+|werd\s+)?(?:gevraagd|verzocht|"
    r"opgeroepen|geëist|gevraagd)\s+(?:om\s+)?|\bwaarin\s+(?:[^,;:]{0,40}?\s)?(?:vraagt|vragen|verzoekt|verzoeken|eist|eisen)"
    r"\s+(?:(?:de regering|het kabinet|de minister\w*|de staatssecretaris\w*)\s+)?(?:om\s+)?|\bwaarin\s+"
    r"|\b(?:die|dat)\s+(?:[^;:]{0,100}?\s)?(?:verzoek\w*|oproep\w*|"
    r"opriep\w*|roep\w*\s+\S+(?:\s+\S+)?\s+op|vraagt|vragen|vroeg\w*|eist|eisen|eiste\w*|uitspreekt|spreekt\s+uit"
    r"|opdr(?:oeg|aagt|oegen|agen)|dr(?:aagt|oeg)\s+\S+(?:\s+\S+)?\s+op)"
    r"\s+(?:op\s+)?(?:om\s+)?|\bdie\s+betrekking\s+heb\w*\s+op\s+|\btegen\s+|\bspreekt\s+uit\s+(?:dat\s+)?"
    r"|\b(?:verzoekt|verzoeken|roept)\s+(?:de regering|het kabinet),?\s+(?:op\s+)?(?:om\s+)?"
    r"|\bmet\s+betrekking\s+tot\s+|\binzake\s+|\bbetreffende\s+|\baangaande\s+|\bten\s+aanzien\s+van\s+"
    r"|\bvoor\s+(?=(?:een|meer|minder|extra)\s)"
    r"|\b(?:afdwingen|bewerkstelligen|regelen|bereiken)\s+(?:dat|om)\s+)(?P<subj>.+)",
    _I,
)
_SUBJECT_STOP = re.compile(
    r"\s+(?:(?:is|zijn|werd|werden|was|waren|heeft|hebben)\s+(?:\w+\s+){0,6}?(?:aangenomen|verworpen|ingetrokken|"
    r"aangehouden|ingediend|aanvaard|ontraden|overgenomen|gesteund|afgewezen)|in\s+te\s+dienen|indienen|(?:aan|in)\s*$)\b.*$"
    r"|\s+(?:wordt|worden)\s+(?:\w+\s+)?(?:ontraden|overgenomen|aangehouden|ingetrokken)\b.*$"
    r"|\s+(?:is|zijn|werd|werden)\s+[^.;]{0,60}?\b(?:aangenomen|verworpen|ingetrokken|aangehouden|aanvaard"
    r"|niet\s+in\s+stemming\s+gebracht)\b.*$"
    r"|\s*[;:]\s*.*$|\s*\(\d.*$"
    # the call to vote for it: "roept de Kamer op de motie van X over Y te steunen"
    r"|\s+te\s+(?:steunen|ondersteunen|omarmen|stemmen|aannemen|verwerpen)\b.*$"
    # the writer's own main clause after a fronted motion phrase: "... over gokreclame informeer ik u ..."
    r"|\s+\w+\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer|hierbij|graag|nu|pas)\b.*$"
    # the outcome right after the subject: "... haalde het niet", "... sneuvelde", "... kreeg geen meerderheid"
    r"|\s+(?:haalde\w*\s+het\s+(?:\w+\s+)?(?:niet|wel)|sneuvelde\w*|strandde\w*|kreeg|kregen)\b.*$"
    # "... haalde de eindstreep", "... vond geen meerderheid", "... ging er niet door", what X saw it do: "(zag zijn
    # motie om ...) sneuvelen", "gesteund door een meerderheid"
    r"|\s+(?:haalde\w*\s+de\s+eindstreep|vond\w*\s+(?:\w+\s+)?(?:geen\s+)?(?:\w+\s+)?(?:Kamer)?meerderheid"
    r"|ging\w*\s+(?:er\s+)?niet\s+door|sneuvelen|stranden|gesteund\s+door"
    r"|haalde\w*\s+(?:\w+\s+){0,3}?(?:Kamer|Staten|raads)?meerderheid)\b.*$"
    # "... redde het niet", "... kon rekenen op een meerderheid", "... kon op steun rekenen"
    r"|\s+(?:redde\w*\s+het|kon|konden)\s+(?:\w+\s+){0,2}?(?:niet|rekenen|op)\b.*$"
    r"|\s+(?:werd|werden|is|zijn)\s+(?:\w+\s+)?(?:weggestemd|gesneuveld|gestrand)\b.*$"
    r"|\s+(?:met\s+[^,;.]{0,40}?\s+)?weg\s*$"
    # the main clause resumes after a relative one: ", kreeg steun van alle fracties", ", werd verworpen"
    r"|,\s+(?:kreeg|kregen|krijgt|krijgen|werd|werden|wordt|worden|is|was|waren|haalde\w*|sneuvelde\w*|strandde\w*|redde\w*"
    r"|stemde\w*|ging|gingen)\b.*$"
    # who voted against, told after the subject: ", met alleen de SGP tegen", ", met de PVV en de SGP tegen"
    r"|,?\s+met\s+(?:alleen\s+)?[^,;]{0,80}?\btegen\s*$"
    # who filed it, told after the subject: ", ingediend door de Kamerleden X (CDA) en Y (VVD)"
    r"|,?\s+(?:ingediend|voorgesteld|opgesteld|ondertekend)\s+door\b.*$",
    _I,
)
# Conjuncts of a plural motion phrase: "moties die het kabinet verzoeken om af te zien van A, van B en C"
_CONJUNCT = re.compile(r",\s+(?=(?:van|om|op|het|de|een|te|dat|geen|niet)\b)|\s+en\s+(?=(?:van|om|op|het|de|een|te|"
                       r"dat|geen|niet)\b)")


def _motion_names(m: re.Match[str]) -> list[str]:
    """The members a _MOTION_NAMES match names: "motie-X/Y", "motie X en Y (35 300, nr. 3)"."""
    return re.split(r"/|\s+en\s+", m.group("names") or m.group("names2") or m.group("names3"))


def names_a_motion(ctx: Context, i: int) -> bool:
    """Whether sentence i has a motion noun, so the motion rules read it."""
    return bool(_MOTION_NOUN.search(ctx.sentences[i].text))


def mention_drafts(ctx: Context, skip: set[int], texts: list[Draft] | None = None) -> tuple[list[Draft], set[int]]:
    """Motions named in running text, with what the sentence says happened to them. A motion phrase that
    points back ("de motie", "deze moties") without its own subject or submitter tells what happened to the
    motions just named (their outcome, a co-signer); a count ("tien moties") tells it of the listed motions
    after it, in a list or in the next sentence ("Het gaat om de motie-X over ... en de motie-Y over ...");
    any other motion phrase is a motion, one per phrase. Also returns the sentences read as pointing back."""
    drafts: list[Draft] = []
    used: set[int] = set()
    list_status: str | None = None
    carried: tuple[int, str] | None = None  # (sentence, status) a count gives the motions named next
    section: str | None = None  # the outcome a heading ("Aangenomen moties") gives the motions under it
    heading: str | None = None  # the outcome a bare heading ("Verworpen:") gives the list items right under it
    pending: int | None = None  # the last sentence naming a motion without saying what became of it
    owned_at: int | None = None  # the last sentence that named a member's motion as "zijn motie"
    together: dict[str, list[Draft]] = {}  # "de twee moties van afkeuring tegen A en B", before each is told
    by_kind: dict[str, Draft] = {}  # the motion of no confidence, of disapproval a text has named
    every: str | None = None  # the outcome the text gives all its motions ("alle moties werden verworpen")
    topic: tuple[int, str] | None = None  # a line "Toegankelijkheid van erfgoed:" over the motions named under it
    generic_at = -2  # the last sentence telling what happens to any motion ("Wanneer een motie wordt aangehouden")
    # drafts[:live] ended over _NUMBER_BACK sentences back: out of every look back (none reaches further), and never
    # changed again (only a motion within the look back or the last one is), so the look backs read drafts[live:]
    # alone, and triage stays linear in the number of motions
    live = 0
    i = 0
    sents = ctx.sentences
    while i < len(sents):
        s = sents[i]
        while live < len(drafts) and drafts[live].last < i - _NUMBER_BACK:
            live += 1
        if i in skip:
            list_status = None
            i += 1
            continue
        if drafts and _ANNOUNCED_THAT.search(s.text) and not _MOTION_NOUN.search(s.text):
            last = drafts[-1]
            if i - last.last <= 1 and last.status == "announced":
                last.actors = list(dedupe_actors([*last.actors, *_members(ctx, i, i)]))
                used.add(i)
            i += 1
            continue
        listed = list_status is not None and (s.item or bool(_LIST_LINE.match(s.text)))
        nouns = list(_MOTION_NOUN.finditer(s.text))
        counted = carried is not None and carried == (i - 1, "adopted")
        if not nouns and _TOPIC_LINE.match(s.text) and not _OUTCOME_HEAD.match(s.text.strip()) and _own_line(ctx, i):
            topic = (i, _ABOUT_LEAD.sub("", s.text.rstrip(" :")))
        if not nouns and _filer_backed(ctx, drafts[live:], i):
            used.add(i)  # "De Kamer ... steunde de PvdA-fractie": the motions the PvdA filed just before passed
            i += 1
            continue
        if not nouns and (asked := _kamer_asks(ctx, drafts[live:], i, counted)):
            drafts.append(asked)
            i += 1
            continue
        if nouns and _VOTE_HEADING.match(s.text):
            i += 1  # "Stemmingen moties Algemene Europese Beschouwingen": the votes, not a motion
            continue
        if nouns and (entry := _titled_entry(ctx, i)) is not None:
            # a register's entry named by its title, its state told under it: "Motie Afschaffing Verhuurdersheffing"
            drafts.append(entry[0])
            i = entry[1] + 1
            continue
        if nouns and not _register_near(ctx, i, i) and not _MOTION_NAMES.search(s.text) and not re.search(
                r"\w[.!?]$", s.text.rstrip()) and (
                len(s.text.split()) <= 4 or (len(s.text.split()) <= 16 and _SECTION_HEAD.match(s.text))):
            # a heading: "Aangenomen moties" tells the outcome of the motions its section describes
            head = _SECTION_HEAD.match(s.text)
            found = _FIELD_CODES.get(head.group("o").lower(), "adopted") if head else _status(s.text, s)[0]
            # a column heading ("Omschrijving van de motie") leaves the section as it is
            section = found if found in ("adopted", "rejected", "held", "withdrawn") else section
            i += 1
            continue
        if not nouns and (head := _OUTCOME_HEAD.match(s.text.strip())) and i + 1 < len(sents) and _listed_line(
                ctx, i + 1):
            # a bare outcome over a list: "Aangenomen" / "Verworpen:" then one item per motion gives each its fate
            heading = _FIELD_CODES[head.group("o").lower()]
            list_status = None  # the list's own heading, not the outcome an intro above it gave ("een deel ...")
            i += 1
            continue
        # an item's second sentence on its line ("Met andere woorden: ...") leaves the list, and its heading, open
        heading = heading if _listed_line(ctx, i) or _runs_on(ctx, i) else None
        if not nouns and s.item and (heading or section) and (member_entry := _MEMBER_ENTRY.match(s.text)) and (
                filers := [a for a in _members(ctx, i, i) if _person(a) and a.name in member_entry.group("who")]):
            # under "Aangenomen moties:" (or a bare "Verworpen:") the item "Bakker (CDA): meer geld voor pleegzorg" is
            # Bakker's motion on that
            zone = (s.start, s.end)
            drafts.append(Draft("motion", heading or section or "adopted", 0.7, i, i, zone,
                                clause=member_entry.group("subj").strip(" .;"), actors=filers, due_zone=zone))
            i += 1
            continue
        if not nouns or _GENERIC_MODAL.search(s.text) or _about_motions(ctx, i):
            list_status = list_status if listed else None
            i += 1
            continue
        only_named = False
        last_i, outcome_text = _with_outcome_after(ctx, i)
        if heading and last_i == i + 1 and _OUTCOME_ONLY.match(sents[last_i].text):
            # under a bare "Aangenomen" over the motions' lines, the next bare "Verworpen" heads the next section
            last_i, outcome_text = i, s.text
        if last_i == i and i + 1 < len(sents) and i + 1 not in skip and _DICTUM_START.match(sents[i + 1].text):
            last_i = i + 1  # the entry's dictum is the next sentence
        elif (body := _body_below(ctx, i, last_i, skip)) is not None:
            last_i = body  # "Motie X (P) – Verworpen" over "Constaterende dat ...; verzoekt de regering ..."
        status, conf, trigger = _status(outcome_text, s)
        if last_i == i and len(nouns) == 1 and (later := _fate_told_next(ctx, i, skip)) is not None:
            # "... een motie (die op het congres werd aangenomen) ... in stemming te brengen. Ook die werd
            # weggestemd.": the next sentence tells what the Kamer did with it, and that is its status
            status, conf, trigger = later
            last_i = i + 1
        support = ctx.clean.text[trigger[0] : trigger[1]]
        if status == "adopted" and _PRESENT_SUPPORT.search(support) and _vote_ahead(ctx):
            # "De Tweede Kamer steunt de moties van afkeuring" when the text says the vote is still to come: support
            # announced, the motions filed
            status = "submitted"
        if status is None and _tells_what_it_asks(ctx, drafts, i, owned_at):
            used.add(i)
            i += 1
            continue
        if status is None and listed and list_status:
            status, conf, trigger = list_status, 0.8, (s.start, s.end)
        if status is None and carried and carried[0] == i - 1:
            status, conf, trigger = carried[1], 0.75, (s.start, s.end)
        among = _AMONG_THOSE.match(s.text) is not None and (
            (carried is not None and carried[0] == i - 1) or bool(drafts and drafts[-1].last == i - 1))
        if among and status is None and drafts and drafts[-1].last == i - 1:
            status, conf, trigger = drafts[-1].status, 0.7, (s.start, s.end)  # the fate of those counted
        if heading and (status is None or conf is None or status in ("announced", "submitted")):
            status, conf, trigger = heading, 0.75, (s.start, s.end)
        if section and (status is None or status in ("announced", "submitted")):
            # under "Aangenomen moties", "Drie moties werden ingediend over X" tells their history, the heading
            # their fate
            status, conf, trigger = section, 0.7, (s.start, s.end)
        ordinal = next((n for n in nouns if _ORDINAL.search(s.text[max(0, n.start() - 20) : n.start()])), None)
        if status is None and ordinal is not None and drafts and 0 <= i - drafts[-1].last <= 8:
            # "Een tweede motie van afkeuring betrof ...", "Een andere motie van X kon ook niet ...": another motion at
            # the stage of the one before
            status, conf, trigger = drafts[-1].status, 0.7, (s.start, s.end)
        if status is None and ctx.letter and (answered := _ANSWERS_MOTION.search(s.text)) and (
                _MOTION_NAMES.search(s.text) or _MOTION_OF_NAME.search(s.text) or _register_near(ctx, i, i)):
            # a letter that carries out or answers a named motion: the Kamer adopted it ("Met deze brief geef ik
            # uitvoering aan de motie van het lid X (36200-XIII, nr. 15)")
            status, conf, trigger = "adopted", 0.7, (s.start + answered.start(), s.start + answered.end())
        if status is None and (reacts := _GOVERNMENT_ON_MOTION.search(s.text)) and (
                _MOTION_NAMES.search(s.text) or _MOTION_OF_NAME.search(s.text) or _register_near(ctx, i, i)):
            # an agenda or letter naming the government's reaction to a motion ("de brief ... met de kabinetsreactie op
            # de motie van het lid X"): the Kamer adopted it, the government answers what it asked
            status, conf, trigger = "adopted", 0.7, (s.start + reacts.start(), s.start + reacts.end())
        if status in (None, "submitted") and _reports_on_motions(ctx) and _ENTRY.match(s.text):
            # a report on how adopted motions are carried out lists them: "Motie van het lid X over Y"
            status, conf, trigger = "adopted", 0.7, (s.start, s.end)
        if status in (None, "submitted") and (same := _SAME_FATE.match(s.text)) and drafts and (
                0 <= i - drafts[-1].last <= 1) and drafts[-1].status in ("adopted", "rejected", "held", "withdrawn"):
            # "Een motie van X haalde het niet." then "Hetzelfde gold voor een motie van Y over Z.": Y's met X's fate
            # (also when it names the motion by its filing: "Hetzelfde geldt voor een motie die X indiende")
            status, conf, trigger = drafts[-1].status, 0.7, (s.start, s.start + same.end())
        owned = _owned_by_another(ctx, drafts, i) or _speakers_own(ctx, i)
        if (status is None or conf is None) and (
                _MOTION_NAMES.search(s.text) or _MOTION_OF_NAME.search(s.text) or _motion_register(ctx, i, i)
                or owned or (_PARTY_MOTION_ASKS.search(s.text) and not _outcomes_told(ctx, i))):
            # a motion named by its members or number without a word on its fate has at least been filed
            # ("De VNG roept de Kamer op de motie van Kamerlid X te steunen"); a next sentence may tell its fate
            status, conf, trigger = "submitted", 0.6, (s.start, s.end)
            only_named = True
        if status is None or conf is None:
            if any(_one_motion_told(s.text, n) for n in nouns):
                pending = i  # "Dat blijkt uit een motie die X indiende." then "De Kamer nam de motie aan."
            list_status = list_status if listed else None
            i += 1
            continue
        if texts and _gives_outcome_to_text(s, i, status, texts):
            used.add(i)
            i = last_i + 1
            continue
        phrases = [_phrase(s.text, n) for n in nouns]
        # drafts counted only for a phrase that may point back ("deze moties"): counting all is O(n) a sentence
        recent = [d for d in drafts[live:] if 0 <= i - d.last <= 8] if any(p.kind == "those" for p in phrases) else []
        phrases = [_Phrase("back" if p.kind == "those" and len(recent) >= 2 else "new" if p.kind == "those"
                           else p.kind, p.start, p.end, p.plural) for p in phrases]
        if any(p.kind == "vote" and not p.plural and _ANY_ONE.search(s.text[: p.start]) for p in phrases) or (
                generic_at == i - 1 and all(p.kind in ("back", "vote") for p in phrases)):
            # "Wanneer een motie wordt aangehouden is de motie (nog) niet ingediend." and "Wordt de motie binnen twee
            # maanden niet alsnog ingediend dan ...": "de motie" is the any motion the rule is about, not one named
            generic_at = i
            phrases = [p._replace(kind="vote") if p.kind == "back" else p for p in phrases]
        if among:
            # "Alle vier de moties van X haalden het niet." then "Daaronder was ook de motie voor Y.": one of those
            # counted, told by its subject, with their fate and filers
            phrases = [p._replace(kind="new") if p.kind == "back" and not p.plural else p for p in phrases]
        if all(p.kind == "vote" for p in phrases):
            # only the name of a vote or any motion at all: nothing happened to a motion here, but "Aan de orde zijn
            # de stemmingen over moties, ingediend bij ..., te weten:" introduces the motions voted on
            if _LIST_FOLLOWS.search(s.text) and not s.item:
                list_status = status
            i = last_i + 1
            continue
        named = _MOTION_NAMES.search(s.text) or _motion_register(ctx, i, last_i) or owned
        intro = _LIST_FOLLOWS.search(s.text)
        new = [p for p in phrases if p.kind == "new" and (intro is None or p.start >= intro.end())]
        if not new and named and not intro and _numbers_the_one_before(ctx, drafts, i, last_i, phrases, status):
            used.add(i)
            i = last_i + 1
            continue
        if not new and named and not intro:
            new = [_Phrase("new", nouns[0].start(), nouns[0].end(), False)]
        if only_named and new:
            new = _named_phrases(s.text, new)  # "Een motie die dezelfde strekking heeft als de motie-X": X's
        if not new:
            if any(p.kind == "count" for p in phrases):
                if intro:
                    list_status = status
                carried = (i, status)
                count = next(p for p in phrases if p.kind == "count")
                all_of_them = _ALL_OF_THEM.search(s.text[max(0, count.start - 12) : count.end])
                if status in ("adopted", "rejected") and all_of_them and not _OWN_CONTENT.match(
                        s.text[count.end : count.end + 160]):
                    every = status  # "stemden tegen alle moties, zodat geen enkele werd aangenomen"
                each = _each_of(ctx, i, section or status, trigger, count) or _one_each(
                    ctx, i, section or status, trigger, count) or _one_among(ctx, i, section or status, trigger, count)
                if not each and (listed_after := _listed_after(ctx, i, section or status, count)) is not None:
                    # "heeft onze fractie drie moties ingediend:" and one list item for each
                    each, last_i = listed_after
                if not each and (by_ordinal := _ordinals_after(ctx, i, section or status, count, skip)) is not None:
                    # "Er werden twee moties aangenomen." then "De eerste, van X, vraagt ..." and "De tweede ..."
                    each, last_i = by_ordinal
                if not each and status == "announced":
                    # "het lijkt ons goed om alvast een aantal moties in te dienen": the speaker's motions to come,
                    # told together
                    speaker = ctx.speakers.get(i)
                    members = _members(ctx, i, i) or ([speaker] if speaker and speaker.role == "member" else [])
                    each = [Draft("motion", status, 0.7, i, i, trigger, clause="", actors=members,
                                  due_zone=(s.start, s.start))]
                drafts.extend(each)
                i = last_i + 1
                continue
            if intro and not s.item:
                list_status = status  # "... moties ingediend bij het tweeminutendebat, te weten:" introduces them
            elif pending is not None and i - pending <= 2 and not any(d.last >= pending for d in drafts) and not any(
                    p.plural for p in phrases):
                # "... de motie Wilders (PVV) c.s. ..." then "Bij de stemmingen werd deze motie verworpen."
                named_at = ctx.sentences[pending]
                back = [_phrase(named_at.text, n) for n in _MOTION_NOUN.finditer(named_at.text)]
                drafts.extend(_new_motions(ctx, pending, pending, status, 0.7, (s.start, s.end),
                                           [_named_phrase(named_at.text, back)]))
                used.add(i)
            elif _apply_back(ctx, drafts[live:], i, status, plural=any(p.plural for p in phrases)):
                used.add(i)
            elif (told := _told_just_before(ctx, i, status, skip)) is not None:
                drafts.append(told)
                used.add(i)
            i = last_i + 1
            continue
        kinds: dict[int, str] = {}
        made = _new_motions(ctx, i, last_i, status, conf, trigger, new, kinds)
        if (only_named and s.item and len(made) == 1 and drafts and drafts[-1].last == i - 1
                and not drafts[-1].actors and not drafts[-1].clause
                and drafts[-1].status not in ("announced", "submitted")):
            # "Daar werd een ... motie ingediend, die gisteren werd aangenomen." over the item "De motie (34477-24) van
            # X over Y": the item names the motion whose fate the sentence told
            told = drafts[-1]
            told.actors, told.clause, told.last = made[0].actors, made[0].clause, last_i
            told.register = told.register or made[0].register
            i = last_i + 1
            continue
        if topic is not None and (topic[0] == i - 1 or (drafts and drafts[-1].last == i - 1
                                                        and drafts[-1].clause == topic[1])) and _own_line(ctx, i) and (
                s.item or _LIST_LINE.match(s.text)):
            # "Toegankelijkheid van erfgoed:" over "Motie Ellemeet (GL) en Dik-Faber (CU)": the line above the motions
            # named by their filers alone is what they are about
            for d in made:
                if not d.clause:
                    d.clause = topic[1]
                    d.first = topic[0] if topic[0] == i - 1 else d.first
        if among:
            filers = [a for a in _members(ctx, i - 1, i - 1) if _person(a)] or [
                f for f in [party_filer(ctx, i - 1)] if f is not None] or (
                list(drafts[-1].actors) if drafts and drafts[-1].last == i - 1 else [])
            purpose = re.match(r"\s+voor\s+(?P<c>.+?)\.?$", s.text[new[0].end :]) if new else None
            for d in made:
                d.actors = d.actors or filers
                d.clause = d.clause or (purpose.group("c") if purpose and len(made) == 1 else "")
        if _speakers_own(ctx, i) and (speaker := ctx.speakers.get(i)) is not None:
            for d in made:
                d.actors = d.actors or [speaker]  # "Mijn motie om ...": the speaker's
        if (len(made) == 1 and len(new) == 1 and not made[0].actors
                and (by := _FILER_SUBJECT.match(s.text[new[0].end :])) is not None
                and (filer := _bare_filer(ctx, by.group("who")) or _named_filer(by.group("who"))) is not None):
            made[0].actors = [filer]  # "de motie die El Yassini indiende": El Yassini's
        elif (len(made) == 1 and len(new) == 1 and made[0].actors
              and (by := _FILER_SUBJECT.match(s.text[new[0].end :])) is not None
              and _CO_SIGNED.search(by.group()) and not _CO_SIGNED.search(by.group("who"))
              and (filer := _named_filer(by.group("who")) or _bare_filer(ctx, by.group("who"))) is not None
              and not any(_same_surname(a.name, filer.name) for a in made[0].actors)):
            # "een motie die X samen met Y (P) indiende": X filed it first, and the motion is named after X
            made[0].actors = [filer, *made[0].actors]
        if (_OWNED.search(s.text) and not any(d.actors for d in made) and (
                opener := _OPENING_NAME.match(s.text)) and (owner := _bare_filer(ctx, opener.group("n")))):
            for d in made:
                d.actors = [owner]  # "Bontenbal kreeg steun voor zijn motie": the sentence's subject's
        fresh = any(re.search(r"\been\s+$", s.text[max(0, p.start - 5) : p.start], _I) for p in new)
        made = [d for d in made if ordinal or not _same_kind_as_before(d, kinds.get(id(d)), by_kind, fresh)]
        if len(made) == 1 and not made[0].actors and (those := _THOSE_FILERS.search(s.text)) is not None:
            # "Een andere motie van de drie partijen": the filers of the motion before that were that many
            how_many = 2 if those.group("n").lower() == "beide" else _COUNT_WORDS[those.group("n").lower()]
            made[0].actors = _filers_counted(ctx, drafts[live:], i, how_many)
        was = len(drafts)
        _told_again(drafts, made, kinds, together)
        live = live if len(drafts) == was else 0  # it took out one told before: count the ended ones again
        if ordinal and len(made) == 1 and re.match(r"^(?:Een|De)\s", s.text):
            made[0].last = _paragraph_end(ctx, i)  # what the paragraph it opens tells of it
        by_kind.update({kinds[id(d)]: d for d in made if id(d) in kinds})
        if (pointer := _POINTS_TO_PREVIOUS.search(s.text)) and i > 0 and i - 1 not in skip and not any(
                d.last >= i - 1 for d in drafts) and not ctx.sentences[i - 1].text.rstrip().endswith(":"):
            for d in made:  # "Een motie daarover kreeg steun", "Die oproep staat in een motie van X"
                d.first = i - 1
                told_before = _DATELINE.sub("", ctx.sentences[i - 1].text)
                if not d.clause or pointer.group("strong"):
                    d.clause = _KAMER_WANTS_LEAD.sub("", told_before).strip(" .")
        for d in made:
            if not d.clause or _POINTER_START.match(s.text):
                d.first = _paragraph_start(ctx, d.first, drafts, skip)
        if made and last_i > i + 1 and _outcome_under_fields(ctx, i) == last_i:
            for d in made:
                d.due_zone = (s.start, s.end)  # "Aangenomen op 5 oktober" dates the vote, not what the motion asks
        if len(made) == 1 and len(new) == 1 and _subject_told_before(s.text, new[0], made[0], drafts[live:], i):
            i = last_i + 1
            continue
        drafts.extend(made)
        owned_at = i if owned and made else owned_at
        opens_list = bool(intro and _LIST_END.search(s.text) and not s.item)
        list_status = status if opens_list else list_status if listed else None
        i = last_i + 1
    if every is not None:
        for d in drafts:
            if d.status == "submitted":
                d.status = every  # what the text says of all motions is what became of each it names
    _no_confidence_failed(ctx, drafts)
    _page_fields(ctx, drafts)
    _renumbered(ctx, drafts)
    return drafts, used


# The text turned to its reader about itself: "Hier vindt u ...", "In onderstaand overzicht leest u welke moties ...",
# "Rechts ziet u de planning", "treft u bijgaand aan"
_TO_THE_READER = re.compile(r"\b(?:vindt|leest|ziet|treft)\s+u\b", _I)


def _about_motions(ctx: Context, i: int) -> bool:
    """Whether sentence i speaks of motions without telling one: a question ("Maar wat heeft een motie nog voor nut
    ...?", "Hoe gaat het kabinet om met de aangenomen moties?") or the text telling its reader what it shows ("Hier
    vindt u door de raad aangenomen moties"), with no motion named by its filers or number."""
    s = ctx.sentences[i]
    if not (s.text.rstrip().endswith("?") or _TO_THE_READER.search(s.text)):
        return False
    return not (_MOTION_NAMES.search(s.text) or _MOTION_OF_NAME.search(s.text) or _register_near(ctx, i, i)
                or _members(ctx, i, i))


# a changed motion's new number with its old one: "(21501-33, nr. 477, was nr. 476)"
_RENUMBERED = re.compile(rf"(?P<reg>(?<![\d.,]){_DOSSIER_NR}\s*,\s*nr\.\s*\d+)\s*,\s*was\s+nr\.\s*(?P<old>\d+)")


def _renumbered(ctx: Context, drafts: list[Draft]) -> None:
    """A vote list names a motion by the number it had before it was changed ("de motie-X (..., nr. 476)"), the vote
    by its new one ("de gewijzigde motie-X (..., nr. 477, was nr. 476)"): one motion, under its new number."""
    for m in _finditer_whole(_RENUMBERED, ctx.clean.text, digits_only=True):
        new = _register_in(m.group("reg"))
        if new is None or not any(d.register == new for d in drafts):
            continue
        old = re.sub(r"nr\. \d+$", f"nr. {m.group('old')}", new)
        drafts[:] = [d for d in drafts if d.register != old]


# A motion's own page: its title first, then fields "nummer 36.410, F", "behandelstatus aangenomen"
_STATUS_FIELD = re.compile(r"\bbehandelstatus\s+(?P<o>aangenomen|verworpen|aangehouden|ingetrokken)\b", _I)
_NUMBER_FIELD = re.compile(r"\bnummer\s+(?=\d)", _I)


def _page_fields(ctx: Context, drafts: list[Draft]) -> None:
    """The fields of a motion's page belong to the motion its title names."""
    if not drafts or drafts[0].first > 2:
        return
    text = ctx.clean.text
    d = drafts[0]
    if (field := _STATUS_FIELD.search(text)) and d.status in ("announced", "submitted"):
        d.status = _FIELD_CODES[field.group("o").lower()]
    if d.register is None and (number := _NUMBER_FIELD.search(text)):
        found = _REGISTER.match(text, number.end())
        d.register = _register_text(found) if found else None


# "twee moties van afkeuring ... De Kamer steunt ...": support in the present, not a vote that was held
# ... or support told as what it could count on ("konden op brede steun rekenen") while the vote is still to come
# A sentence that gives what it names the fate of the motion just told: "Hetzelfde gold voor een motie van X",
# "Datzelfde geldt voor de motie over Y", "Dat lot trof ook een motie van Z", "Zo verging het ook de motie van W"
_SAME_FATE = re.compile(
    r"^(?:(?:En|Maar|Ook)\s+)?(?:(?:Hetzelfde|Datzelfde|Dat|Dit)\s+(?:gold|geldt)\s+(?:ook\s+|eveneens\s+)?voor"
    r"|(?:Hetzelfde|Datzelfde|Dat|Dit|Eenzelfde|Een\s+zelfde)\s+lot\s+(?:trof|was|onderging|ondergingen|wachtte)"
    r"|Zo\s+(?:verging|ging)\s+het\s+(?:ook\s+)?(?:met\s+)?)\b", _I)
_PRESENT_SUPPORT = re.compile(r"\bsteun(?:t|en)\b|\bkrijg(?:t|en)\b|\b(?:kon|konden)\b", _I)
# The text says the vote is still to come: "De gewone stemming is donderdagavond", "zij zullen voor stemmen"
_VOTE_AHEAD = re.compile(
    r"\b(?:de\s+)?(?:gewone\s+|hoofdelijke\s+)?stemming\s+(?:is|vindt|volgt)\s+(?!geweest|gehouden|voorbij|afgelopen)"
    r"|\bzullen\s+(?:\w+\s+)?(?:voor|tegen)\s+stemmen\b|\bwordt\s+(?:\w+\s+){0,3}?gestemd\b", _I)
# another motion of the same telling: "Een tweede motie", "Een andere motie"
_ORDINAL = re.compile(r"\b(?:tweede|derde|vierde|andere|volgende|laatste)\s+(?:\w+\s+)?$", _I)


# A motion of no confidence (or disapproval) backed by the opposition: "Grote steun vanuit de oppositie ... voor een
# motie van wantrouwen", "Flink deel oppositie steunt motie van wantrouwen", "gesteund door de voltallige oppositie"
_AGAINST_CABINET = re.compile(r"\b(?:motie|moties)\s+van\s+(?:wantrouwen|afkeuring)\b|\bwantrouwensmotie", _I)
_OPPOSITION_BACKS = re.compile(
    r"\bsteun\w*\s+(?:\w+\s+){0,3}?(?:vanuit|van|uit|door)\s+(?:de\s+|een\s+)?(?:\w+\s+){0,2}?oppositie\b"
    r"|\boppositie\w*\s+(?:\w+\s+){0,2}?(?:steunt|steunen|steunde|steunden)\b"
    r"|\bgesteund\s+door\s+(?:de\s+|een\s+)?(?:\w+\s+){0,2}?oppositie\b", _I)


def _no_confidence_failed(ctx: Context, drafts: list[Draft]) -> None:
    """A motion of no confidence or disapproval the text tells only the opposition backed, with no vote still to come,
    failed: the coalition's majority kept the cabinet ("Met onverwachts grote steun vanuit de oppositie ... voor een
    motie van wantrouwen zijn de Algemene Beschouwingen afgesloten"; "Flink deel oppositie steunt motie van
    wantrouwen, De Jonge gaat door")."""
    if not any(d.status == "submitted" for d in drafts) or _vote_ahead(ctx):
        return
    backed = any(_AGAINST_CABINET.search(s.text) and _OPPOSITION_BACKS.search(s.text) for s in ctx.sentences
                 if "oppositie" in s.text.lower())
    if not backed:
        return
    for d in drafts:
        told = " ".join(ctx.sentences[k].text for k in range(d.first, d.last + 1))
        if d.status == "submitted" and _AGAINST_CABINET.search(told) and not _COALITION_BACKS.search(told):
            d.status = "rejected"
            if not d.actors and _AGAINST_ONESELF.search(told) and (target := pronoun_person(ctx, d.first)):
                d.actors = [target]  # "Hij kreeg een motie van wantrouwen tegen zich": whom it was against


# "tegen zich", "tegen zichzelf": the motion against the sentence's subject
_AGAINST_ONESELF = re.compile(r"\btegen\s+zich(?:zelf)?\b", _I)


# ... but not when the coalition backs it too: "ook coalitiepartij X steunde de motie"
_COALITION_BACKS = re.compile(r"\bcoalitie\w*\b[^.;]{0,60}?\bsteun\w*\b|\bsteun\w*\b[^.;]{0,60}?\bcoalitie", _I)


@functools.lru_cache(maxsize=8)
def _vote_ahead_in(text: str) -> bool:
    return bool(_VOTE_AHEAD.search(text))


def _vote_ahead(ctx: Context) -> bool:
    return _vote_ahead_in(ctx.clean.text)


def _paragraph_end(ctx: Context, i: int) -> int:
    """The last sentence of the paragraph sentence i is in (at most three sentences on)."""
    sents = ctx.sentences
    k = i
    while k + 1 < min(len(sents), i + 4) and "\n" not in ctx.clean.text[sents[k].end : sents[k + 1].start] and not (
            _MOTION_NOUN.search(sents[k + 1].text)):
        k += 1
    return k


# A document a register number may belong to instead of a motion: "de brief van de minister (EK 35.788, V)"
_DOCUMENT = re.compile(r"\b(?:brief|brieven|nota|verslag|memorie|wetsvoorstel|kabinetsreactie|reactie)\b", _I)


def _motion_register(ctx: Context, first: int, last: int) -> bool:
    """Whether the sentences name a motion's number: one that no document noun stands nearer before than a motion
    noun."""
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    for m in _REGISTER.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        nouns = [n.end() for n in _MOTION_NOUN.finditer(before)]
        docs = [d.end() for d in _DOCUMENT.finditer(before)]
        if not docs or (nouns and nouns[-1] > docs[-1]):
            return True
    return not _REGISTER.search(text) and _register_near(ctx, first, last) is not None


def _numbers_the_one_before(ctx: Context, drafts: list[Draft], i: int, last: int, phrases: list[_Phrase],
                            status: str) -> bool:
    """ "In deze motie wordt de regering verzocht ... nummer 35.788, K ... behandelstatus aangenomen" under the motion
    just named: its number and its fate, not another motion."""
    if (not drafts or not all(p.kind == "back" for p in phrases) or _MOTION_NAMES.search(ctx.sentences[i].text)
            or not _motion_register(ctx, i, last)):
        return False
    d = drafts[-1]
    if not 0 < i - d.last <= 2 or d.register:
        return False
    d.register = _register_near(ctx, i, last)
    if status in ("adopted", "rejected", "held", "withdrawn") or d.status == "announced":
        d.status = status
    d.last = max(d.last, i)
    return True


# "Die motie werd aangenomen." right after the sentence that told what it asks, no motion named before
_THAT_MOTION = re.compile(r"^(?:Die|Deze|De)\s+motie\b", _I)


def _told_just_before(ctx: Context, i: int, status: str, skip: set[int]) -> Draft | None:
    """ "De VVD-fractie kwam met één wens: een jaar langer korting op de accijnzen. Die motie werd aangenomen.": the
    sentence before is the motion, with this one's fate (only when no motion was named before it)."""
    s = ctx.sentences[i]
    if i == 0 or i - 1 in skip or not _THAT_MOTION.match(s.text) or status not in ("adopted", "rejected", "held",
                                                                                   "withdrawn"):
        return None
    prev = ctx.sentences[i - 1]
    if _MOTION_NOUN.search(prev.text) or prev.text.rstrip()[-1:] not in ".!?":
        return None
    clause = prev.text.split(":", 1)[1] if ":" in prev.text else prev.text
    actors = [a for a in sentence_actors(ctx, i - 1, i - 1) if a.role in ("member", "organisation")]
    return Draft("motion", status, 0.6, i - 1, i, (s.start, s.end), clause=clause.strip(" ."), actors=actors,
                 due_zone=(prev.start, prev.end))


def _one_motion_told(text: str, noun: re.Match[str]) -> bool:
    """ "een motie die X indiende", "een motie van X": one motion told in a sentence of running text."""
    return (noun.group().lower() in ("motie", "afkeuringsmotie", "wantrouwensmotie")
            and bool(re.search(r"\been\s+(?:\w+\s+)?$", text[max(0, noun.start() - 20) : noun.start()], _I))
            and bool(_OWN_CONTENT.match(text[noun.end() : noun.end() + 80])) and text.rstrip()[-1:] in ".!?")


# a sentence that points back to what the one before it told: "Dat blijkt uit een motie van ...", "Die motie ..."
_POINTER_START = re.compile(r"^(?:Dat|Dit|Die|Deze|Daarover|Hierover|Daartoe)\b")


def _paragraph_start(ctx: Context, first: int, drafts: list[Draft], skip: set[int]) -> int:
    """A motion named without its subject ("Een motie van X kreeg grote steun.") or pointing back ("Dat blijkt uit
    een motie ...") was told in its paragraph before it: its quote starts there (up to three sentences back, not
    into another motion, a heading or another paragraph)."""
    text = ctx.clean.text
    sents = ctx.sentences
    floor: int | None = None  # the last sentence of the motions told so far, read only where it decides
    k = first
    while k - 1 > max(-1, first - 4) and k - 1 not in skip and "\n" not in text[sents[k - 1].end : sents[k].start]:
        prev = sents[k - 1].text.rstrip()
        if not prev.endswith((".", "!", "?", '"', "”")) or _MOTION_NOUN.search(prev):
            break
        if floor is None:  # (read for every motion, it made a text of many motions take time that grew with its square)
            floor = max([-1, *(d.last for d in drafts)])
        if k - 1 <= floor:
            break
        k -= 1
    return k


def _named_phrase(text: str, phrases: list[_Phrase]) -> _Phrase:
    """Of the motion phrases in a sentence, the one a name or number goes with ("motie Wilders (PVV) c.s.")."""
    for p in phrases:
        if _MOTION_NAMES.match(text, p.start) or _MOTION_OF_NAME.match(text, p.start) or text[p.end : p.end + 1] == "-":
            return _Phrase("new", p.start, p.end, False)
    return _Phrase("new", phrases[-1].start, phrases[-1].end, False)


# Motions named one after the other: "de motie van het lid X over A en de motie van het lid Y over B"
_NEXT_IN_LINE = re.compile(r"(?:,|\ben)\s+(?:de|het|een|zijn|haar)?\s*(?:gewijzigde\s+)?$", _I)


def _named_phrases(text: str, phrases: list[_Phrase]) -> list[_Phrase]:
    """The motion phrase a name or number goes with (_named_phrase), or each of several motions named in a row, each
    by its own filer and joined by "en" or a comma ("Met deze brief kom ik tegemoet aan de motie van het lid X over A
    en de motie van het lid Y over B"): one motion each."""
    named = [p for p in phrases if not p.plural and (
        _MOTION_NAMES.match(text, p.start) or _MOTION_OF_NAME.match(text, p.start) or text[p.end : p.end + 1] == "-")]
    if len(named) >= 2 and all(_NEXT_IN_LINE.search(text[a.end : b.start]) for a, b in itertools.pairwise(named)):
        return [_Phrase("new", p.start, p.end, False) for p in named]
    return [_named_phrase(text, phrases)]


# "Drie moties werden ingediend over X, één van senator A (P), één van senator B (Q)": one motion each
_EACH_OF = re.compile(r",\s+(?:één|een)\s+van\s+")


def _each_of(ctx: Context, i: int, status: str, trigger: tuple[int, int], count: _Phrase) -> list[Draft]:
    s = ctx.sentences[i]
    pieces = _EACH_OF.split(s.text[count.end :])
    if len(pieces) < 3:
        return []
    # their common subject stays in the quote: as each one's title it would make them one motion with the text's
    # summary of them ("moties die het kabinet verzoeken af te zien van de ontkoppeling van de AOW")
    out = []
    at = count.end + len(pieces[0])
    for piece in pieces[1:]:
        at = s.text.index(piece, at)
        found = mentions_in(ctx, s.start + at, s.start + at + len(piece))
        members = [m.actor for m in found if m.actor.role == "member"]
        if not members and (named := re.match(_PERSON, re.sub(r"^(?:senator|Kamerlid|het\s+lid)\s+", "", piece))):
            members = [ExtractedActor(normalise_name(named.group()), role="member")]
        zone = (s.start, s.end)
        out.append(Draft("motion", status, 0.7, i, i, trigger, clause="", actors=members, due_zone=zone))
        at += len(piece)
    return out


# "twee moties van X aangenomen: een over A en een over B": after the colon, one "een over/om/..." per motion
_ONE_EACH = re.compile(r"(?:^|,\s*(?:en\s+)?|\s+en\s+)(?:een|één)\s+(?=(?:over|om|voor|tegen|die|waarin)\s)", _I)


def _one_each(ctx: Context, i: int, status: str, trigger: tuple[int, int], count: _Phrase,
              actors: list[ExtractedActor] | None = None) -> list[Draft]:
    """The motions a count tells one by one after a colon in the same sentence, each with its subject and the
    sentence's filers; [] when the sentence does not go on that way."""
    s = ctx.sentences[i]
    colon = s.text.find(":", count.end)
    if colon < 0:
        return []
    rest = s.text[colon + 1 :].strip()
    at = s.text.index(rest, colon) if rest else colon
    marks = list(_ONE_EACH.finditer(rest))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    filers = actors if actors is not None else (
        [a for a in _members(ctx, i, i) if _person(a)] or [f for f in [party_filer(ctx, i)] if f is not None])
    out = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(rest)
        piece = rest[m.end() : stop].strip(" ,.;")
        zone = (s.start + at + m.end(), s.start + at + stop)
        out.append(Draft("motion", status, 0.7, i, i, trigger, clause=_subject(" " + piece) or piece,
                         actors=list(filers), due_zone=zone))
    return out


# a name opening its sentence, then its verb: "Bontenbal kreeg ...", "Van der Plas diende ..."
_OPENING_NAME = re.compile(r"^(?P<n>(?:(?:Van|De|Ter|Ten)\s+(?:(?:der|den|de)\s+)?)?[A-ZÀ-Ý][\w'’-]+)\s+"
                           r"(?=(?:kreeg|diende|haalde|wist|zag|kon|had|heeft|krijgt|dient|haalt|stelde|wilde|"
                           r"trok|hield)\b)")
# The Kamer backing a filer: "De Kamer ... steunde de PvdA-fractie", "Een meerderheid steunde Omtzigt"
_BACKED = re.compile(r"\b(?:de\s+(?:Tweede\s+|Eerste\s+)?Kamer|(?:een|de)\s+(?:\w+\s+)?(?:Kamer)?meerderheid)\b"
                     r"[^.;]{0,100}?\b(?:steunde|steunden|volgde|volgden)\s+(?:de\s+|het\s+)?(?P<who>[\w'’]+(?:-(?!fractie\b)[\w'’]+)*)"
                     r"(?:[\s-]+fractie)?(?P<rest>[^.;]*)", _I)


def _filer_backed(ctx: Context, drafts: list[Draft], i: int) -> bool:
    """Whether sentence i says the Kamer backed the filer of the motions told just before, still without an outcome
    ("De PvdA diende moties in om ..." ... "De Kamer steunde de PvdA-fractie"): those are adopted."""
    m = _BACKED.search(ctx.sentences[i].text)
    if m is None or _NEGATED.search(m.group("rest")):
        return False
    who = m.group("who").lower()
    party = (normalise_party(m.group("who")) or "").lower()

    def filers(d: Draft) -> list[ExtractedActor]:  # its members, or the party its sentence names as filer
        return d.actors or [f for f in [party_filer(ctx, d.first)] if f is not None]

    targets = [d for d in drafts if d.kind == "motion" and d.status in ("announced", "submitted")
               and 0 <= i - d.last <= 3 and any(a.name.split()[-1].lower() == who or (
                   party and (a.party or a.name).lower() == party) for a in filers(d))]
    for d in targets:
        d.status = "adopted"
    return bool(targets)


# "Daaronder was ook de motie voor ...", "Daarbij zat ook een motie om ...": one of the motions the sentence before
# counted
_AMONG_THOSE = re.compile(r"^(?:Daaronder|Daarbij|Daartussen|Onder\s+(?:die|deze|hen))\s+(?:was|waren|zat|zaten|"
                          r"bevond\s+zich|bevonden\s+zich)\s+(?:ook\s+|onder\s+(?:meer|andere)\s+)?(?:de|een)\s", _I)
# "een aantal moties ingediend, waaronder die voor een cursusplicht": one of the counted motions, by its subject
_AMONG = re.compile(r"\b(?:waaronder|onder\s+(?:meer|andere))\s+(?:die|een|één)\s+(?=(?:over|om|voor|tegen)\s)", _I)


def _one_among(ctx: Context, i: int, status: str, trigger: tuple[int, int], count: _Phrase) -> list[Draft]:
    """The one motion a count names among them after it ("waaronder die voor X"), with its subject and the
    sentence's filers; [] when the sentence names none."""
    s = ctx.sentences[i]
    among = _AMONG.search(s.text, count.end)
    if among is None or _MOTION_NOUN.search(s.text, among.end()):
        return []
    piece = s.text[among.end() :].strip(" ,.;")
    filers = [a for a in _members(ctx, i, i) if _person(a)] or [f for f in [party_filer(ctx, i)] if f is not None]
    return [Draft("motion", status, 0.7, i, i, trigger, clause=_subject(" " + piece) or piece, actors=filers,
                  due_zone=(s.start + among.end(), s.end))]


# A count's number: "drie moties", "2 moties"
def _filers_counted(ctx: Context, drafts: list[Draft], i: int, count: int) -> list[ExtractedActor]:
    """The filers of the last motion before sentence i (within 8 sentences) when they are as many as a motion told
    with "van de drie partijen" counts: its members, or the parties its sentences name (a motion's party filers are
    given it after this stage)."""
    for d in reversed(drafts):
        if not 0 <= i - d.last <= 8:
            break
        if len(d.actors) == count:
            return list(d.actors)
        text = " ".join(ctx.sentences[k].text for k in range(d.first, d.last + 1))
        parties = list(dict.fromkeys(p for m in PARTY_ANY.finditer(text) if (p := normalise_party(m.group()))))
        if len(parties) == count:
            return [ExtractedActor(p, party=p, role="organisation") for p in parties]
        return []
    return []


# filers told back by their number: "een andere motie van de drie partijen", "een motie van beide fracties"
_THOSE_FILERS = re.compile(r"\bmotie\s+van\s+(?:de\s+)?(?P<n>twee|drie|vier|vijf|zes|beide)\s+(?:partijen|fracties"
                           r"|Kamerleden|indieners)\b", _I)
_COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
# what an item says after its subject: "Meer groen op schoolpleinen – zodat kinderen buiten spelen"
_ITEM_ASIDE = re.compile(r"\s+[–—-]\s+.*$|[.;]\s*$")


def _listed_after(ctx: Context, i: int, status: str, count: _Phrase) -> tuple[list[Draft], int] | None:
    """The motions a count names one list item each for, right after it: "Kamerlid X diende drie moties in:" or "heeft
    onze fractie drie moties ingediend:" and then "1. Meer groen op schoolpleinen", "2. ...": a motion per item (as
    many as the count says, when it says a number), at the count's stage, with its filers, titled by the item. None
    when no list of that length follows the colon."""
    s = ctx.sentences[i]
    if not s.text.rstrip().endswith(":"):
        return None
    items = []
    for k in range(i + 1, min(i + 1 + 12, len(ctx.sentences))):
        if not ctx.sentences[k].item or _MOTION_NOUN.search(ctx.sentences[k].text):
            break
        items.append(k)
    want = _counted(s.text, count)
    if len(items) < 2 or (want is not None and len(items) != want):
        return None
    filers = [a for a in _members(ctx, i, i) if _person(a)] or [f for f in [party_filer(ctx, i)] if f is not None]
    out = []
    for k in items:
        item = ctx.sentences[k]
        clause = _ITEM_ASIDE.sub("", item.text).strip(" ,")
        out.append(Draft("motion", status, 0.7, k, k, (item.start, item.end), clause=clause, actors=list(filers),
                         due_zone=(item.start, item.start)))
    return out, items[-1]


def _counted(text: str, count: _Phrase) -> int | None:
    """The count's number, right before the noun or one word before it ("drie moties", "drie nieuwe moties")."""
    words = text[max(0, count.start - 30) : count.start].split()[-2:]
    return next((_COUNT_WORDS.get(w.lower()) or (int(w) if w.isdigit() else None) for w in reversed(words)
                 if w.lower() in _COUNT_WORDS or w.isdigit()), None)


# "De eerste vraagt ...", "De tweede, van Bakker (CDA), verzoekt ...": one of the motions counted before, its noun left
# out ("De eerste motie ..." names its noun and is read as a motion of its own)
_ORDINAL_ONE = re.compile(r"^(?:De|Een)\s+(?:eerste|tweede|derde|vierde|vijfde|laatste|andere)\b"
                          r"(?!\s+(?:\w+\s+)?(?:moties?|motie-\w+)\b)", _I)


def _ordinals_after(ctx: Context, i: int, status: str, count: _Phrase,
                    skip: set[int]) -> tuple[list[Draft], int] | None:
    """The motions a count names one sentence each for by their order, right after it: "Er werden twee moties
    aangenomen." then "De eerste, van X (P), vraagt de regering ..." and "De tweede vraagt ...": a motion per sentence
    (as many as the count says, when it says a number), at the count's stage, with the sentence's members or the
    count's filers, about what it asks. None when fewer than two such sentences follow."""
    told = []
    for k in range(i + 1, min(i + 1 + 10, len(ctx.sentences))):
        if k in skip or not _ORDINAL_ONE.match(ctx.sentences[k].text) or _MOTION_NOUN.search(ctx.sentences[k].text):
            break
        told.append(k)
    want = _counted(ctx.sentences[i].text, count)
    if len(told) < 2 or (want is not None and len(told) != want):
        return None
    filers = [a for a in _members(ctx, i, i) if _person(a)] or [f for f in [party_filer(ctx, i)] if f is not None]
    out = []
    for k in told:
        one = ctx.sentences[k]
        asks = _ASKS_OF_IT.search(one.text)
        clause = _ASKS_LEAD.sub("", one.text[asks.start() :]).strip(" .") if asks else ""
        # ("De eerste, van Peeters (SP), vraagt ...": the member is Peeters, the "van" after the comma is no particle)
        own = [ExtractedActor(a.name[4:], a.party, a.role, a.ministry) if re.search(
            rf",\s+van\s+{re.escape(a.name[4:])}\b", one.text) and a.name.startswith("Van ") else a
            for a in _members(ctx, k, k) if _person(a)]
        out.append(Draft("motion", status, 0.7, k, k, (one.start, one.end), clause=clause,
                         actors=own or list(filers), due_zone=(one.start, one.end)))
    return out, told[-1]


def _told_again(drafts: list[Draft], made: list[Draft], kinds: dict[int, str],
                together: dict[str, list[Draft]]) -> None:
    """ "De Kamer steunt de twee moties van afkeuring tegen A en B" and then each told on its own ("diende X een motie
    van afkeuring in tegen B", "Een tweede motie van afkeuring betrof ..."): the one told on its own is the motion,
    the lead's part for it goes."""
    found = [kinds[id(d)] for d in made if id(d) in kinds]
    if len(made) > 1 and len(found) == len(made) and len(set(found)) == 1:
        together.setdefault(found[0], []).extend(made)
        return
    if len(made) != 1 or not found or not together.get(found[0]):
        return
    lead = together[found[0]]
    words = set(re.findall(r"\b[A-Z][\w-]{3,}", made[0].clause))
    pick = next((x for x in lead if words & set(re.findall(r"\b[A-Z][\w-]{3,}", x.clause))), lead[0])
    lead.remove(pick)
    if pick in drafts:
        drafts.remove(pick)


# a motion noun followed by its subject alone, not its filers or number: "de motie om ...", "de motie over ..."
_BARE_SUBJECT_AFTER = re.compile(r"\s+(?:om|over|die|dat|waarin)\b", _I)
# the definite article before a motion noun: one the reader knows ("stemde ook de PVV voor de motie om ...")
_DEFINITE_BEFORE = re.compile(r"\b(?:de|die|deze|dezelfde)\s+$", _I)


def _subject_told_before(text: str, phrase: _Phrase, d: Draft, drafts: list[Draft], i: int) -> bool:
    """ "een motie van X die vraagt A op korte termijn te doen ..." then "Ook de PVV stemde voor de motie om A te doen":
    the definite motion whose every content word the subject of one told just before has is that motion again, its
    fate told anew (not another motion by whoever was named last)."""
    if phrase.plural or not d.clause or d.register or not _DEFINITE_BEFORE.search(
            text[max(0, phrase.start - 10) : phrase.start]) or not _BARE_SUBJECT_AFTER.match(text[phrase.end :]):
        return False  # (a motion named by its filers or number is its own: "de motie-X over ...")
    words = _words(d.clause)
    if len(words) < 2:
        return False
    told = next((o for o in reversed(drafts) if o.kind == "motion" and 0 <= i - o.last <= 8
                 and words <= _words(o.clause)), None)
    if told is None:
        return False
    if d.status in ("adopted", "rejected") and told.status in ("announced", "submitted"):
        told.status = d.status
    return True


def _same_kind_as_before(d: Draft, kind: str | None, by_kind: dict[str, Draft], fresh: bool = False) -> bool:
    """A text names its motion of no confidence or of disapproval again without its members ("overleefde hij een
    motie van wantrouwen"): what it says then is that motion's outcome, not another motion."""
    old = by_kind.get(kind) if kind else None
    surnames = {a.name.split()[-1].lower() for a in d.actors}
    # by the same member: "De motie van wantrouwen van Geert Wilders is verworpen." ... "Dan stemt de Kamer over de
    # motie van wantrouwen van Wilders"
    if old is None or (surnames and surnames != {a.name.split()[-1].lower() for a in old.actors}) or (
            d.first - old.last > 30):
        return False
    if fresh and d.clause and old.clause and not _words(d.clause) & _words(old.clause):
        return False  # another one, against someone else: "een motie van wantrouwen tegen het hele kabinet"
    if d.status in ("adopted", "rejected", "held", "withdrawn") or old.status == "announced":
        old.status = d.status
    if not old.clause and d.clause:
        # "... een motie van afkeuring aangenomen." then "... een motie van afkeuring tegen minister X": whom it is
        # against, told right after
        old.clause = d.clause
        if d.first - old.last <= 2:
            old.last = max(old.last, d.last)
    return True


def _words(text: str) -> set[str]:
    """The content words of a subject, by their first six letters."""
    return {w.lower()[:6] for w in re.findall(r"[\w-]{5,}", text)}


def _gives_outcome_to_text(s: Sentence, i: int, status: str, texts: list[Draft]) -> bool:
    """A headline over the one motion text a page prints ("AANGENOMEN: Motie over X" above "De Kamer, gehoord de
    beraadslaging, ..."): its outcome is that motion's, not another motion."""
    if i != 0 or len(texts) != 1 or s.text.rstrip().endswith((".", "?", "!")) or len(s.text.split()) > 16:
        return False
    if status in ("adopted", "rejected", "held", "withdrawn") and texts[0].status in ("announced", "submitted"):
        texts[0].status = status
    return True


# "Stemmingen moties Jeugdbeleid", "Stemming over moties ingediend bij ...": the heading of a vote
_VOTE_HEADING = re.compile(r"^(?:\d+\s+)?Stemming(?:en)?\s+(?:over\s+)?(?:de\s+)?moties?\b(?![^.]*\.\s+\S)", _I)


# A news agency's dateline: "DEN HAAG (ANP) - "
_DATELINE = re.compile(r"^\s*(?-i:[A-Z][A-Z' -]{2,})\s*(?:\([A-Za-z]+\)\s*)?[-–—]\s*", _I)
# What the motion asks was said in the sentence before: "Een motie daarover ...", "Die oproep staat in een motie"
_POINTS_TO_PREVIOUS = re.compile(
    r"\bmoties?\s+(?:van\s+[^,;.]{1,60}?\s+)?(?:daarover|hierover|daartoe|hiertoe|met\s+die\s+strekking"
    r"|van\s+die\s+strekking)\b"
    r"|^(?:Die|Dat|Dit|Deze)\s+(?:oproep|verzoek|wens|eis|voorstel|uitspraak)\s+(?:staat|stond|komt|kwam|is|was)\b"
    # the news, then where it comes from: "Kamer wil verbod op lachgas. Dat blijkt uit een motie van X die ..."
    r"|^(?:Dat|Dit)\s+(?:blijkt|bleek)\s+uit\s+(?:een|de)\s+(?:\w+\s+)?motie\b"
    # the pointer before the noun, or in the motion's relative clause: then what the motion asks is told only in the
    # sentence before ("De Kamer nam ook hierover een motie aan na een debat over ...", "een motie van X waarin dat
    # wordt geëist", "een motie van X die hiertoe opriep")
    r"|(?P<strong>\b(?:hierover|daarover|hiertoe|daartoe)\s+(?:\w+\s+){0,2}?moties?\b"
    r"|\bmoties?\b[^.;]{0,80}?\b(?:die|dat|waarin)\s+(?:dat|dit|daartoe|hiertoe|daarom|hierom)\s+(?:\w+\s+){0,2}?"
    r"(?:wordt|werd|worden|werden|vraagt|vroeg|vragen|eist|eiste|eisen|verzoekt|verzocht|roept|riep|opriep|oproept"
    r"|gevraagd|geëist|opgeroepen)\b)", _I)


# "Een meerderheid van de Tweede Kamer wil dat ...": what the motion pointing back asks is what follows
_KAMER_WANTS_LEAD = re.compile(
    r"^(?:(?:Een|De)\s+(?:\w+\s+){0,2}?|(?:Tweede\s+|Eerste\s+)?)(?:Kamer|Kamermeerderheid|meerderheid|senaat)(?:\s+van\s+de\s+(?:Tweede|Eerste)\s+"
    r"Kamer)?\s+(?:wil|eist|vraagt|verlangt)\s+(?:dat\s+|om\s+)?", _I)
# A motion's dictum as a sentence of its own under an entry "De motie van het lid X.": "Verzoekt de regering, ..."
_DICTUM_START = re.compile(r"^(?:Verzoekt|Verzoeken|Roept|Roepen|Draagt|Dragen|Spreekt|Spreken)\b")
# A motion's text quoted under the line that names it: its considerations ("Constaterende dat ...; overwegende dat
# ...") and its dictum, at a sentence's start or after a ";": "...; verzoekt de regering ..."
_BODY_START = re.compile(r"^(?:De\s+Kamer,?\s+)?(?:gehoord\s+de\s+beraadslaging|constaterende|overwegende|van\s+mening"
                         r"|Verzoekt|Roept|Draagt)\b", _I)
_BODY_DICTUM = re.compile(r"(?:^|;\s*|,\s+en\s+)(?P<d>(?:verzoekt|roept|draagt)\s+(?:de\s+regering|het\s+kabinet"
                          r"|het\s+college|de\s+minister|de\s+staatssecretaris|Gedeputeerde\s+Staten)\b.*)", _I)


def _body_below(ctx: Context, i: int, last: int, skip: set[int]) -> int | None:
    """The sentence with the dictum of the motion text right under the entry that ends at sentence `last` (the entry
    names its motion and outcome, the text under it what it asks), or None: up to six sentences of considerations
    and dictum, none naming a motion."""
    sents = ctx.sentences
    if last + 1 >= len(sents) or not _BODY_START.match(sents[last + 1].text) or _DICTUM.search(sents[i].text):
        return None
    for k in range(last + 1, min(last + 7, len(sents))):
        if k in skip or _MOTION_NOUN.search(sents[k].text):
            return None
        if _BODY_DICTUM.search(sents[k].text):
            return k
    return None


# The heading of a register's or report's section: "Door de Staten-Generaal aanvaarde moties die zijn afgerond"
_SECTION_HEAD = re.compile(
    r"^[^.!?]{0,60}?\b(?P<o>aanvaarde|aangenomen|verworpen|aangehouden|ingetrokken)\s+moties\b[^.!?]*$", _I)


_ANSWERS_MOTION = re.compile(
    r"\buitvoering\s+(?:te\s+geven\s+)?(?:aan|van)\b|\bter\s+uitvoering\b|\buitgevoerd\b|\buit\s+te\s+voeren\b"
    r"|\bvoldo(?:e|en|et)\b[^.;]{0,40}?\baan\b|\bin\s+reactie\s+op\b|\bnaar\s+aanleiding\s+van\b|\bafdoening\s+van\b"
    r"|\bzoals\s+(?:gevraagd|verzocht)\b|\bwordt\s+(?:de\s+regering|het\s+kabinet)\s+(?:verzocht|gevraagd)\b", _I)


# The government's answer to a motion, named as such: "de kabinetsreactie op de motie van het lid X", "de reactie van
# het kabinet op de aangenomen motie-Y"
_GOVERNMENT_ON_MOTION = re.compile(
    r"\b(?:kabinetsreactie|kabinetsstandpunt|reactie\s+van\s+(?:het\s+kabinet|de\s+regering|de\s+minister\w*"
    r"|de\s+staatssecretaris\w*))\s+(?:op|over)\s+(?:de\s+)?(?:aangenomen\s+)?motie\b", _I)


# A line of a list of motions without a bullet: "de motie-De Boer c.s. over ... (32769, letter F);"
_LIST_LINE = re.compile(r"^(?:[-–•]\s*)?(?:de\s+)?(?:gewijzigde\s+|nader\s+gewijzigde\s+)?motie\b", _I)
_LIST_END = re.compile(r"(?::|\bnamelijk\b:?|\bte weten\b:?)\s*$", _I)


# The Kamer as the one who asks: in a report of votes that is an adopted motion. "Verder vroeg de Eerste Kamer
# studenten op een andere manier te compenseren".
_KAMER_ASKS = re.compile(
    r"\b(?:vroeg|vraagt|verzocht|verzoekt|riep|roept)\s+de\s+(?:(?:Eerste|Tweede)\s+)?Kamer\b"
    r"(?P<a>.*?\bte\s+\w+en\b.*)"
    r"|\b(?:de\s+(?:(?:Eerste|Tweede)\s+)?Kamer|[Hh]et\s+parlement)\s+(?:vroeg|vraagt|verzocht|verzoekt|riep|roept)\b"
    r"(?P<b>.*?\bte\s+\w+en\b.*)"
)


# whom the Kamer asked: "de regering", "minister Barry Madlener (Infrastructuur en Waterstaat)"
_ASKED_WHOM = re.compile(r"^\s*(?:de regering|het kabinet|(?:de\s+)?(?:minister|staatssecretaris)\s+"
                         r"(?:[A-Z][\w'’-]+\s+){0,3}(?:\([^()]*\)\s*)?)?\s*(?:op\s+)?(?:om\s+)?")


def _kamer_asks(ctx: Context, drafts: list[Draft], i: int, counted: bool = False) -> Draft | None:
    """What the Kamer asked, told after adopted motions (or a count of them in the sentence before)."""
    s = ctx.sentences[i]
    m = _KAMER_ASKS.search(s.text)
    if m is None or not (counted or any(d.status == "adopted" and 0 <= i - d.last <= 8 for d in drafts)):
        return None
    clause = _ASKED_WHOM.sub("", m.group("a") or m.group("b") or "")
    zone = (s.start, s.end)
    return Draft("motion", "adopted", 0.6, i, i, zone, clause=clause.strip(" ,."), due_zone=zone)


# --- what the votes decided, told without the word "motie" ------------------------------------------

# A vote on motions that is over: "Stemmingen over zo'n 60 moties voorbij", "De Kamer heeft over de moties gestemd"
_VOTES_OVER = re.compile(
    r"\b(?:stemming\w*|gestemd|stemde\w*)\b[^.;]{0,80}\bmoties\b[^.;]{0,40}"
    r"\b(?:voorbij|afgelopen|afgerond|achter de rug)\b"
    r"|\b(?:heeft|hebben|is|zijn|werd|werden)\b[^.;]{0,60}\bgestemd\b[^.;]{0,40}\bmoties\b",
    _I,
)
# What a result says the motions brought: an obligation, a right, something that comes.
_RESULT = re.compile(
    r"\b(?:moet|moeten|krijgt|krijgen|mag|mogen|wordt|worden|komt er|komen er|gaat|gaan)\b", _I
)
# a subordinate or relative clause is no result of its own: "..., die hieronder kort toegelicht worden"
_SUBORDINATE = re.compile(
    r"^\s*(?:als|dat|omdat|wanneer|of|terwijl|zodat|hoewel|die|wat|welke|waarbij|waarin|waarover)\b", _I)
# Where one result ends and the next begins: ", " or " en " before a new subject or verb.
_RESULT_SPLIT = re.compile(
    r",\s+(?=[a-z])|\s+en\s+(?=(?:het|de|er|een|komt|komen|moet|moeten|krijgt|krijgen|gaat|wordt)\b)"
)


# A report of a vote on motions that starts a passage telling its outcomes: a heading "Stemming over moties",
# "De meeste moties halen geen meerderheid"
_VOTE_PASSAGE = re.compile(
    r"^Stemming(?:en)?\s+(?:over\s+|van\s+)?(?:de\s+)?moties\b"
    r"|\b(?:de\s+meeste|veel|vrijwel\s+alle|bijna\s+alle|de\s+meerderheid\s+van\s+de)\s+moties\s+"
    r"(?:halen|haalden|kregen|krijgen|kreeg|haalde)\s+geen\s+meerderheid\b", _I)
# ... or the vote itself told in the past: "De Tweede Kamer stemde dinsdag over de moties bij het debat over X", after
# which what a majority wants is what the votes decided
_VOTED_PAST = re.compile(r"\b(?:de\s+(?:Tweede\s+|Eerste\s+)?Kamer|senaat)\s+stemde\s+(?:\w+\s+){0,3}?over\s+"
                         r"(?:de|\d+|\w+)\s+(?:\w+\s+)?moties\b", _I)
# A motion told by what it proposes: "het SP-plan om ...", "het verzoek van de oppositie om ...", "Het voorstel om:"
_PROPOSAL = re.compile(
    r"\b(?:het|een|dat|dit)\s+(?:[\w-]+-)?(?:plan|voorstel|verzoek|idee)(?:\s+van\s+[^,;.:]{1,40}?)?\s+om\b"
    r"(?:\s*:\s*$|\s+(?P<subj>[^;:]*?\bte\s+\w+[^;:.]*?)(?=[.;]|\s*$))", _I)
# What a majority wants, in a passage on votes: "Ook wil een meerderheid dat ...", "Een meerderheid wil dat ..."
_MAJORITY_WANTS = re.compile(
    r"\b(?:wil|wilde|willen)\s+(?:een\s+(?:\w+\s+)?|de\s+)?(?:Kamer)?meerderheid\s+(?:van\s+de\s+(?:Tweede\s+|Eerste\s+)?"
    r"Kamer\s+)?(?:dat|om)\s+(?P<a>.+)"
    r"|\b(?:een\s+(?:\w+\s+)?|de\s+)?(?:Kamer)?meerderheid\s+(?:van\s+de\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+)?"
    r"(?:wil|wilde|willen)\s+(?:dat|om)\s+(?P<b>.+)", _I)
# Support or its lack, said of a proposal by any subject in a passage on votes
_SUPPORTED = re.compile(r"\bsteun(?:t|de|den|en)\b|\bstemde(?:n)?\s+(?:\w+\s+){0,3}?voor\b", _I)
# An example of the motions just counted: "De meeste moties halen geen meerderheid, zoals het SP-plan om ..."
_EXAMPLE = re.compile(r"\b(?:zoals|waaronder|onder\s+meer|bijvoorbeeld)\s+(?=(?:het|een|dat|dit)\s)", _I)
# A list of proposals after "Het voorstel om:", its items split by ";" and dashes
_ITEM_SPLIT = re.compile(r"\s*;\s*(?:[-–•]\s*)?")


def vote_results(ctx: Context, skip: set[int]) -> tuple[list[Draft], set[int]]:
    """A report that the votes on motions are over, then says what they decided ("huurders krijgen het recht
    ..., het kabinet moet sneller ... en komt er een energieplafond"): each result is an adopted motion. So is
    each proposal told in such a passage with its fate ("Wel steunen VVD en SP het verzoek van de oppositie om
    ...", "zoals het SP-plan om ..." after "De meeste moties halen geen meerderheid"), what a majority wants
    ("Ook wil een meerderheid dat ...") and the items of a list of proposals ("Het voorstel om: - A; - B")."""
    drafts: list[Draft] = []
    used: set[int] = set()
    sents = ctx.sentences
    for i, s in enumerate(sents):
        if i not in skip and (wish := _wish_voted_on(ctx, i)) is not None:
            drafts.append(wish)
            used.add(i)
            continue
        passage = bool(_VOTE_PASSAGE.search(s.text))
        over = passage or bool(_VOTES_OVER.search(s.text))  # what follows may tell results ("huurders krijgen ...")
        wishes = over or bool(_VOTED_PAST.search(s.text))
        if i in skip or not wishes:
            continue
        seen_result = False
        for k in range(i, min(i + 5, len(sents))):
            t = sents[k]
            if k > i and _VOTE_PASSAGE.match(t.text):
                break  # the next passage's heading
            if k in skip or k in used:
                continue
            told = _told_motions(ctx, k, passage, wishes)
            if told:
                drafts.extend(told)
                used.add(k)
                seen_result = True
                continue
            if not over:
                continue
            if k == i or (PAST_TENSE_MAIN.search(t.text) and not _RESULT.search(t.text)):
                if seen_result:
                    break
                continue
            results = [c for c in _RESULT_SPLIT.split(t.text)
                       if _RESULT.search(c) and len(c.split()) >= 4 and not _SUBORDINATE.match(c)]
            if not results:
                if seen_result:
                    break
                continue
            seen_result = True
            for clause in results:
                at = t.start + t.text.find(clause)  # its own words give its date, not the sentence's
                zone = (at, at + len(clause))
                clause = re.sub(r"^(?:ook|verder|daarnaast|en)\s+", "", clause.strip(" ."), flags=_I)
                drafts.append(Draft("motion", "adopted", 0.55, k, k, zone, clause=clause, due_zone=zone))
            used.add(k)
    told = told_proposals(ctx, skip | used)
    return drafts + told, used | {d.first for d in told}


# What a majority of the Kamer wants, told with the division after it: "Zo wil een grote meerderheid van de Tweede
# Kamer de bedenktijd schrappen." + "Alleen CDA en SGP stemden tegen."
_MAJORITY_WISH = re.compile(
    r"\b(?:wil|wilde)\s+(?:een\s+(?:\w+\s+)?|de\s+)(?:Kamer)?meerderheid(?:\s+van\s+de\s+(?:Tweede\s+|Eerste\s+)?Kamer)?"
    r"\s+(?:dat\s+|om\s+)?(?P<c>.+)", _I)
_DIVISION = re.compile(r"\b(?:stemde|stemden)\s+(?:\w+\s+){0,2}?(?:tegen|voor)\b", _I)


def _wish_voted_on(ctx: Context, i: int) -> Draft | None:
    s = ctx.sentences[i]
    if i + 1 >= len(ctx.sentences) or _MOTION_NOUN.search(s.text) or not _DIVISION.search(ctx.sentences[i + 1].text):
        return None
    m = _MAJORITY_WISH.search(s.text)
    if m is None:
        return None
    at = s.start + m.start()
    return Draft("motion", "adopted", 0.6, i, i + 1, (at, s.end), clause=m.group("c").strip(" ."), due_zone=(at, s.end))


def _told_motions(ctx: Context, k: int, passage: bool, wishes: bool = False) -> list[Draft]:
    """The motions sentence k of a passage on votes tells by what they propose, each with its fate; after a vote told
    in the past (`wishes`) only what a majority wants."""
    t = ctx.sentences[k]
    text = t.text
    if not (passage or wishes):
        return []
    if (want := _MAJORITY_WANTS.search(text)) and not _MOTION_NOUN.search(text):
        clause = (want.group("a") or want.group("b")).strip(" .")
        at = t.start + want.start()
        return [Draft("motion", "adopted", 0.6, k, k, (at, t.end), clause=clause, due_zone=(at, t.end))]
    if not passage:
        return []
    found = list(_PROPOSAL.finditer(text))
    if not found:
        return []
    out: list[Draft] = []
    for m in found:
        if m.group("subj") is None:
            # "Het voorstel om:" then the list of what was proposed, each with the fate the sentence before told
            if text.rstrip().endswith(":") and k + 1 < len(ctx.sentences) and k > 0:
                before = re.split(r",\s+(?:maar|en)\s+|;\s*", ctx.sentences[k - 1].text)[-1]
                status = _status(before, ctx.sentences[k - 1])[0]
                if status in ("adopted", "rejected"):
                    out.extend(_proposal_list(ctx, k + 1, status))
            continue
        head = text[: m.start()]
        if _EXAMPLE.search(head[-20:]):
            status = _status(head, t)[0]
        elif _SUPPORTED.search(head) or _SUPPORTED.search(text[m.end():]):
            status = "adopted"
        else:
            status = _status(text, t)[0]
        if status not in ("adopted", "rejected"):
            continue
        at = t.start + m.start()
        out.append(Draft("motion", status, 0.6, k, k, (at, t.start + m.end()), clause=m.group("subj").strip(),
                         actors=_members(ctx, k, k), due_zone=(at, t.start + m.end())))
    return out


def _proposal_list(ctx: Context, k: int, status: str) -> list[Draft]:
    t = ctx.sentences[k]
    out: list[Draft] = []
    at = 0
    for piece in _ITEM_SPLIT.split(t.text):
        start = t.text.find(piece, at)
        at = start + len(piece)
        item = piece.strip(" .-–•")
        if len(item.split()) < 3 or not re.search(r"\bte\s+\w+", item):
            continue
        zone = (t.start + start, t.start + at)
        out.append(Draft("motion", status, 0.55, k, k, zone, clause=item, due_zone=zone))
    return out


def _heads_section(ctx: Context, k: int, word: str) -> bool:
    """A bare "Verworpen" over list items or sentences that start with it heads the section below, not the end of
    the entry above: "Verworpen" then "• Verworpen werd de motie van ..."."""
    after = ctx.sentences[k + 1] if k + 1 < len(ctx.sentences) else None
    return after is not None and len(ctx.sentences[k].text.split()) == 1 and (
        after.item or after.text.lower().startswith(word.lower()))


# The lines an overview of votes prints between a motion and its outcome: its co-signers ("Medeindieners: GL, PvdA.")
# and the government's appraisal ("Ontraden", "Oordeel Kamer"), a line each or run into the outcome's line
_APPRAISAL = re.compile(r"^(?:(?:Ontraden|Oordeel\s+(?:aan\s+de\s+)?Kamer|Overgenomen|Ondersteund|Niet\s+ondersteund)"
                        r"[.:]?\s*)+(?=\S)", _I)
_UNDER_MOTION = re.compile(
    r"^(?:(?:Mede[- ]?)?[Ii]ndieners?\s*:.*|Ondertekend\s+door\s*:?.*"
    r"|(?:Ontraden|Oordeel\s+(?:aan\s+de\s+)?Kamer|Overgenomen|Ondersteund|Niet\s+ondersteund)[.:]?)$", _I)


def _outcome_under_fields(ctx: Context, i: int) -> int | None:
    """The last of the outcome lines a vote overview prints under a motion's co-signers and appraisal: "Motie van het
    lid X over Y." / "Medeindieners: GL, PvdA." / "Ontraden" / "Aangenomen" (or "Verworpen op 30 september" then
    "Aangenomen op 5 oktober": its last vote)."""
    sents = ctx.sentences
    text = ctx.clean.text
    if not _LINE_BEFORE.search(text[max(0, sents[i].start - 12) : sents[i].start]):
        return None  # the motion opens a line
    k = i + 1
    while k < min(i + 4, len(sents)) and _UNDER_MOTION.match(sents[k].text.strip()):
        k += 1
    found = None
    while k < len(sents) and _LINE_AFTER.match(text, sents[k].end):
        word = _OUTCOME_ONLY.match(_APPRAISAL.sub("", sents[k].text.strip()))
        if word is None or _heads_section(ctx, k, word.group("o")):
            break
        found, k = k, k + 1
    if found is None or (found == i + 1 and not _APPRAISAL.match(sents[found].text)):
        return None  # the outcome right under the motion: _with_outcome_after's own case
    return found


def _with_outcome_after(ctx: Context, i: int) -> tuple[int, str]:
    """The sentence with the line or sentence that gives its outcome or number: "... (nr. 12)" + "Aangenomen",
    "In stemming komt de motie-X." + "... zodat zij is verworpen."."""
    s = ctx.sentences[i]
    nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
    if nxt is not None and (_GETS_NUMBER.match(nxt.text) or (
            (word := _OUTCOME_ONLY.match(nxt.text)) and not _heads_section(ctx, i + 1, word.group("o")))):
        return i + 1, s.text + " " + nxt.text
    if (told := _outcome_under_fields(ctx, i)) is not None:
        return told, s.text + " " + _APPRAISAL.sub("", ctx.sentences[told].text)
    if _PUT_TO_VOTE.search(s.text):
        for k in range(i + 1, min(i + 4, len(ctx.sentences))):
            later = ctx.sentences[k].text
            if _PUT_TO_VOTE.search(later):
                break
            if _OUTCOME_BACKREF.search(later):
                return k, s.text + " " + later
    return i, s.text


# A sentence that begins by pointing back at the motion just told: "Ook die werd weggestemd.", "Zij werd aangenomen."
# ... or at it as a proposal: "Het voorstel werd aangenomen met 38 stemmen voor en twaalf tegen."
_FATE_POINTER = re.compile(r"^(?:(?:Ook|Maar|Toch|Uiteindelijk|Daarna|Vervolgens)\s+)?(?:die|deze|zij|ze|hij"
                           r"|(?:het|dat|dit)\s+voorstel)"
                           r"(?:\s+motie)?\s+(?:werd|is|was|haalde|kreeg|sneuvelde|strandde|ging)\b", _I)


# ... or at the vote on it: "Daar werd hoofdelijk over gestemd", "Hierover stemde de Kamer", "Daarover is gestemd"
_VOTED_ON_IT = re.compile(r"^(?:(?:Ook|Maar|Uiteindelijk|Daarna|Vervolgens)\s+)?"
                          r"(?:Daarover|Hierover|Erover|Daar|Hier)\b[^.;]{0,60}?\b(?:gestemd|stemde|stemden)\b", _I)


# ... or by the vote alone, the motion left unsaid: "Een meerderheid stemde tegen.", "De Kamer stemde daar dinsdag mee
# in.", "Een ruime meerderheid stemde ervoor."
_VOTERS_FIRST = (r"^(?:(?:Ook|Maar|Toch|Uiteindelijk|Daarna|Vervolgens|Dinsdag|Woensdag|Donderdag|Vandaag"
                 r"|Gisteren)\s+)?"
                 r"(?:(?:een|de)\s+(?:\w+\s+)?(?:Kamer)?meerderheid|de\s+(?:Tweede\s+|Eerste\s+)?Kamer)"
                 r"(?:\s+van\s+[^.;:]{2,80}?)?\s+stemde(?:n)?\s+")
_VOTE_ALONE = re.compile(
    _VOTERS_FIRST + r"(?:(?:\w+\s+){0,2}?(?P<p>tegen|voor)|er(?P<q>tegen|voor))\s*(?:[.;]|$)"
    r"|" + _VOTERS_FIRST + r"(?:daar|er|hier)\s+(?:\w+\s+){0,2}?(?P<in>mee\s+in)\b", _I)


# ... with the verb before it after what opens the sentence: "Bij de stemmingen op dinsdag kreeg die motie steun van een
# meerderheid", "Dinsdag werd het voorstel verworpen"
_FATE_POINTER_LATE = re.compile(r"^[^.;:,]{2,60}?\s(?:werd|werden|is|was|haalde|kreeg|sneuvelde|strandde|ging)\s+"
                                r"(?:die|deze|de|dat|dit|het)\s+(?:motie|voorstel)\b(?!\s+(?:van|over|om)\b)", _I)
# ... as what the Kamer did with it: "De Kamer nam die dinsdag aan", "Een meerderheid steunde het voorstel", "De Kamer
# verwierp de motie"
_KAMER_DID_IT = re.compile(
    r"^(?:(?:Dinsdag|Woensdag|Donderdag|Vandaag|Gisteren|Uiteindelijk|Daarna|Vervolgens)\s+)?"
    r"(?:de\s+(?:Tweede\s+|Eerste\s+)?Kamer|(?:een|de)\s+(?:\w+\s+)?(?:Kamer)?meerderheid)"
    r"(?:\s+van\s+[^.;:]{2,60}?)?\s+(?P<v>nam|steunde|omarmde|verwierp)\s+(?:\w+\s+){0,2}?"
    r"(?:die|deze|hem|haar|(?:de|die|deze)\s+motie|(?:het|dat|dit)\s+voorstel)\b"
    # (not a motion named anew: "steunde de motie van Eerdmans over ...")
    r"(?![-\w])(?!\s+(?:van|over|om|die|dat|waarin|tegen)\b)(?P<rest>[^.;]*)", _I)
# ... by the vote alone, its verb first: "Dinsdag stemde een meerderheid van de Kamer voor", "Daar stemde een
# meerderheid mee in"
_VOTE_ALONE_LATE = re.compile(
    r"^(?:Dinsdag|Woensdag|Donderdag|Vandaag|Gisteren|Uiteindelijk|Daarna|Vervolgens|Daar|Hier)\s+stemde(?:n)?\s+"
    r"(?:(?:een|de)\s+(?:\w+\s+)?(?:Kamer)?meerderheid|de\s+(?:Tweede\s+|Eerste\s+)?Kamer)(?:\s+van\s+[^.;:]{2,60}?)?"
    r"\s+(?:\w+\s+){0,2}?(?:(?P<p>tegen|voor)|er(?P<q>tegen|voor)|(?P<in>mee\s+in))\s*(?:[.;]|$)", _I)


def _fate_told_next(ctx: Context, i: int, skip: set[int]) -> tuple[str, float, tuple[int, int]] | None:
    """The outcome the next sentence gives the one motion of sentence i when it points back at it ("Ook die werd
    weggestemd door een ruime meerderheid"), or None."""
    if i + 1 >= len(ctx.sentences) or i + 1 in skip:
        return None
    nxt = ctx.sentences[i + 1]
    if (alone := _VOTE_ALONE.match(nxt.text) or _VOTE_ALONE_LATE.match(nxt.text)) is not None:
        against = "tegen" in ((alone.group("p") or "") + (alone.group("q") or "")).lower()
        return ("rejected" if against else "adopted"), 0.75, (nxt.start, nxt.start + alone.end())
    if (did := _KAMER_DID_IT.match(nxt.text)) is not None and not _MOTION_NOUN.search(nxt.text, did.start("rest")):
        verb = did.group("v").lower()
        if verb != "nam" or re.search(r"\baan\b", did.group("rest"), _I):
            return ("rejected" if verb == "verwierp" else "adopted"), 0.75, (nxt.start, nxt.start + did.end())
    pointer = _FATE_POINTER.match(nxt.text) or _VOTED_ON_IT.match(nxt.text) or _FATE_POINTER_LATE.match(nxt.text)
    if pointer is None or _MOTION_NOUN.search(nxt.text, pointer.end()):
        return None
    if (count := _vote_count(nxt.text)) and (votes := _votes(count))[0] != votes[1]:
        # "Daar werd hoofdelijk over gestemd met als uitslag 61 voor en 75 tegen": the count is the outcome
        code = "adopted" if votes[0] > votes[1] else "rejected"
        return code, 0.8, (nxt.start + count.start(), nxt.start + count.end())
    if _VOTED_ON_IT.match(nxt.text):
        return None
    for code, pattern in _OUTCOMES:
        if code in ("adopted", "rejected") and (m := pattern.search(nxt.text)):
            return code, 0.8, (nxt.start + m.start(), nxt.start + m.end())
    return None


def _status(text: str, s: Sentence) -> tuple[str | None, float | None, tuple[int, int]]:
    """The status a sentence gives its motion: an outcome, else submitted, else announced (by tense). What the
    motion asks is not what happened to it: "een motie die de regering vraagt de wet in te trekken"."""
    asked = _ASKED_CLAUSE.sub(lambda m: " " * len(m.group()), text)
    asked = _MOTION_TO.sub(lambda m: m.group()[: m.start("om") - m.start()] + " " * len(m.group("om")), asked)
    if (count := _vote_count(asked)) and (votes := _votes(count))[0] != votes[1]:
        # "met 34 Kamerleden voor en 97 tegen", "39 stemmen voor, 36 tegen": the count is the outcome
        code = "adopted" if votes[0] > votes[1] else "rejected"
        return code, 0.85, (s.start + min(count.start(), len(s.text)), s.start + min(count.end(), len(s.text)))
    if (voted := _kamer_voted(asked)) is not None:
        code, at = voted
        return code, 0.85, (s.start + min(at.start(), len(s.text)), s.start + min(at.end(), len(s.text)))
    for code, pattern in _OUTCOMES:
        if m := pattern.search(asked):
            return code, 0.85, (s.start + min(m.start(), len(s.text)), s.start + min(m.end(), len(s.text)))
    submitted = _SUBMITTED_CUE.search(text) or _MOTION_HEADER.search(text) or _GETS_NUMBER.search(text)
    announced = _ANNOUNCED_CUE.search(text) or _MOTION_FOLLOWS.search(text)
    if submitted and _PRESENT_SUBMIT.search(submitted.group()) and _LATER.search(text):
        announced = announced or submitted
        submitted = None
    if announced and (not submitted or announced.start() < submitted.start()):
        return "announced", 0.8, (s.start + announced.start(), s.start + min(announced.end(), len(s.text)))
    if submitted:
        return "submitted", 0.85, (s.start + submitted.start(), s.start + min(submitted.end(), len(s.text)))
    if re.search(r"\bMotie (?:van (?:het lid|de leden)|\d+ van|-[A-Z])", text):
        return "submitted", 0.7, (s.start, s.end)
    return None, None, (s.start, s.end)


# The Kamer (or a majority of it) as the subject of a vote verb in the past, before its verb or after it when something
# else opens the sentence (Dutch puts the finite verb second): "De Tweede Kamer stemde vandaag voor een motie van X",
# "Wel steunde de Kamer een VVD-motie om ...", "De Kamer ging ook niet mee met de motie van de PVV om ...".
# ... or a council, the Provinciale Staten, a water board's general board: "de gemeenteraad stemde in met de motie",
# "Provinciale Staten steunden een motie van de SP", "Het algemeen bestuur verwierp de motie"
_VOTING_BODY = (r"(?:de\s+(?:Tweede\s+|Eerste\s+)?Kamer|de\s+senaat|het\s+parlement"
                r"|de\s+(?:gemeente)?raad|(?:de\s+)?Provinciale\s+Staten|de\s+Staten|het\s+algemeen\s+bestuur"
                r"|(?:een|de)\s+(?:\w+\s+)?(?:Kamer|Staten|raads)?meerderheid"
                r"(?:\s+van\s+(?:de\s+(?:Tweede\s+|Eerste\s+)?Kamer|(?:de\s+)?Provinciale\s+Staten|de\s+(?:gemeente)?raad))?)")
_VOTE_VERB = (r"(?P<v>steunde|steunden|stemde|stemden|ging|gingen|omarmde|omarmden|schaarde|schaarden|verwierp"
              r"|verwierpen)")
_KAMER_VOTED = (re.compile(rf"\b{_VOTING_BODY}\s+(?:\w+\s+){{0,2}}?{_VOTE_VERB}\b(?P<rest>[^.;:]*)", _I),
                re.compile(rf"\b{_VOTE_VERB}\s+{_VOTING_BODY}\b(?P<rest>[^.;:]*)", _I))
# what the verb does with the motion: "voor"/"tegen" for stemmen, "mee met"/"akkoord met" for gaan, "achter" for scharen
_VOTE_PARTICLE = {"stemde": r"\b(?P<p>voor|tegen)\b", "ging": r"\b(?:mee|akkoord)\s+met\b",
                  "schaarde": r"\bachter\b"}
_NEGATED = re.compile(r"\b(?:niet|geen)\b", _I)


def _kamer_voted(text: str) -> tuple[str, re.Match[str]] | None:
    """ "adopted" or "rejected" when the sentence has the Kamer vote on the motion it names, in either word order;
    "niet" between the verb and the motion turns support into rejection. Not in a question or a condition."""
    for m in (m for order in _KAMER_VOTED for m in order.finditer(text)):
        rest = m.group("rest")
        noun = _MOTION_NOUN.search(rest)
        if noun is None or re.search(r"\b(?:als|indien|zou|zouden|of)\s*$", text[: m.start()], _I):
            continue
        before = rest[: noun.start()]
        verb = m.group("v").lower().rstrip("n") if m.group("v").lower() != "gingen" else "ging"
        if verb.startswith("verwierp"):
            return "rejected", m
        particle = _VOTE_PARTICLE.get(verb)
        p = re.search(particle, before, _I) if particle else None
        if particle and p is None:
            continue
        against = bool(p and p.groupdict().get("p", "").lower() == "tegen")
        return ("rejected" if against != bool(_NEGATED.search(before)) else "adopted"), m
    return None


# A number of votes in figures or in words, as a council's report or the local press writes it: "38", "twaalf",
# "zevenentwintig"
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_NUMBER_WORDS: dict[str, int] = {
    # not "een" alone: "een voor" is no count
    **{w: n for n, w in enumerate(_UNITS, 1) if n > 1}, **{w: n for n, w in enumerate(_TEENS, 10)},
    **{w: 10 * n for n, w in enumerate(_TENS, 2)},
    **{u + ("ën" if u.endswith("e") else "en") + t: n * 10 + k
       for k, u in enumerate(_UNITS, 1) for n, t in enumerate(_TENS, 2)},
}
_COUNT_NUMBER = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_VOTERS = r"(?:(?:Kamerleden|leden|senatoren|Statenleden|raadsleden|stemmen|zetels)\s+)?"
# A vote's count: "met 34 Kamerleden voor en 97 tegen", "met 39 stemmen voor en 36 stemmen tegen", "21 voor, 15 tegen",
# "met 38 stemmen voor en twaalf tegen"; against first too: "met 26 stemmen tegen en 11 stemmen voor", "De uitslag
# was 43 tegen en zeven voor"
_VOTE_COUNT = re.compile(
    rf"\b(?P<voor>{_COUNT_NUMBER})\s+{_VOTERS}voor\s*(?:,|en)\s*(?P<tegen>{_COUNT_NUMBER})\s+{_VOTERS}tegen\b"
    rf"|\b(?P<tegen2>{_COUNT_NUMBER})\s+{_VOTERS}tegen\s*(?:,|en)\s*(?P<voor2>{_COUNT_NUMBER})\s+{_VOTERS}voor\b", _I)
# What every count holds: its first side's word before the comma or "en" ("voor en", "tegen,"). A sentence without it
# has no count, and this is looked for many times sooner than the count, whose numbers are tried at every position.
_VOTE_COUNT_SIDE = re.compile(r"(?:voor|tegen)\s*(?:,|en)", _I)


def _vote_count(text: str) -> re.Match[str] | None:
    """_VOTE_COUNT.search(text), sooner."""
    return _VOTE_COUNT.search(text) if _VOTE_COUNT_SIDE.search(text) else None


def _votes(count: re.Match[str]) -> tuple[int, int]:
    """The votes for and against a match of _VOTE_COUNT."""
    def number(raw: str) -> int:
        return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw.lower()]
    return number(count.group("voor") or count.group("voor2")), number(count.group("tegen") or count.group("tegen2"))


class _Phrase(NamedTuple):
    kind: str  # "new", "back", "count" or "those" (definite plural with content: new, or the ones just named)
    start: int  # where the motion noun starts and ends in the sentence
    end: int
    plural: bool


# A request's own words: "vraagt de regering de wet in te trekken", "verzoekt om de regeling aan te houden"
_ASKED_CLAUSE = re.compile(
    r"\b(?:vraagt|vragen|vroeg|verzoekt|verzoeken|verzocht|roept|roepen|riep|oproept|oproepen|eist|eisen"
    r"|voorstelt|voorstellen|voorstelde|voorstelden|beoogt|beogen)\b[^,;]{0,120}?\bte\s+\w+en\b", _I)


# "een motie (indienen) om de stikstofwet in te trekken": what follows "om" is what the motion asks
_MOTION_TO = re.compile(r"\bmoties?\b[^,;.]{0,60}?\b(?P<om>om\s+[^,;]{0,120}?\bte\s+\w+en)\b", _I)


# A short line that says what the lines under it are about: "Ondersteuning muziekonderwijs na 2020:"
_TOPIC_LINE = re.compile(r"^(?-i:[A-ZÀ-Ý‘'\"])[^.!?:;]{2,120}:$")
_ABOUT_LEAD = re.compile(r"^(?:Over|Inzake|Betreft|Betreffende)\s+(?=\w)")
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•–▪*][ \t]*)?$")
_LINE_AFTER = re.compile(r"[ \t]*(?:\n|$)")


def _listed_line(ctx: Context, i: int) -> bool:
    """Whether sentence i is an item of a list: bulleted or numbered, or a line of its own that names a motion ("Motie
    van het lid X over Y (31839, nr. 900)" under "Aangenomen")."""
    s = ctx.sentences[i]
    return s.item or (bool(_LIST_LINE.match(s.text)) and _own_line(ctx, i))


def _runs_on(ctx: Context, i: int) -> bool:
    """Whether sentence i goes on the line of a list item before it, with no line break between them."""
    before, s = (ctx.sentences[i - 1], ctx.sentences[i]) if i > 0 else (None, ctx.sentences[i])
    return before is not None and before.item and "\n" not in ctx.clean.text[before.end : s.start]


def _own_line(ctx: Context, i: int) -> bool:
    """Whether sentence i is a line of its own: a line break (or the text's edge) before and after it."""
    s = ctx.sentences[i]
    text = ctx.clean.text
    return bool(_LINE_BEFORE.search(text[max(0, s.start - 12) : s.start]) if s.start >= 12
                else _LINE_BEFORE.search(text[: s.start])) and bool(_LINE_AFTER.match(text, s.end))


_NUMBER_FIRST = re.compile(r"^\s*\((?:Kamerstuk\s+)?\d[\d .,A-Z-]{3,30}(?:,\s*nr\.\s*\d+)?\)(?=\s)")


def _phrase(text: str, noun: re.Match[str]) -> _Phrase:
    """What one motion noun phrase is: a new motion, one pointing back, a count."""
    before = text[max(0, noun.start() - 30) : noun.start()]
    # its number in brackets before its filer or subject: "De motie (30169-63) van Ellemeet over ..."
    after = _PARTICLE_FIRST.sub("", _NUMBER_FIRST.sub("", text[noun.end() : noun.end() + 160]))
    plural = noun.group().lower().endswith("moties")

    def phrase(kind: str) -> _Phrase:
        return _Phrase(kind, noun.start(), noun.end(), plural)

    own = bool(_OWN_CONTENT.match(after)) or noun.group().endswith("-")
    if _NONE_OF.search(before):
        return phrase("vote")  # "De coalitie diende geen moties in": no motion at all
    if _VOTE_NAMED.search(before):
        return phrase("vote")  # "(Stemmingen moties Vreemdelingenbeleid)": the name of the votes
    if _GENERIC_ONE.search(before) and not _BY_MEMBER.match(after) and not own:
        return phrase("vote")  # "een minister kan een aangenomen motie naast zich neerleggen": any motion
    if not own and _ANY_ONE.search(text[: noun.start()]) and (verb := _GENERIC_VERB.match(after)) and (
            verb.group("modal") or _CONDITION.search(text)):
        # what a motion is or does, told in the present: "Een motie wordt aangenomen wanneer meer dan de helft ...",
        # "Een overgenomen motie kan worden geïnterpreteerd als ...", "Wanneer een motie wordt aangenomen, ..."
        return phrase("vote")
    if plural and _ASKED_WHICH.search(before):
        return phrase("vote")  # "Welke moties zijn aangenomen en welke niet?": a question, no motion
    if plural and _MASS.search(before) and not _BY_MEMBER.match(after):
        return phrase("vote")  # "talloze moties over de GGZ", "honderden moties": motions by the heap, none to follow
    if ((not own or (plural and not before.strip())) and _HABITUAL.search(text)
            and (re.search(r"\been\s+$", before, _I) or (plural and not before.strip()))) or (
            not own and plural and _TOO_MANY.search(before)):
        # "Moties van wantrouwen worden regelmatig ingediend": motions in general, a bare plural with a habit
        return phrase("vote")  # "Soms wordt een motie nog voor de stemming ingetrokken", "veel te veel moties"
    if (_COUNT.search(before) or (plural and _COUNTED_BEFORE.search(before))) and (not own or _DESCRIBED.match(after)):
        return phrase("count")
    if not own and _SUCH_A.search(before):
        return phrase("vote")  # "D66 had aangekondigd een dergelijke motie te steunen": one like another, not one filed
    if plural and not own and _BARE_AFTER_PREPOSITION.search(before):
        return phrase("vote")  # "vrij om een eigen afweging te maken over moties": motions in general
    if _POINTS_BACK.search(before) and not own and not _VERB_ZIJN.match(text[: noun.start()]):
        return phrase("back")
    if (re.search(r"\b(?:de|deze|die)\s+(?:\w+\s+)?$", before, _I) and re.match(r"^\s*(?:die|dat)\b", after)
            and not _FILER_SUBJECT.match(after)):
        return phrase("back")  # "de motie die hij indiende": the one just named
    if ((described := _DESCRIBED.match(after)) and not _SUBMITTER_NAMED.search(described.group())
            and not re.search(r"\been\s+$", before, _I)):
        return phrase("back")  # "moties die waren ingediend tijdens ...": those already there
    if plural and _DEFINITE.search(before) and own and not _BY_MEMBER.match(after):
        return phrase("those")  # "de moties tegen de bewindslieden": the ones named, if several
    return phrase("new")


# A party's motion with what it asks: "Een motie van het CDA, die opriep om ...", "een motie van de PVV om ... te",
# "een CDA-motie die de regering vraagt ...": named by its filer and its content, it was filed
_PARTY = rf"(?:(?:de|het)\s+)?(?:{PARTY_ANY.pattern})"
_PARTY_MOTION_ASKS = re.compile(
    rf"(?:\bmotie\s+van\s+{_PARTY}(?:\s*(?:,|en)\s*{_PARTY})*|(?<![\w-])(?:{PARTY_ANY.pattern})-motie)\s*,?\s+"
    r"(?:om\s+[^.;]{0,160}?\bte\s+\w+|(?:die|dat)\s+(?:[^.;]{0,60}?\s)?(?:opriep|oproept|opriepen|vroeg|vraagt"
    r"|verzocht|verzoekt|eiste|eist|pleitte|pleit)\b)", _I)


def _outcomes_told(ctx: Context, i: int) -> bool:
    """Whether the text tells motions' outcomes in a sentence other than i ("bijna alle moties werden weggestemd"): a
    vote report, where a motion told without its own fate has one the text does not give."""
    return any(k != i and _MOTION_NOUN.search(s.text) and _status(s.text, s)[0] in ("adopted", "rejected")
               for k, s in enumerate(ctx.sentences))


# "de motie die El Yassini mede namens D66 indiende": the clause's subject, its filer by name, says which motion it is
# (a pronoun, "de motie die hij indiende", points back to the one just named)
_FILER_SUBJECT = re.compile(r"^\s*(?:die|dat)\s+(?:(?:Kamerlid|senator|het\s+lid|de\s+heer|mevrouw)\s+)?"
                            r"(?P<who>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[a-zà-ÿ]{1,3}\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]*)*)\s+"
                            r"(?:[^,;.]{0,60}?\s)?(?:indiende|indienden|diende|dienden|heeft\s+ingediend|had\s+ingediend)\b")


# all the motions of the debate: "alle moties", "alle ingediende moties"
_ALL_OF_THEM = re.compile(r"\balle\s+(?:\w+\s+)?moties\b", _I)
# a bare plural right after a preposition: "een afweging maken over moties", "ruimte voor moties"
# a motion like one told or thought of: "een dergelijke motie", "zo'n motie", "zulke moties"
_SUCH_A = re.compile(r"\b(?:dergelijke|soortgelijke|zo['’]n|zulke)\s+$", _I)
_BARE_AFTER_PREPOSITION = re.compile(
    r"(?:^|[\s\"'”])(?:over|voor|tegen|op|bij|met|van|via|middels)\s+"
    # with an adjective, not a determiner: "het beter volgen van aangenomen moties"
    r"(?:(?!(?:de|het|die|deze|dit|dat|zijn|haar|hun|onze|mijn|uw|alle|enkele|een|geen|beide)\s)[a-zà-ÿ]+\s+)?$")
# no motion: "geen moties", "geen enkele motie", "geen eigen moties"
_NONE_OF = re.compile(r"\bgeen\s+(?:enkele\s+|eigen\s+|andere\s+)?$", _I)
# how motions go in general, not what happened to one: "Soms wordt een motie ...", "veel te veel moties"
_HABITUAL = re.compile(
    r"\b(?:soms|vaak|meestal|doorgaans|altijd|zelden|nooit|geregeld|regelmatig|gewoonlijk|in\s+de\s+regel)\b", _I)
_TOO_MANY = re.compile(
    r"\b(?:(?:veel\s+)?te\s+veel|zoveel|zo\s+veel|minder|meer|veel|honderden|duizenden|het\s+aantal)\s+$", _I)
_VOTE_NAMED = re.compile(r"\bstemming(?:en)?\s+(?:over\s+)?(?:(?:overige|de)\s+)?$", _I)
_GENERIC_ONE = re.compile(r"\been\s+(?:aangenomen|aanvaarde|verworpen|aangehouden|ingediende|ingetrokken)\s+$", _I)
# any motion at all, opening its clause: "Een motie ...", "Elke aangenomen motie ...", "Wanneer een motie ..."
_ANY_ONE = re.compile(r"(?:^\W*|\b(?:wanneer|als|indien|zodra|zolang|nadat|voordat)\s+)(?:een|elke|iedere)\s+"
                      r"(?:[a-zà-ÿ]+\s+)?$", _I)
# ... with the verb of a rule right after it: a modal, or the present when the sentence gives a condition
_GENERIC_VERB = re.compile(r"^\s+(?:(?P<modal>kan|kunnen|mag|mogen|moet|moeten|betekent|houdt\s+in)|wordt|worden)\b",
                           _I)
_CONDITION = re.compile(r"\b(?:wanneer|indien|zodra|zolang)\b", _I)
# motions asked after: "Welke (mantelzorg) moties ...", "Hoeveel moties ..."
_ASKED_WHICH = re.compile(r"\b(?:welke|hoeveel)\s+(?:[\w-]+\s+)?$", _I)
# motions by the heap: "talloze moties", "honderden moties"
_MASS = re.compile(r"\b(?:talloze|ontelbare|ettelijke|honderden|duizenden)\s+(?:\w+\s+)?$", _I)
# "nam drie moties aan die het kabinet verzoeken": the verb's particle stands between the noun and its clause
_PARTICLE_FIRST = re.compile(r"^\s+(?:aan|af|in)(?=\s+(?:die|dat|over|om)\b)", _I)
# "een motie die Frans Timmermans (GroenLinks-PvdA) heeft ingediend": who filed it makes it a motion of its own
_SUBMITTER_NAMED = re.compile(r"\((?-i:[A-Z])[\w-]{1,20}\)|\b(?:Kamerlid|senator|het\s+lid|de\s+leden)\b", _I)
# "de moties van senator X", "de motie van het lid Y": its own submitter makes it a motion of its own
_BY_MEMBER = re.compile(r"^\s*van\s+(?:senator|het\s+lid|de\s+leden|(?-i:[A-Z]))", _I)


def _apply_back(ctx: Context, drafts: list[Draft], i: int, status: str, plural: bool) -> bool:
    """What a sentence pointing back says of the motions just named: their outcome, a co-signer."""
    recent = [d for d in drafts if d.kind == "motion" and 0 <= i - d.last <= 8]
    numbers = _NUMBERS_NAMED.search(ctx.sentences[i].text)
    named = {f"nr. {n}" for n in re.findall(r"\d+", numbers.group(1))} if numbers else set()
    # a number names its motion further back too: a vote list's entries, a page before the member asks to hold them
    by_number = [d for d in drafts if d.kind == "motion" and d.register and 0 <= i - d.last <= _NUMBER_BACK
                 and d.register.rsplit(", ", 1)[-1] in named]
    # a number by letter (the Eerste Kamer's "zijn motie (33669, letter G)") names that motion, not the one just voted
    own = _register_in(ctx.sentences[i].text) if not named else None
    if own is not None:
        by_number = [d for d in drafts if d.kind == "motion" and d.register == own and 0 <= i - d.last <= _NUMBER_BACK]
        if not by_number and recent and recent[-1].register not in (None, own):
            return False
    if not recent and not by_number:
        return False
    targets = [d for d in recent if d.status in ("announced", "submitted")] if plural else recent[-1:]
    if by_number:
        # "stel ik voor zijn moties (35000-XII, nrs. 8 en 9) aan te houden": those of the list, not all of it
        targets = by_number
        for d in targets:
            d.first = d.last = i  # the sentence that names them by number says what became of them: their quote
            d.due_zone = None
    if plural and not targets:
        return False
    if not plural and not by_number and (speaker := ctx.speakers.get(i)) is not None and speaker.role == "member":
        # a member speaking of "de motie" in a debate means their own ("ik houd de motie aan"), not the one the
        # chair put to the vote just before
        surname = speaker.name.split()[-1].lower()
        own_motions = [d for d in drafts if d.kind == "motion" and 0 <= i - d.last <= _NUMBER_BACK
                       and any(a.name.split()[-1].lower() == surname for a in d.actors)]
        targets = own_motions[-1:] or targets
    for d in targets:
        if status in ("adopted", "rejected", "held", "withdrawn") or d.status == "announced":
            d.status = status
    text = ctx.sentences[i].text
    if _CO_SIGNED.search(text) or _FILED_BY.search(text):
        # "De motie was ingediend door PVV-leider Geert Wilders en de groep Van Haga."
        filed = [normalise_name(t.group("name") or t.group("group")) for t in _TITLED_MEMBER.finditer(text)]
        members = _members(ctx, i, i)
        if not members and not filed and (by := _FILED_BY_PARTY.search(text)) and (
                party := normalise_party(by.group("p"))):
            # "De motie was ingediend door de PVV": a party as the filer
            members = [ExtractedActor(party, party=party, role="organisation")]
        if not filed and (parties := _filing_parties(text)):
            # "De motie werd ingediend door Kamerleden van GroenLinks-PvdA en CDA": the parties (not a member named
            # "Van GroenLinks-PvdA")
            members = [m for m in members if not _names_a_party(m.name)] + parties
        for d in targets:
            d.actors = list(dedupe_actors([*d.actors, *members, *(ExtractedActor(n, role="member") for n in filed)]))
    return True


# parties named as the filers, by their members or fractions or as the agent before the participle: "ingediend door
# Kamerleden van GroenLinks-PvdA en CDA", "ingediend door de fracties van SP en PvdD", "Een door NSC en BBB ingediende
# motie", "Op voorstel van D66"
_PARTY_LIST = rf"{_PARTY}(?:(?:\s*,\s*|\s+en\s+){_PARTY})*"
_FILING_PARTIES = re.compile(
    r"\b(?:ingediend|voorgesteld|ondertekend)\s+door\s+(?:(?:de\s+)?(?:Kamer)?leden\s+van\s+|de\s+fracties?\s+van\s+)?"
    rf"(?P<a>{_PARTY_LIST})(?![\w-])(?!\s+(?:\(|en\s+(?-i:[A-Z])))"
    rf"|\bdoor\s+(?P<b>{_PARTY_LIST})\s+(?:ingediende|voorgestelde|ondertekende)\s+(?:\w+\s+)?moties?\b"
    rf"|^(?:Op\s+(?:voorstel|initiatief)\s+van)\s+(?P<c>{_PARTY_LIST})(?![\w-])", _I)


def _filing_parties(text: str) -> list[ExtractedActor]:
    """The parties a sentence names as a motion's filers (_FILING_PARTIES), each as an organisation."""
    by = _FILING_PARTIES.search(text)
    if by is None:
        return []
    listed = by.group("a") or by.group("b") or by.group("c")
    names = [normalise_party(_ARTICLE.sub("", p.group())) for p in PARTY_ANY.finditer(listed)]
    return [ExtractedActor(n, party=n, role="organisation") for n in dict.fromkeys(names) if n]


def _names_a_party(name: str) -> bool:
    """Whether a member's name is a party read as one: "Van GroenLinks-PvdA" of "Kamerleden van GroenLinks-PvdA"."""
    return bool(normalise_party(re.sub(r"^(?:van|de|het)\s+", "", name, flags=re.I)))


# a party named as the filer: "ingediend door de PVV", "ingediend door de fractie van GroenLinks-PvdA"
_FILED_BY_PARTY = re.compile(r"\b(?:ingediend|voorgesteld)\s+door\s+(?:de\s+|het\s+)?"
                             r"(?:fracties?\s+van\s+(?:de\s+|het\s+)?)?"
                             r"(?P<p>(?-i:[A-Z0-9])[\w-]+(?:\s+(?:voor|van)\s+(?:de\s+)?(?-i:[A-Z])[\w-]+)?)", _I)
# how far back (in sentences) a motion's number names the motion a list or page told
_NUMBER_BACK = 40
# the numbers a sentence gives its motions by: "nr. 8", "nrs. 8 en 9", "nrs. 12, 14 en 15"
_NUMBERS_NAMED = re.compile(r"\bnrs?\.\s*(\d+(?:\s*(?:,|en)\s*\d+)*)")
# "Op verzoek van senator X werd zijn motie in stemming gebracht": the member's own motion, named here first
_OWNED = re.compile(r"\b(?:zijn|haar|hun)\s+(?:\w+\s+)?motie\b", _I)


# the speaker's own motion with what it asks: "Mijn motie om de regeldruk met 20% te verminderen", "onze motie over X"
_MY_MOTION = re.compile(r"\b(?:mijn|onze)\s+(?:eigen\s+|eerdere\s+|aangenomen\s+)?motie\s+(?:om|over)\s", _I)


def _speakers_own(ctx: Context, i: int) -> bool:
    """Whether the sentence names the motion of the member whose turn it is, by what it asks."""
    speaker = ctx.speakers.get(i)
    return speaker is not None and speaker.role == "member" and bool(_MY_MOTION.search(ctx.sentences[i].text))


def _owned_by_another(ctx: Context, drafts: list[Draft], i: int) -> bool:
    """Whether "zijn/haar motie" is the motion of a member this sentence names and no motion named before has."""
    s = ctx.sentences[i]
    if not _OWNED.search(s.text):
        return False
    members = {a.name.split()[-1].lower() for a in _members(ctx, i, i)}
    recent = {a.name.split()[-1].lower() for d in drafts for a in d.actors}
    return bool(members) and not members & recent


# A document on the motions the Kamer adopted: "Uitvoering van diverse moties", "Stand van zaken moties en
# toezeggingen", a table "In behandeling zijnde moties"
_MOTION_REPORT = re.compile(
    r"\b(?:uitvoering|stand\s+van\s+zaken|voortgang|afdoening|overzicht|opvolging)\s+(?:van\s+)?(?:de\s+|diverse\s+|"
    r"aangenomen\s+|aanvaarde\s+|enkele\s+|een\s+aantal\s+|openstaande\s+)?moties\b|\bin\s+behandeling\s+zijnde\s+moties\b"
    # a council's list of its motions and promises: "Toezeggingen en moties", "Motielijst", "Moties en toezeggingen"
    r"|^(?:Moties\s+en\s+toezeggingen|Toezeggingen\s+en\s+moties)\b|\bmoties?(?:register|lijst)\b", _I | re.MULTILINE)
# an entry of such a list: "Motie Bisschop over ...", "Motie van het lid X over ...", "Motie van X over ..."
_ENTRY = re.compile(r"^(?:De\s+)?[Mm]otie(?:-|\s+(?:van\s+(?:het\s+lid\s+|de\s+leden\s+|senator\s+)?)?)"
                    r"(?-i:[A-ZÀ-Ý])[^.;:]{0,80}?\s(?:over|inzake|betreffende|om)\s")


# A register's entry named by the motion's title, as a council's lists write it: "Motie Raadsbudget (8-11-2018)",
# "RG-256/2015 Motie Jeugdhotel Kwintes", "Motie Afschaffing Verhuurdersheffing": a line of its own (no full stop),
# the title capitalised (not "Motie van ...", "Motie over ...", "Moties")
_TITLED_ENTRY = re.compile(
    r"^(?:[A-Z]{1,5}[- ]?\d{1,4}(?:/\d{2,4})?\s+)?(?:Motie|Amendement)\s+"
    r"(?!(?:van|over|om|die|dat|is|wordt|werd|inzake|betreffende|nr|nummer)\b)(?P<title>(?-i:[A-ZÀ-Ý])[^.!?:;()\n]{2,90}?)"
    r"\s*(?:\(\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*\))?\s*$")
# how far an entry's text may go on under its title, in sentences
_ENTRY_BODY = 6


def _titled_entry(ctx: Context, i: int) -> tuple[Draft, int] | None:
    """The motion a register of motions names by its title on a line of its own, with the state the entry's text under
    it gives ("Motie is afgehandeld": executed; "in uitvoering", "deels uitgevoerd": partial; a vote's outcome), else
    adopted (a council lists the motions it adopted), and the entry's last sentence. Only in a text that reports on
    motions (_MOTION_REPORT), and not a motion named by a member ("Motie Omtzigt")."""
    s = ctx.sentences[i]
    m = _TITLED_ENTRY.match(s.text.strip())
    if m is None or len(s.text.split()) > 14 or _ENTRY.match(s.text) or not _reports_on_motions(ctx):
        return None  # "Motie Öztürk over stageplaatsen ...": a member's motion and its subject (_ENTRY)
    at = s.start + s.text.index(m.group("title"))
    named = mentions_in(ctx, at, at + len(m.group("title")))
    if any(x.actor.role in ("member", "minister", "state_secretary") for x in named):
        return None
    last = i
    for k in range(i + 1, min(i + 1 + _ENTRY_BODY, len(ctx.sentences))):
        nxt = ctx.sentences[k].text.strip()
        if _TITLED_ENTRY.match(nxt) or (len(nxt.split()) <= 6 and not re.search(r"[.!?:;]$", nxt)):
            break  # the next entry, or a heading
        last = k
    body = " ".join(ctx.sentences[k].text for k in range(i + 1, last + 1))
    state = item_state(body)  # the states a letter gives its items
    status = {"done": "executed", "partial": "partial", "under_way": "partial"}.get(state or "", "adopted")
    if state is None and (told := _status(body, s)[0]) in ("rejected", "held", "withdrawn"):
        status = told
    # the entry's text is what the motion asks and how it is carried out: one follow-up, quoted whole, due by the
    # next step's term when the text gives one ("Afronding onderzoek naar verwachting in Q1 2021")
    zone = (s.start, s.start)
    if last > i and status in ("adopted", "partial"):
        body_start, body_end = ctx.sentences[i + 1].start, ctx.sentences[last].end
        term = nearest_deadline(ctx, body_start, body_start, body_start, body_end)
        if term is not None and term.resolution.due is not None and term.resolution.due > ctx.ref:
            zone = (body_start, body_end)
    draft = Draft("motion", status, 0.75, i, last, (s.start, s.end), clause=m.group("title").strip(" ,"), actors=[],
                  due_zone=zone)
    return draft, last


def _reports_on_motions(ctx: Context) -> bool:
    return _reports_on_motions_in(ctx.clean.text[:1500])


@functools.lru_cache(maxsize=8)
def _reports_on_motions_in(lead: str) -> bool:  # asked for each motion named: the lead searched once a text
    return bool(_MOTION_REPORT.search(lead))


# "De motie verzoekt de regering om ...": what the motion just named asks
_ASKS = re.compile(r"^(?:De|Deze|Die|Zijn|Haar|Hun)\s+motie\s+(?:verzoekt|vraagt|roept|draagt|eist|wil)\b", _I)


def _tells_what_it_asks(ctx: Context, drafts: list[Draft], i: int, owned_at: int | None) -> bool:
    """ "De motie verzoekt de regering ..." right after the sentence that named the member's motion (whose words
    there are about its vote, not its subject) is what it asks."""
    s = ctx.sentences[i]
    if drafts and drafts[-1].kind == "motion" and drafts[-1].last == i - 1 and (bare := _BARE_DICTUM.match(s.text)):
        # the dictum quoted without its verb right after the motion named: "Het Presidium een systeem op te zetten,
        # waarin ..." is what that motion asks, not a motion of its own
        d = drafts[-1]
        d.last = i
        if len(_content_words_of(d.clause)) < 4:
            d.clause = s.text[bare.start("what") :].strip(" ,.;")
        return True
    m = _ASKS.match(s.text)
    if m is None or owned_at is None or not drafts or drafts[-1].last != owned_at or not 0 < i - owned_at <= 2:
        return False
    d = drafts[-1]
    d.clause = _DICTUM_LEAD.sub("", s.text[m.start() + len(m.group().split()[0]) + len(" motie "):]).strip(" ,.;")
    d.last = i
    return True


# A dictum without its verb ("verzoekt"): its addressee, then what is asked, an infinitive with "te" and no finite verb
# before it ("Het Presidium een systeem op te zetten, waarin ...", "De regering de subsidie per 1 januari te verhogen")
_BARE_DICTUM = re.compile(
    r"^(?:De\s+regering|Het\s+kabinet|Het\s+Presidium|De\s+minister\w*|De\s+staatssecretaris\w*)\s*,?\s+"
    r"(?P<what>(?:(?!(?:is|wordt|werd|moet|moeten|heeft|hebben|had|gaat|zal|zou|kan|kon|komt|kwam|wil|wilde|"
    r"was|waren|zijn|stelt|vindt|vond|zegt|zei)\b)[\w'’-]+\s+){1,12}?(?:\w+\s+)?te\s+\w+en)\b",
    _I,
)


def _content_words_of(text: str | None) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]{4,}", text or "")]


_FILED_BY = re.compile(r"\b(?:ingediend|voorgesteld|ondertekend)\s+door\b", _I)
_FILED_BY_FRACTIONS = re.compile(r"\b(?:ingediend|voorgesteld|ondertekend)\s+door\s+(?:de\s+)?fracties?\b", _I)


# A motion named, then what it asks of the government: "(motie) Nijboer verzoekt Henk Nijboer (PvdA) het kabinet ..."
_NAMED_ASKS = re.compile(
    r"^[^,;.]{0,40}?\b(?:verzoekt|vraagt|roept)\s+(?:[^,;.]{0,60}?\s)?(?:het\s+kabinet|de\s+regering"
    r"|de\s+minister\w*|de\s+staatssecretaris\w*)\s*,?\s*(?:op\s*,?\s*)?(?:om\s+)?(?P<c>[^;]{8,})", _I)


def _members(ctx: Context, first: int, last: int) -> list[ExtractedActor]:
    return [a for a in sentence_actors(ctx, first, last) if a.role == "member"]


def _new_motions(
    ctx: Context,
    i: int,
    last: int,
    status: str,
    conf: float,
    trigger: tuple[int, int],
    phrases: list[_Phrase],
    kinds: dict[int, str] | None = None,
) -> list[Draft]:
    """One draft per motion phrase: each its own subject, submitters, number and outcome, read from its part
    of the sentence ("de motie-X (P) over A en de motie-Y (Q) over B"); a plural phrase ("de moties van X
    over A en B") one per conjunct."""
    s = ctx.sentences[i]
    zone = (s.start, ctx.sentences[last].end)
    registers = _all_registers(ctx, i, last)
    if len(phrases) == 1 and len(registers) > 1:
        actors = _phrase_actors(ctx, i, last, 0, len(s.text))
        listed = _listed_motions(s.text, phrases[0].end) if last == i else []
        if listed:
            return [Draft("motion", status, conf, i, last, trigger, clause="", actors=movers or actors, register=r,
                          due_zone=zone) for r, movers in listed]
        return [Draft("motion", status, conf, i, last, trigger, clause="", actors=actors, register=r, due_zone=zone)
                for r in registers]
    out: list[Draft] = []
    for k, p in enumerate(phrases):
        seg_start = 0 if k == 0 else p.start
        seg_end = phrases[k + 1].start if k + 1 < len(phrases) else len(s.text)
        seg = s.text[seg_start:seg_end]
        subject_at = _subject_start(s.text, p.end, seg_end)
        actors = (_phrase_actors(ctx, i, last, seg_start, seg_end, subject_at) if len(phrases) > 1
                  else _phrase_actors(ctx, i, last, 0, len(s.text), subject_at))
        register = _register_in(seg) if len(phrases) > 1 else (registers[0] if registers else None)
        own_status, own_trigger = status, trigger
        if len(phrases) > 1:
            # its own clause: "overleefde hij een motie van wantrouwen, bijna de gehele Kamer steunde wel een motie
            # van afkeuring" (rejected, adopted)
            floor = phrases[k - 1].end if k > 0 else 0
            c_start = max([floor, *(floor + m.end() for m in re.finditer(r"[,;]", s.text[floor : p.start]))])
            c_end = next((p.end + m.start() for m in re.finditer(r"[,;]", s.text[p.end : seg_end])), seg_end)
            found, _, at = _status(s.text[c_start:c_end], s)
            if found not in ("adopted", "rejected", "held", "withdrawn"):
                found, _, at = _status(s.text[p.start : seg_end], s)
                c_start = p.start
            if found in ("adopted", "rejected", "held", "withdrawn"):
                own_status = found
                own_trigger = (at[0] + c_start, at[1] + c_start)
        elif status in ("adopted", "rejected") and not s.start + p.start <= trigger[0] < s.start + seg_end:
            # "Als de minister de motie naast zich neerlegt, kan hij een motie van wantrouwen verwachten": the fate is
            # the motion's pointed back to in another clause, this one is threatened
            c_end = next((p.end + m.start() for m in re.finditer(r"[,;]", s.text[p.end : seg_end])), seg_end)
            c_start = max([0, *(m.end() for m in re.finditer(r"[,;]", s.text[: p.start]))])
            threat = _ANNOUNCED_CUE.search(s.text, c_start, c_end)
            if threat is not None:
                own_status, own_trigger = "announced", (s.start + threat.start(), s.start + threat.end())
        if p.plural and len(phrases) == 1 and len(
                one_each := _one_each(ctx, i, own_status, own_trigger, p, actors)) >= 2:
            out.extend(one_each)  # "twee moties van X aangenomen: een over A en een over B"
            continue
        if p.plural and len(each := _filer_conjuncts(s.text, p.end, seg_end)) >= 2:
            # "moties van de PVV over A en van JA21 over B": one motion per filer, each its own subject
            for a, b, who, subj in each:
                actors_k = _phrase_actors(ctx, i, last, a, b) or [
                    ExtractedActor(normalise_name(_ARTICLE.sub("", who)), role="member")]
                part_zone = (s.start + a, s.start + b)
                out.append(Draft("motion", own_status, conf, i, last, own_trigger, clause=subj, actors=actors_k,
                                 register=_register_in(s.text[a:b]), due_zone=part_zone,
                                 due_override=_dictum_term(ctx, part_zone)))
            continue
        subject = _subject(_COORDINATION_TAIL.sub("", s.text[p.end : seg_end])) or _headline_subject(s.text, p)
        subject = _KIND_AND_FILER.sub("", subject)  # "(de motie) van wantrouwen van Wilders" names no subject
        if not subject and (asks := _NAMED_ASKS.match(s.text[p.end : seg_end])):
            subject = asks.group("c").strip(" ,.;")  # "In de motie X verzoekt X het kabinet <what it asks>"
        if not subject and last > i and _DICTUM_START.match(ctx.sentences[last].text):
            subject = _DICTUM_LEAD.sub("", ctx.sentences[last].text).strip(" ,.;")
        elif not subject and last > i and (asked := _BODY_DICTUM.search(ctx.sentences[last].text)):
            subject = _DICTUM_LEAD.sub("", asked.group("d")).strip(" ,.;")
        parts = [q.strip(" ,") for q in _CONJUNCT.split(subject)] if p.plural and subject else [subject]
        if p.plural and subject and len([q for q in parts if len(q.split()) >= 2]) < 2:
            parts = [q.strip(" ,") for q in _AND.split(subject, maxsplit=1)]
        if len([q for q in parts if len(q.split()) >= 2]) < 2:
            parts = [subject]
        parts = [parts[0], *(_with_head(parts[0], q) for q in parts[1:])]
        own_zone = (s.start + p.start, s.start + seg_end) if len(phrases) > 1 else zone
        # a date before the motion says when it was filed or voted on, not by when it asks something: "Aan het eind
        # van een debat dat duurde tot in de nacht van woensdag op donderdag, diende X een motie in"
        due_zone = zone if status == "announced" else (s.start + p.start, own_zone[1])
        term_zone = own_zone
        if status != "announced" and subject and (sub_at := s.text.find(subject[:40], p.end)) >= 0 and last == i:
            # nor a date after what it asks: "... over gokreclame informeer ik u voor de zomer"
            due_zone = term_zone = (due_zone[0], min(due_zone[1], s.start + sub_at + len(subject)))
        term = _dictum_term(ctx, term_zone)
        kind = _KIND_AFTER.match(s.text, p.end)
        for n, part in enumerate(parts):
            if part or n == 0:
                out.append(Draft("motion", own_status, conf, i, last, own_trigger, clause=part, actors=actors,
                                 register=register, due_zone=due_zone, due_override=term))
                if kinds is not None and kind:
                    kinds[id(out[-1])] = kind.group(1).lower()
    return out


_KIND_AFTER = re.compile(r"\s+van\s+(afkeuring|wantrouwen|treurnis)\b", _I)


def _subject_start(text: str, end: int, seg_end: int) -> int | None:
    """Where the subject of the motion phrase ending at `end` starts in the sentence ("over X", "om X")."""
    m = _SUBJECT_HEAD.match(text, end, seg_end)
    return m.end() - len(m.group("head")) if m else None


_SUBJECT_HEAD = re.compile(
    r"[^,;:]{0,60}?(?P<head>\b(?:over|om|inzake|betreffende|met\s+betrekking\s+tot|tegen)\s)", _I)


def _headline_subject(text: str, p: _Phrase) -> str:
    """A headline names its motion's subject right after the noun, without a verb or a stop: "Kamer steunt
    motie onafhankelijk onderzoek versterking rechtsstaat", "AANGENOMEN: Motie klokkenluider X"."""
    rest = text[p.end :].strip()
    if text.rstrip().endswith((".", "?", "!")) or not 1 <= len(rest.split()) <= 12 or len(text.split()) > 16:
        return ""
    return rest if re.match(r"^[a-zà-ÿ]", rest) else ""


# What joins a motion phrase to the next one: "... en de", "; unaniem de", ", alsmede"
_COORDINATION_TAIL = re.compile(r"[\s,;]*(?:\b(?:en|of|alsmede|evenals|unaniem|ook)\b[\s,]*)*(?:\b(?:de|het)\s*)?$", _I)
# The last resort for "de moties van X over A en B": the first "en" with words on both sides
_AND = re.compile(r"\s+en\s+(?=\S+\s+\S+\s+\S+)")


# words the actor finder can take for a name before "van de PVV": "Een Kamermeerderheid van PVV, VVD en BBB"
_NO_PERSON = re.compile(r"^(?:Kamer\w*|Meerderheid|Fractie\w*|Oppositie\w*|Coalitie\w*|Partij\w*)$")


def _phrase_actors(ctx: Context, i: int, last: int, seg_start: int, seg_end: int,
                   subject_at: int | None = None) -> list[ExtractedActor]:
    """The members named in one motion phrase's part of the sentence (the whole sentence for one phrase), and
    the names in "motie-X/Y"."""
    s = ctx.sentences[i]
    if seg_start == 0 and seg_end == len(s.text):
        # the motion's own sentence: the chair's "de fracties van de SP en de PvdD hebben voor gestemd" after it
        # names voters, not submitters
        actors = _members(ctx, i, i)
        text = s.text
    else:
        actors = [m.actor for m in mentions_in(ctx, s.start + seg_start, s.start + seg_end) if m.actor.role == "member"]
        text = s.text[seg_start:seg_end]
    named = [normalise_name(n.strip()) for found in _MOTION_NAMES.finditer(text)
             for n in _motion_names(found)]
    # "Motie-Rosenmöller (GroenLinks)" read as a name with a party, "Wit (GL)" out of "motie-De Wit (GL)": the
    # name is the one in "motie-X" itself
    actors = [a for a in actors if not a.name.lower().startswith("motie") and not _NO_PERSON.match(a.name)
              and not any(n != a.name and n.endswith(" " + a.name) for n in named)]
    actors.extend(ExtractedActor(n) for n in named)
    if not actors and (by := _MOTION_OF_NAME.search(text)):
        # "een motie van GroenLinks en PvdA": two parties, each as the text writes it (named_actors reads a party
        # named as a member as that party)
        # (a party written out is one: "een motie van de Partij voor de Dieren", "... voor Vrijheid en Democratie")
        actors.extend(ExtractedActor(normalise_name(n), role="member")
                      for n in ([by.group("name")] if normalise_party(_ARTICLE.sub("", by.group("name")))
                                else re.split(r"\s*,\s*|\s+en\s+", by.group("name"))) if n)
    titled = [normalise_name(_PARTY_TAIL.sub("", t.group("name") or t.group("group")))
              for t in _TITLED_MEMBER.finditer(text)]
    # "Kamerlid Jan Peters (SP)": one member, not "Peters" and "Jan Peters"
    actors = [a for a in actors if not any(n.endswith(" " + a.name) for n in titled)]
    actors.extend(ExtractedActor(n, role="member") for n in titled if not any(a.name.endswith(n) for a in actors))
    if subject_at is not None:
        # who the motion is about is no submitter: "De motie Wilders over de overeenkomst van de heer Van Lienden"
        # up to who filed it: "om X, ingediend door de Kamerleden Geurts (CDA) en Harbers (VVD)"
        filed = _FILED_BY.search(s.text, subject_at)
        about_end = s.start + filed.start() if filed else s.end
        about = {m.actor.key for m in mentions_in(ctx, s.start + subject_at, about_end)}
        before = {m.actor.key for m in mentions_in(ctx, s.start, s.start + subject_at)}
        actors = [a for a in actors if a.key not in about - before]
    if (parties := _filing_parties(text)) and not _TITLED_MEMBER.search(text):
        # "Een door NSC en BBB ingediende motie", "ingediend door Kamerleden van GroenLinks-PvdA en CDA": the parties
        actors = [a for a in actors if not _names_a_party(a.name)] or parties
    if not actors and (filed := _FILED_BY_FRACTIONS.search(text)):
        # "ingediend door de fracties van GBL, Lijst058, FNP, VVD, CU": the parties that filed it, local ones too (the
        # fractions a council's minutes name as voting, "Tegen stemden de fracties van ...", are none)
        at = s.start + seg_start + filed.end()
        actors = [m.actor for m in mentions_in(ctx, at, at + 200) if m.actor.role == "other" and m.actor.party
                  and m.start - at <= 200 and not re.search(r"[.;]", ctx.clean.text[at : m.start])]
    # "Kamerlid Jesse van Dam (Groep Van Dam)": one member, not also "Van Dam" or "Jesse"
    names = [a.name.lower() for a in actors]
    actors = [a for a in actors if not any(n.endswith(" " + a.name.lower()) or n.startswith(a.name.lower() + " ")
                                           for n in names)]
    return list(dedupe_actors(actors))


# "de motie van Marjolein Faber-Van de Klashorst aangenomen": the name right after "motie van", up to a lower-case
# word that is no particle
_PERSON = (r"(?:(?:van|de|der|den|ter|ten|in\s+'t)\s+)*(?-i:[A-ZÀ-Ý][\w'’-]+)"
           r"(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*(?-i:[A-ZÀ-Ý][\w'’-]+)){0,3}")
# a member by office: "PVV-leider Geert Wilders", "fractievoorzitter Jetten", "de groep Van Haga"
_TITLED = (r"(?:(?-i:[A-Z])[\w]*-)?(?:partijleider|fractieleider|leider|fractievoorzitter|lijsttrekker|voorman"
           r"|voorvrouw|Kamerlid|senator)")
_MOTION_OF_NAME = re.compile(
    # "van" written small: in "de motie Van der Kolk" the "Van" is the name's own ("Der Kolk" was read)
    rf"\bmoties?\s+(?:van\s+(?:wantrouwen|afkeuring|treurnis)\s+)?"
    # its number in brackets first: "de motie (30169-63) van Ellemeet"
    rf"(?:\((?:Kamerstuk\s+)?\d[\d .,A-Z-]{{3,30}}(?:,\s*nr\.\s*\d+)?\)\s+)?"
    rf"(?-i:van)\s+(?:het\s+lid\s+|de\s+leden\s+|{_TITLED}\s+)?"
    rf"(?P<name>(?>(?:de\s+|het\s+)?(?-i:{PARTY_IN_FULL})|{_PERSON}(?:(?:\s*,\s*|\s+en\s+){_PERSON})*))", _I)
_ARTICLE = re.compile(r"^(?:de|het)\s+", _I)
# a list item under an outcome heading that names its filers, then what it is about: "Bakker (CDA): meer geld voor
# pleegzorg", "Smit (VVD) en De Vries (CDA) – kortere wachtlijsten"
_MEMBER_ENTRY = re.compile(
    rf"^(?P<who>{_PERSON}(?:\s*\([^()]{{1,20}}\))?(?:(?:\s*,\s*|\s+en\s+|\s*/\s*){_PERSON}(?:\s*\([^()]{{1,20}}\))?)*)"
    r"\s*(?::|\s[–-])\s*(?P<subj>\S.{2,})$")
_TITLED_MEMBER = re.compile(rf"\b{_TITLED}\s+(?P<name>{_PERSON})|\bde\s+groep\s+(?P<group>{_PERSON})", _I)
# a motion's kind and filer where its subject would be: "de motie van wantrouwen van Wilders"
_KIND_AND_FILER = re.compile(rf"^van\s+(?:afkeuring|wantrouwen|treurnis)(?:\s+van\s+{_PERSON})?\s*$", _I)


# One filer's share of a plural motion phrase: "(moties) van de PVV over A", "en van Kröger (GL-PvdA) om B te ..."
_FILER_CONJUNCT = re.compile(
    rf"(?P<lead>\s*,\s*(?:en\s+)?|\s+en\s+|\s+(?:(?:aan|af|in)\s+)?)van\s+(?:het\s+lid\s+|Kamerlid\s+)?"
    rf"(?P<who>(?:de\s+|het\s+)?(?-i:{PARTY_IN_FULL})|{_PERSON})(?:\s*\([^()]{{1,30}}\))?\s*,?\s+"
    r"(?P<how>over|om|die|dat|waarin|voor|tegen)\s+", _I)


def _filer_conjuncts(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The parts of a plural motion phrase that each name their own filer, right after the noun: (start, end, filer,
    subject) per part, or [] when the phrase does not go on that way."""
    found = list(_FILER_CONJUNCT.finditer(text, start, end))
    if not found or found[0].start() != start:
        return []
    # the later parts are joined by "en" or a comma: "over de rechten van Oekraïners om ..." is no new filer
    found = found[:1] + [m for m in found[1:] if re.search(r",|\ben\b", m.group("lead"))]
    out = []
    for k, m in enumerate(found):
        at = m.start() + len(m.group("lead"))
        stop = found[k + 1].start() if k + 1 < len(found) else end
        part = _COORDINATION_TAIL.sub("", text[at:stop])
        out.append((at, stop, m.group("who"), _subject(part) or part[m.end("how") - at :].strip(" ,.;")))
    return out


# "Kamerlid Frank Futselaar van de SP": the party is no part of the name
_PARTY_TAIL = re.compile(r"\s+van\s+(?:de\s+|het\s+)?(?-i:[A-Z][\w-]*)$")


def _with_head(first: str, part: str) -> str:
    """A later conjunct that starts with the preposition the first one's verb takes gets that verb:
    "af te zien van A" + "van B" → "af te zien van B"."""
    word = part.split(" ", 1)[0].lower()
    if word not in ("van", "op", "om", "over", "met", "aan", "voor"):
        return part
    head = re.search(rf"^(.*?\b){word}\s", first)
    return head.group(1) + part if head else part


def _subject(after: str) -> str:
    """The subject a motion phrase names: "over X", "om X", "die de regering verzoekt X", "eist het CDA dat X",
    or the name it was given ("genoemd "Pas op de plaats"")."""
    after = _REGISTER_ASIDE.sub("", _DEBATE_SCENE.sub("", after))
    m = _SUBJECT.match(after) or _DEMANDS.match(after)
    if not m:
        quoted = _QUOTED_NAME.search(after)
        return (quoted.group(1) or quoted.group(2)) if quoted else ""
    subject = _SUBJECT_STOP.sub("", m.group("subj").rstrip(" ,.")).strip(" ,.")
    # a fronted motion phrase ends at the main verb after its infinitive: "om X te verminderen kan hier aan bijdragen"
    subject = _MAIN_VERB_AFTER.sub(r"\1", subject)
    if re.fullmatch(r"(?:indienen|in\s+te\s+dienen)", subject, _I):
        return ""  # "Daar ga ik zo een motie over indienen": the filing, no subject
    return _ASKS_GOVERNMENT.sub("", subject)


_MAIN_VERB_AFTER = re.compile(
    r"(\bte\s+\w+en)\s+(?:kan|kon|kunnen|konden|moet|moeten|zal|zullen|heeft|hebben|had|is|was|werd|wordt|"
    r"krijgt|kreeg|gaat|ging)\b.*$", _I)
# "de motie-Omtzigt c.s. (35510, nr. 14) over de toeslagen": the number between the noun and its subject
_REGISTER_ASIDE = re.compile(r"\s*\((?:Kamerstuk\s+)?\d[^()]*\)")
# Where the motion was filed is not what it is about: "die X heeft ingediend in het debat over de koopkracht"
_DEBATE_SCENE = re.compile(
    r"\b(?:in|bij|tijdens)\s+(?:het|de)\s+(?:\w+\s+)?(?:\w*debat|\w*overleg|behandeling|beschouwingen)\s+"
    r"(?:over|van|inzake)\s+[^,;.]*", _I)
# "In een motie eist het CDA dat X"
_DEMANDS = re.compile(
    r"^\s*(?:eist|eisen|vraagt|vragen|verzoekt|wil|willen)\s+[^,;]{0,40}?\s+(?:dat|om)\s+(?P<subj>.+)", _I
)
_QUOTED_NAME = re.compile(r"[\"“]([^\"”]{3,80})[\"”]"
                          # in single quotes only right after the noun: "de motie 'Zon op elk dak'" (not "kreeg 'oordeel
                          # Kamer' mee")
                          r"|^\s*[‘'](\w[^'’\n]{1,78}\w)[’'](?!\w)")
# "de regering op te roepen de 12 miljoen te regelen" → "de 12 miljoen te regelen"
_ASKS_GOVERNMENT = re.compile(
    r"^(?:de regering|het kabinet)\s+(?:op\s+te\s+roepen|te\s+verzoeken|te\s+vragen)\s+(?:om\s+)?", _I
)


def listed_motions(ctx: Context) -> dict[str, tuple[str, list[ExtractedActor]]]:
    """Register number → (subject, submitters) for each motion a list names with its subject."""
    text = ctx.clean.text
    out: dict[str, tuple[str, list[ExtractedActor]]] = {}
    for m in _finditer_whole(_REGISTER, text):
        window = text[max(0, m.start() - 230) : m.start()]
        listed = next(reversed(list(_LISTED_SUBJECT.finditer(window))), None)
        if listed is None:
            continue
        reg = _register_text(m)
        names = [
            ExtractedActor(normalise_name(n.strip()))
            for found in _MOTION_NAMES.finditer(listed.group())
            for n in _motion_names(found)
        ]
        if not names:
            at = m.start() - len(window) + listed.start()
            names = [x.actor for x in mentions_in(ctx, at, m.start()) if x.actor.role == "member"]
        out.setdefault(reg, (listed.group("subj").strip(" ,"), names))
    return out


# "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber) en nr. 181 (Wolbert), en op de toezeggingen om ... (AO Voedsel,
# Kamerstuk 31 532, nr. 122)": after the motions a sentence may list other things with their own numbers. A number
# after a toezegging (the other follow-up a letter lists with motions) or in an aside that names a meeting or a
# paper ("AO Voedsel, ...", "brief van ...") is that thing's, not a motion's; the members in brackets right after
# a motion's number are its movers.
_OTHER_ITEM = re.compile(r"\btoezegging(?:en)?\b", _I)
_ASIDE_LABEL = re.compile(
    r"\(\s*(?:V?AO|CD|SO|WGO|NO|commissiedebat|algemeen\s+overleg|notaoverleg|wetgevingsoverleg|schriftelijk\s+overleg"
    r"|brief|verslag|rapport|nota|plenair\s+debat|debat|tweeminutendebat)\b[^()]*$", _I)
_MOVERS_AFTER = re.compile(rf"\s*\((?P<who>{NAME}(?:\s*(?:/|,|\s+en\s+)\s*{NAME})*)(?:\s+c\.s\.)?\)")


def _listed_motions(text: str, after: int) -> list[tuple[str, list[ExtractedActor]]]:
    """The motions' numbers of a list after a motion phrase ending at `after`, each with the movers bracketed
    after it; the numbers of other things the sentence lists are left out. Empty when none was left out and no
    number has its movers (the caller's reading stands)."""
    other = _OTHER_ITEM.search(text, after)
    out: list[tuple[str, list[ExtractedActor]]] = []
    left_out = False
    for m in _REGISTER.finditer(text, after):
        if (other is not None and m.start() > other.start()) or _ASIDE_LABEL.search(text[:m.start()]):
            left_out = True
            continue
        who = _MOVERS_AFTER.match(text, m.end())
        names = re.split(r"\s*(?:/|,|\s+en\s+)\s*", who.group("who")) if who else []
        movers = ([] if any(normalise_party(n) or n in ("Kamerstuk", "Kamerstukken") for n in names)
                  else [ExtractedActor(normalise_name(n.strip()), role="member") for n in names])
        out.append((_register_text(m), movers))
    if not (left_out or any(movers for _, movers in out)):
        return []
    return list({r: (r, movers) for r, movers in out}.values())


def _all_registers(ctx: Context, first: int, last: int) -> list[str]:
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    out = [_register_text(m) for m in _REGISTER.finditer(text)]
    if not out:
        single = _register_near(ctx, first, last)
        out = [single] if single else []
    return list(dict.fromkeys(out))


# --- proposals told in news with the Kamer's verdict, without the word "motie" ----------------------

# A proposal by members: "een voorstel van de VVD om ...", "het CDA-plan om ...", "een oproep om ...", "De VVD kwam
# met een voorstel voor ...". Not a bill ("wetsvoorstel" is one word) and not the government's own plan.
_PROPOSAL_NOUN = re.compile(
    r"\b(?:het|een|dat|dit|zijn|haar|hun)\s+(?:eigen\s+|ander\s+|nieuw\s+|tweede\s+)?(?:[\w-]+-)?"
    r"(?P<noun>voorstel|oproep|plan|verzoek|initiatief)\b"
    r"(?P<by>\s+van\s+(?:de\s+|het\s+)?(?:[\w'’-]+\s+){0,3}?(?=om\b|voor\b|dat\b|tot\b|over\b|,|\.|$))?", _I)
_GOVERNMENT_PROPOSAL = re.compile(
    r"\b(?:minister\w*|staatssecretaris|kabinet\w*|regering|premier|bewindsperso\w+)\b|\bkabinets", _I)
# The verdict on it: a majority or the Kamer for it (adopted), a minority or too little support (rejected).
_PROPOSAL_VERDICT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rejected", re.compile(
        r"\bminderheid\b|\bhaalde(?:n)?\s+(?:\w+\s+){0,3}?het\s+niet\b|\bgeen\s+meerderheid\b|\bverworpen\b"
        # the proposal between the verb and its "het niet": "haalde een voorstel van X om ... het niet"
        r"|\bhaalde(?:n)?\s+(?:een|het|dat|dit|zijn|haar|hun)\s+[^.;]{0,200}?\bhet\s+niet\s*(?:[.;]|$)"
        r"|\b(?:kreeg|kregen|krijgt)\s+(?:alleen|slechts|onvoldoende|geen|niet\s+genoeg)\s+(?:\w+\s+)?steun\b"
        r"|\bsneuvelde(?:n)?\b|\bstrandde(?:n)?\b|\bwe(?:es|zen)\b[^.;]{0,60}?\baf\b|\bafgewezen\b|" + VOTED_DOWN, _I)),
    ("adopted", re.compile(
        r"\bmeerderheid\b[^.;]{0,80}?\bachter\s+(?:zich|het|dat|dit|de|een)\b"
        r"|\b(?:kreeg|kregen|krijgt|haalde|haalden|haalt)\s+(?:wel\s+)?(?:een\s+|de\s+)?(?:\w+\s+){0,2}?"
        r"(?:meerderheid|steun)\b"
        r"|\b(?:Kamer|Kamermeerderheid|meerderheid|senaat)\b[^.;]{0,40}?\b(?:staat|stond|stonden|staan|schaarde|"
        r"schaarden)\s+(?:\w+\s+){0,3}?achter\b"
        r"|\b(?:staat|stond|staan|stonden)\s+(?:ook\s+)?(?:de|een)\s+(?:\w+\s+)?(?:Kamer|Kamermeerderheid|meerderheid|"
        r"senaat)\b[^.;]{0,30}?\bachter\b"
        r"|\b(?:Kamer|Kamermeerderheid|meerderheid|senaat)\b[^.;]{0,40}?\b(?:steunt|steunde|steunden|omarmde|omarmt|"
        r"nam|stemde\s+in|stemden\s+in)\b"
        r"|\b(?:vrijwel\s+|bijna\s+)?alle\s+(?:partijen|fracties)\b[^.;]{0,30}?\b(?:stemden|steunden)\b"
        r"|\b(?:werd|werden|is|zijn)\s+(?:\w+\s+)?(?:aangenomen|aanvaard)\b", _I)),
)
# "De VVD kwam met ...", "van het CDA": the party that proposed it
_PARTY_NAMED = re.compile(
    r"\b(?:[Dd]e|[Hh]et)\s+(D[’']?66|GroenLinks-PvdA|GL-PvdA|PVV|VVD|NSC|BBB|CDA|SP|ChristenUnie|SGP|PvdD|FvD|FVD"
    r"|JA21|Volt|DENK|50PLUS|BIJ1|GroenLinks|PvdA)(?:-fractie)?\b")
# A text that reports votes: what gives a verdict on a proposal its meaning as a vote.
_VOTE_TOLD = re.compile(r"\b(?:gestemd|stemde\w*|stemming\w*|stemt|moties?|aangenomen|verworpen)\b", _I)
# What the proposal asks: "om ... te VERB", "voor een ...", "dat ..." ("dient een voorstel in om ...")
_PROPOSAL_SUBJECT = re.compile(
    r"^\s*(?:in\s+)?(?:(?:van\s+[^,;.]{1,40}?\s+)?(?P<w>om|voor|dat|tot|over)\s+)(?P<s>[^;]+)", _I)
# A member files a proposal in the debate: "Hij dient een voorstel in om ...", "diende een voorstel in"
_FILES_PROPOSAL = re.compile(r"\bdien(?:t|en|de|den)\s+(?:\w+\s+){0,3}?(?:een|het|zijn|haar|hun)\s+(?:\w+\s+)?"
                             r"voorstel\s+in\b", _I)
_HE_OR_SHE_FIRST = re.compile(r"^(?:Hij|Zij|Ze)\b")
_SUBJECT_END = re.compile(
    r"\s+het\s+niet\s*[.;]?\s*$|[,;]\s+(?:maar|en|terwijl)\b|\s+(?:kreeg|kregen|krijgt|haalde|haalden|wist|wisten|werd|werden|is|"
    r"sneuvelde|strandde)\b|\s+en\s+(?:wist|kreeg|haalde)\b|[.]\s*$|\s+(?:werd|werden|is|zijn)\s+(?:\w+\s+)?"
    r"(?:weggestemd|gesneuveld|gestrand)\b", _I)


# a filer named by a bare word: a party ("GroenLinks-PvdA") or a surname ("Omtzigt", "Van der Plas")
_BARE_NAME = re.compile(r"^(?:(?:Van|De|Ter|Ten)\s+(?:(?:der|den|de)\s+)?)?(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]+"
                        r"(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)$")
# capitalised words that open sentences and are no one's name
_NO_NAME = frozenset([*WEEKDAYS, "de", "het", "een", "ook", "maar", "toch", "dan", "daarna", "vervolgens",
    "gisteren", "vandaag", "eerder", "later",
    "zij", "hij", "ze", "wij", "we", "ik", "kamer", "minister", "premier", "staatssecretaris", "kabinet", "regering",
    "oppositie", "coalitie", "meerderheid", "fractie", "partij", "senaat", "raad", "college", "uiteindelijk",
    "verder", "daarnaast", "wel", "niet"])


def _bare_filer(ctx: Context, words: str) -> ExtractedActor | None:
    """The filer a bare word or two names: a party, or a surname the text never writes in lower case; else None."""
    words = _ARTICLE.sub("", words.strip(" ,"))
    if (party := normalise_party(words)) is not None:
        return ExtractedActor(party, role="member")
    if not _BARE_NAME.match(words) or words.lower() in _NO_NAME or re.search(
            rf"(?<![\w-]){re.escape(words.lower())}(?![\w-])", ctx.clean.text):
        return None
    return ExtractedActor(normalise_name(words), role="member")


def _same_surname(a: str, b: str) -> bool:
    """Whether two names end in the same surname ("De Groot", "Tjeerd de Groot")."""
    return a.split()[-1].lower() == b.split()[-1].lower() if a.split() and b.split() else False


def _named_filer(words: str) -> ExtractedActor | None:
    """A member by a name of up to three capitalised words ("El Yassini"), not a party or a common word."""
    if (not re.fullmatch(r"(?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+", words) or words.lower() in _NO_NAME
            or PARTY_ANY.fullmatch(words)):
        return None
    return ExtractedActor(words, role="member")


# the proposal just told, named again at the start of the next sentence: "Ook dat voorstel ...", "Dat plan ..."
_PROPOSAL_AGAIN = re.compile(r"^(?:(?:Ook|Maar|Toch|Uiteindelijk)\s+)?(?:dat|dit|het|dat\s+laatste)\s+"
                             r"(?:voorstel|plan|verzoek|idee|initiatief)\b(?![^.;]{0,40}\bmoties?\b)", _I)


def told_proposals(ctx: Context, skip: set[int]) -> list[Draft]:
    """A member's or party's proposal told in a report of votes by what it asks, with the Kamer's verdict in the
    same sentence: "Een motie" is not said, but "een voorstel van de VVD om ... kreeg brede steun", "De VVD kwam
    met een voorstel voor ... en wist een meerderheid achter zich te scharen", "Een minderheid schaarde zich
    achter een oproep om ..." are adopted or rejected motions. Each such sentence gives one motion."""
    if not _VOTE_TOLD.search(ctx.clean.text):
        return []
    out: list[Draft] = []
    for i, s in enumerate(ctx.sentences):
        if i in skip or _MOTION_NOUN.search(s.text):
            continue
        m = _PROPOSAL_NOUN.search(s.text)
        if m is None or _GOVERNMENT_PROPOSAL.search(s.text[max(0, m.start() - 30) : m.end() + 40]):
            continue
        status = next((code for code, p in _PROPOSAL_VERDICT if p.search(s.text)), None)
        if status is None and _FILES_PROPOSAL.search(s.text):
            status = "submitted"  # "Hij dient een voorstel in om ...": a member files it in the debate
        last = i
        if status is None and i + 1 < len(ctx.sentences) and i + 1 not in skip and (
                _PROPOSAL_AGAIN.match(nxt := ctx.sentences[i + 1].text)):
            # its fate in the next sentence, which names it again: "X had zich hard gemaakt voor het plan om ..."
            # then "Ook dat voorstel kreeg geen meerderheid."
            status = next((code for code, p in _PROPOSAL_VERDICT if p.search(nxt)), None)
            last = i + 1
        if status is None:
            continue
        rest = s.text[m.end() :]
        subj = _PROPOSAL_SUBJECT.match(rest)
        if subj is None:
            continue
        clause = subj.group("s")
        end = _SUBJECT_END.search(clause)
        clause = clause[: end.start()] if end else clause
        actors = _members(ctx, i, i)
        if not actors and status == "submitted" and _HE_OR_SHE_FIRST.match(s.text):
            filer = last_member(ctx, s.start, None)
            actors = [filer] if filer is not None else []
        if not actors and (party := _PARTY_NAMED.search(s.text)):
            actors = [ExtractedActor(normalise_party(party.group(1)) or party.group(1), role="member")]
        by = re.sub(r"^\s*van\s+", "", m.group("by") or "")
        if not actors and by and (filer := _bare_filer(ctx, by)) is not None:
            actors = [filer]  # "een voorstel van Omtzigt om ...", "van GroenLinks-PvdA"
        at = s.start + m.end() + subj.start("s")
        # the day of the vote ("vanmiddag") is no term: only what the proposal asks can hold one
        out.append(Draft("motion", status, 0.6, i, last, (s.start, s.end), clause=clause.strip(" ,."), actors=actors,
                         due_zone=(at, at + len(clause))))
    return out


# --- who filed a motion, told in a sentence after it ----------------------------------------------------

# "Het was een initiatief van SP-senator X", "In de motie die SP-leider X had ingediend", "mede-ondertekenaar X"
_FILER_TOLD = re.compile(
    r"\b(?:mede-?ondertekenaars?|mede-?indieners?|indieners?|initiatiefnemers?|(?:ingediend|voorgesteld|opgesteld)"
    r"\s+door|initiatief\s+van|(?:had|heeft|hadden|hebben)\s+ingediend|dien(?:de|den)\s+(?:\w+\s+){0,4}?in)\b"
    # who tells of a motion being written is its author: "Dat laat PvdA-fractievoorzitter X weten."
    r"|^(?:Dat|Dit)\s+(?:laat|liet|zegt|zei|meldt|meldde|schrijft|schreef)\b", _I)
# the motion just told, named again: "De motie, ingediend door ...", "In de motie die X had ingediend"
_SAME_MOTION_AGAIN = re.compile(r"^(?:In\s+)?(?:Die|Deze|De)\s+motie\b", _I)
# how far after the motion its filer may be told, in sentences
_FILER_WITHIN = 4


def _person(actor: ExtractedActor) -> bool:
    bare = re.sub(r"^(?:de|het)\s+", "", actor.name, flags=_I)
    return actor.role == "member" and not normalise_party(bare) and "Kamer" not in actor.name


# "verzette zich tegen de motie om ..., ingediend door ...": the motion named by the definite article, not another
_THE_MOTION = re.compile(r"(?<![\w-])(?:de|die|deze)\s+motie\b(?!-)", _I)


def _told_again_by_filers(ctx: Context, d: Draft, told_at: list[Draft], k: int) -> bool:
    """Whether sentence k names motion d again, by the definite article and with its filers ("Een motie daartoe van
    CDA en VVD werd aangenomen." ... "Schouten verzette zich tegen de motie om nieuwe berekeningen te maken,
    ingediend door de Kamerleden Geurts (CDA) en Harbers (VVD)"): that motion is d, with those members. told_at: the
    motions told from sentence k on."""
    text = ctx.sentences[k].text
    again = [o for o in told_at if o is not d and o.kind == "motion" and o.first == k]
    if len(again) != 1 or not _THE_MOTION.search(text) or not _FILED_BY.search(text) or (
            len(_MOTION_NOUN.findall(text)) > 1):
        return False
    other = again[0]
    if other.status not in ("submitted", d.status) or not any(_person(a) for a in other.actors):
        return False
    d.actors = list(dedupe_actors([*d.actors, *(a for a in other.actors if _person(a))]))
    d.last = max(d.last, other.last)
    other.dropped = True
    return True


def filers_told_after(ctx: Context, drafts: list[Draft]) -> None:
    """A motion told without its members ("een motie van de SP", "een oproep om ...") gets the member a sentence
    soon after names as its filer, before another motion is told: "Een meerderheid nam een motie van de SP aan. ...
    In de motie die SP-leider X had ingediend ...", "Het was een initiatief van senator Y"."""
    starts = sorted({d.first for d in drafts if d.kind == "motion"})
    per_sentence = Counter(d.first for d in drafts if d.kind == "motion")
    # the motions by their first sentence, and all motions' last sentences in order (kept so when a motion takes in
    # the one told again): each motion finds its neighbours by lookup, not by reading every motion (linear time)
    told_at: dict[int, list[Draft]] = {}
    for o in drafts:
        if o.kind == "motion":
            told_at.setdefault(o.first, []).append(o)
    lasts = sorted(o.last for o in drafts if o.kind == "motion")
    for d in drafts:
        # several motions told in one sentence ("Moties tegen A en B zijn verworpen") are not one member's
        if d.kind != "motion" or per_sentence[d.first] > 1 or any(_person(a) for a in d.actors):
            continue
        at = bisect_right(starts, d.last)
        nxt = starts[at] if at < len(starts) else len(ctx.sentences)
        at = bisect_left(lasts, d.first)
        before = lasts[at - 1] if at else -1  # the last sentence of the motions told before d
        after = range(d.last + 1, min(d.last + 1 + _FILER_WITHIN, len(ctx.sentences)))
        # the sentence just before may tell the filing the motion's sentence then gives the fate of ("X diende een
        # aanklacht in. ... het verzoek van de PVV werd verworpen")
        for k in [*after, *range(d.first - 1, max(before, d.first - 1 - _FILER_WITHIN), -1)]:
            text = ctx.sentences[k].text
            was = d.last
            if k == nxt and _told_again_by_filers(ctx, d, told_at.get(k, []), k):
                if d.last != was:
                    del lasts[bisect_left(lasts, was)]
                    insort(lasts, d.last)
                break
            if k > nxt or (k == nxt and not _SAME_MOTION_AGAIN.match(text)) or not _FILER_TOLD.search(text):
                continue
            titled = [ExtractedActor(normalise_name(_PARTY_TAIL.sub("", t.group("name") or t.group("group"))))
                      for t in _TITLED_MEMBER.finditer(text)]
            found = [a for a in [*_members(ctx, k, k), *titled] if _person(a)]
            if found:
                d.actors = list(dedupe_actors([*d.actors, *found]))
                break


# A sentence telling what is in the motion just named: "Daarin wordt hij opgeroepen ...", "In die motie stellen zij
# vast ...", "Deze motie roept de regering op ..." (told_after takes it in; contents_told_after looks past it for the
# request)
_CONTENT_NEXT = re.compile(r"^(?:Daarin|Hierin|In\s+(?:die|deze|de|haar|zijn|hun)\s+motie"
                           r"|(?:Die|Deze|De)\s+motie(?=\s+(?:vraagt|verzoekt|roept|eist|wil|draagt)\b))\b[\s,]*", _I)


# What a motion asks, retold by a report as the request to the government: "De regering wordt verzocht ...",
# "Het kabinet werd gevraagd ...", "Daarbij wordt de minister opgeroepen ..."
_GOVERNMENT_ASKED = re.compile(
    r"^(?:(?:Daarbij|Daarin|Ook|Verder)\s+(?:wordt|werd)\s+(?P<inv>de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)"
    r"|(?:De\s+regering|Het\s+kabinet|De\s+minister|De\s+staatssecretaris)(?:\s+van\s+[A-Z][\w&\s]{0,50}?)?\s+(?:wordt|werd))"
    r"\s+(?:\w+\s+){0,2}?(?:verzocht|gevraagd|opgeroepen)\b[\s,]*(?:om\s+)?",
    _I,
)


def contents_told_after(ctx: Context, drafts: list[Draft]) -> None:
    """A motion named without what it asks ("een motie van de SP en de PvdA") gets a report's retelling of the request
    to the government a sentence or two on as its subject ("In de motie stellen zij vast dat ...", then "De regering
    wordt verzocht ... voor 1 juli ..."), whose term is the motion's. (A next sentence that points back and says what
    it asks, "Daarin wordt hij opgeroepen ...", is read by told_after, as every sentence pointing back to a motion.)"""
    for d in drafts:
        if d.kind != "motion" or d.clause or d.last + 1 >= len(ctx.sentences):
            continue
        for k in range(d.last + 1, min(d.last + 3, len(ctx.sentences))):
            nxt = ctx.sentences[k]
            if k > d.last + 1 and _MOTION_NOUN.search(nxt.text) and not _CONTENT_NEXT.match(nxt.text):
                break  # another motion's sentence
            lead = _CONTENT_NEXT.match(nxt.text)  # what it asks, told pointing back to it: told_after reads that
            asked = _GOVERNMENT_ASKED.match(nxt.text)
            if asked is None and k == d.last + 1 and lead is None:
                break  # only what the motion says ("In de motie ...") stands between it and its request
            # (another motion's sentence, asked last: reading every draft for each motion grew with their square)
            if any(o is not d and o.kind == "motion" and o.first <= k <= o.last for o in drafts):
                break
            if asked is not None:
                d.last = k
                d.clause = nxt.text[asked.end():].strip(" .")
                if d.due_override is None:
                    d.due_zone = (nxt.start, nxt.end)
                break


# What the Kamer wants, told right after the motion it adopted: "De Tweede Kamer vindt de brief veel te vaag en wil nog
# voor Prinsjesdag een nieuwe brief"
_KAMER_WANTS_NEXT = re.compile(
    r"^(?:De|Een)\s+(?:(?:Tweede|Eerste|ruime|grote|brede)\s+)?(?:Kamer|Kamermeerderheid|meerderheid|senaat)\b"
    r"[^.;]{0,120}?\b(?:wil|eist|verlangt|vraagt)\b", _I)


# What the motion asks, told next with the time it must be done in: "Het onderzoek moet voor 1 juli klaar zijn",
# "Dat moet nog dit jaar gebeuren"; its noun is one of the motion's words ("onderzoeken", "het onderzoek")
_MUST_BY = re.compile(
    r"^(?:Het|De|Dat|Dit|Die|Deze)\s+(?:(?P<noun>[\w-]+)\s+)?(?:\w+\s+){0,2}?(?:moet|moeten|dient|dienen)\b", _I)


def _must_by(d: Draft, text: str) -> bool:
    m = _MUST_BY.match(text)
    if m is None:
        return False
    noun = (m.group("noun") or "").lower()
    if noun in ("", "moet", "moeten", "dient", "dienen") or text.split()[0].lower() in ("dat", "dit"):
        return True
    return len(noun) >= 5 and noun[:6] in {w.lower()[:6] for w in re.findall(r"\w{5,}", d.clause or "")}


def wishes_told_after(ctx: Context, drafts: list[Draft]) -> None:
    """An adopted motion's wish told in the next sentence as what the Kamer wants, or what it asks told with the time
    it must be done in: its term is the motion's."""
    for d in drafts:
        if d.kind != "motion" or d.status != "adopted" or d.last + 1 >= len(ctx.sentences):
            continue
        nxt = ctx.sentences[d.last + 1]
        if not (_KAMER_WANTS_NEXT.match(nxt.text) or _must_by(d, nxt.text)) or any(
                o is not d and o.kind == "motion" and o.first <= d.last + 1 <= o.last for o in drafts):
            continue
        d.last += 1
        if d.due_zone is not None and d.due_override is None:
            d.due_zone = (d.due_zone[0], nxt.end)


# The cabinet's appreciation of a motion as the Kamer's register spells it, and how a text says it: "De minister
# ontraadt de motie", "laat het oordeel aan de Kamer", "Oordeel Kamer", "neemt de motie over", "verzoekt de indiener
# de motie aan te houden". Read in the motion's own quote and what follows it up to the next motion named.
# (kinds.APPRECIATIONS lists the values.)
_APPRECIATION_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bontr(?:aadt|aad|aden|ied|ieden|ade)\b[^.;]{0,60}?\btenzij\b", _I), "Ontraden, tenzij gewijzigd"),
    (re.compile(r"\bontr(?:aadt|aad|aden|ied|ieden|ade)\b", _I), "Ontraden"),
    (re.compile(r"\boordeel\s+(?:aan\s+(?:de\s+)?)?kamer\b", _I), "Oordeel Kamer"),
    (re.compile(r"\b(?:overgenomen|ne(?:emt|men|emt)\s+(?:de|deze|die|haar|zijn)\s+motie\s+over)\b", _I),
     "Overgenomen"),
    (re.compile(r"\b(?:verzoekt|vraagt|verzocht|vroeg)\b[^.;]{0,60}?\baan\s+te\s+houden\b", _I),
     "Verzocht motie aan te houden"),
    (re.compile(r"\bontijdig\b", _I), "Ontijdig"),
)
# Another motion named: "een (tweede) motie", "motie-Bontenbal", "de motie van X", "moties"; not "de motie" told back.
_NEXT_MOTION = re.compile(r"\b(?:een|andere|tweede|derde|volgende)\s+(?:\w+\s+)?motie\b|\bmotie-(?=[A-Z])"
                          r"|\bmotie\s+(?:van|over)\s+\w|\bmoties\b", _I)
_AFTER_LIMIT = 400
# "de motie" told back (not another named: "de motie van X", "de motie over Y")
_MOTION_TOLD_BACK = re.compile(r"\b(?:de|die|deze)\s+motie\b(?![-\w])(?!\s+(?:van|over|om)\b)", _I)


def appreciation_in(text: str, start: int, end: int) -> str | None:
    """The cabinet's appreciation of the motion quoted at text[start:end], when the quote or the text after
    it (up to the next motion named, a blank line or 400 characters) says it; else None."""
    after = text[end:end + _AFTER_LIMIT]
    blank = re.search(r"\n\s*\n", after)
    if blank is not None and _MOTION_TOLD_BACK.search(after, blank.end()):
        blank = None  # the next paragraph goes on about "de motie": "Rutte heeft inmiddels de motie ontraden" (u14)
    stop = min((m.start() for m in (_NEXT_MOTION.search(after), blank) if m is not None), default=len(after))
    window = text[start:end] + " " + after[:stop]
    for pattern, value in _APPRECIATION_CUES:
        if pattern.search(window):
            return value
    return None


# Asked only about sentences with one of their words in them (quick.py: the same answers, sooner).
_OUTCOMES = tuple((code, quick(pattern)) for code, pattern in _OUTCOMES)
_KAMER_VOTED = (quick(_KAMER_VOTED[0]), quick(_KAMER_VOTED[1]))
(
    _MOTION_NOUN, _VOTE_PASSAGE, _VOTES_OVER, _ANNOUNCED_CUE, _PROPOSAL_NOUN, _MOTION_FOLLOWS, _MOTION_BODY_START,
    _KAMER_ASKS, _MOTION_HEADER, _ASKED_CLAUSE, _DIVISION, _MOTION_NAMES, _ANNOUNCED_THAT, _TITLED_MEMBER,
    _MOTION_NUMBER, _DEBATE_SCENE, _MOTION_TO, _OWNED, _VOTE_COUNT, _PUT_TO_VOTE, _SUBMITTED_CUE, _LISTED_SUBJECT,
    _HABITUAL, _VOTE_LIST_LEAD, _MOTION_NUMBER_HEADER, _GETS_NUMBER, _WAS_NUMBER, _VOTE_COUNT_SIDE, _VOTED_PAST,
    _CHAIR_PROPOSES, _BACKED, _LIST_FOLLOWS, _GENERIC_MODAL,
) = map(
    quick,
    (
        _MOTION_NOUN, _VOTE_PASSAGE, _VOTES_OVER, _ANNOUNCED_CUE, _PROPOSAL_NOUN, _MOTION_FOLLOWS,
        _MOTION_BODY_START, _KAMER_ASKS, _MOTION_HEADER, _ASKED_CLAUSE, _DIVISION, _MOTION_NAMES, _ANNOUNCED_THAT,
        _TITLED_MEMBER, _MOTION_NUMBER, _DEBATE_SCENE, _MOTION_TO, _OWNED, _VOTE_COUNT, _PUT_TO_VOTE, _SUBMITTED_CUE,
        _LISTED_SUBJECT, _HABITUAL, _VOTE_LIST_LEAD, _MOTION_NUMBER_HEADER, _GETS_NUMBER, _WAS_NUMBER, _VOTE_COUNT_SIDE,
        _VOTED_PAST, _CHAIR_PROPOSES, _BACKED, _LIST_FOLLOWS, _GENERIC_MODAL,
    ),
)


# A sentence that goes on about the motion just told, by pointing back to it: "Die motie draagt het kabinet op ...",
# "In deze motie ...", "De tekst van de motie: ...", "De motie, ondertekend door ...", "Daarin wordt ...". Not a
# motion named anew: "de motie van X", "de motie over Y", "de motie-Z".
# Whose the motion just told was, told of it as a proposal: "Het voorstel kwam van SP-Kamerlid Jimmy Dijk", "Het
# voorstel was afkomstig van de SP", "Het initiatief lag bij de SP"
_WHOSE_PROPOSAL = re.compile(r"^(?:Het|Dit|Dat)\s+(?:voorstel|initiatief)\s+(?:\w+\s+){0,2}?"
                             r"(?:kwam|komt|was|is|lag|ligt)\s+(?:\w+\s+){0,2}?(?:van|bij)\s+", _I)
_POINTS_BACK_TO_MOTION = re.compile(
    r"^(?:In\s+)?(?:(?:De|Het)\s+(?:tekst|dictum|verzoek|strekking|kern)\s+van\s+)?"
    r"(?:die|deze|de|dezelfde|diezelfde)\s+motie\b(?![-\w])(?!\s+(?:van|over|om|die|dat|waarin|waarmee|tegen)\b)"
    r"|^(?:Daarin|Hierin)\b"
    r"|^(?:Die|Deze)\s+(?:vraagt|vroeg|verzoekt|verzocht|roept|riep|eist|eiste|draagt|droeg|spreekt|sprak)\b",
    _I,
)
# Who filed it, listed: "De motie, ondertekend door de Kamerleden Klaver, Slob, Pechtold en Thieme, ..."
_FILED_BY_NAMES = re.compile(
    rf"\b(?:ingediend|voorgesteld|ondertekend)\s+door\s+(?:de\s+(?:Kamer)?leden\s+|het\s+(?:Kamer)?lid\s+|{_TITLED}\w*\s+)?"
    rf"(?P<name>{_PERSON}(?:(?:\s*,\s*|\s+en\s+){_PERSON})*)", _I)
# What it asks, told by its verb: "Die motie draagt het kabinet op om ...", "Hierin riep hij de minister op ...",
# "Daarin wordt de regering verzocht ..."
_ASKS_OF_IT = re.compile(
    r"\b(?:(?:wordt|werd|worden|werden)\s+(?:\w+\s+){0,3}?(?:opgeroepen|gevraagd|verzocht)"
    r"|vraagt|vroeg|verzoekt|verzocht|roept|riep|eist|eiste|draagt|droeg|staat|stond)\b", _I)
# ... and the words that lead to what is asked: "riep hij de minister-president op (om)", "wordt de regering verzocht"
_ASKS_LEAD = re.compile(
    r"^(?:(?:wordt|werd|worden|werden)\s+(?:\w+\s+){0,3}?(?:opgeroepen|gevraagd|verzocht)"
    r"|(?:vraagt|vroeg|verzoekt|verzocht|roept|riep|eist|eiste|draagt|droeg)(?:\s+[\w-]+){0,5}?\s+op\b"
    r"|(?:staat|stond)(?:\s+(?:ook|verder|onder\s+meer))?(?:\s+dat)?"
    r"|(?:vraagt|vroeg|verzoekt|verzocht|eist|eiste)(?:\s+(?:de\s+regering|het\s+kabinet|de\s+[\w-]*minister[\w-]*"
    r"|de\s+staatssecretaris\w*))?)\s*,?\s*(?:om\s+)?", _I)


def told_after(ctx: Context, drafts: list[Draft]) -> None:
    """A motion goes on in the sentences right after it that point back to it ("Bij de behandeling is de motie X
    aangenomen." "Die motie draagt het kabinet op om ... voor 1 april 2020 aan de Kamer te rapporteren."): they are
    part of its quote, their term is its term, the members they name are its filers when it has none, and what
    they say it asks is its subject when it has none. The same for a motion told in news, Handelingen or a letter;
    a sentence another motion's draft reads, or that names another motion, ends it."""
    read_by: dict[int, Draft] = {}
    for o in drafts:
        if o.kind == "motion" and not o.dropped:
            for k in range(o.first, o.last + 1):
                read_by.setdefault(k, o)
    for d in drafts:
        if d.kind != "motion" or d.dropped:
            continue
        k = d.last + 1
        while k < len(ctx.sentences) and read_by.get(k) in (None, d):
            s = ctx.sentences[k]
            whose = _WHOSE_PROPOSAL.match(s.text)
            if not (_POINTS_BACK_TO_MOTION.match(s.text) or whose) or _NEXT_MOTION.search(s.text):
                break
            read_by[k] = d
            if d.due_override is None:
                zone = d.due_zone or (ctx.sentences[d.first].start, ctx.sentences[d.last].end)
                if nearest_deadline(ctx, d.trigger[0], d.trigger[1], *zone) is not None:
                    d.due_zone = zone  # its own term stands
                else:  # the term of what it asks: in a motion's text read out, its dictum's
                    dictum = _DICTUM.search(s.text)
                    d.due_zone = (s.start + dictum.start() if dictum else s.start, s.end)
            d.last = k
            if not any(_person(a) for a in d.actors):
                listed = [ExtractedActor(normalise_name(n), role="member") for by in _FILED_BY_NAMES.finditer(s.text)
                          for n in re.split(r"\s*,\s*|\s+en\s+", by.group("name")) if n]
                found = [a for a in [*_members(ctx, k, k), *listed] if _person(a) and not _names_a_party(a.name)]
                # "De motie werd ingediend door Kamerleden van GroenLinks-PvdA en CDA": the parties, when no member
                parties = _filing_parties(s.text) if not found else []
                named = {p for m in PARTY_ANY.finditer(s.text, whose.end()) if (p := normalise_party(m.group()))} if (
                    whose and not found and not parties) else set()
                if len(named) == 1:
                    # "Het voorstel was afkomstig van de SP": the one party it names
                    party = named.pop()
                    parties = [ExtractedActor(party, party=party, role="organisation")]
                d.actors = list(dedupe_actors([*d.actors, *found, *parties]))
            if not d.clause and (asks := _ASKS_OF_IT.search(s.text)):
                dictum = _DICTUM.search(s.text)
                asked = dictum.group() if dictum else s.text[asks.start():]
                d.clause = _ASKS_LEAD.sub("", _DICTUM_LEAD.sub("", asked)).strip(" .'\"‘’“”…")
            k += 1


# A motion told back by its article or its owner: "de motie van wantrouwen werd verworpen", "Zijn motie werd
# gesteund door ...", "deze motie"; not a motion named anew ("de motie van Jansen", "de motie-Jansen")
_TOLD_BACK = re.compile(r"\b(?:de|die|deze|dezelfde|diezelfde|zijn|haar|hun)\s+(?:\w+\s+)?motie\b(?!-)"
                        r"(?!\s+(?:van|over)\s+(?!(?:wantrouwen|afkeuring|treurnis)\b))", _I)
_OWN_MOTION = re.compile(r"^(?:Zijn|Haar)\s+(?:\w+\s+)?motie\b")
# Another motion brought in: "een (andere) motie", "moties"
_ANOTHER = re.compile(r"\b(?:een|andere|tweede|nieuwe)\s+(?:\w+\s+)?motie\b|\bmoties\b", _I)
# how far back a motion told back may have been told with its filer, in sentences
_TOLD_BEFORE_WITHIN = 12


def filers_told_before(ctx: Context, drafts: list[Draft]) -> None:
    """A motion told back without its filer ("... want de motie van wantrouwen werd verworpen") is the one the text
    told before with its filer, when no other motion came in between: "X kreeg van de SP een motie van wantrouwen"
    (the party's, or its one member's), "Zijn motie werd gesteund door ..." (the member named last)."""
    for d in drafts:
        if d.kind != "motion" or d.dropped or any(_person(a) for a in d.actors):
            continue
        text = " ".join(ctx.sentences[k].text for k in range(d.first, d.last + 1))
        if (_OWN_MOTION.match(text) and not _ANOTHER.search(text)
                and (named_last := last_member(ctx, ctx.sentences[d.first].start, None, window=1500))):
            # "Johan Almekinders van Forum voor Democratie zag het tevreden aan. Zijn motie over ... kon rekenen op
            # een meerderheid" (a motion named anew with its subject, not told back): the member named last
            d.actors = list(dedupe_actors([*d.actors, named_last]))
            continue
        if not _TOLD_BACK.search(text) or _ANOTHER.search(text):
            continue
        # "Jaco Geurts hamerde op ... In zijn motie stelt hij ...": a motion told by its owner's pronoun is the
        # motion of the member named last before the pronoun; when that member is named after the motion told
        # before, it is theirs, not that one's
        owner = _possessive_owner(ctx, d)
        told = [k for k in range(d.first - 1, max(-1, d.first - 1 - _TOLD_BEFORE_WITHIN), -1)
                if _MOTION_NOUN.search(ctx.sentences[k].text)]
        if owner is not None and not told:
            d.actors = list(dedupe_actors([*d.actors, owner[1]]))  # no motion told before it: the pronoun's
            continue
        for k in told:
            before = ctx.sentences[k].text
            found: ExtractedActor | None = None
            if owner is not None and owner[0] >= ctx.sentences[k].end:
                d.actors = list(dedupe_actors([*d.actors, owner[1]]))
                break
            if _OWN_MOTION.match(before):
                found = last_member(ctx, ctx.sentences[k].start, None, window=1500)
            else:
                found = next((a for a in _members(ctx, k, k) if _person(a)), None) or party_filer(ctx, k)
            if found is not None:
                d.actors = list(dedupe_actors([*d.actors, found]))
                break
            if len(_MOTION_NOUN.findall(before)) > 1 or not _TOLD_BACK.search(before):
                break  # another motion, or one told without its filer: whose it is, is not said


# "zijn motie", "haar eigen motie": the motion of the one the pronoun stands for
_POSSESSIVE_MOTION = re.compile(r"\b(?:zijn|haar)\s+(?:\w+\s+)?motie\b(?!-)", _I)


def _possessive_owner(ctx: Context, d: Draft) -> tuple[int, ExtractedActor] | None:
    """Where the member is named, and who, that a motion told as "zijn motie" or "haar motie" in d's sentences
    belongs to: the member named last before the pronoun."""
    for k in range(d.first, d.last + 1):
        s = ctx.sentences[k]
        if (m := _POSSESSIVE_MOTION.search(s.text)) is None:
            continue
        for n in ctx.mentions_before(s.start + m.start()):
            mention = ctx.mentions[n]
            if mention.start < s.start + m.start() - 1500:
                return None
            if mention.actor.role == "member":
                return (mention.start, mention.actor) if _person(mention.actor) else None
        return None
    return None


# A count of motions: "Twee moties van deze strekking ... zijn aangenomen", "Drie moties van X haalden het niet"
_COUNTED_MOTIONS = re.compile(r"\b(?P<n>twee|drie|vier|vijf|zes|[2-9])\s+(?:\w+\s+)?moties\b", _I)
# ... and one of them by its place: "De eerste motie constateert ...", "In de tweede motie vraagt hij ..."
_ORDINAL_MOTION = re.compile(
    r"^(?:In\s+)?(?:de|het)\s+(?P<p>eerste|tweede|derde|vierde|vijfde|zesde|laatste)\s+motie\b(?![-\w])", _I)
_PLACES = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "laatste": 9}
# how far after the count its motions may be told, in sentences
_ORDINALS_WITHIN = 12


def ordinals_of_count(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Motions counted, then told one by one by their place ("Twee moties van Kamerlid X zijn aangenomen. ... De
    eerste motie vraagt de regering ... De tweede motie ..."): each is one of the counted motions, at their stage
    and with their filers when it names none, and what it asks (or says) is its own subject. A draft of the count
    itself is dropped once two of them are told. Returns the drafts made (a telling that has one keeps it)."""
    made: list[Draft] = []
    starts = {d.first: d for d in drafts if d.kind == "motion" and not d.dropped}
    for i, s in enumerate(ctx.sentences):
        counted = _COUNTED_MOTIONS.search(s.text) if "moties" in s.text.lower() else None
        if counted is None:
            continue
        own = starts.get(i)
        status = own.status if own is not None else _status(s.text, s)[0]
        if status is None or status == "announced":
            continue
        filers = list(own.actors) if own is not None else [a for a in _members(ctx, i, i) if _person(a)]
        n = _NUMBER_WORDS.get(counted.group("n").lower()) or int(counted.group("n"))
        told: list[Draft] = []
        for k in range(i + 1, min(len(ctx.sentences), i + 1 + _ORDINALS_WITHIN)):
            t = ctx.sentences[k]
            if _COUNTED_MOTIONS.search(t.text):
                break  # another count
            if (said := _ORDINAL_MOTION.match(t.text)) is None:
                continue
            if k in starts:
                told.append(starts[k])
                starts[k].place = _PLACES[said.group("p").lower()]
            else:
                asks = _ASKS_OF_IT.search(t.text, said.end())
                clause = (_ASKS_LEAD.sub("", t.text[asks.start():]) if asks else t.text[said.end():])
                named = [a for a in _members(ctx, k, k) if _person(a)]
                told.append(Draft("motion", status, 0.7, k, k, (t.start, t.end), clause=clause.strip(" .'\"‘’“”…"),
                                  actors=named, due_zone=(t.start, t.end), place=_PLACES[said.group("p").lower()]))
            if len(told) == n:
                break
        if len(told) < 2:
            continue
        for d in told:
            d.actors = d.actors or list(filers)
            if _stage(d) < {"submitted": 1}.get(status, 2) or (
                    {d.status, status} == {"adopted", "rejected"} and _SUPPORT_ONLY.fullmatch(
                        ctx.clean.text[d.trigger[0] : d.trigger[1]])):
                # "De Eerste Kamer verwierp drie moties van X." ... "De eerste motie ... Deze motie kreeg steun van
                # de fracties van A, B en C.": the count says what became of them, the support who voted for each
                d.status = status
            if d.first not in starts:
                made.append(d)
                starts[d.first] = d
        if own is not None:
            own.dropped = True
    return made


# support told by who gave it, not by how much: "kreeg steun", "kregen de steun"
_SUPPORT_ONLY = re.compile(r"(?:kreeg|kregen|krijgt|krijgen)\s+(?:de\s+)?steun", _I)


def _stage(d: Draft) -> int:
    """How far a motion has come: announced, submitted, then an outcome."""
    return {"announced": 0, "submitted": 1}.get(d.status, 2)


# The filer asking the government in the dictum's words: "Geurts verzoekt de regering daarom om ...", "Zij roept het
# kabinet op ..."
_FILER_ASKS = re.compile(
    r"^(?:(?:Ook|Daarom|Verder|Daarnaast|Tevens)\s+)?(?P<who>[A-ZÀ-Ý][\w'’-]+|[Hh]ij|[Zz]ij)\s+"
    r"(?P<verb>verzoekt|verzocht|vraagt|vroeg|roept|riep)\s+(?:\w+\s+){0,1}?(?:de\s+regering|het\s+kabinet)\b")
# how far after its motion a filer's request may be told, in sentences
_FILER_ASKS_WITHIN = 3


def asked_by_filer_after(ctx: Context, drafts: list[Draft]) -> None:
    """A motion told without what it asks ("Jaco Geurts hamerde vooral op ... In zijn motie stelt hij dat ...") whose
    filer asks the government in the dictum's words a sentence or two later, in the same paragraph, with no motion
    told between ("Geurts verzoekt de regering daarom om in de komende begroting ... de achterstanden in te lopen"):
    that request is what it asks, and part of its quote."""
    read = {k for d in drafts if d.kind == "motion" and not d.dropped for k in range(d.first, d.last + 1)}
    for d in drafts:
        people = [a for a in d.actors if _person(a)]
        if d.kind != "motion" or d.dropped or d.clause or len(people) != 1:
            continue
        surname = people[0].name.split()[-1]
        for k in range(d.last + 1, min(len(ctx.sentences), d.last + 1 + _FILER_ASKS_WITHIN)):
            s = ctx.sentences[k]
            if k in read or _MOTION_NOUN.search(s.text) or "\n" in ctx.clean.text[ctx.sentences[k - 1].end : s.start]:
                break
            asks = _FILER_ASKS.match(s.text)
            if asks is None or asks.group("who") not in (surname, "Hij", "hij", "Zij", "zij"):
                continue
            d.clause = _ASKS_LEAD.sub("", s.text[asks.start("verb"):]).strip(" .'\"‘’“”…")
            d.last = k
            break
