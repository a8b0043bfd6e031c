"""The kind of document a text is, read from its head, and what that says about what the other stages found.

Parliament's paperwork tells a follow-up's stage by its genre as much as by its verbs:
- a government letter or a budget's annex that reports on motions ("Uitvoering van diverse moties", "Stand van
  zaken moties en toezeggingen", "Bijlage 3: Moties en toezeggingen", "In behandeling zijnde moties") reports on
  motions the Kamer adopted: a motion it names is adopted, not merely submitted. A letter that gives the
  government's view before the vote ("reactie op de door de Kamer ingediende moties") names submitted ones;
- what a letter sends now ("Hierbij stuur ik uw Kamer het rapport ...") or says it sent ("heb ik ... toegezonden")
  is a commitment kept, not an open one;
- a letter answering the toezeggingen of a debate lists what it answers under a lead-in ("In deze brief ga ik
  in op ...:"): each item is a commitment it keeps;
- an annex's table has a row per motion or toezegging, with its place of origin and its state ("Stand van
  zaken"): what the state column says (a letter after the summer) is that motion's or commitment's, not a
  follow-up of its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kamertaak.core.extract.commitments import promise_clause
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import letter_author

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE

# How much of the text is its head: title, dossier, addressee, date line and the opening paragraph.
_HEAD_CHARS = 1500

# The head of a letter from the government: "BRIEF VAN DE MINISTER VAN ...", "Aan de Voorzitter van de Tweede
# Kamer der Staten-Generaal", "Brief regering : ...", "Kamerstuk: kamerbrief", "Passages van de minister van ..."
_GOVERNMENT_LETTER = re.compile(
    r"^\W*(?:[A-Z0-9]{1,4}\s+)?BRIEF VAN DE (?:MINISTER|STAATSSECRETARIS)|^Brief regering\b|^Kamerbrief\b"
    r"|^Kamerstuk:\s*kamerbrief\b|^Passages van de (?:minister|staatssecretaris)\b",
    re.MULTILINE,
)
_TO_THE_CHAIR = re.compile(r"^Aan de Voorzitter van de (?:Tweede|Eerste) Kamer\b", re.MULTILINE)
# A document that reports on what became of motions.
_REPORTS_ON_MOTIONS = re.compile(
    r"\b(?:uitvoering|stand\s+van\s+zaken|afdoening|afhandeling|voortgang|opvolging)\s+(?:van\s+|aan\s+)?"
    r"(?:de\s+|het\s+|diverse\s+|(?:een\s+)?aantal\s+|enkele\s+|twee\s+|drie\s+)?(?:aangenomen\s+|aanvaarde\s+)?"
    r"moties?\b"
    r"|^[^\n]{0,40}\bmoties\s+en\s+toezeggingen\s*(?:\(|$)"
    r"|\b(?:in\s+behandeling\s+zijnde|aanvaarde|afgeronde|openstaande|lopende)\s+moties\b"
    r"|\b(?:in\s+navolging\s+van|ter\s+uitvoering\s+van|uitvoering\s+(?:te\s+)?geven\s+aan|reactie\s+op)\s+(?:de\s+)?"
    r"(?:aangenomen\s+)?motie\b",
    _IM,
)
# The government's view on motions before the vote: they are submitted.
_ANSWERS_MOTIONS = re.compile(
    r"\breactie\s+op\s+(?:de\s+)?(?:door\s+(?:de|uw)\s+Kamer\s+)?ingediende\s+moties\b|\bappreciatie\b"
    r"|\boordeel\s+(?:aan\s+)?de\s+Kamer\b|\bbeoordeling\s+van\s+(?:de\s+)?(?:ingediende\s+)?moties?\b"
    r"|\b(?:voor|voorafgaand\s+aan)\s+de\s+stemming",
    _I,
)
# ... or says anywhere that the Kamer is still to vote on it: "Indien uw Kamer de motie aanneemt, zal ...", "Mocht de
# Kamer deze motie aannemen, dan ..."
_NOT_VOTED_YET = re.compile(
    r"\b(?:indien|als|wanneer|mocht)\s+(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+(?:\w+\s+){0,3}?moties?\s+"
    r"(?:\w+\s+){0,2}?(?:aanneemt|aanvaardt|aannemen|aanvaarden)\b",
    _I,
)
# A document about toezeggingen made before: "Toezeggingen gedaan tijdens het commissiedebat ...",
# "Kamerbrief over toezeggingen en voortgang ...", "Stand van zaken moties en toezeggingen".
_REPORTS_ON_COMMITMENTS = re.compile(r"\btoezeggingen\b", _I)
# An annex's table: its column "Vindplaats" (where the motion or toezegging was made), or a section heading.
_ANNEX = re.compile(
    r"^\W*(?:[\d.]+\s+|Bijlage\s*\d*\s*[:–-]?\s*)?Moties\s+en\s+toezeggingen\b|\bVindplaats\b"
    r"|^(?:In\s+behandeling\s+zijnde|Openstaande|Lopende|Afgeronde|Afgedane)\s+(?:moties|toezeggingen)\b",
    _IM,
)


@dataclass(frozen=True)
class Genre:
    """What a text's head says it is."""

    government_letter: bool = False
    annex: bool = False  # a table of motions and toezeggingen with their state
    reports_motions: bool = False  # reports on what became of motions the Kamer adopted
    reports_commitments: bool = False  # reports on toezeggingen made before


def read_genre(ctx: Context) -> Genre:
    """The genre from the text's head."""
    head = ctx.clean.text[:_HEAD_CHARS]
    letter = bool(_GOVERNMENT_LETTER.search(head) or (_TO_THE_CHAIR.search(head) and ctx.letter))
    annex = bool(_ANNEX.search(head))
    reports = bool(_REPORTS_ON_MOTIONS.search(head)) and not _ANSWERS_MOTIONS.search(head)
    return Genre(
        government_letter=letter,
        annex=annex,
        reports_motions=reports and (letter or annex),
        reports_commitments=(letter or annex) and bool(_REPORTS_ON_COMMITMENTS.search(head)),
    )


def settle(ctx: Context, drafts: list[Draft], rules: list[Draft] | None = None) -> list[Draft]:
    """The drafts with the statuses the text's genre gives them, the items a letter lists as kept, and an annex
    row's details folded into the row's motion or commitment. With `rules` (the rules' drafts, settled), the
    drafts are the learned classifier's: they get the statuses and are folded, the items are the rules'."""
    genre = read_genre(ctx)
    if genre.reports_motions and not _NOT_VOTED_YET.search(ctx.clean.text):
        for d in drafts:
            if d.kind == "motion" and d.status == "submitted":
                d.status = "adopted"  # a report on motions reports on adopted ones
    if genre.government_letter or ctx.letter:
        for d in drafts:
            if d.kind == "commitment" and d.status == "open" and _delivered(ctx, d):
                d.status = "done"
        if not (_ANSWERS_MOTIONS.search(ctx.clean.text[:_HEAD_CHARS]) or _NOT_VOTED_YET.search(ctx.clean.text)):
            for d in drafts:
                if d.kind == "motion" and d.status == "submitted" and _carries_out(ctx, d):
                    d.status = "adopted"  # the government carries out what the Kamer adopted
    if genre.government_letter:
        drafts, listed = _kept_items(ctx, genre, drafts, add=rules is None)
        if genre.reports_commitments and not listed and not ctx.kept_lists:  # commitments.kept_lists: a list too
            drafts = _answered_sections(ctx, drafts, rules)
    if genre.annex:
        drafts = _annex_rows(ctx, drafts, rules)
    if rules is None:
        drafts = _motion_page(ctx, drafts)
    return drafts


# A motion's own page with the vote as shares of the seats, for first: "89,3 %" then "10,7 %" on lines of their own.
_SHARE_LINE = re.compile(r"^(?P<n>\d{1,3}(?:[,.]\d{1,2})?)\s*%$")
_MOTION_TEXT_HEAD = re.compile(r"^Nr\.\s*\d+\s+MOTIE\b|^MOTIE VAN\b")
_NUMBER_LINE = re.compile(r"^(?:Kamerstuk|ID:)\s*\d{5}-[\w-]+$", _I)


def _motion_page(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A page about one motion (its title first) that gives the vote as the share of seats for and against: the
    motion has that outcome (more than half for: adopted, else rejected), and the motion's text printed further down
    the page is the same motion, not another; a number line above the title ("Kamerstuk 35000-VIII-123") is
    part of the motion's heading."""
    sents = ctx.sentences
    motions = sorted((d for d in drafts if d.kind == "motion"), key=lambda d: d.first)
    if not motions or motions[0].first > 2:
        return drafts
    shares = [k for k in range(min(len(sents) - 1, 40)) if _SHARE_LINE.match(sents[k].text)
              and _SHARE_LINE.match(sents[k + 1].text)]
    if not shares:
        return drafts
    page = motions[0]
    share_for = float(_SHARE_LINE.match(sents[shares[0]].text).group("n").replace(",", "."))  # type: ignore[union-attr]
    if page.status in ("announced", "submitted"):
        page.status = "adopted" if share_for > 50 else "rejected"
    if page.first > 0 and _NUMBER_LINE.match(sents[page.first - 1].text):
        page.first -= 1
    same = [d for d in motions[1:] if _MOTION_TEXT_HEAD.match(sents[d.first].text)
            or d.clause == page.clause or (d.register and d.register == page.register)]
    for d in same:
        page.register = page.register or d.register
    return [d for d in drafts if all(d is not o for o in same)]



# What a letter sends now or says it sent: "Hierbij stuur ik uw Kamer het rapport", "Met deze brief informeer ik
# u over ...", "Bijgaand ontvangt u ...", "Op 30 september jl. heb ik de Kamer de brief ... toegezonden".
_DELIVERS_NOW = re.compile(
    r"\b(?:hierbij|hiermee|bijgaand|met\s+(?:deze|onderhavige)\s+brief)\s+(?:(?:ik|wij|we|u)\s+)?"
    r"(?:stuur|stur|zend|bied|informe|bericht|ontvangt|treft|doe|deel|del|geef|gev|(?:wordt|worden)\s+(?:de|uw)\s+Kamer)"
    r"\w*\b"
    r"|\b(?:stuur|sturen|zend|zenden|bied|bieden|informeer|informeren|deel|delen)\s+(?:ik|wij|we)\s+"
    r"(?:(?:u|uw\s+Kamer)\s+)?hierbij\b"
    r"|\bheb(?:ben)?\s+(?:ik|wij|we)\b[^.;]{0,120}?\b(?:toegezonden|toegestuurd|gestuurd|verzonden|aangeboden)\b"
    # "stuur ik u ... in bijlage 2 de stand van zaken van de toezeggingen"
    r"|\b(?:stuur|zend|bied)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b[^;]{0,160}?\b(?:in|als)\s+(?:de\s+)?bijlage\b",
    _I,
)
_LATER = re.compile(r"\b(?:zal|zullen|binnenkort|later|nader|vervolgens|volgende?)\b", _I)


def _delivered(ctx: Context, d: Draft) -> bool:
    """Whether a commitment's sentence is the letter delivering it (now, or before in its own words)."""
    first, last = ctx.sentences[d.first], ctx.sentences[d.last]
    said = ctx.clean.text[first.start : last.end]
    if not _DELIVERS_NOW.search(first.text) or _LATER.search(said):
        return False
    return not ctx.deadlines_in(first.start, last.end, terms_only=True)


# A letter carrying out or answering a motion: "Met deze brief geef ik uitvoering aan de motie-X", "De motie ...
# beschouw ik hiermee als afgedaan", "Daarmee beantwoord ik tevens de motie van het lid X", "kom ik tegemoet aan de
# motie", "In de motie ... werd de regering verzocht ...".
_CARRIES_OUT = re.compile(
    r"\b(?:uitvoering|invulling|gevolg|gehoor)\s+(?:\w+\s+){0,2}?(?:aan|van)\b|\buit\s*(?:te\s+)?voer\w*|\buitgevoerd\b"
    r"|\bvoer\w*\s+(?:ik|wij|we)\b[^.;]{0,80}?\buit\b|\bafgedaan\b|\bafdoening\b|\bbeantwoord\w*\b|\btegemoet\s+aan\b"
    r"|\b(?:werd|wordt|is)\s+(?:de\s+regering|het\s+kabinet)\s+(?:\w+\s+){0,3}?(?:verzocht|gevraagd|opgeroepen)\b"
    r"|\b(?:conform|overeenkomstig|naar\s+aanleiding\s+van|in\s+reactie\s+op|reageer\s+ik\s+op)\s+(?:de\s+)?motie",
    _I,
)


def _carries_out(ctx: Context, d: Draft) -> bool:
    """Whether a letter says it carries out or answers the motion its sentence names."""
    return bool(_CARRIES_OUT.search(ctx.clean.text[ctx.sentences[d.first].start : ctx.sentences[d.last].end]))


# The lead-in to what a letter answers: "In deze brief ga ik in op het informatieverzoek van uw Kamer op de
# volgende terreinen:", "Met deze brief informeer ik u over:", "Hierbij bericht ik u over de volgende punten:"
_LEAD_IN = re.compile(
    r"\b(?:(?:in|met)\s+(?:deze|onderhavige)\s+brief|hierbij|hiermee)\b[^:]{0,200}?"
    r"\b(?:ga\s+ik\s+in|ingaan|informeer|bericht|reageer|antwoord|kom\s+ik\s+(?:terug|tegemoet|\w+\s+na\b)|geef)\w*\b"
    r"[^:]{0,200}:\s*$",
    _I,
)
_TOGETHER = re.compile(r"\btoezeggingen\b", _I)
_ASKED = re.compile(r"\b(?:verzoek\w*|toezegging\w*|gevraagd|toegezegd|vragen)\b", _I)


def _kept_items(ctx: Context, genre: Genre, drafts: list[Draft], add: bool) -> tuple[list[Draft], bool]:
    """The items listed under a letter's lead-in, as commitments the letter keeps, when the letter is about
    toezeggingen or the lead-in names what was asked (an item another stage read stays as it read it). A
    commitment in the letter's head that names the toezeggingen together (its title) is those items, not one
    of its own. Also whether the letter has such a list."""
    sents = ctx.sentences
    read = {k for d in drafts for k in range(d.first, d.last + 1)}
    items: list[Draft] = []
    first_lead: int | None = None
    for i, s in enumerate(sents):
        if not _LEAD_IN.search(s.text) or not (genre.reports_commitments or _ASKED.search(s.text)):
            continue
        k = i + 1
        while k < len(sents) and sents[k].item:
            item = sents[k]
            if k not in read and len(item.text.split()) >= 3:
                draft = Draft("commitment", "done", 0.75, k, k, (item.start, item.end),
                              clause=promise_clause(item.text).rstrip(" .;"))
                author = letter_author(ctx)
                draft.actors = [author] if author else []
                draft.due_zone = (item.start, item.start)
                items.append(draft)
            k += 1
        if k > i + 1 and first_lead is None:
            first_lead = i
    if first_lead is None:
        return drafts, False
    lead = first_lead

    def restated(d: Draft) -> bool:
        return d.kind == "commitment" and d.first < lead and bool(_TOGETHER.search(sents[d.first].text))

    kept = [d for d in drafts if not restated(d)]
    return (kept + items if add else kept), True


# The line that ends a letter's head: "Den Haag, 20 juni 2025"
_DATE_LINE = re.compile(r"\bDen Haag,?\s+\d{1,2}\s+[a-z]+\s+\d{4}\b", _I)
# What a section promises to send later: "De evaluatie stuur ik uw Kamer voor het einde van dit jaar."
_SENDS_LATER = re.compile(
    r"\b(?:stuur|sturen|zend|zenden|informeer|informeren|bericht|berichten|rapporteer|rapporteren|ontvangt|"
    r"toesturen|toezenden|terug\s*(?:te\s+)?kom\w*|kom\w*\s+(?:ik|wij|we)\s+(?:hier|daar|erop)?\s*terug)\b", _I)


def _answered_sections(ctx: Context, drafts: list[Draft], rules: list[Draft] | None) -> list[Draft]:
    """A letter about the toezeggingen of a debate that answers them section by section, without a list: each
    section (its heading, then its text) that no stage read is a commitment the letter keeps, or one still open
    when the section says when the Kamer gets it. The letter's title naming the toezeggingen together is those
    sections, not one of its own (what its opening paragraph says of them stays)."""
    dated = _DATE_LINE.search(ctx.clean.text, 0, 2 * _HEAD_CHARS)
    if dated is None:
        return drafts
    sents = ctx.sentences
    body = next((i for i, s in enumerate(sents) if s.start >= dated.end()), len(sents))
    heads = [i for i in range(body, len(sents) - 1) if _heading(ctx, i) and not _heading(ctx, i + 1)]
    if not heads or any(sents[d.first].item for d in [*drafts, *(rules or ())] if d.first < heads[0]):
        return drafts  # the letter lists what it answers: the items are the follow-ups
    answered = 0
    folded: set[int] = set()
    added: list[Draft] = []
    by_first = sorted(range(len(drafts)), key=lambda k: drafts[k].first)
    firsts = [drafts[k].first for k in by_first]
    at_head: dict[int, list[Draft]] = {}
    for d in rules or ():
        at_head.setdefault(d.first, []).append(d)
    for n, h in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(sents)
        inside = by_first[bisect.bisect_left(firsts, h) : bisect.bisect_left(firsts, end)]
        if rules is not None:
            if any(d.kind == "commitment" and d.clause == _section_clause(ctx, h) for d in at_head.get(h, ())):
                answered += 1
                folded.update(inside)  # the section is one follow-up, the one made of it
            continue
        if inside:
            if _ENTRY_HEAD.match(sents[h].text):
                folded.update(_settle_entry(ctx, h, end, drafts, inside))
            continue
        draft = _section_draft(ctx, h, end)
        if draft is not None:
            added.append(draft)
            answered += 1
    if not answered:
        return drafts
    kept = [d for k, d in enumerate(drafts) if k not in folded
            and not (d.kind == "commitment" and d.first < body and _TOGETHER.search(sents[d.first].text))]
    return kept + added


# A section about one toezegging: "Toezegging aan het lid X over Y", "Toezegging over de evaluatie van Z"
_ENTRY_HEAD = re.compile(r"^Toezegging\b", _I)


def _settle_entry(ctx: Context, head: int, end: int, drafts: list[Draft], inside: list[int]) -> list[int]:
    """A section about one toezegging is one commitment, the first another stage made of it: what the section
    says later decides its stage (a term for sending it: open, with that due date). Returns the other
    commitments made of the section."""
    commitments = [k for k in inside if drafts[k].kind == "commitment"]
    if not commitments:
        return []
    owner = drafts[commitments[0]]
    later = _sends_later(ctx, head + 1, end)
    if later is not None:
        owner.status = "open"
        owner.due_zone = later
        owner.due_override = None
    return commitments[1:]


def _sends_later(ctx: Context, first: int, end: int) -> tuple[int, int] | None:
    """The span of the first sentence in [first, end) that names a term for sending something to the Kamer."""
    for k in range(first, end):
        s = ctx.sentences[k]
        if not _SENDS_LATER.search(s.text) or _DELIVERS_NOW.search(s.text):
            continue
        terms = [d for d in ctx.deadlines_in(s.start, s.end, terms_only=True)
                 if d.resolution.due is not None and d.resolution.due >= ctx.ref]
        if terms:
            return min(t.start for t in terms), max(t.end for t in terms)
    return None


def _section_clause(ctx: Context, head: int) -> str:
    return ctx.sentences[head].text.strip(" :")


# What makes a section of a letter on several subjects an answer to the Kamer: it names the promise, request or
# motion it answers ("Zoals toegezegd", "Tijdens het debat heeft het lid X gevraagd", "de motie van het lid Y"). A
# section about a subject ("Eindrapport monitoring 2024" + what the report found) is no proposal on its own.
_ANSWERS_KAMER = re.compile(
    r"\btoezegging\w*|\btoegezegd\b|\bzeg\w*\b[^.;]{0,80}?\btoe\b|\bbelo(?:ofd|fde)\b|\bverzoek(?:en)?\b|\bmoties?\b"
    r"|\b(?:lid|leden|Kamer|commissie|fracties?)\b[^.;]{0,80}?\b(?:gevraagd|vroeg|vroegen|verzocht)\b", _I)


# A letter whose subject is its promises ("Toezeggingen gedaan tijdens het commissiedebat Water"): each section is one
_PROMISES_HEAD = re.compile(r"\btoezegging", _I)


def _section_draft(ctx: Context, head: int, end: int) -> Draft | None:
    sents = ctx.sentences
    if len(sents[head + 1].text.split()) < 4:
        return None  # a signature or a heading over headings
    dated = _DATE_LINE.search(ctx.clean.text, 0, 2 * _HEAD_CHARS)
    about_promises = dated is not None and _PROMISES_HEAD.search(ctx.clean.text, 0, dated.start())
    if not about_promises and not _ANSWERS_KAMER.search(ctx.clean.text, sents[head].start, sents[end - 1].end):
        return None  # the section tells of a subject, not of what the Kamer was promised or asked for
    title = sents[head]
    draft = Draft("commitment", "done", 0.7, head, head + 1, (title.start, title.end),
                  clause=_section_clause(ctx, head))
    later = _sends_later(ctx, head + 1, end)
    if later is not None:
        draft.status = "open"
    draft.due_zone = later or (title.start, title.start)
    if author := letter_author(ctx):
        draft.actors = [author]
    return draft


# A section of an annex's table: "In behandeling zijnde toezeggingen", "Tabel 32 Door de Staten-Generaal aanvaarde
# moties die zijn afgerond", "Afgeronde moties".
_SECTION = re.compile(
    r"\b(?P<state>in\s+behandeling\s+zijnde|openstaande|lopende|afgeronde|afgedane|aanvaarde|nog\s+niet\s+afgeronde)"
    r"\s+(?P<kind>moties|toezeggingen)\b(?P<rest>.*)$",
    _I,
)
_DONE_SECTION = re.compile(r"\bafgerond|\bafgedaan|\bafgedane", _I)
# The table's other columns, each on a line of its own in some layouts: the column heads, where the motion or
# toezegging was made ("Kamerstukken II 2020/21, 35569, nr. 3", "Plenair debat ... d.d. 8 november 2017",
# "11-06-2009 Wetgevingsoverleg ..."), and its state ("Afgedaan. De Tweede Kamer is op ... geïnformeerd").
_COLUMN = re.compile(
    r"^(?:Omschrijving\b|Vindplaats\b|Stand\s+van\s+zaken\b|Kamerstuk\w*\b|Handelingen\b|Plenair\s+debat\b"
    r"|(?:Wetgevingsoverleg|Algemeen\s+overleg|Notaoverleg|Commissiedebat|Schriftelijk\s+overleg|Begrotingsbehandeling"
    r"|Tweeminutendebat|Mondelinge\s+vragen|Vragenuur|Wetgevingsoverleg|Nota\s+naar\s+aanleiding)\b"
    r"|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b"
    r"|(?:Afgedaan|Afgerond|Voldaan|Uitgevoerd|In\s+uitvoering|Lopend|Loopt|Openstaand|Gedeeltelijk|Deels|Nog\s+niet)\b"
    r"|De\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+(?:is|wordt|zal)\b)",
    _I,
)


# A row's state cell that says the motion was carried out: "Afgedaan.", "Uitgevoerd", "Afgerond: de Kamer is ..."
_STATE_DONE = re.compile(
    r"^(?:Afgedaan|Afgerond|Uitgevoerd|Voldaan)\b(?!\s+(?:wordt|worden|zal|zullen|na|als|zodra)\b)", _I)


def _row_state_done(ctx: Context, first: int, end: int) -> bool:
    """Whether the cells of a row after its motion (up to the next row) say it was carried out."""
    return any(_STATE_DONE.match(ctx.sentences[k].text) and _at_line_start(ctx, k) for k in range(first, end))


def _at_line_start(ctx: Context, i: int) -> bool:
    text, k = ctx.clean.text, ctx.sentences[i].start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] == "\n"


def _heading(ctx: Context, i: int) -> bool:
    """A heading: a short line without a stop, on a line of its own (a reflowed text may have glued it to the
    sentence before it)."""
    s = ctx.sentences[i]
    text = s.text.rstrip()
    if len(text.split()) > 14 or re.search(r"[.,;:!?]$", text) or _COLUMN.match(text):
        return False
    own_line = _at_line_start(ctx, i) or (i > 0 and re.search(r"[.!?:]$", ctx.sentences[i - 1].text.rstrip()))
    return bool(own_line) and ctx.clean.text[s.end : s.end + 1] in ("\n", "")


def _annex_rows(ctx: Context, drafts: list[Draft], rules: list[Draft] | None) -> list[Draft]:
    """An annex's table read by rows: a row under a toezeggingen section is a commitment (open while "in
    behandeling", done under "afgeronde"); what a motion's or toezegging's row says after it (a letter after the
    summer, research promised in its answer, a remark that points back) is that row's, its terms the row's due."""
    sents = ctx.sentences
    row_drafts: list[Draft] = []
    section: tuple[str, bool] | None = None  # (kind, done)
    starts: list[int] = []
    finished: list[tuple[int, bool]] = []  # (heading, whether its section lists finished motions or toezeggingen)
    author = letter_author(ctx)
    for i in range(len(sents)):
        if _heading(ctx, i):
            if found := _SECTION.search(sents[i].text):
                done = bool(_DONE_SECTION.search(found.group("state") + found.group("rest")))
                section = (found.group("kind").lower(), done)
                finished.append((i, done))
            starts.append(i)  # a heading ends the row above it
            continue
        if section and section[0] == "toezeggingen" and _at_line_start(ctx, i) and not _COLUMN.match(sents[i].text):
            starts.append(i)
            s = sents[i]
            draft = Draft("commitment", "done" if section[1] else "open", 0.7, i, i, (s.start, s.end),
                          clause=promise_clause(s.text).rstrip(" ."))
            draft.actors = [author] if author else []
            row_drafts.append(draft)
    if rules is None:
        for d in drafts:
            if d.kind == "motion":
                _whole_row(ctx, d)
    entries = [d for d in (drafts if rules is None else rules) if d.kind == "motion" and (d.actors or d.register)]
    starts = sorted({*starts, *(d.first for d in entries), *(d.first for d in row_drafts)})
    entry_ids = {id(d) for d in entries}
    by_first = sorted(range(len(drafts)), key=lambda n: drafts[n].first)
    firsts = [drafts[n].first for n in by_first]
    folded: set[int] = set()
    for owner in sorted([*entries, *row_drafts], key=lambda d: d.first):
        k = bisect.bisect_right(starts, owner.first)
        end = starts[k] if k < len(starts) else len(sents)
        at = bisect.bisect_right(finished, (owner.first, True)) - 1
        done = (owner.kind == "commitment" and owner.status == "done") or (at >= 0 and finished[at][1]) or (
            owner.kind == "motion" and _row_state_done(ctx, owner.last + 1, end))
        # a kept toezegging's or a finished motion's row tells when it was kept, no date to watch
        owner.due_zone = (sents[owner.first].start, sents[owner.first].start if done else sents[end - 1].end)
        if done:
            owner.due_override = None  # not even the term its dictum set
        if owner.kind == "motion" and owner.status in ("submitted", "adopted") and done:
            owner.status = "executed"  # a finished motion's row, or its state cell "Afgedaan", "Uitgevoerd"
        for n in by_first[bisect.bisect_left(firsts, owner.first) : bisect.bisect_left(firsts, end)]:
            if drafts[n] is not owner and id(drafts[n]) not in entry_ids:
                folded.add(n)
    kept = [d for n, d in enumerate(drafts) if n not in folded]
    return kept + row_drafts if rules is None else kept


# What a motion's description opens with in a table: "Verzoekt de regering ...", "Stelt vast dat ...".
_DICTUM_OPENING = re.compile(
    r"^(?:(?:De\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\s+[^;:]{2,80}[;:]\s*)?"
    r"(?:(?:verzoekt|verzoeken|roept|roepen|draagt)\s+(?:de\s+regering|het\s+kabinet|de\s+minister\w*|de\s+staatssecretaris\w*)"
    r"\s*,?\s*(?:op\s*,?\s*)?(?:om\s+)?|(?:stelt\s+vast|spreekt\s+(?:als\s+(?:haar|zijn)\s+mening\s+)?uit)\s*,?\s*"
    r"(?:dat\s+)?)",
    _I,
)
# Where a row's motion was filed, in its own cell: "Kamerstukken II 2022/23, 36200 IV, nr. 13", "30 252, nr. 4"
_FILED_AT = re.compile(r"^(?:Kamerstuk\w*\s+(?:I{1,2}\s+)?[\d/ ]*,?\s*)?\d{2}[ .]?\d{3}\b[^\n]{0,40}?\bnr\.\s*\d+", _I)


def _whole_row(ctx: Context, d: Draft) -> None:
    """A motion in an annex's table is its whole row, with its description and the cell saying where it was filed
    (the number a reader looks it up by), whichever cell the motion stage read first: a row printed on one line
    ("Verzoekt de regering X.30 252, nr. 4, Motie Y c.s.Wordt uitgevoerd.") starts at the line's description, and
    a row whose cells are lines of their own takes the filing cell under its description."""
    sents = ctx.sentences
    start = d.first
    while start > 0 and not _at_line_start(ctx, start):
        start -= 1
    if start < d.first:
        if _COLUMN.match(sents[start].text) or not _DICTUM_OPENING.match(sents[start].text):
            return
        end = d.first
        while end + 1 < len(sents) and not _at_line_start(ctx, end + 1):
            end += 1
        d.first, d.last = start, end
        d.clause = _row_clause(sents[start].text)
        d.trigger = (sents[start].start, sents[start].end)
        return
    if not _DICTUM_OPENING.match(sents[d.first].text):
        # "De motie van het lid X." with its dictum in the next sentence: the row's subject
        k = d.first + 1
        if k >= len(sents) or k > d.last + 1 or not _DICTUM_OPENING.match(sents[k].text) or _heading(ctx, k):
            return
        d.last = max(d.last, k)
        d.clause = d.clause or _row_clause(sents[k].text)
    for k in range(d.last + 1, min(d.last + 3, len(sents))):
        if _FILED_AT.match(sents[k].text):
            d.last = k
            d.clause = d.clause or _row_clause(sents[d.first].text)
            return
        if not _at_line_start(ctx, k) or _DICTUM_OPENING.match(sents[k].text) or _heading(ctx, k):
            return


def _row_clause(text: str) -> str:
    """A row's description as a motion's subject: its dictum without the lead-in or a glued next cell."""
    return re.sub(r"[.;]\s*[\d\s]*$", "", _DICTUM_OPENING.sub("", text, count=1)).strip(" ,;.")
